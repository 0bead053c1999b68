import Foundation

/// A file of the finished site, by its path relative to the output folder.
struct OutputFile: Sendable {
    var path: String
    var contents: [UInt8]
}

/// The render step: view models through the templates into files. Nothing is written here.
enum RenderSite {
    static func run(_ views: SiteViews, templates: TemplateSet, reportFolder: String) throws(BuildFailure) -> [OutputFile] {
        var log = DiagnosticLog(stage: .render)
        var pages: [Page] = [Page(path: "index.html", template: "index", view: views.index)]
        pages += views.dimensions.map { Page(path: "dimensions/\($0.id).html", template: "dimension", view: $0) }
        pages.append(Page(path: "roadmap.html", template: "roadmap", view: views.roadmap))
        if let benchmark = views.benchmark { pages.append(Page(path: "benchmark.html", template: "benchmark", view: benchmark)) }
        if let trends = views.trends { pages.append(Page(path: "trends.html", template: "trends", view: trends)) }
        if views.breakdown.hasAttributes { pages.append(Page(path: "breakdown.html", template: "breakdown", view: views.breakdown)) }
        pages.append(Page(path: "methodology.html", template: "methodology", view: views.methodology))
        if let unitsPage = views.unitsPage { pages.append(Page(path: "units.html", template: "units", view: unitsPage)) }
        for unit in views.units {
            pages.append(Page(path: "units/\(unit.slug)/index.html", template: "index", view: unit.index))
            pages += unit.dimensions.map { Page(path: "units/\(unit.slug)/dimensions/\($0.id).html", template: "dimension", view: $0) }
        }
        // Pages render on every core; each result lands in its own slot, so the output does not depend on timing.
        let rendered = Slots<String?>(count: pages.count)
        let work = pages
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            rendered.set(index, templates.library.render(work[index].view, withTemplate: work[index].template).map(tidy))
        }
        var files: [OutputFile] = []
        for (page, html) in zip(pages, rendered.values) {
            guard let html else {
                log.error(SourceLocation(file: templates.sources[page.template] ?? page.template), "template '\(page.template)' could not be rendered")
                continue
            }
            files.append(OutputFile(path: page.path, contents: Array(html.utf8)))
        }
        files.append(OutputFile(path: "data/results.json", contents: Array(views.resultsJSON.utf8)))
        files.append(OutputFile(path: "data/results.csv", contents: Array(views.resultsCSV.utf8)))
        for asset in views.assets {
            guard let data = FileManager.default.contents(atPath: reportFolder + "/assets/" + asset) else {
                log.error(SourceLocation(file: reportFolder + "/assets/" + asset), "asset could not be read")
                continue
            }
            files.append(OutputFile(path: "assets/" + asset, contents: Array(data)))
        }
        if log.hasErrors { throw BuildFailure(log.items) }
        return files
    }

    private struct Page: @unchecked Sendable {
        var path: String
        var template: String
        /// A view model; every view model type is a Sendable struct of values.
        var view: Any
    }

    /// Drops trailing spaces and runs of blank lines that template tags leave, for smaller, cleaner diffs.
    static func tidy(_ html: String) -> String {
        var lines: [Substring] = []
        var blank = false
        var inPre = false
        for line in html.split(separator: "\n", omittingEmptySubsequences: false) {
            // Preformatted text is kept exactly as written.
            if inPre || line.contains("<pre") {
                inPre = !line.contains("</pre>") || (line.range(of: "<pre", options: .backwards).map { open in line.range(of: "</pre>", options: .backwards).map { $0.lowerBound < open.lowerBound } ?? true } ?? false)
                lines.append(line)
                blank = false
                continue
            }
            var trimmed = line
            while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
            if trimmed.isEmpty {
                if blank { continue }
                blank = true
            } else {
                blank = false
            }
            lines.append(trimmed)
        }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}

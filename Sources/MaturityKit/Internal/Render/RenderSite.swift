import Foundation

/// A file of the finished site, by its path relative to the output folder. A page is rendered only when the
/// write step gets to it, so that a large site never sits in memory whole.
struct OutputFile: Sendable {
    var path: String
    var source: Source

    enum Source: Sendable {
        case bytes([UInt8])
        case page(@Sendable () -> Result<[UInt8], Diagnostic>)
    }

    init(path: String, contents: [UInt8]) {
        self.path = path
        source = .bytes(contents)
    }

    init(path: String, render: @escaping @Sendable () -> Result<[UInt8], Diagnostic>) {
        self.path = path
        source = .page(render)
    }

    func contents() -> Result<[UInt8], Diagnostic> {
        switch source {
        case .bytes(let bytes): .success(bytes)
        case .page(let render): render()
        }
    }
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
        let library = templates.library
        var files = pages.map { page in
            let source = templates.sources[page.template] ?? page.template
            return OutputFile(path: page.path) {
                guard let html = library.render(page.view, withTemplate: page.template) else {
                    return .failure(Diagnostic(.error, .render, SourceLocation(file: source), "template '\(page.template)' could not be rendered"))
                }
                return .success(Array(tidy(html).utf8))
            }
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

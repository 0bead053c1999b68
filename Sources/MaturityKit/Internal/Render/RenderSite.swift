import Foundation

/// A file of the finished site, by its path relative to the output folder.
struct OutputFile: Sendable {
    var path: String
    var contents: [UInt8]
}

/// The render step: view models through the templates into files. Nothing is written here.
enum RenderSite {
    static func run(_ views: SiteViews, templates: TemplateSet, reportFolder: String) throws(BuildFailure) -> [OutputFile] {
        var files: [OutputFile] = []
        var log = DiagnosticLog(stage: .render)
        func page(_ path: String, _ template: String, _ view: Any) {
            guard let html = templates.library.render(view, withTemplate: template) else {
                log.error(SourceLocation(file: templates.sources[template] ?? template), "template '\(template)' could not be rendered")
                return
            }
            files.append(OutputFile(path: path, contents: Array(tidy(html).utf8)))
        }
        page("index.html", "index", views.index)
        for dimension in views.dimensions { page("dimensions/\(dimension.id).html", "dimension", dimension) }
        page("roadmap.html", "roadmap", views.roadmap)
        if let benchmark = views.benchmark { page("benchmark.html", "benchmark", benchmark) }
        if let trends = views.trends { page("trends.html", "trends", trends) }
        if views.breakdown.hasAttributes { page("breakdown.html", "breakdown", views.breakdown) }
        page("methodology.html", "methodology", views.methodology)
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

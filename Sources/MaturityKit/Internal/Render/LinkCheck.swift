import Foundation

/// Finds links in commentary that point at pages or files the site does not have (a misspelt dimension id,
/// a page that is not built). Links with a scheme (https:, mailto:) and in-page anchors are left alone.
enum LinkCheck {
    static func run(_ report: LoadedReport, files: [OutputFile]) -> [Diagnostic] {
        let paths = Set(files.map(\.path))
        var pages: [(Commentary, String)] = []
        if let overview = report.overview { pages.append((overview, "index.html")) }
        for (id, commentary) in report.dimensionCommentary.sorted(by: { $0.key < $1.key }) { pages.append((commentary, "dimensions/\(id).html")) }
        var diagnostics: [Diagnostic] = []
        for (commentary, page) in pages {
            for link in CMarkConverter.linkDestinations(commentary.body) {
                guard let target = resolve(link.url, from: page) else { continue }
                if !paths.contains(target) {
                    let location = SourceLocation(file: commentary.path, line: link.line + commentary.bodyLine - 1, column: link.column)
                    diagnostics.append(Diagnostic(.warning, .render, location, "link to '\(link.url)' points at \(target), which the site does not have"))
                }
            }
        }
        return diagnostics
    }

    /// The site path a relative link leads to from a page, or nil for links that are not to local files.
    static func resolve(_ url: String, from page: String) -> String? {
        let trimmed = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let path = trimmed.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if path.isEmpty || path.hasPrefix("/") || path.contains(":") { return nil }
        var segments = page.split(separator: "/").dropLast().map(String.init)
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if segments.isEmpty { return "../" + path } else { segments.removeLast() }
            default: segments.append(String(segment).removingPercentEncoding ?? String(segment))
            }
        }
        return segments.joined(separator: "/")
    }
}

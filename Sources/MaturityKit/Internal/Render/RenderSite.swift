import CSupport
import Foundation
import Mustache

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
        let library = templates.library
        let globals = templates.globals
        let shared = SharedFragments(library: library, globals: globals)
        var files = views.pages.map { page in
            let source = templates.sources[page.template] ?? page.template
            return OutputFile(path: page.path) {
                guard let html = library.render(PageContext(page.view, globals: globals, shared: shared), withTemplate: page.template) else {
                    return .failure(Diagnostic(.error, .render, SourceLocation(file: source), "template '\(page.template)' could not be rendered"))
                }
                return .success(tidy(html))
            }
        }
        files.append(OutputFile(path: "data/results.json", contents: Array(views.resultsJSON.utf8)))
        files.append(OutputFile(path: "data/results.csv", contents: Array(views.resultsCSV.utf8)))
        for unit in views.unitData {
            files.append(OutputFile(path: "units/\(unit.slug)/data/results.json") { .success(ResultsJSON.bytes(unit.scored, unit: unit.name)) })
            files.append(OutputFile(path: "units/\(unit.slug)/data/results.csv") { .success(ResultsCSV.bytes(unit.scored)) })
        }
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
    /// Preformatted text is kept exactly as written. Works on UTF-8 bytes: it runs once per page.
    static func tidy(_ html: String) -> [UInt8] {
        var source = html
        return source.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var blank = false, inPre = false
            var lineStart = 0
            var pendingNewlines = 0
            func find(_ pattern: [UInt8], in range: Range<Int>, last: Bool) -> Int? {
                guard range.count >= pattern.count else { return nil }
                let lastStart = range.upperBound - pattern.count
                var index = last ? lastStart : range.lowerBound
                while index >= range.lowerBound && index <= lastStart {
                    if bytes[index] == pattern[0] {
                        var matched = 1
                        while matched < pattern.count && bytes[index + matched] == pattern[matched] { matched += 1 }
                        if matched == pattern.count { return index }
                    }
                    index += last ? -1 : 1
                }
                return nil
            }
            let open: [UInt8] = Array("<pre".utf8), close: [UInt8] = Array("</pre>".utf8)
            while lineStart <= bytes.count {
                var lineEnd = bytes.count
                if lineStart < bytes.count, let newline = memchr(bytes.baseAddress! + lineStart, 0x0A, bytes.count - lineStart) {
                    lineEnd = bytes.baseAddress!.distance(to: newline.assumingMemoryBound(to: UInt8.self))
                }
                let line = lineStart..<lineEnd
                var keep = line
                // memmem: a page's SVG charts are single lines of many kilobytes, scanned here once per page.
                if inPre || (!line.isEmpty && maturity_find_bytes(bytes.baseAddress! + lineStart, line.count, open, open.count) != nil) {
                    let lastOpen = find(open, in: line, last: true), lastClose = find(close, in: line, last: true)
                    inPre = lastClose == nil || (lastOpen.map { $0 > lastClose! } ?? false)
                    blank = false
                } else {
                    var end = lineEnd
                    while end > lineStart && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
                    keep = lineStart..<end
                    if keep.isEmpty {
                        if blank { lineStart = lineEnd + 1; continue }
                        blank = true
                    } else {
                        blank = false
                    }
                }
                if keep.isEmpty {
                    pendingNewlines += 1  // an empty line is written only if something follows it
                } else {
                    if !out.isEmpty || pendingNewlines > 0 {
                        for _ in 0..<(out.isEmpty ? pendingNewlines : pendingNewlines + 1) { out.append(0x0A) }
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[keep]))
                    pendingNewlines = 0
                }
                lineStart = lineEnd + 1
            }
            out.append(0x0A)
            return out
        }
    }
}

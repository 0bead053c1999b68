import Foundation

/// What `maturity serve` serves: the site built into a private temporary folder, rebuilt when an input or a
/// template changes, with build errors shown as a page instead of a crash. HTML answers get a small reload
/// script; the files on disk never do. The HTTP server itself lives in the command-line tool.
public final class Preview: @unchecked Sendable {
    public struct Response: Sendable {
        public init(status: Int, contentType: String, body: [UInt8]) { (self.status, self.contentType, self.body) = (status, contentType, body) }
        public var status: Int
        public var contentType: String
        public var body: [UInt8]
    }

    private let options: BuildOptions
    private let folder: String
    private let lock = NSLock()
    private var fingerprint: [String] = []
    private var failure: BuildFailure?
    public private(set) var version = 0

    public init(content: String, templates: String?, language: String? = nil) throws {
        folder = NSTemporaryDirectory() + "maturity-serve-\(getpid())-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        options = BuildOptions(content: content, output: folder + "/site", templates: templates, force: true, language: language)
    }

    /// The folder holding the current build; removed by `close()`.
    public var temporaryFolder: String { folder }

    /// Builds when any input or template changed since the last build (or at first); returns whether it built.
    @discardableResult
    public func rebuildIfChanged() -> Bool {
        let current = Self.fingerprint(of: [options.content, options.templates ?? BuiltIns.templatesDirectory])
        lock.lock()
        let changed = current != fingerprint
        lock.unlock()
        guard changed else { return false }
        var result: BuildFailure?
        do { _ = try Pipeline.serve.run(options) } catch { result = error }
        lock.lock()
        fingerprint = current
        failure = result
        version += 1
        lock.unlock()
        return true
    }

    /// The diagnostics of the last build, if it failed.
    public var lastFailure: BuildFailure? {
        lock.lock()
        defer { lock.unlock() }
        return failure
    }

    public func response(for requestPath: String) -> Response {
        let (failure, version) = {
            lock.lock(); defer { lock.unlock() }; return (self.failure, self.version)
        }()
        if requestPath == "/__maturity/version" { return Response(status: 200, contentType: "text/plain; charset=utf-8", body: Array(String(version).utf8)) }
        guard let relative = Self.sitePath(requestPath) else {
            return Response(status: 404, contentType: "text/plain; charset=utf-8", body: Array("Not found\n".utf8))
        }
        let isHTML = relative.hasSuffix(".html")
        if isHTML, let failure {
            return Response(status: 500, contentType: "text/html; charset=utf-8", body: Array(Self.errorPage(failure, version: version).utf8))
        }
        guard let data = FileManager.default.contents(atPath: options.output + "/" + relative) else {
            return Response(status: 404, contentType: "text/plain; charset=utf-8", body: Array("Not found\n".utf8))
        }
        guard isHTML else { return Response(status: 200, contentType: Self.contentType(relative), body: Array(data)) }
        let html = String(decoding: data, as: UTF8.self)
        return Response(status: 200, contentType: "text/html; charset=utf-8", body: Array(Self.withReload(html, version: version).utf8))
    }

    public func close() { try? FileManager.default.removeItem(atPath: folder) }

    /// A request path as a path inside the site, or nil when it would leave it (`..`, encoded or not).
    static func sitePath(_ requestPath: String) -> String? {
        let path = requestPath.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        guard let decoded = path.removingPercentEncoding, !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        var segments: [String] = []
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." || segment.hasPrefix(".") { return nil }
            segments.append(String(segment))
        }
        if segments.isEmpty || decoded.hasSuffix("/") { segments.append("index.html") }
        return segments.joined(separator: "/")
    }

    static func contentType(_ path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "css": "text/css; charset=utf-8"
        case "json": "application/json"
        case "csv": "text/csv; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "eml": "message/rfc822"
        default: "application/octet-stream"
        }
    }

    static func reloadScript(version: Int) -> String {
        "<script>/* maturity serve: reloads when the site is rebuilt */(function(){var v=\"\(version)\";setInterval(function(){fetch(\"/__maturity/version\").then(function(r){return r.text()}).then(function(t){if(t!==v){location.reload()}}).catch(function(){})},1000)})();</script>"
    }

    static func withReload(_ html: String, version: Int) -> String {
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + reloadScript(version: version) }
        return html.replacingCharacters(in: end, with: reloadScript(version: version) + "</body>")
    }

    /// The page shown instead of the site while the report does not build. It comes from the built-in theme's
    /// `preview-error` template, since the problem may be the report's own theme; only the reload script is
    /// the preview's.
    static func errorPage(_ failure: BuildFailure, version: Int) -> String {
        let problems = failure.diagnostics.map(\.description)
        guard let theme = try? TemplateSet.load(theme: BuiltIns.templatesDirectory, overrides: nil),
            let html = theme.library.render(
                PageContext(PreviewErrorView(problems: problems), globals: theme.globals, shared: nil), withTemplate: "preview-error")
        else {
            // The built-in theme ships with the tool; should it ever fail, the problems still show, as text.
            return HTML.escape(problems.joined(separator: "\n"))
        }
        return withReload(html, version: version)
    }

    /// Paths, sizes and modification times of every file under the folders, sorted.
    static func fingerprint(of folders: [String]) -> [String] {
        folders.flatMap { folder in
            FileAccess.filesIncludingHidden(under: folder).map { path -> String in
                let attributes = (try? FileManager.default.attributesOfItem(atPath: folder + "/" + path)) ?? [:]
                let size = (attributes[.size] as? NSNumber)?.intValue ?? -1
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                return "\(folder)/\(path)|\(size)|\(modified)"
            }
        }
    }
}

import Foundation

/// `assets/` holds only what a page can use, each file checked by its content as well as its name:
/// images (PNG, JPEG, GIF, WebP, SVG), fonts (WOFF, WOFF2), PDF and stylesheets. SVG and CSS, which can
/// load or run things, are read through and must keep to the site.
enum AssetCheck {
    enum Kind: String { case png = "PNG", jpeg = "JPEG", gif = "GIF", webp = "WebP", svg = "SVG", woff = "WOFF", woff2 = "WOFF2", pdf = "PDF", css = "CSS" }

    static let kinds: [String: Kind] = [
        "png": .png, "jpg": .jpeg, "jpeg": .jpeg, "gif": .gif, "webp": .webp, "svg": .svg,
        "woff": .woff, "woff2": .woff2, "pdf": .pdf, "css": .css,
    ]

    /// The asset files (relative to assets/) and every problem with them.
    static func run(paths: ReportPaths) -> ([String], [Diagnostic]) {
        let folder = paths.folder + "/assets"
        var (files, problems) = FileAccess.containedFiles(under: folder, root: paths.root, what: "asset")
        let site = Set(files.map { "assets/" + $0 })
        for file in files {
            let path = folder + "/" + file
            let location = SourceLocation(file: path)
            guard let kind = kinds[(file as NSString).pathExtension.lowercased()] else {
                problems.append(
                    Diagnostic(
                        .error, .load, location,
                        "\(Quote.input(file)) is not a kind of file a page can use; assets/ may hold only PNG, JPEG, GIF, WebP, SVG, WOFF, WOFF2, PDF and CSS files"
                    ))
                continue
            }
            let base = ("assets/" + file as NSString).deletingLastPathComponent
            switch kind {
            case .svg, .css:
                switch FileAccess.readText(path, display: path) {
                case .failure(let problem): problems.append(problem)
                case .success(let text):
                    let found =
                        kind == .css
                        ? StylesheetPolicy.problems(text, base: base, assets: site).map { ($0.line, $0.column, $0.message) }
                        : SVGPolicy.problems(text, base: base, assets: site).map { ($0.line, $0.column, $0.message) }
                    problems += found.map { Diagnostic(.error, .load, SourceLocation(file: path, line: $0.0, column: $0.1), $0.2) }
                }
            default:
                if !matches(kind, prefix(of: path)) {
                    problems.append(
                        Diagnostic(
                            .error, .load, location,
                            "the content of \(Quote.input(file)) is not \(kind.rawValue), as its name says; an asset must be what its extension says"))
                }
            }
        }
        return (files, problems)
    }

    /// The first bytes of a file, enough for every signature checked here.
    private static func prefix(of path: String) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return Array((try? handle.read(upToCount: 16)) ?? Data())
    }

    static func matches(_ kind: Kind, _ bytes: [UInt8]) -> Bool {
        func starts(_ text: String, at offset: Int = 0) -> Bool {
            let expected = Array(text.utf8)
            return bytes.count >= offset + expected.count && Array(bytes[offset..<offset + expected.count]) == expected
        }
        switch kind {
        case .png: return bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .jpeg: return bytes.starts(with: [0xFF, 0xD8, 0xFF])
        case .gif: return starts("GIF87a") || starts("GIF89a")
        case .webp: return starts("RIFF") && starts("WEBP", at: 8)
        case .woff: return starts("wOFF")
        case .woff2: return starts("wOF2")
        case .pdf: return starts("%PDF-")
        case .svg, .css: return true
        }
    }

    /// Images in commentary must be files of assets/ (links may point anywhere). Paths are seen from the
    /// page the commentary is shown on.
    static func markdownImages(overview: Commentary?, dimensions: [String: Commentary], assets: [String]) -> [Diagnostic] {
        let site = Set(assets.map { "assets/" + $0 })
        var pages: [(Commentary, String)] = overview.map { [($0, "")] } ?? []
        pages += dimensions.sorted { $0.key < $1.key }.map { ($0.value, "dimensions") }
        var found: [Diagnostic] = []
        for (commentary, base) in pages {
            for link in CMarkConverter.linkDestinations(commentary.body) where link.isImage {
                guard let problem = SiteReference.problem(link.url, base: base, assets: site, allowFragment: false) else { continue }
                let location = SourceLocation(file: commentary.path, line: link.line + commentary.bodyLine - 1, column: link.column)
                found.append(Diagnostic(.error, .load, location, "an image in commentary must be a file in assets/: \(problem)"))
            }
        }
        return found
    }
}

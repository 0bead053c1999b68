import Foundation

/// Links and file references of the print document. A page's links point at other pages of the site
/// ("../roadmap.html"); in the PDF they become links to that page's section ("#pdf-roadmap"), so that the
/// document links within itself and never to the temporary folder it was laid out in. Links to files the PDF
/// does not hold (data/results.json) are dropped; links to other sites are kept. Images are referred to from the
/// document's folder, where the site's assets/ are copied.
enum PdfLinks {
    static func rewrite(_ html: String, page: String, anchors: [String: String]) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var rest = html[...]
        while let attribute = nextAttribute(in: rest) {
            out += rest[..<attribute.value.lowerBound]
            let value = String(rest[attribute.value])
            out += replacement(value, isLink: attribute.isLink, page: page, anchors: anchors)
            rest = rest[attribute.value.upperBound...]
        }
        out += rest
        return out
    }

    /// The next ` href="…"` or ` src="…"` (the templates and the Markdown renderer quote with `"`).
    private static func nextAttribute(in text: Substring) -> (value: Range<Substring.Index>, isLink: Bool)? {
        let href = text.range(of: " href=\""), src = text.range(of: " src=\"")
        guard let start = [href, src].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        guard let end = text[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return (start.upperBound..<end, start == href)
    }

    private static func replacement(_ value: String, isLink: Bool, page: String, anchors: [String: String]) -> String {
        if value.hasPrefix("#") || value.isEmpty || hasScheme(value) || value.hasPrefix("//") { return value }
        let path = value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            .split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
        guard let resolved = resolve(String(path), from: page) else { return isLink ? "" : value }
        if !isLink { return resolved }
        return anchors[resolved].map { "#" + $0 } ?? ""
    }

    /// `target` as written on the page at `page`, as a path from the site's root; nil when it leads outside.
    static func resolve(_ target: String, from page: String) -> String? {
        var parts = target.hasPrefix("/") ? [] : page.split(separator: "/").dropLast().map(String.init)
        for piece in target.split(separator: "/", omittingEmptySubsequences: true) {
            switch piece {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(piece))
            }
        }
        return target.hasPrefix("/") || parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    private static func hasScheme(_ value: String) -> Bool {
        guard let colon = value.firstIndex(of: ":") else { return false }
        let scheme = value[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// References the engine would fetch from elsewhere (another host, or a file outside the document's
    /// folder): the print document must hold none. Plain `<a href>` links are not fetched and may point out.
    static func remoteReferences(in html: String) -> [String] {
        let remote = #"(?:https?:|ftp:|file:|//|/)"#
        let patterns = [
            #"(?i)\s(?:src|srcset|poster|data|background|xlink:href)\s*=\s*["']?\s*"# + remote + #"[^"'\s>]*"#,
            #"(?i)<(?:image|use|feimage|link|script|iframe|object|embed)\b[^>]*\shref\s*=\s*["']?\s*"# + remote + #"[^"'\s>]*"#,
            #"(?i)url\(\s*["']?\s*"# + remote + #"[^)"']*"#,
            #"(?i)@import[^;]*"#,
            #"(?i)<link\b[^>]*>"#,
        ]
        var found: [String] = []
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            let range = NSRange(html.startIndex..., in: html)
            for match in regex.matches(in: html, range: range) {
                if let text = Range(match.range, in: html) { found.append(String(html[text]).trimmingCharacters(in: .whitespaces)) }
            }
        }
        return found
    }
}

/// Whether a URL written in a stylesheet, an SVG or commentary stays inside the site: a fragment of the same
/// document, or a relative path to one of the site's assets. It is read the way a browser's URL parser reads
/// it: tabs and newlines dropped, `\` taken as `/`, percent-escapes and dot segments resolved.
enum SiteReference {
    /// nil when `url`, seen from the site folder `base` ("" for the site's root), is allowed; else why not.
    static func problem(_ url: String, base: String, assets: Set<String>, allowFragment: Bool = true) -> String? {
        var scalars = url.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }[...]
        while let first = scalars.first, first.value <= 0x20 { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.value <= 0x20 { scalars = scalars.dropLast() }
        let text = String(String.UnicodeScalarView(scalars)).replacingOccurrences(of: "\\", with: "/")
        if text.isEmpty { return "an empty URL refers to the page itself" }
        if text.hasPrefix("#") { return allowFragment ? nil : "expected a file in assets/, found only a fragment" }
        let path = String(text.prefix { $0 != "?" && $0 != "#" })
        if path.contains(":") || path.hasPrefix("/") {
            return "\(Quote.input(url)) loads from outside the site"
        }
        guard let decoded = path.removingPercentEncoding else { return "\(Quote.input(url)) has a malformed percent-escape" }
        var segments = base.split(separator: "/").map(String.init)
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: false) {
            switch segment {
            case "", ".": continue
            case "..":
                if segments.isEmpty { return "\(Quote.input(url)) leads outside the site" }
                segments.removeLast()
            default: segments.append(String(segment))
            }
        }
        let target = segments.joined(separator: "/")
        return assets.contains(target) ? nil : "\(Quote.input(url)) is not a file in assets/ (it leads to \(Quote.input(target)))"
    }
}

/// A tiny SVG writer: escapes every text, formats every number with two decimals, and always opens the
/// drawing with `<title>` and `<desc>` so screen readers announce it.
struct SVGWriter {
    private(set) var text = ""
    private let textColour: String

    init(width: Double, height: Double, title: String, description: String, id: String, theme: ChartTheme) {
        textColour = theme.text
        text = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" class=\"chart\">"
        text += "<title id=\"\(id)-title\">\(HTML.escape(title))</title><desc id=\"\(id)-desc\">\(HTML.escape(description))</desc>"
    }

    func n(_ value: Double) -> String { Fixed.format(value, places: 2) }

    mutating func raw(_ markup: String) { text += markup }

    // Each element is appended piece by piece: an interpolated string would be built and then copied, once per
    // element of the 3,000 pages of a large site.
    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1, dash: String? = nil) {
        text += "<line x1=\""; text += n(x1); text += "\" y1=\""; text += n(y1); text += "\" x2=\""; text += n(x2)
        text += "\" y2=\""; text += n(y2); text += "\" stroke=\""; text += stroke; text += "\" stroke-width=\""; text += n(width)
        if let dash { text += "\" stroke-dasharray=\""; text += dash }
        text += "\"/>"
    }

    mutating func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, fill: String, stroke: String? = nil) {
        text += "<rect x=\""; text += n(x); text += "\" y=\""; text += n(y); text += "\" width=\""; text += n(max(0, width))
        text += "\" height=\""; text += n(max(0, height)); text += "\" fill=\""; text += fill
        if let stroke { text += "\" stroke=\""; text += stroke }
        text += "\"/>"
    }

    mutating func circle(_ x: Double, _ y: Double, _ r: Double, fill: String, stroke: String? = nil) {
        text += "<circle cx=\""; text += n(x); text += "\" cy=\""; text += n(y); text += "\" r=\""; text += n(r)
        text += "\" fill=\""; text += fill
        if let stroke { text += "\" stroke=\""; text += stroke; text += "\" stroke-width=\"1.5" }
        text += "\"/>"
    }

    mutating func polygon(_ points: [(Double, Double)], fill: String, stroke: String, width: Double = 2, dash: String? = nil, fillOpacity: Double = 0.15) {
        text += "<polygon points=\""
        for (index, point) in points.enumerated() {
            if index > 0 { text += " " }
            text += n(point.0); text += ","; text += n(point.1)
        }
        text += "\" fill=\""; text += fill; text += "\" fill-opacity=\""; text += n(fillOpacity); text += "\" stroke=\""; text += stroke
        text += "\" stroke-width=\""; text += n(width)
        if let dash { text += "\" stroke-dasharray=\""; text += dash }
        text += "\"/>"
    }

    enum Anchor: String { case start, middle, end }

    mutating func label(_ x: Double, _ y: Double, _ content: String, anchor: Anchor = .start, size: Double = 12, weight: String? = nil, fill: String? = nil) {
        text += "<text x=\""; text += n(x); text += "\" y=\""; text += n(y); text += "\" text-anchor=\""; text += anchor.rawValue
        text += "\" font-size=\""; text += n(size); text += "\" fill=\""; text += fill ?? textColour
        if let weight { text += "\" font-weight=\""; text += weight }
        text += "\">"; text += HTML.escape(content); text += "</text>"
    }

    func finished() -> String { text + "</svg>" }
}

/// HTML escaping for text and attribute values: the five characters that can change markup.
enum HTML {
    /// Escapes `& < > " '` for text and attribute values. Works on UTF-8 bytes, and returns the text itself
    /// (no copy) when nothing needs escaping, which is most of the time: it runs for every Mustache tag.
    static func escape(_ text: String) -> String {
        var text = text
        let escaped: String? = text.withUTF8 { bytes in
            guard var first = bytes.firstIndex(where: needsEscape) else { return nil }
            var extra = 0
            for byte in bytes[first...] where needsEscape(byte) { extra += byte == 0x26 ? 4 : 5 }
            return String(unsafeUninitializedCapacity: bytes.count + extra) { out in
                var written = 0
                func put(_ byte: UInt8) { out[written] = byte; written += 1 }
                for index in 0..<first { put(bytes[index]) }
                while first < bytes.count {
                    let byte = bytes[first]
                    switch byte {
                    case 0x26: for b in "&amp;".utf8 { put(b) }
                    case 0x3C: for b in "&lt;".utf8 { put(b) }
                    case 0x3E: for b in "&gt;".utf8 { put(b) }
                    case 0x22: for b in "&quot;".utf8 { put(b) }
                    case 0x27: for b in "&#39;".utf8 { put(b) }
                    default: put(byte)
                    }
                    first += 1
                }
                return written
            }
        }
        return escaped ?? text
    }

    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }
}

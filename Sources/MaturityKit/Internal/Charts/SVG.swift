/// A tiny SVG writer: escapes every text, formats every number with two decimals, and always opens the
/// drawing with `<title>` and `<desc>` so screen readers announce it.
struct SVGWriter {
    private(set) var text = ""

    init(width: Double, height: Double, title: String, description: String, id: String) {
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

    mutating func label(_ x: Double, _ y: Double, _ content: String, anchor: Anchor = .start, size: Double = 12, weight: String? = nil, fill: String = Palette.text) {
        text += "<text x=\""; text += n(x); text += "\" y=\""; text += n(y); text += "\" text-anchor=\""; text += anchor.rawValue
        text += "\" font-size=\""; text += n(size); text += "\" fill=\""; text += fill
        if let weight { text += "\" font-weight=\""; text += weight }
        text += "\">"; text += HTML.escape(content); text += "</text>"
    }

    func finished() -> String { text + "</svg>" }
}

/// Colours safe for colour-blind readers (Okabe–Ito for series; a brown–teal diverging scale for answers),
/// each used with a second cue (dash, position or label) so that colour is never the only signal.
enum Palette {
    static let text = "#1a1a1a"
    static let muted = "#595959"
    static let grid = "#c8c8c8"
    static let current = "#0072b2"
    static let target = "#d55e00"
    /// The target colour darkened for text, which needs 4.5:1 on white (lines and shapes need 3:1).
    static let targetText = "#a34400"
    static let previous = "#7f7f7f"
    /// From "strongly disagree" to "strongly agree"; the middle is neutral grey.
    static func diverging(points: Int) -> [String] {
        let five = ["#8c510a", "#d8b365", "#d9d9d9", "#5ab4ac", "#01665e"]
        let seven = ["#8c510a", "#bf812d", "#dfc27d", "#d9d9d9", "#80cdc1", "#35978f", "#01665e"]
        if points == 5 { return five }
        if points == 7 { return seven }
        return (0..<points).map { index in
            let middle = Double(points - 1) / 2
            if Double(index) == middle { return "#d9d9d9" }
            return Double(index) < middle ? (Double(index) < middle / 2 ? "#8c510a" : "#d8b365") : (Double(index) > middle * 1.5 ? "#01665e" : "#5ab4ac")
        }
    }

    /// Whether white text is readable on that answer colour (WCAG AA), to label segments.
    static func textOn(_ fill: String) -> String {
        guard let colour = HexColour(fill) else { return text }
        return colour.contrastWithWhite >= 4.5 ? "#ffffff" : text
    }
}

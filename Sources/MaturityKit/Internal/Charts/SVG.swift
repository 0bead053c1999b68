/// A tiny SVG writer: escapes every text, formats every number with two decimals, and always opens the
/// drawing with `<title>` and `<desc>` so screen readers announce it.
struct SVGWriter {
    private(set) var text = ""
    private let textColour: String
    private let background: String

    init(width: Double, height: Double, title: String, description: String, id: String, theme: ChartTheme) {
        textColour = theme.text
        background = theme.background
        text =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" class=\"chart\">"
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

    mutating func label(
        _ x: Double, _ y: Double, _ content: String, anchor: Anchor = .start, size: Double = 12, weight: String? = nil, fill: String? = nil,
        halo: Bool = false, haloColour: String? = nil
    ) {
        text += "<text x=\""; text += n(x); text += "\" y=\""; text += n(y); text += "\" text-anchor=\""; text += anchor.rawValue
        text += "\" font-size=\""; text += n(size); text += "\" fill=\""; text += fill ?? textColour
        if let weight { text += "\" font-weight=\""; text += weight }
        // A halo of the background colour around the letters: a line passing behind never strikes them through.
        if halo || haloColour != nil {
            text += "\" stroke=\""; text += haloColour ?? background; text += "\" stroke-width=\"3\" paint-order=\"stroke"
        }
        text += "\">"; text += HTML.escape(content); text += "</text>"
    }

    /// Lines of text, one below the other from `y`.
    mutating func lines(_ x: Double, _ y: Double, _ lines: [String], anchor: Anchor = .start, size: Double = 12, fill: String? = nil, halo: Bool = false) {
        for (index, line) in lines.enumerated() { label(x, y + Double(index) * size * 1.25, line, anchor: anchor, size: size, fill: fill, halo: halo) }
    }

    func finished() -> String { text + "</svg>" }
}

/// A tiny SVG writer: escapes every text, writes every number to two decimals at most, and always opens the
/// drawing with `<title>` and `<desc>` so screen readers announce it.
///
/// In a right-to-left language the writer mirrors the drawing: charts lay themselves out left to right, and
/// every x they pass is written as `width − x` (a rectangle's left edge becomes `width − x − w`), so bars grow
/// from the right, scales and time run right to left and legends flow from the right. Text is not mirrored:
/// each label keeps its letters and digits in order, takes the base direction of its first strong letter (as
/// `dir="auto"` does in HTML), and its `text-anchor` is worked out so that the edge the chart asked for lands on
/// the mirrored side. A left-to-right drawing of left-to-right text is written exactly as before.
struct SVGWriter {
    /// The drawing so far, as UTF-8: numbers are written into it digit by digit, with no String between.
    private var bytes: [UInt8] = []
    private let textColour: String
    private let background: String
    /// The drawing's direction (from the report's language): right to left mirrors every x.
    private let rightToLeft: Bool
    private let width: Double

    init(width: Double, height: Double, title: String, description: String, id: String, theme: ChartTheme) {
        textColour = theme.text
        background = theme.background
        rightToLeft = theme.words.locale.rightToLeft
        self.width = width
        bytes.reserveCapacity(8192)
        put("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "); num(width); put(" "); num(height)
        put("\" width=\""); num(width); put("\" height=\""); num(height)
        put("\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" class=\"chart\"")
        if rightToLeft { put(" direction=\"rtl\"") }
        put(">")
        put("<title id=\"\(id)-title\">\(HTML.escape(title))</title><desc id=\"\(id)-desc\">\(HTML.escape(description))</desc>")
    }

    func n(_ value: Double) -> String { Fixed.format(value, places: 2) }

    private mutating func put(_ text: String) { bytes.append(contentsOf: text.utf8) }
    /// A coordinate to two decimals, without trailing zeros ("12.5", "40"): the same point in fewer bytes,
    /// on pages that carry several drawings each.
    private mutating func num(_ value: Double) {
        let start = bytes.count
        Fixed.write(value, places: 2, into: &bytes)
        guard bytes[start...].contains(0x2E) else { return }
        while bytes.last == 0x30 { bytes.removeLast() }
        if bytes.last == 0x2E { bytes.removeLast() }
    }

    /// An x of the chart's left-to-right layout, where it is drawn.
    private func x(_ value: Double) -> Double { rightToLeft ? width - value : value }

    // Each element is appended piece by piece: an interpolated string would be built and then copied, once per
    // element of the 3,000 pages of a large site.
    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1, dash: String? = nil) {
        put("<line x1=\""); num(x(x1)); put("\" y1=\""); num(y1); put("\" x2=\""); num(x(x2))
        put("\" y2=\""); num(y2); put("\" stroke=\""); put(stroke); put("\" stroke-width=\""); num(width)
        if let dash { put("\" stroke-dasharray=\""); put(dash) }
        put("\"/>")
    }

    mutating func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, fill: String, stroke: String? = nil) {
        put("<rect x=\""); num(rightToLeft ? self.width - x - max(0, width) : x); put("\" y=\""); num(y); put("\" width=\""); num(max(0, width))
        put("\" height=\""); num(max(0, height)); put("\" fill=\""); put(fill)
        if let stroke { put("\" stroke=\""); put(stroke) }
        put("\"/>")
    }

    mutating func circle(_ x: Double, _ y: Double, _ r: Double, fill: String, stroke: String? = nil) {
        put("<circle cx=\""); num(self.x(x)); put("\" cy=\""); num(y); put("\" r=\""); num(r)
        put("\" fill=\""); put(fill)
        if let stroke { put("\" stroke=\""); put(stroke); put("\" stroke-width=\"1.5") }
        put("\"/>")
    }

    mutating func polygon(_ points: [(Double, Double)], fill: String, stroke: String, width: Double = 2, dash: String? = nil, fillOpacity: Double = 0.15) {
        put("<polygon points=\"")
        for (index, point) in points.enumerated() {
            if index > 0 { put(" ") }
            num(x(point.0)); put(","); num(point.1)
        }
        put("\" fill=\""); put(fill); put("\" fill-opacity=\""); num(fillOpacity); put("\" stroke=\""); put(stroke)
        put("\" stroke-width=\""); num(width)
        if let dash { put("\" stroke-dasharray=\""); put(dash) }
        put("\"/>")
    }

    enum Anchor: String { case start, middle, end }

    mutating func label(
        _ x: Double, _ y: Double, _ content: String, anchor: Anchor = .start, size: Double = 12, weight: String? = nil, fill: String? = nil,
        halo: Bool = false, haloColour: String? = nil
    ) {
        put("<text x=\""); num(self.x(x)); put("\" y=\""); num(y)
        textDirection(content, anchor: anchor)
        put("\" font-size=\""); num(size); put("\" fill=\""); put(fill ?? textColour)
        if let weight { put("\" font-weight=\""); put(weight) }
        // A halo of the background colour around the letters: a line passing behind never strikes them through.
        if halo || haloColour != nil {
            put("\" stroke=\""); put(haloColour ?? background); put("\" stroke-width=\"3\" style=\"paint-order:stroke")
        }
        put("\">"); put(HTML.escape(content)); put("</text>")
    }

    /// Text turned a quarter anticlockwise (a vertical axis's title), centred on (`x`, `y`).
    mutating func verticalLabel(_ x: Double, _ y: Double, _ content: String, size: Double = 12) {
        let at = self.x(x)
        put("<text x=\""); num(at); put("\" y=\""); put(n(y))
        textDirection(content, anchor: .middle)
        put("\" font-size=\""); num(size); put("\" fill=\""); put(textColour)
        put("\" transform=\"rotate(-90 "); num(at); put(" "); put(n(y)); put(")\">"); put(HTML.escape(content)); put("</text>")
    }

    /// Writes `text-anchor` (and `direction`, where the text reads the other way from the drawing). `anchor`
    /// is the edge in the chart's left-to-right layout: `.start` puts the text's left edge at x. Mirrored, that
    /// edge is the right one; and for text read right to left, `start` names its right edge.
    private mutating func textDirection(_ content: String, anchor: Anchor) {
        let textRightToLeft = BidiText.firstStrongIsRightToLeft(content) ?? rightToLeft
        var anchor = anchor
        if rightToLeft != textRightToLeft, anchor != .middle { anchor = anchor == .start ? .end : .start }
        put("\" text-anchor=\""); put(anchor.rawValue)
        if textRightToLeft != rightToLeft { put(textRightToLeft ? "\" direction=\"rtl" : "\" direction=\"ltr") }
    }

    /// Lines of text, one below the other from `y`.
    mutating func lines(_ x: Double, _ y: Double, _ lines: [String], anchor: Anchor = .start, size: Double = 12, fill: String? = nil, halo: Bool = false) {
        for (index, line) in lines.enumerated() { label(x, y + Double(index) * size * 1.25, line, anchor: anchor, size: size, fill: fill, halo: halo) }
    }

    func finished() -> String { String(decoding: bytes, as: UTF8.self) + "</svg>" }
}

/// The prioritisation matrix of the roadmap: each open rated initiative as a numbered dot, feasibility across
/// (1–5) and the mean of impact and value up (1–5, in halves), in four quadrants named in bands above and
/// below the plot. A number is the initiative's place in priority order; the key beside the plot (below it on
/// phones) gives each number its title. Initiatives at the same spot sit side by side, never on top of each
/// other. The dividing lines are drawn between 2 and 3 (across) and between 2.5 and 3 (up): a value of 3
/// counts as high, and a dot at 3 sits visibly on the high side.
enum PriorityMatrixChart {
    struct Point {
        var title: String
        var feasibility: Int
        /// The mean of impact and value, in halves (7 is 3.5).
        var worthHalves: Int
    }

    /// The four quadrant names: top left, top right, bottom left, bottom right.
    struct Names {
        var majorProjects, quickWins, reconsider, fillIns: String
        var feasibility, worth: String
    }

    static func svg(points: [Point], names: Names, layout: ChartLayout, title: String, description: String, id: String, theme: ChartTheme) -> String {
        let narrow = layout == .narrow, size = 12.0, radius = narrow ? 9.0 : 10.0
        let width = narrow ? ChartLayout.narrowWidth : 720.0, unit = narrow ? 50.0 : 80.0, plotLeft = narrow ? 36.0 : 60.0
        // Quadrant names: the left two over two units, the right two over three; a name too long breaks into two lines.
        let quadrants = [(names.majorProjects, 2.0, true), (names.quickWins, 3.0, true), (names.reconsider, 2.0, false), (names.fillIns, 3.0, false)]
            .map { (lines: ChartText.lines($0.0, width: $0.1 * unit - 8, size: size, limit: 2), left: $0.1 == 2, top: $0.2) }
        let band = 8 + 15 * Double(quadrants.map(\.lines.count).max() ?? 1)
        let plotTop = 28 + band, plotBottom = plotTop + 5 * unit, frameBottom = plotBottom + band
        let keyLeft = narrow ? 10.0 : plotLeft + 5 * unit + 30, keyTop = narrow ? frameBottom + 60 : plotTop
        let keyLines = points.map { ChartText.lines($0.title, width: width - keyLeft - 32, size: size, limit: 3) }
        let keyHeight = keyLines.map { max(26, Double($0.count) * 15 + 11) }.reduce(0, +)
        let height = max(frameBottom + 48, keyTop + keyHeight + 8)
        var svg = SVGWriter(width: width, height: height, title: title, description: description, id: layout.id(id), theme: theme)
        func x(_ value: Double) -> Double { plotLeft + (value - 0.5) * unit }
        func y(_ value: Double) -> Double { plotBottom - (value - 0.5) * unit }
        svg.rect(plotLeft, 28, 5 * unit, frameBottom - 28, fill: theme.background, stroke: theme.grid)
        for tick in 1...5 {
            svg.line(x(Double(tick)), plotTop, x(Double(tick)), plotBottom, stroke: theme.grid)
            svg.line(plotLeft, y(Double(tick)), plotLeft + 5 * unit, y(Double(tick)), stroke: theme.grid)
            svg.label(x(Double(tick)), frameBottom + 16, theme.words.numbers.integer(tick), anchor: .middle, size: size, fill: theme.muted)
            svg.label(plotLeft - 8, y(Double(tick)) + 4, theme.words.numbers.integer(tick), anchor: .end, size: size, fill: theme.muted)
        }
        svg.line(x(2.5), 28, x(2.5), frameBottom, stroke: theme.muted, width: 1.5, dash: "6 4")
        svg.line(plotLeft, y(2.75), plotLeft + 5 * unit, y(2.75), stroke: theme.muted, width: 1.5, dash: "6 4")
        for quadrant in quadrants {
            let centre = quadrant.left ? (x(0.5) + x(2.5)) / 2 : (x(2.5) + x(5.5)) / 2
            let first = quadrant.top ? 28 + 16 : frameBottom - 7 - Double(quadrant.lines.count - 1) * 15
            for (index, line) in quadrant.lines.enumerated() {
                svg.label(centre, first + Double(index) * 15, line, anchor: .middle, size: size, weight: "bold")
            }
        }
        svg.label(plotLeft + 2.5 * unit, frameBottom + 36, names.feasibility, anchor: .middle, size: size)
        svg.label(narrow ? 4 : 10, 16, ChartText.shortened(names.worth, width: width - 14, size: size), size: size)
        let places = spread(points, step: 2 * radius + 2, columns: narrow ? 2 : 3)
        for (index, point) in points.enumerated() {
            let (dx, dy) = places[index]
            marker(&svg, index + 1, x(Double(point.feasibility)) + dx, y(Double(point.worthHalves) / 2) + dy, radius, theme)
        }
        var top = keyTop
        for (index, lines) in keyLines.enumerated() {
            marker(&svg, index + 1, keyLeft + radius, top + 13, radius, theme)
            svg.lines(keyLeft + 2 * radius + 8, top + 17, lines, size: size)
            top += max(26, Double(lines.count) * 15 + 11)
        }
        return svg.finished()
    }

    /// A numbered dot: the number in the text colour that reads on the dot's fill, haloed in that fill (which
    /// does not show, and tells a contrast check what lies behind the number).
    private static func marker(_ svg: inout SVGWriter, _ number: Int, _ x: Double, _ y: Double, _ radius: Double, _ theme: ChartTheme) {
        svg.circle(x, y, radius, fill: theme.current, stroke: theme.background)
        let size = number < 10 ? 12.0 : 11.0
        svg.label(
            x, y + size * 0.36, theme.words.numbers.integer(number), anchor: .middle, size: size, weight: "bold", fill: theme.textOn(theme.current),
            haloColour: theme.current)
    }

    /// Each point's offset from its spot: points sharing a spot are laid out in rows of `columns`, centred on it,
    /// in priority order.
    static func spread(_ points: [Point], step: Double, columns: Int) -> [(Double, Double)] {
        var spots: [Int: [Int]] = [:]
        for (index, point) in points.enumerated() { spots[point.feasibility * 100 + point.worthHalves, default: []].append(index) }
        var offsets = [(Double, Double)](repeating: (0, 0), count: points.count)
        // Each spot's points are placed by their order within the spot, so the order spots are visited in does not matter.
        for same in spots.values {
            let count = same.count, rows = (count + columns - 1) / columns
            for (place, index) in same.enumerated() {
                let row = place / columns, inRow = row == rows - 1 ? count - row * columns : columns
                offsets[index] = ((Double(place % columns) - Double(inRow - 1) / 2) * step, (Double(row) - Double(rows - 1) / 2) * step)
            }
        }
        return offsets
    }
}

/// A dot chart of scores: a row per dimension with the score as a dot and its 95% confidence interval, the
/// previous wave as a hollow circle, the target stage's threshold as a dashed tick and a benchmark median as a
/// diamond. The overview uses it below five dimensions (a radar needs five axes to read) and on phones.
enum DotChart {
    struct Row {
        var label: String
        var score: Double?
        var ci: (Double, Double)?
        var previous: Double?
        var target: Double
        var benchmark: Double?
    }

    /// Legend labels; nil for a series the chart does not show.
    struct Names {
        var current: String
        var previous: String?
        var target: String
        var benchmark: String?
    }

    static func svg(
        rows: [Row], names: Names, scale: MaturityModel.Scale, layout: ChartLayout, title: String, description: String, id: String, theme: ChartTheme
    ) -> String {
        let narrow = layout == .narrow
        let width = narrow ? ChartLayout.narrowWidth : 680.0, size = 12.0, lineStep = 15.0
        let plotLeft = narrow ? 14.0 : 230.0, plotRight = width - 16
        let labels = rows.map { ChartText.lines($0.label, width: narrow ? width - 20 : plotLeft - 30, size: size, limit: 2) }
        let heights = labels.map { narrow ? Double($0.count) * lineStep + 30 : max(40, Double($0.count) * lineStep + 14) }
        let top = 34.0, plotBottom = top + heights.reduce(0, +)
        let legend = [names.current, names.previous, names.target, names.benchmark].compactMap { $0 }
        let legendHeight = LegendLayout.height(labels: legend, keyWidth: 16, left: 10, right: width - 10)
        var svg = SVGWriter(width: width, height: plotBottom + 16 + legendHeight, title: title, description: description, id: layout.id(id), theme: theme)
        let low = Double(scale.min), high = Double(scale.max)
        func x(_ value: Double) -> Double { plotLeft + (min(max(value, low), high) - low) / (high - low) * (plotRight - plotLeft) }
        for tick in scale.min...scale.max {
            svg.line(x(Double(tick)), top - 6, x(Double(tick)), plotBottom, stroke: theme.grid)
            svg.label(x(Double(tick)), top - 12, theme.words.numbers.integer(tick), anchor: .middle, size: size, fill: theme.muted)
        }
        var y = top
        for (index, row) in rows.enumerated() {
            let centre: Double
            if narrow {
                svg.lines(10, y + 14, labels[index], size: size, halo: true)
                centre = y + Double(labels[index].count) * lineStep + 12
            } else {
                centre = y + heights[index] / 2
                svg.lines(plotLeft - 14, centre + 4 - Double(labels[index].count - 1) * lineStep / 2, labels[index], anchor: .end, size: size)
            }
            draw(&svg, row, centre: centre, x: x, theme: theme)
            y += heights[index]
        }
        var place = LegendLayout(left: 10, right: width - 10, top: plotBottom + 28)
        let keys: [(String?, Key)] = [(names.current, .current), (names.previous, .previous), (names.target, .target), (names.benchmark, .benchmark)]
        for case let (name?, key) in keys {
            let at = place.place(keyWidth: 16, label: name)
            key.draw(&svg, x: at.x + 8, y: at.y - 4, theme: theme)
            svg.label(at.x + 22, at.y, name, size: size)
        }
        return svg.finished()
    }

    private static func draw(_ svg: inout SVGWriter, _ row: Row, centre: Double, x: (Double) -> Double, theme: ChartTheme) {
        Key.target.draw(&svg, x: x(row.target), y: centre, theme: theme)
        if let benchmark = row.benchmark { Key.benchmark.draw(&svg, x: x(benchmark), y: centre, theme: theme) }
        if let previous = row.previous { Key.previous.draw(&svg, x: x(previous), y: centre, theme: theme) }
        if let score = row.score {
            if let ci = row.ci { svg.line(x(ci.0), centre, x(ci.1), centre, stroke: theme.current, width: 2) }
            Key.current.draw(&svg, x: x(score), y: centre, theme: theme)
        }
    }

    /// Each series' mark, the same in the rows and in the legend: shape and line style, not colour alone.
    private enum Key {
        case current, previous, target, benchmark

        func draw(_ svg: inout SVGWriter, x: Double, y: Double, theme: ChartTheme) {
            switch self {
            case .current: svg.circle(x, y, 6, fill: theme.current, stroke: theme.background)
            case .previous: svg.circle(x, y, 5, fill: theme.background, stroke: theme.previous)
            case .target: svg.line(x, y - 9, x, y + 9, stroke: theme.target, width: 2.5, dash: "4 2")
            case .benchmark:
                svg.polygon([(x, y - 6), (x + 6, y), (x, y + 6), (x - 6, y)], fill: theme.benchmark, stroke: theme.benchmark, width: 1, fillOpacity: 1)
            }
        }
    }
}

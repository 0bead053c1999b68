/// The outcome page's charts: a line of values across surveys or periods, the composition of an NPS, and a
/// scatter of points with optional quadrants (drivers' importance against performance, and maturity
/// against an outcome across units). All text comes in from the caller, worded by the theme.
enum OutcomeCharts {
    struct Point {
        var label: String
        var value: Double
        var ci: (low: Double, high: Double)? = nil
    }

    /// Values across surveys or periods, evenly spaced, with the target as a dashed line when there is one.
    static func line(
        _ points: [Point], range: ClosedRange<Double>, target: Double?, format: (Double) -> String, layout: ChartLayout = .wide,
        title: String, description: String, targetLabel: String, id: String, theme: ChartTheme
    ) -> String {
        let width = layout == .narrow ? ChartLayout.narrowWidth : 420.0
        let height = 170.0, left = 14.0, right = 14.0, top = 22.0, bottom = 34.0, size = 12.0
        var svg = SVGWriter(width: width, height: height, title: title, description: description, id: layout.id(id), theme: theme)
        let span = max(range.upperBound - range.lowerBound, 1e-9)
        func y(_ value: Double) -> Double { top + (range.upperBound - min(max(value, range.lowerBound), range.upperBound)) / span * (height - top - bottom) }
        func x(_ index: Int) -> Double { points.count == 1 ? width / 2 : left + 30 + Double(index) / Double(points.count - 1) * (width - left - right - 60) }
        svg.line(left, height - bottom, width - right, height - bottom, stroke: theme.grid)
        if let target {
            svg.line(left, y(target), width - right, y(target), stroke: theme.target, width: 2, dash: "6 4")
            svg.label(width - right, y(target) - 5, targetLabel, anchor: .end, size: size, fill: theme.targetText, halo: true)
        }
        for index in points.indices {
            if let ci = points[index].ci { svg.line(x(index), y(ci.low), x(index), y(ci.high), stroke: theme.current, width: 2) }
            if index > 0 { svg.line(x(index - 1), y(points[index - 1].value), x(index), y(points[index].value), stroke: theme.current, width: 2) }
        }
        for (index, point) in points.enumerated() {
            svg.circle(x(index), y(point.value), 4.5, fill: theme.current, stroke: theme.background)
            svg.label(x(index), y(point.value) - 9, format(point.value), anchor: .middle, size: size, halo: true)
            svg.label(x(index), height - bottom + 17, point.label, anchor: .middle, size: size, fill: theme.muted)
        }
        return svg.finished()
    }

    /// One bar split into parts (detractors, passives, promoters), each labelled with its share when it fits.
    static func composition(
        _ parts: [(label: String, count: Int)], layout: ChartLayout = .wide, title: String, description: String, id: String, theme: ChartTheme
    ) -> String {
        let width = layout == .narrow ? ChartLayout.narrowWidth : 560.0
        let size = 12.0, barTop = 8.0, barHeight = 34.0
        let colours = theme.diverging(points: 5)
        let fills = [colours[0], theme.grid, colours[4]]
        var legend = LegendLayout(left: 0, right: width, top: barTop + barHeight + 22, size: size)
        let total = Double(max(1, parts.reduce(0) { $0 + $1.count }))
        let keys = parts.map { "\($0.label) \(theme.words.numbers.percent(100 * Double($0.count) / total, places: 0))" }
        let height = barTop + barHeight + 14 + LegendLayout.height(labels: keys, keyWidth: 14, left: 0, right: width, size: size)
        var svg = SVGWriter(width: width, height: height, title: title, description: description, id: layout.id(id), theme: theme)
        var x = 0.0
        for (index, part) in parts.enumerated() {
            let share = Double(part.count) / total, w = share * width
            let fill = fills[index % fills.count]
            svg.rect(x, barTop, w, barHeight, fill: fill)
            let text = theme.words.numbers.percent(100 * share, places: 0)
            if w > ChartText.width(text, size: size) + 8 {
                svg.label(x + w / 2, barTop + barHeight / 2 + 4, text, anchor: .middle, size: size, fill: theme.textOn(fill))
            }
            x += w
        }
        for (index, key) in keys.enumerated() {
            let place = legend.place(keyWidth: 14, label: key)
            svg.rect(place.x, place.y - 10, 12, 12, fill: fills[index % fills.count], stroke: theme.muted)
            svg.label(place.x + 18, place.y, key, size: size)
        }
        return svg.finished()
    }
}

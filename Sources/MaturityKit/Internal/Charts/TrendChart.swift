/// A small line chart of one dimension's score across waves: each wave a point with its 95% confidence
/// interval, and the target stage's threshold as a dashed line. Waves are spaced evenly and labelled.
enum TrendChart {
    struct Point {
        var label: String
        var score: Double?
        var ci: (Double, Double)?
    }

    static func svg(
        points: [Point], target: Double, scale: MaturityModel.Scale, width: Double = 320, layout: ChartLayout = .wide, title: String,
        description: String, id: String, theme: ChartTheme
    ) -> String {
        let width = layout == .narrow ? ChartLayout.narrowWidth : width
        let height = 180.0, left = 34.0, right = 40.0, top = 16.0, bottom = 38.0, size = 12.0
        var svg = SVGWriter(width: width, height: height, title: title, description: description, id: layout.id(id), theme: theme)
        let low = Double(scale.min), high = Double(scale.max)
        let plotHeight = height - top - bottom
        func y(_ value: Double) -> Double { top + (high - min(max(value, low), high)) / (high - low) * plotHeight }
        func x(_ index: Int) -> Double {
            points.count == 1 ? (left + width - right) / 2 : left + Double(index) / Double(points.count - 1) * (width - left - right - 20) + 10
        }
        for tick in scale.min...scale.max {
            svg.line(left, y(Double(tick)), width - right, y(Double(tick)), stroke: theme.grid)
            svg.label(left - 6, y(Double(tick)) + 4, theme.words.numbers.integer(tick), anchor: .end, size: size, fill: theme.muted)
        }
        svg.line(left, y(target), width - right, y(target), stroke: theme.target, width: 2, dash: "6 4")
        var previous: (Double, Double)?
        for (index, point) in points.enumerated() {
            svg.label(x(index), height - bottom + 17, point.label, anchor: .middle, size: size, fill: theme.muted)
            guard let score = point.score else { previous = nil; continue }
            if let ci = point.ci { svg.line(x(index), y(ci.0), x(index), y(ci.1), stroke: theme.current, width: 2) }
            if let previous { svg.line(previous.0, previous.1, x(index), y(score), stroke: theme.current, width: 2) }
            svg.circle(x(index), y(score), 4.5, fill: theme.current, stroke: theme.background)
            previous = (x(index), y(score))
        }
        // Value labels last, above their point unless the target line runs there, each with a halo so that
        // no line strikes it through.
        for (index, point) in points.enumerated() {
            guard let score = point.score else { continue }
            let above = y(score) - 8
            let clear = abs(above - 4 - y(target)) > 9
            svg.label(x(index) + 6, clear ? above : y(score) + 18, theme.words.numbers.fixed(score, places: 2), size: size, halo: true)
        }
        svg.label(width - 4, height - 4, theme.words("trend_legend_target"), anchor: .end, size: size, fill: theme.targetText)
        return svg.finished()
    }
}

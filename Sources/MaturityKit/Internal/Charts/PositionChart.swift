/// Where a score sits on the stage ladder: stage bands along the scale, the score as a dot with its 95%
/// confidence interval as a whisker, the target stage's threshold as a dashed line.
enum PositionChart {
    static func svg(
        score: Double?, ci: (Double, Double)?, previous: Double?, target: Double, model: MaturityModel,
        title: String, description: String, id: String, theme: ChartTheme
    ) -> String {
        let width = 720.0, left = 20.0, right = 20.0, plot = width - left - right
        var svg = SVGWriter(width: width, height: 120, title: title, description: description, id: id, theme: theme)
        let low = Double(model.scale.min), high = Double(model.scale.max)
        func x(_ value: Double) -> Double { left + (min(max(value, low), high) - low) / (high - low) * plot }
        let shades = theme.stageBands
        for (index, stage) in model.stages.enumerated() {
            let start = x(index == 0 ? low : stage.minScore)
            let end = index + 1 < model.stages.count ? x(model.stages[index + 1].minScore) : x(high)
            svg.rect(start, 30, end - start, 40, fill: shades[index % shades.count])
            svg.label((start + end) / 2, 22, stage.name, anchor: .middle, size: 11, fill: theme.muted)
        }
        for tick in model.scale.min...model.scale.max {
            svg.line(x(Double(tick)), 70, x(Double(tick)), 76, stroke: theme.muted)
            svg.label(x(Double(tick)), 90, String(tick), anchor: .middle, size: 11, fill: theme.muted)
        }
        svg.line(x(target), 26, x(target), 74, stroke: theme.target, width: 2.5, dash: "6 4")
        svg.label(x(target), 110, theme.words("chart_target"), anchor: .middle, size: 11, fill: theme.targetText)
        if let previous {
            RadarChart.marker(&svg, "square", x(previous), 50, theme.previous, theme)
        }
        if let score {
            if let ci { svg.line(x(ci.0), 50, x(ci.1), 50, stroke: theme.current, width: 3) }
            svg.circle(x(score), 50, 7, fill: theme.current, stroke: theme.background)
        }
        return svg.finished()
    }
}

/// Where a score sits on the stage ladder: stage bands along the scale, the score as a dot with its 95%
/// confidence interval as a whisker, the target stage's threshold as a dashed line.
enum PositionChart {
    static func svg(
        score: Double?, ci: (Double, Double)?, previous: Double?, target: Double, model: MaturityModel,
        layout: ChartLayout = .wide, title: String, description: String, id: String, theme: ChartTheme
    ) -> String {
        let narrow = layout == .narrow
        let width = narrow ? ChartLayout.narrowWidth : 720.0, left = 16.0, right = 16.0, plot = width - left - right
        // On a phone the stage names take two rows (even stages above odd ones), so each has two bands' width.
        let shift = narrow ? 16.0 : 0.0, size = narrow ? 12.0 : 11.0
        var svg = SVGWriter(width: width, height: 124 + shift, title: title, description: description, id: layout.id(id), theme: theme)
        let low = Double(model.scale.min), high = Double(model.scale.max)
        func x(_ value: Double) -> Double { left + (min(max(value, low), high) - low) / (high - low) * plot }
        let shades = theme.stageBands
        for (index, stage) in model.stages.enumerated() {
            let start = x(index == 0 ? low : stage.minScore)
            let end = index + 1 < model.stages.count ? x(model.stages[index + 1].minScore) : x(high)
            svg.rect(start, 30 + shift, end - start, 40, fill: shades[index % shades.count])
            let half = ChartText.width(stage.name, size: size) / 2
            let centre = min(max((start + end) / 2, half + 2), width - half - 2)
            svg.label(centre, narrow && index % 2 == 1 ? 38 : 22, stage.name, anchor: .middle, size: size, fill: theme.muted)
        }
        for tick in model.scale.min...model.scale.max {
            svg.line(x(Double(tick)), 70 + shift, x(Double(tick)), 76 + shift, stroke: theme.muted)
            svg.label(x(Double(tick)), 90 + shift, theme.words.numbers.integer(tick), anchor: .middle, size: size, fill: theme.muted)
        }
        svg.line(x(target), 26 + shift, x(target), 74 + shift, stroke: theme.target, width: 2.5, dash: "6 4")
        let targetLabel = theme.words("chart_target"), targetHalf = ChartText.width(targetLabel, size: size) / 2
        svg.label(min(max(x(target), targetHalf + 2), width - targetHalf - 2), 112 + shift, targetLabel, anchor: .middle, size: size, fill: theme.targetText)
        if let previous {
            RadarChart.marker(&svg, "square", x(previous), 50 + shift, theme.previous, theme)
        }
        if let score {
            if let ci { svg.line(x(ci.0), 50 + shift, x(ci.1), 50 + shift, stroke: theme.current, width: 3) }
            svg.circle(x(score), 50 + shift, 7, fill: theme.current, stroke: theme.background)
        }
        return svg.finished()
    }
}

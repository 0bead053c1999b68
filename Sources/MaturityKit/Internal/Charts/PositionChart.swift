/// Where a score sits on the stage ladder: stage bands along the scale, the score as a dot with its 95%
/// confidence interval as a whisker, the target stage's threshold as a dashed line.
enum PositionChart {
    static func svg(score: Double?, ci: (Double, Double)?, previous: Double?, target: Double, model: MaturityModel,
                    title: String, description: String, id: String) -> String {
        let width = 720.0, left = 20.0, right = 20.0, plot = width - left - right
        var svg = SVGWriter(width: width, height: 120, title: title, description: description, id: id)
        let low = Double(model.scale.min), high = Double(model.scale.max)
        func x(_ value: Double) -> Double { left + (min(max(value, low), high) - low) / (high - low) * plot }
        let shades = ["#f2f2f2", "#e6e6e6"]
        for (index, stage) in model.stages.enumerated() {
            let start = x(index == 0 ? low : stage.minScore)
            let end = index + 1 < model.stages.count ? x(model.stages[index + 1].minScore) : x(high)
            svg.rect(start, 30, end - start, 40, fill: shades[index % 2])
            svg.label((start + end) / 2, 22, stage.name, anchor: .middle, size: 11, fill: Palette.muted)
        }
        for tick in model.scale.min...model.scale.max {
            svg.line(x(Double(tick)), 70, x(Double(tick)), 76, stroke: Palette.muted)
            svg.label(x(Double(tick)), 90, String(tick), anchor: .middle, size: 11, fill: Palette.muted)
        }
        svg.line(x(target), 26, x(target), 74, stroke: Palette.target, width: 2.5, dash: "6 4")
        svg.label(x(target), 110, "Target", anchor: .middle, size: 11, fill: Palette.targetText)
        if let previous {
            RadarChart.marker(&svg, "square", x(previous), 50, Palette.previous)
        }
        if let score {
            if let ci { svg.line(x(ci.0), 50, x(ci.1), 50, stroke: Palette.current, width: 3) }
            svg.circle(x(score), 50, 7, fill: Palette.current, stroke: "#ffffff")
        }
        return svg.finished()
    }
}

/// Dot-and-band chart: per dimension, the benchmark's interquartile range as a band, its median as a tick,
/// and our score as a dot with its 95% confidence interval.
enum BenchmarkChart {
    struct Row {
        var label: String
        var score: Double?
        var ci: (Double, Double)?
        var figures: BenchmarkSet.Figures?
    }

    static func svg(
        rows: [Row], scale: MaturityModel.Scale, layout: ChartLayout = .wide, title: String, description: String, id: String, theme: ChartTheme
    ) -> String {
        let narrow = layout == .narrow, size = 12.0, lineStep = 15.0
        let width = narrow ? ChartLayout.narrowWidth : 720.0
        let left = narrow ? 14.0 : 200.0, right = 16.0, top = 30.0
        let plot = width - left - right
        let texts = rows.map { ChartText.lines($0.label, width: narrow ? width - 20 : left - 24, size: size, limit: 2) }
        let heights = texts.map { narrow ? Double($0.count) * lineStep + 28 : max(32, Double($0.count) * lineStep + 10) }
        let plotBottom = top + heights.reduce(0, +)
        let legendLabels = ["benchmark_legend_band", "benchmark_legend_median", "benchmark_legend_score"].map { theme.words($0) }
        let legendHeight = LegendLayout.height(labels: legendLabels, keyWidth: 26, left: 10, right: width - 10)
        var svg = SVGWriter(width: width, height: plotBottom + 14 + legendHeight, title: title, description: description, id: layout.id(id), theme: theme)
        let low = Double(scale.min), high = Double(scale.max)
        func x(_ value: Double) -> Double { left + (min(max(value, low), high) - low) / (high - low) * plot }
        for tick in scale.min...scale.max {
            svg.line(x(Double(tick)), top - 6, x(Double(tick)), plotBottom, stroke: theme.grid)
            svg.label(x(Double(tick)), top - 10, theme.words.numbers.integer(tick), anchor: .middle, size: size, fill: theme.muted)
        }
        var rowTop = top
        for (index, row) in rows.enumerated() {
            let y: Double
            if narrow {
                svg.lines(10, rowTop + 13, texts[index], size: size, halo: true)
                y = rowTop + Double(texts[index].count) * lineStep + 12
            } else {
                y = rowTop + heights[index] / 2
                svg.lines(left - 12, y + 4 - Double(texts[index].count - 1) * lineStep / 2, texts[index], anchor: .end, size: size)
            }
            if let figures = row.figures {
                svg.rect(x(figures.p25), y - 8, x(figures.p75) - x(figures.p25), 16, fill: theme.benchmarkBand)
                svg.line(x(figures.median), y - 11, x(figures.median), y + 11, stroke: theme.text, width: 2.5)
            }
            if let score = row.score {
                if let ci = row.ci { svg.line(x(ci.0), y, x(ci.1), y, stroke: theme.current, width: 2) }
                svg.circle(x(score), y, 6, fill: theme.current, stroke: theme.background)
            }
            rowTop += heights[index]
        }
        var legend = LegendLayout(left: 10, right: width - 10, top: plotBottom + 26)
        for (index, label) in legendLabels.enumerated() {
            let at = legend.place(keyWidth: 26, label: label)
            switch index {
            case 0: svg.rect(at.x, at.y - 10, 26, 12, fill: theme.benchmarkBand)
            case 1: svg.line(at.x + 13, at.y - 12, at.x + 13, at.y + 2, stroke: theme.text, width: 2.5)
            default: svg.circle(at.x + 13, at.y - 4, 6, fill: theme.current)
            }
            svg.label(at.x + 32, at.y, label, size: size)
        }
        return svg.finished()
    }
}

/// Dot-and-band chart: per dimension, the benchmark's interquartile range as a band, its median as a tick,
/// and our score as a dot with its 95% confidence interval.
enum BenchmarkChart {
    struct Row {
        var label: String
        var score: Double?
        var ci: (Double, Double)?
        var figures: BenchmarkSet.Figures?
    }

    static func svg(rows: [Row], scale: MaturityModel.Scale, title: String, description: String, id: String, theme: ChartTheme) -> String {
        let width = 720.0, left = 190.0, right = 20.0, top = 30.0, rowHeight = 30.0
        let plot = width - left - right
        let height = top + Double(rows.count) * rowHeight + 56
        var svg = SVGWriter(width: width, height: height, title: title, description: description, id: id, theme: theme)
        let low = Double(scale.min), high = Double(scale.max)
        func x(_ value: Double) -> Double { left + (min(max(value, low), high) - low) / (high - low) * plot }
        for tick in scale.min...scale.max {
            svg.line(x(Double(tick)), top - 6, x(Double(tick)), top + Double(rows.count) * rowHeight, stroke: theme.grid)
            svg.label(x(Double(tick)), top - 10, String(tick), anchor: .middle, size: 11, fill: theme.muted)
        }
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight + rowHeight / 2
            svg.label(left - 10, y + 4, row.label, anchor: .end, size: 12)
            if let figures = row.figures {
                svg.rect(x(figures.p25), y - 8, x(figures.p75) - x(figures.p25), 16, fill: theme.benchmarkBand)
                svg.line(x(figures.median), y - 11, x(figures.median), y + 11, stroke: theme.text, width: 2.5)
            }
            if let score = row.score {
                if let ci = row.ci { svg.line(x(ci.0), y, x(ci.1), y, stroke: theme.current, width: 2) }
                svg.circle(x(score), y, 6, fill: theme.current, stroke: theme.background)
            }
        }
        let legendY = top + Double(rows.count) * rowHeight + 30
        svg.rect(left, legendY - 9, 26, 12, fill: theme.benchmarkBand)
        svg.label(left + 32, legendY, theme.words("benchmark_legend_band"), size: 11)
        svg.line(left + 330, legendY - 11, left + 330, legendY + 3, stroke: theme.text, width: 2.5)
        svg.label(left + 338, legendY, theme.words("benchmark_legend_median"), size: 11)
        svg.circle(left + 410, legendY - 4, 6, fill: theme.current)
        svg.label(left + 421, legendY, theme.words("benchmark_legend_score"), size: 11)
        return svg.finished()
    }
}

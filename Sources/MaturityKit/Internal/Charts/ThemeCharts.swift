/// The charts of voices: how many comments mention each theme (bars of the share, labelled with the count), and
/// themes × comment columns (each cell shaded by the share of the column's comments that mention the theme).
/// All text comes in from the caller, worded by the theme.
enum ThemeCharts {
    struct Bar {
        var label: String
        var count: Int
        var share: Double
    }

    static func bars(_ bars: [Bar], layout: ChartLayout = .wide, valueLabel: (Bar) -> String, title: String, description: String, id: String, theme: ChartTheme)
        -> String
    {
        let narrow = layout == .narrow, size = 12.0
        let width = narrow ? ChartLayout.narrowWidth : 720.0
        let labelWidth = narrow ? 0.0 : 240.0, valueWidth = 110.0, barHeight = 18.0
        let plotLeft = narrow ? 10.0 : labelWidth + 10, plotWidth = width - plotLeft - valueWidth
        let texts = bars.map { ChartText.lines($0.label, width: narrow ? width - 20 : labelWidth - 14, size: size, limit: 2) }
        let heights = texts.map { narrow ? Double($0.count) * 15 + barHeight + 12 : max(30, Double($0.count) * 15 + 8) }
        let top = 8.0
        var svg = SVGWriter(width: width, height: top + heights.reduce(0, +) + 6, title: title, description: description, id: layout.id(id), theme: theme)
        var y = top
        for (index, bar) in bars.enumerated() {
            let barTop = narrow ? y + Double(texts[index].count) * 15 + 2 : y + (heights[index] - barHeight) / 2
            if narrow {
                svg.lines(plotLeft, y + 12, texts[index], size: size)
            } else {
                let first = y + heights[index] / 2 + 4 - Double(texts[index].count - 1) * 7.5
                svg.lines(labelWidth, first, texts[index], anchor: .end, size: size)
            }
            svg.rect(plotLeft, barTop, plotWidth, barHeight, fill: theme.background, stroke: theme.grid)
            svg.rect(plotLeft, barTop, max(0, min(1, bar.share)) * plotWidth, barHeight, fill: theme.current)
            svg.label(plotLeft + plotWidth + 8, barTop + barHeight / 2 + 4, valueLabel(bar), size: size)
            y += heights[index]
        }
        return svg.finished()
    }

    /// Rows are themes, columns comment columns. A nil cell has no figure: in a `hidden` column (too few comments)
    /// it is marked with `hiddenLabel`, elsewhere (a theme that does not apply to the column) with a dash.
    static func grid(
        rows: [String], columns: [String], shares: [[Double?]], hidden: [Bool], hiddenLabel: String, title: String, description: String, id: String,
        theme: ChartTheme
    ) -> String {
        let size = 12.0, cellWidth = 96.0, cellHeight = 28.0
        let left = min(240, max(100, rows.map { ChartText.width($0, size: size) }.max() ?? 100) + 16)
        let headers = columns.map { ChartText.lines($0, width: cellWidth - 6, size: size, limit: 3) }
        let top = Double(headers.map(\.count).max() ?? 1) * 15 + 12
        let width = left + cellWidth * Double(columns.count) + 4
        var svg = SVGWriter(width: width, height: top + cellHeight * Double(rows.count) + 4, title: title, description: description, id: id, theme: theme)
        for (index, lines) in headers.enumerated() {
            let x = left + cellWidth * (Double(index) + 0.5)
            for (line, text) in lines.enumerated() { svg.label(x, top - 8 - 15 * Double(lines.count - 1 - line), text, anchor: .middle, size: size) }
        }
        for (row, name) in rows.enumerated() {
            let y = top + cellHeight * Double(row)
            svg.label(left - 8, y + cellHeight / 2 + 4, ChartText.shortened(name, width: left - 16, size: size), anchor: .end, size: size)
            for (column, share) in shares[row].enumerated() {
                let x = left + cellWidth * Double(column)
                guard let share else {
                    svg.rect(x + 1, y + 1, cellWidth - 2, cellHeight - 2, fill: theme.background, stroke: theme.grid)
                    let label = hidden[column] ? hiddenLabel : NumberStyle.none
                    svg.label(x + cellWidth / 2, y + cellHeight / 2 + 4, label, anchor: .middle, size: size, fill: theme.muted)
                    continue
                }
                let fill = Self.fill(share, theme)
                svg.rect(x + 1, y + 1, cellWidth - 2, cellHeight - 2, fill: fill, stroke: theme.grid)
                svg.label(
                    x + cellWidth / 2, y + cellHeight / 2 + 4, theme.words.numbers.percent(share: share), anchor: .middle, size: size,
                    fill: theme.readableText(on: fill))
            }
        }
        return svg.finished()
    }

    /// The shade of a share: none, under 10%, under 25%, a quarter or more (the palette's heatmap blues).
    static func fill(_ share: Double, _ theme: ChartTheme) -> String {
        theme.heatmapDiverging[share <= 0 ? 3 : share < 0.1 ? 4 : share < 0.25 ? 5 : 6]
    }
}

extension NumberStyle {
    /// A share (0–1) as a whole percentage, "33%".
    func percent(share: Double) -> String { percent(100 * share, places: 0) }
}

/// Dimensions × groups, each cell shaded by score (light to dark blue, readable in greyscale) and labelled
/// with it. Cells of groups too small to show are marked "hidden" and carry no figure.
enum HeatmapChart {
    static func svg(
        rows: [String], columns: [String], cells: [[Double?]], hidden: [[Bool]], scale: MaturityModel.Scale,
        title: String, description: String, id: String, theme: ChartTheme
    ) -> String {
        let left = 190.0, cellWidth = max(56.0, min(96.0, 560.0 / Double(max(columns.count, 1)))), cellHeight = 26.0, top = 56.0
        let width = left + cellWidth * Double(columns.count) + 20
        let height = top + cellHeight * Double(rows.count) + 20
        var svg = SVGWriter(width: width, height: height, title: title, description: description, id: id, theme: theme)
        for (index, column) in columns.enumerated() {
            let x = left + cellWidth * (Double(index) + 0.5)
            let text = column.count > 14 ? String(column.prefix(13)) + "…" : column
            svg.label(x, top - 10, text, anchor: .middle, size: 10)
        }
        for (rowIndex, row) in rows.enumerated() {
            let y = top + cellHeight * Double(rowIndex)
            svg.label(left - 8, y + 17, row, anchor: .end, size: 11)
            for columnIndex in columns.indices {
                let x = left + cellWidth * Double(columnIndex)
                if hidden[rowIndex][columnIndex] {
                    svg.rect(x + 1, y + 1, cellWidth - 2, cellHeight - 2, fill: theme.background, stroke: theme.grid)
                    svg.label(x + cellWidth / 2, y + 17, theme.words("hidden_cell"), anchor: .middle, size: 9, fill: theme.muted)
                } else if let value = cells[rowIndex][columnIndex] {
                    let fill = shade(value, scale, theme.heatmap)
                    svg.rect(x + 1, y + 1, cellWidth - 2, cellHeight - 2, fill: fill)
                    svg.label(x + cellWidth / 2, y + 17, Fixed.format(value, places: 2), anchor: .middle, size: 11, fill: theme.textOn(fill))
                } else {
                    svg.label(x + cellWidth / 2, y + 17, "–", anchor: .middle, size: 11, fill: theme.muted)
                }
            }
        }
        return svg.finished()
    }

    /// The palette's sequential scale (`heatmap`, five blues by default), from the scale's minimum to its maximum.
    static func shade(_ value: Double, _ scale: MaturityModel.Scale, _ steps: [String]) -> String {
        let fraction = (value - Double(scale.min)) / Double(scale.max - scale.min)
        // Clamped as a Double first: converting NaN or a huge value to Int would trap.
        let step = min(Double(steps.count - 1), max(0, (fraction * Double(steps.count)).rounded(.down)))
        return steps[step.isNaN ? 0 : Int(step)]
    }
}

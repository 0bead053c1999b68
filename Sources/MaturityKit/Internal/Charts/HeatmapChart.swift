/// Dimensions × groups. The first column is the whole organisation's score; each group's cell is coloured by
/// how far its score lies from that (a diverging scale, level in the middle), labelled with the score in
/// whichever text colour contrasts more with the fill, and marked with a triangle where the group differs from
/// the rest of the organisation beyond the noise. Cells of hidden groups carry no figure and no marker.
enum HeatmapChart {
    struct Cell {
        var score: Double?
        /// The group's score minus the organisation's.
        var difference: Double?
        var beyondNoise = false
        var hidden = false
    }

    struct Grid {
        var rows: [String]
        var organisation: [Double?]
        var columns: [String]
        var cells: [[Cell]]
    }

    static let cellHeight = 28.0

    static func svg(_ grid: Grid, scale: MaturityModel.Scale, title: String, description: String, id: String, theme: ChartTheme) -> String {
        let layout = HeatmapLayout(grid, theme: theme)
        let bounds = steps(scale)
        var svg = SVGWriter(width: layout.width, height: layout.height, title: title, description: description, id: id, theme: theme)
        let headers = [theme.words("whole_organisation")] + grid.columns
        for (index, lines) in headers.map(layout.wrap).enumerated() {
            let x = layout.x(column: index) + layout.cellWidth / 2
            for (line, text) in lines.enumerated() {
                let y = layout.top - 8 - HeatmapLayout.lineHeight * Double(lines.count - 1 - line)
                svg.label(x, y, text, anchor: .middle, size: HeatmapLayout.headerSize, weight: index == 0 ? "bold" : nil)
            }
        }
        for (rowIndex, row) in grid.rows.enumerated() {
            let y = layout.top + cellHeight * Double(rowIndex), middle = y + cellHeight / 2 + 4
            svg.label(layout.left - 8, middle, row, anchor: .end, size: HeatmapLayout.rowSize)
            svg.rect(layout.x(column: 0) + 1, y + 1, layout.cellWidth - 2, cellHeight - 2, fill: theme.background, stroke: theme.text)
            svg.label(
                layout.x(column: 0) + layout.cellWidth / 2, middle, theme.words.numbers.score(grid.organisation[rowIndex]), anchor: .middle, size: 12,
                weight: "bold")
            for (columnIndex, cell) in grid.cells[rowIndex].enumerated() {
                let x = layout.x(column: columnIndex + 1)
                if cell.hidden {
                    svg.rect(x + 1, y + 1, layout.cellWidth - 2, cellHeight - 2, fill: theme.background, stroke: theme.grid)
                    svg.label(x + layout.cellWidth / 2, middle, theme.words("hidden_cell"), anchor: .middle, size: 12, fill: theme.muted)
                } else if let score = cell.score {
                    let fill = theme.heatmapDiverging[step(cell.difference ?? 0, bounds)]
                    let ink = theme.readableText(on: fill)
                    svg.rect(x + 1, y + 1, layout.cellWidth - 2, cellHeight - 2, fill: fill, stroke: theme.grid)
                    svg.label(x + layout.cellWidth / 2, middle, theme.words.numbers.score(score), anchor: .middle, size: 12, fill: ink)
                    if cell.beyondNoise { marker(&svg, x: x + layout.cellWidth - 9, y: y + 9, up: (cell.difference ?? 0) > 0, fill: ink) }
                } else {
                    svg.label(x + layout.cellWidth / 2, middle, NumberStyle.none, anchor: .middle, size: 12, fill: theme.muted)
                }
            }
        }
        HeatmapLegend.draw(&svg, layout: layout, bounds: bounds, theme: theme)
        return svg.finished()
    }

    /// A small triangle, pointing up for a group above the rest of the organisation and down for one below.
    static func marker(_ svg: inout SVGWriter, x: Double, y: Double, up: Bool, fill: String) {
        let points = up ? [(x - 4.5, y + 3.5), (x + 4.5, y + 3.5), (x, y - 4)] : [(x - 4.5, y - 3.5), (x + 4.5, y - 3.5), (x, y + 4)]
        svg.polygon(points, fill: fill, stroke: fill, width: 0.5, fillOpacity: 1)
    }

    /// The three differences (in points) where the colour changes on each side: 0.10, 0.25 and 0.50 on a 1–5
    /// scale, in proportion on other scales.
    static func steps(_ scale: MaturityModel.Scale) -> [Double] {
        let quarter = Double(scale.max - scale.min) / 4
        return [0.1, 0.25, 0.5].map { $0 * quarter }
    }

    /// The colour of a difference, 0 (well below) to 6 (well above), judged on the difference as shown (two
    /// decimals), so a cell's colour agrees with the figures in the table.
    static func step(_ difference: Double, _ bounds: [Double]) -> Int {
        let shown = Double(Fixed.format(difference, places: 2)) ?? 0
        let size = bounds.filter { abs(shown) >= $0 - 1e-9 }.count
        return shown < 0 ? 3 - size : 3 + size
    }
}

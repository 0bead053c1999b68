/// Sizes of the breakdown heatmap, worked out from its texts so that no row or column label is ever cut:
/// column headers wrap at spaces and the columns grow to their longest word. Text widths are estimated
/// generously per character (no font metrics in a static site).
struct HeatmapLayout {
    static let headerSize = 12.0, rowSize = 12.0, lineHeight = 15.0
    /// Estimated width of one character, per point of font size.
    static let characterWidth = 0.62
    /// The legend's height under the grid.
    static let legendHeight = 84.0

    let left: Double, cellWidth: Double, top: Double, width: Double, height: Double, gridBottom: Double
    /// One colour of the legend: wide enough for the words at either end to sit side by side above the seven.
    let swatch: Double
    let columnCount: Int

    init(_ grid: HeatmapChart.Grid, theme: ChartTheme) {
        let headers = [theme.words("whole_organisation")] + grid.columns
        let longestWord = headers.flatMap { $0.split(separator: " ") }.map(\.count).max() ?? 4
        let cellWidth = max(64, Self.width(longestWord, size: Self.headerSize) + 10)
        self.cellWidth = cellWidth
        left = max(100, Self.width(grid.rows.map(\.count).max() ?? 0, size: Self.rowSize) + 16)
        columnCount = headers.count
        let lines = headers.map { Self.wrap($0, width: cellWidth - 6).count }.max() ?? 1
        top = 14 + Self.lineHeight * Double(lines)
        gridBottom = top + HeatmapChart.cellHeight * Double(grid.rows.count)
        let ends = theme.words("heatmap_legend_below").count + theme.words("heatmap_legend_above").count
        swatch = max(40, (Self.width(ends, size: 12) + 24) / 7)
        let marker = Self.width(theme.words("heatmap_legend_marker").count, size: 12) + 47
        width = max(left + cellWidth * Double(columnCount) + 12, swatch * 7 + 20, marker)
        height = gridBottom + Self.legendHeight
    }

    func x(column: Int) -> Double { left + cellWidth * Double(column) }

    func wrap(_ text: String) -> [String] { Self.wrap(text, width: cellWidth - 6) }

    static func width(_ characters: Int, size: Double) -> Double { Double(characters) * size * characterWidth }

    /// Words joined into lines no wider than `width`; a word longer than that gets a line of its own (the
    /// columns are made wide enough for the longest word, so it still fits).
    static func wrap(_ text: String, width: Double) -> [String] {
        var lines: [String] = []
        for word in text.split(separator: " ") {
            if let last = lines.last, Self.width(last.count + 1 + word.count, size: headerSize) <= width {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(String(word))
            }
        }
        return lines.isEmpty ? [""] : lines
    }
}

/// The heatmap's key, under the grid: the seven colours with the differences where each begins, the words
/// for either end, and the marker for a group that differs from the rest beyond the noise.
enum HeatmapLegend {
    static func draw(_ svg: inout SVGWriter, layout: HeatmapLayout, bounds: [Double], theme: ChartTheme) {
        let x0 = 10.0, y = layout.gridBottom + 24, swatch = layout.swatch
        svg.label(x0, y, theme.words("heatmap_legend_below"), size: 12, fill: theme.muted)
        let right = x0 + swatch * 7
        svg.label(right, y, theme.words("heatmap_legend_above"), anchor: .end, size: 12, fill: theme.muted)
        for (index, colour) in theme.heatmapDiverging.enumerated() {
            svg.rect(x0 + swatch * Double(index), y + 6, swatch, 12, fill: colour, stroke: theme.grid)
        }
        let edges = bounds.reversed().map { -$0 } + bounds
        for (index, edge) in edges.enumerated() {
            let x = x0 + swatch * Double(index + 1)
            svg.line(x, y + 6, x, y + 22, stroke: theme.muted)
            svg.label(x, y + 32, theme.words.numbers.change(edge), anchor: .middle, size: 12, fill: theme.muted)
        }
        let markerY = y + 48
        HeatmapChart.marker(&svg, x: x0 + 5, y: markerY - 4, up: true, fill: theme.text)
        HeatmapChart.marker(&svg, x: x0 + 17, y: markerY - 4, up: false, fill: theme.text)
        svg.label(x0 + 27, markerY, theme.words("heatmap_legend_marker"), size: 12, fill: theme.text)
    }
}

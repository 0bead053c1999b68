/// Diverging stacked bars of the answers to each statement: disagreement extends left of the centre line,
/// agreement right, the neutral answer straddles it. Each segment wide enough carries its percentage. Rows are
/// labelled with the statement itself, shortened on a word boundary (the full text is in the table).
enum DistributionChart {
    struct Row {
        var label: String
        var counts: [Int]
        /// The label already broken into lines for each layout (see `labelLines`); nil to break it here.
        var wideLines: [String]? = nil
        var narrowLines: [String]? = nil
    }

    /// A label's lines in each layout. The same statements label the chart on every unit's page, so the view
    /// step breaks them once per build.
    static func labelLines(_ label: String) -> (wide: [String], narrow: [String]) {
        (ChartText.lines(label, width: 250 - 14, size: 12, limit: 2), ChartText.lines(label, width: ChartLayout.narrowWidth - 20, size: 12, limit: 2))
    }

    static func svg(
        rows: [Row], labels: [String], layout: ChartLayout = .wide, title: String, description: String, id: String, theme: ChartTheme
    ) -> String {
        let narrow = layout == .narrow, size = 12.0, lineStep = 15.0
        let width = narrow ? ChartLayout.narrowWidth : 720.0
        let labelWidth = narrow ? 0.0 : 250.0, barHeight = 20.0
        let plotLeft = narrow ? 10.0 : labelWidth + 10, plotWidth = width - plotLeft - 10, centre = plotLeft + plotWidth / 2
        let texts = rows.map { row in
            (narrow ? row.narrowLines : row.wideLines) ?? ChartText.lines(row.label, width: narrow ? width - 20 : labelWidth - 14, size: size, limit: 2)
        }
        let heights = texts.map { narrow ? Double($0.count) * lineStep + barHeight + 14 : max(32, Double($0.count) * lineStep + 8) }
        let top = 40.0, plotBottom = top + heights.reduce(0, +)
        let legendHeight = LegendLayout.height(labels: labels, keyWidth: 12, left: plotLeft, right: width - 10)
        var svg = SVGWriter(width: width, height: plotBottom + 14 + legendHeight, title: title, description: description, id: layout.id(id), theme: theme)
        let colours = theme.diverging(points: labels.count)
        let middle = Double(labels.count - 1) / 2
        for tick in narrow ? [-100.0, 0, 100] : [-100.0, -50, 0, 50, 100] {
            let x = centre + tick / 100 * plotWidth / 2
            svg.line(x, top - 6, x, plotBottom, stroke: tick == 0 ? theme.muted : theme.grid, width: tick == 0 ? 1.5 : 1)
            let anchor: SVGWriter.Anchor = tick == -100 ? .start : (tick == 100 ? .end : .middle)
            svg.label(x, top - 12, theme.words.numbers.percent(Double(Int(abs(tick))), places: 0), anchor: anchor, size: size, fill: theme.muted)
        }
        var y = top
        for (rowIndex, row) in rows.enumerated() {
            let barTop: Double
            if narrow {
                svg.lines(10, y + 13, texts[rowIndex], size: size, halo: true)
                barTop = y + Double(texts[rowIndex].count) * lineStep + 4
            } else {
                barTop = y + (heights[rowIndex] - barHeight) / 2
                svg.lines(labelWidth - 4, barTop + 14 - Double(texts[rowIndex].count - 1) * lineStep / 2, texts[rowIndex], anchor: .end, size: size)
            }
            // On a phone the bars carry no percentages: the table under the chart has every count.
            bar(
                &svg, row.counts, top: barTop, height: barHeight, centre: centre, half: plotWidth / 2, middle: middle, colours: colours,
                labelled: !narrow, theme: theme)
            y += heights[rowIndex]
        }
        var legend = LegendLayout(left: plotLeft, right: width - 10, top: plotBottom + 26)
        for (index, label) in labels.enumerated() {
            let at = legend.place(keyWidth: 12, label: label)
            svg.rect(at.x, at.y - 10, 12, 12, fill: colours[index], stroke: theme.muted)
            svg.label(at.x + 18, at.y, label, size: size)
        }
        return svg.finished()
    }

    private static func bar(
        _ svg: inout SVGWriter, _ counts: [Int], top: Double, height: Double, centre: Double, half: Double, middle: Double, colours: [String],
        labelled: Bool, theme: ChartTheme
    ) {
        let total = Double(max(counts.reduce(0, +), 1))
        let shares = counts.map { Double($0) / total }
        // Left edge: everything that disagrees plus half of the neutral share lies left of the centre.
        var leftShare = 0.0
        for (index, share) in shares.enumerated() {
            if Double(index) < middle { leftShare += share } else if Double(index) == middle { leftShare += share / 2 }
        }
        var x = centre - leftShare * half
        for (index, share) in shares.enumerated() {
            let segment = share * half
            svg.rect(x, top, segment, height, fill: colours[index])
            if labelled, segment >= 34 {
                let text = theme.words.numbers.percent(share * 100, places: 0)
                svg.label(x + segment / 2, top + 15, text, anchor: .middle, size: 12, fill: theme.textOn(colours[index]))
            }
            x += segment
        }
    }
}

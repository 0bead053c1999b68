/// Diverging stacked bars of the answers to each item: disagreement extends left of the centre line,
/// agreement right, the neutral answer straddles it. Each segment wide enough carries its percentage.
enum DistributionChart {
    struct Row {
        var label: String
        var counts: [Int]
    }

    static func svg(rows: [Row], labels: [String], title: String, description: String, id: String, theme: ChartTheme) -> String {
        let width = 720.0, labelWidth = 90.0, rowHeight = 30.0, top = 40.0
        let plotWidth = width - labelWidth - 20, centre = labelWidth + plotWidth / 2
        let height = top + Double(rows.count) * rowHeight + 50
        var svg = SVGWriter(width: width, height: height, title: title, description: description, id: id, theme: theme)
        let points = labels.count
        let colours = theme.diverging(points: points)
        let middle = Double(points - 1) / 2
        for tick in [-100.0, -50, 0, 50, 100] {
            let x = centre + tick / 100 * plotWidth / 2
            svg.line(x, top - 6, x, top + Double(rows.count) * rowHeight, stroke: tick == 0 ? theme.muted : theme.grid, width: tick == 0 ? 1.5 : 1)
            svg.label(x, top - 12, "\(Int(abs(tick)))%", anchor: .middle, size: 10, fill: theme.muted)
        }
        for (rowIndex, row) in rows.enumerated() {
            let y = top + Double(rowIndex) * rowHeight + 5
            svg.label(labelWidth - 8, y + 15, row.label, anchor: .end, size: 12)
            let total = Double(max(row.counts.reduce(0, +), 1))
            let shares = row.counts.map { Double($0) / total }
            // Left edge: everything that disagrees plus half of the neutral share lies left of the centre.
            var leftShare = 0.0
            for (index, share) in shares.enumerated() {
                if Double(index) < middle { leftShare += share } else if Double(index) == middle { leftShare += share / 2 }
            }
            var x = centre - leftShare * plotWidth / 2
            for (index, share) in shares.enumerated() {
                let segment = share * plotWidth / 2
                svg.rect(x, y, segment, rowHeight - 10, fill: colours[index])
                if segment >= 26 {
                    svg.label(
                        x + segment / 2, y + 14, Fixed.format(share * 100, places: 0) + "%", anchor: .middle, size: 10, fill: theme.textOn(colours[index]))
                }
                x += segment
            }
        }
        // Legend in answer order.
        var x = labelWidth
        let legendY = top + Double(rows.count) * rowHeight + 22
        for (index, label) in labels.enumerated() {
            svg.rect(x, legendY - 10, 12, 12, fill: colours[index], stroke: theme.muted)
            svg.label(x + 16, legendY, label, size: 11)
            x += 26 + Double(label.count) * 6.2
        }
        return svg.finished()
    }
}

/// Points on two axes, each labelled, with optional quadrant lines and quadrant names: the drivers of NPS
/// (performance against importance) and maturity against an outcome across units. Labels that would collide
/// are moved down until they clear each other.
enum ScatterChart {
    struct Point {
        var label: String
        var x: Double
        var y: Double
    }

    struct Axis {
        var title: String
        var range: ClosedRange<Double>
        var ticks: [Double]
        var format: (Double) -> String
    }

    /// `split`: where the quadrant lines cross, with the quadrants' names clockwise from the top left.
    static func svg(
        _ points: [Point], x xAxis: Axis, y yAxis: Axis, split: (x: Double, y: Double, names: [String])? = nil, layout: ChartLayout = .wide,
        title: String, description: String, id: String, theme: ChartTheme
    ) -> String {
        let width = layout == .narrow ? ChartLayout.narrowWidth : 560.0
        let height = layout == .narrow ? 300.0 : 340.0
        let left = 48.0, right = 16.0, top = 16.0, bottom = 46.0, size = 12.0
        var svg = SVGWriter(width: width, height: height, title: title, description: description, id: layout.id(id), theme: theme)
        func x(_ value: Double) -> Double {
            left + (min(max(value, xAxis.range.lowerBound), xAxis.range.upperBound) - xAxis.range.lowerBound)
                / max(xAxis.range.upperBound - xAxis.range.lowerBound, 1e-9) * (width - left - right)
        }
        func y(_ value: Double) -> Double {
            top + (yAxis.range.upperBound - min(max(value, yAxis.range.lowerBound), yAxis.range.upperBound))
                / max(yAxis.range.upperBound - yAxis.range.lowerBound, 1e-9) * (height - top - bottom)
        }
        for tick in xAxis.ticks {
            svg.line(x(tick), top, x(tick), height - bottom, stroke: theme.grid)
            svg.label(x(tick), height - bottom + 16, xAxis.format(tick), anchor: .middle, size: size, fill: theme.muted)
        }
        for tick in yAxis.ticks {
            svg.line(left, y(tick), width - right, y(tick), stroke: theme.grid)
            svg.label(left - 6, y(tick) + 4, yAxis.format(tick), anchor: .end, size: size, fill: theme.muted)
        }
        svg.label((left + width - right) / 2, height - 6, xAxis.title, anchor: .middle, size: size)
        svg.verticalLabel(12, (top + height - bottom) / 2, yAxis.title, size: size)
        if let split {
            svg.line(x(split.x), top, x(split.x), height - bottom, stroke: theme.muted, width: 1.5, dash: "5 4")
            svg.line(left, y(split.y), width - right, y(split.y), stroke: theme.muted, width: 1.5, dash: "5 4")
            let corners: [(Double, Double, SVGWriter.Anchor)] = [
                (left + 6, top + 14, .start), (width - right - 6, top + 14, .end),
                (width - right - 6, height - bottom - 8, .end), (left + 6, height - bottom - 8, .start),
            ]
            // Each name keeps to its half of the plot, on two lines where it must; the bottom ones grow upwards.
            let room = (width - left - right) / 2 - 14
            for (index, (name, corner)) in zip(split.names, corners).enumerated() {
                let lines = ChartText.lines(name, width: room, size: size, limit: 2)
                let top = index >= 2 ? corner.1 - Double(lines.count - 1) * size * 1.25 : corner.1
                for (offset, line) in lines.enumerated() {
                    svg.label(corner.0, top + Double(offset) * size * 1.25, line, anchor: corner.2, size: size, weight: "bold", fill: theme.muted, halo: true)
                }
            }
        }
        var placed: [(x: Double, y: Double, width: Double)] = []
        for point in points.sorted(by: { ($0.y, $0.label) > ($1.y, $1.label) }) {
            let (px, py) = (x(point.x), y(point.y))
            svg.circle(px, py, 5, fill: theme.current, stroke: theme.background)
            let text = ChartText.shortened(point.label, width: 150, size: size)
            let textWidth = ChartText.width(text, size: size)
            let toLeft = px + 8 + textWidth > width - right
            var labelX = toLeft ? px - 8 - textWidth : px + 8, labelY = py + 4
            while placed.contains(where: { abs($0.y - labelY) < size + 2 && labelX < $0.x + $0.width && $0.x < labelX + textWidth }) { labelY += size + 2 }
            labelX = max(2, labelX)
            placed.append((labelX, labelY, textWidth))
            svg.label(labelX, labelY, text, size: size, halo: true)
        }
        return svg.finished()
    }
}

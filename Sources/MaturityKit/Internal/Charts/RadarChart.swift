import Foundation

/// A radar (spider) chart: one spoke per dimension, rings at the scale points, one closed line per series.
enum RadarChart {
    struct Series {
        var name: String
        var values: [Double?]
        var colour: String
        var dash: String?
        var marker: String
    }

    static func svg(axes: [String], series: [Series], scale: MaturityModel.Scale, title: String, description: String, id: String, theme: ChartTheme) -> String {
        let width = 680.0, size = 480.0, centreX = width / 2, centre = size / 2, radius = 165.0
        let legendHeight = LegendLayout.height(labels: series.map(\.name), keyWidth: 30, left: 20, right: width - 20)
        var svg = SVGWriter(width: width, height: size + 12 + legendHeight, title: title, description: description, id: id, theme: theme)
        let count = max(axes.count, 3)
        func point(_ index: Int, _ value: Double) -> (Double, Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(count)
            let fraction = (value - Double(scale.min)) / Double(scale.max - scale.min)
            return (centreX + cos(angle) * radius * fraction, centre + sin(angle) * radius * fraction)
        }
        for ring in scale.min...scale.max where ring > scale.min {
            svg.polygon((0..<count).map { point($0, Double(ring)) }, fill: "none", stroke: theme.grid, width: 1, fillOpacity: 0)
        }
        for (index, axis) in axes.enumerated() {
            let (x, y) = point(index, Double(scale.max))
            svg.line(centreX, centre, x, y, stroke: theme.grid)
            let (lx, ly) = point(index, Double(scale.max) + Double(scale.max - scale.min) * 0.14)
            let anchor: SVGWriter.Anchor = abs(lx - centreX) < 8 ? .middle : (lx < centreX ? .end : .start)
            let lines = wrap(axis)
            for (offset, text) in lines.enumerated() {
                svg.label(lx, ly + 4 + (Double(offset) - Double(lines.count - 1) / 2) * 14, text, anchor: anchor, size: 12)
            }
        }
        for entry in series {
            // An axis without a value (a dimension not measured or withheld) gets no point: the line joins its
            // neighbours rather than dropping to the centre, which would read as the lowest score.
            let points = entry.values.enumerated().compactMap { index, value in value.map { point(index, $0) } }
            svg.polygon(points, fill: entry.colour, stroke: entry.colour, width: 2.5, dash: entry.dash, fillOpacity: entry.dash == nil ? 0.12 : 0)
            for (x, y) in points { marker(&svg, entry.marker, x, y, entry.colour, theme) }
        }
        // Ring values last, so that no line crosses them.
        for ring in scale.min...scale.max where ring > scale.min {
            let (x, y) = point(0, Double(ring))
            svg.rect(x + 3, y - 6, 10, 13, fill: theme.background)
            svg.label(x + 5, y + 4, theme.words.numbers.integer(ring), size: 10, fill: theme.muted)
        }
        // Legend: line style and marker shape, so that colour is not the only cue; it wraps rather than runs off.
        var legend = LegendLayout(left: 20, right: width - 20, top: size + 24)
        for entry in series {
            let at = legend.place(keyWidth: 30, label: entry.name)
            svg.line(at.x, at.y - 4, at.x + 30, at.y - 4, stroke: entry.colour, width: 2.5, dash: entry.dash)
            marker(&svg, entry.marker, at.x + 15, at.y - 4, entry.colour, theme)
            svg.label(at.x + 36, at.y, entry.name, size: 12)
        }
        return svg.finished()
    }

    /// Splits a long axis label at the space nearest its middle.
    static func wrap(_ label: String) -> [String] {
        guard label.count > 16 else { return [label] }
        let characters = Array(label)
        let spaces = characters.indices.filter { characters[$0] == " " }
        guard let split = spaces.min(by: { abs($0 - characters.count / 2) < abs($1 - characters.count / 2) }) else { return [label] }
        return [String(characters[..<split]), String(characters[(split + 1)...])]
    }

    static func marker(_ svg: inout SVGWriter, _ shape: String, _ x: Double, _ y: Double, _ colour: String, _ theme: ChartTheme) {
        if shape == "square" {
            svg.rect(x - 4, y - 4, 8, 8, fill: theme.background, stroke: colour)
        } else {
            svg.circle(x, y, 4, fill: colour)
        }
    }
}

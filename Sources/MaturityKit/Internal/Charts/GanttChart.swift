/// A timeline of initiatives by quarter: one bar per initiative, grouped by dimension, filled by status and
/// labelled with it (colour is never the only cue), overdue bars outlined, and a line at the report date.
/// Names wrap to two lines rather than being cut; every text is drawn last, with a halo, so no line crosses it.
enum GanttChart {
    struct Bar {
        var label: String
        var group: String
        var first: Int
        var last: Int
        var status: Initiative.Status
        var overdue: Bool
    }

    static func svg(
        bars: [Bar], reportMonth: Int, layout: ChartLayout = .wide, title: String, description: String, id: String, theme: ChartTheme
    ) -> String {
        let narrow = layout == .narrow, size = 12.0, lineStep = 15.0
        let width = narrow ? ChartLayout.narrowWidth : 760.0, left = narrow ? 10.0 : 270.0, right = 12.0, top = 48.0
        let groupGap = 26.0, barHeight = 18.0
        let firstQuarter = ((bars.map(\.first).min() ?? reportMonth) / 3), lastQuarter = ((bars.map(\.last).max() ?? reportMonth) / 3)
        let startMonth = min(firstQuarter * 3, reportMonth / 3 * 3), endMonth = max(lastQuarter * 3 + 3, reportMonth / 3 * 3 + 3)
        func x(_ month: Int) -> Double { left + Double(month - startMonth) / Double(endMonth - startMonth) * (width - left - right) }
        let groups = bars.reduce(into: [String]()) { if !$0.contains($1.group) { $0.append($1.group) } }
        let names = bars.map { ChartText.lines($0.label, width: narrow ? width - 20 : left - 30, size: size, limit: 2) }
        let heights = names.map { narrow ? Double($0.count) * lineStep + barHeight + 10 : max(28, Double($0.count) * lineStep + 10) }
        let plotBottom = top + heights.reduce(0, +) + Double(groups.count) * groupGap
        let legend = Initiative.Status.allCases.map { theme.words($0.wordKey) }
        let legendHeight = LegendLayout.height(labels: legend, keyWidth: 14, left: 10, right: width - 10)
        var svg = SVGWriter(width: width, height: plotBottom + 30 + legendHeight, title: title, description: description, id: layout.id(id), theme: theme)
        quarters(&svg, from: startMonth, to: endMonth, top: top, bottom: plotBottom, narrow: narrow, x: x, theme: theme)
        var texts: [(x: Double, y: Double, lines: [String], weight: String?, fill: String?, halo: String)] = []
        var y = top
        for group in groups {
            y += groupGap
            texts.append((8, y - 8, [group], "600", nil, theme.background))
            for (index, bar) in bars.enumerated() where bar.group == group {
                let barTop = narrow ? y + Double(names[index].count) * lineStep + 4 : y + (heights[index] - barHeight) / 2
                texts.append(
                    (narrow ? 10 : 16, narrow ? y + 12 : barTop + 14 - Double(names[index].count - 1) * lineStep / 2, names[index], nil, nil, theme.background))
                let x0 = x(bar.first), x1 = x(bar.last + 1)
                svg.rect(x0, barTop, x1 - x0, barHeight, fill: theme.status(bar.status), stroke: bar.overdue ? theme.alert : nil)
                let text = theme.words(bar.overdue ? "gantt_status_overdue" : "gantt_status", ["status": theme.words(bar.status.wordKey)])
                let fits = x1 - x0 > ChartText.width(text, size: size) + 8
                let after = x1 + 4 + ChartText.width(text, size: size) <= width ? x1 + 4 : x0 - 4 - ChartText.width(text, size: size)
                // The halo is the colour behind the text: the bar's inside it, the page's outside.
                texts.append(
                    (
                        fits ? x0 + 4 : after, barTop + 14, [text], bar.overdue ? "700" : nil,
                        fits ? theme.textOn(theme.status(bar.status)) : (bar.overdue ? theme.alert : theme.text),
                        fits ? theme.status(bar.status) : theme.background
                    ))
                y += heights[index]
            }
        }
        let marker = x(reportMonth) + (x(reportMonth + 1) - x(reportMonth)) / 2
        svg.line(marker, top - 2, marker, plotBottom + 4, stroke: theme.alert, width: 2, dash: "5 3")
        for text in texts {
            for (line, content) in text.lines.enumerated() {
                svg.label(text.x, text.y + Double(line) * lineStep, content, size: size, weight: text.weight, fill: text.fill, haloColour: text.halo)
            }
        }
        svg.label(
            min(max(marker, 50), width - 50), plotBottom + 20, theme.words("gantt_report_date"), anchor: .middle, size: size, fill: theme.alert, halo: true)
        var place = LegendLayout(left: 10, right: width - 10, top: plotBottom + 48)
        for (status, label) in zip(Initiative.Status.allCases, legend) {
            let at = place.place(keyWidth: 14, label: label)
            svg.rect(at.x, at.y - 10, 14, 12, fill: theme.status(status))
            svg.label(at.x + 20, at.y, label, size: size)
        }
        return svg.finished()
    }

    /// Quarter columns and their labels; where "Q3 2026" would not fit its column, the year goes on a second
    /// line, at the first quarter shown and at each new year.
    private static func quarters(
        _ svg: inout SVGWriter, from start: Int, to end: Int, top: Double, bottom: Double, narrow: Bool, x: (Int) -> Double, theme: ChartTheme
    ) {
        var quarter = start
        while quarter < end {
            svg.line(x(quarter), top - 4, x(quarter), bottom, stroke: theme.grid)
            let centre = (x(quarter) + x(quarter + 3)) / 2
            let number = theme.words.numbers.digits(String(quarter % 12 / 3 + 1)), year = theme.words.numbers.digits(String(quarter / 12))
            if narrow || ChartText.width("Q4 0000", size: 12) + 6 > x(quarter + 3) - x(quarter) {
                svg.label(centre, top - 24, theme.words("quarter_short", ["quarter": number]), anchor: .middle, size: 12, fill: theme.muted)
                if quarter == start || quarter % 12 == 0 { svg.label(centre, top - 9, year, anchor: .middle, size: 12, fill: theme.muted) }
            } else {
                svg.label(centre, top - 12, theme.words("quarter", ["quarter": number, "year": year]), anchor: .middle, size: 12, fill: theme.muted)
            }
            quarter += 3
        }
    }
}

/// A timeline of initiatives by quarter: one bar per initiative, grouped by dimension, filled by status and
/// labelled with it (colour is never the only cue), overdue bars outlined, and a line at the report date.
enum GanttChart {
    struct Bar {
        var label: String
        var group: String
        var first: Int
        var last: Int
        var status: Initiative.Status
        var overdue: Bool
    }

    static func svg(bars: [Bar], reportMonth: Int, title: String, description: String, id: String, theme: ChartTheme) -> String {
        let width = 760.0, left = 240.0, right = 16.0, top = 40.0, rowHeight = 26.0, groupGap = 22.0
        let firstQuarter = ((bars.map(\.first).min() ?? reportMonth) / 3), lastQuarter = ((bars.map(\.last).max() ?? reportMonth) / 3)
        let startMonth = min(firstQuarter * 3, reportMonth / 3 * 3), endMonth = max(lastQuarter * 3 + 3, reportMonth / 3 * 3 + 3)
        let plot = width - left - right
        func x(_ month: Int) -> Double { left + Double(month - startMonth) / Double(endMonth - startMonth) * plot }
        let groups = bars.reduce(into: [String]()) { if !$0.contains($1.group) { $0.append($1.group) } }
        let height = top + Double(bars.count) * rowHeight + Double(groups.count) * groupGap + 70
        var svg = SVGWriter(width: width, height: height, title: title, description: description, id: id, theme: theme)
        var quarter = startMonth
        while quarter < endMonth {
            svg.line(x(quarter), top - 4, x(quarter), height - 60, stroke: theme.grid)
            svg.label(
                (x(quarter) + x(quarter + 3)) / 2, top - 12, theme.words("quarter", ["quarter": String(quarter % 12 / 3 + 1), "year": String(quarter / 12)]),
                anchor: .middle, size: 10, fill: theme.muted)
            quarter += 3
        }
        var y = top
        for group in groups {
            y += groupGap
            svg.label(8, y - 6, group, size: 12, weight: "600")
            for bar in bars where bar.group == group {
                svg.label(16, y + 16, bar.label.count > 34 ? String(bar.label.prefix(33)) + "…" : bar.label, size: 11)
                let x0 = x(bar.first), x1 = x(bar.last + 1)
                svg.rect(x0, y + 4, x1 - x0, rowHeight - 8, fill: theme.status(bar.status), stroke: bar.overdue ? theme.alert : nil)
                let text = theme.words(bar.overdue ? "gantt_status_overdue" : "gantt_status", ["status": theme.words(bar.status.wordKey)])
                let fits = x1 - x0 > Double(text.count) * 6.2 + 8
                svg.label(
                    fits ? x0 + 4 : x1 + 4, y + 17, text, size: 10, weight: bar.overdue ? "700" : nil,
                    fill: fits ? theme.textOn(theme.status(bar.status)) : (bar.overdue ? theme.alert : theme.text))
                y += rowHeight
            }
        }
        let marker = x(reportMonth) + (x(reportMonth + 1) - x(reportMonth)) / 2
        svg.line(marker, top - 2, marker, y + 4, stroke: theme.alert, width: 2, dash: "5 3")
        svg.label(marker, y + 18, theme.words("gantt_report_date"), anchor: .middle, size: 10, fill: theme.alert)
        var legendX = 16.0
        let legendY = height - 16
        for status in Initiative.Status.allCases {
            svg.rect(legendX, legendY - 10, 14, 12, fill: theme.status(status))
            let label = theme.words(status.wordKey)
            svg.label(legendX + 18, legendY, label, size: 11)
            legendX += 34 + Double(label.count) * 6.5
        }
        return svg.finished()
    }
}

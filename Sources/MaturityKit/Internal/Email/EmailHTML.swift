/// `email/summary.html`: the overview as an email that Outlook for Windows and Gmail render as intended.
/// Those clients ignore or strip `<style>`, SVG and blocked images, so everything here is a table with inline
/// `style` attributes (and the old `bgcolor`/`width` attributes Outlook's Word engine honours): charts are
/// coloured table cells, and every figure is also written as text. 600 pixels wide, no script, no image,
/// nothing fetched; every text is escaped.
enum EmailHTML {
    static let font = "font-family:Arial,Helvetica,sans-serif;"
    /// Colours: text and muted text pass WCAG AA (4.5:1) on white and on the page background; bar colours
    /// (the site's colour-blind-safe palette) pass the 3:1 that graphics need.
    static let text = "#1a1a1a", muted = "#595959", page = "#f3f4f6", rule = "#d0d4d9", track = "#e3e6ea"
    static let scoreBar = Palette.current, targetBar = Palette.target, targetText = Palette.targetText
    static let benchmarkBar = "#009e73", benchmarkText = "#00704f"
    /// Gmail clips a message whose HTML is larger than about 102 KB.
    static let sizeLimit = 100 * 1024

    static func render(_ view: EmailView) -> String {
        var html: [String] = []
        html.append("<!DOCTYPE html>")
        html.append("<html lang=\"en\">")
        html.append("<head>")
        html.append("<meta charset=\"utf-8\">")
        html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        html.append("<meta name=\"color-scheme\" content=\"light\">")
        html.append("<title>\(e(view.title)) – \(e(view.organisation))</title>")
        html.append("</head>")
        html.append("<body style=\"margin:0;padding:0;background-color:\(page);\">")
        html.append(table(width: "100%", style: "width:100%;background-color:\(page);", bgcolor: page))
        html.append("<tr><td align=\"center\" style=\"padding:24px 8px;\">")
        html.append(table(width: "600", style: "width:600px;max-width:600px;background-color:#ffffff;border:1px solid \(rule);", bgcolor: "#ffffff"))
        html += header(view)
        html += overall(view)
        html += chart(view)
        html += highlights("Strengths", intro: "The highest-scoring dimensions.", view.strengths, empty: "No dimension has a score yet.", view: view)
        html += highlights("Gaps", intro: "The dimensions furthest below their target stage.", view.gaps, empty: "Every dimension has reached its target stage.", view: view)
        html += links(view)
        html += footer(view)
        html.append("</table>")
        html.append("</td></tr>")
        html.append("</table>")
        html.append("</body>")
        html.append("</html>")
        return html.joined(separator: "\n") + "\n"
    }

    // MARK: Sections

    private static func header(_ view: EmailView) -> [String] {
        let colour = view.primaryColor
        return [
            "<tr><td bgcolor=\"\(colour)\" style=\"background-color:\(colour);padding:20px 24px;\(font)color:#ffffff;\">",
            "<p style=\"margin:0;\(font)font-size:14px;line-height:20px;color:#ffffff;\">\(e(view.organisation))</p>",
            "<h1 style=\"margin:4px 0 0 0;\(font)font-size:24px;line-height:30px;font-weight:bold;color:#ffffff;\">\(e(view.title))</h1>",
            "<p style=\"margin:4px 0 0 0;\(font)font-size:14px;line-height:20px;color:#ffffff;\">\(e(view.reportDate))</p>",
            "</td></tr>",
        ]
    }

    private static func overall(_ view: EmailView) -> [String] {
        var ladder: [String] = []
        for (index, name) in view.stages.enumerated() {
            ladder.append(index == view.overallStageIndex ? "<strong style=\"color:\(text);\">\(e(name))</strong>" : e(name))
        }
        var lines = [
            "<tr><td style=\"padding:24px 24px 8px 24px;\">",
            table(width: "100%", style: "width:100%;"),
            "<tr>",
            "<td width=\"150\" valign=\"top\" style=\"width:150px;padding:0 16px 0 0;\(font)color:\(text);\">",
            "<p style=\"margin:0;\(font)font-size:14px;line-height:20px;color:\(muted);\">Overall score</p>",
            "<p style=\"margin:0;\(font)font-size:40px;line-height:46px;font-weight:bold;color:\(text);\">\(e(view.overallScore))</p>",
            "<p style=\"margin:0;\(font)font-size:14px;line-height:20px;color:\(muted);\">on a \(view.scaleMin)–\(view.scaleMax) scale</p>",
            "</td>",
            "<td valign=\"top\" style=\"\(font)color:\(text);\">",
            "<p style=\"margin:0;\(font)font-size:14px;line-height:20px;color:\(muted);\">Overall stage</p>",
            "<p style=\"margin:0;\(font)font-size:22px;line-height:30px;font-weight:bold;color:\(text);\">\(e(view.overallStage))</p>",
            "<p style=\"margin:4px 0 0 0;\(font)font-size:14px;line-height:20px;color:\(text);\">\(e(view.overallStageSummary))</p>",
            "<p style=\"margin:8px 0 0 0;\(font)font-size:13px;line-height:18px;color:\(muted);\">Stages: \(ladder.joined(separator: " → "))</p>",
            "</td>",
            "</tr>",
            "</table>",
            "<p style=\"margin:12px 0 0 0;\(font)font-size:13px;line-height:18px;color:\(muted);\">\(e(view.respondents)) respondents, wave \(e(view.waveLabel))\(view.previousWave.map { "; compared with \(e($0))" } ?? "").</p>",
            "</td></tr>",
        ]
        lines.append(divider())
        return lines
    }

    private static func chart(_ view: EmailView) -> [String] {
        var lines = [
            "<tr><td style=\"padding:16px 24px 8px 24px;\">",
            "<h2 style=\"margin:0 0 4px 0;\(font)font-size:18px;line-height:24px;font-weight:bold;color:\(text);\">Scores by dimension</h2>",
            "<p style=\"margin:0 0 8px 0;\(font)font-size:13px;line-height:18px;color:\(muted);\">Bars run from \(view.scaleMin) at the left to \(view.scaleMax) at the right.</p>",
            table(width: "100%", style: "width:100%;"),
            legendItem(scoreBar, height: 12, label: "Score", colour: text),
            legendItem(targetBar, height: 4, label: "Target stage threshold", colour: targetText),
        ]
        if let benchmark = view.benchmark {
            lines.append(legendItem(benchmarkBar, height: 4, label: benchmark.legend, colour: benchmarkText))
        }
        lines.append("</table>")
        lines.append(table(width: "100%", style: "width:100%;"))
        for row in view.rows { lines += dimensionRow(row, view: view) }
        lines.append("</table>")
        lines.append("</td></tr>")
        lines.append(divider())
        return lines
    }

    private static func legendItem(_ swatch: String, height: Int, label: String, colour: String) -> String {
        "<tr><td width=\"28\" style=\"width:28px;padding:4px 8px 4px 0;\">" + bar(1, colour: swatch, height: height, rest: nil)
            + "</td><td style=\"padding:2px 0;\(font)font-size:13px;line-height:18px;color:\(colour);\">\(e(label))</td></tr>"
    }

    private static func dimensionRow(_ row: EmailView.Row, view: EmailView) -> [String] {
        let name = view.link(row.href).map { anchor($0, row.name, colour: view.primaryColor) } ?? e(row.name)
        // Each note stays on one line; the legend above names the benchmark set.
        var notes = ["<span style=\"color:\(targetText);white-space:nowrap;\">Target \(e(row.target)) (\(e(row.targetThreshold)))</span>",
                     "<span style=\"white-space:nowrap;\">\(e(row.status))</span>"]
        if let median = row.benchmarkMedian {
            notes.append("<span style=\"color:\(benchmarkText);white-space:nowrap;\">Benchmark median \(e(median))</span>")
        }
        if let change = row.change, let previous = view.previousWaveID {
            notes.append("<span style=\"white-space:nowrap;\">\(e(change)) since \(e(previous))</span>")
        }
        var lines = [
            "<tr>",
            "<td style=\"padding:14px 0 4px 0;\(font)font-size:15px;line-height:20px;font-weight:bold;color:\(text);\">\(name)</td>",
            "<td align=\"right\" style=\"padding:14px 0 4px 0;\(font)font-size:15px;line-height:20px;color:\(text);white-space:nowrap;\"><strong>\(e(row.score))</strong> \(e(row.stage))</td>",
            "</tr>",
            "<tr><td colspan=\"2\" style=\"padding:0;\">",
            bar(row.scoreFraction ?? 0, colour: scoreBar, height: 14, rest: track),
            spacer(3),
            bar(row.targetFraction, colour: targetBar, height: 4, rest: nil),
        ]
        if let fraction = row.benchmarkFraction {
            lines.append(spacer(2))
            lines.append(bar(fraction, colour: benchmarkBar, height: 4, rest: nil))
        }
        lines.append("</td></tr>")
        lines.append("<tr><td colspan=\"2\" style=\"padding:4px 0 0 0;\(font)font-size:13px;line-height:18px;color:\(muted);\">\(notes.joined(separator: " · "))</td></tr>")
        return lines
    }

    private static func highlights(_ title: String, intro: String, _ items: [Highlight], empty: String, view: EmailView) -> [String] {
        var lines = [
            "<tr><td style=\"padding:16px 24px 12px 24px;\">",
            "<h2 style=\"margin:0 0 4px 0;\(font)font-size:18px;line-height:24px;font-weight:bold;color:\(text);\">\(e(title))</h2>",
            "<p style=\"margin:0 0 4px 0;\(font)font-size:13px;line-height:18px;color:\(muted);\">\(e(items.isEmpty ? empty : intro))</p>",
        ]
        if !items.isEmpty {
            lines.append(table(width: "100%", style: "width:100%;"))
            for (number, item) in items.enumerated() {
                let name = view.link(item.href).map { anchor($0, item.name, colour: view.primaryColor) } ?? e(item.name)
                lines.append("<tr><td width=\"24\" valign=\"top\" style=\"width:24px;padding:8px 0 0 0;\(font)font-size:15px;line-height:20px;font-weight:bold;color:\(text);\">\(number + 1).</td>")
                lines.append("<td valign=\"top\" style=\"padding:8px 0 0 0;\(font)font-size:15px;line-height:20px;color:\(text);\"><strong>\(name)</strong> – \(e(item.score)), \(e(item.stage))<br>")
                lines.append("<span style=\"font-size:13px;line-height:18px;color:\(muted);\">\(e(item.note))</span></td></tr>")
            }
            lines.append("</table>")
        }
        lines.append("</td></tr>")
        return lines
    }

    private static func links(_ view: EmailView) -> [String] {
        guard let index = view.link("index.html"), let roadmap = view.link("roadmap.html") else { return [] }
        let colour = view.primaryColor
        return [
            divider(),
            "<tr><td style=\"padding:16px 24px 8px 24px;\">",
            table(width: nil, style: ""),
            "<tr><td bgcolor=\"\(colour)\" style=\"background-color:\(colour);padding:10px 18px;\">"
                + "<a href=\"\(e(index))\" style=\"\(font)font-size:15px;line-height:20px;font-weight:bold;color:#ffffff;text-decoration:none;\">Open the full report</a></td></tr>",
            "</table>",
            "<p style=\"margin:12px 0 0 0;\(font)font-size:14px;line-height:20px;color:\(text);\">"
                + "\(anchor(index, "Overview", colour: colour)) · \(anchor(roadmap, "Roadmap", colour: colour)) · dimension pages: "
                + view.rows.map { anchor(view.link($0.href) ?? "", $0.name, colour: colour) }.joined(separator: ", ") + "</p>",
            "</td></tr>",
        ]
    }

    private static func footer(_ view: EmailView) -> [String] {
        var notes = ["\(view.title), \(view.organisation), \(view.reportDate)."]
        if let benchmark = view.benchmark, benchmark.illustrative {
            notes.append("The \(benchmark.name) benchmark figures are illustrative, not survey data.")
        }
        if view.siteURL == nil { notes.append("The full report with charts per dimension is published separately.") }
        return [
            "<tr><td bgcolor=\"\(page)\" style=\"background-color:\(page);padding:16px 24px;border-top:1px solid \(rule);\">",
            "<p style=\"margin:0;\(font)font-size:12px;line-height:18px;color:\(muted);\">\(e(notes.joined(separator: " ")))</p>",
            "</td></tr>",
        ]
    }

    // MARK: Pieces

    private static func e(_ text: String) -> String { HTML.escape(text) }

    private static func table(width: String?, style: String, bgcolor: String? = nil) -> String {
        "<table role=\"presentation\"" + (width.map { " width=\"\($0)\"" } ?? "") + (bgcolor.map { " bgcolor=\"\($0)\"" } ?? "")
            + " cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"border-collapse:collapse;\(style)\">"
    }

    private static func anchor(_ href: String, _ label: String, colour: String) -> String {
        "<a href=\"\(e(href))\" style=\"color:\(colour);text-decoration:underline;\">\(e(label))</a>"
    }

    private static func divider() -> String {
        "<tr><td style=\"padding:0 24px;\"><table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"border-collapse:collapse;width:100%;\"><tr><td height=\"1\" bgcolor=\"\(rule)\" style=\"height:1px;background-color:\(rule);font-size:1px;line-height:1px;\">&nbsp;</td></tr></table></td></tr>"
    }

    private static func spacer(_ height: Int) -> String {
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"border-collapse:collapse;width:100%;\"><tr><td height=\"\(height)\" style=\"height:\(height)px;font-size:1px;line-height:1px;\">&nbsp;</td></tr></table>"
    }

    /// A horizontal bar: a coloured cell `fraction` of the width wide, then the rest (a grey track, or empty).
    static func bar(_ fraction: Double, colour: String, height: Int, rest: String?) -> String {
        let clamped = min(100, max(0, (fraction * 100).rounded()))
        let percent = clamped.isNaN ? 0 : Int(clamped)
        func cell(_ width: Int?, _ background: String?) -> String {
            "<td" + (width.map { " width=\"\($0)%\"" } ?? "") + " height=\"\(height)\"" + (background.map { " bgcolor=\"\($0)\"" } ?? "")
                + " style=\"" + (width.map { "width:\($0)%;" } ?? "") + "height:\(height)px;" + (background.map { "background-color:\($0);" } ?? "")
                + "font-size:1px;line-height:1px;mso-line-height-rule:exactly;\">&nbsp;</td>"
        }
        var cells = ""
        if percent > 0 { cells += cell(percent == 100 ? 100 : percent, colour) }
        if percent < 100 { cells += cell(percent == 0 ? 100 : nil, rest) }
        return "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"border-collapse:collapse;width:100%;\"><tr>\(cells)</tr></table>"
    }
}

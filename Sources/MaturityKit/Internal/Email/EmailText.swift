/// The text/plain part of the message: the same summary as the HTML, readable in any mail client.
enum EmailText {
    static let width = 72

    static func render(_ view: EmailView) -> String {
        var out: [String] = []
        out.append(view.title)
        out.append("\(view.organisation) · \(view.reportDate)")
        out.append("")
        out.append("Overall score: \(view.overallScore) on a \(view.scaleMin)–\(view.scaleMax) scale")
        out.append("Overall stage: \(view.overallStage) (stages: \(view.stages.joined(separator: " → ")))")
        out += wrap(view.overallStageSummary)
        out += wrap("\(view.respondents) respondents, wave \(view.waveLabel)" + (view.previousWave.map { "; compared with \($0)" } ?? "") + ".")
        if let index = view.link("index.html") { out.append("Full report: \(index)") }
        out.append("")
        out.append("SCORES BY DIMENSION")
        if let benchmark = view.benchmark { out += wrap("Benchmark: \(benchmark.legend).") }
        for row in view.rows {
            out.append("")
            out.append("* \(row.name): \(row.score), \(row.stage)")
            var detail = "Target \(row.target) (\(row.targetThreshold)), \(row.status.lowercased())"
            if let median = row.benchmarkMedian, let benchmark = view.benchmark { detail += "; \(benchmark.name) median \(median)" }
            if let change = row.change, let previous = view.previousWaveID { detail += "; \(change) since \(previous)" }
            out += wrap(detail + ".", indent: "  ")
            if let link = view.link(row.href) { out.append("  \(link)") }
        }
        out.append("")
        out += highlights("STRENGTHS", view.strengths, empty: "No dimension has a score yet.", view: view)
        out.append("")
        out += highlights("GAPS", view.gaps, empty: "Every dimension has reached its target stage.", view: view)
        if let index = view.link("index.html"), let roadmap = view.link("roadmap.html") {
            out.append("")
            out.append("THE FULL REPORT")
            out.append("Overview: \(index)")
            out.append("Roadmap: \(roadmap)")
        }
        if let benchmark = view.benchmark, benchmark.illustrative {
            out.append("")
            out += wrap("The \(benchmark.name) benchmark figures are illustrative, not survey data.")
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func highlights(_ title: String, _ items: [Highlight], empty: String, view: EmailView) -> [String] {
        var out = [title]
        if items.isEmpty { return out + [empty] }
        for (number, item) in items.enumerated() {
            out += wrap("\(number + 1). \(item.name): \(item.score), \(item.stage). \(item.note)", indent: "   ", first: "")
            if let link = view.link(item.href) { out.append("   \(link)") }
        }
        return out
    }

    /// Breaks a paragraph at spaces so that lines stay under `width` characters (words longer stay whole).
    static func wrap(_ paragraph: String, indent: String = "", first: String? = nil) -> [String] {
        var lines: [String] = []
        var line = first ?? indent
        var lineHasWord = false
        for word in paragraph.split(separator: " ") {
            if lineHasWord && line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        if lineHasWord { lines.append(line) }
        return lines
    }
}

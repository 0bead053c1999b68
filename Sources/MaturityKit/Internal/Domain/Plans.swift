/// An external reference set: how other organisations score per dimension (SPEC §2).
struct BenchmarkSet: Sendable {
    var file: String
    /// Slug used for anchors, from the file name.
    var id: String
    var name: String
    var source: String
    var year: Int?
    var illustrative: Bool
    var dimensions: [String: Figures]

    struct Figures: Sendable {
        var n: Int
        var mean: Double
        var p25: Double
        var median: Double
        var p75: Double
    }
}

/// A roadmap initiative (SPEC §2): who does what, by when, for which dimensions.
struct Initiative: Sendable {
    var id: String
    var title: String
    var dimensions: [String]
    var owner: String
    var start: Period
    var end: Period
    var status: Status
    var targetStage: String?
    var goal: Goal?
    var description: String
    var location: SourceLocation

    enum Status: String, Sendable, CaseIterable {
        case planned, inProgress = "in-progress", done, atRisk = "at-risk", cancelled

        /// Its name in the theme's strings (`status_in_progress`).
        var wordKey: String { "status_" + rawValue.replacingOccurrences(of: "-", with: "_") }
    }

    struct Goal: Sendable {
        var metric: String
        var baseline: String
        var target: String
        var by: String
    }

    /// Counts as covering a dimension's gap to target: any initiative naming it, except a cancelled one.
    func covers(_ dimension: String) -> Bool { status != .cancelled && dimensions.contains(dimension) }

    /// Still to be finished on a dimension: naming it, and neither done nor cancelled.
    func isActive(on dimension: String) -> Bool { status != .done && covers(dimension) }

    /// Still open after its end: not done, not cancelled, and its end lies before the report date.
    func isOverdue(reportDate: String) -> Bool {
        guard status != .done && status != .cancelled, let date = ReportDate.parts(reportDate) else { return false }
        return end.lastMonthIndex < date.year * 12 + date.month - 1
    }
}

/// A month (`2026-09`) or a quarter (`2026-Q3`), as months counted from year 0.
struct Period: Sendable, Comparable {
    var firstMonthIndex: Int
    var lastMonthIndex: Int
    var text: String

    /// Exactly `YYYY-MM` or `YYYY-Qn` with a year from 1900 to 2200: no sign, no extra dash, no spaces.
    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let isDigit = { (c: Character) in c.isASCII && c.isNumber }
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(isDigit), let year = Int(parts[0]),
            (1900...2200).contains(year)
        else { return nil }
        let rest = parts[1]
        if rest.count == 2, rest.hasPrefix("Q") || rest.hasPrefix("q"), let quarter = Int(rest.dropFirst()), (1...4).contains(quarter) {
            firstMonthIndex = year * 12 + (quarter - 1) * 3
            lastMonthIndex = firstMonthIndex + 2
        } else if rest.count == 2, rest.allSatisfy(isDigit), let month = Int(rest), (1...12).contains(month) {
            firstMonthIndex = year * 12 + month - 1
            lastMonthIndex = firstMonthIndex
        } else {
            return nil
        }
        self.text = text
    }

    static func < (lhs: Period, rhs: Period) -> Bool { lhs.firstMonthIndex < rhs.firstMonthIndex }

    /// A quarter (three months) rather than one month.
    var isQuarter: Bool { lastMonthIndex != firstMonthIndex }
}

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
    /// Impact, value and feasibility for prioritisation; nil when the initiative carries none.
    var rating: Rating? = nil

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

    /// Impact, value and feasibility, each 1–5; the priority and quadrant follow from them.
    struct Rating: Sendable, Equatable {
        var impact: Int
        var value: Int
        var feasibility: Int

        /// The mean of impact and value, in halves (3.5 is 7): exact, no rounding anywhere.
        var worthHalves: Int { impact + value }
        /// (impact + value) / 2 × feasibility, in halves (14 is 28, 10.5 is 21): exact, at most one decimal.
        var priorityHalves: Int { worthHalves * feasibility }
        var worth: Double { Double(worthHalves) / 2 }
        var priority: Double { Double(priorityHalves) / 2 }

        /// High value is a mean of impact and value of 3 or more; high feasibility is 3 or more.
        var quadrant: Quadrant {
            switch (worthHalves >= 6, feasibility >= 3) {
            case (true, true): .quickWin
            case (true, false): .majorProject
            case (false, true): .fillIn
            case (false, false): .reconsider
            }
        }
    }

    enum Quadrant: String, Sendable, CaseIterable {
        case quickWin = "quick-win", majorProject = "major-project", fillIn = "fill-in", reconsider

        /// Its name in the theme's strings (`quadrant_quick_win`).
        var wordKey: String { "quadrant_" + rawValue.replacingOccurrences(of: "-", with: "_") }
    }

    /// Still to be decided on: neither done nor cancelled. Only these are prioritised.
    var isOpen: Bool { status != .done && status != .cancelled }

    /// The open rated initiatives by priority, highest first; equal priorities by id.
    static func prioritised(_ initiatives: [Initiative]) -> [(initiative: Initiative, rating: Rating)] {
        initiatives.compactMap { initiative in initiative.isOpen ? initiative.rating.map { (initiative, $0) } : nil }
            .sorted { ($1.rating.priorityHalves, $0.initiative.id) < ($0.rating.priorityHalves, $1.initiative.id) }
    }

    /// Counts as covering a dimension's gap to target: any initiative naming it, except a cancelled one.
    func covers(_ dimension: String) -> Bool { status != .cancelled && dimensions.contains(dimension) }

    /// Still to be finished on a dimension: naming it, and neither done nor cancelled.
    func isActive(on dimension: String) -> Bool { status != .done && covers(dimension) }

    /// Still open after its end: not done, not cancelled, and its end lies before the report date.
    func isOverdue(reportDate: String) -> Bool {
        guard isOpen, let date = ReportDate.parts(reportDate) else { return false }
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

    /// A metric's period (outcomes.yaml) may also be a year, `YYYY`, or a half-year, `YYYY-Hn`.
    init?(metric text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let isDigit = { (c: Character) in c.isASCII && c.isNumber }
        guard let first = parts.first, first.count == 4, first.allSatisfy(isDigit), let year = Int(first), (1900...2200).contains(year) else { return nil }
        if parts.count == 1 {
            (firstMonthIndex, lastMonthIndex) = (year * 12, year * 12 + 11)
        } else if parts.count == 2, parts[1].count == 2, parts[1].hasPrefix("H") || parts[1].hasPrefix("h"), let half = Int(parts[1].dropFirst()),
            (1...2).contains(half)
        {
            (firstMonthIndex, lastMonthIndex) = (year * 12 + (half - 1) * 6, year * 12 + (half - 1) * 6 + 5)
        } else if let period = Period(text) {
            (firstMonthIndex, lastMonthIndex) = (period.firstMonthIndex, period.lastMonthIndex)
        } else {
            return nil
        }
        self.text = text
    }

    static func < (lhs: Period, rhs: Period) -> Bool { lhs.firstMonthIndex < rhs.firstMonthIndex }

    /// A quarter (three months) rather than one month.
    var isQuarter: Bool { lastMonthIndex - firstMonthIndex == 2 }
    var isHalfYear: Bool { lastMonthIndex - firstMonthIndex == 5 }
    var isYear: Bool { lastMonthIndex - firstMonthIndex == 11 }
}

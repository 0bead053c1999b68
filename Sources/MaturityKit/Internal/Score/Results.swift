/// Computed figures of one wave: what the JSON export holds and what pages show.
struct WaveResult: Sendable {
    var id: String
    var date: String
    var respondents: Int
    var overallScore: Double?
    var overallStage: Int?
    var dimensions: [DimensionResult]
}

struct DimensionResult: Sendable {
    var id: String
    var score: Double?
    var n: Int
    var sd: Double?
    var ci95: (low: Double, high: Double)?
    var stage: Int?
    var target: Int
    var items: [ItemResult]
    var breakdowns: [AttributeBreakdown]
}

struct ItemResult: Sendable {
    var id: String
    var n: Int
    /// Mean of the raw answers (before reverse scoring), so that it agrees with `counts`.
    var mean: Double?
    /// Answers per scale point, lowest first.
    var counts: [Int]
}

struct AttributeBreakdown: Sendable {
    var attribute: String
    var groups: [GroupResult]
}

/// A group of one attribute for one dimension. A suppressed group carries neither score nor count.
struct GroupResult: Sendable {
    var name: String
    var figures: (n: Int, score: Double)?

    var suppressed: Bool { figures == nil }
}

/// Every wave, oldest first; the last is the current one.
struct ScoredReport: Sendable {
    var report: LoadedReport
    var waves: [WaveResult]

    var current: WaveResult { waves[waves.count - 1] }
    var previous: WaveResult? { waves.count > 1 ? waves[waves.count - 2] : nil }
}

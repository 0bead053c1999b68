/// Computed figures of one wave: what the JSON export holds and what pages show.
struct WaveResult: Sendable {
    var id: String
    var date: String
    var respondents: Int
    var overallScore: Double?
    var overallStage: Int?
    var dimensions: [DimensionResult]
    var kind: WaveKind = .survey
}

/// Where a wave's figures come from (SPEC §2).
enum WaveKind: String, Sendable {
    /// Survey responses: scores are means over respondents.
    case survey = "responses"
    /// An assessor's score or stage per dimension, with a rationale.
    case scores
    /// Stage criteria marked met, partly or not met, with evidence; the stage achieved is staged (CMMI-style).
    case criteria
}

/// What an assessor recorded for a dimension in a `scores` or `criteria` wave.
struct Assessment: Sendable {
    var rationale: String
    var criteria: [CriterionResult]
}

struct CriterionResult: Sendable {
    var stage: String
    var id: String
    var text: String
    var status: Status
    var evidence: String

    enum Status: String, Sendable {
        case met, partly, notMet = "not-met"

        /// Its name in the theme's strings (`criterion_not_met`).
        var wordKey: String { "criterion_" + rawValue.replacingOccurrences(of: "-", with: "_") }
    }
}

struct DimensionResult: Sendable {
    var id: String
    var score: Double?
    /// Respondents with a score for the dimension; nil where too few to publish (then no figure of it is shown).
    var n: Int?
    var sd: Double?
    var ci95: (low: Double, high: Double)?
    var stage: Int?
    var target: Int
    var items: [ItemResult]
    var breakdowns: [AttributeBreakdown]
    /// False where the wave has none of the dimension's items (a partial wave): no score, no stage, not in the
    /// overall mean, and said so wherever the score would be shown.
    var measured = true
    /// The ids of the dimension's items the wave did not have, in model order.
    var missingItems: [String] = []
    var assessment: Assessment? = nil

    /// Removes every figure: too few respondents to publish, or hidden so that a small group cannot be worked out.
    mutating func withhold() {
        (score, n, sd, ci95, stage) = (nil, nil, nil, nil, nil)
        for index in items.indices { items[index].withhold() }
        for index in breakdowns.indices {
            breakdowns[index].hiddenGroups += breakdowns[index].groups.count
            breakdowns[index].groups = []
        }
    }
}

struct ItemResult: Sendable {
    var id: String
    /// nil where the item's answers are not published (too few, or hidden with their dimension).
    var n: Int?
    /// Mean of the raw answers (before reverse scoring), so that it agrees with `counts`.
    var mean: Double?
    /// Answers per scale point, lowest first; nil where not published.
    var counts: [Int]?

    mutating func withhold() { (n, mean, counts) = (nil, nil, nil) }
}

/// The groups of one attribute for one dimension. Once figures are protected, `groups` holds only the groups
/// that may be shown: a hidden group is not named anywhere, only counted.
struct AttributeBreakdown: Sendable {
    var attribute: String
    var groups: [GroupResult]
    var hiddenGroups = 0
}

/// A group of one attribute for one dimension.
struct GroupResult: Sendable {
    var name: String
    var figures: (n: Int, score: Double)?
    /// The group's sum of squared deviations from its mean (Welford's `m2`), kept for the test of the group
    /// against the rest of the organisation (`GroupContrast`); never published.
    var m2 = 0.0
}

/// One unit's own figures, wave by wave (a unit may be missing from earlier waves).
struct UnitResult: Sendable {
    var name: String
    var slug: String
    var waves: [WaveResult]
}

/// Every wave, oldest first; the last is the current one.
struct ScoredReport: Sendable {
    var report: LoadedReport
    var waves: [WaveResult]
    /// Sub-reports per unit (`units:` in report.yaml), for units large enough to show in the current wave.
    var units: [UnitResult] = []
    /// What the suppression rule hid, over every wave.
    var suppression = Suppression.Audit()
    /// Outcomes beside maturity (`outcomes:`), if the report has them.
    var outcomes: OutcomeResults? = nil
    /// Comment counts by theme and the comments that may be shown (`comments:` on waves), if any wave has them.
    var voices: VoiceResults? = nil

    var current: WaveResult { waves[waves.count - 1] }
    var previous: WaveResult? { waves.count > 1 ? waves[waves.count - 2] : nil }
}

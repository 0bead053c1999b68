/// Computed outcome figures: what `data/results.json` holds under `outcomes` and what the outcome pages show.
/// Hidden figures are not here: a survey too small to publish has no figures, a hidden group is only counted.
struct OutcomeResults: Sendable {
    var surveys: [SurveyResult]
    var metrics: [MetricResult]
    var links: [LinkResult]
    /// The settings they come from (names, units, targets, links).
    var settings: OutcomeSettings

    /// The latest survey that shows the measure.
    func latest(_ measure: SurveyMeasure) -> SurveyResult? { surveys.last { $0.score(measure) != nil } }
}

struct SurveyResult: Sendable {
    var id: String
    var date: String
    /// Respondents; nil where fewer than `min_group_size` (then nothing of the survey is shown).
    var respondents: Int?
    /// Every respondent's figures: the measures shown (each from `min_group_size` answers).
    var overall = OutcomeGroup(name: "")
    var drivers: [DriverResult] = []
    var breakdowns: [OutcomeBreakdown] = []
    /// Against the previous survey showing the same measure.
    var changes: [SurveyMeasure: OutcomeStatistics.Change] = [:]

    var nps: OutcomeStatistics.NPS? { overall.nps }
    var csat: CSATFigures? { overall.csat }
    var ces: OutcomeStatistics.MeanFigures? { overall.ces }

    func score(_ measure: SurveyMeasure) -> Double? { overall.score(measure) }
}

struct CSATFigures: Sendable, Equatable {
    var satisfied: Int
    var n: Int
    var score: Double
    var ci95: OutcomeStatistics.Interval
}

/// A driver rating against the NPS answer, over respondents who gave both.
struct DriverResult: Sendable, Equatable {
    var id: String
    var n: Int
    var mean: Double
    var r: Double?
    var ci95: OutcomeStatistics.Interval?
}

/// The groups of one attribute, each with the measures it shows.
struct OutcomeBreakdown: Sendable {
    var attribute: String
    var groups: [OutcomeGroup]
    var hiddenGroups = 0
}

struct OutcomeGroup: Sendable {
    var name: String
    var nps: OutcomeStatistics.NPS?
    var csat: CSATFigures?
    var ces: OutcomeStatistics.MeanFigures?

    /// The measure's headline number: NPS and CSAT in points, CES as a mean.
    func score(_ measure: SurveyMeasure) -> Double? {
        switch measure {
        case .nps: nps?.score
        case .csat: csat?.score
        case .ces: ces?.mean
        }
    }

    func ci95(_ measure: SurveyMeasure) -> OutcomeStatistics.Interval? {
        switch measure {
        case .nps: nps?.ci95
        case .csat: csat?.ci95
        case .ces: ces?.ci95
        }
    }
}

struct MetricResult: Sendable {
    var id: String
    var latest: (period: Period, value: Double)
    var previous: (period: Period, value: Double)?
    var status: Status

    enum Status: String, Sendable {
        case met, onTrack = "on-track", offTrack = "off-track", noTrend = "no-trend", noTarget = "no-target"

        var wordKey: String { "outcome_status_" + rawValue.replacingOccurrences(of: "-", with: "_") }
    }
}

/// Maturity against an outcome across units: a unit's dimension score in the current wave against its
/// outcome in the latest survey with units, over the units shown in both.
struct LinkResult: Sendable {
    var outcome: SurveyMeasure
    var dimension: String
    var survey: String
    var points: [(unit: String, score: Double, outcome: Double)]
    var r: Double?
    var ci95: OutcomeStatistics.Interval?
}

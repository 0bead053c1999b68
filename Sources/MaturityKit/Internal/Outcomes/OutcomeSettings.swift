/// `outcomes.yaml` (report.yaml `outcomes:`): the customer surveys and business metrics the maturity scores
/// are meant to move, and which dimension should move which outcome.
struct OutcomeSettings: Sendable {
    var file: String
    var surveys: [CustomerSurvey]
    var metrics: [BusinessMetric]
    /// Outcome id (`nps`, `csat`, `ces` or a metric id) → the dimensions it should move, in the order written.
    var links: [(outcome: String, dimensions: [String])]

    func dimensions(linkedTo outcome: String) -> [String] { links.first { $0.outcome == outcome }?.dimensions ?? [] }

    /// The outcomes linked to a dimension, in the order of `links`.
    func outcomes(linkedTo dimension: String) -> [String] { links.filter { $0.dimensions.contains(dimension) }.map(\.outcome) }
}

/// The three survey measures, each a column of a customer survey.
enum SurveyMeasure: String, Sendable, CaseIterable {
    /// Likelihood to recommend, 0–10.
    case nps
    /// Satisfaction, 1–5.
    case csat
    /// Effort, 1–7.
    case ces

    var range: ClosedRange<Int> {
        switch self {
        case .nps: 0...10
        case .csat: 1...5
        case .ces: 1...7
        }
    }
}

/// One customer survey: a CSV read like a wave, with the measures, drivers and breakdown attributes it has.
struct CustomerSurvey: Sendable {
    var id: String
    var date: String
    /// Relative to the report folder.
    var responses: String
    var format: SurveyFormat?
    /// Measure, driver id or attribute → column header (as written in `columns:`, or the key itself).
    var columns: [String: String]
    var measures: [SurveyMeasure]
    var drivers: [String]
    var attributes: [String]
    var location: SourceLocation
    /// Where each key of `columns:` is written, for errors about a mapping.
    var columnLocations: [String: SourceLocation] = [:]

    /// Driver ratings run from 1 to 5.
    static let driverRange = 1...5

    func header(for key: String) -> String { columns[key] ?? key }
}

/// A business KPI measured elsewhere (churn, customer lifetime value), as a series of periods.
struct BusinessMetric: Sendable {
    var id: String
    var name: String
    var unit: String
    var better: Direction
    var source: String?
    /// Oldest first.
    var series: [(period: Period, value: Double)]
    var target: (value: Double, by: Period)?
    var location: SourceLocation

    enum Direction: String, Sendable, CaseIterable { case higher, lower }

    /// Whether `value` reaches `target` in the direction that is better.
    func reaches(_ value: Double, _ target: Double) -> Bool { better == .higher ? value >= target : value <= target }
}

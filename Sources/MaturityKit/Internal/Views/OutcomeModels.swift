/// One outcome as every page shows it (outcome page card, the overview's strip, the email, dimension pages,
/// roadmap goals): its latest value with interval, change and target, already worded.
struct OutcomeTile: TemplateData {
    var id: String
    var name: String
    /// "NPS", "CSAT", "CES", or a metric's name: for the overview's compact strip.
    var shortName: String
    /// A survey measure (NPS, CSAT, CES) rather than a business metric.
    var isMeasure: Bool
    var value: String
    /// The 95% interval, for survey measures.
    var interval: String?
    var n: String?
    /// The survey or period the value is from.
    var when: String
    var change: String?
    var since: String?
    /// Whether the change is more than noise (tested for survey measures; metrics have no test).
    var beyondNoise: Bool
    var withinNoise: Bool
    var target: String?
    var by: String?
    var status: String?
    /// `met`, `on-track`, `off-track`, `no-trend`: for the theme's styling.
    var statusClass: String?
    var href: String
}

/// A card of the outcome page: the tile, its line across surveys or periods, and what it is linked to.
struct OutcomeCard: TemplateData {
    var tile: OutcomeTile
    var chart: ChartView
    var source: String?
    var dimensions: [LinkedDimension]
    var hasDimensions: Bool
    var goals: [OutcomeGoal]
    var hasGoals: Bool
}

struct LinkedDimension: TemplateData {
    var name: String
    var href: String
    var score: String
    var stage: String
}

/// A roadmap goal that names an outcome: baseline → current → target, by when, from which initiative.
struct OutcomeGoal: TemplateData {
    var initiative: String
    var href: String
    var baseline: String
    var current: String
    var target: String
    var by: String
}

/// The outcome page (`outcomes.html`).
struct OutcomesPage: TemplateData {
    var site: SiteView
    var pageTitle: String
    var minGroupSize: String
    var cards: [OutcomeCard]
    /// The latest survey with NPS, if any: its composition and drivers.
    var survey: String?
    var composition: ChartView?
    var drivers: ChartView?
    var breakdowns: [OutcomeBreakdownView]
    var hasBreakdowns: Bool
    var links: [OutcomeLinkView]
    var hasLinks: Bool
    /// Surveys too small to show (fewer respondents than the threshold), their ids as a list; nil when none.
    var tooSmall: String?
}

struct OutcomeBreakdownView: TemplateData {
    var attribute: String
    var table: TableView
    var hiddenNote: String?
}

/// Maturity against an outcome across units.
struct OutcomeLinkView: TemplateData {
    var outcome: String
    var dimension: String
    var href: String
    var r: String?
    var interval: String?
    var units: String
    var chart: ChartView
}

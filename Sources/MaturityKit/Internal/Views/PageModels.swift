// The view model of each page (see ViewModels.swift for what view models may hold).

struct IndexPage: TemplateData {
    var site: SiteView
    var pageTitle: String
    var overallScore: String
    var overallStage: String
    var overallStageSummary: String
    /// How the current wave was assessed: exactly one is true.
    var isSurvey: Bool
    var isScores: Bool
    var isCriteria: Bool
    var respondents: String
    var wave: WaveLabel
    var previousWave: WaveLabel?
    var glance: Glance
    /// Scores against targets: a radar, or a dot chart below five dimensions.
    var profile: ChartView
    var dimensions: [DimensionRow]
    /// `dimensions` as the data table of the overview.
    var dimensionTable: TableView
    var strengths: [Highlight]
    var gaps: [Highlight]
    var commentaryTitle: String?
    var commentaryHTML: String?
    var benchmarkName: String?
    var benchmarkIllustrative: Bool
    var groups: TableView?
    var isUnit: Bool
}

struct DimensionRow: TemplateData {
    var name: String
    var href: String
    var group: String
    var score: String
    var ci: String
    var n: String
    var stage: String
    var target: String
    var change: String
    var status: String
    var percentile: String
    /// The whole organisation's score, on a unit's overview.
    var organisation: String
}

/// A strength or a gap on the overview. A gap also says how far it is below its target's threshold.
struct Highlight: TemplateData {
    var name: String
    var href: String
    var score: String
    var stage: String
    /// The stage's summary from the model.
    var summary: String
    /// The dimension's strongest statement (for a strength) or weakest (for a gap), with its score after
    /// reverse scoring; nil without answers per statement.
    var statement: String?
    var statementScore: String?
    var statementReversed: Bool
    var gap: String
    var targetStage: String
    var targetThreshold: String
}

struct DimensionPage: TemplateData {
    /// The outcomes outcomes.yaml links to this dimension, at their latest; none on unit pages.
    var outcomes: [OutcomeTile] = []
    var hasOutcomes = false
    /// Comments and evidence for the dimension (`comments:` on a wave, `evidence/`); nil when there are none.
    var voices: VoicesSection? = nil
    var site: SiteView
    var pageTitle: String
    var id: String
    var name: String
    var group: String?
    var description: String
    var score: String
    var ci: String
    var n: String
    var sd: String
    var stage: String
    var target: String
    var status: String
    var change: String?
    /// nil when the dimension has no score to place.
    var position: ChartView?
    /// On a unit's page: how the unit compares with the whole organisation.
    var comparison: Comparison?
    var trend: ChartView?
    var ladder: [LadderStep]
    var current: StageText?
    var next: StageText?
    var items: ChartView?
    var breakdowns: [BreakdownView]
    /// Set for a wave scored by an assessor (`isScores`) or assessed against stage criteria (`isCriteria`).
    var assessment: AssessmentKind?
    var rationaleHTML: String?
    var criteria: TableView?
    /// Too few respondents for the dimension (or hidden to protect a smaller group): no figure of it is shown.
    var withheld: Bool
    /// The current wave asked none of the dimension's statements (a partial wave): no score, stage or change.
    var notMeasured: Bool
    /// The dimension's statements the current wave did not ask, when it asked some of them.
    var missingStatements: [String]
    var hasMissing: Bool
    var minGroupSize: String
    var commentaryTitle: String?
    var commentaryHTML: String?
    var actions: [ActionGroup]
    var atTarget: Bool
    /// Where the score stands against the target stage: exactly one is true when there is a score.
    var belowTarget: Bool
    var reachedTarget: Bool
    var aboveTarget: Bool
    var initiatives: [InitiativeView]
    var benchmarks: TableView?
    var anyIllustrative: Bool
    var previous: NavLink?
    var following: NavLink?
}

struct Comparison: TemplateData {
    var unit: String
    var organisation: String
    /// The difference in points, without sign; which side it lies on is one of the flags.
    var difference: String
    var above: Bool
    var below: Bool
    var level: Bool
    /// The unit has no score of its own for the dimension.
    var noScore: Bool
}

struct AssessmentKind: TemplateData {
    var isScores: Bool
    var isCriteria: Bool
}

struct LadderStep: TemplateData, Hashable {
    var name: String
    var threshold: String
    var descriptor: String
    var isCurrent: Bool
    var isTarget: Bool
}

struct StageText: TemplateData {
    var name: String
    var descriptor: String
}

struct BreakdownView: TemplateData {
    var attribute: String
    /// nil when no group of the attribute can be shown.
    var table: TableView?
    var hiddenCount: String
    var anyHidden: Bool
}

struct ActionGroup: TemplateData {
    var stage: String
    var actions: [String]
}

struct InitiativeView: TemplateData {
    var id: String
    var title: String
    var owner: String
    var start: String
    var end: String
    var status: String
    var statusClass: String
    var overdue: Bool
    var dimensions: String
    var targetStage: String?
    var goal: GoalView?
    var descriptionHTML: String?
}

struct GoalView: TemplateData {
    var metric: String
    var baseline: String?
    var target: String?
    var by: String?
    /// When the goal names an outcome of outcomes.yaml: its id (for the link) and its latest value.
    var outcome: String? = nil
    var current: String? = nil
}

/// The overview's opening section (see GlanceBuilder).
struct Glance: TemplateData {
    /// The scale's top, for "3.01 of 5".
    var scaleMax: String
    /// The overall score's change since the previous wave, or nil.
    var change: String?
    /// How many dimensions could be tested for change, and how many moved by more than the noise.
    var tested: String
    var beyondNoise: String
    var anyTested: Bool
    /// Up to three next steps, most important first.
    var steps: [NextStep]
    var hasSteps: Bool
    /// The overview commentary's first paragraph, rendered Markdown; nil on unit pages.
    var openingHTML: String?
    /// Each outcome at its latest (outcomes.yaml), for the strip under the headline; none on unit pages.
    var outcomes: [OutcomeTile] = []
    var hasOutcomes: Bool = false
}

/// One of the overview's next steps: a gap no initiative covers, an overdue initiative, or a large gap.
struct NextStep: TemplateData {
    var isUncovered: Bool
    var isOverdue: Bool
    var isGap: Bool
    var dimension: String
    /// The dimension's page, or the initiative on the roadmap.
    var href: String
    var gap: String
    var target: String
    /// The overdue initiative's title and end.
    var title: String
    var end: String
}

// Serialize-only view models: what templates and charts see. Every field is a stored property (Mustache
// reads stored properties only), every number is already formatted, every HTML fragment is named `...HTML`
// and was produced by our own escaping code or by libcmark in safe mode.

struct SiteView: TemplateData {
    var title: String
    var organisation: String
    var reportDate: String
    var modelName: String
    var primaryColor: String
    /// The report's own stylesheet, appended after the theme's styles.
    var extraCSS: String?
    /// "" at the site root, "../" one folder down: every link is relative.
    var root: String
    var logo: String?
    var nav: [NavLink]
    var dimensionNav: [NavLink]
    /// `nav` and `dimensionNav` as list items, for the default header.
    var navHTML: String
    var dimensionNavHTML: String
    /// Set on a unit's sub-report pages.
    var unitName: String?
    var unitHome: String?
}

struct NavLink: TemplateData {
    var label: String
    var href: String
    var current: Bool
}

/// A data table: the first column holds row headers (`<th scope="row">`). `bodyHTML` is the rows already
/// written out (escaped), which the default `table` partial inserts because it renders far faster than a
/// loop of Mustache tags; a theme that overrides the partial can loop over `headers` and `rows` instead.
struct TableView: TemplateData {
    var caption: String
    var headers: [String]
    var rows: [TableRow]
    var isEmpty: Bool
    var headHTML: String
    var bodyHTML: String
    /// The whole table, as the default `table` partial shows it.
    var tableHTML: String

    init(caption: String, headers: [String], rows: [[String]]) {
        self.caption = caption
        self.headers = headers
        self.rows = rows.map { TableRow(header: $0.first ?? "", cells: Array($0.dropFirst())) }
        self.isEmpty = rows.isEmpty
        headHTML = "<tr>" + headers.map { "<th scope=\"col\">" + HTML.escape($0) + "</th>" }.joined() + "</tr>"
        bodyHTML = rows.map { row in
            "<tr><th scope=\"row\">" + HTML.escape(row.first ?? "") + "</th>" + row.dropFirst().map { "<td>" + HTML.escape($0) + "</td>" }.joined() + "</tr>\n"
        }.joined()
        tableHTML = Fragments.table(caption: caption, headHTML: headHTML, bodyHTML: bodyHTML)
    }
}

struct TableRow: TemplateData {
    var header: String
    var cells: [String]
}

struct ChartView: TemplateData {
    var svgHTML: String
    var caption: String
    var table: TableView
    /// Show the data table right under the chart instead of folded away (when readers need it anyway).
    var tableInline: Bool = false
}

struct IndexPage: TemplateData {
    var site: SiteView
    var pageTitle: String
    var overallScore: String
    var overallStage: String
    var overallStageSummary: String
    var respondents: String
    var waveLabel: String
    var previousWave: String?
    var radar: ChartView
    var dimensions: [DimensionRow]
    var strengths: [Highlight]
    var gaps: [Highlight]
    /// `dimensions`, `strengths` and `gaps` written out, for the default template.
    var dimensionRowsHTML: String
    var strengthsHTML: String
    var gapsHTML: String
    var commentaryTitle: String
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

struct Highlight: TemplateData {
    var name: String
    var href: String
    var score: String
    var stage: String
    var note: String
}

struct DimensionPage: TemplateData {
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
    var comparison: String?
    var trend: ChartView?
    var ladder: [LadderStep]
    /// `ladder` as list items, for the default `stage-ladder` partial.
    var ladderHTML: String
    var current: StageText?
    var next: StageText?
    var items: ChartView?
    var breakdowns: [BreakdownView]
    var assessedBy: String?
    var rationaleHTML: String?
    var criteria: TableView?
    var suppressionNote: String
    /// Too few respondents for the dimension (or hidden to protect a smaller group): no figure of it is shown.
    var withheld: Bool
    var minGroupSize: String
    var commentaryTitle: String
    var commentaryHTML: String?
    var actions: [ActionGroup]
    /// `actions` as headings and lists, for the default template.
    var actionsHTML: String
    var atTarget: Bool
    var initiatives: [InitiativeView]
    var benchmarks: [BenchmarkPosition]
    var hasBenchmarks: Bool
    var anyIllustrative: Bool
    var previous: NavLink?
    var following: NavLink?
}

struct LadderStep: TemplateData {
    var name: String
    var threshold: String
    var descriptor: String
    var marker: String
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
    var hiddenCount: Int
    var anyHidden: Bool
}

struct ActionGroup: TemplateData {
    var stage: String
    var actions: [String]
}

struct MethodologyPage: TemplateData {
    var site: SiteView
    var pageTitle: String
    var modelName: String
    var modelDescription: String
    var scaleText: String
    var stages: TableView
    var dimensions: [MethodDimension]
    var waves: TableView
    var minGroupSize: String
    var attributes: String
    var tQuantileExample: String
    var benchmarkMethod: String
    var trendMethod: String
}

struct MethodDimension: TemplateData {
    var name: String
    var id: String
    var description: String
    var items: TableView
}

struct BenchmarkPage: TemplateData {
    var site: SiteView
    var pageTitle: String
    var sets: [BenchmarkSetView]
    var cross: TableView?
    var method: String
}

struct BenchmarkSetView: TemplateData {
    var id: String
    var name: String
    var source: String
    var year: String?
    var illustrative: Bool
    var chart: ChartView
}

/// One benchmark comparison for a dimension page or the overview table.
struct BenchmarkPosition: TemplateData {
    var set: String
    var illustrative: Bool
    var median: String
    var band: String
    var percentile: String
}

struct RoadmapPage: TemplateData {
    var site: SiteView
    var pageTitle: String
    var reportDate: String
    var hasInitiatives: Bool
    var timeline: ChartView?
    var groups: [InitiativeGroup]
    var overdueCount: Int
    var hasOverdue: Bool
    var gaps: TableView
    var uncovered: [UncoveredGap]
}

struct InitiativeGroup: TemplateData {
    var dimension: String
    var href: String
    var initiatives: [InitiativeView]
}

struct InitiativeView: TemplateData {
    var id: String
    var title: String
    var owner: String
    var period: String
    var status: String
    var statusClass: String
    var overdue: Bool
    var dimensions: String
    var targetStage: String?
    var goal: String?
    var descriptionHTML: String?
}

struct UncoveredGap: TemplateData {
    var dimension: String
    var href: String
    var stage: String
    var target: String
    var next: String
    var actions: [String]
}

struct TrendsPage: TemplateData {
    var site: SiteView
    var pageTitle: String
    var firstWave: String
    var previousWave: String
    var currentWave: String
    var table: TableView
    var charts: [SmallMultiple]
    var significantCount: Int
    var method: String
}

struct SmallMultiple: TemplateData {
    var name: String
    var href: String
    var chart: ChartView
}

struct BreakdownPage: TemplateData {
    var site: SiteView
    var pageTitle: String
    var minGroupSize: String
    var attributes: [BreakdownAttribute]
    var hasAttributes: Bool
}

struct BreakdownAttribute: TemplateData {
    var id: String
    var attribute: String
    var chart: ChartView
    var hiddenGroups: Int
    var anyHiddenEverywhere: Bool
}

/// One unit's sub-report: its own overview and dimension pages under units/<slug>/.
struct UnitPages: TemplateData {
    var slug: String
    var index: IndexPage
    var dimensions: [DimensionPage]
}

struct UnitsPage: TemplateData {
    var site: SiteView
    var pageTitle: String
    var attribute: String
    var unitCount: String
    var hiddenNote: String
    var table: TableView
    var units: [NavLink]
}

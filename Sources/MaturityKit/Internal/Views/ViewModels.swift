// Serialize-only view models: what templates and charts see. Every field is a stored property (Mustache
// reads stored properties only), every number is already formatted, every HTML fragment is named `...HTML`
// and was produced by our own escaping code or by libcmark in safe mode.

struct SiteView: Sendable {
    var title: String
    var organisation: String
    var reportDate: String
    var modelName: String
    var primaryColor: String
    /// "" at the site root, "../" one folder down: every link is relative.
    var root: String
    var logo: String?
    var nav: [NavLink]
    var dimensionNav: [NavLink]
}

struct NavLink: Sendable {
    var label: String
    var href: String
    var current: Bool
}

/// A data table: the first column holds row headers (`<th scope="row">`).
struct TableView: Sendable {
    var caption: String
    var headers: [String]
    var rows: [TableRow]
    var isEmpty: Bool

    init(caption: String, headers: [String], rows: [[String]]) {
        self.caption = caption
        self.headers = headers
        self.rows = rows.map { TableRow(header: $0.first ?? "", cells: Array($0.dropFirst())) }
        self.isEmpty = rows.isEmpty
    }
}

struct TableRow: Sendable {
    var header: String
    var cells: [String]
}

struct ChartView: Sendable {
    var svgHTML: String
    var caption: String
    var table: TableView
    /// Show the data table right under the chart instead of folded away (when readers need it anyway).
    var tableInline: Bool = false
}

struct IndexPage: Sendable {
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
    var commentaryTitle: String
    var commentaryHTML: String?
}

struct DimensionRow: Sendable {
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
}

struct Highlight: Sendable {
    var name: String
    var href: String
    var score: String
    var stage: String
    var note: String
}

struct DimensionPage: Sendable {
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
    var position: ChartView
    var ladder: [LadderStep]
    var current: StageText?
    var next: StageText?
    var items: ChartView
    var breakdowns: [BreakdownView]
    var suppressionNote: String
    var commentaryTitle: String
    var commentaryHTML: String?
    var actions: [ActionGroup]
    var atTarget: Bool
    var previous: NavLink?
    var following: NavLink?
}

struct LadderStep: Sendable {
    var name: String
    var threshold: String
    var descriptor: String
    var marker: String
    var isCurrent: Bool
    var isTarget: Bool
}

struct StageText: Sendable {
    var name: String
    var descriptor: String
}

struct BreakdownView: Sendable {
    var attribute: String
    var table: TableView
    var hiddenCount: Int
    var anyHidden: Bool
}

struct ActionGroup: Sendable {
    var stage: String
    var actions: [String]
}

struct MethodologyPage: Sendable {
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
}

struct MethodDimension: Sendable {
    var name: String
    var id: String
    var description: String
    var items: TableView
}

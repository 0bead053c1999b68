/// What the email edition shows, taken from the scored report and the overview page's view model, so that the
/// email and the site agree figure for figure (strengths and gaps come from `IndexPageBuilder`). The `email`
/// and `email-text` templates of the theme render it; links are absolute, on `site_url`, or absent. A unit's
/// message (`--units`) is the same view built from the unit's overview, with `unit` set.
struct EmailView: TemplateData {
    /// Set on a unit's message: which unit, and the whole organisation's overall figures to compare with.
    var unit: EmailUnit?
    var title: String
    var organisation: String
    var reportDate: String
    var primaryColor: String
    var overallScore: String
    var overallStage: String
    var overallStageSummary: String
    /// Stage names, lowest first; the overall stage is marked.
    var stages: [EmailStage]
    var isSurvey: Bool
    var isScores: Bool
    var isCriteria: Bool
    var respondents: String
    var wave: WaveLabel
    var previousWave: WaveLabel?
    var scaleMin: String
    var scaleMax: String
    var benchmark: EmailBenchmark?
    var rows: [EmailRow]
    var strengths: [EmailHighlight]
    var gaps: [EmailHighlight]
    var hasStrengths: Bool
    var hasGaps: Bool
    /// The published site, ending in "/"; nil when report.yaml has no `site_url`, and then nothing links.
    var siteURL: String?
    /// Set when the report has a `site_url`: the overview and roadmap addresses (both or neither).
    var links: EmailLinks?
    /// Each outcome at its latest, as the overview's strip shows them; none in a unit's message.
    var outcomes: [OutcomeTile] = []
    var hasOutcomes = false
    /// The three themes comments mention most in the latest wave with comments (a unit's: its own); nil when none shown.
    var themes: EmailThemes? = nil
}

struct EmailUnit: TemplateData {
    var name: String
    /// The attribute the units are values of (`units:` in report.yaml).
    var attribute: String
    /// The whole organisation's overall score and stage.
    var organisationScore: String
    var organisationStage: String
    /// The organisation's overview page, absolute, or nil without `site_url`.
    var organisationLink: String?
}

struct EmailStage: TemplateData {
    var name: String
    var isCurrent: Bool
}

struct EmailBenchmark: TemplateData {
    var name: String
    var illustrative: Bool
}

struct EmailLinks: TemplateData {
    var index: String
    var roadmap: String
}

struct EmailRow: TemplateData {
    var name: String
    /// The dimension page's absolute address, or nil.
    var link: String?
    var score: String
    var stage: String
    var target: String
    var targetThreshold: String
    var status: String
    var change: String?
    var benchmarkMedian: String?
    var scoreBar: EmailBar
    var targetBar: EmailBar
    var benchmarkBar: EmailBar?
    /// On a unit's message: the whole organisation's score for the dimension ("–" when it has none), and as a bar.
    var organisationScore: String?
    var organisationBar: EmailBar?
}

/// A horizontal bar drawn with table cells: `percent` of the width filled, the rest open.
struct EmailBar: TemplateData {
    var percent: Int
    /// Something is filled / something is left open / nothing is filled.
    var filled: Bool
    var open: Bool
    var empty: Bool

    init(fraction: Double) {
        let clamped = min(100, max(0, (fraction * 100).rounded()))
        percent = clamped.isNaN ? 0 : Int(clamped)
        filled = percent > 0
        open = percent < 100
        empty = percent == 0
    }
}

/// A strength or gap of the overview, numbered, with its page's absolute address when there is one.
struct EmailHighlight: TemplateData {
    var number: String
    var link: String?
    var item: Highlight
}

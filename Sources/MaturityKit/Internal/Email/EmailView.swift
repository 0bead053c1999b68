/// What the email edition shows, taken from the scored report and the overview page's view model, so that the
/// email and the site agree figure for figure (strengths and gaps come from `IndexPageBuilder`). The `email`
/// and `email-text` templates of the theme render it; links are absolute, on `site_url`, or absent.
struct EmailView: TemplateData {
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
    var indexURL: String?
    var roadmapURL: String?
    /// Set when the report has a `site_url`: the overview and roadmap addresses (both or neither).
    var links: EmailLinks?
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

extension EmailView {
    static func build(_ scored: ScoredReport, index: IndexPage) -> EmailView {
        let settings = scored.report.settings, model = scored.report.model, current = scored.current
        let span = Double(max(1, model.scale.max - model.scale.min))
        func fraction(_ value: Double) -> Double { min(1, max(0, (value - Double(model.scale.min)) / span)) }
        let link = { (path: String) in settings.siteURL.map { $0 + path } }
        let benchmark = scored.report.benchmarks.first
        let rows = model.dimensions.indices.map { position -> EmailRow in
            let dimension = model.dimensions[position], result = current.dimensions[position], row = index.dimensions[position]
            let threshold = model.stages[result.target].minScore
            let median = benchmark?.dimensions[dimension.id]?.median
            return EmailRow(
                name: dimension.name, link: link(row.href), score: row.score, stage: row.stage, target: row.target,
                targetThreshold: Format.score(threshold), status: row.status,
                change: scored.previous == nil || row.change == Format.none ? nil : row.change,
                benchmarkMedian: median.map { Format.score($0) },
                scoreBar: EmailBar(fraction: result.score.map(fraction) ?? 0), targetBar: EmailBar(fraction: fraction(threshold)),
                benchmarkBar: median.map { EmailBar(fraction: fraction($0)) })
        }
        func highlights(_ list: [Highlight]) -> [EmailHighlight] {
            list.enumerated().map { number, item in
                EmailHighlight(number: String(number + 1), link: link(item.href), item: item)
            }
        }
        let links = link("index.html").flatMap { index in link("roadmap.html").map { EmailLinks(index: index, roadmap: $0) } }
        return EmailView(
            title: settings.title, organisation: settings.organisation, reportDate: index.site.reportDate,
            primaryColor: settings.branding.primaryColor, overallScore: index.overallScore, overallStage: index.overallStage,
            overallStageSummary: index.overallStageSummary,
            stages: model.stages.indices.map { EmailStage(name: model.stages[$0].name, isCurrent: $0 == current.overallStage) },
            isSurvey: index.isSurvey, isScores: index.isScores, isCriteria: index.isCriteria, respondents: index.respondents,
            wave: index.wave, previousWave: index.previousWave,
            scaleMin: String(model.scale.min), scaleMax: String(model.scale.max),
            benchmark: benchmark.map { EmailBenchmark(name: $0.name, illustrative: $0.illustrative) },
            rows: rows, strengths: highlights(index.strengths), gaps: highlights(index.gaps),
            hasStrengths: !index.strengths.isEmpty, hasGaps: !index.gaps.isEmpty, siteURL: settings.siteURL,
            indexURL: links?.index, roadmapURL: links?.roadmap, links: links)
    }
}

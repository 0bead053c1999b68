/// What the email edition shows, taken from the scored report and the overview page's view model, so that the
/// email and the site agree figure for figure (strengths and gaps come from `IndexPageBuilder`).
struct EmailView: Sendable {
    var title: String
    var organisation: String
    var reportDate: String
    var primaryColor: String
    var overallScore: String
    var overallStage: String
    var overallStageSummary: String
    /// Stage names, lowest first, and the overall stage's position among them.
    var stages: [String]
    var overallStageIndex: Int?
    var respondents: String
    var waveLabel: String
    var previousWave: String?
    var previousWaveID: String?
    var scaleMin: Int
    var scaleMax: Int
    var benchmark: BenchmarkLabel?
    var rows: [Row]
    var strengths: [Highlight]
    var gaps: [Highlight]
    /// The published site, ending in "/"; nil when report.yaml has no `site_url`, and then nothing links.
    var siteURL: String?

    struct BenchmarkLabel: Sendable {
        var name: String
        var illustrative: Bool

        /// "Logistics & parcel delivery median (illustrative)".
        var legend: String { "\(name) median" + (illustrative ? " (illustrative)" : "") }
    }

    struct Row: Sendable {
        var name: String
        var href: String
        var score: String
        /// Position on the scale from 0 (its minimum) to 1 (its maximum); nil without a score.
        var scoreFraction: Double?
        var stage: String
        var target: String
        var targetThreshold: String
        var targetFraction: Double
        var status: String
        var change: String?
        var benchmarkMedian: String?
        var benchmarkFraction: Double?
    }

    /// An absolute address on the published site, or nil when the report has no `site_url`.
    func link(_ path: String) -> String? { siteURL.map { $0 + path } }

    static func build(_ scored: ScoredReport, index: IndexPage) -> EmailView {
        let context = ViewContext(scored: scored, markdown: .commentary)
        let model = context.model, current = scored.current, settings = context.settings
        let span = Double(max(1, model.scale.max - model.scale.min))
        func fraction(_ value: Double) -> Double { min(1, max(0, (value - Double(model.scale.min)) / span)) }
        let benchmark = scored.report.benchmarks.first
        let rows = model.dimensions.indices.map { position -> Row in
            let dimension = model.dimensions[position], result = current.dimensions[position], row = index.dimensions[position]
            let threshold = model.stages[result.target].minScore
            let median = benchmark?.dimensions[dimension.id]?.median
            return Row(name: dimension.name, href: row.href, score: row.score, scoreFraction: result.score.map(fraction),
                       stage: row.stage, target: row.target, targetThreshold: Format.score(threshold),
                       targetFraction: fraction(threshold), status: row.status,
                       change: scored.previous == nil || row.change == Format.none ? nil : row.change,
                       benchmarkMedian: median.map { Format.score($0) }, benchmarkFraction: median.map(fraction))
        }
        return EmailView(
            title: settings.title, organisation: settings.organisation, reportDate: ReportDate.long(settings.date),
            primaryColor: settings.branding.primaryColor, overallScore: index.overallScore, overallStage: index.overallStage,
            overallStageSummary: index.overallStageSummary, stages: model.stages.map(\.name), overallStageIndex: current.overallStage,
            respondents: index.respondents, waveLabel: index.waveLabel, previousWave: index.previousWave,
            previousWaveID: scored.previous?.id,
            scaleMin: model.scale.min, scaleMax: model.scale.max,
            benchmark: benchmark.map { BenchmarkLabel(name: $0.name, illustrative: $0.illustrative) },
            rows: rows, strengths: index.strengths, gaps: index.gaps, siteURL: settings.siteURL)
    }
}

/// The whole organisation, for a unit's message: its figures and its overview, to compare the unit with.
struct EmailComparison {
    var unitName: String
    /// The unit's folder under `units/`, for the links into its sub-report.
    var slug: String
    var organisation: ScoredReport
    var organisationIndex: IndexPage
}

extension EmailView {
    /// The organisation's message from its overview, or, with `comparison`, a unit's message from the unit's
    /// own figures (`scored` holds the unit's waves) and its overview page, the organisation's scores beside.
    static func build(_ scored: ScoredReport, index: IndexPage, comparison: EmailComparison? = nil, words: Words) -> EmailView {
        let settings = scored.report.settings, model = scored.report.model, current = scored.current
        let span = Double(max(1, model.scale.max - model.scale.min))
        func fraction(_ value: Double) -> Double { min(1, max(0, (value - Double(model.scale.min)) / span)) }
        let link = { (path: String) in settings.siteURL.map { $0 + path } }
        // A unit's pages live in its folder; the roadmap is the organisation's.
        let folder = comparison.map { "units/\($0.slug)/" } ?? ""
        let benchmark = scored.report.benchmarks.first
        let rows = model.dimensions.indices.map { position -> EmailRow in
            let dimension = model.dimensions[position], result = current.dimensions[position], row = index.dimensions[position]
            let threshold = model.stages[result.target].minScore
            let median = benchmark?.dimensions[dimension.id]?.median
            let organisation = comparison?.organisation.current.dimensions[position].score
            return EmailRow(
                name: dimension.name, link: link(folder + row.href), score: row.score, stage: row.stage, target: row.target,
                targetThreshold: words.numbers.score(threshold), status: row.status,
                change: scored.previous == nil || row.change == NumberStyle.none ? nil : row.change,
                benchmarkMedian: median.map { words.numbers.score($0) },
                scoreBar: EmailBar(fraction: result.score.map(fraction) ?? 0), targetBar: EmailBar(fraction: fraction(threshold)),
                benchmarkBar: median.map { EmailBar(fraction: fraction($0)) },
                organisationScore: comparison.map { _ in words.numbers.score(organisation) },
                organisationBar: comparison.map { _ in EmailBar(fraction: organisation.map(fraction) ?? 0) })
        }
        func highlights(_ list: [Highlight]) -> [EmailHighlight] {
            list.enumerated().map { number, item in
                EmailHighlight(number: words.numbers.integer(number + 1), link: link(folder + item.href), item: item)
            }
        }
        let links = link(folder + "index.html").flatMap { index in link("roadmap.html").map { EmailLinks(index: index, roadmap: $0) } }
        let unit = comparison.map {
            EmailUnit(
                name: $0.unitName, attribute: settings.units ?? "", organisationScore: $0.organisationIndex.overallScore,
                organisationStage: $0.organisationIndex.overallStage, organisationLink: link("index.html"))
        }
        var view = EmailView(
            unit: unit, title: settings.title, organisation: settings.organisation, reportDate: index.site.reportDate,
            primaryColor: settings.branding.primaryColor, overallScore: index.overallScore, overallStage: index.overallStage,
            overallStageSummary: index.overallStageSummary,
            stages: model.stages.indices.map { EmailStage(name: model.stages[$0].name, isCurrent: $0 == current.overallStage) },
            isSurvey: index.isSurvey, isScores: index.isScores, isCriteria: index.isCriteria, respondents: index.respondents,
            wave: index.wave, previousWave: index.previousWave,
            scaleMin: words.numbers.integer(model.scale.min), scaleMax: words.numbers.integer(model.scale.max),
            benchmark: benchmark.map { EmailBenchmark(name: $0.name, illustrative: $0.illustrative) },
            rows: rows, strengths: highlights(index.strengths), gaps: highlights(index.gaps),
            hasStrengths: !index.strengths.isEmpty, hasGaps: !index.gaps.isEmpty, siteURL: settings.siteURL,
            links: links, outcomes: index.glance.outcomes, hasOutcomes: index.glance.hasOutcomes)
        view.themes = VoiceSections.email(scored, words: words)
        return view
    }
}

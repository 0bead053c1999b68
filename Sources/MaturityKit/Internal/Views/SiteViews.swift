/// Everything the render step needs: one view model per page, plus the data exports.
struct SiteViews: Sendable {
    var index: IndexPage
    var dimensions: [DimensionPage]
    var methodology: MethodologyPage
    var roadmap: RoadmapPage
    var benchmark: BenchmarkPage?
    var trends: TrendsPage?
    var breakdown: BreakdownPage
    var resultsCSV: String
    var units: [UnitPages]
    var unitsPage: UnitsPage?
    var resultsJSON: String
    /// Each unit's figures, for its own `data/results.json` and `results.csv` (written when the write step gets to them).
    var unitData: [UnitData]
    var assets: [String]
}

struct UnitData: Sendable {
    var slug: String
    var name: String
    var scored: ScoredReport
}

/// The view-model step: turns scored figures and commentary into page view models. Markdown is rendered here.
enum BuildViews {
    static func run(_ scored: ScoredReport) -> SiteViews {
        let report = scored.report
        let markdown: MarkdownOptions = report.settings.unsafeHTML ? [.smartPunctuation, .headingIDs, .unsafeHTML] : .commentary
        let context = ViewContext(scored: scored, markdown: markdown)
        return SiteViews(
            index: IndexPageBuilder.build(context),
            dimensions: report.model.dimensions.indices.map { DimensionPageBuilder.build(context, index: $0) },
            methodology: MethodologyPageBuilder.build(context),
            roadmap: RoadmapPageBuilder.build(context),
            benchmark: BenchmarkPageBuilder.build(context),
            trends: TrendsPageBuilder.build(context),
            breakdown: BreakdownPageBuilder.build(context),
            resultsCSV: ResultsCSV.render(scored),
            units: UnitPagesBuilder.build(scored, markdown: markdown),
            unitsPage: UnitPagesBuilder.rollup(context),
            resultsJSON: ResultsJSON.render(scored),
            unitData: scored.units.map { UnitData(slug: $0.slug, name: $0.name, scored: ScoredReport(report: report, waves: $0.waves)) },
            assets: report.assetFiles)
    }
}

/// Shared lookups for the page builders.
struct ViewContext {
    let scored: ScoredReport
    let markdown: MarkdownOptions
    /// Set for a unit's sub-report: its pages live in units/<slug>/ and compare with the whole organisation.
    var unit: UnitScope? = nil

    struct UnitScope {
        var name: String
        var organisation: ScoredReport
    }

    var model: MaturityModel { scored.report.model }
    var settings: ReportSettings { scored.report.settings }

    func site(root: String, current: String) -> SiteView {
        // Inside a unit's folder the site root is two levels further up; the unit's own pages stay relative.
        let unitRoot = root
        let root = (unit == nil ? "" : "../../") + root
        var pages = [("Overview", "index.html"), ("Roadmap", "roadmap.html")]
        if !scored.report.benchmarks.isEmpty { pages.append(("Benchmarks", "benchmark.html")) }
        if !(unit?.organisation ?? scored).units.isEmpty { pages.append(("Units", "units.html")) }
        if scored.waves.count > 1 { pages.append(("Trends", "trends.html")) }
        if !settings.attributes.isEmpty && scored.current.kind == .survey { pages.append(("Breakdown", "breakdown.html")) }
        pages.append(("Methodology", "methodology.html"))
        let nav = pages.map { NavLink(label: $0.0, href: root + $0.1, current: unit == nil && $0.1 == current) }
        let dimensionNav = model.dimensions.map {
            NavLink(label: $0.name, href: unitRoot + "dimensions/\($0.id).html", current: current == "dimensions/\($0.id).html")
        }
        return SiteView(
            title: settings.title, organisation: settings.organisation, reportDate: ReportDate.long(settings.date),
            modelName: model.name, primaryColor: settings.branding.primaryColor, extraCSS: scored.report.extraStylesheet, root: root,
            logo: settings.branding.logo.map { root + $0 },
            nav: nav, dimensionNav: dimensionNav, navHTML: Fragments.nav(nav), dimensionNavHTML: Fragments.nav(dimensionNav),
            unitName: unit?.name, unitHome: unit == nil ? nil : unitRoot + "index.html")
    }

    func stageName(_ index: Int?) -> String { index.map { model.stages[$0].name } ?? Format.none }

    func status(_ result: DimensionResult) -> String {
        guard let stage = result.stage else { return "No score" }
        if stage < result.target { return "Below target" }
        return stage == result.target ? "At target" : "Above target"
    }

    func previousScore(of id: String) -> Double? {
        scored.previous?.dimensions.first { $0.id == id }?.score
    }

    func commentaryHTML(_ commentary: Commentary?) -> String? {
        guard let commentary, !commentary.body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return CMarkConverter.html(commentary.body, options: markdown)
    }
}

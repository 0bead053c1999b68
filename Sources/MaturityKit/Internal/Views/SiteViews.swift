import Foundation

/// Everything the render step needs: one view model per page, plus the data exports.
struct SiteViews: Sendable {
    var pages: [PageView]
    /// The organisation's overview, which the email edition summarises.
    var index: IndexPage
    var resultsCSV: String
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

/// The view-model step: turns scored figures and commentary into page view models, one page kind of
/// `PageRegistry` after another, then each unit's sub-report. Markdown is rendered here.
enum BuildViews {
    static func run(_ scored: ScoredReport, theme: TemplateSet) -> SiteViews {
        let report = scored.report
        let markdown: MarkdownOptions = report.settings.unsafeHTML ? [.smartPunctuation, .headingIDs, .unsafeHTML] : .commentary
        var context = ViewContext(
            scored: scored, markdown: markdown, words: theme.words, charts: ChartTheme(palette: theme.palette, words: theme.words),
            tables: theme.tableRenderer())
        context.sections = PageRegistry.sections(context)
        context.statementLines = Dictionary(
            uniqueKeysWithValues: context.model.dimensions.map { dimension in (dimension.id, dimension.items.map { DistributionChart.labelLines($0.text) }) })
        var pages: [PageView] = []
        for kind in PageRegistry.all where kind.exists(context) {
            pages += kind.build(context).map { PageView(path: $0.path, template: kind.template, view: $0.view) }
        }
        pages += unitPages(context)
        guard let index = pages.first(where: { $0.path == "index.html" })?.view as? IndexPage else { preconditionFailure("the registry builds index.html") }
        return SiteViews(
            pages: pages, index: index, resultsCSV: ResultsCSV.render(scored), resultsJSON: ResultsJSON.render(scored),
            unitData: scored.units.map { UnitData(slug: $0.slug, name: $0.name, scored: scored.unit($0)) },
            assets: report.assetFiles)
    }

    /// Each unit's sub-report, built on every core; each lands in its own slot, so the order never depends on timing.
    private static func unitPages(_ organisation: ViewContext) -> [PageView] {
        let units = organisation.scored.units
        let kinds = PageRegistry.all.filter { $0.inUnits && $0.exists(organisation) }
        let slots = Slots<[PageView]>(count: units.count)
        DispatchQueue.concurrentPerform(iterations: units.count) { index in
            let unit = units[index]
            var context = organisation
            context.scored = organisation.scored.unit(unit)
            context.unit = .init(name: unit.name, organisation: organisation.scored)
            slots.set(
                index,
                kinds.flatMap { kind in
                    kind.build(context).map { PageView(path: "units/\(unit.slug)/" + $0.path, template: kind.template, view: $0.view) }
                })
        }
        return slots.values.flatMap { $0 }
    }
}

/// Shared lookups for the page builders.
struct ViewContext: Sendable {
    var scored: ScoredReport
    let markdown: MarkdownOptions
    /// The theme's wording and, for charts, its colours.
    let words: Words
    let charts: ChartTheme
    /// Renders tables through the theme's `table` partial (see `TableRenderer`).
    let tables: TableRenderer?
    /// The navigation's sections (label, path), the same on every page.
    var sections: [(label: String, path: String)] = []
    /// Each dimension's statements broken into chart label lines (wide, narrow), once for all pages.
    var statementLines: [String: [(wide: [String], narrow: [String])]] = [:]
    /// Set for a unit's sub-report: its pages live in units/<slug>/ and compare with the whole organisation.
    var unit: UnitScope? = nil

    struct UnitScope: Sendable {
        var name: String
        var organisation: ScoredReport
    }

    var model: MaturityModel { scored.report.model }
    var settings: ReportSettings { scored.report.settings }

    func site(root: String, current: String) -> SiteView {
        // Inside a unit's folder the site root is two levels further up; the unit's own pages stay relative.
        let unitRoot = root
        let root = (unit == nil ? "" : "../../") + root
        let nav = sections.map { NavLink(label: $0.label, href: root + $0.path, current: unit == nil && $0.path == current) }
        let dimensionNav = model.dimensions.map {
            NavLink(label: $0.name, href: unitRoot + "dimensions/\($0.id).html", current: current == "dimensions/\($0.id).html")
        }
        return SiteView(
            title: settings.title, organisation: settings.organisation, reportDate: words.date(settings.date),
            modelName: model.name, primaryColor: settings.branding.primaryColor, extraCSS: scored.report.extraStylesheet, root: root,
            logo: settings.branding.logo.map { root + $0 }, nav: nav, dimensionNav: dimensionNav,
            unitName: unit?.name, unitHome: unit == nil ? nil : unitRoot + "index.html")
    }

    func table(caption: String, kind: String? = nil, headers: [String], rows: [[String]]) -> TableView {
        TableView(caption: caption, kind: kind, headers: headers, rows: rows, renderer: tables)
    }

    func table(caption: String, kind: String? = nil, headers: [String], rows: [TableRow]) -> TableView {
        TableView(caption: caption, kind: kind, headers: headers, rows: rows, renderer: tables)
    }

    /// A group's name as readers see it: answers left blank form the theme's "Not stated" group.
    func groupLabel(_ name: String) -> String { name == GroupName.notStated ? words("group_not_stated") : name }

    func stageName(_ index: Int?) -> String { index.map { model.stages[$0].name } ?? NumberStyle.none }

    func status(_ result: DimensionResult) -> String {
        guard result.measured else { return words("status_not_measured") }
        guard let stage = result.stage else { return words("status_no_score") }
        if stage < result.target { return words("status_below_target") }
        return words(stage == result.target ? "status_at_target" : "status_above_target")
    }

    /// A dimension's score as a table cell: two decimals, "–", or the theme's "not measured" for a dimension the
    /// wave did not ask about.
    func score(_ result: DimensionResult?) -> String {
        result.map { $0.measured ? words.numbers.score($0.score) : words("score_not_measured") } ?? NumberStyle.none
    }

    func previousScore(of id: String) -> Double? {
        scored.previous?.dimensions.first { $0.id == id }?.score
    }

    func wave(_ wave: WaveResult) -> WaveLabel { WaveLabel(id: wave.id, date: words.date(wave.date)) }

    func commentaryHTML(_ commentary: Commentary?) -> String? {
        guard let commentary, !commentary.body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return CMarkConverter.html(commentary.body, options: markdown)
    }
}

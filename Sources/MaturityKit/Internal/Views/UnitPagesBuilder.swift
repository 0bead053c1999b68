import Foundation

/// Sub-reports per unit and the roll-up page that ranks units per dimension (`units:` in report.yaml).
enum UnitPagesBuilder {
    /// Units are built on every core; each lands in its own slot, so the order never depends on timing.
    static func build(_ organisation: ScoredReport, markdown: MarkdownOptions) -> [UnitPages] {
        let units = organisation.units
        let slots = Slots<UnitPages>(count: units.count)
        DispatchQueue.concurrentPerform(iterations: units.count) { index in
            let unit = units[index]
            let scored = ScoredReport(report: organisation.report, waves: unit.waves)
            let context = ViewContext(scored: scored, markdown: markdown, unit: .init(name: unit.name, organisation: organisation))
            slots.set(index, UnitPages(slug: unit.slug, index: IndexPageBuilder.build(context),
                                       dimensions: organisation.report.model.dimensions.indices.map { DimensionPageBuilder.build(context, index: $0) }))
        }
        return slots.values
    }

    static func rollup(_ context: ViewContext) -> UnitsPage? {
        guard let attribute = context.settings.units, !context.scored.units.isEmpty else { return nil }
        let model = context.model
        let units = context.scored.units
        // Rank per dimension: 1 is the highest score; ties share a rank.
        var ranks: [[Int?]] = Array(repeating: Array(repeating: nil, count: model.dimensions.count), count: units.count)
        for dimension in model.dimensions.indices {
            let scores = units.map { $0.waves.last?.dimensions[dimension].score }
            for (index, score) in scores.enumerated() {
                guard let score else { continue }
                ranks[index][dimension] = 1 + scores.compactMap { $0 }.filter { $0 > score }.count
            }
        }
        let rows = units.enumerated().map { index, unit -> [String] in
            let current = unit.waves.last
            return [unit.name, current.map { Format.count($0.respondents) } ?? Format.none, Format.score(current?.overallScore)]
                + model.dimensions.indices.map { dimension in
                    guard let score = current?.dimensions[dimension].score, let rank = ranks[index][dimension] else { return Format.none }
                    return "\(Format.score(score)) (#\(rank))"
                }
        }
        let whole = context.scored.current
        let wholeRow = ["Whole organisation", Format.count(whole.respondents), Format.score(whole.overallScore)] + whole.dimensions.map { Format.score($0.score) }
        let hidden = context.scored.current.dimensions.map { $0.breakdowns.first { $0.attribute == attribute }?.hiddenGroups ?? 0 }.max() ?? 0
        return UnitsPage(
            site: context.site(root: "", current: "units.html"), pageTitle: "Units", attribute: attribute, unitCount: String(units.count),
            hiddenNote: hidden == 0 ? "" : "\(hidden) smaller unit(s) of \(attribute) have no sub-report and are not named, so that no figure about a small group can be seen or worked out.",
            table: TableView(caption: "Score and rank (#1 = highest) per dimension and \(attribute)", headers: [attribute.capitalizedFirst, "Respondents", "Overall"] + model.dimensions.map(\.name),
                             rows: [wholeRow] + rows),
            units: units.map { NavLink(label: $0.name, href: "units/\($0.slug)/index.html", current: false) })
    }
}

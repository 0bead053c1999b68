/// The roll-up page that ranks units per dimension (`units:` in report.yaml); each unit's own pages are the
/// registry's unit pages, built by `BuildViews`.
enum UnitPagesBuilder {
    static func rollup(_ context: ViewContext) -> UnitsPage? {
        guard let attribute = context.settings.units, !context.scored.units.isEmpty else { return nil }
        let model = context.model, words = context.words
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
                    return words("score_with_rank", ["score": Format.score(score), "rank": String(rank)])
                }
        }
        let whole = context.scored.current
        let wholeRow =
            [words("whole_organisation"), Format.count(whole.respondents), Format.score(whole.overallScore)] + whole.dimensions.map { Format.score($0.score) }
        let hidden = context.scored.current.dimensions.map { $0.breakdowns.first { $0.attribute == attribute }?.hiddenGroups ?? 0 }.max() ?? 0
        return UnitsPage(
            site: context.site(root: "", current: "units.html"), pageTitle: words("units_title"), attribute: attribute, unitCount: String(units.count),
            hiddenCount: hidden, anyHidden: hidden > 0,
            table: context.table(
                caption: words("units_table_caption", ["attribute": attribute]),
                headers: [attribute.capitalizedFirst, words("table_respondents"), words("table_overall")] + model.dimensions.map(\.name),
                rows: [wholeRow] + rows),
            units: units.map { NavLink(label: $0.name, href: "units/\($0.slug)/index.html", current: false) })
    }
}

/// The roll-up page that ranks units per dimension (`units:` in report.yaml); each unit's own pages are the
/// registry's unit pages, built by `BuildViews`.
enum UnitPagesBuilder {
    static func rollup(_ context: ViewContext) -> UnitsPage? {
        guard let attribute = context.settings.units, !context.scored.units.isEmpty else { return nil }
        let model = context.model, words = context.words
        let units = context.scored.units
        let ranks = model.dimensions.indices.map { dimension in Self.ranks(units.map { $0.waves.last?.dimensions[dimension].score }) }
        let rows = units.enumerated().map { index, unit -> [String] in
            let current = unit.waves.last
            return [unit.name, current.map { words.numbers.count($0.respondents) } ?? NumberStyle.none, words.numbers.score(current?.overallScore)]
                + model.dimensions.indices.map { dimension in
                    guard let score = current?.dimensions[dimension].score, let rank = ranks[dimension][index] else {
                        return context.score(current?.dimensions[dimension])
                    }
                    return words("score_with_rank", ["score": words.numbers.score(score), "rank": words.numbers.integer(rank)])
                }
        }
        let whole = context.scored.current
        let wholeRow =
            [words("whole_organisation"), words.numbers.count(whole.respondents), words.numbers.score(whole.overallScore)]
            + whole.dimensions.map { context.score($0) }
        let hidden = context.scored.current.dimensions.map { $0.breakdowns.first { $0.attribute == attribute }?.hiddenGroups ?? 0 }.max() ?? 0
        return UnitsPage(
            site: context.site(root: "", current: "units.html"), pageTitle: words("units_title"), attribute: attribute,
            unitCount: words.numbers.integer(units.count),
            unitsPlural: context.words.plural(units.count), hiddenCount: context.words.numbers.integer(hidden), anyHidden: hidden > 0,
            hiddenPlural: context.words.plural(hidden),
            table: context.table(
                caption: words("units_table_caption", ["attribute": attribute]),
                headers: [attribute.capitalizedFirst, words("table_respondents"), words("table_overall")] + model.dimensions.map(\.name),
                rows: [wholeRow] + rows),
            units: units.map { NavLink(label: $0.name, href: "units/\($0.slug)/index.html", current: false) })
    }

    /// Competition ranks (1, 2, 2, 4), 1 the highest, by the scores as shown (two decimals): two units that
    /// read the same share a rank. nil for a unit without a score.
    static func ranks(_ scores: [Double?]) -> [Int?] {
        let shown = scores.map { $0.flatMap { Double(Fixed.format($0, places: 2)) } }
        let known = shown.compactMap { $0 }
        return shown.map { score in score.map { mine in 1 + known.filter { $0 > mine }.count } }
    }
}

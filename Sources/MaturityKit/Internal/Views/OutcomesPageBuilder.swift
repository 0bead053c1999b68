/// `outcomes.html` (a report with `outcomes:`): a card per outcome, the NPS composition and drivers of the
/// latest survey, breakdowns, and maturity against outcomes across units.
enum OutcomesPageBuilder {
    static func build(_ context: ViewContext) -> OutcomesPage? {
        guard let outcomes = context.scored.outcomes else { return nil }
        let words = context.words
        let cards = OutcomeTiles.all(context, root: "").map { card(context, $0, outcomes) }
        let latest = outcomes.latest(.nps)
        let breakdowns = outcomes.surveys.last { $0.respondents != nil }.map { OutcomeSections.breakdowns(context, $0) } ?? []
        let links = outcomes.links.map { OutcomeSections.link(context, $0) }
        let tooSmall = outcomes.surveys.filter { $0.respondents == nil }.map(\.id)
        return OutcomesPage(
            site: context.site(root: "", current: "outcomes.html"), pageTitle: words("outcomes_title"),
            minGroupSize: words.numbers.integer(context.settings.minGroupSize),
            cards: cards, survey: latest?.id, composition: latest.flatMap { OutcomeSections.composition(context, $0) },
            drivers: latest.flatMap { OutcomeSections.drivers(context, $0) }, breakdowns: breakdowns, hasBreakdowns: !breakdowns.isEmpty,
            links: links, hasLinks: !links.isEmpty, tooSmall: tooSmall.isEmpty ? nil : tooSmall.joined(separator: words("list_separator")))
    }

    private static func card(_ context: ViewContext, _ tile: OutcomeTile, _ outcomes: OutcomeResults) -> OutcomeCard {
        let dimensions = outcomes.settings.dimensions(linkedTo: tile.id).compactMap { id -> LinkedDimension? in
            guard let index = context.model.dimensions.firstIndex(where: { $0.id == id }) else { return nil }
            let result = context.scored.current.dimensions[index]
            return LinkedDimension(
                name: context.model.dimensions[index].name, href: "dimensions/\(id).html", score: context.words.numbers.score(result.score),
                stage: context.stageName(result.stage))
        }
        let goals = OutcomeTiles.goals(context, outcome: tile.id, current: tile.value, root: "")
        let metric = outcomes.settings.metrics.first { $0.id == tile.id }
        return OutcomeCard(
            tile: tile, chart: OutcomeSections.line(context, tile.id, outcomes), source: metric?.source, dimensions: dimensions,
            hasDimensions: !dimensions.isEmpty, goals: goals, hasGoals: !goals.isEmpty)
    }
}

/// The roadmap's prioritisation section: the open rated initiatives on the impact-and-value against
/// feasibility matrix, with the list by priority as its data table. Done and cancelled initiatives, and
/// those without ratings, are left out and counted. Nil when no initiative carries ratings.
enum PrioritisationBuilder {
    static func build(_ context: ViewContext) -> PrioritisationView? {
        let initiatives = context.scored.report.initiatives
        guard initiatives.contains(where: { $0.rating != nil }) else { return nil }
        let ranked = Initiative.prioritised(initiatives)
        let leftOut = initiatives.count - ranked.count
        return PrioritisationView(
            matrix: ranked.isEmpty ? nil : matrix(context, ranked), leftOutCount: context.words.numbers.integer(leftOut), anyLeftOut: leftOut > 0,
            leftOutPlural: context.words.plural(leftOut)
        )
    }

    /// A number of halves as the page writes it: "14", "10.5".
    static func halves(_ value: Int, _ numbers: NumberStyle) -> String { numbers.fixed(Double(value) / 2, places: value % 2 == 0 ? 0 : 1) }

    private static func matrix(_ context: ViewContext, _ ranked: [(initiative: Initiative, rating: Initiative.Rating)]) -> ChartView {
        let words = context.words, reportDate = context.settings.date
        let points = ranked.map {
            PriorityMatrixChart.Point(title: $0.initiative.title, feasibility: $0.rating.feasibility, worthHalves: $0.rating.worthHalves)
        }
        let names = PriorityMatrixChart.Names(
            majorProjects: words("prio_band_major_projects"), quickWins: words("prio_band_quick_wins"), reconsider: words("prio_band_reconsider"),
            fillIns: words("prio_band_fill_ins"), feasibility: words("prio_axis_feasibility"), worth: words("prio_axis_worth"))
        let count = { (quadrant: Initiative.Quadrant) in words.numbers.integer(ranked.filter { $0.rating.quadrant == quadrant }.count) }
        let description = words.count(
            "prio_matrix_description", ranked.count,
            [
                "quickWins": count(.quickWin), "majorProjects": count(.majorProject), "fillIns": count(.fillIn),
                "reconsider": count(.reconsider), "first": ranked[0].initiative.title,
            ])
        func svg(_ layout: ChartLayout) -> String {
            PriorityMatrixChart.svg(
                points: points, names: names, layout: layout, title: words("prio_matrix_title"), description: description, id: "priorities",
                theme: context.charts)
        }
        let rows = ranked.enumerated().map { index, entry -> [String] in
            let (initiative, rating) = entry
            let status = words(initiative.status.wordKey)
            return [
                words("prio_rank_title", ["rank": words.numbers.integer(index + 1), "title": initiative.title]), words.numbers.integer(rating.impact),
                words.numbers.integer(rating.value),
                words.numbers.integer(rating.feasibility), halves(rating.priorityHalves, words.numbers), words(rating.quadrant.wordKey),
                initiative.isOverdue(reportDate: reportDate) ? words("status_with_overdue", ["status": status]) : status,
            ]
        }
        let headers = [
            "table_initiative", "table_impact", "table_business_value", "table_feasibility", "table_priority", "table_quadrant", "table_status",
        ]
        return ChartView(
            svgHTML: svg(.wide), narrowSVGHTML: svg(.narrow), caption: words("prio_matrix_caption"),
            table: context.table(caption: words("prio_table_caption"), headers: headers.map { words($0) }, rows: rows), tableInline: true)
    }
}

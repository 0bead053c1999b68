/// The figures of one attribute's heatmap and of the table behind it. Per dimension the table has a row for
/// the whole organisation, then one per column group: its score and n, its difference from the organisation,
/// whether it differs from the rest of the organisation beyond the noise, and, when there is a previous wave,
/// its change since then (where the group is shown in both waves). A group hidden for a dimension gets
/// "hidden" and nothing else: no figure, no marker, no change.
struct BreakdownFigures {
    var cells: [[HeatmapChart.Cell]] = []
    var headers: [String]
    var rows: [[String]] = []

    init(_ context: ViewContext, attribute: String, attributeIndex: Int, columns: [String]) {
        let words = context.words, current = context.scored.current, previous = context.scored.previous
        headers = [
            words("table_dimension"), words("table_group"), words("table_score"), words("table_n"), words("table_vs_organisation"),
            words("table_differs_from_rest"),
        ]
        if let previous { headers.append(words("table_change_since", ["wave": previous.id])) }
        for (dimension, result) in zip(context.model.dimensions, current.dimensions) {
            let before = previous?.dimensions.first { $0.id == result.id }
            let earlier = before?.breakdowns.first { $0.attribute == attribute }?.groups ?? []
            var organisation = [
                dimension.name, words("whole_organisation"), words.numbers.score(result.score), words.numbers.count(result.n), NumberStyle.none,
                NumberStyle.none,
            ]
            if previous != nil { organisation.append(words.numbers.change(Self.change(result.score, before?.score))) }
            rows.append(organisation)
            let groups = result.breakdowns[attributeIndex].groups
            var line: [HeatmapChart.Cell] = []
            for name in columns {
                guard let group = groups.first(where: { $0.name == name }), let figures = group.figures else {
                    line.append(HeatmapChart.Cell(hidden: true))
                    rows.append(
                        [dimension.name, context.groupLabel(name), words("hidden_cell")] + Array(repeating: NumberStyle.none, count: headers.count - 3))
                    continue
                }
                let difference = result.score.map { figures.score - $0 }
                let p = GroupContrast.pValue(group, of: result)
                let beyond = (p ?? 1) < 0.05
                line.append(HeatmapChart.Cell(score: figures.score, difference: difference, beyondNoise: beyond))
                var row = [
                    dimension.name, context.groupLabel(name), words.numbers.score(figures.score), words.numbers.count(figures.n),
                    words.numbers.change(difference),
                    p == nil ? words("not_tested") : !beyond ? words("no") : words((difference ?? 0) > 0 ? "beyond_noise_above" : "beyond_noise_below"),
                ]
                if previous != nil {
                    let then = earlier.first { $0.name == name }?.figures?.score
                    row.append(words.numbers.change(Self.change(figures.score, then)))
                }
                rows.append(row)
            }
            cells.append(line)
        }
    }

    static func change(_ now: Double?, _ then: Double?) -> Double? {
        guard let now, let then else { return nil }
        return now - then
    }
}

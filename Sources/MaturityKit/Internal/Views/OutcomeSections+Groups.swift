/// The outcome page's breakdowns and its maturity-against-outcome plots.
extension OutcomeSections {
    /// One table per attribute of the latest survey shown: each group's measures with their n; a measure the
    /// suppression rule hides for a group reads as hidden, and wholly hidden groups are only counted.
    static func breakdowns(_ context: ViewContext, _ survey: SurveyResult) -> [OutcomeBreakdownView] {
        let words = context.words
        let measures = SurveyMeasure.allCases.filter { survey.score($0) != nil }
        return survey.breakdowns.map { breakdown in
            let rows = breakdown.groups.map { group -> [String] in
                [context.groupLabel(group.name)]
                    + measures.flatMap { measure -> [String] in
                        guard let score = group.score(measure) else { return [words("hidden_cell"), NumberStyle.none] }
                        return [OutcomeTiles.value(words.numbers, measure, score), words.numbers.count(group.n(measure))]
                    }
            }
            let headers =
                [words("table_group")]
                + measures.flatMap { measure in
                    let name = OutcomeTiles.measureName(words, measure, short: true)
                    return [name, words("table_n_of", ["what": name])]
                }
            return OutcomeBreakdownView(
                attribute: breakdown.attribute,
                table: context.table(
                    caption: words("outcome_breakdown_caption", ["attribute": breakdown.attribute, "survey": survey.id]), kind: "numeric", headers: headers,
                    rows: rows),
                hiddenNote: breakdown.hiddenGroups == 0
                    ? nil
                    : words.count("outcome_hidden_groups", breakdown.hiddenGroups, ["min_group_size": words.numbers.integer(context.settings.minGroupSize)]))
        }
    }

    static func link(_ context: ViewContext, _ link: LinkResult) -> OutcomeLinkView {
        let words = context.words, model = context.model
        let dimension = model.dimensions.first { $0.id == link.dimension }!
        let outcome = OutcomeTiles.name(context, link.outcome.rawValue)
        let format = { OutcomeTiles.value(words.numbers, link.outcome, $0) }
        let values = link.points.map(\.outcome), scores = link.points.map(\.score)
        let (low, high) = (values.min() ?? 0, values.max() ?? 1)
        let pad = max((high - low) * 0.15, link.outcome == .ces ? 0.1 : 2)
        let yAxis = NiceTicks.ticks((low - pad)...(high + pad))
        let (left, right) = (scores.min() ?? Double(model.scale.min), scores.max() ?? Double(model.scale.max))
        let xPad = max((right - left) * 0.15, 0.1)
        let xAxis = NiceTicks.ticks(max(Double(model.scale.min), left - xPad)...min(Double(model.scale.max), right + xPad))
        let x = ScatterChart.Axis(
            title: words("link_axis_dimension", ["dimension": dimension.name]), range: xAxis.range, ticks: xAxis.ticks,
            format: { words.numbers.fixed($0, places: 2) })
        let y = ScatterChart.Axis(
            title: outcome, range: yAxis.range, ticks: yAxis.ticks, format: { words.numbers.fixed($0, places: link.outcome == .ces ? 1 : 0) })
        let points = link.points.map { ScatterChart.Point(label: $0.unit, x: $0.score, y: $0.outcome) }
        let list = link.points.map { words("link_point", ["unit": $0.unit, "score": words.numbers.score($0.score), "outcome": format($0.outcome)]) }
        let r = link.r.map { words.numbers.fixed($0, places: 2) }
        func svg(_ layout: ChartLayout) -> String {
            ScatterChart.svg(
                points, x: x, y: y, layout: layout, title: words("link_title", ["outcome": outcome, "dimension": dimension.name]),
                description: list.joined(separator: words("list_separator")), id: "link-\(link.outcome.rawValue)-\(link.dimension)", theme: context.charts)
        }
        let rows = link.points.map { [$0.unit, words.numbers.score($0.score), format($0.outcome)] }
        let chart = ChartView(
            svgHTML: svg(.wide), narrowSVGHTML: svg(.narrow),
            caption: words("link_caption", ["outcome": outcome, "dimension": dimension.name, "survey": link.survey, "wave": context.scored.current.id]),
            table: context.table(
                caption: words("link_table_caption", ["outcome": outcome, "dimension": dimension.name]),
                headers: [words("table_unit"), dimension.name, outcome], rows: rows))
        return OutcomeLinkView(
            outcome: outcome, dimension: dimension.name, href: "dimensions/\(dimension.id).html", r: r,
            interval: link.ci95.map {
                words(
                    "outcome_interval",
                    ["low": words.numbers.fixed($0.low, places: 2), "high": words.numbers.fixed($0.high, places: 2)])
            }, units: words.numbers.integer(link.points.count),
            chart: chart)
    }
}

/// The charts of a dimension page: where the score sits on the stage ladder, and the answers per statement.
enum DimensionCharts {
    static func position(_ context: ViewContext, _ dimension: MaturityModel.Dimension, _ result: DimensionResult, _ previous: Double?) -> ChartView {
        let model = context.model, words = context.words
        let target = model.stages[result.target]
        let description = words(
            "position_description",
            [
                "dimension": dimension.name, "score": words.numbers.score(result.score), "ci": words.numbers.interval(result.ci95),
                "stage": context.stageName(result.stage), "target": target.name, "threshold": words.numbers.fixed(target.minScore, places: 2),
            ])
        func svg(_ layout: ChartLayout) -> String {
            PositionChart.svg(
                score: result.score, ci: result.ci95.map { ($0.low, $0.high) }, previous: previous, target: target.minScore,
                model: model, layout: layout, title: words("position_title", ["dimension": dimension.name]), description: description,
                id: "position", theme: context.charts)
        }
        var rows = [
            [words("table_score"), words.numbers.score(result.score)], [words("position_ci"), words.numbers.interval(result.ci95)],
            [words("position_target", ["target": target.name]), words.numbers.fixed(target.minScore, places: 2)],
        ]
        if let previousWave = context.scored.previous { rows.append([words("position_previous", ["wave": previousWave.id]), words.numbers.score(previous)]) }
        return ChartView(
            svgHTML: svg(.wide), narrowSVGHTML: svg(.narrow),
            caption: words(context.scored.previous == nil ? "position_caption" : "position_caption_previous"),
            table: context.table(caption: words("position_table_caption"), headers: [words("table_figure"), words("table_value")], rows: rows))
    }

    static func items(_ context: ViewContext, _ dimension: MaturityModel.Dimension, _ result: DimensionResult) -> ChartView {
        let scale = context.model.scale, words = context.words
        let labels = scale.labels.isEmpty ? (scale.min...scale.max).map(String.init) : scale.labels
        let lines = context.statementLines[dimension.id]
        // Statements the wave did not ask are left out here; the page lists them in a note.
        let asked = Set(dimension.items.map(\.id)).subtracting(result.missingItems)
        let shown = zip(dimension.items, result.items).enumerated().compactMap { index, pair in
            !asked.contains(pair.0.id)
                ? nil
                : pair.1.counts.map {
                    DistributionChart.Row(label: pair.0.text, counts: $0, wideLines: lines?[index].wide, narrowLines: lines?[index].narrow)
                }
        }
        func svg(_ layout: ChartLayout) -> String {
            DistributionChart.svg(
                rows: shown, labels: labels, layout: layout,
                title: words("items_title", ["dimension": dimension.name]),
                description: words("items_description", ["count": words.numbers.integer(shown.count), "dimension": dimension.name]),
                id: "items", theme: context.charts)
        }
        let rows = zip(dimension.items, result.items).filter { asked.contains($0.0.id) }.map { item, figures in
            var statement = item.text
            if item.reverse { statement = words("statement_reverse", ["statement": statement]) }
            if item.weight != 1 { statement = words("statement_weight", ["statement": statement, "weight": words.numbers.fixed(item.weight, places: 1)]) }
            return [item.id, statement, words.numbers.count(figures.n), words.numbers.score(figures.mean)]
                + (figures.counts?.map { words.numbers.count($0) } ?? labels.map { _ in NumberStyle.none })
        }
        return ChartView(
            svgHTML: svg(.wide), narrowSVGHTML: svg(.narrow), caption: words("items_caption"),
            table: context.table(
                caption: words("items_table_caption"),
                headers: [words("table_item"), words("table_statement"), words("table_n"), words("table_mean")] + labels, rows: rows),
            tableInline: true)
    }
}

/// The overview's chart of scores against targets: a radar from five dimensions up, a dot chart below five
/// and on narrow screens, with the same figures in a table.
enum ProfileChartBuilder {
    static func build(_ context: ViewContext) -> ChartView {
        let model = context.model, words = context.words, theme = context.charts
        let current = context.scored.current
        let scores = current.dimensions.map(\.score)
        let targets = current.dimensions.map { model.stages[$0.target].minScore }
        let benchmark = context.scored.report.benchmarks.first
        let benchmarkName = benchmark.map { words("series_benchmark_median", ["benchmark": $0.name]) }
        var series = [
            RadarChart.Series(name: words("series_current", ["wave": current.id]), values: scores, colour: theme.current, dash: nil, marker: "circle"),
            RadarChart.Series(name: words("series_target"), values: targets.map { $0 }, colour: theme.target, dash: "7 5", marker: "square"),
        ]
        if let benchmark, let benchmarkName {
            series.append(
                RadarChart.Series(
                    name: benchmarkName, values: model.dimensions.map { benchmark.dimensions[$0.id]?.median }, colour: theme.benchmark, dash: "1 4",
                    marker: "circle"))
        }
        let previousName = context.scored.previous.map { words("series_previous", ["wave": $0.id]) }
        if let previous = context.scored.previous, let previousName {
            series.insert(
                RadarChart.Series(name: previousName, values: previous.dimensions.map(\.score), colour: theme.previous, dash: "2 3", marker: "circle"), at: 1)
        }
        // Highest and lowest among the dimensions with a score (one not measured or withheld is neither).
        let scored = zip(model.dimensions, scores).filter { $0.1 != nil }
        let lowest = scored.min { ($0.1 ?? 0) < ($1.1 ?? 0) }
        let highest = scored.max { ($0.1 ?? 0) < ($1.1 ?? 0) }
        let description = words(
            "radar_description",
            [
                "count": words.numbers.integer(model.dimensions.count), "min": words.numbers.integer(model.scale.min),
                "max": words.numbers.integer(model.scale.max),
                "highest": highest?.0.name ?? "", "highest_score": words.numbers.score(highest?.1), "lowest": lowest?.0.name ?? "",
                "lowest_score": words.numbers.score(lowest?.1),
            ])
        let dots = model.dimensions.indices.map { index in
            DotChart.Row(
                label: model.dimensions[index].name, score: scores[index], ci: current.dimensions[index].ci95.map { ($0.low, $0.high) },
                previous: context.previousScore(of: model.dimensions[index].id), target: targets[index],
                benchmark: benchmark?.dimensions[model.dimensions[index].id]?.median)
        }
        let names = DotChart.Names(current: series[0].name, previous: previousName, target: words("series_target"), benchmark: benchmarkName)
        func dotChart(_ layout: ChartLayout) -> String {
            DotChart.svg(
                rows: dots, names: names, scale: model.scale, layout: layout, title: words("radar_title"), description: description, id: "profile", theme: theme
            )
        }
        // A radar reads only with five axes or more; below that, and on phones, the dot chart.
        let svg =
            model.dimensions.count < 5
            ? dotChart(.wide)
            : RadarChart.svg(
                axes: model.dimensions.map(\.name), series: series, scale: model.scale,
                title: words("radar_title"), description: description, id: "radar", theme: theme)
        var headers = [words("table_dimension"), words("table_current_score")]
        if let previousName { headers.append(previousName) }
        headers.append(words("series_target"))
        if let benchmarkName { headers.append(benchmarkName) }
        let rows = model.dimensions.indices.map { index -> [String] in
            var row = [model.dimensions[index].name, context.score(current.dimensions[index])]
            if let previous = context.scored.previous { row.append(context.score(previous.dimensions[index])) }
            row.append(words.numbers.score(targets[index]))
            if let benchmark { row.append(words.numbers.score(benchmark.dimensions[model.dimensions[index].id]?.median)) }
            return row
        }
        return ChartView(
            svgHTML: svg, narrowSVGHTML: dotChart(.narrow), caption: words(model.dimensions.count < 5 ? "profile_caption" : "radar_caption"),
            table: context.table(caption: words("radar_table_caption"), headers: headers, rows: rows))
    }
}

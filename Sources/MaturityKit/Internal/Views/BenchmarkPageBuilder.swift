/// `benchmark.html`: our scores against each selected benchmark set, and across sets when there are several.
enum BenchmarkPageBuilder {
    static func build(_ context: ViewContext) -> BenchmarkPage? {
        let sets = context.scored.report.benchmarks
        guard !sets.isEmpty else { return nil }
        let model = context.model, current = context.scored.current, words = context.words
        let views = sets.map { set -> BenchmarkSetView in
            let rows = zip(model.dimensions, current.dimensions).map { dimension, result in
                BenchmarkChart.Row(label: dimension.name, score: result.score, ci: result.ci95.map { ($0.low, $0.high) }, figures: set.dimensions[dimension.id])
            }
            let above = zip(model.dimensions, current.dimensions).filter { dimension, result in
                guard let median = set.dimensions[dimension.id]?.median, let score = result.score else { return false }
                return score > median
            }.count
            let svg = { (layout: ChartLayout) in
                BenchmarkChart.svg(
                    rows: rows, scale: model.scale, layout: layout, title: words("benchmark_chart_title", ["set": set.name]),
                    description: words(
                        set.illustrative ? "benchmark_chart_description_illustrative" : "benchmark_chart_description",
                        [
                            "count": words.numbers.integer(model.dimensions.count), "set": set.name, "above": words.numbers.integer(above),
                            "with_figures": words.numbers.integer(set.dimensions.count),
                        ]),
                    id: "bench-\(set.id)", theme: context.charts)
            }
            let table = zip(model.dimensions, current.dimensions).map { dimension, result -> [String] in
                guard let figures = set.dimensions[dimension.id] else {
                    return [dimension.name, context.score(result)] + Array(repeating: NumberStyle.none, count: 6)
                }
                return [
                    dimension.name, context.score(result), words.numbers.count(figures.n), words.numbers.score(figures.mean), words.numbers.score(figures.p25),
                    words.numbers.score(figures.median), words.numbers.score(figures.p75), percentile(result.score, figures, model, words.numbers),
                ]
            }
            let headers = [
                "table_dimension", "table_our_score", "table_organisations", "table_mean", "table_p25", "table_median", "table_p75", "table_percentile_rank",
            ]
            return BenchmarkSetView(
                id: set.id, name: set.name, source: set.source, year: set.year.map(String.init), illustrative: set.illustrative,
                chart: ChartView(
                    svgHTML: svg(.wide), narrowSVGHTML: svg(.narrow), caption: words("benchmark_chart_caption"),
                    table: context.table(caption: words("benchmark_table_caption", ["set": set.name]), headers: headers.map { words($0) }, rows: table)))
        }
        var cross: TableView?
        if sets.count > 1 {
            let rows = zip(model.dimensions, current.dimensions).map { dimension, result in
                [dimension.name, context.score(result)]
                    + sets.map { set in
                        set.dimensions[dimension.id].map { percentile(result.score, $0, model, words.numbers) } ?? NumberStyle.none
                    }
            }
            cross = context.table(
                caption: words("benchmark_cross_caption"), headers: [words("table_dimension"), words("table_our_score")] + sets.map(\.name), rows: rows)
        }
        return BenchmarkPage(site: context.site(root: "", current: "benchmark.html"), pageTitle: words("benchmarks_title"), sets: views, cross: cross)
    }

    static func percentile(_ score: Double?, _ figures: BenchmarkSet.Figures, _ model: MaturityModel, _ numbers: NumberStyle) -> String {
        guard let score else { return NumberStyle.none }
        return numbers.fixed(BenchmarkLoader.percentileRank(score, figures, scale: model.scale), places: 0)
    }
}

/// `benchmark.html`: our scores against each selected benchmark set, and across sets when there are several.
enum BenchmarkPageBuilder {
    static let method = "The percentile rank estimates the share of organisations in a set that score below ours. It is interpolated linearly between the set's quartiles (25th, 50th and 75th percentiles), taking the ends of the scale as the 0th and 100th percentiles; it is an estimate, not a count."

    static func build(_ context: ViewContext) -> BenchmarkPage? {
        let sets = context.scored.report.benchmarks
        guard !sets.isEmpty else { return nil }
        let model = context.model, current = context.scored.current
        let views = sets.map { set -> BenchmarkSetView in
            let rows = zip(model.dimensions, current.dimensions).map { dimension, result in
                BenchmarkChart.Row(label: dimension.name, score: result.score, ci: result.ci95.map { ($0.low, $0.high) }, figures: set.dimensions[dimension.id])
            }
            let above = zip(model.dimensions, current.dimensions).filter { dimension, result in
                guard let median = set.dimensions[dimension.id]?.median, let score = result.score else { return false }
                return score > median
            }.count
            let svg = BenchmarkChart.svg(rows: rows, scale: model.scale, title: "Our scores against \(set.name)",
                                         description: "For each of \(model.dimensions.count) dimensions, our score with its 95% confidence interval against the interquartile range and median of \(set.name)\(set.illustrative ? " (illustrative figures)" : ""). We are above the median on \(above) of \(set.dimensions.count) dimensions with figures.",
                                         id: "bench-\(set.id)")
            let table = zip(model.dimensions, current.dimensions).map { dimension, result -> [String] in
                guard let figures = set.dimensions[dimension.id] else { return [dimension.name, Format.score(result.score), Format.none, Format.none, Format.none, Format.none, Format.none, Format.none] }
                return [dimension.name, Format.score(result.score), Format.count(figures.n), Format.score(figures.mean), Format.score(figures.p25),
                        Format.score(figures.median), Format.score(figures.p75), percentile(result.score, figures, model)]
            }
            return BenchmarkSetView(
                id: set.id, name: set.name, source: set.source, year: set.year.map(String.init), illustrative: set.illustrative,
                chart: ChartView(svgHTML: svg, caption: "Band: the middle half of organisations in the set; tick: its median; dot: our score.",
                                 table: TableView(caption: "Our scores against \(set.name)", headers: ["Dimension", "Our score", "Organisations (n)", "Mean", "25th", "Median", "75th", "Our percentile rank"], rows: table)))
        }
        var cross: TableView?
        if sets.count > 1 {
            let rows = zip(model.dimensions, current.dimensions).map { dimension, result in
                [dimension.name, Format.score(result.score)] + sets.map { set in
                    set.dimensions[dimension.id].map { percentile(result.score, $0, model) } ?? Format.none
                }
            }
            cross = TableView(caption: "Our estimated percentile rank in each benchmark set", headers: ["Dimension", "Our score"] + sets.map(\.name), rows: rows)
        }
        return BenchmarkPage(site: context.site(root: "", current: "benchmark.html"), pageTitle: "Benchmarks", sets: views, cross: cross, method: method)
    }

    static func percentile(_ score: Double?, _ figures: BenchmarkSet.Figures, _ model: MaturityModel) -> String {
        guard let score else { return Format.none }
        return Fixed.format(BenchmarkLoader.percentileRank(score, figures, scale: model.scale), places: 0)
    }

    /// Our position in every set, for one dimension.
    static func positions(_ context: ViewContext, dimension: String, score: Double?) -> [BenchmarkPosition] {
        context.scored.report.benchmarks.compactMap { set in
            guard let figures = set.dimensions[dimension] else { return nil }
            return BenchmarkPosition(set: set.name, illustrative: set.illustrative, median: Format.score(figures.median),
                                     band: "\(Format.score(figures.p25))–\(Format.score(figures.p75))",
                                     percentile: percentile(score, figures, context.model))
        }
    }
}

/// The executive overview: overall stage, radar of current against target, the dimension table,
/// strengths and gaps, and the overview commentary.
enum IndexPageBuilder {
    static func build(_ context: ViewContext) -> IndexPage {
        let model = context.model, words = context.words
        let current = context.scored.current
        let benchmark = context.scored.report.benchmarks.first
        let rows = zip(model.dimensions, current.dimensions).map { dimension, result in
            DimensionRow(
                name: dimension.name, href: "dimensions/\(dimension.id).html", group: dimension.group ?? "",
                score: Format.score(result.score), ci: Format.interval(result.ci95), n: Format.count(result.n),
                stage: context.stageName(result.stage), target: context.stageName(result.target),
                change: context.scored.previous == nil
                    ? Format.none : Format.change(result.score.flatMap { score in context.previousScore(of: dimension.id).map { score - $0 } }),
                status: context.status(result),
                percentile: benchmark?.dimensions[dimension.id].map { BenchmarkPageBuilder.percentile(result.score, $0, model) } ?? Format.none,
                organisation: context.unit.map { Format.score($0.organisation.current.dimensions.first { $0.id == dimension.id }?.score) } ?? "")
        }
        let scoredPairs = zip(model.dimensions, current.dimensions).filter { $0.1.score != nil }
        let strengths = scoredPairs.sorted { ($0.1.score ?? 0) > ($1.1.score ?? 0) }.prefix(3).map { dimension, result in
            highlight(context, dimension, result)
        }
        let gaps = scoredPairs.filter { ($0.1.stage ?? 0) < $0.1.target }
            .sorted { gapSize($0.1, model) > gapSize($1.1, model) }
            .prefix(3).map { highlight(context, $0.0, $0.1) }
        let overview = context.scored.report.overview
        return IndexPage(
            site: context.site(root: "", current: "index.html"), pageTitle: words("overview_title"),
            overallScore: Format.score(current.overallScore), overallStage: context.stageName(current.overallStage),
            overallStageSummary: current.overallStage.map { model.stages[$0].summary } ?? "",
            isSurvey: current.kind == .survey, isScores: current.kind == .scores, isCriteria: current.kind == .criteria,
            respondents: Format.count(current.respondents),
            wave: context.wave(current), previousWave: context.scored.previous.map(context.wave),
            radar: radar(context), dimensions: rows, dimensionTable: dimensionTable(context, rows),
            strengths: Array(strengths), gaps: Array(gaps),
            commentaryTitle: overview?.title, commentaryHTML: context.unit == nil ? context.commentaryHTML(overview) : nil,
            benchmarkName: benchmark?.name, benchmarkIllustrative: benchmark?.illustrative ?? false,
            groups: groupTable(context), isUnit: context.unit != nil)
    }

    static func highlight(_ context: ViewContext, _ dimension: MaturityModel.Dimension, _ result: DimensionResult) -> Highlight {
        let model = context.model
        return Highlight(
            name: dimension.name, href: "dimensions/\(dimension.id).html", score: Format.score(result.score),
            stage: context.stageName(result.stage), summary: model.stages[result.stage ?? 0].summary,
            gap: Fixed.format(gapSize(result, model), places: 2), targetStage: model.stages[result.target].name,
            targetThreshold: Fixed.format(model.stages[result.target].minScore, places: 2))
    }

    /// Score, stage and change per dimension, each name linking to its page.
    static func dimensionTable(_ context: ViewContext, _ rows: [DimensionRow]) -> TableView {
        let words = context.words
        let benchmark = context.scored.report.benchmarks.first
        var headers = ["table_dimension", "table_score", "table_ci", "table_n", "table_stage", "table_target", "table_change", "table_status"].map { words($0) }
        if context.unit != nil { headers.append(words("table_whole_organisation")) }
        if let benchmark { headers.append(words("table_percentile_vs", ["benchmark": benchmark.name])) }
        return context.table(
            caption: words("dimensions_caption"), kind: "dimensions", headers: headers,
            rows: rows.map { row in
                var cells = [row.score, row.ci, row.n, row.stage, row.target, row.change, row.status]
                if context.unit != nil { cells.append(row.organisation) }
                if benchmark != nil { cells.append(row.percentile) }
                return TableRow(header: row.name, link: NavLink(label: row.name, href: row.href, current: false), cells: cells)
            })
    }

    /// Scores per dimension group (a layer or track), when the model groups its dimensions.
    static func groupTable(_ context: ViewContext) -> TableView? {
        let model = context.model, current = context.scored.current, words = context.words
        let names = model.dimensions.reduce(into: [String]()) { names, dimension in
            if let group = dimension.group, !names.contains(group) { names.append(group) }
        }
        guard names.count > 1 else { return nil }
        let rows = names.map { name -> [String] in
            let members = zip(model.dimensions, current.dimensions).filter { $0.0.group == name }
            let scores = members.compactMap(\.1.score)
            let mean = scores.count == members.count && !scores.isEmpty ? scores.reduce(0, +) / Double(scores.count) : nil
            return [
                name, Format.score(mean), context.stageName(mean.map(model.stageIndex(forScore:))),
                members.map(\.0.name).joined(separator: words("list_separator")),
            ]
        }
        return context.table(
            caption: words("groups_caption"), headers: ["table_group", "table_score", "table_stage", "table_dimensions"].map { words($0) }, rows: rows)
    }

    /// Distance from the score up to the target stage's threshold.
    static func gapSize(_ result: DimensionResult, _ model: MaturityModel) -> Double {
        max(0, model.stages[result.target].minScore - (result.score ?? Double(model.scale.min)))
    }

    static func radar(_ context: ViewContext) -> ChartView {
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
        let lowest = zip(model.dimensions, scores).min { ($0.1 ?? 0) < ($1.1 ?? 0) }
        let highest = zip(model.dimensions, scores).max { ($0.1 ?? 0) < ($1.1 ?? 0) }
        let description = words(
            "radar_description",
            [
                "count": String(model.dimensions.count), "min": String(model.scale.min), "max": String(model.scale.max),
                "highest": highest?.0.name ?? "", "highest_score": Format.score(highest?.1), "lowest": lowest?.0.name ?? "",
                "lowest_score": Format.score(lowest?.1),
            ])
        let svg = RadarChart.svg(
            axes: model.dimensions.map(\.name), series: series, scale: model.scale,
            title: words("radar_title"), description: description, id: "radar", theme: theme)
        var headers = [words("table_dimension"), words("table_current_score")]
        if let previousName { headers.append(previousName) }
        headers.append(words("series_target"))
        if let benchmarkName { headers.append(benchmarkName) }
        let rows = model.dimensions.indices.map { index -> [String] in
            var row = [model.dimensions[index].name, Format.score(scores[index])]
            if context.scored.previous != nil { row.append(Format.score(context.previousScore(of: model.dimensions[index].id))) }
            row.append(Format.score(targets[index]))
            if let benchmark { row.append(Format.score(benchmark.dimensions[model.dimensions[index].id]?.median)) }
            return row
        }
        return ChartView(
            svgHTML: svg, caption: words("radar_caption"),
            table: context.table(caption: words("radar_table_caption"), headers: headers, rows: rows))
    }
}

/// The executive overview: overall stage, radar of current against target, the dimension table,
/// strengths and gaps, and the overview commentary.
enum IndexPageBuilder {
    static func build(_ context: ViewContext) -> IndexPage {
        let model = context.model
        let current = context.scored.current
        let rows = zip(model.dimensions, current.dimensions).map { dimension, result in
            DimensionRow(
                name: dimension.name, href: "dimensions/\(dimension.id).html", group: dimension.group ?? "",
                score: Format.score(result.score), ci: Format.interval(result.ci95), n: Format.count(result.n),
                stage: context.stageName(result.stage), target: context.stageName(result.target),
                change: context.scored.previous == nil ? Format.none : Format.change(result.score.flatMap { score in context.previousScore(of: dimension.id).map { score - $0 } }),
                status: context.status(result),
                percentile: context.scored.report.benchmarks.first?.dimensions[dimension.id].map { BenchmarkPageBuilder.percentile(result.score, $0, model) } ?? Format.none,
                organisation: context.unit.map { Format.score($0.organisation.current.dimensions.first { $0.id == dimension.id }?.score) } ?? "")
        }
        let scoredPairs = zip(model.dimensions, current.dimensions).filter { $0.1.score != nil }
        let strengths = scoredPairs.sorted { ($0.1.score ?? 0) > ($1.1.score ?? 0) }.prefix(3).map { dimension, result in
            Highlight(name: dimension.name, href: "dimensions/\(dimension.id).html", score: Format.score(result.score),
                      stage: context.stageName(result.stage), note: model.stages[result.stage ?? 0].summary)
        }
        let gaps = scoredPairs.filter { ($0.1.stage ?? 0) < $0.1.target }
            .sorted { gapSize($0.1, model) > gapSize($1.1, model) }
            .prefix(3).map { dimension, result in
                Highlight(name: dimension.name, href: "dimensions/\(dimension.id).html", score: Format.score(result.score),
                          stage: context.stageName(result.stage),
                          note: "\(Fixed.format(gapSize(result, model), places: 2)) points below the \(model.stages[result.target].name) threshold of \(Fixed.format(model.stages[result.target].minScore, places: 2)).")
            }
        let overview = context.scored.report.overview
        return IndexPage(
            site: context.site(root: "", current: "index.html"), pageTitle: "Overview",
            overallScore: Format.score(current.overallScore), overallStage: context.stageName(current.overallStage),
            overallStageSummary: current.overallStage.map { model.stages[$0].summary } ?? "",
            respondents: current.kind == .survey ? "\(Format.count(current.respondents)) respondents" : (current.kind == .scores ? "scores by an assessor" : "stage criteria assessed by an assessor"),
            waveLabel: "\(current.id) (\(ReportDate.long(current.date)))",
            previousWave: context.scored.previous.map { "\($0.id) (\(ReportDate.long($0.date)))" },
            radar: radar(context), dimensions: rows, strengths: Array(strengths), gaps: Array(gaps),
            dimensionRowsHTML: Fragments.dimensionRows(rows, isUnit: context.unit != nil, withPercentile: !context.scored.report.benchmarks.isEmpty),
            strengthsHTML: Fragments.highlights(Array(strengths)), gapsHTML: Fragments.highlights(Array(gaps)),
            commentaryTitle: overview?.title ?? "Commentary", commentaryHTML: context.unit == nil ? context.commentaryHTML(overview) : nil,
            benchmarkName: context.scored.report.benchmarks.first?.name, benchmarkIllustrative: context.scored.report.benchmarks.first?.illustrative ?? false,
            groups: groupTable(context), isUnit: context.unit != nil)
    }

    /// Scores per dimension group (a layer or track), when the model groups its dimensions.
    static func groupTable(_ context: ViewContext) -> TableView? {
        let model = context.model, current = context.scored.current
        let names = model.dimensions.reduce(into: [String]()) { names, dimension in
            if let group = dimension.group, !names.contains(group) { names.append(group) }
        }
        guard names.count > 1 else { return nil }
        let rows = names.map { name -> [String] in
            let members = zip(model.dimensions, current.dimensions).filter { $0.0.group == name }
            let scores = members.compactMap(\.1.score)
            let mean = scores.count == members.count && !scores.isEmpty ? scores.reduce(0, +) / Double(scores.count) : nil
            return [name, Format.score(mean), context.stageName(mean.map(model.stageIndex(forScore:))), members.map(\.0.name).joined(separator: ", ")]
        }
        return TableView(caption: "Score per group of dimensions (mean of its dimensions' scores)", headers: ["Group", "Score", "Stage", "Dimensions"], rows: rows)
    }

    /// Distance from the score up to the target stage's threshold.
    static func gapSize(_ result: DimensionResult, _ model: MaturityModel) -> Double {
        max(0, model.stages[result.target].minScore - (result.score ?? Double(model.scale.min)))
    }

    static func radar(_ context: ViewContext) -> ChartView {
        let model = context.model
        let current = context.scored.current
        let scores = current.dimensions.map(\.score)
        let targets = current.dimensions.map { model.stages[$0.target].minScore }
        var series = [RadarChart.Series(name: "Current (\(current.id))", values: scores, colour: Palette.current, dash: nil, marker: "circle"),
                      RadarChart.Series(name: "Target threshold", values: targets.map { $0 }, colour: Palette.target, dash: "7 5", marker: "square")]
        if let benchmark = context.scored.report.benchmarks.first {
            series.append(RadarChart.Series(name: "\(benchmark.name) median", values: model.dimensions.map { benchmark.dimensions[$0.id]?.median }, colour: "#009e73", dash: "1 4", marker: "circle"))
        }
        if let previous = context.scored.previous {
            series.insert(RadarChart.Series(name: "Previous (\(previous.id))", values: previous.dimensions.map(\.score), colour: Palette.previous, dash: "2 3", marker: "circle"), at: 1)
        }
        let lowest = zip(model.dimensions, scores).min { ($0.1 ?? 0) < ($1.1 ?? 0) }
        let highest = zip(model.dimensions, scores).max { ($0.1 ?? 0) < ($1.1 ?? 0) }
        let description = "Scores of \(model.dimensions.count) dimensions on a \(model.scale.min) to \(model.scale.max) scale against the threshold of each dimension's target stage. Highest: \(highest?.0.name ?? "") \(Format.score(highest?.1)); lowest: \(lowest?.0.name ?? "") \(Format.score(lowest?.1))."
        let svg = RadarChart.svg(axes: model.dimensions.map(\.name), series: series, scale: model.scale,
                                 title: "Current score and target by dimension", description: description, id: "radar")
        var headers = ["Dimension", "Current score"]
        if let previous = context.scored.previous { headers.append("Previous (\(previous.id))") }
        headers.append("Target threshold")
        let benchmark = context.scored.report.benchmarks.first
        if let benchmark { headers.append("\(benchmark.name) median") }
        let rows = model.dimensions.indices.map { index -> [String] in
            var row = [model.dimensions[index].name, Format.score(scores[index])]
            if context.scored.previous != nil { row.append(Format.score(context.previousScore(of: model.dimensions[index].id))) }
            row.append(Format.score(targets[index]))
            if let benchmark { row.append(Format.score(benchmark.dimensions[model.dimensions[index].id]?.median)) }
            return row
        }
        return ChartView(svgHTML: svg, caption: "Current score against the target stage's threshold, per dimension.",
                         table: TableView(caption: "Data behind the radar chart", headers: headers, rows: rows))
    }
}

/// The executive overview: at a glance, scores against targets, the dimension table,
/// strengths and gaps, and the overview commentary.
enum IndexPageBuilder {
    static func build(_ context: ViewContext) -> IndexPage {
        let model = context.model, words = context.words
        let current = context.scored.current
        let benchmark = context.scored.report.benchmarks.first
        let rows = zip(model.dimensions, current.dimensions).map { dimension, result in
            DimensionRow(
                name: dimension.name, href: "dimensions/\(dimension.id).html", group: dimension.group ?? "",
                score: context.score(result), ci: words.numbers.interval(result.ci95), n: words.numbers.count(result.n),
                stage: context.stageName(result.stage), target: context.stageName(result.target),
                change: context.scored.previous == nil
                    ? NumberStyle.none : words.numbers.change(result.score.flatMap { score in context.previousScore(of: dimension.id).map { score - $0 } }),
                status: context.status(result),
                percentile: benchmark?.dimensions[dimension.id].map { BenchmarkPageBuilder.percentile(result.score, $0, model, context.words.numbers) }
                    ?? NumberStyle.none,
                organisation: context.unit.map { context.score($0.organisation.current.dimensions.first { $0.id == dimension.id }) } ?? "")
        }
        // The largest gaps to target first, at most three and at most half of the dimensions; strengths are the
        // highest scores among the rest, so that no dimension is both and a small model still has both.
        let scoredPairs = zip(model.dimensions, current.dimensions).filter { $0.1.score != nil }
        let gapPairs = scoredPairs.filter { ($0.1.stage ?? 0) < $0.1.target }.sorted { gapSize($0.1, model) > gapSize($1.1, model) }
            .prefix(min(3, max(1, scoredPairs.count / 2)))
        let gapIDs = Set(gapPairs.map(\.0.id))
        let strengths = scoredPairs.filter { !gapIDs.contains($0.0.id) }.sorted { ($0.1.score ?? 0) > ($1.1.score ?? 0) }.prefix(3)
            .map { highlight(context, $0.0, $0.1, strongest: true) }
        let gaps = gapPairs.map { highlight(context, $0.0, $0.1, strongest: false) }
        let overview = context.scored.report.overview
        return IndexPage(
            site: context.site(root: "", current: "index.html"), pageTitle: words("overview_title"),
            overallScore: words.numbers.score(current.overallScore), overallStage: context.stageName(current.overallStage),
            overallStageSummary: current.overallStage.map { model.stages[$0].summary } ?? "",
            isSurvey: current.kind == .survey, isScores: current.kind == .scores, isCriteria: current.kind == .criteria,
            respondents: words.numbers.count(current.respondents),
            wave: context.wave(current), previousWave: context.scored.previous.map(context.wave),
            glance: GlanceBuilder.build(context), profile: ProfileChartBuilder.build(context), dimensions: rows, dimensionTable: dimensionTable(context, rows),
            strengths: Array(strengths), gaps: Array(gaps),
            commentaryTitle: overview?.title, commentaryHTML: context.unit == nil ? context.commentaryHTML(overview) : nil,
            benchmarkName: benchmark?.name, benchmarkIllustrative: benchmark?.illustrative ?? false,
            groups: groupTable(context), isUnit: context.unit != nil)
    }

    /// A strength names the dimension's strongest statement, a gap its weakest, each by its mean after reverse
    /// scoring (so that higher is better for every statement).
    static func highlight(_ context: ViewContext, _ dimension: MaturityModel.Dimension, _ result: DimensionResult, strongest: Bool) -> Highlight {
        let model = context.model
        let scale = Double(model.scale.min + model.scale.max)
        let statements = zip(dimension.items, result.items).compactMap { item, figures in
            figures.mean.map { (item: item, score: item.reverse ? scale - $0 : $0) }
        }
        let pick = strongest ? statements.max { $0.score < $1.score } : statements.min { $0.score < $1.score }
        return Highlight(
            name: dimension.name, href: "dimensions/\(dimension.id).html", score: context.words.numbers.score(result.score),
            stage: context.stageName(result.stage), summary: model.stages[result.stage ?? 0].summary,
            statement: pick?.item.text, statementScore: pick.map { context.words.numbers.score($0.score) }, statementReversed: pick?.item.reverse ?? false,
            gap: context.words.numbers.fixed(gapSize(result, model), places: 2), targetStage: model.stages[result.target].name,
            targetThreshold: context.words.numbers.fixed(model.stages[result.target].minScore, places: 2))
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
            // A group's score follows the overall score's rule: the mean of its measured dimensions.
            let mean = Scoring.overallScore(of: members.map(\.1))
            return [
                name, words.numbers.score(mean), context.stageName(mean.map(model.stageIndex(forScore:))),
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
}

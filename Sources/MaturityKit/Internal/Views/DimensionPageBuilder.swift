/// One page per dimension: ladder, score with interval, answers per item, breakdowns, commentary, next steps.
enum DimensionPageBuilder {
    static func build(_ context: ViewContext, index: Int) -> DimensionPage {
        let model = context.model
        let dimension = model.dimensions[index]
        let result = context.scored.current.dimensions[index]
        let previous = context.previousScore(of: dimension.id)
        let stage = result.stage
        let ladder = model.stages.enumerated().reversed().map { offset, step in
            LadderStep(
                name: step.name, threshold: context.words.numbers.fixed(step.minScore, places: 1), descriptor: dimension.descriptors[step.id] ?? "",
                isCurrent: offset == stage, isTarget: offset == result.target)
        }
        let nextIndex = (stage ?? -1) + 1
        // Not measured, the dimension has no stage to go on from.
        let next =
            nextIndex < model.stages.count && result.measured
            ? StageText(name: model.stages[nextIndex].name, descriptor: dimension.descriptors[model.stages[nextIndex].id] ?? "") : nil
        // Actions for every stage from the next one up to the target (at least the next one).
        let lastActionStage = max(result.target, nextIndex)
        let actions = model.stages.indices.filter { $0 >= nextIndex && $0 <= lastActionStage }.compactMap { stageIndex -> ActionGroup? in
            let list = dimension.actions[model.stages[stageIndex].id] ?? []
            return list.isEmpty ? nil : ActionGroup(stage: model.stages[stageIndex].name, actions: list)
        }
        let commentary = context.scored.report.dimensionCommentary[dimension.id]
        let neighbour = { (offset: Int) -> NavLink? in
            let other = index + offset
            guard model.dimensions.indices.contains(other) else { return nil }
            return NavLink(label: model.dimensions[other].name, href: "\(model.dimensions[other].id).html", current: false)
        }
        let kind = context.scored.current.kind
        var page = DimensionPage(
            site: context.site(root: "../", current: "dimensions/\(dimension.id).html"), pageTitle: dimension.name,
            id: dimension.id, name: dimension.name, group: dimension.group, description: dimension.description,
            score: context.score(result), ci: context.words.numbers.interval(result.ci95), n: context.words.numbers.count(result.n),
            sd: result.sd.map { context.words.numbers.fixed($0, places: 2) } ?? NumberStyle.none, stage: context.stageName(stage),
            target: context.stageName(result.target), status: context.status(result),
            change: context.scored.previous == nil ? nil : context.words.numbers.change(result.score.flatMap { s in previous.map { s - $0 } }),
            position: result.score == nil ? nil : DimensionCharts.position(context, dimension, result, previous),
            comparison: result.measured ? comparison(context, dimension: dimension.id, score: result.score) : nil,
            trend: context.scored.waves.count > 1 ? TrendsPageBuilder.chart(context, index: index, width: context.charts.trendWidth, id: "trend") : nil,
            ladder: ladder, current: stage.map { StageText(name: model.stages[$0].name, descriptor: dimension.descriptors[model.stages[$0].id] ?? "") },
            next: next, items: result.items.allSatisfy({ $0.counts == nil }) ? nil : DimensionCharts.items(context, dimension, result),
            breakdowns: breakdowns(context, result),
            assessment: kind == .survey ? nil : AssessmentKind(isScores: kind == .scores, isCriteria: kind == .criteria),
            rationaleHTML: result.assessment.flatMap {
                $0.rationale.isEmpty ? nil : CMarkConverter.html($0.rationale, options: context.markdown.subtracting(.headingIDs))
            },
            criteria: criteriaTable(context, result),
            withheld: kind == .survey && result.n == nil && result.measured, notMeasured: !result.measured,
            missingStatements: result.measured ? dimension.items.filter { result.missingItems.contains($0.id) }.map(\.text) : [],
            hasMissing: result.measured && !result.missingItems.isEmpty, minGroupSize: context.words.numbers.integer(context.settings.minGroupSize),
            commentaryTitle: commentary?.title, commentaryHTML: context.unit == nil ? context.commentaryHTML(commentary) : nil,
            actions: actions, atTarget: (stage ?? -1) >= result.target,
            belowTarget: stage.map { $0 < result.target } ?? false, reachedTarget: stage == result.target,
            aboveTarget: stage.map { $0 > result.target } ?? false,
            initiatives: context.scored.report.initiatives.filter { $0.dimensions.contains(dimension.id) }.map { RoadmapPageBuilder.view($0, context) },
            benchmarks: benchmarkTable(context, dimension: dimension, score: result.score),
            anyIllustrative: context.scored.report.benchmarks.contains { $0.illustrative && $0.dimensions[dimension.id] != nil },
            previous: neighbour(-1), following: neighbour(1))
        let linked = context.scored.outcomes?.settings.outcomes(linkedTo: dimension.id) ?? []
        page.outcomes = OutcomeTiles.all(context, root: "../").filter { linked.contains($0.id) }
        page.hasOutcomes = !page.outcomes.isEmpty
        page.voices = VoiceSections.dimension(context, id: dimension.id, name: dimension.name)
        return page
    }

    static func comparison(_ context: ViewContext, dimension: String, score: Double?) -> Comparison? {
        guard let unit = context.unit, let whole = unit.organisation.current.dimensions.first(where: { $0.id == dimension })?.score else { return nil }
        let difference = score.map { $0 - whole } ?? 0
        let level = score != nil && Fixed.format(abs(difference), places: 2) == "0.00"
        let text = context.words.numbers.fixed(abs(difference), places: 2)
        return Comparison(
            unit: unit.name, organisation: context.words.numbers.score(whole), difference: text,
            above: score != nil && !level && difference > 0, below: score != nil && !level && difference < 0,
            level: level, noScore: score == nil)
    }

    static func criteriaTable(_ context: ViewContext, _ result: DimensionResult) -> TableView? {
        guard let criteria = result.assessment?.criteria, !criteria.isEmpty else { return nil }
        let words = context.words
        return context.table(
            caption: words("criteria_caption"), headers: ["table_criterion", "table_stage", "table_status", "table_evidence"].map { words($0) },
            rows: criteria.map {
                [
                    words("criterion_label", ["id": $0.id, "text": $0.text]), $0.stage, words($0.status.wordKey),
                    $0.evidence.isEmpty ? NumberStyle.none : $0.evidence,
                ]
            })
    }

    /// Our position in every benchmark set that has figures for the dimension; nil when none has.
    static func benchmarkTable(_ context: ViewContext, dimension: MaturityModel.Dimension, score: Double?) -> TableView? {
        let words = context.words
        let rows = context.scored.report.benchmarks.compactMap { set -> [String]? in
            guard let figures = set.dimensions[dimension.id] else { return nil }
            return [
                words(set.illustrative ? "benchmark_set_illustrative" : "benchmark_set", ["set": set.name]), words.numbers.score(figures.median),
                words("range", ["low": words.numbers.score(figures.p25), "high": words.numbers.score(figures.p75)]),
                BenchmarkPageBuilder.percentile(score, figures, context.model, context.words.numbers),
            ]
        }
        guard !rows.isEmpty else { return nil }
        return context.table(
            caption: words("benchmark_position_caption", ["dimension": dimension.name, "score": words.numbers.score(score)]), kind: "numeric",
            headers: ["table_benchmark_set", "table_median", "table_middle_half", "table_percentile_rank"].map { words($0) }, rows: rows)
    }

    static func breakdowns(_ context: ViewContext, _ result: DimensionResult) -> [BreakdownView] {
        let words = context.words
        // A unit's page has no breakdown by unit: it would be the unit itself.
        return result.breakdowns.filter { context.unit == nil || $0.attribute != context.settings.units }.map { breakdown in
            let visible = breakdown.groups.compactMap { group in
                group.figures.map { [context.groupLabel(group.name), words.numbers.count($0.n), words.numbers.score($0.score)] }
            }
            let hidden = breakdown.hiddenGroups
            return BreakdownView(
                attribute: breakdown.attribute,
                table: visible.isEmpty
                    ? nil
                    : context.table(
                        caption: words("breakdown_caption", ["attribute": breakdown.attribute]),
                        headers: [breakdown.attribute.capitalizedFirst, words("table_n"), words("table_score")], rows: visible),
                hiddenCount: context.words.numbers.integer(hidden), anyHidden: hidden > 0)
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

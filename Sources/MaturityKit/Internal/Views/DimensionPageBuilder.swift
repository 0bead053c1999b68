/// One page per dimension: ladder, score with interval, answers per item, breakdowns, commentary, next steps.
enum DimensionPageBuilder {
    static func build(_ context: ViewContext, index: Int) -> DimensionPage {
        let model = context.model
        let dimension = model.dimensions[index]
        let result = context.scored.current.dimensions[index]
        let previous = context.previousScore(of: dimension.id)
        let stage = result.stage
        let ladder = model.stages.enumerated().reversed().map { offset, step in
            LadderStep(name: step.name, threshold: Fixed.format(step.minScore, places: 1), descriptor: dimension.descriptors[step.id] ?? "",
                       marker: [offset == stage ? "You are here" : nil, offset == result.target ? "Target" : nil].compactMap { $0 }.joined(separator: " · "),
                       isCurrent: offset == stage, isTarget: offset == result.target)
        }
        let nextIndex = (stage ?? -1) + 1
        let next = nextIndex < model.stages.count ? StageText(name: model.stages[nextIndex].name, descriptor: dimension.descriptors[model.stages[nextIndex].id] ?? "") : nil
        // Actions for every stage from the next one up to the target (at least the next one).
        let lastActionStage = max(result.target, nextIndex)
        let actions = model.stages.indices.filter { $0 >= nextIndex && $0 <= lastActionStage }.compactMap { stageIndex -> ActionGroup? in
            let list = dimension.actions[model.stages[stageIndex].id] ?? []
            return list.isEmpty ? nil : ActionGroup(stage: model.stages[stageIndex].name, actions: list)
        }
        let commentary = context.scored.report.dimensionCommentary[dimension.id]
        let positions = BenchmarkPageBuilder.positions(context, dimension: dimension.id, score: result.score)
        let neighbour = { (offset: Int) -> NavLink? in
            let other = index + offset
            guard model.dimensions.indices.contains(other) else { return nil }
            return NavLink(label: model.dimensions[other].name, href: "\(model.dimensions[other].id).html", current: false)
        }
        return DimensionPage(
            site: context.site(root: "../", current: "dimensions/\(dimension.id).html"), pageTitle: dimension.name,
            id: dimension.id, name: dimension.name, group: dimension.group, description: dimension.description,
            score: Format.score(result.score), ci: Format.interval(result.ci95), n: Format.count(result.n),
            sd: result.sd.map { Fixed.format($0, places: 2) } ?? Format.none, stage: context.stageName(stage),
            target: context.stageName(result.target), status: context.status(result),
            change: context.scored.previous == nil ? nil : Format.change(result.score.flatMap { s in previous.map { s - $0 } }),
            position: result.score == nil ? nil : position(context, dimension, result, previous),
            comparison: comparison(context, dimension: dimension.id, score: result.score),
            trend: context.scored.waves.count > 1 ? TrendsPageBuilder.chart(context, index: index, width: 560, id: "trend") : nil,
            ladder: ladder, ladderHTML: Fragments.ladder(ladder), current: stage.map { StageText(name: model.stages[$0].name, descriptor: dimension.descriptors[model.stages[$0].id] ?? "") },
            next: next, items: result.items.allSatisfy({ $0.counts == nil }) ? nil : items(context, dimension, result), breakdowns: breakdowns(context, result),
            assessedBy: assessedBy(context.scored.current.kind), rationaleHTML: result.assessment.flatMap { $0.rationale.isEmpty ? nil : CMarkConverter.html($0.rationale, options: context.markdown.subtracting(.headingIDs)) },
            criteria: criteriaTable(result),
            suppressionNote: "Groups with fewer than \(context.settings.minGroupSize) respondents are not shown, and further groups are hidden where needed so that no hidden figure can be worked out by subtracting shown ones (see the methodology page).",
            withheld: context.scored.current.kind == .survey && result.n == nil, minGroupSize: String(context.settings.minGroupSize),
            commentaryTitle: commentary?.title ?? "Assessor commentary", commentaryHTML: context.unit == nil ? context.commentaryHTML(commentary) : nil,
            actions: actions, actionsHTML: Fragments.actions(actions), atTarget: (stage ?? -1) >= result.target,
            initiatives: context.scored.report.initiatives.filter { $0.dimensions.contains(dimension.id) }.map { RoadmapPageBuilder.view($0, context) },
            benchmarks: positions, hasBenchmarks: !positions.isEmpty, anyIllustrative: positions.contains { $0.illustrative },
            previous: neighbour(-1), following: neighbour(1))
    }

    static func comparison(_ context: ViewContext, dimension: String, score: Double?) -> String? {
        guard let unit = context.unit, let whole = unit.organisation.current.dimensions.first(where: { $0.id == dimension })?.score else { return nil }
        guard let score else { return "The whole organisation scores \(Format.score(whole))." }
        let difference = score - whole
        let side = Fixed.format(abs(difference), places: 2) == "0.00" ? "level with" : (difference > 0 ? "\(Fixed.format(difference, places: 2)) above" : "\(Fixed.format(-difference, places: 2)) below")
        return "\(unit.name) is \(side) the whole organisation (\(Format.score(whole)))."
    }

    static func assessedBy(_ kind: WaveKind) -> String? {
        switch kind {
        case .survey: nil
        case .scores: "This wave was scored by an assessor rather than surveyed: there are no respondents, answers or breakdowns."
        case .criteria: "This wave was assessed against the model's stage criteria: the stage is the highest one whose criteria, and every lower stage's, are all met. It counts as that stage's threshold score."
        }
    }

    static func criteriaTable(_ result: DimensionResult) -> TableView? {
        guard let criteria = result.assessment?.criteria, !criteria.isEmpty else { return nil }
        return TableView(caption: "Stage criteria and evidence", headers: ["Criterion", "Stage", "Status", "Evidence"],
                         rows: criteria.map { ["\($0.id): \($0.text)", $0.stage, $0.status.label, $0.evidence.isEmpty ? Format.none : $0.evidence] })
    }

    static func position(_ context: ViewContext, _ dimension: MaturityModel.Dimension, _ result: DimensionResult, _ previous: Double?) -> ChartView {
        let model = context.model
        let target = model.stages[result.target]
        let description = "\(dimension.name) scores \(Format.score(result.score)) (95% confidence interval \(Format.interval(result.ci95))), in the \(context.stageName(result.stage)) stage; the target is \(target.name), from \(Fixed.format(target.minScore, places: 2))."
        let svg = PositionChart.svg(score: result.score, ci: result.ci95.map { ($0.low, $0.high) }, previous: previous, target: target.minScore,
                                    model: model, title: "\(dimension.name): score on the stage ladder", description: description, id: "position")
        var rows = [["Score", Format.score(result.score)], ["95% confidence interval", Format.interval(result.ci95)],
                    ["Target threshold (\(target.name))", Fixed.format(target.minScore, places: 2)]]
        if let previousWave = context.scored.previous { rows.append(["Previous score (\(previousWave.id))", Format.score(previous)]) }
        return ChartView(svgHTML: svg, caption: "The dot is the score, the bar its 95% confidence interval, the dashed line the target stage's threshold\(context.scored.previous == nil ? "" : ", the grey square the previous wave's score").",
                         table: TableView(caption: "Data behind the ladder position chart", headers: ["Figure", "Value"], rows: rows))
    }

    static func items(_ context: ViewContext, _ dimension: MaturityModel.Dimension, _ result: DimensionResult) -> ChartView {
        let scale = context.model.scale
        let labels = scale.labels.isEmpty ? (scale.min...scale.max).map(String.init) : scale.labels
        let shown = result.items.compactMap { item in item.counts.map { DistributionChart.Row(label: item.id, counts: $0) } }
        let svg = DistributionChart.svg(rows: shown, labels: labels,
                                        title: "\(dimension.name): answers per statement",
                                        description: "Share of each answer for the \(shown.count) statements of \(dimension.name) with enough answers to show; disagreement to the left of the centre line, agreement to the right. Exact counts are in the table that follows.",
                                        id: "items")
        let rows = zip(dimension.items, result.items).map { item, figures in
            [item.id, item.text + (item.reverse ? " (reverse-scored)" : "") + (item.weight != 1 ? " (weight \(Fixed.format(item.weight, places: 1)))" : ""),
             Format.count(figures.n), Format.score(figures.mean)] + (figures.counts?.map(Format.count) ?? labels.map { _ in Format.none })
        }
        return ChartView(svgHTML: svg, caption: "Answers per statement. Means are of the answers as given, before reverse scoring.",
                         table: TableView(caption: "Answers per statement", headers: ["Item", "Statement", "n", "Mean"] + labels, rows: rows),
                         tableInline: true)
    }

    static func breakdowns(_ context: ViewContext, _ result: DimensionResult) -> [BreakdownView] {
        // A unit's page has no breakdown by unit: it would be the unit itself.
        result.breakdowns.filter { context.unit == nil || $0.attribute != context.settings.units }.map { breakdown in
            let visible = breakdown.groups.compactMap { group in group.figures.map { [group.name, Format.count($0.n), Format.score($0.score)] } }
            let hidden = breakdown.hiddenGroups
            return BreakdownView(attribute: breakdown.attribute,
                                 table: visible.isEmpty ? nil : TableView(caption: "Score by \(breakdown.attribute)", headers: [breakdown.attribute.capitalizedFirst, "n", "Score"], rows: visible),
                                 hiddenCount: hidden, anyHidden: hidden > 0)
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

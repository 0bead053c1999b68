/// `roadmap.html`: the initiatives on a timeline, the gap to target per dimension, and the gaps no initiative covers.
enum RoadmapPageBuilder {
    static func build(_ context: ViewContext) -> RoadmapPage {
        let model = context.model, current = context.scored.current, words = context.words
        let initiatives = context.scored.report.initiatives
        let reportDate = context.settings.date
        let groups = model.dimensions.compactMap { dimension -> InitiativeGroup? in
            let own = initiatives.filter { $0.dimensions.first == dimension.id }
            guard !own.isEmpty else { return nil }
            return InitiativeGroup(dimension: dimension.name, href: "dimensions/\(dimension.id).html", initiatives: own.map { view($0, context) })
        }
        let overdue = initiatives.filter { $0.isOverdue(reportDate: reportDate) }.count
        let gapRows = zip(model.dimensions, current.dimensions).map { dimension, result -> [String] in
            let steps = max(0, result.target - (result.stage ?? 0))
            let count = initiatives.filter { $0.isActive(on: dimension.id) }.count
            return [
                dimension.name, context.score(result), context.stageName(result.stage), context.stageName(result.target),
                !result.measured ? NumberStyle.none : steps == 0 ? words("gap_none") : words.count("gap_stages", steps), words.numbers.integer(count),
            ]
        }
        let uncovered = zip(model.dimensions, current.dimensions).compactMap { dimension, result -> UncoveredGap? in
            let stage = result.stage ?? 0
            // A dimension the wave did not measure has no known gap.
            guard result.measured, stage < result.target, !initiatives.contains(where: { $0.covers(dimension.id) }) else { return nil }
            let next = model.stages[stage + 1]
            return UncoveredGap(
                dimension: dimension.name, href: "dimensions/\(dimension.id).html", stage: model.stages[stage].name,
                target: model.stages[result.target].name, next: next.name, actions: dimension.actions[next.id] ?? [])
        }
        return RoadmapPage(
            site: context.site(root: "", current: "roadmap.html"), pageTitle: words("roadmap_title"), reportDate: words.date(reportDate),
            hasInitiatives: !initiatives.isEmpty, timeline: timeline(context, groups), groups: groups,
            overdueCount: context.words.numbers.integer(overdue), hasOverdue: overdue > 0, overduePlural: context.words.plural(overdue),
            gaps: context.table(
                caption: words("gaps_caption"),
                headers: ["table_dimension", "table_score", "table_current_stage", "table_target_stage", "table_gap", "table_active_initiatives"].map {
                    words($0)
                },
                rows: gapRows),
            uncovered: uncovered, prioritisation: PrioritisationBuilder.build(context))
    }

    static func timeline(_ context: ViewContext, _ groups: [InitiativeGroup]) -> ChartView? {
        let model = context.model, words = context.words
        let initiatives = context.scored.report.initiatives, reportDate = context.settings.date
        guard !initiatives.isEmpty, let date = ReportDate.parts(reportDate) else { return nil }
        let bars = groups.flatMap { group in
            initiatives.filter { initiative in model.dimensions.first { $0.id == initiative.dimensions.first }?.name == group.dimension }.map {
                GanttChart.Bar(
                    label: $0.title, group: group.dimension, first: $0.start.firstMonthIndex, last: $0.end.lastMonthIndex,
                    status: $0.status, overdue: $0.isOverdue(reportDate: reportDate))
            }
        }
        let overdue = initiatives.filter { $0.isOverdue(reportDate: reportDate) }.count
        let description = words.count(
            "gantt_description", initiatives.count,
            [
                "first": initiatives.map(\.start).min().map(words.period) ?? "",
                "last": initiatives.map(\.end).max().map(words.period) ?? "", "overdue": words.numbers.integer(overdue), "date": words.date(reportDate),
            ])
        func svg(_ layout: ChartLayout) -> String {
            GanttChart.svg(
                bars: bars, reportMonth: date.year * 12 + date.month - 1, layout: layout, title: words("gantt_title"),
                description: description, id: "gantt", theme: context.charts)
        }
        let rows = initiatives.map { initiative -> [String] in
            let dimension = model.dimensions.first { $0.id == initiative.dimensions.first }?.name ?? ""
            let status = words(initiative.status.wordKey)
            return [
                initiative.title, dimension, initiative.owner, words.period(initiative.start), words.period(initiative.end),
                initiative.isOverdue(reportDate: reportDate) ? words("status_with_overdue", ["status": status]) : status,
            ]
        }
        return ChartView(
            svgHTML: svg(.wide), narrowSVGHTML: svg(.narrow), caption: words("gantt_caption"),
            table: context.table(
                caption: words("gantt_table_caption"),
                headers: ["table_initiative", "table_dimension", "table_owner", "table_start", "table_end", "table_status"].map { words($0) },
                rows: rows))
    }

    static func view(_ initiative: Initiative, _ context: ViewContext) -> InitiativeView {
        let model = context.model, words = context.words
        let goal = initiative.goal.map { goal in
            let outcome = OutcomeTiles.tile(context, goal.metric, root: "")
            return GoalView(
                metric: outcome?.name ?? goal.metric, baseline: goal.baseline.isEmpty ? nil : goal.baseline,
                target: goal.target.isEmpty ? nil : goal.target, by: goal.by.isEmpty ? nil : goal.by, outcome: outcome?.id, current: outcome?.value)
        }
        return InitiativeView(
            id: initiative.id, title: initiative.title, owner: initiative.owner,
            start: words.period(initiative.start), end: words.period(initiative.end),
            status: words(initiative.status.wordKey), statusClass: initiative.status.rawValue, overdue: initiative.isOverdue(reportDate: context.settings.date),
            dimensions: initiative.dimensions.compactMap { id in model.dimensions.first { $0.id == id }?.name }.joined(separator: words("list_separator")),
            targetStage: initiative.targetStage.flatMap { id in model.stages.first { $0.id == id }?.name }, goal: goal,
            descriptionHTML: initiative.description.isEmpty
                ? nil : CMarkConverter.html(initiative.description, options: context.markdown.subtracting(.headingIDs)))
    }
}

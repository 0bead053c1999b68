/// `roadmap.html`: the initiatives on a timeline, the gap to target per dimension, and the gaps no initiative covers.
enum RoadmapPageBuilder {
    static func build(_ context: ViewContext) -> RoadmapPage {
        let model = context.model, current = context.scored.current
        let initiatives = context.scored.report.initiatives
        let reportDate = context.settings.date
        let groups = model.dimensions.compactMap { dimension -> InitiativeGroup? in
            let own = initiatives.filter { $0.dimensions.first == dimension.id }
            guard !own.isEmpty else { return nil }
            return InitiativeGroup(dimension: dimension.name, href: "dimensions/\(dimension.id).html", initiatives: own.map { view($0, context) })
        }
        var timeline: ChartView?
        if !initiatives.isEmpty, let date = ReportDate.parts(reportDate) {
            let bars = groups.flatMap { group in
                initiatives.filter { initiative in model.dimensions.first { $0.id == initiative.dimensions.first }?.name == group.dimension }.map {
                    GanttChart.Bar(label: $0.title, group: group.dimension, first: $0.start.firstMonthIndex, last: $0.end.lastMonthIndex,
                                   status: $0.status, overdue: $0.isOverdue(reportDate: reportDate))
                }
            }
            let overdue = initiatives.filter { $0.isOverdue(reportDate: reportDate) }.count
            let svg = GanttChart.svg(bars: bars, reportMonth: date.year * 12 + date.month - 1, title: "Roadmap timeline by quarter",
                                     description: "\(initiatives.count) initiatives grouped by dimension, from \(initiatives.map(\.start).min()?.label ?? "") to \(initiatives.map(\.end).max()?.label ?? ""); \(overdue) overdue at the report date, \(ReportDate.long(reportDate)).",
                                     id: "gantt")
            let rows = initiatives.map { initiative -> [String] in
                let dimension = model.dimensions.first { $0.id == initiative.dimensions.first }?.name ?? ""
                let status = initiative.status.label + (initiative.isOverdue(reportDate: reportDate) ? " (overdue)" : "")
                return [initiative.title, dimension, initiative.owner, initiative.start.label, initiative.end.label, status]
            }
            timeline = ChartView(svgHTML: svg, caption: "Bars run from the start to the end of each initiative; the dashed line marks the report date.",
                                 table: TableView(caption: "Initiatives on the timeline", headers: ["Initiative", "Dimension", "Owner", "Start", "End", "Status"], rows: rows))
        }
        let gapRows = zip(model.dimensions, current.dimensions).map { dimension, result -> [String] in
            let steps = max(0, result.target - (result.stage ?? 0))
            let count = initiatives.filter { $0.dimensions.contains(dimension.id) && $0.status != .cancelled }.count
            return [dimension.name, Format.score(result.score), context.stageName(result.stage), context.stageName(result.target),
                    steps == 0 ? "At or above target" : "\(steps) stage\(steps == 1 ? "" : "s")", String(count)]
        }
        let uncovered = zip(model.dimensions, current.dimensions).compactMap { dimension, result -> UncoveredGap? in
            let stage = result.stage ?? 0
            guard stage < result.target, !initiatives.contains(where: { $0.dimensions.contains(dimension.id) && $0.status != .cancelled }) else { return nil }
            let next = model.stages[stage + 1]
            return UncoveredGap(dimension: dimension.name, href: "dimensions/\(dimension.id).html", stage: model.stages[stage].name,
                                target: model.stages[result.target].name, next: next.name, actions: dimension.actions[next.id] ?? [])
        }
        return RoadmapPage(site: context.site(root: "", current: "roadmap.html"), pageTitle: "Roadmap", reportDate: ReportDate.long(reportDate),
                           hasInitiatives: !initiatives.isEmpty, timeline: timeline, groups: groups,
                           overdueCount: initiatives.filter { $0.isOverdue(reportDate: reportDate) }.count,
                           hasOverdue: initiatives.contains { $0.isOverdue(reportDate: reportDate) },
                           gaps: TableView(caption: "Current and target stage per dimension", headers: ["Dimension", "Score", "Current stage", "Target stage", "Gap", "Active initiatives"], rows: gapRows),
                           uncovered: uncovered)
    }

    static func view(_ initiative: Initiative, _ context: ViewContext) -> InitiativeView {
        let model = context.model
        let goal = initiative.goal.map { goal in
            [goal.metric, goal.baseline.isEmpty ? nil : "from \(goal.baseline)", goal.target.isEmpty ? nil : "to \(goal.target)", goal.by.isEmpty ? nil : "by \(goal.by)"]
                .compactMap { $0 }.joined(separator: " ")
        }
        return InitiativeView(
            id: initiative.id, title: initiative.title, owner: initiative.owner, period: "\(initiative.start.label) – \(initiative.end.label)",
            status: initiative.status.label, statusClass: initiative.status.rawValue, overdue: initiative.isOverdue(reportDate: context.settings.date),
            dimensions: initiative.dimensions.compactMap { id in model.dimensions.first { $0.id == id }?.name }.joined(separator: ", "),
            targetStage: initiative.targetStage.flatMap { id in model.stages.first { $0.id == id }?.name }, goal: goal,
            descriptionHTML: initiative.description.isEmpty ? nil : CMarkConverter.html(initiative.description, options: context.markdown.subtracting(.headingIDs)))
    }
}

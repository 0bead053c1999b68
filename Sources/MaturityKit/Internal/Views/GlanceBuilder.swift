/// The overview's opening section, `at-a-glance`: where the organisation (or unit) stands, how it moved, the
/// three steps that matter most, and the first paragraph of the overview commentary.
enum GlanceBuilder {
    static func build(_ context: ViewContext) -> Glance {
        let model = context.model, current = context.scored.current
        let changes =
            context.scored.previous.map { previous in
                zip(previous.dimensions, current.dimensions).compactMap { WaveChange.between($0.0, $0.1) }
            } ?? []
        let tested = changes.filter { $0.pValue != nil }
        let difference = current.overallScore.flatMap { now in context.scored.previous?.overallScore.map { now - $0 } }
        let steps = nextSteps(context)
        let outcomes = OutcomeTiles.all(context, root: "")
        return Glance(
            scaleMax: context.words.numbers.integer(model.scale.max), change: difference.map { context.words.numbers.change($0) },
            tested: context.words.numbers.integer(tested.count), beyondNoise: context.words.numbers.integer(tested.filter(\.isSignificant).count),
            anyTested: !tested.isEmpty,
            steps: steps, hasSteps: !steps.isEmpty,
            openingHTML: context.unit == nil ? openingParagraph(context) : nil, outcomes: outcomes, hasOutcomes: !outcomes.isEmpty)
    }

    /// Gaps no initiative covers come first, then initiatives past their end, then the largest other gaps;
    /// three at most, one per dimension.
    static func nextSteps(_ context: ViewContext) -> [NextStep] {
        let model = context.model, current = context.scored.current
        let initiatives = context.scored.report.initiatives, date = context.settings.date
        let gaps = zip(model.dimensions, current.dimensions)
            .filter { $0.1.score != nil && ($0.1.stage ?? 0) < $0.1.target }
            .sorted { IndexPageBuilder.gapSize($0.1, model) > IndexPageBuilder.gapSize($1.1, model) }
        func step(_ dimension: MaturityModel.Dimension, _ result: DimensionResult, uncovered: Bool) -> NextStep {
            NextStep(
                isUncovered: uncovered, isOverdue: false, isGap: !uncovered, dimension: dimension.name, href: "dimensions/\(dimension.id).html",
                gap: context.words.numbers.fixed(IndexPageBuilder.gapSize(result, model), places: 2), target: model.stages[result.target].name, title: "",
                end: "")
        }
        var steps = gaps.filter { gap in !initiatives.contains { $0.covers(gap.0.id) } }.map { step($0.0, $0.1, uncovered: true) }
        for initiative in initiatives where initiative.isOverdue(reportDate: date) {
            let name = model.dimensions.first { $0.id == initiative.dimensions.first }?.name ?? ""
            steps.append(
                NextStep(
                    isUncovered: false, isOverdue: true, isGap: false, dimension: name,
                    href: (context.unit == nil ? "" : "../../") + "roadmap.html#initiative-\(initiative.id)",
                    gap: "", target: "", title: initiative.title, end: context.words.period(initiative.end)))
        }
        steps += gaps.map { step($0.0, $0.1, uncovered: false) }
        var seen = Set<String>()
        return Array(steps.filter { seen.insert($0.dimension).inserted }.prefix(3))
    }

    /// The first paragraph of the overview commentary (its first block that is not a heading), rendered.
    static func openingParagraph(_ context: ViewContext) -> String? {
        guard let body = context.scored.report.overview?.body else { return nil }
        let blocks = body.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard let first = blocks.first(where: { !$0.isEmpty && !$0.hasPrefix("#") && !$0.hasPrefix("<") }) else { return nil }
        return CMarkConverter.html(first, options: context.markdown.subtracting(.headingIDs))
    }
}

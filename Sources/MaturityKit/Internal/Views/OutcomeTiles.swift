/// Words and numbers of outcomes, the same on every page: one place for how an NPS, a CSAT, a CES or a
/// metric's value reads.
enum OutcomeTiles {
    /// Every outcome the report shows, survey measures first, then metrics, in the order of outcomes.yaml.
    static func all(_ context: ViewContext, root: String) -> [OutcomeTile] {
        guard let outcomes = context.scored.outcomes else { return [] }
        return (SurveyMeasure.allCases.map(\.rawValue) + outcomes.settings.metrics.map(\.id)).compactMap { tile(context, $0, root: root) }
    }

    /// One outcome by its id, when the report shows it; nil on unit pages, as outcomes are the organisation's.
    static func tile(_ context: ViewContext, _ id: String, root: String) -> OutcomeTile? {
        guard context.unit == nil, let outcomes = context.scored.outcomes else { return nil }
        if let measure = SurveyMeasure(rawValue: id) { return outcomes.latest(measure).map { measureTile(context, measure, $0, root: root) } }
        guard let index = outcomes.settings.metrics.firstIndex(where: { $0.id == id }) else { return nil }
        return metricTile(context, outcomes.settings.metrics[index], outcomes.metrics[index], root: root)
    }

    static func name(_ context: ViewContext, _ outcome: String) -> String {
        if let measure = SurveyMeasure(rawValue: outcome) { return measureName(context.words, measure) }
        return context.scored.outcomes?.settings.metrics.first { $0.id == outcome }?.name ?? outcome
    }

    static func measureName(_ words: Words, _ measure: SurveyMeasure, short: Bool = false) -> String {
        switch measure {
        case .nps: words(short ? "outcome_name_short_nps" : "outcome_name_nps")
        case .csat: words(short ? "outcome_name_short_csat" : "outcome_name_csat")
        case .ces: words(short ? "outcome_name_short_ces" : "outcome_name_ces")
        }
    }

    /// A driver reads as its column header in the latest survey that has it (ids are for files, not readers).
    static func driverName(_ context: ViewContext, _ id: String) -> String {
        context.scored.outcomes?.settings.surveys.last { $0.drivers.contains(id) }?.columns[id] ?? id
    }

    static func value(_ numbers: NumberStyle, _ measure: SurveyMeasure, _ value: Double) -> String {
        switch measure {
        case .nps: signed(numbers, value, places: 1)
        case .csat: numbers.percent(value, places: 1)
        case .ces: numbers.fixed(value, places: 2)
        }
    }

    static func value(_ numbers: NumberStyle, _ metric: BusinessMetric, _ value: Double) -> String {
        let places = metric.series.contains { $0.value != $0.value.rounded() } || value != value.rounded() ? 1 : 0
        let number = numbers.fixed(value, places: places)
        return metric.unit == "percent" ? numbers.percent(text: number) : number + "\u{00A0}" + metric.unit
    }

    /// A value with its sign, `+2.8` or `−5.3`; zero has none.
    static func signed(_ numbers: NumberStyle, _ value: Double, places: Int) -> String {
        let text = numbers.fixed(abs(value), places: places)
        if text == numbers.fixed(0, places: places) { return text }
        return (value < 0 ? numbers.minus : numbers.plus) + text
    }

    private static func interval(_ measure: SurveyMeasure, _ ci: OutcomeStatistics.Interval?, _ context: ViewContext) -> String? {
        ci.map {
            context.words("outcome_interval", ["low": value(context.words.numbers, measure, $0.low), "high": value(context.words.numbers, measure, $0.high)])
        }
    }

    static func measureTile(_ context: ViewContext, _ measure: SurveyMeasure, _ survey: SurveyResult, root: String) -> OutcomeTile {
        let score = survey.score(measure) ?? 0
        let (ci, n) = (survey.overall.ci95(measure), survey.overall.n(measure))
        let change = survey.changes[measure]
        let earlier = context.scored.outcomes?.surveys.prefix { $0.id != survey.id }.last { $0.score(measure) != nil }
        let places = measure == .ces ? 2 : 1
        return OutcomeTile(
            id: measure.rawValue, name: measureName(context.words, measure),
            shortName: measureName(context.words, measure, short: true), isMeasure: true, value: value(context.words.numbers, measure, score),
            interval: interval(measure, ci, context), n: context.words.numbers.count(n), when: survey.id,
            change: change.map { signed(context.words.numbers, $0.difference, places: places) }, since: earlier?.id,
            beyondNoise: change?.beyondNoise == true, withinNoise: change.map { !$0.beyondNoise } ?? false,
            target: nil, by: nil, status: nil, statusClass: nil, href: root + "outcomes.html#outcome-" + measure.rawValue)
    }

    static func metricTile(_ context: ViewContext, _ metric: BusinessMetric, _ result: MetricResult, root: String) -> OutcomeTile {
        let places = metric.series.contains { $0.value != $0.value.rounded() } ? 1 : 0
        let status = metric.target == nil ? nil : result.status
        return OutcomeTile(
            id: metric.id, name: metric.name, shortName: metric.name, isMeasure: false, value: value(context.words.numbers, metric, result.latest.value),
            interval: nil, n: nil,
            when: context.words.period(result.latest.period),
            change: result.previous.map {
                let difference = signed(context.words.numbers, result.latest.value - $0.value, places: places)
                return metric.unit == "percent" ? context.words("outcome_points", ["change": difference]) : difference + "\u{00A0}" + metric.unit
            },
            since: result.previous.map { context.words.period($0.period) }, beyondNoise: false, withinNoise: false,
            target: metric.target.map { value(context.words.numbers, metric, $0.value) }, by: metric.target.map { context.words.period($0.by) },
            status: status.map { context.words($0.wordKey) }, statusClass: status?.rawValue, href: root + "outcomes.html#outcome-" + metric.id)
    }

    /// Roadmap goals whose `metric` names the outcome, with the outcome's latest value as "current".
    static func goals(_ context: ViewContext, outcome: String, current: String, root: String) -> [OutcomeGoal] {
        context.scored.report.initiatives.compactMap { initiative in
            guard let goal = initiative.goal, goal.metric == outcome else { return nil }
            return OutcomeGoal(
                initiative: initiative.title, href: root + "roadmap.html#initiative-\(initiative.id)", baseline: goal.baseline, current: current,
                target: goal.target, by: goal.by)
        }
    }
}

/// The `outcomes` part of `data/results.json`: every figure at full precision, hidden groups counted, never named.
extension ResultsJSON {
    static func outcomes(_ outcomes: OutcomeResults) -> JSONValue {
        .object([
            ("surveys", .array(outcomes.surveys.map(survey))),
            ("metrics", .array(zip(outcomes.settings.metrics, outcomes.metrics).map(metric))),
            ("links", .array(outcomes.links.map(link))),
        ])
    }

    private static func survey(_ survey: SurveyResult) -> JSONValue {
        let breakdowns = survey.breakdowns.map { breakdown -> (String, JSONValue) in
            (
                breakdown.attribute,
                .array(
                    breakdown.groups.map { group in
                        .object([("group", .string(group.name))] + measures(group))
                    })
            )
        }
        let changes = SurveyMeasure.allCases.compactMap { measure in survey.changes[measure].map { (measure.rawValue, change($0)) } }
        return .object(
            [("id", .string(survey.id)), ("date", .string(survey.date)), ("n", survey.respondents.map(JSONValue.integer) ?? .null)]
                + measures(survey.overall)
                + [
                    ("drivers", .array(survey.drivers.map(driver))),
                    ("breakdowns", .object(breakdowns)),
                    ("hidden_groups", .object(survey.breakdowns.map { ($0.attribute, JSONValue.integer($0.hiddenGroups)) })),
                    ("change", .object(changes)),
                ])
    }

    private static func measures(_ group: OutcomeGroup) -> [(String, JSONValue)] {
        let (nps, csat, ces) = (group.nps, group.csat, group.ces)
        return [
            (
                "nps",
                nps.map {
                    .object([
                        ("score", .number($0.score)), ("n", .integer($0.n)), ("promoters", .integer($0.promoters)), ("passives", .integer($0.passives)),
                        ("detractors", .integer($0.detractors)), ("ci95", interval($0.ci95)),
                    ])
                } ?? .null
            ),
            ("csat", csat.map { .object([("score", .number($0.score)), ("n", .integer($0.n)), ("ci95", interval($0.ci95))]) } ?? .null),
            (
                "ces",
                ces.map { .object([("score", .number($0.mean)), ("n", .integer($0.n)), ("sd", .number($0.sd)), ("ci95", interval($0.ci95))]) } ?? .null
            ),
        ]
    }

    private static func driver(_ driver: DriverResult) -> JSONValue {
        .object([
            ("id", .string(driver.id)), ("mean", .number(driver.mean)), ("n", .integer(driver.n)), ("r", driver.r.map(JSONValue.number) ?? .null),
            ("ci95", interval(driver.ci95)),
        ])
    }

    private static func change(_ change: OutcomeStatistics.Change) -> JSONValue {
        .object([
            ("difference", .number(change.difference)), ("statistic", change.statistic.map(JSONValue.number) ?? .null),
            ("beyond_noise", .bool(change.beyondNoise)),
        ])
    }

    private static func metric(_ metric: BusinessMetric, _ result: MetricResult) -> JSONValue {
        .object([
            ("id", .string(metric.id)), ("name", .string(metric.name)), ("unit", .string(metric.unit)), ("better", .string(metric.better.rawValue)),
            ("series", .array(metric.series.map { .object([("period", .string($0.period.text)), ("value", .number($0.value))]) })),
            ("latest", .number(result.latest.value)), ("latest_period", .string(result.latest.period.text)),
            ("target", metric.target.map { .object([("value", .number($0.value)), ("by", .string($0.by.text))]) } ?? .null),
            ("status", .string(result.status.rawValue)),
        ])
    }

    private static func link(_ link: LinkResult) -> JSONValue {
        .object([
            ("outcome", .string(link.outcome.rawValue)), ("dimension", .string(link.dimension)), ("survey", .string(link.survey)),
            ("units", .integer(link.points.count)), ("r", link.r.map(JSONValue.number) ?? .null), ("ci95", interval(link.ci95)),
        ])
    }

    private static func interval(_ interval: OutcomeStatistics.Interval?) -> JSONValue {
        interval.map { .array([.number($0.low), .number($0.high)]) } ?? .null
    }
}

/// The score step's outcome part: every survey's figures with its breakdowns protected by the one suppression
/// rule, the change between surveys, each metric's status, and maturity against outcomes across units.
enum ScoreOutcomes {
    static func run(_ settings: OutcomeSettings, answers: [SurveyAnswers], scored: ScoredReport) -> (OutcomeResults, Suppression.Audit) {
        let minimum = scored.report.settings.minGroupSize
        var audit = Suppression.Audit()
        var surveys: [SurveyResult] = []
        for (survey, read) in zip(settings.surveys, answers) {
            let (result, hid) = OutcomeSurveyScoring.score(survey, read, minimum: minimum)
            audit.add(hid)
            surveys.append(result)
        }
        addChanges(&surveys)
        let metrics = settings.metrics.map(metric)
        let links = unitLinks(settings, surveys: surveys, scored: scored)
        return (OutcomeResults(surveys: surveys, metrics: metrics, links: links, settings: settings), audit)
    }

    /// Each survey's measures against the previous survey that shows the same measure.
    private static func addChanges(_ surveys: inout [SurveyResult]) {
        for index in surveys.indices {
            let earlier = surveys[..<index]
            if let now = surveys[index].nps, let before = earlier.last(where: { $0.nps != nil })?.nps {
                surveys[index].changes[.nps] = OutcomeStatistics.npsChange(before, now)
            }
            if let now = surveys[index].csat, let before = earlier.last(where: { $0.csat != nil })?.csat {
                surveys[index].changes[.csat] = OutcomeStatistics.csatChange((before.satisfied, before.n), (now.satisfied, now.n))
            }
            if let now = surveys[index].ces, let before = earlier.last(where: { $0.ces != nil })?.ces {
                surveys[index].changes[.ces] = OutcomeStatistics.cesChange(before, now)
            }
        }
    }

    /// `met` when the latest value reaches the target; else `on-track` when the straight line through the last
    /// two points (each at the end of its period) reaches it by the end of the target's period; else `off-track`.
    static func metric(_ metric: BusinessMetric) -> MetricResult {
        let latest = metric.series[metric.series.count - 1]
        let previous = metric.series.count > 1 ? metric.series[metric.series.count - 2] : nil
        var result = MetricResult(id: metric.id, latest: latest, previous: previous, status: .noTarget)
        guard let target = metric.target else { return result }
        if metric.reaches(latest.value, target.value) {
            result.status = .met
        } else if let previous {
            let months = Double(latest.period.lastMonthIndex - previous.period.lastMonthIndex)
            let slope = (latest.value - previous.value) / months
            let needed = target.value - latest.value
            // Moving towards the target (same sign as what is still needed), and arriving in time.
            if slope != 0 && (slope > 0) == (needed > 0) {
                let arrival = Double(latest.period.lastMonthIndex) + needed / slope
                result.status = arrival <= Double(target.by.lastMonthIndex) ? .onTrack : .offTrack
            } else {
                result.status = .offTrack
            }
        } else {
            result.status = .noTrend
        }
        return result
    }

    /// For every link from a survey measure to a dimension: the units shown both in the current wave (with a
    /// score for the dimension) and in the breakdown by units of the latest survey showing the measure.
    private static func unitLinks(_ settings: OutcomeSettings, surveys: [SurveyResult], scored: ScoredReport) -> [LinkResult] {
        guard let unitAttribute = scored.report.settings.units else { return [] }
        var links: [LinkResult] = []
        for (outcome, dimensions) in settings.links {
            guard let measure = SurveyMeasure(rawValue: outcome),
                let survey = surveys.last(where: { $0.score(measure) != nil && $0.breakdowns.contains { $0.attribute == unitAttribute } }),
                let breakdown = survey.breakdowns.first(where: { $0.attribute == unitAttribute })
            else { continue }
            for dimension in dimensions {
                guard let d = scored.report.model.dimensions.firstIndex(where: { $0.id == dimension }) else { continue }
                var points: [(unit: String, score: Double, outcome: Double)] = []
                for unit in scored.units {
                    guard let wave = unit.waves.last, wave.id == scored.current.id, let score = wave.dimensions[d].score,
                        let value = breakdown.groups.first(where: { $0.name == unit.name })?.score(measure)
                    else { continue }
                    points.append((unit.name, score, value))
                }
                let r = OutcomeStatistics.pearson(points.map { ($0.score, $0.outcome) })
                let interval = r.flatMap { OutcomeStatistics.fisher($0, n: points.count) }
                links.append(LinkResult(outcome: measure, dimension: dimension, survey: survey.id, points: points, r: r, ci95: interval))
            }
        }
        return links
    }
}

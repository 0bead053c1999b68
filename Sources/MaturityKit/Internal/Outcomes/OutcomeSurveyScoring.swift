/// One customer survey's figures. Below `min_group_size` respondents a survey shows nothing; a measure with
/// fewer answers than that is not shown; the groups of every breakdown go through `Suppression.protect`, one
/// linked table per measure (its total and, per attribute, the sum of its groups), so that no hidden group can
/// be worked out from the total and the groups shown.
enum OutcomeSurveyScoring {
    static func score(_ survey: CustomerSurvey, _ answers: SurveyAnswers, minimum: Int) -> (SurveyResult, Suppression.Audit) {
        var result = SurveyResult(id: survey.id, date: survey.date, respondents: nil)
        guard answers.respondents >= minimum else { return (result, Suppression.Audit()) }
        result.respondents = answers.respondents
        result.overall = OutcomeGroup.of(Array(0..<answers.respondents), answers, measures: survey.measures)
        for measure in survey.measures where (result.overall.n(measure) ?? 0) < minimum { result.overall.withhold(measure) }
        let shown = survey.measures.filter { result.overall.n($0) != nil }
        if let nps = answers.measures[.nps], shown.contains(.nps) {
            result.drivers = zip(survey.drivers, answers.drivers).compactMap { driver($0, ratings: $1, nps: nps, minimum: minimum) }
        }
        var audit = Suppression.Audit()
        for (a, attribute) in survey.attributes.enumerated() {
            let (breakdown, hid) = protectedBreakdown(attribute, a, answers, measures: shown, minimum: minimum)
            audit.add(hid)
            result.breakdowns.append(breakdown)
        }
        return (result, audit)
    }

    private static func driver(_ id: String, ratings: [Int8], nps: [Int8], minimum: Int) -> DriverResult? {
        var pairs: [(Double, Double)] = []
        for (rating, answer) in zip(ratings, nps) where rating != SurveyAnswers.blank && answer != SurveyAnswers.blank {
            pairs.append((Double(rating), Double(answer)))
        }
        guard pairs.count >= minimum else { return nil }
        let mean = pairs.reduce(0) { $0 + $1.0 } / Double(pairs.count)
        let r = OutcomeStatistics.pearson(pairs)
        return DriverResult(id: id, n: pairs.count, mean: mean, r: r, ci95: r.flatMap { OutcomeStatistics.fisher($0, n: pairs.count) })
    }

    /// The groups of one attribute, in name order ("Not stated" last), with every figure the rule hides removed.
    private static func protectedBreakdown(
        _ attribute: String, _ a: Int, _ answers: SurveyAnswers, measures: [SurveyMeasure], minimum: Int
    ) -> (OutcomeBreakdown, Suppression.Audit) {
        let names = answers.groupNames[a]
        let order = names.indices.sorted { GroupOrder.precedes(names[$0], names[$1]) }
        var members: [[Int]] = Array(repeating: [], count: names.count)
        for (respondent, group) in answers.groups[a].enumerated() { members[Int(group)].append(respondent) }
        var groups = order.map { OutcomeGroup.of(members[$0], answers, measures: measures, name: names[$0]) }
        var audit = Suppression.Audit()
        for measure in measures {
            var tables = LinkedTables()
            let total = tables.cell(n: groups.reduce(0) { $0 + ($1.n(measure) ?? 0) }, pinned: true)
            let cells = groups.map { tables.cell(n: $0.n(measure) ?? 0) }
            tables.sum(total: total, parts: cells)
            audit.add(Suppression.protect(&tables, minimum: minimum))
            for (index, cell) in cells.enumerated() where tables.isHidden(cell) { groups[index].withhold(measure) }
        }
        let visible = groups.filter { group in measures.contains { group.n($0) != nil } }
        return (OutcomeBreakdown(attribute: attribute, groups: visible, hiddenGroups: groups.count - visible.count), audit)
    }
}

extension OutcomeGroup {
    /// The figures of some respondents for the given measures (a measure nobody answered stays nil).
    static func of(_ respondents: [Int], _ answers: SurveyAnswers, measures: [SurveyMeasure], name: String = "") -> OutcomeGroup {
        var group = OutcomeGroup(name: name)
        for measure in measures {
            guard let column = answers.measures[measure] else { continue }
            let values = respondents.compactMap { column[$0] == SurveyAnswers.blank ? nil : Int(column[$0]) }
            guard !values.isEmpty else { continue }
            switch measure {
            case .nps:
                let promoters = values.filter { $0 >= 9 }.count, detractors = values.filter { $0 <= 6 }.count
                group.nps = OutcomeStatistics.NPS(promoters: promoters, passives: values.count - promoters - detractors, detractors: detractors)
            case .csat:
                let satisfied = values.filter { $0 >= 4 }.count
                let (score, interval) = OutcomeStatistics.csat(satisfied: satisfied, n: values.count)
                group.csat = CSATFigures(satisfied: satisfied, n: values.count, score: score, ci95: interval)
            case .ces:
                group.ces = OutcomeStatistics.MeanFigures(values: values)
            }
        }
        return group
    }

    func n(_ measure: SurveyMeasure) -> Int? {
        switch measure {
        case .nps: nps?.n
        case .csat: csat?.n
        case .ces: ces?.n
        }
    }

    mutating func withhold(_ measure: SurveyMeasure) {
        switch measure {
        case .nps: nps = nil
        case .csat: csat = nil
        case .ces: ces = nil
        }
    }
}

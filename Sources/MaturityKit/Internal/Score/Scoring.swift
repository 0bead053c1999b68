/// Scoring exactly as SPEC §5 states it.
enum Scoring {
    /// Adds one respondent's answers (raw scale values in model item order) to the tally, and to their unit's.
    static func addRespondent(answers: [Int?], groups: [Int], model: MaturityModel, to tally: inout ResponseTally) {
        if tally.plan == nil { tally.plan = ScoringPlan(model) }
        let plan = tally.plan!
        // Each dimension's score for this respondent, computed once for the whole and the unit.
        var scores = [Double?](repeating: nil, count: plan.ranges.count)
        for (dimension, range) in plan.ranges.enumerated() {
            var weighted = 0.0, weights = 0.0, answered = 0
            for item in range {
                guard let answer = answers[item] else { continue }
                let scored = plan.reverse[item] ? plan.min + plan.max - answer : answer
                weighted += plan.weights[item] * Double(scored)
                weights += plan.weights[item]
                answered += 1
            }
            // Fewer than half of the dimension's items (rounded up) answered: no score for this dimension.
            if answered > 0, answered >= (range.count + 1) / 2 { scores[dimension] = weighted / weights }
        }
        add(answers: answers, scores: scores, groups: groups, plan: plan, to: &tally)
        if let unitAttribute = tally.unitAttribute {
            let unit = groups[unitAttribute]
            while tally.units.count <= unit {
                var fresh = ResponseTally(itemCount: tally.itemCounts.count / tally.points, points: tally.points,
                                          dimensionCount: tally.dimensions.count, attributeCount: groups.count)
                fresh.plan = plan
                tally.units.append(fresh)
                tally.unitGroupMaps.append(Array(repeating: [], count: groups.count))
            }
            // The unit's own group slots (its groups appear in another order than the whole's), looked up by name
            // once and then remembered by slot.
            var subGroups = groups
            for (attribute, group) in groups.enumerated() {
                if tally.unitGroupMaps[unit][attribute].count <= group {
                    tally.unitGroupMaps[unit][attribute] += Array(repeating: -1, count: group + 1 - tally.unitGroupMaps[unit][attribute].count)
                }
                if tally.unitGroupMaps[unit][attribute][group] < 0 {
                    tally.unitGroupMaps[unit][attribute][group] = tally.units[unit].group(tally.groupNames[attribute][group], attribute: attribute)
                }
                subGroups[attribute] = tally.unitGroupMaps[unit][attribute][group]
            }
            add(answers: answers, scores: scores, groups: subGroups, plan: plan, to: &tally.units[unit])
        }
    }

    private static func add(answers: [Int?], scores: [Double?], groups: [Int], plan: ScoringPlan, to tally: inout ResponseTally) {
        tally.respondents += 1
        for (item, answer) in answers.enumerated() {
            if let answer { tally.itemCounts[item * tally.points + answer - plan.min] += 1 }
        }
        for (dimension, score) in scores.enumerated() {
            guard let score else { continue }
            tally.dimensions[dimension].add(score)
            for (attribute, group) in groups.enumerated() {
                tally.groupMoments[attribute][group][dimension].add(score)
            }
        }
    }

    /// Turns a finished tally into the wave's figures, applying targets, stages and suppression.
    static func result(of tally: ResponseTally, wave: ReportSettings.WaveSettings, settings: ReportSettings, model: MaturityModel) -> WaveResult {
        var itemIndex = 0
        var dimensions: [DimensionResult] = []
        for (dimensionIndex, dimension) in model.dimensions.enumerated() {
            let moments = tally.dimensions[dimensionIndex]
            var items: [ItemResult] = []
            for item in dimension.items {
                let counts = Array(tally.itemCounts[(itemIndex * tally.points)..<((itemIndex + 1) * tally.points)])
                let n = counts.reduce(0, +)
                let total = counts.enumerated().reduce(0.0) { $0 + Double(($1.offset + model.scale.min) * $1.element) }
                items.append(ItemResult(id: item.id, n: n, mean: n > 0 ? total / Double(n) : nil, counts: counts))
                itemIndex += 1
            }
            let breakdowns = settings.attributes.enumerated().map { attribute, name in
                AttributeBreakdown(attribute: name, groups: Suppression.apply(
                    names: tally.groupNames[attribute], moments: tally.groupMoments[attribute].map { $0[dimensionIndex] },
                    minimum: settings.minGroupSize))
            }
            let score = moments.n > 0 ? moments.mean : nil
            dimensions.append(DimensionResult(
                id: dimension.id, score: score, n: moments.n, sd: Statistics.sampleSD(moments),
                ci95: Statistics.confidenceInterval95(moments).map { (low: $0.0, high: $0.1) },
                stage: score.map(model.stageIndex(forScore:)), target: targetIndex(dimension.id, settings, model),
                items: items, breakdowns: breakdowns))
        }
        let scored = dimensions.compactMap(\.score)
        let overall = scored.count == dimensions.count && !scored.isEmpty ? scored.reduce(0, +) / Double(scored.count) : nil
        return WaveResult(id: wave.id, date: wave.date, respondents: tally.respondents, overallScore: overall,
                          overallStage: overall.map(model.stageIndex(forScore:)), dimensions: dimensions)
    }

    static func targetIndex(_ dimension: String, _ settings: ReportSettings, _ model: MaturityModel) -> Int {
        let stage = settings.targetOverrides.last { $0.dimension == dimension }?.stage ?? settings.defaultTarget
        return model.stageIndex(id: stage) ?? model.stages.count - 1
    }
}

/// The minimum-group-size rule with its secondary step (SPEC §5).
enum Suppression {
    /// Groups come back sorted by name, "Not stated" last. Groups with no respondent for the dimension are left out.
    static func apply(names: [String], moments: [ResponseTally.Moments], minimum: Int) -> [GroupResult] {
        let present = zip(names, moments).filter { $0.1.n > 0 }.sorted { lhs, rhs in
            let (l, r) = (lhs.0 == GroupName.notStated, rhs.0 == GroupName.notStated)
            return l != r ? r : lhs.0.unicodeScalars.lexicographicallyPrecedes(rhs.0.unicodeScalars)
        }
        var hidden = present.map { $0.1.n < minimum }
        if hidden.filter({ $0 }).count == 1 {
            // One hidden group could be recovered as total minus the others: hide the smallest visible group too.
            let candidates = present.indices.filter { !hidden[$0] }
            if let smallest = candidates.min(by: { present[$0].1.n < present[$1].1.n }) { hidden[smallest] = true }
        }
        return present.indices.map { index in
            GroupResult(name: present[index].0, figures: hidden[index] ? nil : (present[index].1.n, present[index].1.mean))
        }
    }
}

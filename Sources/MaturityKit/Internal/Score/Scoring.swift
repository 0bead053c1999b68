/// Scoring exactly as SPEC §5 states it.
enum Scoring {
    /// Marks a blank answer in a row of raw scale values.
    static let blank = Int.min

    /// One respondent's score per dimension: the weighted mean of the answered items, reverse-scored items
    /// flipped; nan where fewer than half of the dimension's items in the wave (rounded up) were answered.
    static func dimensionScores(answers: [Int], plan: ScoringPlan, into scores: inout [Double]) {
        // Runs once per respondent: plain pointers, no bounds or copy-on-write checks in the loop.
        answers.withUnsafeBufferPointer { answers in
            plan.weights.withUnsafeBufferPointer { weights in
                plan.reverse.withUnsafeBufferPointer { reverse in
                    scores.withUnsafeMutableBufferPointer { scores in
                        for (dimension, range) in plan.ranges.enumerated() {
                            var weighted = 0.0, total = 0.0, answered = 0
                            for item in range {
                                let answer = answers[item]
                                guard answer != blank else { continue }
                                let scored = reverse[item] ? plan.min + plan.max - answer : answer
                                weighted += weights[item] * Double(scored)
                                total += weights[item]
                                answered += 1
                            }
                            scores[dimension] = answered > 0 && answered >= plan.required[dimension] ? weighted / total : .nan
                        }
                    }
                }
            }
        }
    }

    /// Turns a finished tally into the wave's figures, with targets and stages. Nothing is hidden yet: that is
    /// `WaveProtection`'s step, which sees the organisation and every unit at once.
    static func result(of tally: ResponseTally, wave: ReportSettings.WaveSettings, settings: ReportSettings, model: MaturityModel) -> WaveResult {
        var itemIndex = 0
        var dimensions: [DimensionResult] = []
        for (dimensionIndex, dimension) in model.dimensions.enumerated() {
            let moments = tally.dimensions[dimensionIndex]
            var items: [ItemResult] = []
            var missing: [String] = []
            for item in dimension.items {
                if !tally.present[itemIndex] { missing.append(item.id) }
                let counts = Array(tally.itemCounts[(itemIndex * tally.points)..<((itemIndex + 1) * tally.points)])
                let n = counts.reduce(0, +)
                let total = counts.enumerated().reduce(0.0) { $0 + Double(($1.offset + model.scale.min) * $1.element) }
                items.append(ItemResult(id: item.id, n: n, mean: n > 0 ? total / Double(n) : nil, counts: counts))
                itemIndex += 1
            }
            let breakdowns = settings.attributes.enumerated().map { attribute, name in
                AttributeBreakdown(
                    attribute: name,
                    groups: GroupOrder.sorted(
                        names: tally.groupNames[attribute], moments: tally.groupMoments[attribute].map { $0[dimensionIndex] }))
            }
            let score = moments.n > 0 ? moments.mean : nil
            dimensions.append(
                DimensionResult(
                    id: dimension.id, score: score, n: moments.n, sd: Statistics.sampleSD(moments),
                    ci95: Statistics.confidenceInterval95(moments).map { (low: $0.0, high: $0.1) },
                    stage: score.map(model.stageIndex(forScore:)), target: targetIndex(dimension.id, settings, model),
                    items: items, breakdowns: breakdowns, measured: missing.count < dimension.items.count, missingItems: missing))
        }
        let overall = overallScore(of: dimensions)
        return WaveResult(
            id: wave.id, date: wave.date, respondents: tally.respondents, overallScore: overall,
            overallStage: overall.map(model.stageIndex(forScore:)), dimensions: dimensions)
    }

    /// The overall score: the mean of the scores of the dimensions the wave measured, only when every one of
    /// them has a score (a dimension a partial wave did not measure is left out of the mean).
    static func overallScore(of dimensions: [DimensionResult]) -> Double? {
        let measured = dimensions.filter(\.measured)
        let scores = measured.compactMap(\.score)
        return scores.count == measured.count && !scores.isEmpty ? scores.reduce(0, +) / Double(scores.count) : nil
    }

    static func targetIndex(_ dimension: String, _ settings: ReportSettings, _ model: MaturityModel) -> Int {
        let stage = settings.targetOverrides.last { $0.dimension == dimension }?.stage ?? settings.defaultTarget
        return model.stageIndex(id: stage) ?? model.stages.count - 1
    }
}

/// The order groups are listed in: by name, "Not stated" last.
enum GroupOrder {
    static func sorted(names: [String], moments: [ResponseTally.Moments]) -> [GroupResult] {
        zip(names, moments).filter { $0.1.n > 0 }.sorted { precedes($0.0, $1.0) }.map { GroupResult(name: $0.0, figures: ($0.1.n, $0.1.mean), m2: $0.1.m2) }
    }

    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        let (l, r) = (lhs == GroupName.notStated, rhs == GroupName.notStated)
        return l != r ? r : lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
    }
}

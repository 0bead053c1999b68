/// Figures of an assessor wave (`scores` or `criteria`): one score and stage per dimension, no respondents,
/// so no standard deviation, interval, item counts or breakdowns.
enum AssessorScoring {
    static func result(
        wave: ReportSettings.WaveSettings, scores: [String: (score: Double, assessment: Assessment)],
        loaded: LoadedReport
    ) -> WaveResult {
        let model = loaded.model
        let dimensions = model.dimensions.map { dimension in
            let entry = scores[dimension.id]
            return DimensionResult(
                id: dimension.id, score: entry?.score, n: 0, sd: nil, ci95: nil, stage: entry.map { model.stageIndex(forScore: $0.score) },
                target: Scoring.targetIndex(dimension.id, loaded.settings, model), items: [], breakdowns: [], assessment: entry?.assessment)
        }
        return result(wave, dimensions, model)
    }

    static func result(
        wave: ReportSettings.WaveSettings, criteria stages: [String: (stage: Int, assessment: Assessment)],
        loaded: LoadedReport
    ) -> WaveResult {
        let model = loaded.model
        let dimensions = model.dimensions.map { dimension in
            let entry = stages[dimension.id]
            // The achieved stage counts as its threshold score, so that waves of every kind can be compared.
            return DimensionResult(
                id: dimension.id, score: entry.map { model.stages[$0.stage].minScore }, n: 0, sd: nil, ci95: nil, stage: entry?.stage,
                target: Scoring.targetIndex(dimension.id, loaded.settings, model), items: [], breakdowns: [], assessment: entry?.assessment)
        }
        return result(wave, dimensions, model)
    }

    private static func result(_ wave: ReportSettings.WaveSettings, _ dimensions: [DimensionResult], _ model: MaturityModel) -> WaveResult {
        let overall = Scoring.overallScore(of: dimensions)
        return WaveResult(
            id: wave.id, date: wave.date, respondents: 0, overallScore: overall, overallStage: overall.map(model.stageIndex(forScore:)),
            dimensions: dimensions, kind: wave.kind)
    }
}

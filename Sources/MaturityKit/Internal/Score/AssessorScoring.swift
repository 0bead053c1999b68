/// Figures of an assessor wave (`scores` or `criteria`): one score and stage per dimension, no respondents,
/// so no standard deviation, interval, item counts or breakdowns.
enum AssessorScoring {
    static func result(wave: ReportSettings.WaveSettings, loaded: LoadedReport) -> (WaveResult?, [Diagnostic]) {
        let model = loaded.model
        let path = loaded.folder + "/" + wave.responses
        let text: String
        switch FileAccess.readText(path, display: path, stage: .score) {
        case .failure(let problem): return (nil, [problem])
        case .success(let read): text = read
        }
        var dimensions: [DimensionResult] = []
        var diagnostics: [Diagnostic]
        switch wave.kind {
        case .scores:
            let (scores, found) = AssessorWaveLoader.scores(text: text, file: path, model: model)
            diagnostics = found
            for dimension in model.dimensions {
                let entry = scores[dimension.id]
                dimensions.append(DimensionResult(
                    id: dimension.id, score: entry?.score, n: 0, sd: nil, ci95: nil, stage: entry.map { model.stageIndex(forScore: $0.score) },
                    target: Scoring.targetIndex(dimension.id, loaded.settings, model), items: [], breakdowns: [], assessment: entry?.assessment))
            }
        case .criteria:
            let (stages, found) = AssessorWaveLoader.criteria(text: text, file: path, model: model)
            diagnostics = found
            for dimension in model.dimensions {
                let entry = stages[dimension.id]
                // The achieved stage counts as its threshold score, so that waves of every kind can be compared.
                dimensions.append(DimensionResult(
                    id: dimension.id, score: entry.map { model.stages[$0.stage].minScore }, n: 0, sd: nil, ci95: nil, stage: entry?.stage,
                    target: Scoring.targetIndex(dimension.id, loaded.settings, model), items: [], breakdowns: [], assessment: entry?.assessment))
            }
        case .survey:
            return (nil, [])
        }
        if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
        let overall = Scoring.overallScore(of: dimensions)
        return (WaveResult(id: wave.id, date: wave.date, respondents: 0, overallScore: overall, overallStage: overall.map(model.stageIndex(forScore:)),
                           dimensions: dimensions, kind: wave.kind), diagnostics)
    }
}

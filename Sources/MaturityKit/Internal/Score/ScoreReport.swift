/// The score step: reads every wave's responses and computes its figures. All waves are read, so that the
/// problems of every file are reported in one run.
enum ScoreReport {
    static func run(_ loaded: LoadedReport) throws(BuildFailure) -> (ScoredReport, [Diagnostic]) {
        let settings = loaded.settings
        var diagnostics: [Diagnostic] = []
        var waves: [WaveResult] = []
        for wave in settings.waves {
            let reader = WaveReader(model: loaded.model, attributes: settings.attributes, file: loaded.folder + "/" + wave.responses)
            let (tally, found) = reader.read(path: loaded.folder + "/" + wave.responses)
            diagnostics += found
            if let tally { waves.append(Scoring.result(of: tally, wave: wave, settings: settings, model: loaded.model)) }
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw BuildFailure(diagnostics) }
        return (ScoredReport(report: loaded, waves: waves), diagnostics)
    }
}

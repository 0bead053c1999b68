/// The score step: reads every wave's responses and computes its figures. All waves are read, so that the
/// problems of every file are reported in one run.
enum ScoreReport {
    static func run(_ loaded: LoadedReport) throws(BuildFailure) -> (ScoredReport, [Diagnostic]) {
        let settings = loaded.settings
        var diagnostics: [Diagnostic] = []
        var waves: [WaveResult] = []
        for wave in settings.waves where wave.kind != .survey {
            let (result, found) = AssessorScoring.result(wave: wave, loaded: loaded)
            diagnostics += found
            if let result { waves.append(result) }
        }
        for wave in settings.waves where wave.kind == .survey {
            let reader = WaveReader(model: loaded.model, attributes: settings.attributes, file: loaded.folder + "/" + wave.responses)
            let (tally, found) = reader.read(path: loaded.folder + "/" + wave.responses)
            diagnostics += found
            if let tally { waves.append(Scoring.result(of: tally, wave: wave, settings: settings, model: loaded.model)) }
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw BuildFailure(diagnostics) }
        // Waves keep the order of report.yaml (oldest first), whatever their kind.
        let order = settings.waves.map(\.id)
        waves.sort { (order.firstIndex(of: $0.id) ?? 0) < (order.firstIndex(of: $1.id) ?? 0) }
        return (ScoredReport(report: loaded, waves: waves), diagnostics)
    }
}

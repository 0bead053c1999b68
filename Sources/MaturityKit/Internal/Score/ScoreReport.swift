import Foundation

/// The score step: reads every wave and computes its figures. Waves are read in parallel (one per core), and
/// all of them are read, so that the problems of every file are reported in one run. Results keep the order
/// of report.yaml (oldest first), whatever finishes first.
enum ScoreReport {
    static func run(_ loaded: LoadedReport) throws(BuildFailure) -> (ScoredReport, [Diagnostic]) {
        let settings = loaded.settings
        let slots = Slots<(WaveResult?, [Diagnostic])>(count: settings.waves.count)
        DispatchQueue.concurrentPerform(iterations: settings.waves.count) { index in
            slots.set(index, score(settings.waves[index], loaded))
        }
        let outcomes = slots.values
        let diagnostics = outcomes.flatMap(\.1)
        if diagnostics.contains(where: { $0.severity == .error }) { throw BuildFailure(diagnostics) }
        return (ScoredReport(report: loaded, waves: outcomes.compactMap(\.0)), diagnostics)
    }

    private static func score(_ wave: ReportSettings.WaveSettings, _ loaded: LoadedReport) -> (WaveResult?, [Diagnostic]) {
        guard wave.kind == .survey else { return AssessorScoring.result(wave: wave, loaded: loaded) }
        let path = loaded.folder + "/" + wave.responses
        let reader = WaveReader(model: loaded.model, attributes: loaded.settings.attributes, file: path)
        let (tally, found) = reader.read(path: path)
        return (tally.map { Scoring.result(of: $0, wave: wave, settings: loaded.settings, model: loaded.model) }, found)
    }
}

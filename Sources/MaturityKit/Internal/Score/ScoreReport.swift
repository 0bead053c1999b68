import Foundation

/// The score step: turns every wave read by `ReadWaves` into its figures (and each unit's, with `units:`),
/// one wave per core. Results keep the order of report.yaml (oldest first), whatever finishes first.
enum ScoreReport {
    private typealias Outcome = (wave: WaveResult, units: [String: WaveResult], audit: Suppression.Audit)

    static func run(_ loaded: LoadedReport, waves inputs: [WaveInput], sink: DiagnosticSink) -> ScoredReport? {
        let settings = loaded.settings
        let slots = Slots<Outcome>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            slots.set(index, score(settings.waves[index], inputs[index], loaded))
        }
        let outcomes = slots.values
        var scored = ScoredReport(report: loaded, waves: outcomes.map(\.wave))
        if settings.units != nil { scored.units = UnitScoring.assemble(outcomes.map(\.units)) }
        for outcome in outcomes { scored.suppression.add(outcome.audit) }
        if scored.suppression.exposedAfter > 0 {
            sink.report(
                Diagnostic(
                    .error, .score, SourceLocation(file: loaded.folder + "/report.yaml"),
                    "internal error: \(scored.suppression.exposedAfter) hidden figure(s) could still be worked out; nothing was written"))
            return nil
        }
        return scored
    }

    private static func score(_ wave: ReportSettings.WaveSettings, _ input: WaveInput, _ loaded: LoadedReport) -> Outcome {
        let tally: ResponseTally
        switch input {
        case .scores(let scores): return (AssessorScoring.result(wave: wave, scores: scores, loaded: loaded), [:], Suppression.Audit())
        case .criteria(let stages): return (AssessorScoring.result(wave: wave, criteria: stages, loaded: loaded), [:], Suppression.Audit())
        case .survey(let read): tally = read
        }
        let settings = loaded.settings
        let organisation = Scoring.result(of: tally, wave: wave, settings: settings, model: loaded.model)
        let units = UnitScoring.results(of: tally, wave: wave, settings: settings, model: loaded.model)
        let protection = WaveProtection(minimum: settings.minGroupSize, unitAttribute: tally.unitAttribute)
        let outcome = protection.protect(organisation: organisation, units: units)
        return (outcome.organisation, outcome.units, outcome.audit)
    }
}

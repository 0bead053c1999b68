import Foundation

/// The score step: reads every wave and computes its figures (and each unit's, with `units:`). Waves are read
/// in parallel (one per core), and all of them are read, so that the problems of every file are reported in
/// one run. Results keep the order of report.yaml (oldest first), whatever finishes first.
enum ScoreReport {
    private typealias Outcome = (wave: WaveResult?, units: [String: WaveResult], audit: Suppression.Audit, diagnostics: [Diagnostic])

    static func run(_ loaded: LoadedReport) throws(BuildFailure) -> (ScoredReport, [Diagnostic]) {
        let settings = loaded.settings
        let slots = Slots<Outcome>(count: settings.waves.count)
        DispatchQueue.concurrentPerform(iterations: settings.waves.count) { index in
            slots.set(index, score(settings.waves[index], loaded))
        }
        let outcomes = slots.values
        let diagnostics = outcomes.flatMap(\.diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) { throw BuildFailure(diagnostics) }
        var scored = ScoredReport(report: loaded, waves: outcomes.compactMap(\.wave))
        if settings.units != nil { scored.units = UnitScoring.assemble(outcomes.map(\.units)) }
        for outcome in outcomes { scored.suppression.add(outcome.audit) }
        if scored.suppression.exposedAfter > 0 {
            throw BuildFailure(diagnostics + [Diagnostic(.error, .score, SourceLocation(file: loaded.folder + "/report.yaml"),
                "internal error: \(scored.suppression.exposedAfter) hidden figure(s) could still be worked out; nothing was written")])
        }
        return (scored, diagnostics)
    }

    private static func score(_ wave: ReportSettings.WaveSettings, _ loaded: LoadedReport) -> Outcome {
        guard wave.kind == .survey else {
            let (result, found) = AssessorScoring.result(wave: wave, loaded: loaded)
            return (result, [:], Suppression.Audit(), found)
        }
        let path = loaded.folder + "/" + wave.responses
        var reader = WaveReader(model: loaded.model, attributes: loaded.settings.attributes, file: path)
        reader.unitAttribute = loaded.settings.units.flatMap { loaded.settings.attributes.firstIndex(of: $0) }
        reader.format = wave.format
        reader.places = ColumnMap.Places(attributes: loaded.settings.attributeLocations, source: wave.responses)
        reader.columns = Dictionary(wave.columns.map { ($0.key, $0.header) }, uniquingKeysWith: { _, last in last })
        let (tally, found) = reader.read(path: path)
        guard let tally else { return (nil, [:], Suppression.Audit(), found) }
        let settings = loaded.settings
        let organisation = Scoring.result(of: tally, wave: wave, settings: settings, model: loaded.model)
        let units = UnitScoring.results(of: tally, wave: wave, settings: settings, model: loaded.model)
        let protection = WaveProtection(minimum: settings.minGroupSize, unitAttribute: tally.unitAttribute)
        let outcome = protection.protect(organisation: organisation, units: units)
        return (outcome.organisation, outcome.units, outcome.audit, found)
    }
}

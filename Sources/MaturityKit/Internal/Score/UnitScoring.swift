import Foundation

/// Unit sub-reports (`units:` in report.yaml). Every unit is scored here, however small; which units and which of
/// their figures may be shown is decided afterwards by `WaveProtection`, together with the organisation's figures,
/// so that adding up or subtracting the units can never reveal what any page hides.
enum UnitScoring {
    static func results(of tally: ResponseTally, wave: ReportSettings.WaveSettings, settings: ReportSettings,
                        model: MaturityModel) -> [String: WaveResult] {
        guard let unitAttribute = tally.unitAttribute else { return [:] }
        // Units are scored on every core; each slot is one unit's result.
        let slots = Slots<WaveResult?>(count: tally.units.count)
        DispatchQueue.concurrentPerform(iterations: tally.units.count) { index in
            slots.set(index, Scoring.result(of: tally.units[index], wave: wave, settings: settings, model: model))
        }
        var results: [String: WaveResult] = [:]
        for (index, result) in slots.values.enumerated() {
            if let result, result.respondents > 0 { results[tally.groupNames[unitAttribute][index]] = result }
        }
        return results
    }

    /// Gathers each unit's waves in report order; units without a current (last-wave) result get no sub-report.
    static func assemble(_ perWave: [[String: WaveResult]]) -> [UnitResult] {
        guard let current = perWave.last else { return [] }
        var used: [String: Int] = [:]
        return current.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }.map { name in
            let base = Slug.make(name)
            let count = used[base, default: 0]
            used[base] = count + 1
            return UnitResult(name: name, slug: count == 0 ? base : "\(base)-\(count + 1)", waves: perWave.compactMap { $0[name] })
        }
    }
}

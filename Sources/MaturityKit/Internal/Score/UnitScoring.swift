import Foundation

/// Unit sub-reports (`units:` in report.yaml). Every unit is scored here, however small; which units and which of
/// their figures may be shown is decided afterwards by `WaveProtection`, together with the organisation's figures,
/// so that adding up or subtracting the units can never reveal what any page hides.
enum UnitScoring {
    static func results(
        of tally: ResponseTally, wave: ReportSettings.WaveSettings, settings: ReportSettings,
        model: MaturityModel
    ) -> [String: WaveResult] {
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
        let names = current.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        let slugs = uniqueSlugs(names)
        return names.map { name in UnitResult(name: name, slug: slugs[name]!, waves: perWave.compactMap { $0[name] }) }
    }

    /// One folder name per unit, unique even where case is ignored (Windows and macOS shares), decided by the sorted
    /// names alone. The first name of each slug keeps it ("Sales 2" keeps sales-2 even next to "Sales" and
    /// "sales"); the others get the lowest free `-2`, `-3`, … that no unit's own slug uses.
    static func uniqueSlugs(_ sortedNames: [String]) -> [String: String] {
        var result: [String: String] = [:]
        var taken = Set<String>()
        var later: [(name: String, base: String)] = []
        for name in sortedNames {
            let base = Slug.make(name, fallback: "unit")
            if taken.insert(base.lowercased()).inserted { result[name] = base } else { later.append((name, base)) }
        }
        for (name, base) in later {
            var number = 2
            while taken.contains("\(base)-\(number)".lowercased()) { number += 1 }
            taken.insert("\(base)-\(number)".lowercased())
            result[name] = "\(base)-\(number)"
        }
        return result
    }
}

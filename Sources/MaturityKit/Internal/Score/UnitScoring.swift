import Foundation

/// Unit sub-reports (`units:` in report.yaml). A unit gets one only where it is shown in the whole
/// organisation's breakdown for every dimension; its earlier waves count only where it was shown then too.
/// Inside a unit, every group hidden in the whole organisation stays hidden, so that adding up the units
/// can never reveal what the organisation's pages hide.
enum UnitScoring {
    static func results(of tally: ResponseTally, organisation: WaveResult, wave: ReportSettings.WaveSettings,
                        settings: ReportSettings, model: MaturityModel) -> [String: WaveResult] {
        guard let unitAttribute = tally.unitAttribute else { return [:] }
        // Units are scored on every core; each slot is one unit's result (nil: not shown).
        let slots = Slots<WaveResult?>(count: tally.units.count)
        DispatchQueue.concurrentPerform(iterations: tally.units.count) { index in
            let name = tally.groupNames[unitAttribute][index]
            guard isShown(name, attribute: settings.attributes[unitAttribute], in: organisation) else { return slots.set(index, nil) }
            var result = Scoring.result(of: tally.units[index], wave: wave, settings: settings, model: model)
            for (dimension, whole) in zip(result.dimensions.indices, organisation.dimensions) {
                for (attribute, breakdown) in result.dimensions[dimension].breakdowns.enumerated() {
                    let hiddenInWhole = Set(whole.breakdowns[attribute].groups.filter(\.suppressed).map(\.name))
                    result.dimensions[dimension].breakdowns[attribute].groups = Suppression.enforce(hiddenInWhole, on: breakdown.groups)
                }
            }
            slots.set(index, result)
        }
        var results: [String: WaveResult] = [:]
        for (index, result) in slots.values.enumerated() where result != nil { results[tally.groupNames[unitAttribute][index]] = result }
        return results
    }

    static func isShown(_ unit: String, attribute: String, in wave: WaveResult) -> Bool {
        wave.dimensions.allSatisfy { dimension in
            dimension.breakdowns.first { $0.attribute == attribute }?.groups.contains { $0.name == unit && !$0.suppressed } ?? false
        }
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
            let base = Slug.make(name)
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

extension Suppression {
    /// Hides the groups hidden elsewhere, then applies the secondary rule again within these groups.
    static func enforce(_ hidden: Set<String>, on groups: [GroupResult]) -> [GroupResult] {
        var result = groups.map { hidden.contains($0.name) ? GroupResult(name: $0.name, figures: nil) : $0 }
        if result.filter(\.suppressed).count == 1,
           let smallest = result.indices.filter({ !result[$0].suppressed }).min(by: { result[$0].figures!.n < result[$1].figures!.n }) {
            result[smallest].figures = nil
        }
        return result
    }
}

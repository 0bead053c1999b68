extension ScoredReport {
    /// A unit's sub-report: its own waves, and its own comments in place of the organisation's (the units it does
    /// not have). Every page, data file and email of the unit is made from this.
    func unit(_ unit: UnitResult) -> ScoredReport {
        var scored = ScoredReport(report: report, waves: unit.waves)
        // Only waves in which the unit itself is shown: a wave that hides the unit says nothing of its comments either.
        let shown = Set(unit.waves.map(\.id))
        scored.voices = voices.map {
            VoiceResults(themes: $0.themes, minimum: $0.minimum, waves: ($0.units[unit.name] ?? []).filter { shown.contains($0.wave) })
        }
        return scored
    }
}

/// Lays one survey wave's figures (the organisation's and every unit's, before any hiding) out as linked
/// tables, runs `Suppression`, and returns the figures as they may be published.
///
/// The tables of a wave: units × respondents (total: the organisation's respondents); per dimension, units ×
/// dimension total (total: the organisation's), and per attribute units × groups, whose rows add up to the
/// units' totals and whose columns add up to the organisation's groups; per item, units × item answers.
/// A unit hidden for its size hides its whole row; a hidden dimension total hides that dimension's groups and items.
struct WaveProtection {
    let minimum: Int
    /// The index of the `units:` attribute among the report's attributes, when there is one.
    let unitAttribute: Int?

    struct Outcome {
        var organisation: WaveResult
        /// Units that may be shown in this wave, by name.
        var units: [String: WaveResult]
        var audit: Suppression.Audit
    }

    func protect(organisation: WaveResult, units raw: [String: WaveResult]) -> Outcome {
        let names = raw.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        let units = names.map { raw[$0]! }
        var tables = LinkedTables()
        let orgRespondents = tables.cell(n: organisation.respondents, pinned: true)
        let respondents = units.map { tables.cell(n: $0.respondents) }
        tables.sum(total: orgRespondents, parts: respondents)
        var layout: [DimensionCells] = []
        for d in organisation.dimensions.indices {
            let dimension = DimensionCells.lay(
                d, organisation: organisation, units: units, names: names,
                unitAttribute: unitAttribute, respondents: respondents, in: &tables)
            layout.append(dimension)
        }
        let audit = Suppression.protect(&tables, minimum: minimum)
        var shownUnits: [String: WaveResult] = [:]
        for (u, name) in names.enumerated() where !tables.isHidden(respondents[u]) {
            shownUnits[name] = apply(layout, to: units[u], unit: u, tables: tables)
        }
        return Outcome(organisation: apply(layout, to: organisation, unit: nil, tables: tables), units: shownUnits, audit: audit)
    }

    /// The published form of one result: hidden dimensions, items and groups removed or emptied.
    private func apply(_ layout: [DimensionCells], to result: WaveResult, unit: Int?, tables: LinkedTables) -> WaveResult {
        var result = result
        for (d, cells) in layout.enumerated() {
            result.dimensions[d] = cells.published(result.dimensions[d], unit: unit, tables: tables)
        }
        // A withheld dimension withholds the overall score; otherwise it is unchanged, and so is its stage.
        if Scoring.overallScore(of: result.dimensions) == nil { (result.overallScore, result.overallStage) = (nil, nil) }
        return result
    }
}

/// `data/results.json` in the shape SPEC §5 gives, every figure at full precision.
enum ResultsJSON {
    /// The organisation's figures, or with `unit` one unit's (its sub-report's figures, in the same shape).
    static func render(_ scored: ScoredReport, unit: String? = nil) -> String { String(decoding: bytes(scored, unit: unit), as: UTF8.self) }

    static func bytes(_ scored: ScoredReport, unit: String? = nil) -> [UInt8] {
        let settings = scored.report.settings
        let model = scored.report.model
        let report: JSONValue = .object(
            [("title", .string(settings.title)), ("organisation", .string(settings.organisation))]
                + (unit.map { [("unit", JSONValue.string($0))] } ?? [])
                + [
                    ("date", .string(settings.date)), ("model", .string(model.id)),
                    ("min_group_size", .integer(settings.minGroupSize)),
                ])
        let waves = scored.waves.map { wave -> JSONValue in
            .object([
                ("id", .string(wave.id)), ("date", .string(wave.date)), ("kind", .string(wave.kind.rawValue)), ("respondents", .integer(wave.respondents)),
                ("overall", .object([("score", number(wave.overallScore)), ("stage", stage(wave.overallStage, model))])),
                ("dimensions", .array(wave.dimensions.map { dimension($0, model) })),
            ])
        }
        let roadmap = unit == nil ? roadmap(scored.report.initiatives) : []
        let outcomes = unit == nil ? scored.outcomes.map { [("outcomes", Self.outcomes($0))] } ?? [] : []
        let comments = scored.voices.map { [("comments", Self.comments($0))] } ?? []
        return JSONValue.object([("report", report), ("waves", .array(waves))] + roadmap + outcomes + comments).bytes()
    }

    private static func dimension(_ result: DimensionResult, _ model: MaturityModel) -> JSONValue {
        let items = result.items.map { item -> JSONValue in
            .object([
                ("id", .string(item.id)), ("n", integer(item.n)), ("mean", number(item.mean)),
                ("counts", item.counts.map { .array($0.map { .integer($0) }) } ?? .null),
            ])
        }
        // Only groups that may be shown are listed; hidden ones are counted, never named.
        let breakdowns = result.breakdowns.map { breakdown -> (String, JSONValue) in
            (
                breakdown.attribute,
                .array(
                    breakdown.groups.compactMap { group in
                        group.figures.map { .object([("group", .string(group.name)), ("n", .integer($0.n)), ("score", .number($0.score))]) }
                    })
            )
        }
        let hidden = result.breakdowns.map { ($0.attribute, JSONValue.integer($0.hiddenGroups)) }
        return .object(
            [
                ("id", .string(result.id)), ("score", number(result.score)), ("n", integer(result.n)), ("sd", number(result.sd)),
                ("ci95", result.ci95.map { .array([.number($0.low), .number($0.high)]) } ?? .null),
                ("stage", stage(result.stage, model)), ("target", .string(model.stages[result.target].id)),
                ("items", .array(items)), ("breakdowns", .object(breakdowns)), ("hidden_groups", .object(hidden)),
            ] + partial(result) + assessment(result.assessment))
    }

    /// Only for a partial wave: `"measured": false` where the wave asked none of the dimension's items (its
    /// figures are null), and the ids of the items it did not ask. Full waves have neither key.
    private static func partial(_ result: DimensionResult) -> [(String, JSONValue)] {
        (result.measured ? [] : [("measured", JSONValue.bool(false))])
            + (result.missingItems.isEmpty ? [] : [("missing_items", .array(result.missingItems.map { .string($0) }))])
    }

    private static func assessment(_ assessment: Assessment?) -> [(String, JSONValue)] {
        guard let assessment else { return [] }
        var fields: [(String, JSONValue)] = []
        if !assessment.rationale.isEmpty { fields.append(("rationale", .string(assessment.rationale))) }
        if !assessment.criteria.isEmpty {
            fields.append(
                (
                    "criteria",
                    .array(
                        assessment.criteria.map {
                            .object([
                                ("id", .string($0.id)), ("stage", .string($0.stage)), ("status", .string($0.status.rawValue)),
                                ("evidence", .string($0.evidence)),
                            ])
                        })
                ))
        }
        return fields
    }

    private static func number(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }

    private static func integer(_ value: Int?) -> JSONValue { value.map(JSONValue.integer) ?? .null }

    private static func stage(_ index: Int?, _ model: MaturityModel) -> JSONValue { index.map { .string(model.stages[$0].id) } ?? .null }
}

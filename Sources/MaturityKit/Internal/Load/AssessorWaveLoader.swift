import Yams

/// Reads the two assessor kinds of wave: `scores.yaml` (a score or a stage per dimension, with a rationale) and
/// `criteria.yaml` (each stage criterion of the model marked met, partly or not met, with evidence).
enum AssessorWaveLoader {
    /// The top-level keys of scores.yaml and criteria.yaml, a dimension's assessment in scores.yaml and a
    /// criterion mark in criteria.yaml; schemas/scores.schema.json and criteria.schema.json list the same.
    static let rootKeys = ["assessor", "dimensions"]
    static let assessmentKeys = ["score", "stage", "rationale"]
    static let markKeys = ["criterion", "status", "evidence"]

    /// `dimensions: { <id>: { score: 3.4, rationale: "…" } }` or `{ stage: defined, rationale: "…" }`.
    static func scores(text: String, file: String, model: MaturityModel) -> ([String: (score: Double, assessment: Assessment)], [Diagnostic]) {
        let reader = YAMLReader(file: file)
        var found: [String: (score: Double, assessment: Assessment)] = [:]
        guard let root = reader.mapping(reader.parse(text), "scores.yaml") else { return (found, reader.diagnostics) }
        reader.checkKeys(root, allowed: rootKeys, in: "scores.yaml")
        let dimensions = reader.mapping(root["dimensions"] ?? .mapping(root), "'dimensions'") ?? Node.Mapping([])
        if root["dimensions"] == nil { reader.error(reader.location(.mapping(root)), "missing required key 'dimensions' in scores.yaml") }
        for (key, value) in dimensions {
            let id = key.string ?? ""
            guard model.dimensions.contains(where: { $0.id == id }) else {
                reader.error(reader.location(key), "unknown dimension '\(id)' (\(Suggestion.hint(for: id, among: model.dimensions.map(\.id))))")
                continue
            }
            guard let map = reader.mapping(value, "the assessment of '\(id)'") else { continue }
            reader.checkKeys(map, allowed: assessmentKeys, in: "the assessment of '\(id)'")
            let rationale = reader.string(map, "rationale", in: "the assessment of '\(id)'", required: false) ?? ""
            if let score = reader.double(map, "score", in: "the assessment of '\(id)'", required: false, range: -1000...1000) {
                if score < Double(model.scale.min) || score > Double(model.scale.max) {
                    reader.error(
                        reader.location(map["score"]), "expected a score on the scale \(model.scale.min)–\(model.scale.max) for '\(id)', found \(score)")
                } else {
                    found[id] = (score, Assessment(rationale: rationale, criteria: []))
                }
            } else if let stage = reader.string(map, "stage", in: "the assessment of '\(id)'", required: false, .name) {
                if let index = model.stageIndex(id: stage) {
                    // An assessed stage counts as its threshold score.
                    found[id] = (model.stages[index].minScore, Assessment(rationale: rationale, criteria: []))
                } else {
                    reader.error(
                        reader.location(map["stage"]),
                        "unknown stage '\(stage)' for '\(id)' (\(Suggestion.hint(for: stage, among: model.stages.map(\.id))))")
                }
            } else {
                reader.error(reader.location(value), "expected a 'score' or a 'stage' for '\(id)'")
            }
        }
        for dimension in model.dimensions where found[dimension.id] == nil && !dimensions.contains(where: { $0.key.string == dimension.id }) {
            reader.error(reader.location(root["dimensions"] ?? .mapping(root)), "missing the assessment of dimension '\(dimension.id)'")
        }
        return (found, reader.diagnostics)
    }

    /// `dimensions: { <id>: [ { criterion: <criterion id>, status: met|partly|not-met, evidence: "…" } ] }`.
    /// The stage achieved is the highest stage whose criteria, and every lower stage's, are all met.
    static func criteria(text: String, file: String, model: MaturityModel) -> ([String: (stage: Int, assessment: Assessment)], [Diagnostic]) {
        let reader = YAMLReader(file: file)
        var found: [String: (stage: Int, assessment: Assessment)] = [:]
        guard let root = reader.mapping(reader.parse(text), "criteria.yaml") else { return (found, reader.diagnostics) }
        reader.checkKeys(root, allowed: rootKeys, in: "criteria.yaml")
        let dimensions = reader.mapping(root["dimensions"] ?? .mapping(root), "'dimensions'") ?? Node.Mapping([])
        for dimension in model.dimensions {
            let staged = model.stages.flatMap { stage in (dimension.criteria[stage.id] ?? []).map { (stage, $0) } }
            guard !staged.isEmpty else {
                reader.error(reader.location(.mapping(root)), "the model has no criteria for dimension '\(dimension.id)', so it cannot be assessed by criteria")
                continue
            }
            var marks: [String: (CriterionResult.Status, String)] = [:]
            for node in reader.sequence(dimensions[dimension.id], "the criteria of '\(dimension.id)'") ?? [] {
                guard let map = reader.mapping(node, "a criterion mark") else { continue }
                reader.checkKeys(map, allowed: markKeys, in: "a criterion mark")
                guard let id = reader.string(map, "criterion", in: "a criterion mark of '\(dimension.id)'", .name) else { continue }
                guard staged.contains(where: { $0.1.id == id }) else {
                    reader.error(
                        reader.location(map["criterion"]),
                        "unknown criterion '\(id)' for dimension '\(dimension.id)' (\(Suggestion.hint(for: id, among: staged.map(\.1.id))))")
                    continue
                }
                let statusText = reader.string(map, "status", in: "criterion '\(id)'", .name) ?? ""
                guard let status = CriterionResult.Status(rawValue: statusText == "not met" ? "not-met" : statusText) else {
                    if !statusText.isEmpty {
                        reader.error(
                            reader.location(map["status"]), "expected status met, partly or not-met for criterion '\(id)', found \(Quote.input(statusText))")
                    }
                    continue
                }
                marks[id] = (status, reader.string(map, "evidence", in: "criterion '\(id)'", required: false) ?? "")
            }
            let results = staged.map { stage, criterion in
                CriterionResult(
                    stage: stage.name, id: criterion.id, text: criterion.text, status: marks[criterion.id]?.0 ?? .notMet,
                    evidence: marks[criterion.id]?.1 ?? "")
            }
            var achieved = 0
            for (index, stage) in model.stages.enumerated() where index > 0 {
                let own = dimension.criteria[stage.id] ?? []
                guard own.allSatisfy({ marks[$0.id]?.0 == .met }) else { break }
                achieved = index
            }
            found[dimension.id] = (achieved, Assessment(rationale: "", criteria: results))
        }
        for (key, _) in dimensions where !model.dimensions.contains(where: { $0.id == key.string }) {
            reader.error(
                reader.location(key), "unknown dimension '\(key.string ?? "")' (\(Suggestion.hint(for: key.string ?? "", among: model.dimensions.map(\.id))))")
        }
        return (found, reader.diagnostics)
    }
}

import Yams

/// Reads a maturity model file (SPEC §5) into a `MaturityModel`, reporting every problem with its location.
enum ModelLoader {
    /// The keys of each part of a model file; schemas/model.schema.json must list the same (SchemaTests).
    static let rootKeys = ["id", "name", "description", "scale", "stages", "dimensions"]
    static let scaleKeys = ["min", "max", "labels"]
    static let stageKeys = ["id", "name", "min_score", "summary"]
    static let dimensionKeys = ["id", "name", "group", "description", "stages", "actions", "items", "criteria"]
    static let criterionKeys = ["id", "text"]
    static let itemKeys = ["id", "text", "reverse", "weight"]

    static func load(text: String, file: String) -> (MaturityModel?, [Diagnostic]) {
        let reader = YAMLReader(file: file)
        guard let root = reader.mapping(reader.parse(text), "the model") else { return (nil, reader.diagnostics) }
        reader.checkKeys(root, allowed: rootKeys, in: "the model")
        let scale = readScale(root, reader)
        let stages = (reader.sequence(root["stages"], "'stages'") ?? []).compactMap { readStage($0, reader) }
        let dimensions = (reader.sequence(root["dimensions"], "'dimensions'") ?? []).compactMap { readDimension($0, reader) }
        if root["stages"] == nil { reader.error(reader.location(.mapping(root)), "missing required key 'stages' in the model") }
        if root["dimensions"] == nil { reader.error(reader.location(.mapping(root)), "missing required key 'dimensions' in the model") }
        let model = MaturityModel(
            id: reader.string(root, "id", in: "the model", .name) ?? "",
            name: reader.string(root, "name", in: "the model", .name) ?? "",
            description: reader.string(root, "description", in: "the model", required: false) ?? "",
            scale: scale ?? .init(min: 1, max: 5, labels: []),
            stages: stages, dimensions: dimensions, source: file)
        ModelValidator.validate(model, root: root, reader: reader)
        return (reader.hasErrors ? nil : model, reader.diagnostics)
    }

    private static func readScale(_ root: Node.Mapping, _ reader: YAMLReader) -> MaturityModel.Scale? {
        guard let node = root["scale"] else {
            reader.error(reader.location(.mapping(root)), "missing required key 'scale' in the model")
            return nil
        }
        guard let map = reader.mapping(node, "'scale'") else { return nil }
        reader.checkKeys(map, allowed: scaleKeys, in: "'scale'")
        guard let min = reader.int(map, "min", in: "'scale'", range: -1000...1000),
            let max = reader.int(map, "max", in: "'scale'", range: -1000...1000)
        else { return nil }
        if max <= min || max - min > 20 {
            reader.error(reader.location(node), "expected 'scale' max to be above min by 1 to 20 points, found \(min)–\(max)")
            return nil
        }
        let labels = reader.stringList(map, "labels", in: "'scale'") ?? []
        if !labels.isEmpty && labels.count != max - min + 1 {
            reader.error(reader.location(map["labels"]), "expected \(max - min + 1) scale labels (one per point from \(min) to \(max)), found \(labels.count)")
        }
        return .init(min: min, max: max, labels: labels)
    }

    private static func readStage(_ node: Node, _ reader: YAMLReader) -> MaturityModel.Stage? {
        guard let map = reader.mapping(node, "a stage") else { return nil }
        reader.checkKeys(map, allowed: stageKeys, in: "a stage")
        guard let id = reader.string(map, "id", in: "a stage", .name),
            let minScore = reader.double(map, "min_score", in: "stage '\(id)'", range: -1000...1000)
        else { return nil }
        return .init(
            id: id, name: reader.string(map, "name", in: "stage '\(id)'", .name) ?? id, minScore: minScore,
            summary: reader.string(map, "summary", in: "stage '\(id)'", required: false) ?? "")
    }

    private static func readDimension(_ node: Node, _ reader: YAMLReader) -> MaturityModel.Dimension? {
        guard let map = reader.mapping(node, "a dimension") else { return nil }
        reader.checkKeys(map, allowed: dimensionKeys, in: "a dimension")
        guard let id = reader.string(map, "id", in: "a dimension", .name) else { return nil }
        let what = "dimension '\(id)'"
        var descriptors: [String: String] = [:]
        if let stageMap = reader.mapping(map["stages"], "'stages' of \(what)") {
            for (key, value) in stageMap { descriptors[key.string ?? ""] = reader.scalarText(value, "a stage descriptor") }
        }
        var actions: [String: [String]] = [:]
        if let actionMap = reader.mapping(map["actions"], "'actions' of \(what)") {
            for (key, value) in actionMap {
                actions[key.string ?? ""] = (reader.sequence(value, "actions for '\(key.string ?? "")'") ?? []).compactMap {
                    reader.scalarText($0, "an action")
                }
            }
        }
        let items = (reader.sequence(map["items"], "'items' of \(what)") ?? []).compactMap { readItem($0, reader) }
        var criteria: [String: [MaturityModel.Criterion]] = [:]
        if let criteriaMap = reader.mapping(map["criteria"], "'criteria' of \(what)") {
            for (key, value) in criteriaMap {
                criteria[key.string ?? ""] = (reader.sequence(value, "criteria for '\(key.string ?? "")'") ?? []).compactMap { node in
                    guard let entry = reader.mapping(node, "a criterion"),
                        let criterionID = reader.string(entry, "id", in: "a criterion of \(what)", .name),
                        let text = reader.string(entry, "text", in: "criterion '\(criterionID)'")
                    else { return nil }
                    reader.checkKeys(entry, allowed: criterionKeys, in: "criterion '\(criterionID)'")
                    return MaturityModel.Criterion(id: criterionID, text: text)
                }
            }
        }
        var dimension = MaturityModel.Dimension(
            id: id, name: reader.string(map, "name", in: what, .name) ?? id,
            group: reader.string(map, "group", in: what, required: false, .name),
            description: reader.string(map, "description", in: what, required: false) ?? "",
            descriptors: descriptors, actions: actions, items: items)
        dimension.criteria = criteria
        return dimension
    }

    private static func readItem(_ node: Node, _ reader: YAMLReader) -> MaturityModel.Item? {
        guard let map = reader.mapping(node, "an item") else { return nil }
        reader.checkKeys(map, allowed: itemKeys, in: "an item")
        guard let id = reader.string(map, "id", in: "an item", .name) else { return nil }
        // Above 0 and at most 1000: weighted sums of answers then stay far from overflow.
        let weight = reader.double(map, "weight", in: "item '\(id)'", required: false, range: 0...1000, above: true) ?? 1
        return .init(
            id: id, text: reader.string(map, "text", in: "item '\(id)'") ?? id,
            reverse: reader.bool(map, "reverse", in: "item '\(id)'") ?? false, weight: weight)
    }
}

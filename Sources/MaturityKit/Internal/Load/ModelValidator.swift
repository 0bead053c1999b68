import Yams

/// Cross-checks a model once it is read: unique ids, increasing thresholds, a descriptor for every stage.
enum ModelValidator {
    static func validate(_ model: MaturityModel, root: Node.Mapping, reader: YAMLReader) {
        let stageNodes = (root["stages"].flatMap { node -> [Node]? in if case .sequence(let s) = node { Array(s) } else { nil } }) ?? []
        let dimensionNodes = (root["dimensions"].flatMap { node -> [Node]? in if case .sequence(let s) = node { Array(s) } else { nil } }) ?? []
        let place = { (nodes: [Node], index: Int) in reader.location(index < nodes.count ? nodes[index] : .mapping(root)) }
        func unknownStage(_ key: String, _ part: String, _ dimension: MaturityModel.Dimension) -> String {
            "unknown stage '\(key)' in the \(part) of dimension '\(dimension.id)' (\(Suggestion.hint(for: key, among: model.stages.map(\.id))))"
        }

        if !model.id.isEmpty && !Identifier.isSafe(model.id) {
            reader.error(reader.location(root["id"]), Identifier.problem("model id", model.id))
        }
        if model.stages.count < 2 { reader.error(reader.location(root["stages"] ?? .mapping(root)), "expected at least 2 stages, found \(model.stages.count)") }
        if model.dimensions.isEmpty { reader.error(reader.location(root["dimensions"] ?? .mapping(root)), "expected at least 1 dimension, found none") }

        var seenStages = Set<String>()
        for (index, stage) in model.stages.enumerated() {
            if !Identifier.isSafe(stage.id) { reader.error(place(stageNodes, index), Identifier.problem("stage id", stage.id)) }
            if !seenStages.insert(stage.id).inserted { reader.error(place(stageNodes, index), "duplicate stage id '\(stage.id)'") }
            if index > 0 && stage.minScore <= model.stages[index - 1].minScore {
                reader.error(
                    place(stageNodes, index),
                    "expected stage '\(stage.id)' min_score to be above the previous stage's \(model.stages[index - 1].minScore), found \(stage.minScore)")
            }
            if stage.minScore < Double(model.scale.min) || stage.minScore > Double(model.scale.max) {
                reader.error(
                    place(stageNodes, index),
                    "expected stage '\(stage.id)' min_score on the scale \(model.scale.min)–\(model.scale.max), found \(stage.minScore)")
            }
        }

        var seenDimensions = Set<String>()
        var seenItems = Set<String>()
        for (index, dimension) in model.dimensions.enumerated() {
            let location = place(dimensionNodes, index)
            if !Identifier.isSafe(dimension.id) { reader.error(location, Identifier.problem("dimension id", dimension.id)) }
            if !seenDimensions.insert(dimension.id).inserted { reader.error(location, "duplicate dimension id '\(dimension.id)'") }
            if dimension.items.isEmpty && dimension.criteria.isEmpty {
                reader.error(location, "expected at least one item in dimension '\(dimension.id)', found none")
            }
            for stage in model.stages where (dimension.descriptors[stage.id] ?? "").isEmpty {
                reader.error(location, "missing descriptor for stage '\(stage.id)' in dimension '\(dimension.id)'")
            }
            for key in dimension.descriptors.keys.sorted() where !seenStages.contains(key) {
                reader.error(location, unknownStage(key, "descriptors", dimension))
            }
            for key in dimension.actions.keys.sorted() where !seenStages.contains(key) {
                reader.error(location, unknownStage(key, "actions", dimension))
            }
            var criterionIDs = Set<String>()
            for key in dimension.criteria.keys.sorted() {
                if !seenStages.contains(key) { reader.error(location, unknownStage(key, "criteria", dimension)) }
                for criterion in dimension.criteria[key] ?? [] where !criterionIDs.insert(criterion.id).inserted {
                    reader.error(location, "duplicate criterion id '\(criterion.id)' in dimension '\(dimension.id)'")
                }
            }
            for item in dimension.items {
                if !Identifier.isSafe(item.id) { reader.error(location, Identifier.problem("item id", item.id)) }
                if !seenItems.insert(item.id).inserted { reader.error(location, "duplicate item id '\(item.id)' in dimension '\(dimension.id)'") }
            }
        }
    }
}

/// Ids become file names and HTML ids, so they are kept to a small, safe alphabet.
enum Identifier {
    static func isSafe(_ id: String) -> Bool {
        guard let first = id.utf8.first, id.utf8.count <= 64 else { return false }
        let isLowerOrDigit = { (b: UInt8) in (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) }
        return isLowerOrDigit(first) && id.utf8.allSatisfy { isLowerOrDigit($0) || $0 == 0x2D || $0 == 0x5F }
    }

    static func problem(_ what: String, _ id: String) -> String {
        "expected \(what) of lowercase letters, digits, '-' and '_' (starting with a letter or digit, at most 64), found \(Quote.input(id))"
    }
}

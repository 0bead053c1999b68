import Foundation
import Yams

/// Reads a model's translation (`X.<language>.yaml`) against the model it translates: every id must be one of
/// the model's, lists must be as long as the model's, and `language:` must say what the file name says.
enum ModelOverlayLoader {
    /// The keys of each part of an overlay.
    static let rootKeys = ["language", "name", "description", "scale", "stages", "dimensions"]
    static let scaleKeys = ["labels"]
    static let stageKeys = ["name", "summary"]
    static let dimensionKeys = ["name", "group", "description", "stages", "actions", "items", "criteria"]

    /// The language tag in an overlay's file name, `cx-tracks.de.yaml` → `de`, when the name is `<base>.<tag>.yaml`
    /// (or `.yml`) for the model file `<base>.yaml`; nil for any other name.
    static func language(ofFile name: String, base: String) -> String? {
        guard name.hasPrefix(base + ".") else { return nil }
        var rest = name.dropFirst(base.count + 1)
        if rest.hasSuffix(".yaml") { rest = rest.dropLast(5) } else if rest.hasSuffix(".yml") { rest = rest.dropLast(4) } else { return nil }
        return LanguageTag.canonical(String(rest))
    }

    static func load(text: String, file: String, language: String, model: MaturityModel) -> (ModelOverlay?, [Diagnostic]) {
        let reader = YAMLReader(file: file)
        guard let root = reader.mapping(reader.parse(text), "the model translation") else { return (nil, reader.diagnostics) }
        reader.checkKeys(root, allowed: rootKeys, in: "the model translation")
        var overlay = ModelOverlay(language: language, file: file)
        overlay.places[""] = reader.location(.mapping(root))
        if let said = reader.string(root, "language", in: "the model translation", .name), LanguageTag.canonical(said) != language {
            reader.error(
                reader.location(root["language"]),
                "expected language '\(language)', as the file name says, found \(Quote.input(said)); rename the file or correct 'language'")
        }
        overlay.name = reader.string(root, "name", in: "the model translation", required: false, .name)
        overlay.description = reader.string(root, "description", in: "the model translation", required: false)
        if let scale = reader.mapping(root["scale"], "'scale'") {
            reader.checkKeys(scale, allowed: scaleKeys, in: "'scale'")
            if let labels = reader.stringList(scale, "labels", in: "'scale'") {
                if labels.count != model.scale.labels.count {
                    reader.error(
                        reader.location(scale["labels"]),
                        "expected \(model.scale.labels.count) scale labels, as the model has, found \(labels.count)")
                } else {
                    overlay.labels = labels
                }
            }
        }
        let stageIDs = model.stages.map(\.id)
        for (key, value) in reader.mapping(root["stages"], "'stages'") ?? Node.Mapping([]) {
            guard let id = known(key, among: stageIDs, what: "stage", in: "the model", reader) else { continue }
            overlay.places["stage:" + id] = reader.location(key)
            guard let map = reader.mapping(value, "stage '\(id)'") else { continue }
            reader.checkKeys(map, allowed: stageKeys, in: "stage '\(id)'")
            overlay.stages[id] = .init(
                name: reader.string(map, "name", in: "stage '\(id)'", required: false, .name),
                summary: reader.string(map, "summary", in: "stage '\(id)'", required: false))
        }
        for (key, value) in reader.mapping(root["dimensions"], "'dimensions'") ?? Node.Mapping([]) {
            guard let id = known(key, among: model.dimensions.map(\.id), what: "dimension", in: "the model", reader),
                let dimension = model.dimensions.first(where: { $0.id == id })
            else { continue }
            overlay.places["dimension:" + id] = reader.location(key)
            guard let map = reader.mapping(value, "dimension '\(id)'") else { continue }
            overlay.dimensions[id] = readDimension(map, dimension, stageIDs: stageIDs, reader)
        }
        return (reader.hasErrors ? nil : overlay, reader.diagnostics)
    }

    private static func readDimension(
        _ map: Node.Mapping, _ dimension: MaturityModel.Dimension, stageIDs: [String], _ reader: YAMLReader
    ) -> ModelOverlay.Dimension {
        let what = "dimension '\(dimension.id)'"
        reader.checkKeys(map, allowed: dimensionKeys, in: what)
        var result = ModelOverlay.Dimension(
            name: reader.string(map, "name", in: what, required: false, .name),
            group: reader.string(map, "group", in: what, required: false, .name),
            description: reader.string(map, "description", in: what, required: false))
        for (key, value) in reader.mapping(map["stages"], "'stages' of \(what)") ?? Node.Mapping([]) {
            guard let stage = known(key, among: stageIDs, what: "stage", in: what, reader) else { continue }
            result.descriptors[stage] = reader.scalarText(value, "a stage descriptor")
        }
        for (key, value) in reader.mapping(map["actions"], "'actions' of \(what)") ?? Node.Mapping([]) {
            guard let stage = known(key, among: stageIDs, what: "stage", in: what, reader),
                let list = reader.sequence(value, "actions for '\(stage)'")
            else { continue }
            let actions = list.compactMap { reader.scalarText($0, "an action") }
            let expected = dimension.actions[stage]?.count ?? 0
            if list.count != expected {
                reader.error(
                    reader.location(value), "expected \(expected) action(s) for stage '\(stage)' of \(what), as the model has, found \(list.count)")
            } else if actions.count == expected {
                result.actions[stage] = actions
            }
        }
        let itemIDs = dimension.items.map(\.id)
        for (key, value) in reader.mapping(map["items"], "'items' of \(what)") ?? Node.Mapping([]) {
            guard let item = known(key, among: itemIDs, what: "item", in: what, reader) else { continue }
            result.items[item] = reader.scalarText(value, "a statement")
        }
        for (key, value) in reader.mapping(map["criteria"], "'criteria' of \(what)") ?? Node.Mapping([]) {
            guard let stage = known(key, among: stageIDs, what: "stage", in: what, reader) else { continue }
            let criterionIDs = (dimension.criteria[stage] ?? []).map(\.id)
            var texts: [String: String] = [:]
            for (criterionKey, text) in reader.mapping(value, "criteria for '\(stage)'") ?? Node.Mapping([]) {
                guard let criterion = known(criterionKey, among: criterionIDs, what: "criterion", in: "stage '\(stage)' of \(what)", reader)
                else { continue }
                texts[criterion] = reader.scalarText(text, "a criterion")
            }
            result.criteria[stage] = texts
        }
        return result
    }

    /// The id a key names when the model has it; otherwise an error at the key, with the closest id.
    private static func known(_ key: Node, among ids: [String], what: String, in owner: String, _ reader: YAMLReader) -> String? {
        let id = key.string ?? ""
        if ids.contains(id) { return id }
        reader.error(reader.location(key), "unknown \(what) \(Quote.input(id)) in \(owner) (\(Suggestion.hint(for: id, among: ids)))")
        return nil
    }
}

extension ModelOverlayLoader {
    /// Every translation of a built-in model, by language.
    static func builtIn(id: String, model: MaturityModel) -> ([ModelOverlay], [Diagnostic]) {
        var overlays: [ModelOverlay] = []
        var problems: [Diagnostic] = []
        for language in BuiltIns.overlayLanguages(id: id) {
            guard let text = BuiltIns.overlayText(id: id, language: language) else { continue }
            let (overlay, found) = load(text: text, file: "built-in:\(id).\(language)", language: language, model: model)
            problems += found
            if let overlay { overlays.append(overlay) }
        }
        return (overlays, problems)
    }

    /// Every translation beside a report's own model file (`models/custom.de.yaml` beside `models/custom.yaml`),
    /// by language; only files inside the report folder, after links are followed, are read.
    static func beside(_ reference: String, paths: ReportPaths, model: MaturityModel) -> ([ModelOverlay], [Diagnostic]) {
        let slash = reference.lastIndex(of: "/")
        let folder = slash.map { String(reference[..<$0]) } ?? ""
        let name = slash.map { String(reference[reference.index(after: $0)...]) } ?? reference
        let base = name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name.hasSuffix(".yml") ? String(name.dropLast(4)) : name
        let directory = folder.isEmpty ? paths.folder : paths.folder + "/" + folder
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        var found: [(language: String, relative: String)] = []
        for file in names where file != name {
            guard let language = language(ofFile: file, base: base) else { continue }
            found.append((language, folder.isEmpty ? file : folder + "/" + file))
        }
        var overlays: [ModelOverlay] = []
        var problems: [Diagnostic] = []
        var seen = Set<String>()
        for (language, relative) in found.sorted(by: { ($0.language, $0.relative) < ($1.language, $1.relative) }) {
            let path = paths.folder + "/" + relative
            if let problem = paths.problem(relative, what: "model translation", at: SourceLocation(file: path)) {
                problems.append(problem)
                continue
            }
            guard seen.insert(language).inserted else {
                problems.append(
                    Diagnostic(.error, .load, SourceLocation(file: path), "a second translation of the model into '\(language)'; keep one file per language"))
                continue
            }
            switch FileAccess.readText(path, display: path) {
            case .failure(let problem): problems.append(problem)
            case .success(let text):
                let (overlay, diagnostics) = load(text: text, file: path, language: language, model: model)
                problems += diagnostics
                if let overlay { overlays.append(overlay) }
            }
        }
        return (overlays, problems)
    }
}

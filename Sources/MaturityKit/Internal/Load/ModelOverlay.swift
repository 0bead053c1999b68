/// A model's text in one more language (`X.<language>.yaml` beside `X.yaml`), keyed by the model's ids. It
/// carries words only: ids, thresholds, weights and the scale's bounds stay the model's own.
struct ModelOverlay: Sendable {
    /// The canonical tag the file name gives (`de`, `ar-AE`).
    var language: String
    var file: String
    var name: String?
    var description: String?
    var labels: [String]?
    var stages: [String: Stage] = [:]
    var dimensions: [String: Dimension] = [:]
    /// Where the overlay writes the file's root (""), a stage or a dimension: where a missing text is reported.
    var places: [String: SourceLocation] = [:]

    struct Stage: Sendable {
        var name: String?
        var summary: String?
    }

    struct Dimension: Sendable {
        var name: String?
        var group: String?
        var description: String?
        var descriptors: [String: String] = [:]
        var actions: [String: [String]] = [:]
        var items: [String: String] = [:]
        var criteria: [String: [String: String]] = [:]
    }

    /// A regional overlay (`ar-AE`) laid over its language's (`ar`): each text the regional file gives wins.
    func over(_ base: ModelOverlay) -> ModelOverlay {
        var merged = base
        merged.language = language
        merged.file = file
        merged.name = name ?? base.name
        merged.description = description ?? base.description
        merged.labels = labels ?? base.labels
        for (id, stage) in stages {
            let old = base.stages[id]
            merged.stages[id] = Stage(name: stage.name ?? old?.name, summary: stage.summary ?? old?.summary)
        }
        for (id, dimension) in dimensions {
            var result = base.dimensions[id] ?? Dimension()
            result.name = dimension.name ?? result.name
            result.group = dimension.group ?? result.group
            result.description = dimension.description ?? result.description
            result.descriptors.merge(dimension.descriptors) { _, new in new }
            result.actions.merge(dimension.actions) { _, new in new }
            result.items.merge(dimension.items) { _, new in new }
            result.criteria.merge(dimension.criteria) { old, new in old.merging(new) { _, text in text } }
            merged.dimensions[id] = result
        }
        merged.places.merge(places) { _, new in new }
        return merged
    }

    /// The model with this overlay's text in place of its own. Every text the model has must be translated:
    /// a missing one is an error naming its id, never the model's own words among the translated ones.
    func apply(to model: MaturityModel) -> (MaturityModel, [Diagnostic]) {
        var log = DiagnosticLog(stage: .load)
        let root = places[""] ?? SourceLocation(file: file)
        func take(_ text: String?, _ original: String, _ what: @autoclosure () -> String, at place: SourceLocation) -> String {
            if original.isEmpty { return original }
            guard let text, !text.isEmpty else {
                log.error(place, "missing the '\(language)' text of \(what()) (every text of the model needs a translation)")
                return original
            }
            return text
        }
        var result = model
        result.name = take(name, model.name, "the model's name", at: root)
        result.description = take(description, model.description, "the model's description", at: root)
        if !model.scale.labels.isEmpty {
            if let labels, labels.count == model.scale.labels.count {
                result.scale.labels = labels
            } else {
                log.error(root, "missing the '\(language)' scale labels (every text of the model needs a translation)")
            }
        }
        for (index, stage) in model.stages.enumerated() {
            let text = stages[stage.id], place = places["stage:" + stage.id] ?? root
            result.stages[index].name = take(text?.name, stage.name, "the name of stage '\(stage.id)'", at: place)
            result.stages[index].summary = take(text?.summary, stage.summary, "the summary of stage '\(stage.id)'", at: place)
        }
        for (index, dimension) in model.dimensions.enumerated() {
            let text = dimensions[dimension.id], place = places["dimension:" + dimension.id] ?? root
            let of = "of dimension '\(dimension.id)'"
            var translated = dimension
            translated.name = take(text?.name, dimension.name, "the name \(of)", at: place)
            translated.group = dimension.group.map { take(text?.group, $0, "the group \(of)", at: place) }
            translated.description = take(text?.description, dimension.description, "the description \(of)", at: place)
            for stage in model.stages {
                if let descriptor = dimension.descriptors[stage.id] {
                    translated.descriptors[stage.id] = take(
                        text?.descriptors[stage.id], descriptor, "the descriptor of stage '\(stage.id)' \(of)", at: place)
                }
                if let actions = dimension.actions[stage.id], !actions.isEmpty {
                    if let words = text?.actions[stage.id], words.count == actions.count {
                        translated.actions[stage.id] = words
                    } else {
                        log.error(
                            place, "missing the '\(language)' actions for stage '\(stage.id)' \(of) (every text of the model needs a translation)")
                    }
                }
                for (slot, criterion) in (dimension.criteria[stage.id] ?? []).enumerated() {
                    translated.criteria[stage.id]?[slot].text = take(
                        text?.criteria[stage.id]?[criterion.id], criterion.text, "criterion '\(criterion.id)' \(of)", at: place)
                }
            }
            for (slot, item) in dimension.items.enumerated() {
                translated.items[slot].text = take(text?.items[item.id], item.text, "item '\(item.id)' \(of)", at: place)
            }
            result.dimensions[index] = translated
        }
        return (result, log.items)
    }
}

/// The model a report uses, in the report's language, with every language's statements and scale labels kept
/// for reading survey exports (a wave may mix files in several languages).
enum ModelLanguages {
    /// Which overlays make up `language`: its language's file, then its regional file over it; nil when neither exists.
    static func overlay(for language: String, among overlays: [ModelOverlay]) -> ModelOverlay? {
        let base = overlays.first { $0.language == LanguageTag.language(of: language) }
        let regional = language.contains("-") ? overlays.first { $0.language == language } : nil
        switch (base, regional) {
        case (let base?, let regional?): return regional.over(base)
        case (let base?, nil): return base
        case (nil, let regional?): return regional
        case (nil, nil): return nil
        }
    }

    /// The model in `language` when an overlay gives it (else in its own words), every statement and label
    /// in every language recorded for survey matching. Nil with the errors when the chosen overlay is incomplete.
    static func localise(_ model: MaturityModel, overlays: [ModelOverlay], language: String?) -> (MaturityModel?, [Diagnostic]) {
        var result = model
        if let language, let overlay = overlay(for: language, among: overlays) {
            let (translated, problems) = overlay.apply(to: model)
            if !problems.isEmpty { return (nil, problems) }
            result = translated
        }
        result.languages = overlays.map(\.language)
        result.scale.otherLabels = ([model.scale.labels] + overlays.compactMap(\.labels)).filter { !$0.isEmpty && $0 != result.scale.labels }
        for (index, dimension) in model.dimensions.enumerated() {
            for (slot, item) in dimension.items.enumerated() {
                var texts: [String] = []
                for text in [item.text] + overlays.compactMap({ $0.dimensions[dimension.id]?.items[item.id] })
                where text != result.dimensions[index].items[slot].text && !texts.contains(text) {
                    texts.append(text)
                }
                result.dimensions[index].items[slot].otherTexts = texts
            }
        }
        return (result, [])
    }
}

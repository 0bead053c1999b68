/// How the figures were made: model, stages, statements, scoring rules, waves and the suppression rule.
enum MethodologyPageBuilder {
    static func build(_ context: ViewContext) -> MethodologyPage {
        let model = context.model, words = context.words
        let scale = model.scale
        let stages = model.stages.enumerated().map { index, stage in
            let upper =
                index + 1 < model.stages.count
                ? words("stage_range_below", ["score": words.numbers.fixed(model.stages[index + 1].minScore, places: 2)])
                : words("stage_range_top", ["max": words.numbers.integer(scale.max)])
            return [stage.name, words("stage_range", ["from": words.numbers.fixed(stage.minScore, places: 2), "to": upper]), stage.summary]
        }
        let dimensions = model.dimensions.map { dimension in
            MethodDimension(
                name: dimension.name, id: dimension.id, description: dimension.description,
                items: context.table(
                    caption: words("method_items_caption", ["dimension": dimension.name]),
                    headers: ["table_item", "table_statement", "table_scoring", "table_weight"].map { words($0) },
                    rows: dimension.items.map {
                        [$0.id, $0.text, words($0.reverse ? "scoring_reverse" : "scoring_direct"), words.numbers.fixed($0.weight, places: 1)]
                    }))
        }
        let waves = context.scored.waves.map { wave in
            let spec = context.settings.waves.first { $0.id == wave.id }
            let files = spec.map { ([$0.responses] + $0.parts).joined(separator: words("list_separator")) } ?? ""
            return [wave.id, words.date(wave.date), words.numbers.count(wave.respondents), files]
        }
        let n = context.scored.current.dimensions.first?.n ?? 0
        let missing = context.scored.waves.flatMap { wave in
            zip(model.dimensions, wave.dimensions).flatMap { dimension, result in
                dimension.items.filter { result.missingItems.contains($0.id) }.map { item in
                    [
                        wave.id, item.id, item.text,
                        result.measured ? dimension.name : words("method_dimension_not_measured", ["dimension": dimension.name]),
                    ]
                }
            }
        }
        return MethodologyPage(
            site: context.site(root: "", current: "methodology.html"), pageTitle: words("methodology_title"),
            modelName: model.name, modelDescription: model.description, scaleMin: words.numbers.integer(scale.min), scaleMax: words.numbers.integer(scale.max),
            scaleLabels: scale.labels.enumerated().map { ScaleLabel(value: words.numbers.integer(scale.min + $0.offset), label: $0.element) },
            hasScaleLabels: !scale.labels.isEmpty,
            stages: context.table(
                caption: words("stages_caption"), headers: ["table_stage", "table_score_range", "table_summary"].map { words($0) }, rows: stages),
            dimensions: dimensions,
            waves: context.table(
                caption: words("waves_caption"), headers: ["table_wave", "table_date", "table_respondents", "table_source_file"].map { words($0) }, rows: waves),
            missingItems: missing.isEmpty
                ? nil
                : context.table(
                    caption: words("method_missing_caption"),
                    headers: ["table_wave", "table_item", "table_statement", "table_dimension"].map { words($0) }, rows: missing),
            minGroupSize: words.numbers.integer(context.settings.minGroupSize),
            attributes: context.settings.attributes.isEmpty ? nil : context.settings.attributes.joined(separator: words("list_separator")),
            tExample: n > 1
                ? TExample(
                    n: words.numbers.count(n), degreesOfFreedom: words.numbers.integer(n - 1),
                    quantile: words.numbers.fixed(Statistics.studentTQuantile(0.975, degreesOfFreedom: Double(n - 1)), places: 4)) : nil)
    }
}

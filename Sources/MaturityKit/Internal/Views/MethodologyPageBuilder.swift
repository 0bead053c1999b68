/// How the figures were made: model, stages, statements, scoring rules, waves and the suppression rule.
enum MethodologyPageBuilder {
    static func build(_ context: ViewContext) -> MethodologyPage {
        let model = context.model
        let scale = model.scale
        let labelText = scale.labels.isEmpty ? "" : " (" + scale.labels.enumerated().map { "\(scale.min + $0.offset) = \($0.element)" }.joined(separator: ", ") + ")"
        let stages = model.stages.enumerated().map { index, stage in
            let upper = index + 1 < model.stages.count ? "below " + Fixed.format(model.stages[index + 1].minScore, places: 2) : "up to \(scale.max)"
            return [stage.name, "\(Fixed.format(stage.minScore, places: 2)) – \(upper)", stage.summary]
        }
        let dimensions = model.dimensions.map { dimension in
            MethodDimension(name: dimension.name, id: dimension.id, description: dimension.description,
                            items: TableView(caption: "Statements for \(dimension.name)", headers: ["Item", "Statement", "Scoring", "Weight"],
                                             rows: dimension.items.map { [$0.id, $0.text, $0.reverse ? "Reverse" : "Direct", Fixed.format($0.weight, places: 1)] }))
        }
        let waves = context.scored.waves.map { wave in
            let spec = context.settings.waves.first { $0.id == wave.id }
            return [wave.id, ReportDate.long(wave.date), Format.count(wave.respondents), spec?.responses ?? ""]
        }
        let n = context.scored.current.dimensions.first?.n ?? 0
        let example = n > 1 ? "With n = \(Format.count(n)), t(0.975, \(n - 1)) = \(Fixed.format(Statistics.studentTQuantile(0.975, degreesOfFreedom: Double(n - 1)), places: 4))." : ""
        return MethodologyPage(
            site: context.site(root: "", current: "methodology.html"), pageTitle: "Methodology",
            modelName: model.name, modelDescription: model.description,
            scaleText: "\(scale.min) to \(scale.max)\(labelText)",
            stages: TableView(caption: "Stages and score thresholds", headers: ["Stage", "Score range", "Summary"], rows: stages),
            dimensions: dimensions,
            waves: TableView(caption: "Assessment waves", headers: ["Wave", "Date", "Respondents", "Source file"], rows: waves),
            minGroupSize: String(context.settings.minGroupSize),
            attributes: context.settings.attributes.isEmpty ? "none" : context.settings.attributes.joined(separator: ", "),
            tQuantileExample: example, benchmarkMethod: BenchmarkPageBuilder.method, trendMethod: TrendsPageBuilder.method)
    }
}

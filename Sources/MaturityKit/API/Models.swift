/// The built-in maturity models, for `maturity models`.
public enum Models {
    public struct Summary: Sendable {
        public var id: String
        public var name: String
        public var dimensions: Int
        public var stages: [String]
        public var items: Int
    }

    /// Every built-in model, by id.
    public static func builtIn() -> [Summary] {
        BuiltIns.modelIDs.compactMap { id in
            guard let text = BuiltIns.modelText(id: id), let model = ModelLoader.load(text: text, file: "built-in:\(id)").0 else { return nil }
            return Summary(
                id: model.id, name: model.name, dimensions: model.dimensions.count, stages: model.stages.map(\.name),
                items: model.dimensions.reduce(0) { $0 + $1.items.count })
        }
    }

    /// The YAML of a built-in model, ready to copy into a report's `models/` folder and edit.
    public static func export(id: String) -> String? { BuiltIns.modelText(id: id) }

    /// Validates a model file, as a build would: every problem with its line and column.
    public static func validate(path: String) -> [Diagnostic] {
        switch FileAccess.readText(path, display: path) {
        case .failure(let problem): return [problem]
        case .success(let text): return ModelLoader.load(text: text, file: path).1
        }
    }
}

/// The questionnaire of a report's model, for survey tools and for print (`maturity survey`).
public enum Survey {
    /// Writes `questionnaire.csv` and `questionnaire.html` into `output`; returns the paths written.
    public static func export(content: String, output: String) throws(BuildFailure) -> [String] {
        let context = try Pipeline.questionnaire.run(BuildOptions(content: content, output: output))
        return context.files.map { output + "/" + $0.path }
    }
}

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

    /// The languages a built-in model is translated into, besides its own text.
    public static func languages(id: String) -> [String] { BuiltIns.overlayLanguages(id: id) }

    /// A built-in model as one model file with its text in `language` (a BCP 47 tag; the language's file, with
    /// a regional one over it): the YAML, or why not (no such model, no such translation, an incomplete one).
    public static func export(id: String, language: String) -> Result<String, BuildFailure> {
        let at = SourceLocation(file: "--language")
        guard let text = BuiltIns.modelText(id: id) else {
            return .failure(
                BuildFailure([
                    Diagnostic(.error, .load, SourceLocation(file: id), "unknown model '\(id)' (\(Suggestion.hint(for: id, among: BuiltIns.modelIDs)))")
                ]))
        }
        guard let tag = LanguageTag.canonical(language) else {
            return .failure(BuildFailure([Diagnostic(.error, .load, at, LanguageTag.syntaxProblem(language))]))
        }
        let (read, found) = ModelLoader.load(text: text, file: "built-in:\(id)")
        guard let read else { return .failure(BuildFailure(found)) }
        let (overlays, problems) = ModelOverlayLoader.builtIn(id: id, model: read)
        if problems.contains(where: { $0.severity == .error }) { return .failure(BuildFailure(problems)) }
        guard ModelLanguages.overlay(for: tag, among: overlays) != nil else {
            let known = overlays.map(\.language)
            return .failure(
                BuildFailure([
                    Diagnostic(
                        .error, .load, at,
                        "model '\(id)' has no '\(tag)' translation (it has: \(known.isEmpty ? "none" : known.joined(separator: ", ")); without --language it is exported in its own words)"
                    )
                ]))
        }
        let (model, incomplete) = ModelLanguages.localise(read, overlays: overlays, language: tag)
        guard let model else { return .failure(BuildFailure(incomplete)) }
        return .success(ModelWriter.yaml(model))
    }

    /// Validates a model file, as a build would: every problem with its line and column. Its translations
    /// beside it (`X.<language>.yaml` for `X.yaml`) are checked too, each one complete.
    public static func validate(path: String) -> [Diagnostic] {
        switch FileAccess.readText(path, display: path) {
        case .failure(let problem): return [problem]
        case .success(let text):
            let (model, found) = ModelLoader.load(text: text, file: path)
            let slash = path.lastIndex(of: "/")
            let folder = slash.map { String(path[..<$0]) } ?? "."
            guard let model, let paths = ReportPaths(folder: folder.isEmpty ? "/" : folder) else { return found }
            let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
            let (overlays, problems) = ModelOverlayLoader.beside(name, paths: paths, model: model)
            var all = found + problems
            for overlay in overlays { all += overlay.apply(to: model).1 }
            return all
        }
    }
}

/// The questionnaire of a report's model, for survey tools and for print (`maturity survey`).
public enum Survey {
    /// Writes `questionnaire.csv` and `questionnaire.html` into `output`; returns the paths written.
    /// `templates` is a theme folder (nil for the default theme); `language` replaces report.yaml's `language:`,
    /// which picks the theme's strings and the model's translation, as for a build.
    public static func export(content: String, output: String, templates: String? = nil, language: String? = nil) throws(BuildFailure) -> [String] {
        let context = try Pipeline.questionnaire.run(BuildOptions(content: content, output: output, templates: templates, language: language))
        return context.files.map { output + "/" + $0.path }
    }
}

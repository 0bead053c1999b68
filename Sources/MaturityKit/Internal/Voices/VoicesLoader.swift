/// The load step's part for voices: checks each wave's `comments:` against the model, reads themes.yaml and the
/// notes of `evidence/`. Comment columns themselves are read later, by `CommentReader`.
enum VoicesLoader {
    static func load(_ settings: ReportSettings, paths: ReportPaths, reportFile: String, model: MaturityModel, sink: DiagnosticSink) -> VoiceInputs {
        checkCommentKeys(settings, model: model, sink: sink)
        var inputs = VoiceInputs()
        inputs.themes = loadThemes(settings, paths: paths, reportFile: reportFile, model: model, sink: sink)
        inputs.evidence = EvidenceLoader.load(paths: paths, model: model, sink: sink)
        return inputs
    }

    private static func checkCommentKeys(_ settings: ReportSettings, model: MaturityModel, sink: DiagnosticSink) {
        let known = model.dimensions.map(\.id) + [CommentKey.general]
        for wave in settings.waves where !wave.comments.isEmpty {
            if wave.kind != .survey {
                sink.report(
                    Diagnostic(
                        .error, .load, wave.comments[0].location,
                        "wave '\(wave.id)' gives \(wave.kind.rawValue), not responses: only a survey's CSV can have comment columns"))
            }
            var seen = Set<String>()
            for comment in wave.comments {
                if !known.contains(comment.key) {
                    sink.report(
                        Diagnostic(
                            .error, .load, comment.location,
                            "unknown key \(Quote.input(comment.key)) in 'comments' of wave '\(wave.id)' (expected a dimension id or 'general': \(known.joined(separator: ", ")))"
                        ))
                } else if !seen.insert(comment.key).inserted {
                    sink.report(Diagnostic(.error, .load, comment.location, "duplicate key '\(comment.key)' in 'comments' of wave '\(wave.id)'"))
                }
            }
        }
    }

    private static func loadThemes(
        _ settings: ReportSettings, paths: ReportPaths, reportFile: String, model: MaturityModel, sink: DiagnosticSink
    ) -> [CommentTheme] {
        guard let relative = settings.voices.themes else { return [] }
        let at = settings.location(of: "themes", file: reportFile)
        if let problem = paths.fileProblem(relative, what: "themes file", at: at) {
            sink.report(problem)
            return []
        }
        let path = paths.folder + "/" + relative
        switch FileAccess.readText(path, display: path) {
        case .failure(let problem):
            sink.report(problem)
            return []
        case .success(let text):
            let (themes, found) = ThemesLoader.load(text: text, file: path, model: model)
            sink.report(found)
            return themes ?? []
        }
    }
}

/// The steps a report site is made of. `Site.build`, `Site.check`, `Email.build`, `Survey.export` and the
/// preview pick from these (and add their own); each step is defined once here.
enum SiteSteps {
    /// Reads the report folder; its problems come out with the validate step's.
    static let load = BuildStep("load", stage: .load, reportsWithNext: true, detail: { "reading \($0.options.content)" }) { context throws(StepStop) in
        context.folder = try context.need(LoadReport.run(folder: context.options.content, language: context.options.language, sink: context.sink))
    }

    static let validate = BuildStep("validate", stage: .validate) { context throws(StepStop) in
        context.loaded = ValidateReport.run(try context.need(context.folder), sink: context.sink)
        context.folder = nil
    }

    /// Reads the waves' files and the customer surveys of outcomes.yaml; a load step, after validate has
    /// checked where the waves are.
    static let readWaves = BuildStep("read waves", stage: .load, detail: { "\($0.loaded?.settings.waves.count ?? 0) wave(s)" }) { context throws(StepStop) in
        let loaded = try context.need(context.loaded)
        let read = ReadWaves.run(loaded, sink: context.sink)
        context.waves = read.compactMap { $0 }
        context.surveys = try context.need(ReadOutcomes.run(loaded, sink: context.sink))
        if context.waves.count == read.count { context.comments = try context.need(ReadComments.run(loaded, sink: context.sink)) }
    }

    static let score = BuildStep("score", stage: .score, detail: { "\($0.waves.count) wave(s)" }) { context throws(StepStop) in
        let loaded = try context.need(context.loaded)
        guard context.waves.count == loaded.settings.waves.count else { throw StepStop() }
        var scored = try context.need(ScoreReport.run(loaded, waves: context.waves, sink: context.sink))
        if let outcomes = loaded.outcomes {
            let (results, audit) = ScoreOutcomes.run(outcomes, answers: context.surveys, scored: scored)
            scored.outcomes = results
            scored.suppression.add(audit)
        }
        scored.voices = ScoreVoices.run(loaded, comments: context.comments, units: scored.units.map(\.name))
        context.scored = scored
        context.waves = []
        context.surveys = []
        context.comments = []
    }

    /// The theme's templates, strings and palette, with the report's own `templates/` over them. Read before
    /// the waves, so that a broken theme is reported before any survey file is read.
    static let theme = BuildStep("theme", stage: .load, detail: { $0.options.templates ?? "default" }) { context throws(StepStop) in
        let options = context.options
        let settings = context.loaded?.settings
        context.theme = try context.reporting { () throws(BuildFailure) in
            try TemplateSet.load(
                theme: options.templates ?? BuiltIns.templatesDirectory, overrides: options.content + "/templates",
                language: settings?.language ?? "en", at: settings?.locations["language"])
        }
    }

    static let views = BuildStep("views", stage: .views) { context throws(StepStop) in
        context.views = BuildViews.run(try context.need(context.scored), theme: try context.need(context.theme))
    }

    /// The site's files through the theme; pages are rendered when they are written (or tried, by `tryPages`).
    static let render = BuildStep("render", stage: .render, detail: { _ in "pages" }) { context throws(StepStop) in
        let (views, theme) = (try context.need(context.views), try context.need(context.theme))
        let folder = context.options.content
        context.files = try context.reporting { () throws(BuildFailure) in try RenderSite.run(views, templates: theme, reportFolder: folder) }
    }

    /// Renders every page and keeps nothing, for a check that writes nothing.
    static let tryPages = BuildStep("render pages", stage: .render, detail: { "trying \($0.files.count) files" }) { context throws(StepStop) in
        for file in context.files {
            if case .failure(let problem) = file.contents() { context.sink.report(problem) }
        }
    }

    /// Links in commentary to pages or files the output does not have: warnings.
    static let checkLinks = BuildStep("check links", stage: .links) { context throws(StepStop) in
        context.sink.report(LinkCheck.run(try context.need(context.loaded), files: context.files))
    }

    /// Writes every file at once into `options.output` (see `OutputWriter`).
    static let write = BuildStep("write", stage: .write, detail: { "\($0.files.count) files to \($0.options.output)" }) { context throws(StepStop) in
        let (files, options) = (context.files, context.options)
        try context.reporting { () throws(BuildFailure) in try OutputWriter.run(files, to: options.output, force: options.force) }
    }
}

extension SiteSteps {
    /// The model's questionnaire as files for survey tools and print (`maturity survey`).
    static let questionnaire = BuildStep("questionnaire", stage: .render) { context throws(StepStop) in
        let (loaded, theme) = (try context.need(context.loaded), try context.need(context.theme))
        let view = Questionnaire.view(loaded.model, settings: loaded.settings)
        guard let html = theme.library.render(PageContext(view, globals: theme.globals, shared: nil), withTemplate: "questionnaire") else {
            context.sink.report(
                Diagnostic(
                    .error, .render, SourceLocation(file: theme.sources["questionnaire"] ?? "questionnaire"), "template 'questionnaire' could not be rendered"))
            throw StepStop()
        }
        context.files = [
            OutputFile(path: "questionnaire.csv", contents: Array(Questionnaire.csv(loaded.model).utf8)),
            OutputFile(path: "questionnaire.html", contents: RenderSite.tidy(html)),
        ]
    }
}

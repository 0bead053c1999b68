/// One named step of a run, in the manner of Publish's `PublishingStep`: a name for progress output, the
/// stage its diagnostics are filed under, and a body that reads what earlier steps left in the context and
/// adds its own. A body reports problems into `context.sink`; it throws `StepStop` only when it cannot go
/// on at all (what it needs is missing because an earlier step failed).
struct BuildStep: Sendable {
    var name: String
    var stage: Stage
    /// Whether the next step still runs after this one reported errors, so that both steps' problems come out
    /// in one run (reading the report folder, then cross-checking what was read).
    var reportsWithNext = false
    /// What the progress line says besides the step's name.
    var detail: @Sendable (BuildContext) -> String = { _ in "" }
    var body: @Sendable (inout BuildContext) throws(StepStop) -> Void

    init(
        _ name: String, stage: Stage, reportsWithNext: Bool = false, detail: @escaping @Sendable (BuildContext) -> String = { _ in "" },
        body: @escaping @Sendable (inout BuildContext) throws(StepStop) -> Void
    ) {
        (self.name, self.stage, self.reportsWithNext, self.detail, self.body) = (name, stage, reportsWithNext, detail, body)
    }
}

/// Thrown by a step whose input is missing; the errors that explain why are already in the sink.
struct StepStop: Error {}

/// Runs steps in order. After a step that reported an error (and does not report with the next one), the run
/// stops and throws everything the sink holds; otherwise the context comes back for the caller to read.
struct Pipeline: Sendable {
    var steps: [BuildStep]

    init(_ steps: [BuildStep]) { self.steps = steps }

    /// Every command's run, side by side: they differ only in which steps run and what those write.
    static let build = Pipeline([
        SiteSteps.load, SiteSteps.validate, SiteSteps.theme, SiteSteps.readWaves, SiteSteps.score, SiteSteps.views,
        SiteSteps.render, SiteSteps.checkLinks, SiteSteps.write,
    ])
    /// Everything but writing: every page is rendered and dropped.
    static let check = Pipeline([
        SiteSteps.load, SiteSteps.validate, SiteSteps.theme, SiteSteps.readWaves, SiteSteps.score, SiteSteps.views,
        SiteSteps.render, SiteSteps.tryPages, SiteSteps.checkLinks,
    ])
    /// Up to the view models: what the pages show, nothing rendered.
    static let views = Pipeline(Array(build.steps.prefix { $0.stage != .render }))
    /// The preview builds as `build` does, into its private folder.
    static let serve = build
    /// The site plus the email edition (see `EmailSteps`), and with `--units` each unit's, written together.
    static func email(_ options: EmailOptions) -> Pipeline {
        let units = options.units ? [EmailSteps.units(options)] : []
        return Pipeline(
            [
                EmailSteps.flags(options), SiteSteps.load, EmailSteps.envelope(options), SiteSteps.validate, SiteSteps.theme, SiteSteps.readWaves,
                SiteSteps.score, SiteSteps.views, SiteSteps.render, EmailSteps.render(options),
            ] + units + [SiteSteps.checkLinks, SiteSteps.write])
    }
    /// The site plus the PDF edition (see `PdfSteps`), written together; the engine is looked for first.
    static func pdf(_ options: PdfOptions) -> Pipeline {
        Pipeline([
            PdfSteps.engine(options), SiteSteps.load, SiteSteps.validate, SiteSteps.theme, SiteSteps.readWaves, SiteSteps.score, SiteSteps.views,
            SiteSteps.render, PdfSteps.document(options), PdfSteps.print(options), SiteSteps.checkLinks, SiteSteps.write,
        ])
    }
    /// The model's questionnaire: the report folder read and checked, two files written.
    static let questionnaire = Pipeline([SiteSteps.load, SiteSteps.validate, SiteSteps.theme, SiteSteps.questionnaire, SiteSteps.write])

    /// Runs every step on a fresh context and returns it, for the caller to read the values it wants.
    func run(_ options: BuildOptions) throws(BuildFailure) -> BuildContext {
        var context = BuildContext(options: options)
        try run(&context)
        return context
    }

    func run(_ context: inout BuildContext) throws(BuildFailure) {
        let progress = context.options.progress
        for step in steps {
            if let progress {
                let detail = step.detail(context)
                progress(detail.isEmpty ? step.name : "\(step.name): \(detail)")
            }
            let stopped: Bool = context.sink.during(step.stage) {
                do throws(StepStop) {
                    try step.body(&context)
                    return false
                } catch {
                    return true
                }
            }
            if stopped && !context.sink.hasErrors {
                context.sink.report(
                    Diagnostic(
                        .error, step.stage, SourceLocation(file: context.options.content),
                        "internal error: step '\(step.name)' stopped without saying why"))
            }
            if stopped || (context.sink.hasErrors && !step.reportsWithNext) { throw context.sink.failure }
        }
    }
}

/// What the steps of one run hand on to each other: the options, the sink every step reports into, and the
/// value each step has made so far. A step reads the values it needs with `need`, which stops the run when
/// an earlier step could not make one (its errors are already in the sink).
struct BuildContext {
    let options: BuildOptions
    let sink: DiagnosticSink
    /// load: what the report folder holds, not yet cross-checked.
    var folder: LoadReport.Folder?
    /// validate: the report, checked.
    var loaded: LoadedReport?
    /// read waves: each wave's file, read; dropped once scored.
    var waves: [WaveInput] = []
    /// read waves: each customer survey of outcomes.yaml, read; dropped once scored.
    var surveys: [SurveyAnswers] = []
    /// read waves: each wave's comments (scrubbed), for the waves with `comments:`; dropped once scored.
    var comments: [WaveComments] = []
    /// score: every figure, hidden ones hidden.
    var scored: ScoredReport?
    /// theme: the templates, strings and palette of the theme, with the report's own overrides.
    var theme: TemplateSet?
    /// views: the pages' view models.
    var views: SiteViews?
    /// render (and the email step): every file of the output, pages rendered only when written.
    var files: [OutputFile] = []
    /// The email edition's addresses and subject, for `Email.build`.
    var envelope: EmailEnvelope?
    /// The PDF edition's print document, between rendering it and laying it out (`Pdf.build`).
    var pdf: PdfDraft?

    init(options: BuildOptions, sink: DiagnosticSink = DiagnosticSink()) {
        self.options = options
        self.sink = sink
    }

    func need<Value>(_ value: Value?) throws(StepStop) -> Value {
        guard let value else { throw StepStop() }
        return value
    }

    /// A step that calls code throwing `BuildFailure` (templates, output folder) reports what it threw.
    func reporting<Value>(_ body: () throws(BuildFailure) -> Value) throws(StepStop) -> Value {
        do {
            return try body()
        } catch {
            sink.report(error.diagnostics)
            throw StepStop()
        }
    }
}

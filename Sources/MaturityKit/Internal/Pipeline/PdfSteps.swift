import Foundation

/// The steps `maturity pdf` adds to a site build: the engine looked for before anything is read, the print
/// document rendered through the theme, and the engine's PDF added to the files the write step writes.
enum PdfSteps {
    /// WeasyPrint on the search path; its absence comes out with the report folder's problems.
    static func engine(_ options: PdfOptions) -> BuildStep {
        BuildStep("engine", stage: .validate, reportsWithNext: true) { context throws(StepStop) in
            let path = options.searchPath ?? ProcessInfo.processInfo.environment["PATH"]
            guard Pdf.findEngine(path: path) == nil else { return }
            context.sink.report(
                Diagnostic(
                    .error, .validate, SourceLocation(file: Pdf.engineName),
                    "no '\(Pdf.engineName)' program found on PATH (\(path ?? "")); the PDF edition needs it: \(Pdf.installHint)"))
        }
    }

    /// The print document: every section of the report through the theme's `pdf` template.
    static func document(_ options: PdfOptions) -> BuildStep {
        BuildStep("pdf document", stage: .render) { context throws(StepStop) in
            let (views, theme, scored) = (try context.need(context.views), try context.need(context.theme), try context.need(context.scored))
            let folder = options.build.templates ?? "the default theme"
            let missing = PdfDocument.templates.filter { theme.sources[$0] == nil }
            guard missing.isEmpty else {
                context.sink.report(missing.map { PdfDocument.missing($0, theme, folder: folder) })
                throw StepStop()
            }
            let settings = scored.report.settings
            switch PdfDocument.render(views, theme: theme, date: settings.date, paper: options.paper) {
            case .failure(let problem):
                context.sink.report(problem)
                throw StepStop()
            case .success(let html):
                let remote = PdfLinks.remoteReferences(in: html)
                if !remote.isEmpty {
                    let where_ = theme.sources["pdf"] ?? "pdf"
                    for reference in remote.prefix(10) {
                        context.sink.report(
                            Diagnostic(
                                .error, .render, SourceLocation(file: where_),
                                "the PDF document would load '\(reference)' from outside it; only the site's own files may be used"))
                    }
                    throw StepStop()
                }
                context.pdf = PdfDraft(html: html, path: Pdf.path(title: settings.title), date: settings.date)
            }
        }
    }

    /// The engine lays the document out; the PDF joins the site's files (replacing an earlier one).
    static func print(_ options: PdfOptions) -> BuildStep {
        BuildStep("pdf", stage: .render, detail: { $0.pdf?.path ?? "" }) { context throws(StepStop) in
            let draft = try context.need(context.pdf)
            guard let engine = Pdf.findEngine(path: options.searchPath ?? ProcessInfo.processInfo.environment["PATH"]) else {
                context.sink.report(Diagnostic(.error, .render, SourceLocation(file: Pdf.engineName), "no '\(Pdf.engineName)' found; \(Pdf.installHint)"))
                throw StepStop()
            }
            let assets = context.files.filter { $0.path.hasPrefix("assets/") }
            switch PdfEngine.run(engine: engine, html: draft.html, assets: assets, date: draft.date) {
            case .failure(let problem):
                context.sink.report(problem)
                throw StepStop()
            case .success(let bytes):
                context.files = context.files.filter { !$0.path.hasPrefix("pdf/") } + [OutputFile(path: draft.path, contents: bytes)]
                context.pdf = nil
            }
        }
    }
}

/// The print document between the two PDF steps.
struct PdfDraft: Sendable {
    var html: String
    /// Where the PDF goes, under the output folder.
    var path: String
    /// The report date, `YYYY-MM-DD`.
    var date: String
}

/// The steps `maturity email` adds to a site build: its flags and addresses checked, and the email edition
/// (`email/summary.html`, `email/summary.eml`) rendered into the same files the write step writes.
enum EmailSteps {
    /// The --to, --from and --subject flags; their problems come out with the report folder's.
    static func flags(_ options: EmailOptions) -> BuildStep {
        BuildStep("flags", stage: .validate, reportsWithNext: true) { context throws(StepStop) in
            var log = context.sink.log(.validate)
            for text in options.to { checkMailbox(text, flag: "--to", log: &log) }
            if let from = options.from { checkMailbox(from, flag: "--from", log: &log) }
            if let subject = options.subject, let problem = EmailHeader.subjectProblem(subject) {
                log.error(SourceLocation(file: "--subject"), problem)
            }
        }
    }

    /// Sender, recipients and subject: the flags, else `email:` in report.yaml (whose addresses were checked
    /// when it was read, so they parse). Runs before the validate step, so that its problems come out with the
    /// report folder's.
    static func envelope(_ options: EmailOptions) -> BuildStep {
        BuildStep("address", stage: .validate, reportsWithNext: true) { context throws(StepStop) in
            let settings = try context.need(context.folder).report.settings
            var log = context.sink.log(.validate)
            let file = options.build.content + "/report.yaml"
            let to =
                options.to.isEmpty
                ? settings.email.to.compactMap { try? EmailAddress.parse($0).get() }
                : options.to.compactMap { try? EmailAddress.parse($0).get() }
            let from = (options.from ?? settings.email.from).flatMap { try? EmailAddress.parse($0).get() }
            if options.to.isEmpty && settings.email.to.isEmpty {
                log.error(SourceLocation(file: "--to"), "no recipient: pass --to ADDRESS (repeatable) or set 'email: { to: [...] }' in \(file)")
            }
            if options.from == nil && settings.email.from == nil {
                log.error(SourceLocation(file: "--from"), "no sender: pass --from ADDRESS or set 'email: { from: ... }' in \(file)")
            }
            guard let from, !to.isEmpty else { return }
            // Without a subject of the user's, the email step takes the theme's (`email_subject`).
            context.envelope = EmailEnvelope(from: from, to: to, subject: options.subject ?? settings.email.subject ?? "")
        }
    }

    /// The email edition, added to the site's files; it replaces any earlier edition in the output.
    static func render(_ options: EmailOptions) -> BuildStep {
        BuildStep("email", stage: .email) { context throws(StepStop) in
            let (scored, views) = (try context.need(context.scored), try context.need(context.views))
            let theme = try context.need(context.theme)
            var envelope = try context.need(context.envelope)
            if envelope.subject.isEmpty {
                let settings = scored.report.settings
                envelope.subject = theme.words("email_subject", ["title": settings.title, "organisation": settings.organisation])
            }
            let email = EmailView.build(scored, index: views.index)
            var html = "", text = ""
            switch (EmailRender.html(email, theme: theme), EmailRender.text(email, theme: theme)) {
            case (.success(let page), .success(let plain)): (html, text) = (page, plain)
            case (.failure(let problem), _), (_, .failure(let problem)):
                context.sink.report(problem)
                throw StepStop()
            }
            if html.utf8.count >= EmailRender.sizeLimit {
                context.sink.report(
                    Diagnostic(
                        .warning, .email, SourceLocation(file: options.build.output + "/" + Email.htmlPath),
                        "the email edition is \(html.utf8.count / 1024) KB; Gmail clips messages over about 100 KB"))
            }
            let message = EmailMessage.render(envelope, settings: scored.report.settings, text: text, html: html)
            context.files =
                context.files.filter { $0.path != Email.htmlPath && $0.path != Email.messagePath }
                + [OutputFile(path: Email.htmlPath, contents: Array(html.utf8)), OutputFile(path: Email.messagePath, contents: Array(message.utf8))]
        }
    }

    private static func checkMailbox(_ text: String, flag: String, log: inout DiagnosticLog) {
        if case .failure(let problem) = EmailAddress.parse(text) { log.error(SourceLocation(file: flag), problem.message) }
    }
}

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
            if options.units && settings.units == nil {
                log.error(SourceLocation(file: "--units"), "the report has no unit sub-reports: set 'units:' in \(file) to one of its attributes")
            }
            guard let from, !to.isEmpty else { return }
            // Without a subject of the user's, the email step takes the theme's (`email_subject`).
            context.envelope = EmailEnvelope(
                from: from, to: to, subject: options.subject ?? settings.email.subject ?? "",
                units: settings.email.units.map { .init(unit: $0.unit, to: $0.to.compactMap { try? EmailAddress.parse($0).get() }, location: $0.location) })
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
            let email = EmailView.build(scored, index: views.index, words: theme.words)
            var html = "", text = ""
            switch (EmailRender.html(email, theme: theme), EmailRender.text(email, theme: theme)) {
            case (.success(let page), .success(let plain)): (html, text) = (page, plain)
            case (.failure(let problem), _), (_, .failure(let problem)):
                context.sink.report(problem)
                throw StepStop()
            }
            checkSize(html.utf8.count, path: Email.htmlPath, options, context)
            let message = EmailMessage.render(envelope, settings: scored.report.settings, text: text, html: html)
            context.files =
                context.files.filter { $0.path != Email.htmlPath && $0.path != Email.messagePath }
                + [OutputFile(path: Email.htmlPath, contents: Array(html.utf8)), OutputFile(path: Email.messagePath, contents: Array(message.utf8))]
        }
    }

    /// `--units`: each shown unit's edition, added to the site's files like the organisation's.
    static func units(_ options: EmailOptions) -> BuildStep {
        BuildStep("unit emails", stage: .email) { context throws(StepStop) in
            let (scored, views) = (try context.need(context.scored), try context.need(context.views))
            let (theme, envelope) = (try context.need(context.theme), try context.need(context.envelope))
            var log = context.sink.log(.email)
            let recipients = UnitEmails.recipients(envelope, units: scored.units, file: options.build.content + "/report.yaml", log: &log)
            switch UnitEmails.render(scored, views: views, theme: theme, envelope: envelope, recipients: recipients) {
            case .success(let editions):
                for edition in editions { checkSize(edition.htmlSize, path: edition.html.path, options, context) }
                context.files =
                    context.files.filter { !$0.path.hasPrefix(UnitEmails.folder) } + editions.flatMap { [$0.html] + ($0.message.map { [$0] } ?? []) }
            case .failure(let problem):
                context.sink.report(problem)
                throw StepStop()
            }
        }
    }

    /// Gmail clips a message whose HTML is over about 100 KB: a warning, since the message is still whole.
    private static func checkSize(_ size: Int, path: String, _ options: EmailOptions, _ context: BuildContext) {
        guard size >= EmailRender.sizeLimit else { return }
        context.sink.report(
            Diagnostic(
                .warning, .email, SourceLocation(file: options.build.output + "/" + path),
                "the email edition is \(size / 1024) KB; Gmail clips messages over about 100 KB"))
    }

    private static func checkMailbox(_ text: String, flag: String, log: inout DiagnosticLog) {
        if case .failure(let problem) = EmailAddress.parse(text) { log.error(SourceLocation(file: flag), problem.message) }
    }
}

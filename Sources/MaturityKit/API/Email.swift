import Foundation

/// What `maturity email` needs: the build's options plus the message's addresses and subject. Empty or nil
/// fields fall back to `email:` in report.yaml; `to` and `from` must come from one of the two.
public struct EmailOptions: Sendable {
    public var build: BuildOptions
    public var to: [String]
    public var from: String?
    public var subject: String?

    public init(build: BuildOptions, to: [String] = [], from: String? = nil, subject: String? = nil) {
        self.build = build
        self.to = to
        self.from = from
        self.subject = subject
    }
}

/// What an email build reports back.
public struct EmailSummary: Sendable {
    /// Every file written, site included, relative to the output folder.
    public var files: [String]
    public var warnings: [Diagnostic]
    /// The two files of the email edition, as paths under the output folder.
    public var html: String
    public var message: String
}

/// The email edition (`maturity email`): the whole site is built as `Site.build` builds it, and
/// `email/summary.html` and `email/summary.eml` are written in the same atomic swap, listed in the same
/// manifest, so a later plain build replaces them like any other file of ours.
public enum Email {
    public static let htmlPath = "email/summary.html"
    public static let messagePath = "email/summary.eml"

    public static func build(_ options: EmailOptions) throws(BuildFailure) -> EmailSummary {
        var warnings: [Diagnostic] = []
        // Flags are checked first, so that their problems come out with the inputs' in one run.
        var flagProblems: [Diagnostic] = []
        let flagTo = options.to.compactMap { mailbox($0, flag: "--to", into: &flagProblems) }
        let flagFrom = options.from.flatMap { mailbox($0, flag: "--from", into: &flagProblems) }
        if let subject = options.subject, let problem = EmailHeader.subjectProblem(subject) {
            flagProblems.append(flagError("--subject", problem))
        }
        do throws(BuildFailure) {
            let loaded: LoadedReport
            do {
                let (report, loadWarnings) = try LoadReport.run(folder: options.build.content)                    // load + validate
                loaded = report
                warnings += loadWarnings
            } catch {
                throw BuildFailure(flagProblems + error.diagnostics)
            }
            let envelope = try resolve(options, settings: loaded.settings, to: flagTo, from: flagFrom, problems: flagProblems)
            let (scored, scoreWarnings) = try ScoreReport.run(loaded)                                              // score
            warnings += scoreWarnings
            let templates = try TemplateSet.load(theme: options.build.templates ?? BuiltIns.templatesDirectory,
                                                 overrides: options.build.content + "/templates")
            let views = BuildViews.run(scored, theme: templates)                                                 // view models
            let files = try RenderSite.run(views, templates: templates, reportFolder: options.build.content)      // render
            let email = EmailView.build(scored, index: views.index)                                              // the email edition
            let html: String, text: String
            switch (EmailRender.html(email, theme: templates), EmailRender.text(email, theme: templates)) {
            case (.success(let page), .success(let plain)): (html, text) = (page, plain)
            case (.failure(let problem), _), (_, .failure(let problem)): throw BuildFailure([problem])
            }
            if html.utf8.count >= EmailRender.sizeLimit {
                warnings.append(Diagnostic(.warning, .render, SourceLocation(file: options.build.output + "/" + htmlPath),
                                           "the email edition is \(html.utf8.count / 1024) KB; Gmail clips messages over about 100 KB"))
            }
            let message = EmailMessage.render(envelope, settings: loaded.settings, text: text, html: html)
            let emailFiles = [OutputFile(path: htmlPath, contents: Array(html.utf8)),
                              OutputFile(path: messagePath, contents: Array(message.utf8))]
            let all = files.filter { $0.path != htmlPath && $0.path != messagePath } + emailFiles
            try OutputWriter.run(all, to: options.build.output, force: options.build.force)                       // write
            return EmailSummary(files: all.map(\.path), warnings: warnings,
                                html: options.build.output + "/" + htmlPath, message: options.build.output + "/" + messagePath)
        } catch {
            throw BuildFailure(merge(warnings, error.diagnostics))
        }
    }

    /// The first executable named `sendmail` in the directories of `path` (a PATH value), or nil.
    public static func findSendmail(path: String?) -> String? {
        for directory in (path ?? "").split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = String(directory) + "/sendmail"
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate) {
                return candidate
            }
        }
        return nil
    }

    /// Hands the message file to `sendmail -t`, which reads the recipients from its headers.
    public static func send(message: String, sendmail: String) throws(BuildFailure) {
        func failure(_ text: String) -> BuildFailure {
            BuildFailure([Diagnostic(.error, .write, SourceLocation(file: sendmail), text)])
        }
        guard let input = FileHandle(forReadingAtPath: message) else { throw failure("could not read \(message)") }
        defer { try? input.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sendmail)
        process.arguments = ["-t"]
        process.standardInput = input
        do {
            try process.run()
        } catch {
            throw failure("could not start sendmail: \(error.localizedDescription)")
        }
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw failure("sendmail failed (exit status \(process.terminationStatus)); the message was not sent, it is in \(message)")
        }
    }

    // MARK: Addresses

    private static func resolve(_ options: EmailOptions, settings: ReportSettings, to flagTo: [Mailbox], from flagFrom: Mailbox?,
                                problems: [Diagnostic]) throws(BuildFailure) -> EmailEnvelope {
        var problems = problems
        let file = options.build.content + "/report.yaml"
        // report.yaml's addresses were checked when it was read; these parse.
        let to = options.to.isEmpty ? settings.email.to.compactMap { try? EmailAddress.parse($0).get() } : flagTo
        let from = options.from == nil ? settings.email.from.flatMap { try? EmailAddress.parse($0).get() } : flagFrom
        if options.to.isEmpty && settings.email.to.isEmpty {
            problems.append(Diagnostic(.error, .validate, SourceLocation(file: "--to"), "no recipient: pass --to ADDRESS (repeatable) or set 'email: { to: [...] }' in \(file)"))
        }
        if options.from == nil && settings.email.from == nil {
            problems.append(Diagnostic(.error, .validate, SourceLocation(file: "--from"), "no sender: pass --from ADDRESS or set 'email: { from: ... }' in \(file)"))
        }
        guard problems.isEmpty, let from, !to.isEmpty else { throw BuildFailure(problems) }
        let subject = options.subject ?? settings.email.subject ?? "\(settings.title) – \(settings.organisation)"
        return EmailEnvelope(from: from, to: to, subject: subject)
    }

    private static func mailbox(_ text: String, flag: String, into problems: inout [Diagnostic]) -> Mailbox? {
        switch EmailAddress.parse(text) {
        case .success(let mailbox): return mailbox
        case .failure(let problem):
            problems.append(flagError(flag, problem.message))
            return nil
        }
    }

    private static func flagError(_ flag: String, _ message: String) -> Diagnostic {
        Diagnostic(.error, .validate, SourceLocation(file: flag), message)
    }

    private static func merge(_ earlier: [Diagnostic], _ later: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return (earlier + later).filter { seen.insert($0).inserted }
    }
}

import ArgumentParser
import Foundation
import MaturityKit

struct EmailCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "email",
        abstract: "Build the site plus an email edition: email/summary.html and a ready email/summary.eml.",
        discussion: """
            The HTML is made for Outlook and Gmail (tables and inline styles, no SVG, images or scripts); the .eml \
            is a MIME message with a plain-text and an HTML part. Addresses and subject come from the flags, or \
            from 'email:' in report.yaml; links to the published site need 'site_url' there. The message is only \
            sent with --send, by piping it to 'sendmail -t'. With --units, every unit with a sub-report gets a message \
            of its own too (email/units/<slug>.html and .eml), addressed from 'units_email:' in report.yaml.

            Example:
              maturity email --to 'Jane Doe <jane@example.com>' --from cx@example.com
            """)

    @OptionGroup var report: ReportOptions

    @Option(name: .long, help: "The folder to write the site and email/ to.")
    var output: String = "output"

    @Option(name: .long, help: ArgumentHelp("A recipient: name@example.com or 'Name <name@example.com>'; repeat for more.", valueName: "address"))
    var to: [String] = []

    @Option(name: .long, help: ArgumentHelp("The sender: name@example.com or 'Name <name@example.com>'.", valueName: "address"))
    var from: String?

    @Option(name: .long, help: "The subject (default: email.subject in report.yaml, else the report's title and organisation).")
    var subject: String?

    @Flag(name: .long, help: "Also write one message per unit sub-report, to the addresses in 'units_email:' of report.yaml.")
    var units = false

    @Flag(name: .long, help: "Also send the message (and with --units each addressed unit's) with 'sendmail -t' (a sendmail program must be on PATH).")
    var send = false

    @Flag(name: .long, help: "Build even if --output holds files this tool did not write; they are kept in the new site.")
    var force = false

    func run() throws {
        var sendmail: String?
        if send {
            // Checked before anything is written, so that a failed --send changes nothing.
            let path = ProcessInfo.processInfo.environment["PATH"]
            guard let found = Email.findSendmail(path: path) else {
                DiagnosticPrinter.printError(
                    "error: --send: no 'sendmail' program found on PATH (\(path ?? "")); install one (Postfix, msmtp-mta, …) or leave out --send and send \(output)/\(Email.messagePath) yourself. Nothing was written or sent."
                )
                throw ExitCode.failure
            }
            sendmail = found
        }
        let summary: EmailSummary
        do {
            summary = try Email.build(
                EmailOptions(
                    build: BuildOptions(content: report.content, output: output, templates: report.templates, force: force, language: report.language),
                    to: to, from: from, subject: subject, units: units))
        } catch {
            DiagnosticPrinter.print(error.diagnostics)
            DiagnosticPrinter.printError("Email build failed with \(error.errors.count) error(s); nothing was written.")
            throw ExitCode.failure
        }
        DiagnosticPrinter.print(summary.warnings)
        print("Built \(summary.files.count) files into \(output)/, with \(summary.html) and \(summary.message)")
        let addressed = summary.units.compactMap(\.message)
        if units {
            print("Unit editions: \(summary.units.count) in \(output)/email/units/, \(addressed.count) of them addressed")
        }
        guard let sendmail else { return }
        // One sendmail call per message; a failure stops the rest, and says which were sent.
        var sent: [String] = []
        for message in [summary.message] + addressed {
            do {
                try Email.send(message: message, sendmail: sendmail)
            } catch {
                DiagnosticPrinter.print(error.diagnostics)
                if !sent.isEmpty { DiagnosticPrinter.printError("Already sent: \(sent.joined(separator: ", "))") }
                throw ExitCode.failure
            }
            sent.append(message)
            print("Sent \(message) with \(sendmail) -t")
        }
    }
}

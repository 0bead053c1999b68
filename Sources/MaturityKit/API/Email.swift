import Foundation

/// What `maturity email` needs: the build's options plus the message's addresses and subject. Empty or nil
/// fields fall back to `email:` in report.yaml; `to` and `from` must come from one of the two. With `units`,
/// each unit with a sub-report gets a message too, addressed from `units_email:` in report.yaml.
public struct EmailOptions: Sendable {
    public var build: BuildOptions
    public var to: [String]
    public var from: String?
    public var subject: String?
    public var units: Bool

    public init(build: BuildOptions, to: [String] = [], from: String? = nil, subject: String? = nil, units: Bool = false) {
        self.build = build
        self.to = to
        self.from = from
        self.subject = subject
        self.units = units
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
    /// With `units`: one entry per unit with a sub-report, in the order of the units' names.
    public var units: [UnitEdition] = []
}

/// One unit's email edition (`maturity email --units`), as paths under the output folder.
public struct UnitEdition: Sendable {
    public var unit: String
    public var html: String
    /// The message to send; nil when `units_email` gives the unit no address.
    public var message: String?
}

/// The email edition (`maturity email`): the whole site is built as `Site.build` builds it (see `EmailSteps`), and
/// `email/summary.html` and `email/summary.eml` are written in the same atomic swap, listed in the same
/// manifest, so a later plain build replaces them like any other file of ours.
public enum Email {
    public static let htmlPath = "email/summary.html"
    public static let messagePath = "email/summary.eml"

    /// Runs `Pipeline.email`: the site build with the flags and addresses checked and the edition rendered.
    public static func build(_ options: EmailOptions) throws(BuildFailure) -> EmailSummary {
        let context = try Pipeline.email(options).run(options.build)
        let output = options.build.output
        let units = (options.units ? context.scored?.units ?? [] : []).map { unit in
            let path = output + "/" + UnitEmails.folder + unit.slug
            let message = context.files.contains { $0.path == UnitEmails.folder + unit.slug + ".eml" } ? path + ".eml" : nil
            return UnitEdition(unit: unit.name, html: path + ".html", message: message)
        }
        return EmailSummary(
            files: context.files.map(\.path), warnings: context.sink.diagnostics,
            html: output + "/" + htmlPath, message: output + "/" + messagePath, units: units)
    }

    /// The first executable named `sendmail` in the directories of `path` (a PATH value), or nil.
    public static func findSendmail(path: String?) -> String? {
        for directory in (path ?? "").split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = String(directory) + "/sendmail"
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate)
            {
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
}

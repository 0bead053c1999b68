import Foundation
import XCTest

@testable import MaturityKit

/// `maturity email`: the email edition, its MIME message, and how it shares the output folder with the site.
final class EmailTests: XCTestCase {
    static let subject = "Reifegrad der Kundenerfahrung 2026 – Übersicht für die Geschäftsleitung"
    static let recipient = "Jürgen Müller <jm@example.com>"
    static let sender = "CX-Team Zoë <cx@example.com>"

    private var content: String { TestSupport.repositoryRoot.path + "/content" }

    private func email(
        _ output: String, content: String? = nil, extra: [String] = [],
        environment: [String: String]? = nil
    ) throws -> TestSupport.Run {
        try TestSupport.run(
            [
                "email", "--content", content ?? self.content, "--output", output,
                "--to", Self.recipient, "--to", "board@example.com", "--from", Self.sender,
                "--subject", Self.subject,
            ] + extra, environment: environment)
    }

    /// Runs scripts/check_email.py, which parses the message with Python's `email` package.
    private func checkWithPython(_ eml: String, _ arguments: [String] = []) throws -> (status: Int32, output: String) {
        try TestSupport.python("check_email.py", [eml] + arguments)
    }

    private func read(_ path: String) throws -> String {
        String(decoding: try XCTUnwrap(FileManager.default.contents(atPath: path), path), as: UTF8.self)
    }

    // MARK: The command on the example report

    func testWritesAnHTMLEditionAndAMessageThatPythonParses() throws {
        let output = TestSupport.temporaryFolder(self) + "/site"
        let run = try email(output)
        XCTAssertEqual(run.status, 0, run.stderr)
        let html = try read(output + "/email/summary.html")
        let eml = try XCTUnwrap(FileManager.default.contents(atPath: output + "/email/summary.eml"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/index.html"), "the site is built too")

        let check = try checkWithPython(
            output + "/email/summary.eml",
            [
                "--subject", Self.subject, "--from", Self.sender,
                "--to", Self.recipient, "--to", "board@example.com", "--html", output + "/email/summary.html",
            ])
        XCTAssertEqual(check.status, 0, check.output)

        XCTAssertLessThan(html.utf8.count, 100_000, "Gmail clips messages over about 100 KB")
        XCTAssertLessThan(eml.count, 100_000)
        for forbidden in ["<svg", "<script", "<style", "class=", "<img", "<link", "url(", "data:"] {
            XCTAssertFalse(html.lowercased().contains(forbidden), forbidden)
        }
        // Fluid up to 600 px: the content table fills a phone's width; only Outlook's conditional table is fixed.
        XCTAssertTrue(html.contains("width=\"100%\" bgcolor=\"#ffffff\""), "the content table is 100% wide")
        XCTAssertTrue(html.contains("width:100%;max-width:600px;"))
        let outsideOutlook = html.replacingOccurrences(of: "<!--\\[if mso\\]>.*?<!\\[endif\\]-->", with: "", options: .regularExpression)
        XCTAssertFalse(outsideOutlook.contains("width=\"600\""), "no fixed 600 px table but Outlook's")
        XCTAssertNil(outsideOutlook.range(of: "(?<!max-)width:600px", options: .regularExpression))
        XCTAssertTrue(html.contains("<!--[if mso]><table role=\"presentation\" width=\"600\""))
        // Figures and highlights are those of the overview page.
        XCTAssertTrue(html.contains(">3.01</p>"), "overall score")
        XCTAssertTrue(html.contains(">Defined</p>"), "overall stage")
        XCTAssertTrue(html.contains("Strengths") && html.contains("Gaps"))
        XCTAssertTrue(html.contains("Logistics &amp; parcel delivery median (illustrative)"), "the benchmark set is labelled illustrative")
        // Without site_url nothing links anywhere (relative links would be broken in a mail client).
        XCTAssertFalse(html.contains("href="))

        // Every line of the message ends in CRLF and is at most 78 characters.
        let text = String(decoding: eml, as: UTF8.self)
        XCTAssertTrue(text.hasSuffix("\r\n"))
        for line in text.components(separatedBy: "\r\n") {
            XCTAssertFalse(line.contains("\n") || line.contains("\r"))
            XCTAssertLessThanOrEqual(line.utf8.count, 78, line)
        }
        XCTAssertTrue(text.contains("\r\nDate: Thu, 15 Oct 2026 09:00:00 +0000\r\n"), "the report date, no clock")
        XCTAssertNotNil(text.range(of: "\r\nMessage-ID: <maturity.2026-10-15.[0-9a-f]{16}@maturity.invalid>\r\n", options: .regularExpression))
    }

    func testTwoRunsGiveByteIdenticalFiles() throws {
        let work = TestSupport.temporaryFolder(self)
        XCTAssertEqual(try email(work + "/a").status, 0)
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = "Pacific/Kiritimati"
        environment["LC_ALL"] = "de_DE.UTF-8"
        XCTAssertEqual(try email(work + "/b", environment: environment).status, 0)
        XCTAssertEqual(try email(work + "/a").status, 0, "a second run into the same folder replaces our own files")
        for file in ["email/summary.html", "email/summary.eml"] {
            let a = FileManager.default.contents(atPath: work + "/a/" + file)
            XCTAssertNotNil(a)
            XCTAssertEqual(a, FileManager.default.contents(atPath: work + "/b/" + file), file)
        }
        XCTAssertEqual(TestSupport.snapshot(work + "/a"), TestSupport.snapshot(work + "/b"))
    }

    /// The email files are in the manifest, so a plain build replaces them as its own, and vice versa.
    func testAPlainBuildLaterReplacesTheEmailFiles() throws {
        let output = TestSupport.temporaryFolder(self) + "/site"
        XCTAssertEqual(try email(output).status, 0)
        let manifest = try read(output + "/.maturity-manifest")
        XCTAssertTrue(manifest.contains("email/summary.html\n") && manifest.contains("email/summary.eml\n"), manifest)

        let build = try TestSupport.run(["build", "--content", content, "--output", output])
        XCTAssertEqual(build.status, 0, build.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/email/summary.html"))
        XCTAssertFalse(try read(output + "/.maturity-manifest").contains("email/"))

        XCTAssertEqual(try email(output).status, 0, "and the email edition can follow a plain build")
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/email/summary.eml"))
    }

    func testForeignFilesStillMakeItRefuse() throws {
        let output = TestSupport.temporaryFolder(self) + "/site"
        XCTAssertEqual(try email(output).status, 0)
        try "mine".write(toFile: output + "/email/notes.txt", atomically: true, encoding: .utf8)
        let run = try email(output)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("email/notes.txt"), run.stderr)
        XCTAssertEqual(try read(output + "/email/notes.txt"), "mine")
    }

    // MARK: Errors

    func testABadAddressIsAClearErrorAndNothingIsWritten() throws {
        let output = TestSupport.temporaryFolder(self) + "/site"
        let run = try TestSupport.run([
            "email", "--content", content, "--output", output,
            "--to", "not-an-address", "--to", "Ann <ann@exa mple.com>", "--from", "cx@example.com",
        ])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(
            run.stderr.contains("--to: error: \"not-an-address\" is not an email address (expected name@example.com or Name <name@example.com>)"), run.stderr)
        XCTAssertTrue(run.stderr.contains("\"Ann <ann@exa mple.com>\" is not an email address"), run.stderr)
        XCTAssertTrue(run.stderr.contains("nothing was written"), run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    func testRecipientAndSenderAreRequired() throws {
        let output = TestSupport.temporaryFolder(self) + "/site"
        let run = try TestSupport.run(["email", "--content", content, "--output", output])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("--to: error: no recipient"), run.stderr)
        XCTAssertTrue(run.stderr.contains("--from: error: no sender"), run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    func testBadSiteURLAndAddressesInReportYAMLPointAtTheirLines() throws {
        let work = TestSupport.temporaryFolder(self)
        TestSupport.copy(TestSupport.site("scoring"), to: work + "/report")
        let file = work + "/report/report.yaml"
        let yaml = try read(file)
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).count
        try (yaml + (yaml.hasSuffix("\n") ? "" : "\n") + "site_url: ftp://intranet/cx\nemail:\n  to: [ok@example.com, \"broken@\"]\n")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["check", "--content", work + "/report"])
        XCTAssertEqual(run.status, 1)
        let offset = yaml.hasSuffix("\n") ? lines : lines + 1
        XCTAssertTrue(
            run.stderr.contains("report.yaml:\(offset):11: error: expected 'site_url' to start with https:// or http://, found \"ftp://intranet/cx\""),
            run.stderr)
        XCTAssertTrue(run.stderr.contains("report.yaml:\(offset + 2):"), run.stderr)
        XCTAssertTrue(run.stderr.contains("'email.to': \"broken@\" is not an email address"), run.stderr)
    }

    // MARK: Settings in report.yaml

    func testReportYAMLGivesAddressesSubjectAndSiteLinks() throws {
        let work = TestSupport.temporaryFolder(self)
        TestSupport.copy(content, to: work + "/report")
        let file = work + "/report/report.yaml"
        try
            (try read(file) + """

                site_url: https://intranet.example.com/cx/2026
                email:
                  from: '"Parcelwise, CX team" <cx@example.com>'
                  to: ["Zoë Ångström <zoe@example.com>", board@example.com]
                  subject: Maturity results 2026
                """).write(toFile: file, atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["email", "--content", work + "/report", "--output", work + "/site"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let check = try checkWithPython(
            work + "/site/email/summary.eml",
            [
                "--subject", "Maturity results 2026", "--from", "\"Parcelwise, CX team\" <cx@example.com>",
                "--to", "Zoë Ångström <zoe@example.com>", "--to", "board@example.com",
            ])
        XCTAssertEqual(check.status, 0, check.output)
        let html = try read(work + "/site/email/summary.html")
        for page in ["index.html", "roadmap.html", "dimensions/purpose.html", "dimensions/technology.html"] {
            XCTAssertTrue(html.contains("href=\"https://intranet.example.com/cx/2026/\(page)\""), page)
        }
        XCTAssertTrue(try read(work + "/site/email/summary.eml").contains("https://intranet.example.com/cx/2026/roadmap.html"))

        // Flags win over report.yaml.
        let override = try TestSupport.run(["email", "--content", work + "/report", "--output", work + "/site", "--subject", "Other", "--to", "x@example.com"])
        XCTAssertEqual(override.status, 0, override.stderr)
        XCTAssertEqual(try checkWithPython(work + "/site/email/summary.eml", ["--subject", "Other", "--to", "x@example.com"]).status, 0)
    }

    // MARK: Sending

    func testSendWithoutSendmailFailsClearly() throws {
        let work = TestSupport.temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: work + "/bin", withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = work + "/bin"
        let run = try email(work + "/site", extra: ["--send"], environment: environment)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("--send: no 'sendmail' program found on PATH"), run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/site"))
    }

    func testSendPipesTheExactMessageToSendmail() throws {
        let work = TestSupport.temporaryFolder(self)
        let bin = work + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try "#!/bin/sh\n/bin/cat > '\(work)/received.eml'\necho \"$@\" > '\(work)/arguments'\n"
            .write(toFile: bin + "/sendmail", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin + "/sendmail")
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = bin
        let run = try email(work + "/site", extra: ["--send"], environment: environment)
        XCTAssertEqual(run.status, 0, run.stderr)
        let sent = try XCTUnwrap(FileManager.default.contents(atPath: work + "/received.eml"))
        XCTAssertEqual(sent, FileManager.default.contents(atPath: work + "/site/email/summary.eml"))
        XCTAssertEqual(try read(work + "/arguments"), "-t\n")
    }

    func testWithoutSendNothingIsSent() throws {
        let work = TestSupport.temporaryFolder(self)
        let bin = work + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try "#!/bin/sh\n/bin/cat > '\(work)/received.eml'\n".write(toFile: bin + "/sendmail", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin + "/sendmail")
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = bin
        XCTAssertEqual(try email(work + "/site", environment: environment).status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/received.eml"))
    }

    func testAFailingSendmailIsAnError() throws {
        let work = TestSupport.temporaryFolder(self)
        let bin = work + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try "#!/bin/sh\nexit 75\n".write(toFile: bin + "/sendmail", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin + "/sendmail")
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = bin
        let run = try email(work + "/site", extra: ["--send"], environment: environment)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("sendmail failed (exit status 75)"), run.stderr)
    }

    // MARK: Pieces

    func testQuotedPrintable() {
        let long = String(repeating: "abcdefghij", count: 20) + " €=. \nFrom here\n.\nend  \n"
        let encoded = QuotedPrintable.encode(long)
        for line in encoded.components(separatedBy: "\r\n") {
            XCTAssertLessThanOrEqual(line.utf8.count, 76, line)
            XCTAssertNotEqual(line, ".", "a lone dot would end the message for sendmail")
            XCTAssertFalse(line.hasPrefix("From "))
            XCTAssertFalse(line.hasSuffix(" "), "trailing spaces are encoded")
        }
        XCTAssertTrue(encoded.contains("=E2=82=AC=3D"))
        XCTAssertTrue(encoded.contains("\r\n=2E\r\n"))
        XCTAssertTrue(encoded.contains("\r\n=46rom here\r\n"))
        XCTAssertTrue(encoded.hasSuffix("end =20\r\n"))
        XCTAssertEqual(Self.decodeQuotedPrintable(encoded), long.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    /// An independent decoder, to check that what we encode comes back unchanged.
    static func decodeQuotedPrintable(_ text: String) -> String {
        var bytes: [UInt8] = []
        let input = Array(text.utf8)
        var index = 0
        while index < input.count {
            if input[index] == UInt8(ascii: "=") {
                if input[index + 1] == 13 { index += 3; continue }
                bytes.append(UInt8(String(decoding: input[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)!)
                index += 3
            } else {
                bytes.append(input[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func testHeadersAreEncodedAndFolded() {
        let subject = EmailHeader.field("Subject", EmailHeader.unstructured(String(repeating: "Übersicht ", count: 12)))
        for line in subject.components(separatedBy: "\r\n") {
            XCTAssertLessThanOrEqual(line.utf8.count, 78)
            XCTAssertTrue(line.unicodeScalars.allSatisfy(\.isASCII))
        }
        XCTAssertEqual(EmailHeader.field("Subject", EmailHeader.unstructured("CX maturity 2026")), "Subject: CX maturity 2026")
        XCTAssertEqual(EmailHeader.field("Subject", EmailHeader.unstructured("Café")), "Subject: =?UTF-8?B?Q2Fmw6k=?=")
        XCTAssertEqual(EmailHeader.mailbox(Mailbox(name: "Doe, Jane", address: "j@example.com")), ["\"Doe, Jane\"", "<j@example.com>"])
        XCTAssertEqual(EmailHeader.mailbox(Mailbox(name: "Jane Doe", address: "j@example.com")), ["Jane", "Doe", "<j@example.com>"])
        XCTAssertEqual(EmailHeader.date("2026-10-15"), "Thu, 15 Oct 2026 09:00:00 +0000")
        XCTAssertEqual(EmailHeader.date("2000-02-29"), "Tue, 29 Feb 2000 09:00:00 +0000")
        XCTAssertEqual(EmailHeader.date("1969-12-31"), "Wed, 31 Dec 1969 09:00:00 +0000")
        XCTAssertEqual(FNV1a.hex(""), "cbf29ce484222325")
        XCTAssertEqual(FNV1a.hex("a"), "af63dc4c8601ec8c")
    }

    func testAddresses() {
        for good in [
            "a@example.com", "first.last+tag@sub.example.co.uk", "Jürgen Müller <jm@example.com>", "\"Doe, Jane\" <j@example.com>",
            "<bare@example.com>", "root@localhost", "王小明 <wang@example.cn>",
        ] {
            XCTAssertNil(EmailAddress.problem(good), good)
        }
        for bad in [
            "", "plain", "a@", "@example.com", "a..b@example.com", ".a@example.com", "a@-example.com", "a@exa_mple.com",
            "jürgen@example.com", "Name <a@example.com", "Name a@example.com>", "a@example.com\nBcc: x@example.com", "a b@example.com",
            "\"Unbalanced <a@example.com>",
        ] {
            XCTAssertNotNil(EmailAddress.problem(bad), bad)
        }
        XCTAssertEqual(try EmailAddress.parse("\"Doe, Jane\" <j@example.com>").get(), Mailbox(name: "Doe, Jane", address: "j@example.com"))
        XCTAssertNil(SiteURL.problem("https://intranet.example.com/cx/"))
        XCTAssertNotNil(SiteURL.problem("intranet.example.com"))
        XCTAssertNotNil(SiteURL.problem("https://"))
        XCTAssertNotNil(SiteURL.problem("https://x.example.com/a b"))
    }

    func testBarsAreWholePercentagesOfTheWidth() {
        let half = EmailBar(fraction: 0.5)
        XCTAssertEqual(half.percent, 50)
        XCTAssertTrue(half.filled && half.open && !half.empty)
        XCTAssertTrue(EmailBar(fraction: 0).empty)
        XCTAssertFalse(EmailBar(fraction: 0).filled)
        XCTAssertFalse(EmailBar(fraction: 1).open)
        XCTAssertEqual(EmailBar(fraction: .nan).percent, 0)
        XCTAssertEqual(EmailBar(fraction: 7).percent, 100)
    }
}

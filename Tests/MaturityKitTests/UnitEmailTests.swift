import Foundation
import XCTest

@testable import MaturityKit

/// `maturity email --units`: one message per unit sub-report, addressed from `units_email:` in report.yaml.
final class UnitEmailTests: XCTestCase {
    private var content: String { TestSupport.repositoryRoot.path + "/content" }

    private func read(_ path: String) throws -> String {
        String(decoding: try XCTUnwrap(FileManager.default.contents(atPath: path), path), as: UTF8.self)
    }

    /// A copy of a report folder with `extra` appended to its report.yaml; returns the folder and the number of
    /// the first appended line.
    private func report(_ source: String, appending extra: String) throws -> (folder: String, firstLine: Int) {
        let folder = TestSupport.temporaryFolder(self) + "/report"
        TestSupport.copy(source, to: folder)
        var yaml = try read(folder + "/report.yaml")
        if !yaml.hasSuffix("\n") { yaml += "\n" }
        let firstLine = yaml.split(separator: "\n", omittingEmptySubsequences: false).count
        try (yaml + extra).write(toFile: folder + "/report.yaml", atomically: true, encoding: .utf8)
        return (folder, firstLine)
    }

    // MARK: report.yaml

    func testBadAddressesInUnitsEmailAreErrorsAtTheirPlaces() throws {
        let (folder, line) = try report(
            content,
            appending: """
                units_email:
                  North: [ok@example.com, "broken@"]
                  South: not-an-address
                  East: { to: x@example.com }

                """)
        let run = try TestSupport.run(["check", "--content", folder])
        XCTAssertEqual(run.status, 1)
        let file = folder + "/report.yaml"
        XCTAssertTrue(
            run.stderr.contains("\(file):\(line + 1):27: error: 'units_email' of \"North\": \"broken@\" is not an email address"), run.stderr)
        XCTAssertTrue(
            run.stderr.contains("\(file):\(line + 2):10: error: 'units_email' of \"South\": \"not-an-address\" is not an email address"), run.stderr)
        XCTAssertTrue(run.stderr.contains("\(file):\(line + 3):9: error: expected 'units_email' of \"East\" to be a list"), run.stderr)
        XCTAssertFalse(run.stderr.contains("ok@example.com"), "a good address is no problem")
    }

    /// The unit step runs only with --units, after the organisation's edition and before links are checked.
    func testTheUnitStepRunsOnlyWithUnits() {
        let steps = { (units: Bool) in Pipeline.email(EmailOptions(build: BuildOptions(), units: units)).steps.map(\.name) }
        XCTAssertFalse(steps(false).contains("unit emails"))
        XCTAssertEqual(Array(steps(true).suffix(4)), ["email", "unit emails", "check links", "write"])
    }

    func testUnitsNeedUnitSubReports() throws {
        let run = try TestSupport.run([
            "email", "--content", TestSupport.site("scoring"), "--output", TestSupport.temporaryFolder(self) + "/site",
            "--to", "a@example.com", "--from", "cx@example.com", "--units",
        ])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("--units: error: the report has no unit sub-reports: set 'units:'"), run.stderr)
    }

    // MARK: The example report (units: region)

    static let sender = "CX Team <cx@example.com>"
    static let unitsEmail = """
        units_email:
          North: ["Nora Nordmann <nora@example.com>", north-team@example.com]
          South: sam@example.com
          East: []
          Wset: [w@example.com]

        """

    private func unitEmail(_ folder: String, _ output: String, extra: [String] = [], environment: [String: String]? = nil) throws -> TestSupport.Run {
        try TestSupport.run(
            ["email", "--content", folder, "--output", output, "--to", "board@example.com", "--from", Self.sender, "--units"] + extra,
            environment: environment)
    }

    func testEachUnitGetsAMessageAddressedAsConfigured() throws {
        let (folder, line) = try report(content, appending: "site_url: https://intranet.example.com/cx/2026\n" + Self.unitsEmail)
        let output = TestSupport.temporaryFolder(self) + "/site"
        let run = try unitEmail(folder, output)
        XCTAssertEqual(run.status, 0, run.stderr)
        let units = output + "/email/units/"
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: units).sorted(),
            ["east.html", "north.eml", "north.html", "south.eml", "south.html", "west.html"])
        for (unit, to) in [("North", ["Nora Nordmann <nora@example.com>", "north-team@example.com"]), ("South", ["sam@example.com"])] {
            let slug = unit.lowercased()
            let check = try TestSupport.python(
                "check_email.py",
                [units + slug + ".eml", "--subject", "Customer Experience Maturity 2026 – \(unit)", "--from", Self.sender, "--html", units + slug + ".html"]
                    + to.flatMap { ["--to", $0] })
            XCTAssertEqual(check.status, 0, check.output)
        }
        // The unit's own figures (North's overview: 3.12), the organisation's beside them (3.01; Purpose 3.60).
        let north = try read(units + "north.html")
        XCTAssertTrue(north.contains(">North (region)</p>"))
        XCTAssertTrue(north.contains(">3.12</p>") && north.contains("Whole organisation: 3.01, Defined"))
        XCTAssertTrue(north.contains("Whole organisation 3.60"))
        XCTAssertTrue(north.contains("href=\"https://intranet.example.com/cx/2026/units/north/dimensions/purpose.html\""))
        XCTAssertTrue(north.contains("href=\"https://intranet.example.com/cx/2026/index.html\""), "a link to the whole organisation")
        XCTAssertTrue(north.contains("width:100%;max-width:600px;"), "fluid like the organisation's")
        XCTAssertFalse(north.contains("South") || north.contains("sam@example.com"), "a unit's message holds nothing of another")
        // Each message has an id of its own.
        let ids = try ["north.eml", "south.eml"].map { try read(units + $0) } + [try read(output + "/email/summary.eml")]
        XCTAssertEqual(Set(ids.map { $0.components(separatedBy: "\r\nMessage-ID: ")[1].prefix(60) }).count, 3)
        // Listed in the manifest, so that a plain build replaces them.
        let manifest = try read(output + "/.maturity-manifest")
        for file in ["east.html", "north.eml", "north.html", "west.html"] { XCTAssertTrue(manifest.contains("email/units/\(file)\n"), file) }
        // A name that is no unit is a warning at its place, with the closest unit's name; units without
        // addresses are reported.
        XCTAssertTrue(
            run.stderr.contains(
                "report.yaml:\(line + 5):3: warning: 'units_email': no unit with a sub-report has this name, so no message is made for it; did you mean \"West\"?"
            ),
            run.stderr)
        XCTAssertTrue(run.stderr.contains("no addresses in 'units_email' for \"East\" (email/units/east.html), \"West\" (email/units/west.html)"), run.stderr)

        // The organisation's edition is the same as without --units.
        let plain = TestSupport.temporaryFolder(self) + "/plain"
        XCTAssertEqual(try TestSupport.run(["email", "--content", folder, "--output", plain, "--to", "board@example.com", "--from", Self.sender]).status, 0)
        XCTAssertEqual(FileManager.default.contents(atPath: plain + "/email/summary.eml"), FileManager.default.contents(atPath: output + "/email/summary.eml"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: plain + "/email/units"))
    }

    func testTwoRunsGiveTheSameUnitMessages() throws {
        let (folder, _) = try report(content, appending: Self.unitsEmail)
        let work = TestSupport.temporaryFolder(self)
        XCTAssertEqual(try unitEmail(folder, work + "/a").status, 0)
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = "Pacific/Kiritimati"
        XCTAssertEqual(try unitEmail(folder, work + "/b", environment: environment).status, 0)
        let a = TestSupport.snapshot(work + "/a/email"), b = TestSupport.snapshot(work + "/b/email")
        XCTAssertEqual(a.count, 8)
        XCTAssertEqual(a, b)
    }

    /// --send pipes every addressed message to its own sendmail call: the organisation's, then each unit's.
    func testSendSendsEachAddressedUnitMessage() throws {
        let (folder, _) = try report(content, appending: Self.unitsEmail)
        let work = TestSupport.temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: work + "/bin", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: work + "/sent", withIntermediateDirectories: true)
        try "#!/bin/sh\nn=$(/bin/ls '\(work)/sent' | /usr/bin/wc -l)\n/bin/cat > '\(work)/sent/'$n.eml\n"
            .write(toFile: work + "/bin/sendmail", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: work + "/bin/sendmail")
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = work + "/bin"
        let run = try unitEmail(folder, work + "/site", extra: ["--send"], environment: environment)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work + "/sent").sorted(), ["0.eml", "1.eml", "2.eml"])
        for (number, file) in ["summary.eml", "units/north.eml", "units/south.eml"].enumerated() {
            XCTAssertEqual(
                FileManager.default.contents(atPath: work + "/sent/\(number).eml"), FileManager.default.contents(atPath: work + "/site/email/" + file))
        }
    }

    // MARK: Privacy

    /// A unit hidden for its size has no sub-report, so no message; nothing written or printed names it, even
    /// when units_email gives it addresses.
    func testAHiddenUnitGetsNoMessageAndIsNamedNowhere() throws {
        let (folder, line) = try report(
            TestSupport.site("scoring"),
            appending: """
                units_email:
                  Tiny unit: [tiny@example.com]
                  Zurich Nord: [zurich@example.com]

                """)
        var csv = "respondent,function,unit,d1_1,d1_2,d1_3,d2_1,d2_2\n"
        for (index, unit) in ["Zürich/Nord", "Zurich Nord", "Basel", "Tiny unit"].enumerated() {
            for respondent in 0..<(unit == "Tiny unit" ? 2 : 6) {
                csv += "R\(index)-\(respondent),F\(respondent % 2),\(unit),\(respondent % 5 + 1),3,4,2,\(index + 1)\n"
            }
        }
        try csv.write(toFile: folder + "/waves/now/responses.csv", atomically: true, encoding: .utf8)
        let yaml = try read(folder + "/report.yaml")
        try yaml.replacingOccurrences(of: "attributes: [function]\nmin_group_size: 2", with: "attributes: [function, unit]\nunits: unit\nmin_group_size: 5")
            .write(toFile: folder + "/report.yaml", atomically: true, encoding: .utf8)
        let output = TestSupport.temporaryFolder(self) + "/site"
        let run = try TestSupport.run(["email", "--content", folder, "--output", output, "--to", "a@example.com", "--from", "cx@example.com", "--units"])
        XCTAssertEqual(run.status, 0, run.stderr)

        let shown = try FileManager.default.contentsOfDirectory(atPath: output + "/units").sorted()
        XCTAssertEqual(shown.count, 2, "two of the four units are hidden (Tiny unit for its size, one more to protect it)")
        let editions = try FileManager.default.contentsOfDirectory(atPath: output + "/email/units").sorted()
        XCTAssertEqual(Set(editions.filter { $0.hasSuffix(".html") }), Set(shown.map { $0 + ".html" }), "one edition per sub-report")
        XCTAssertEqual(editions.filter { $0.hasSuffix(".eml") }, ["zurich-nord.eml"])
        for (path, data) in TestSupport.snapshot(output) {
            let text = String(decoding: data, as: UTF8.self)
            XCTAssertFalse(text.contains("Tiny") || text.contains("tiny@example.com"), path)
        }
        // `units: unit` took one line more above units_email.
        XCTAssertTrue(
            run.stderr.contains("report.yaml:\(line + 2):3: warning: 'units_email': no unit with a sub-report has this name, so no message is made for it"),
            run.stderr)
        XCTAssertFalse(run.stderr.contains("Tiny") || run.stdout.contains("Tiny"), run.stderr)
    }
}

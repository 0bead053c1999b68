import Foundation
import XCTest

@testable import MaturityKit

/// `maturity init`: a new report folder for each built-in model builds and checks cleanly at once.
final class InitTests: XCTestCase {
    func testInitForEveryBuiltInModelBuildsAndChecksCleanly() throws {
        for id in BuiltIns.modelIDs {
            let work = TestSupport.temporaryFolder(self)
            let created = try TestSupport.run(["init", work + "/report", "--model", id])
            XCTAssertEqual(created.status, 0, created.stderr)
            let check = try TestSupport.run(["check", "--content", work + "/report"])
            XCTAssertEqual(check.status, 0, check.stderr)
            XCTAssertEqual(check.stderr, "", "no warnings for a fresh report (\(id))")
            let build = try TestSupport.run(["build", "--content", work + "/report", "--output", work + "/site"])
            XCTAssertEqual(build.status, 0, build.stderr)
            let model = try XCTUnwrap(ModelLoader.load(text: try XCTUnwrap(BuiltIns.modelText(id: id)), file: id).0)
            for dimension in model.dimensions {
                XCTAssertTrue(FileManager.default.fileExists(atPath: work + "/report/commentary/dimensions/\(dimension.id).md"))
                XCTAssertTrue(FileManager.default.fileExists(atPath: work + "/site/dimensions/\(dimension.id).html"))
            }
        }
    }

    func testInitRefusesANonEmptyFolderAndLeavesItAlone() throws {
        let work = TestSupport.temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: work + "/report", withIntermediateDirectories: true)
        try "keep me".write(toFile: work + "/report/notes.txt", atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["init", work + "/report"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("is not empty"), run.stderr)
        XCTAssertEqual(TestSupport.snapshot(work + "/report").keys.sorted(), ["notes.txt"])
        XCTAssertEqual(try TestSupport.run(["init", work + "/other", "--model", "no-such-model"]).status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/other"))
    }

    func testTwoInitsWriteTheSameFiles() throws {
        let work = TestSupport.temporaryFolder(self)
        XCTAssertEqual(try TestSupport.run(["init", work + "/a", "--date", "2026-03-31"]).status, 0)
        XCTAssertEqual(try TestSupport.run(["init", work + "/b", "--date", "2026-03-31"]).status, 0)
        XCTAssertEqual(TestSupport.snapshot(work + "/a"), TestSupport.snapshot(work + "/b"))
    }

    /// The report is dated today (UTC) unless --date says otherwise; the commands printed run once installed.
    func testInitDatesTheReportTodayAndPrintsCommandsThatRunOnceInstalled() throws {
        let work = TestSupport.temporaryFolder(self)
        let before = Scaffold.today()
        let run = try TestSupport.run(["init", work + "/my report"], environment: ["PATH": "/usr/bin:/bin"])
        let after = Scaffold.today()
        XCTAssertEqual(run.status, 0, run.stderr)
        let report = try String(contentsOfFile: work + "/my report/report.yaml", encoding: .utf8)
        XCTAssertTrue(report.contains("date: \(before)") || report.contains("date: \(after)"), report)
        let date = report.contains("date: \(before)") ? before : after
        let count = TestSupport.snapshot(work + "/my report").count
        XCTAssertEqual(
            run.stdout,
            """
            Created \(work)/my report/ with \(count) files, the report dated \(date). Next:
              maturity serve --content '\(work)/my report'    # preview in the browser, rebuilt on every save
              maturity build --content '\(work)/my report' --output '\(work)/my report-site'
            maturity is not on your PATH yet: install it with scripts/install in its source folder (see the README).

            """)
        let dated = try TestSupport.run(["init", work + "/dated", "--date", "2025-12-01"])
        XCTAssertTrue(try String(contentsOfFile: work + "/dated/report.yaml", encoding: .utf8).contains("date: 2025-12-01"))
        XCTAssertFalse(dated.stdout.contains("not on your PATH") && FileManager.default.isExecutableFile(atPath: "/usr/local/bin/maturity"))
        let impossible = try TestSupport.run(["init", work + "/bad", "--date", "2026-02-30"])
        XCTAssertEqual(impossible.status, 1)
        XCTAssertTrue(impossible.stderr.contains("error: expected '--date' as YYYY-MM-DD, found \"2026-02-30\": February 2026 has 28 days"), impossible.stderr)
    }
}

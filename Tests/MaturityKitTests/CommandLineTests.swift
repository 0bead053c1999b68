import Foundation
import XCTest

/// The real executable, run the way users run it.
final class CommandLineTests: XCTestCase {
    /// Built-in models and templates are found whatever the working directory is.
    func testBuildsFromAnotherDirectoryWithBuiltInModelAndTemplates() throws {
        let work = TestSupport.temporaryFolder(self)
        let content = work + "/report"
        TestSupport.copy(TestSupport.repositoryRoot.path + "/content", to: content)
        let run = try TestSupport.run(["build", "--content", "report", "--output", "site"], in: work)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("Built ") && run.stdout.contains(" files into site/"), run.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: work + "/site/dimensions/technology.html"))
    }

    /// `--templates templates`, as the README shows it: that folder is a symbolic link to the built-in theme.
    func testThemeFolderGivenAsASymbolicLink() throws {
        let work = TestSupport.temporaryFolder(self)
        let run = try TestSupport.run(
            ["build", "--content", "content", "--output", work + "/site", "--templates", "templates"],
            in: TestSupport.repositoryRoot.path)
        XCTAssertEqual(run.status, 0, run.stderr)
        let built = try String(contentsOfFile: work + "/site/index.html", encoding: .utf8)
        let committed = try String(contentsOfFile: TestSupport.repositoryRoot.path + "/output/index.html", encoding: .utf8)
        XCTAssertEqual(built, committed)
    }

    /// Byte-identical output whatever the time zone and locale.
    func testOutputIsIdenticalUnderOtherTimeZoneAndLocale() throws {
        let work = TestSupport.temporaryFolder(self)
        let content = TestSupport.repositoryRoot.path + "/content"
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = "UTC"
        environment["LANG"] = "C"
        XCTAssertEqual(try TestSupport.run(["build", "--content", content, "--output", work + "/a"], environment: environment).status, 0)
        environment["TZ"] = "Pacific/Kiritimati"
        environment["LANG"] = "de_DE.UTF-8"
        environment["LC_ALL"] = "de_DE.UTF-8"
        XCTAssertEqual(try TestSupport.run(["build", "--content", content, "--output", work + "/b"], environment: environment).status, 0)
        let a = TestSupport.snapshot(work + "/a"), b = TestSupport.snapshot(work + "/b")
        XCTAssertGreaterThan(a.count, 12)
        XCTAssertTrue(a.keys.contains("roadmap.html") && a.keys.contains("benchmark.html"))
        XCTAssertEqual(a, b)
    }

    func testErrorsGoToStandardErrorWithLocationsAndAFailingStatus() throws {
        let work = TestSupport.temporaryFolder(self)
        let content = work + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        try "title: [\n".write(toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["build", "--content", content, "--output", work + "/out"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains(content + "/report.yaml:2:1: error: invalid YAML"), run.stderr)
        XCTAssertTrue(run.stderr.contains("nothing was written"))
        XCTAssertEqual(run.stdout, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/out"))
    }

    func testCheckValidatesWithoutWriting() throws {
        let work = TestSupport.temporaryFolder(self)
        let run = try TestSupport.run(["check", "--content", TestSupport.site("scoring")], in: work)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work), [])
    }

    func testHelpIsAvailableForEveryCommand() throws {
        for arguments in [["--help"], ["build", "--help"], ["check", "--help"]] {
            let run = try TestSupport.run(arguments)
            XCTAssertEqual(run.status, 0)
            XCTAssertTrue(run.stdout.contains("USAGE"), run.stdout)
        }
    }
}

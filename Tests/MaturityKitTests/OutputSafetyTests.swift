import Foundation
import XCTest
@testable import MaturityKit

/// The output folder is replaced whole, never mixed, and files this tool did not write are never lost.
final class OutputSafetyTests: XCTestCase {
    private var scoring: String { TestSupport.site("scoring") }

    func testRebuildReplacesTheSiteAndLeavesNoTemporaryFolder() throws {
        let work = TestSupport.temporaryFolder(self)
        XCTAssertNil(TestSupport.build(scoring, into: work + "/out"))
        XCTAssertNil(TestSupport.build(scoring, into: work + "/out"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work), ["out"])
        let manifest = try String(contentsOfFile: work + "/out/.maturity-manifest", encoding: .utf8)
        XCTAssertTrue(manifest.contains("index.html\n"))
    }

    func testForeignFilesMakeTheBuildRefuseAndStayUntouched() throws {
        let work = TestSupport.temporaryFolder(self)
        XCTAssertNil(TestSupport.build(scoring, into: work + "/out"))
        try "mine".write(toFile: work + "/out/notes.txt", atomically: true, encoding: .utf8)
        let before = TestSupport.snapshot(work + "/out")
        let failure = try XCTUnwrap(TestSupport.build(scoring, into: work + "/out"))
        XCTAssertTrue(failure.description.contains("notes.txt"))
        XCTAssertTrue(failure.description.contains("--force"))
        XCTAssertEqual(TestSupport.snapshot(work + "/out"), before)
    }

    func testForceKeepsForeignFilesInTheNewSite() throws {
        let work = TestSupport.temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: work + "/out/extra", withIntermediateDirectories: true)
        try "mine".write(toFile: work + "/out/extra/notes.txt", atomically: true, encoding: .utf8)
        XCTAssertNil(TestSupport.build(scoring, into: work + "/out", force: true))
        XCTAssertEqual(try String(contentsOfFile: work + "/out/extra/notes.txt", encoding: .utf8), "mine")
        XCTAssertTrue(FileManager.default.fileExists(atPath: work + "/out/index.html"))
        // The kept file is still not ours: the next build without --force refuses again.
        XCTAssertNotNil(TestSupport.build(scoring, into: work + "/out"))
    }

    func testInvalidInputLeavesThePreviousSiteExactlyAsItWas() throws {
        let work = TestSupport.temporaryFolder(self)
        let content = work + "/content"
        TestSupport.copy(scoring, to: content)
        XCTAssertNil(TestSupport.build(content, into: work + "/out"))
        let before = TestSupport.snapshot(work + "/out")
        try "respondent,function\n".write(toFile: content + "/waves/now/responses.csv", atomically: true, encoding: .utf8)
        XCTAssertNotNil(TestSupport.build(content, into: work + "/out"))
        XCTAssertEqual(TestSupport.snapshot(work + "/out"), before)
    }

    func testUnwritableParentIsAClearError() throws {
        guard getuid() != 0 else { throw XCTSkip("root ignores folder permissions") }
        let work = TestSupport.temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: work + "/locked", withIntermediateDirectories: true)
        chmod(work + "/locked", 0o500)
        defer { chmod(work + "/locked", 0o700) }
        let failure = try XCTUnwrap(TestSupport.build(scoring, into: work + "/locked/out"))
        XCTAssertEqual(failure.errors.first?.stage, .write)
    }

    func testLeftoversOfAKilledBuildAreCleanedUp() throws {
        let work = TestSupport.temporaryFolder(self)
        // A staging folder from a process that no longer exists (pid 999999 is above Linux's default pid_max).
        try FileManager.default.createDirectory(atPath: work + "/.out.maturity-new-999999/dimensions", withIntermediateDirectories: true)
        XCTAssertNil(TestSupport.build(scoring, into: work + "/out"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work), ["out"])
    }

    func testPathsFromInputCannotLeaveTheOutputFolder() {
        XCTAssertFalse(Identifier.isSafePath("../evil.html"))
        XCTAssertFalse(Identifier.isSafePath("/etc/passwd"))
        XCTAssertFalse(Identifier.isSafePath("a/../../b"))
        XCTAssertFalse(Identifier.isSafePath("dimensions/.hidden"))
        XCTAssertTrue(Identifier.isSafePath("dimensions/voc.html"))
        XCTAssertFalse(Identifier.isSafe("../d2"))
        XCTAssertFalse(Identifier.isSafe("D2"))
        XCTAssertTrue(Identifier.isSafe("cx_2-a"))
    }
}

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

    func testLeftoversOfAKilledBuildAreCleanedUpOnlyWhenTheyCarryTheMarker() throws {
        let work = TestSupport.temporaryFolder(self)
        let fm = FileManager.default
        // A staging folder of a process that no longer exists (pid 999999 is above Linux's default pid_max).
        try fm.createDirectory(atPath: work + "/.out.maturity-new-999999/dimensions", withIntermediateDirectories: true)
        try OutputFolder.markerText.write(toFile: work + "/.out.maturity-new-999999/" + OutputFolder.markerName, atomically: true, encoding: .utf8)
        // Look-alikes without the marker are someone else's: a folder with files, a file, a link. An empty one goes.
        try fm.createDirectory(atPath: work + "/.out.maturity-new-999998", withIntermediateDirectories: true)
        try "mine".write(toFile: work + "/.out.maturity-new-999998/notes.txt", atomically: true, encoding: .utf8)
        try "mine".write(toFile: work + "/.out.maturity-new-999997", atomically: true, encoding: .utf8)
        try fm.createSymbolicLink(atPath: work + "/.out.maturity-new-999996", withDestinationPath: work + "/.out.maturity-new-999998")
        try fm.createDirectory(atPath: work + "/.out.maturity-new-999995", withIntermediateDirectories: true)
        XCTAssertNil(TestSupport.build(scoring, into: work + "/out"))
        XCTAssertEqual(
            try fm.contentsOfDirectory(atPath: work).sorted(),
            [".out.maturity-new-999996", ".out.maturity-new-999997", ".out.maturity-new-999998", "out"])
        XCTAssertEqual(try String(contentsOfFile: work + "/.out.maturity-new-999998/notes.txt", encoding: .utf8), "mine")
    }

    func testSymlinksAndEmptyFoldersAreForeignAndKeptWithForce() throws {
        let work = TestSupport.temporaryFolder(self)
        let fm = FileManager.default
        XCTAssertNil(TestSupport.build(scoring, into: work + "/out"))
        try fm.createDirectory(atPath: work + "/elsewhere", withIntermediateDirectories: true)
        try "precious".write(toFile: work + "/elsewhere/keep.txt", atomically: true, encoding: .utf8)
        try fm.createSymbolicLink(atPath: work + "/out/shared", withDestinationPath: work + "/elsewhere")
        try fm.createDirectory(atPath: work + "/out/drafts/empty", withIntermediateDirectories: true)
        let failure = try XCTUnwrap(TestSupport.build(scoring, into: work + "/out"))
        XCTAssertTrue(failure.description.contains("shared (a symbolic link)"), failure.description)
        XCTAssertTrue(failure.description.contains("drafts/empty/ (an empty folder)"), failure.description)
        XCTAssertNil(TestSupport.build(scoring, into: work + "/out", force: true))
        XCTAssertEqual(try fm.destinationOfSymbolicLink(atPath: work + "/out/shared"), work + "/elsewhere")
        XCTAssertTrue(OutputFolder.kind(of: work + "/out/drafts/empty") == S_IFDIR)
        XCTAssertEqual(try String(contentsOfFile: work + "/elsewhere/keep.txt", encoding: .utf8), "precious")
        XCTAssertTrue(fm.fileExists(atPath: work + "/out/index.html"))
    }

    func testAnOutputThatIsASymlinkIsRefused() throws {
        let work = TestSupport.temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: work + "/real", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: work + "/out", withDestinationPath: work + "/real")
        let failure = try XCTUnwrap(TestSupport.build(scoring, into: work + "/out", force: true))
        XCTAssertTrue(failure.description.contains("the output path is a symbolic link"), failure.description)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: work + "/out"), work + "/real")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work + "/real"), [])
    }

    /// A manifest that is a link is not read (it could point anywhere) and makes the build refuse.
    func testAManifestThatIsALinkIsNotTrusted() throws {
        let work = TestSupport.temporaryFolder(self)
        XCTAssertNil(TestSupport.build(scoring, into: work + "/out"))
        try FileManager.default.moveItem(atPath: work + "/out/.maturity-manifest", toPath: work + "/manifest")
        try FileManager.default.createSymbolicLink(atPath: work + "/out/.maturity-manifest", withDestinationPath: work + "/manifest")
        let failure = try XCTUnwrap(TestSupport.build(scoring, into: work + "/out"))
        XCTAssertTrue(failure.description.contains(".maturity-manifest (a symbolic link)"), failure.description)
    }

    func testNoPathIsWrittenTwiceNorTwiceByCase() throws {
        let work = TestSupport.temporaryFolder(self)
        let twice = [OutputFile(path: "a.html", contents: [0x61]), OutputFile(path: "a.html", contents: [0x62])]
        XCTAssertThrowsError(try OutputWriter.run(twice, to: work + "/out", force: false)) { error in
            let failure = error as? BuildFailure
            XCTAssertEqual(failure?.errors.first?.stage, .write)
            XCTAssertTrue(failure?.description.hasPrefix("a.html: error: internal error: the build would write this file twice") ?? false, "\(error)")
        }
        let byCase = [OutputFile(path: "assets/Logo.svg", contents: [0x61]), OutputFile(path: "assets/logo.svg", contents: [0x62])]
        XCTAssertThrowsError(try OutputWriter.run(byCase, to: work + "/out", force: false))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work), [])
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

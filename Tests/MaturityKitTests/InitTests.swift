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
        XCTAssertEqual(try TestSupport.run(["init", work + "/a"]).status, 0)
        XCTAssertEqual(try TestSupport.run(["init", work + "/b"]).status, 0)
        XCTAssertEqual(TestSupport.snapshot(work + "/a"), TestSupport.snapshot(work + "/b"))
    }
}

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
}

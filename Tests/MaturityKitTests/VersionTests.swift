import Foundation
import XCTest

/// `maturity --version`: the version and the commit the binary was built from, read by the BuildInfo plugin.
final class VersionTests: XCTestCase {
    func testVersionNamesTheCommitOfTheCheckout() throws {
        let run = try TestSupport.run(["--version"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-C", TestSupport.repositoryRoot.path, "rev-parse", "HEAD"]
        let pipe = Pipe()
        git.standardOutput = pipe
        git.standardError = FileHandle.nullDevice
        try git.run()
        let head = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        git.waitUntilExit()
        let commit = git.terminationStatus == 0 ? "commit " + head.prefix(12) : "unknown commit"
        XCTAssertEqual(run.stdout, "maturity 0.1.0, \(commit)\n")
    }
}

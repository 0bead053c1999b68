import Foundation
import Testing
import XCTest

@testable import MaturityKit

/// One tiny invalid report per error message (Fixtures/invalid/<case>): the files of the case are laid over the
/// valid `scoring` site; `expected.txt` holds the start of the diagnostic a user must see, path relative to the
/// report folder. Every case must fail, say that, and write nothing. Each case is its own Swift Testing test
/// case, so a failure is reported under the fixture's name and the others still run.
struct InvalidFixtureTests {
    static let folder = TestSupport.fixtures.appendingPathComponent("invalid").path
    static let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()

    /// Guards the parameterised test below: with no fixtures found it would run nothing and pass.
    @Test func theFixturesAreThere() {
        #expect(Self.names.count >= 25, "found \(Self.names) in \(Self.folder)")
    }

    @Test(arguments: names)
    func failsWithItsMessageAndWritesNothing(_ name: String) throws {
        let work = NSTemporaryDirectory() + "maturity-tests-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: work) }
        let content = work + "/content", source = Self.folder + "/" + name
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        for file in FileAccess.filesIncludingHidden(under: source) where file != "expected.txt" {
            let target = content + "/" + file
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? FileManager.default.removeItem(atPath: target)
            try FileManager.default.copyItem(atPath: source + "/" + file, toPath: target)
        }
        let expected = try String(contentsOfFile: source + "/expected.txt", encoding: .utf8).trimmingCharacters(in: .newlines)
        let failure = try #require(TestSupport.build(content, into: work + "/output"), "the build succeeded")
        let lines = failure.errors.map { $0.description.replacingOccurrences(of: content + "/", with: "") }
        #expect(lines.contains { $0.hasPrefix(expected) }, "expected a diagnostic starting\n  \(expected)\nfound\n  \(lines.joined(separator: "\n  "))")
        #expect(!FileManager.default.fileExists(atPath: work + "/output"), "output was written")
    }
}

final class InvalidSiteTests: XCTestCase {
    /// All problems of a run are reported together, across files.
    func testProblemsInSeveralFilesAreReportedInOneRun() throws {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        let csv = try String(contentsOfFile: content + "/waves/now/responses.csv", encoding: .utf8)
        try csv.replacingOccurrences(of: "R1,X,4,2,5", with: "R1,X,4,7,5").replacingOccurrences(of: "R3,Y,,,1", with: "R3,Y,,,x")
            .write(toFile: content + "/waves/now/responses.csv", atomically: true, encoding: .utf8)
        let failure = try XCTUnwrap(TestSupport.build(content, into: content + "/../out"))
        XCTAssertEqual(failure.errors.count, 2, "\(failure)")
    }

    /// However long a bad value or key is, a message quotes at most 80 characters of it, on one line.
    func testDiagnosticsQuoteAtMost80CharactersOfInput() throws {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        let report = try String(contentsOfFile: content + "/report.yaml", encoding: .utf8)
        let long = String(repeating: "x", count: 150)
        try (report.replacingOccurrences(of: "date: 2026-01-31", with: "date: \"\(long)\"") + "\(long): 1\n")
            .write(toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
        let failure = try XCTUnwrap(TestSupport.build(content, into: content + "/../out"))
        let messages = failure.diagnostics.map(\.message).filter { $0.contains("xxxx") }
        XCTAssertEqual(messages.count, 2, "\(failure)")
        for message in messages {
            // The quoted input is cut; the rest is the message's own words and the list of keys report.yaml has.
            XCTAssertLessThan(message.count, 400, message)
            XCTAssertTrue(message.contains(String(repeating: "x", count: 80) + "…"), message)
            XCTAssertFalse(message.contains(String(repeating: "x", count: 81)), message)
        }
    }

    func testWarningsDoNotStopTheBuild() throws {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        let report = try String(contentsOfFile: content + "/report.yaml", encoding: .utf8)
        try (report + "colour_scheme: dark\n").write(toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
        let summary = try Site.build(BuildOptions(content: content, output: content + "/../out"))
        XCTAssertTrue(summary.warnings.contains { $0.message.hasPrefix("unknown key \"colour_scheme\"") && $0.location.line == 10 })
    }
}

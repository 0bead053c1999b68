import Foundation
import XCTest

@testable import MaturityKit

/// The report folders under examples/ are what docs/ points users to: each must build, and give the figures
/// the docs describe.
final class ExampleReportsTests: XCTestCase {
    private var criteriaExample: String { TestSupport.repositoryRoot.appendingPathComponent("examples/criteria-assessment").path }

    /// A model with `criteria:` per stage, assessed by two criteria waves: a dimension reaches the highest stage
    /// whose criteria, and all lower stages' criteria, are met; `partly` and unmarked criteria count as not met.
    func testCriteriaExampleBuildsWithStagedResults() throws {
        let output = TestSupport.temporaryFolder(self) + "/site"
        let failure = TestSupport.build(criteriaExample, into: output)
        XCTAssertNil(failure, failure.map { "\($0)" } ?? "")
        let results = try ResultsFile.read(output + "/data/results.json")
        XCTAssertEqual(results.waves.map(\.kind), ["criteria", "criteria"])
        func stages(_ wave: ResultsFile.Wave) -> [String: String] {
            Dictionary(uniqueKeysWithValues: wave.dimensions.map { ($0.id, $0.stage ?? "") })
        }
        XCTAssertEqual(stages(results.waves[0]), ["insight": "repeatable", "journeys": "ad-hoc", "recovery": "repeatable", "governance": "repeatable"])
        XCTAssertEqual(stages(results.waves[1]), ["insight": "defined", "journeys": "repeatable", "recovery": "defined", "governance": "defined"])
        // Each dimension scores its stage's threshold; the overall score is their mean.
        XCTAssertEqual(results.waves[1].overall.score, 2.75)
        XCTAssertEqual(results.waves[1].overall.stage, "repeatable")
        let insight = try XCTUnwrap(results.waves[1].dimensions.first { $0.id == "insight" })
        XCTAssertEqual(try XCTUnwrap(insight.criteria).map(\.status), ["met", "met", "met", "met", "partly", "not-met", "not-met"])
        let page = try String(contentsOfFile: output + "/dimensions/insight.html", encoding: .utf8)
        XCTAssertTrue(page.contains("Stage criteria and evidence"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/trends.html"))
    }

    /// The example's model is valid on its own, as `maturity models validate` checks it.
    func testCriteriaExampleModelValidates() throws {
        let run = try TestSupport.run(["models", "validate", criteriaExample + "/models/cx-practices.yaml"])
        XCTAssertEqual(run.status, 0, run.stderr)
    }

    /// `maturity check` accepts the example, with no warning.
    func testCriteriaExampleChecksCleanly() throws {
        let run = try TestSupport.run(["check", "--content", criteriaExample])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertFalse(run.stderr.contains("warning"), run.stderr)
    }

    private var arabicExample: String { TestSupport.repositoryRoot.appendingPathComponent("content-ar").path }

    /// The Arabic example (content-ar/, built by scripts/build-example into output-ar/) checks with no warning.
    func testArabicExampleChecksCleanly() throws {
        let run = try TestSupport.run(["check", "--content", arabicExample])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertFalse(run.stderr.contains("warning"), run.stderr)
    }

    /// It builds in Arabic, with both waves, and none of the private details planted in its comments (an e-mail
    /// address, phone numbers in Western and Arabic-Indic digits, a name listed in `redact:`) reaches any file.
    func testArabicExampleBuildsWithoutPrivateDetails() throws {
        let output = TestSupport.temporaryFolder(self) + "/site"
        let failure = TestSupport.build(arabicExample, into: output)
        XCTAssertNil(failure, failure.map { "\($0)" } ?? "")
        let results = try ResultsFile.read(output + "/data/results.json")
        XCTAssertEqual(results.waves.map(\.respondents), [296, 309])
        let index = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        XCTAssertTrue(index.contains("<html lang=\"ar-SA\" dir=\"rtl\">"))
        let files = try XCTUnwrap(FileManager.default.subpathsOfDirectory(atPath: output))
        for file in files where file.hasSuffix(".html") || file.hasSuffix(".json") || file.hasSuffix(".csv") {
            let text = try String(contentsOfFile: output + "/" + file, encoding: .utf8)
            for secret in ["alwaha.example", "سلمى", "011 496", "٠٥٠ ٥٥٥"] {
                XCTAssertFalse(text.contains(secret), "\(file) holds \(secret)")
            }
        }
    }
}

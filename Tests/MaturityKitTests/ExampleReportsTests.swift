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
        let json = try TestSupport.json(output + "/data/results.json")
        let waves = try XCTUnwrap(json["waves"] as? [[String: Any]])
        XCTAssertEqual(waves.map { $0["kind"] as? String }, ["criteria", "criteria"])
        func stages(_ wave: [String: Any]) -> [String: String] {
            Dictionary(uniqueKeysWithValues: ((wave["dimensions"] as? [[String: Any]]) ?? []).map { ($0["id"] as? String ?? "", $0["stage"] as? String ?? "") })
        }
        XCTAssertEqual(stages(waves[0]), ["insight": "repeatable", "journeys": "ad-hoc", "recovery": "repeatable", "governance": "repeatable"])
        XCTAssertEqual(stages(waves[1]), ["insight": "defined", "journeys": "repeatable", "recovery": "defined", "governance": "defined"])
        // Each dimension scores its stage's threshold; the overall score is their mean.
        let overall = try XCTUnwrap(waves[1]["overall"] as? [String: Any])
        XCTAssertEqual(overall["score"] as? Double, 2.75)
        XCTAssertEqual(overall["stage"] as? String, "repeatable")
        let insight = try XCTUnwrap((waves[1]["dimensions"] as? [[String: Any]])?.first { $0["id"] as? String == "insight" })
        let marks = try XCTUnwrap(insight["criteria"] as? [[String: Any]])
        XCTAssertEqual(marks.map { $0["status"] as? String }, ["met", "met", "met", "met", "partly", "not-met", "not-met"])
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
}

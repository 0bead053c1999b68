import Foundation
import XCTest

@testable import MaturityKit

/// Waves scored by an assessor (scores.yaml) or against stage criteria (criteria.yaml), mixed with a survey.
final class AssessorWaveTests: XCTestCase {
    func testMixedWavesAreScoredAndCompared() throws {
        let output = TestSupport.temporaryFolder(self) + "/site"
        XCTAssertNil(TestSupport.build(TestSupport.site("mixed"), into: output))
        let waves = try ResultsFile.read(output + "/data/results.json").waves
        XCTAssertEqual(waves.map(\.kind), ["scores", "criteria", "responses"])
        // scores.yaml: a score is taken as given; a stage counts as its threshold (b = 2.5).
        XCTAssertEqual(try waves[0].dimension("d1").score, 2.2)
        XCTAssertEqual(try waves[0].dimension("d2").score, 2.5)
        XCTAssertEqual(try waves[0].dimension("d2").stage, "b")
        // criteria.yaml, staged: d1 meets every b criterion and only partly c → b; d2 misses b1 → a, although c1 is met.
        XCTAssertEqual(try waves[1].dimension("d1").stage, "b")
        XCTAssertEqual(try waves[1].dimension("d2").stage, "a")
        XCTAssertEqual(try waves[1].dimension("d1").criteria?.map(\.status), ["met", "met", "partly"])
        let trends = try String(contentsOfFile: output + "/trends.html", encoding: .utf8)
        XCTAssertTrue(trends.contains("Not tested"), "a change from an assessor wave has no noise test")
    }

    func testCriteriaWaveShowsTheEvidenceTable() throws {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("mixed"), to: content)
        let report = try String(contentsOfFile: content + "/report.yaml", encoding: .utf8)
        try report.replacingOccurrences(of: "  - { id: w3, date: 2026-06-01, responses: waves/w3/responses.csv }\n", with: "")
            .write(toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
        let output = content + "/../site"
        XCTAssertNil(TestSupport.build(content, into: output))
        let page = try String(contentsOfFile: output + "/dimensions/d1.html", encoding: .utf8)
        XCTAssertTrue(page.contains("Stage criteria and evidence"))
        XCTAssertTrue(page.contains("Owner named in the March minutes."))
        XCTAssertFalse(page.contains("Answers per statement"))
        let index = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        XCTAssertTrue(index.contains("stage criteria assessed by an assessor"))
    }
}

extension AssessorWaveTests {
    /// With an assessor wave as the current one there is no breakdown page, and no link to one.
    func testNoBreakdownPageOrLinkWithoutRespondents() throws {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("mixed"), to: content)
        let report = try String(contentsOfFile: content + "/report.yaml", encoding: .utf8)
        try report.replacingOccurrences(of: "  - { id: w3, date: 2026-06-01, responses: waves/w3/responses.csv }\n", with: "")
            .write(toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
        XCTAssertNil(TestSupport.build(content, into: content + "/../site"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: content + "/../site/breakdown.html"))
        XCTAssertFalse(try String(contentsOfFile: content + "/../site/index.html", encoding: .utf8).contains("breakdown.html"))
    }
}

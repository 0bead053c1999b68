import Foundation
import XCTest

@testable import MaturityKit

final class TrendsAndExportsTests: XCTestCase {
    private func result(mean: Double, sd: Double, n: Int) -> DimensionResult {
        DimensionResult(id: "d", score: mean, n: n, sd: sd, ci95: nil, stage: 0, target: 0, items: [], breakdowns: [])
    }

    /// Welch's test against figures worked out with the formula (t, Welch–Satterthwaite df, two-sided p).
    func testWelchTestMatchesTheFormula() throws {
        // Wave 1: mean 3.0, sd 0.8, n 50; wave 2: mean 3.3, sd 0.9, n 60.
        // se = sqrt(0.64/50 + 0.81/60) = sqrt(0.0128 + 0.0135) = 0.162172; t = 1.84990;
        // df = 0.0263² / (0.0128²/49 + 0.0135²/59) = 107.86; two-sided p ≈ 0.0671 (not significant at 5%).
        let change = try XCTUnwrap(WaveChange.between(result(mean: 3.0, sd: 0.8, n: 50), result(mean: 3.3, sd: 0.9, n: 60)))
        XCTAssertEqual(change.difference, 0.3, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(change.pValue), 0.0671, accuracy: 0.0005)
        XCTAssertFalse(change.isSignificant)
        let big = try XCTUnwrap(WaveChange.between(result(mean: 3.0, sd: 0.8, n: 400), result(mean: 3.3, sd: 0.9, n: 400)))
        XCTAssertLessThan(try XCTUnwrap(big.pValue), 0.001)
        XCTAssertTrue(big.isSignificant)
        XCTAssertNil(WaveChange.between(result(mean: 3, sd: 0.8, n: 1), result(mean: 3.2, sd: 0.8, n: 5))?.pValue)
    }

    func testTrendsPageOnlyWithTwoWavesAndDataCSVHidesSmallGroups() throws {
        let output = TestSupport.temporaryFolder(self) + "/site"
        XCTAssertNil(TestSupport.build(TestSupport.site("scoring"), into: output))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/trends.html"), "one wave: no trends page")
        let csv = try String(contentsOfFile: output + "/data/results.csv", encoding: .utf8)
        let rows = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        XCTAssertEqual(rows[0], ResultsCSV.header)
        let d1 = rows.filter { $0[2] == "d1" }
        XCTAssertEqual(d1.first { $0[4] == "All respondents" }?[5], "4")
        XCTAssertEqual(d1.first { $0[4] == "X" }?[5], "2")
        for hidden in d1 where hidden[4] == "Y" || hidden[4] == "Z" {
            XCTAssertEqual(Array(hidden[5...9]), ["", "", "", "", ""])
            XCTAssertEqual(hidden[12], "true")
        }

        let example = TestSupport.temporaryFolder(self) + "/example"
        XCTAssertNil(TestSupport.build(TestSupport.repositoryRoot.path + "/content", into: example))
        let trends = try String(contentsOfFile: example + "/trends.html", encoding: .utf8)
        XCTAssertTrue(trends.contains("Customer research"))
        XCTAssertTrue(trends.contains("−0.13"), "the declining dimension shows its drop")
        let breakdown = try String(contentsOfFile: example + "/breakdown.html", encoding: .utf8)
        XCTAssertFalse(breakdown.contains(">Legal<"), "a group hidden everywhere is not named")
        XCTAssertTrue(breakdown.contains("2 groups of function are hidden for every dimension"))
    }
}

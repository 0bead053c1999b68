import Foundation
import XCTest

@testable import MaturityKit

/// The attacker's test: every data file a build publishes (the organisation's and every unit's) is read by
/// scripts/check_disclosure.py, which writes the equations the published counts satisfy and asks, in exact
/// rational arithmetic, whether any hidden figure is determined. The truth (every figure there is) comes from
/// building the same report with `min_group_size: 1`.
final class DisclosureTests: XCTestCase {
    private func attack(_ content: String, truth: String, named name: String) throws {
        let work = TestSupport.temporaryFolder(self)
        // The email edition is built with the site, so the check reads its HTML and message too.
        XCTAssertNoThrow(
            try Email.build(
                EmailOptions(
                    build: BuildOptions(content: content, output: work + "/site"),
                    to: ["board@example.com"], from: "cx@example.com")), name)
        XCTAssertNil(TestSupport.build(truth, into: work + "/truth"), name)
        let (status, output) = try TestSupport.python("check_disclosure.py", [work + "/site", work + "/truth", "--negative-control"])
        XCTAssertEqual(status, 0, "\(name): \(output)")
        XCTAssertTrue(output.contains(", 0 hidden cells determined"), "\(name): \(output)")
        XCTAssertTrue(output.contains("negative control: revealing"), "\(name): the negative control found no pair to try\n\(output)")
        XCTAssertFalse(output.contains("exposes 0 hidden"), "\(name): the check could not catch a planted leak\n\(output)")
    }

    func testNoHiddenFigureOfTheExampleCanBeWorkedOut() throws {
        let work = TestSupport.temporaryFolder(self)
        let content = TestSupport.repositoryRoot.path + "/content"
        TestSupport.copy(content, to: work + "/truth")
        let report = try String(contentsOfFile: work + "/truth/report.yaml", encoding: .utf8)
        try report.replacingOccurrences(of: "min_group_size: 5", with: "min_group_size: 1")
            .write(toFile: work + "/truth/report.yaml", atomically: true, encoding: .utf8)
        try attack(content, truth: work + "/truth", named: "example")
    }

    /// Hand-made topologies (the subtraction attack, a single small unit, a group small inside one unit only, a
    /// group small in one wave only) and a generated report of 50 units of 1 to 40 respondents.
    func testNoHiddenFigureCanBeWorkedOutInTopologiesMadeToLeak() throws {
        let work = TestSupport.temporaryFolder(self)
        let (status, output) = try TestSupport.python("disclosure_reports.py", [work, "--units", "50"])
        XCTAssertEqual(status, 0, output)
        for name in ["subtraction", "single-small-unit", "small-inside-unit", "one-wave-only", "generated"] {
            try attack(work + "/" + name, truth: work + "/\(name)-truth", named: name)
        }
    }

    /// The subtraction attack from the issue: Alpha's channel X (3) is hidden, so is its row partner, and in
    /// channel X another unit's cell, so that X's total minus the shown units no longer gives Alpha's.
    func testSubtractionNoLongerRevealsAlphasSmallChannel() throws {
        let work = TestSupport.temporaryFolder(self)
        _ = try TestSupport.python("disclosure_reports.py", [work, "--units", "2"])
        XCTAssertNil(TestSupport.build(work + "/subtraction", into: work + "/site"))
        let organisation = try ResultsFile.read(work + "/site/data/results.json")
        let beta = try ResultsFile.read(work + "/site/units/beta/data/results.json")
        let gamma = try ResultsFile.read(work + "/site/units/gamma/data/results.json")
        XCTAssertEqual([beta.report.unit, gamma.report.unit], ["Beta", "Gamma"])
        func channelX(_ data: ResultsFile) throws -> Int? {
            let dimension = try XCTUnwrap(try data.current().dimensions.first)
            let groups = try XCTUnwrap(dimension.breakdowns["channel"], "no channel breakdown")
            return groups.first { $0.group == "X" }?.n
        }
        XCTAssertEqual(try channelX(organisation), 23)
        // Beta's X is hidden as the complement (smallest, then by name), Gamma's stays: 23 − 10 leaves 13 for two units.
        XCTAssertNil(try channelX(beta))
        XCTAssertEqual(try channelX(gamma), 10)
        let alpha = try ResultsFile.read(work + "/site/units/alpha/data/results.json")
        XCTAssertNil(try channelX(alpha))
    }
}

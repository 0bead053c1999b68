import Foundation
import XCTest

@testable import MaturityKit

/// Exports as they come: Google Forms grids and Microsoft Forms Likert questions matched by statement, and partial
/// waves (a file with only some of the model's items). Each export in Fixtures/survey-exports holds the answers of
/// the `scoring` site, so its build must give the same results.json as the plain CSV's.
final class PartialWaveTests: XCTestCase {
    private let function = "Which function do you work in?"

    /// Builds the scoring site with `export` as its responses file (and `columns:` for the function attribute when
    /// the export names it by question); returns the site folder and the build's warnings.
    private func build(_ export: String, mapFunction: Bool = true) throws -> (site: String, warnings: [String]) {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        try FileManager.default.removeItem(atPath: content + "/waves/now/responses.csv")
        try FileManager.default.copyItem(
            atPath: TestSupport.fixtures.appendingPathComponent("survey-exports/\(export)").path, toPath: content + "/waves/now/responses.csv")
        if mapFunction {
            let report = try String(contentsOfFile: content + "/report.yaml", encoding: .utf8)
            try report.replacingOccurrences(
                of: "responses: waves/now/responses.csv }", with: "responses: waves/now/responses.csv, columns: { function: \"\(function)\" } }"
            ).write(toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
        }
        let summary = try Site.build(BuildOptions(content: content, output: content + "/../site"))
        let warnings = summary.warnings.map { $0.description.replacingOccurrences(of: content + "/", with: "") }
        return (content + "/../site", warnings)
    }

    private func results(_ site: String) throws -> String { try String(contentsOfFile: site + "/data/results.json", encoding: .utf8) }

    func testGoogleGridAndMicrosoftLikertExportsGiveThePlainFigures() throws {
        let plain = TestSupport.temporaryFolder(self) + "/plain"
        XCTAssertNil(TestSupport.build(TestSupport.site("scoring"), into: plain))
        for export in ["google-forms-grid.csv", "microsoft-forms-likert.csv"] {
            let (site, warnings) = try build(export)
            XCTAssertEqual(try results(site), try results(plain), export)
            XCTAssertFalse(warnings.contains { $0.contains("no column for") }, "\(export): \(warnings)")
        }
        let (_, warnings) = try build("google-forms-grid.csv")
        XCTAssertEqual(
            warnings,
            [
                "waves/now/responses.csv:1:1: warning: 1 column(s) of this google-forms export match no item or attribute and are ignored: "
                    + "\"Anything else you want to tell us?\" [load]"
            ])
    }

    func testAPartialExportGivesThePlainPartialFigures() throws {
        let (plain, plainWarnings) = try build("plain-partial.csv", mapFunction: false)
        let (grid, _) = try build("google-forms-grid-partial.csv")
        XCTAssertEqual(try results(grid), try results(plain))
        XCTAssertEqual(
            plainWarnings,
            [
                "waves/now/responses.csv:1:1: warning: waves/now/responses.csv has no column for 1 of the model's 5 items, so this wave does "
                    + "not measure it: 'd1_2' (\"Reverse one.\"); if a column was meant for it, name it by the item's id or statement, "
                    + "or map it with columns: on the wave [load]"
            ])
        // Without d1_2, a respondent needs one of d1's two remaining items (half of the items the wave has, rounded
        // up): R3, who answered only d1_3, now counts. Scores worked out by hand from plain-partial.csv:
        // R1 (4 + 2·5)/3, R2 3, R3 1, R4 (5 + 2·5)/3, R5 (4 + 2·3)/3; mean 17/5.
        let d1 = try ResultsFile.read(plain + "/data/results.json").current().dimension("d1")
        XCTAssertEqual(d1.n, 5)
        XCTAssertEqual(try XCTUnwrap(d1.score), 3.4, accuracy: 1e-12)
        XCTAssertEqual(d1.missingItems, ["d1_2"])
        XCTAssertNil(d1.measured)
        XCTAssertEqual(d1.items.first { $0.id == "d1_2" }?.n, nil)
        let page = try String(contentsOfFile: plain + "/dimensions/d1.html", encoding: .utf8)
        XCTAssertTrue(page.contains("Not asked in this wave:</p>\n<ul class=\"missing\"><li>Reverse one.</li></ul>"))
        let method = try String(contentsOfFile: plain + "/methodology.html", encoding: .utf8)
        XCTAssertTrue(method.contains("<tr><th scope=\"row\"><bdi>now</bdi></th><td>d1_2</td><td>Reverse one.</td><td>One</td></tr>"), method)
    }

    func testADimensionWithNoItemsInTheWaveIsNotMeasured() throws {
        let (site, warnings) = try build("plain-not-measured.csv", mapFunction: false)
        XCTAssertEqual(warnings.count, 1)
        XCTAssertTrue(warnings[0].contains("has no column for 2 of the model's 5 items, so this wave does not measure them: 'd2_1'"))
        let wave = try ResultsFile.read(site + "/data/results.json").current()
        let d2 = try wave.dimension("d2")
        XCTAssertEqual(d2.measured, false)
        XCTAssertEqual(d2.missingItems, ["d2_1", "d2_2"])
        XCTAssertNil(d2.score)
        XCTAssertNil(d2.stage)
        // The overall score is the mean of the measured dimensions only: d1's (4.5 + 2.5 + 5 + 3.5) / 4.
        XCTAssertEqual(try XCTUnwrap(wave.overall.score), 3.875, accuracy: 1e-12)
        XCTAssertEqual(try wave.dimension("d1").score ?? 0, 3.875, accuracy: 1e-12)
        let csv = try String(contentsOfFile: site + "/data/results.csv", encoding: .utf8)
        XCTAssertFalse(csv.contains(",d2,"), "no rows for a dimension the wave did not measure")
        let index = try String(contentsOfFile: site + "/index.html", encoding: .utf8)
        XCTAssertTrue(index.contains("Not measured"))
        let page = try String(contentsOfFile: site + "/dimensions/d2.html", encoding: .utf8)
        XCTAssertTrue(page.contains("<dd>Not measured</dd>"))
        XCTAssertTrue(page.contains("This wave did not ask any of this dimension's statements"))
        XCTAssertFalse(page.contains("respondents have a score for it here"), "not measured is not withheld")
        let method = try String(contentsOfFile: site + "/methodology.html", encoding: .utf8)
        XCTAssertTrue(method.contains("<td>d2_2</td><td>Another two.</td><td>Two (not measured)</td>"))
        let roadmap = try String(contentsOfFile: site + "/roadmap.html", encoding: .utf8)
        XCTAssertTrue(roadmap.contains("<tr><th scope=\"row\"><bdi>Two</bdi></th><td>Not measured</td><td>–</td><td>C</td><td>–</td><td>0</td></tr>"))
        XCTAssertFalse(page.contains("At the next stage"), "no next stage without a stage")
    }

    func testHeaderShapesAndNumberedLabels() {
        XCTAssertTrue(HeaderText.variants("Rate these [We answer quickly.]").contains("we answer quickly."))
        XCTAssertTrue(HeaderText.variants("Rate these.We answer quickly.").contains("we answer quickly."))
        XCTAssertEqual(HeaderText.variants("Score 4.5 out of 5"), ["score 4.5 out of 5"])
        let labels = ["agree": 4]
        for (cell, expected) in [
            ("4 - Agree", AnswerParser.Answer.value(4)), ("2. Disagree", .value(2)), ("5) Strongly agree", .value(5)), ("3 = Neutral", .value(3)),
            ("4.5", .invalid("4.5")), ("9 - Too high", .invalid("9 - Too high")), ("4 5", .invalid("4 5")),
        ] {
            let bytes = Array(cell.utf8)
            let answer = bytes.withUnsafeBufferPointer {
                AnswerParser.parse($0, CSVField(start: 0, end: bytes.count, quoted: false, line: 2, column: 1), scale: 1...5, labels: labels)
            }
            XCTAssertEqual(answer, expected, cell)
        }
    }
}

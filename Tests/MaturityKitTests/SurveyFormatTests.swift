import Foundation
import XCTest

@testable import MaturityKit

/// Survey exports read as they come: Qualtrics (current and legacy), Google Forms, Microsoft Forms.
final class SurveyFormatTests: XCTestCase {
    private func firstRows(_ name: String) throws -> [[String]] {
        var rows: [[String]] = []
        try CSVScanner.scan(path: TestSupport.fixtures.appendingPathComponent("survey-exports/\(name)").path) { bytes, fields in
            if rows.count < 3 { rows.append(fields.map { CSVScanner.text(bytes, $0) }) }
        }
        return rows
    }

    func testRealExportsAreRecognised() throws {
        XCTAssertEqual(SurveyFormat.detect(try firstRows("qualtrics-sample.csv")), .qualtrics)
        XCTAssertEqual(SurveyFormat.detect(try firstRows("qualtrics-legacy-sample.csv")), .qualtricsLegacy)
        XCTAssertEqual(SurveyFormat.detect(try firstRows("google-forms-sample.csv")), .googleForms)
        XCTAssertEqual(SurveyFormat.detect([["ID", "Start time", "Completion time", "Email", "Name", "Q"]]), .microsoftForms)
        XCTAssertEqual(SurveyFormat.detect([["respondent", "function", "d1_1"], ["R1", "X", "3"]]), .plain)
        for header in ["RecipientEmail", "IPAddress", "LocationLatitude", "ResponseId", "Email", "Name", "Timestamp"] {
            XCTAssertTrue(PersonalData.isPersonal(header), header)
        }
        XCTAssertFalse(PersonalData.isPersonal("Which function do you work in?"))
    }

    /// The scoring fixture's answers, as rows: function, then d1_1 … d2_2 (blank = not answered).
    private let answers: [(String, [String])] = [
        ("X", ["4", "2", "5", "3", "3"]), ("X", ["3", "4", "", "5", ""]), ("Y", ["", "", "1", "2", "4"]),
        ("Y", ["5", "1", "5", "", ""]), ("Z", ["Agree", "disagree", "3", "1", "1"]),
    ]
    private let texts = ["Plain one.", "Reverse one.", "Double one.", "Plain two.", "Another two."]
    private let function = "Which function do you work in?"

    private func quoted(_ cells: [String]) -> String { cells.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") }

    private func export(_ format: SurveyFormat) -> String {
        switch format {
        case .qualtrics:
            var lines = [
                "StartDate,EndDate,IPAddress,ResponseId,RecipientEmail,Q1,Q2,Q3,Q4,Q5,Q6",
                "Start Date,End Date,IP Address,Response ID,Recipient Email," + texts.map { "Block 1 - \($0)" }.joined(separator: ",") + ",\(function)",
                quoted((["startDate", "endDate", "ipAddress", "_recordId", "recipientEmail"] + (1...6).map { "QID\($0)" }).map { "{\"ImportId\":\"\($0)\"}" }),
            ]
            for (index, row) in answers.enumerated() {
                lines.append(
                    "2026-01-0\(index + 1) 09:00:00,2026-01-0\(index + 1) 09:05:00,10.0.0.\(index),R_\(index),person\(index)@example.com,"
                        + row.1.joined(separator: ",") + ",\(row.0)")
            }
            return lines.joined(separator: "\r\n") + "\r\n"
        case .qualtricsLegacy:
            var lines = ["\u{FEFF}V1,V2,V3,Q1,Q2,Q3,Q4,Q5,Q6,", "ResponseID,Name,EmailAddress," + texts.joined(separator: ",") + ",\(function),"]
            for (index, row) in answers.enumerated() { lines.append("R_\(index),Anonymous,," + row.1.joined(separator: ",") + ",\(row.0),") }
            return lines.joined(separator: "\n") + "\n"
        case .googleForms:
            var lines = [quoted(["Timestamp", function] + texts.map { "  \($0) " })]
            for (index, row) in answers.enumerated() { lines.append(quoted(["2026/01/0\(index + 1) 9:00:00 am GMT-6", row.0 + " "] + row.1)) }
            return lines.joined(separator: "\n") + "\n"
        case .microsoftForms:
            var lines = ["ID,Start time,Completion time,Email,Name,\(quoted([function])),\(texts.joined(separator: ","))"]
            for (index, row) in answers.enumerated() {
                lines.append("\(index + 1),1/5/26 9:00:00,1/5/26 9:05:00,anonymous,,\(row.0)," + row.1.joined(separator: ","))
            }
            return lines.joined(separator: "\n") + "\n"
        case .plain:
            return ""
        }
    }

    private func dimensionScores(_ site: String) throws -> [Double] {
        try ResultsFile.read(site + "/data/results.json").current().dimensions.compactMap(\.score)
    }

    func testEveryExportGivesTheSameScoresAsThePlainCSV() throws {
        let work = TestSupport.temporaryFolder(self)
        XCTAssertNil(TestSupport.build(TestSupport.site("scoring"), into: work + "/plain"))
        let expected = try dimensionScores(work + "/plain")
        XCTAssertEqual(expected.count, 2)
        for format in [SurveyFormat.qualtrics, .qualtricsLegacy, .googleForms, .microsoftForms] {
            let content = work + "/\(format.rawValue)"
            TestSupport.copy(TestSupport.site("scoring"), to: content)
            try export(format).write(toFile: content + "/waves/now/responses.csv", atomically: true, encoding: .utf8)
            let report = try String(contentsOfFile: content + "/report.yaml", encoding: .utf8)
            try report.replacingOccurrences(
                of: "responses: waves/now/responses.csv }", with: "responses: waves/now/responses.csv, columns: { function: \"\(function)\" } }"
            )
            .write(toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
            do {
                let summary = try Site.build(BuildOptions(content: content, output: content + "-site"))
                XCTAssertEqual(try dimensionScores(content + "-site"), expected, format.rawValue)
                let json = String(decoding: try XCTUnwrap(FileManager.default.contents(atPath: content + "-site/data/results.json")), as: UTF8.self)
                XCTAssertFalse(json.contains("example.com") || json.contains("10.0.0."), "no personal data in the output (\(format.rawValue))")
                XCTAssertFalse(summary.warnings.contains { $0.severity == .error })
            } catch {
                XCTFail("\(format.rawValue): \(error)")
            }
        }
    }

    func testPersonalDataColumnsCannotBeAttributes() throws {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        try export(.microsoftForms).write(toFile: content + "/waves/now/responses.csv", atomically: true, encoding: .utf8)
        let report = try String(contentsOfFile: content + "/report.yaml", encoding: .utf8)
        try report.replacingOccurrences(of: "attributes: [function]", with: "attributes: [email]")
            .write(toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
        let failure = try XCTUnwrap(TestSupport.build(content, into: content + "/../site"))
        XCTAssertTrue(
            failure.description.contains(
                "report.yaml:8:14: error: attribute 'email' is column \"Email\" of waves/now/responses.csv, whose header looks like personal data or response metadata (e-mail)"
            ), failure.description)
    }

    func testAnExplicitFormatAndAnUnmatchedStatementAreReported() throws {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        try export(.googleForms).replacingOccurrences(of: "Another two.", with: "Something else entirely")
            .write(toFile: content + "/waves/now/responses.csv", atomically: true, encoding: .utf8)
        let report = try String(contentsOfFile: content + "/report.yaml", encoding: .utf8)
        try report.replacingOccurrences(
            of: "responses: waves/now/responses.csv }",
            with: "responses: waves/now/responses.csv, format: google-forms, columns: { function: \"\(function)\" } }"
        )
        .write(toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
        // The unmatched statement makes a partial wave: one warning lists the item, one the column nothing matched.
        let summary = try Site.build(BuildOptions(content: content, output: content + "/../site"))
        let warnings = summary.warnings.map { $0.message.replacingOccurrences(of: content + "/", with: "") }
        XCTAssertEqual(
            warnings,
            [
                "waves/now/responses.csv has no column for 1 of the model's 5 items, so this wave does not measure it: 'd2_2' (\"Another two.\"); "
                    + "if a column was meant for it, name it by the item's id or statement, or map it with columns: on the wave",
                "1 column(s) of this google-forms export match no item or attribute and are ignored: \"  Something else entirely \"",
            ])
    }
}

extension SurveyFormatTests {
    func testOneColumnCannotAnswerTwoItems() throws {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        let report = try String(contentsOfFile: content + "/report.yaml", encoding: .utf8)
        try report.replacingOccurrences(of: "responses: waves/now/responses.csv }", with: "responses: waves/now/responses.csv, columns: { d2_2: d2_1 } }")
            .write(toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
        let failure = try XCTUnwrap(TestSupport.build(content, into: content + "/../site"))
        XCTAssertTrue(failure.description.contains("column \"d2_1\" matches both item 'd2_1' and item 'd2_2'"), failure.description)
        XCTAssertTrue(PersonalData.isPersonal("FirstName"))
        XCTAssertEqual(SurveyFormat.detect([["Id", "Start time", "Completion time", "Email"]]), .microsoftForms)
    }
}

extension SurveyFormatTests {
    /// Found by the XSS harness: a statement whose text equals an attribute's header, or a column that names an
    /// item by id elsewhere, must not steal that column: ids win over texts, and attributes keep their columns.
    func testIdsWinOverStatementTextsAndAttributesKeepTheirColumns() throws {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        let model = try String(contentsOfFile: content + "/models/small.yaml", encoding: .utf8)
        try model.replacingOccurrences(of: "text: \"Plain one.\"", with: "text: \"function\"")
            .replacingOccurrences(of: "text: \"Plain two.\"", with: "text: \"d1_3\"")
            .write(toFile: content + "/models/small.yaml", atomically: true, encoding: .utf8)
        let summary = try Site.build(BuildOptions(content: content, output: content + "/../site"))
        XCTAssertFalse(summary.warnings.contains { $0.severity == .error })
        let plain = TestSupport.temporaryFolder(self) + "/plain"
        XCTAssertNil(TestSupport.build(TestSupport.site("scoring"), into: plain))
        XCTAssertEqual(
            try String(contentsOfFile: content + "/../site/data/results.csv", encoding: .utf8),
            try String(contentsOfFile: plain + "/data/results.csv", encoding: .utf8))
    }
}

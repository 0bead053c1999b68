import Foundation
import XCTest

@testable import MaturityKit

/// Every CSV the tool writes is safe to open in a spreadsheet: users' text never runs as a formula and never
/// splits into new cells; figures stay numbers.
final class CSVExportTests: XCTestCase {
    func testTextCellsAreGuardedAndQuotedAsOWASPSays() {
        XCTAssertEqual(CSVText.field("=cmd"), "'=cmd")
        XCTAssertEqual(CSVText.field("X;=1+1"), "\"X;=1+1\"")
        XCTAssertEqual(CSVText.field("+1"), "'+1")
        XCTAssertEqual(CSVText.field("-2"), "'-2")
        XCTAssertEqual(CSVText.field("@SUM(A1)"), "'@SUM(A1)")
        XCTAssertEqual(CSVText.field("\t=1"), "'\t=1")
        XCTAssertEqual(CSVText.field("\r\n=1"), "\"'\r\n=1\"")
        XCTAssertEqual(CSVText.field("=HYPERLINK(\"x\";\"y\")"), "\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\"")
        XCTAssertEqual(CSVText.field("a\nb"), "\"a\nb\"")
        XCTAssertEqual(CSVText.field("Sales"), "Sales")
        XCTAssertEqual(CSVText.row([.number("-1.5"), .text("-1.5"), CSVText.number(nil), CSVText.number(-0.25)]), "-1.5,'-1.5,,-0.25")
    }

    func testGroupNamesInResultsCSVCannotRunOrSplit() throws {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        let csv = try String(contentsOfFile: content + "/waves/now/responses.csv", encoding: .utf8)
        try csv.replacingOccurrences(of: ",X,", with: ",\"X;=1+1\",").replacingOccurrences(of: ",Y,", with: ",=cmd,")
            .write(toFile: content + "/waves/now/responses.csv", atomically: true, encoding: .utf8)
        // Every group is shown at a minimum of 1, so both names reach the file.
        let report = try String(contentsOfFile: content + "/report.yaml", encoding: .utf8)
        try report.replacingOccurrences(of: "min_group_size: 2", with: "min_group_size: 1")
            .write(toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
        let output = content + "/../site"
        if let failure = TestSupport.build(content, into: output) { XCTFail("\(failure)"); return }
        let results = try String(contentsOfFile: output + "/data/results.csv", encoding: .utf8)
        XCTAssertTrue(results.contains(",function,\"X;=1+1\",2,"), results)
        XCTAssertTrue(results.contains(",function,'=cmd,"), results)
        XCTAssertFalse(results.contains(",=cmd") || results.contains(",X;"), results)
    }

    /// On a −2…2 scale the bounds are numbers and stay unguarded; the labels cell is text and is guarded.
    func testQuestionnaireKeepsNegativeNumbersAsNumbers() throws {
        let yaml = """
            id: signed
            name: Signed
            scale: { min: -2, max: 2, labels: [Never, Rarely, Sometimes, Often, "=Always"] }
            stages:
              - { id: a, name: A, min_score: -2, summary: "First." }
              - { id: b, name: B, min_score: 0, summary: "Second." }
            dimensions:
              - id: d1
                name: "+One"
                description: "One."
                stages: { a: "a1", b: "b1" }
                actions: { b: ["to b"] }
                items:
                  - { id: d1_1, text: "-Plain, one.", weight: 1 }
            """
        let (model, diagnostics) = ModelLoader.load(text: yaml, file: "signed.yaml")
        let loaded = try XCTUnwrap(model, "\(diagnostics)")
        let lines = Questionnaire.csv(loaded).split(separator: "\r\n")
        XCTAssertEqual(lines[1], "d1_1,d1,'+One,\"'-Plain, one.\",false,1.0,-2,2,'-2=Never|-1=Rarely|0=Sometimes|1=Often|2==Always")
    }
}

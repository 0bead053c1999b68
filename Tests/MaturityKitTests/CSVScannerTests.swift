import Foundation
import XCTest

@testable import MaturityKit

final class CSVScannerTests: XCTestCase {
    private func records(_ bytes: [UInt8], chunkSize: Int) throws -> [[String]] {
        let path = TestSupport.temporaryFolder(self) + "/data.csv"
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        var rows: [[String]] = []
        try CSVScanner.scan(path: path, chunkSize: chunkSize) { buffer, fields in
            rows.append(fields.map { CSVScanner.text(buffer, $0) })
        }
        return rows
    }

    /// Every chunk size, down to one byte, must give the same records: record boundaries fall anywhere.
    private func assertRecords(_ text: String, _ expected: [[String]], bom: Bool = false, file: StaticString = #filePath, line: UInt = #line) throws {
        let bytes = (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
        for chunk in [1, 2, 3, 5, 7, 64, 1 << 20] {
            XCTAssertEqual(try records(bytes, chunkSize: chunk), expected, "chunk size \(chunk)", file: file, line: line)
        }
    }

    func testPlainLFAndCRLF() throws {
        try assertRecords("a,b,c\n1,2,3\n", [["a", "b", "c"], ["1", "2", "3"]])
        try assertRecords("a,b,c\r\n1,2,3\r\n", [["a", "b", "c"], ["1", "2", "3"]])
        try assertRecords("a,b\r\n1,2", [["a", "b"], ["1", "2"]])
    }

    func testByteOrderMarkIsSkipped() throws {
        try assertRecords("id,x\n1,2\n", [["id", "x"], ["1", "2"]], bom: true)
    }

    func testQuotedFieldsWithCommasQuotesAndNewlines() throws {
        try assertRecords(
            "name,note\r\n\"Smith, J\",\"said \"\"hi\"\"\"\r\n\"multi\r\nline\",\"\"\r\n",
            [["name", "note"], ["Smith, J", "said \"hi\""], ["multi\r\nline", ""]])
    }

    func testEmptyFieldsAndBlankLines() throws {
        try assertRecords("a,b,c\n,,\n\n1,,3\n,\n", [["a", "b", "c"], ["", "", ""], ["1", "", "3"], ["", ""]])
    }

    func testUnclosedQuoteIsAnErrorWithItsPosition() throws {
        XCTAssertThrowsError(try records(Array("a,b\n1,\"open\n2,3\n".utf8), chunkSize: 4)) { error in
            let syntax = error as? CSVSyntaxError
            XCTAssertEqual(syntax?.line, 2)
            XCTAssertEqual(syntax?.column, 3)
        }
    }

    func testTextAfterClosingQuoteIsAnError() throws {
        XCTAssertThrowsError(try records(Array("a,b\n\"x\"y,2\n".utf8), chunkSize: 1 << 20)) { error in
            XCTAssertEqual((error as? CSVSyntaxError)?.line, 2)
            XCTAssertEqual((error as? CSVSyntaxError)?.column, 4)
        }
    }

    func testFieldPositionsPointAtTheCell() throws {
        let path = TestSupport.temporaryFolder(self) + "/pos.csv"
        FileManager.default.createFile(atPath: path, contents: Data("a,bb,c\n\"x\ny\",22,333\n".utf8))
        var positions: [[String]] = []
        try CSVScanner.scan(path: path, chunkSize: 3) { _, fields in positions.append(fields.map { "\($0.line):\($0.column)" }) }
        XCTAssertEqual(positions, [["1:1", "1:3", "1:6"], ["2:1", "3:4", "3:7"]])
    }
}

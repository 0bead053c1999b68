import XCTest

@testable import MaturityKit

/// The shared text rules and the strict readings of periods and dates.
final class TextRulesTests: XCTestCase {
    func testHiddenCharactersAreRefusedWithTheirPosition() {
        XCTAssertNil(TextRules.problem("Plain, with\ttab\nand line\r\nbreaks — é 🙂", .text, what: "'x'"))
        XCTAssertEqual(TextRules.problem("ab\u{0}c", .name, what: "'name'"), "'name' contains a NUL character (U+0000) at character 3; remove it")
        XCTAssertEqual(
            TextRules.problem("Pay\u{202E}lap", .title, what: "'title'"),
            "'title' contains a bidirectional control character (U+202E) at character 4; remove it")
        for scalar: UInt32 in [0x01, 0x07, 0x1B, 0x7F, 0x85, 0x9F, 0x202A, 0x202B, 0x202C, 0x202D, 0x2066, 0x2067, 0x2068, 0x2069] {
            let text = "a" + String(Character(Unicode.Scalar(scalar)!))
            XCTAssertNotNil(TextRules.problem(text, .text, what: "'x'"), String(scalar, radix: 16))
        }
    }

    func testLengthLimitsPerKind() {
        XCTAssertNil(TextRules.problem(String(repeating: "é", count: 300), .title, what: "'title'"))
        XCTAssertEqual(
            TextRules.problem(String(repeating: "é", count: 301), .title, what: "'title'"),
            "'title' is 301 characters long; a title may have at most 300")
        XCTAssertNil(TextRules.problem(String(repeating: "n", count: 200), .name, what: "'name'"))
        XCTAssertNotNil(TextRules.problem(String(repeating: "n", count: 201), .name, what: "'name'"))
        XCTAssertNotNil(TextRules.problem(String(repeating: "t", count: 10_001), .text, what: "'description'"))
    }

    func testPeriodsAreReadStrictly() {
        for text in [
            "-2026-Q1", "+2026-Q1", "2026-Q5", "2026-Q0", "2026-Q+1", "2026-+1", "2026-13", "2026-1", " 2026-01",
            "2026-01 ", "2026--01", "1899-12", "2201-01", "２０２６-01", "2026-Q1-", "2026",
        ] {
            XCTAssertNil(Period(text), text)
        }
        XCTAssertEqual(Period("2026-Q3").map(TestSupport.words.period), "Q3 2026")
        XCTAssertEqual(Period("2026-q1").map(TestSupport.words.period), "Q1 2026")
        XCTAssertEqual(Period("2026-09").map(TestSupport.words.period), "Sep 2026")
        XCTAssertEqual(Period("1900-01")?.firstMonthIndex, 1900 * 12)
    }

    func testDatesAreReadStrictly() {
        for text in ["-2026-01-01", "+2026-01-01", "2026-02-30", "1899-12-31", "2201-01-01", "2026-1-01", "2026-01-01T00"] {
            XCTAssertFalse(ReportDate.isValid(text), text)
        }
        XCTAssertTrue(ReportDate.isValid("2024-02-29"))
        XCTAssertTrue(ReportDate.isValid("2200-12-31"))
    }
}

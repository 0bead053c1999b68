import Foundation
import XCTest

@testable import MaturityKit

final class FormattingTests: XCTestCase {
    /// Our formatter must agree with C's printf on every value, ties and near-ties included.
    func testFixedMatchesPrintf() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var values: [Double] = [0, 0.005, 0.015, 0.125, 0.375, 2.675, 1.005, 3.4, 4.2, 1.8, 2.6, 0.5, 1.5, 2.5, -0.005, -1.235, 99.995, 1e-9]
        for _ in 0..<200_000 {
            values.append(Double(next() % 1_000_000) / 1000 * (next() % 2 == 0 ? 1 : -1))
            values.append(Double(bitPattern: 0x4000_0000_0000_0000 | (next() >> 12)))
        }
        for places in [0, 1, 2, 4] {
            for value in values {
                let expected = String(format: "%.\(places)f", value)
                XCTAssertEqual(
                    Fixed.format(value, places: places),
                    expected == "-0" || expected.hasPrefix("-0.") && Double(expected) == 0 ? String(expected.dropFirst()) : expected,
                    "\(value) with \(places) places")
            }
        }
    }

    func testPageFormats() {
        let numbers = TestSupport.words.numbers
        XCTAssertEqual(numbers.change(0.2249), "+0.22")
        XCTAssertEqual(numbers.change(-0.131), "−0.13")
        XCTAssertEqual(numbers.change(0.001), "±0.00")
        XCTAssertEqual(numbers.count(1_234_567), "1,234,567")
        XCTAssertEqual(TestSupport.words.date("2026-10-15"), "October 15, 2026")
        XCTAssertNil(ReportDate.parts("2026-02-29"))
        XCTAssertNotNil(ReportDate.parts("2024-02-29"))
    }

    func testJSONEscapesEverythingThatCouldBreakOut() {
        let text = JSONValue.string("a\"b\\c\n</script>\u{2028}\u{01}").rendered()
        XCTAssertEqual(text, "\"a\\\"b\\\\c\\n\\u003c/script\\u003e\\u2028\\u0001\"\n")
    }
}

extension FormattingTests {
    /// Charts write numbers straight into their bytes; that must give the same text as `Fixed.format`.
    func testWritingIntoBytesGivesTheSameTextAsFormat() {
        var generator = SystemRandomNumberGenerator()
        let values =
            [0, -0.0, 0.005, -0.005, 0.125, 2.675, -2.675, 1e11, -123.456, 999.995]
            + (0..<20_000).map { _ in
                Double.random(in: -2000...2000, using: &generator)
            }
        for value in values {
            for places in 0...3 {
                var bytes: [UInt8] = []
                Fixed.write(value, places: places, into: &bytes)
                XCTAssertEqual(String(decoding: bytes, as: UTF8.self), Fixed.format(value, places: places), "\(value) to \(places) places")
            }
        }
    }
}

import Foundation
import XCTest

@testable import MaturityKit

/// Inputs that make naive Markdown parsers quadratic or blow their stack, in the spirit of cmark's
/// test/pathological_tests.py (generators written here). Each one must render with the commentary options
/// (smart punctuation, heading ids, safe mode) and with raw HTML allowed, within a generous 10 s (a linear parser
/// needs milliseconds), and give output. Timings are printed so CI logs show drift.
final class PathologicalMarkdownTests: XCTestCase {
    static let limit = 10.0

    // MARK: Nesting

    func testNestedBlockQuotes() {
        assertRenders("nested block quotes", String(repeating: "> ", count: 50_000) + "a\n") { html, _ in
            XCTAssertEqual(Self.count("<blockquote>", in: html), 50_000)
        }
    }

    func testNestedBrackets() {
        let markdown = String(repeating: "[", count: 50_000) + "a" + String(repeating: "]", count: 50_000)
        assertRenders("nested brackets", markdown) { html, _ in
            XCTAssertEqual(html, "<p>" + markdown + "</p>\n")
        }
    }

    func testNestedStrongEmphasis() {
        let markdown = String(repeating: "*a **a ", count: 30_000) + "b" + String(repeating: " a** a*", count: 30_000)
        assertRenders("nested strong emphasis", markdown) { html, _ in
            XCTAssertEqual(Self.count("<em>a <strong>a ", in: html), 30_000)
            XCTAssertEqual(Self.count(" a</strong> a</em>", in: html), 30_000)
        }
    }

    func testNestedEmphasisInAHeading() {
        // Our heading-id pass walks every heading's inlines: a deep one must stay linear too.
        let markdown = "# " + String(repeating: "*a **a ", count: 20_000) + "b" + String(repeating: " a** a*", count: 20_000) + "\n"
        assertRenders("nested emphasis in a heading", markdown) { html, options in
            if options.contains(.headingIDs) { XCTAssertTrue(html.hasPrefix("<h1 id=\"a-a-a-a-")) }
        }
    }

    func testDeeplyNestedListsOnOneLine() {
        assertRenders("lists 10,000 deep (one line)", String(repeating: "- ", count: 10_000) + "a\n") { html, _ in
            XCTAssertEqual(Self.count("<ul>", in: html), 10_000)
        }
    }

    func testDeeplyNestedListsByIndentation() {
        var markdown = ""
        for depth in 0..<1_000 { markdown += String(repeating: "  ", count: depth) + "* a\n" }
        assertRenders("lists 1,000 deep (indented)", markdown) { html, _ in
            XCTAssertEqual(Self.count("<ul>", in: html), 1_000)
        }
    }

    // MARK: Links and references

    func testUnclosedLinksWithAngleBrackets() {
        assertRenders("unclosed links [a](<b", String(repeating: "[a](<b", count: 30_000)) { html, _ in
            XCTAssertEqual(html, "<p>" + String(repeating: "[a](&lt;b", count: 30_000) + "</p>\n")
        }
    }

    func testUnclosedLinks() {
        assertRenders("unclosed links [a](b", String(repeating: "[a](b", count: 30_000)) { html, _ in
            XCTAssertEqual(html, "<p>" + String(repeating: "[a](b", count: 30_000) + "</p>\n")
        }
    }

    func testManyLinkReferenceDefinitions() {
        var markdown = ""
        for index in 1...50_000 { markdown += "[\(index)]: u\(index)\n" }
        markdown += "\n" + String(repeating: "[1] [49999] [nope] ", count: 1_200)
        assertRenders("50,000 link reference definitions", markdown) { html, _ in
            XCTAssertEqual(Self.count("<a href=\"u49999\">49999</a>", in: html), 1_200)
        }
    }

    func testReferenceExpansion() {
        // One long definition used many times: the output must not be quadratic in the input either.
        let markdown = "[x]: /" + String(repeating: "a", count: 10_000) + "\n\n" + String(repeating: "[x] ", count: 10_000)
        assertRenders("reference expansion", markdown)
    }

    func testLinkOpenersAndClosersWithoutPartners() {
        assertRenders("link openers with no closers", String(repeating: "[a", count: 65_000))
        assertRenders("link closers with no openers", String(repeating: "a]", count: 65_000))
        assertRenders("pattern [ (]( repeated", String(repeating: "[ (](", count: 80_000))
        assertRenders("link openers and emphasis closers", String(repeating: "[ a_", count: 50_000))
    }

    // MARK: Emphasis delimiters

    func testTableLikeLine() {
        assertRenders("a table-like line of 20,000 |*a*|", String(repeating: "|*a*|", count: 20_000)) { html, _ in
            XCTAssertEqual(Self.count("<em>a</em>", in: html), 20_000)
        }
    }

    func testAlternatingUnderscoresAndAsterisks() {
        assertRenders("alternating _ and *", String(repeating: "_*", count: 50_000))
        assertRenders("mismatched openers and closers", String(repeating: "*a_ ", count: 50_000))
        assertRenders("openers and closers multiple of 3", "a**b" + String(repeating: "c* ", count: 50_000))
        assertRenders("emphasis closers with no openers", String(repeating: "a_ ", count: 65_000))
        assertRenders("emphasis openers with no closers", String(repeating: "_a ", count: 65_000))
        assertRenders("long run of *", String(repeating: "*", count: 50_000) + "a" + String(repeating: "_", count: 50_000))
    }

    // MARK: Code spans, HTML, NUL

    func testBacktickRuns() {
        var markdown = ""
        for length in 1..<5_000 { markdown += "e" + String(repeating: "`", count: length) }
        assertRenders("backtick runs of 1 to 4,999", markdown)
        assertRenders("unmatched backtick runs", String(repeating: "`a``", count: 50_000))
    }

    func testUnclosedHTMLComments() {
        assertRenders("unclosed <!-- (block)", String(repeating: "<!--", count: 30_000))
        assertRenders("unclosed <!-- (inline)", String(repeating: "a <!-- ", count: 30_000)) { html, options in
            // Never a comment: each `<!--` is text (or, in safe mode, an omitted raw HTML marker).
            XCTAssertEqual(Self.count("<!--", in: html), Self.count("<!-- raw HTML omitted -->", in: html))
        }
        assertRenders("unclosed <![CDATA[ and <?", String(repeating: "a <![CDATA[ <? ", count: 30_000))
    }

    func testNULBytes() {
        assertRenders("NUL in input", String(repeating: "abc\u{0}de\u{0}", count: 100_000)) { html, _ in
            XCTAssertEqual(Self.count("\u{FFFD}", in: html), 200_000)
        }
    }

    // MARK: Heading ids

    func testTenThousandHeadingsWithTheSameText() {
        let markdown = String(repeating: "# Results\n\n", count: 10_000)
        assertRenders("10,000 headings with the same text", markdown) { html, options in
            guard options.contains(.headingIDs) else { return }
            XCTAssertEqual(Self.count("<h1 id=\"results", in: html), 10_000)
            XCTAssertTrue(html.contains("<h1 id=\"results-10000\">"))
            XCTAssertEqual(Set(Self.headingIDs(html)).count, 10_000, "every id unique")
        }
    }

    func testHeadingsThatCollideWithNumberedIds() {
        // "Results 2" … "Results 5001", then 5,000 × "Results": each must find a free id without rescanning.
        var markdown = ""
        for index in 2...5_001 { markdown += "## Results \(index)\n" }
        markdown += String(repeating: "## Results\n", count: 5_000)
        assertRenders("headings colliding with numbered ids", markdown) { html, options in
            guard options.contains(.headingIDs) else { return }
            let ids = Self.headingIDs(html)
            XCTAssertEqual(ids.count, 10_000)
            XCTAssertEqual(Set(ids).count, 10_000, "every id unique")
        }
    }

    /// HeadingIDs itself must be linear. At 200,000 headings a quadratic scheme needs about 10^10 steps (minutes);
    /// a linear one a fraction of a second. The 4× ratio is printed (about ×4 linear, ×16 quadratic) but not asserted:
    /// on a shared CI machine it is noise.
    func testHeadingIDsAreNotQuadratic() {
        func time(_ count: Int, _ text: (Int) -> String) -> Double {
            var ids = HeadingIDs()
            let start = DispatchTime.now().uptimeNanoseconds
            for index in 0..<count { _ = ids.make(from: text(index)) }
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        let patterns: [(String, (Int) -> String)] = [
            ("same text", { _ in "Results" }),
            ("numbered texts, then the same text", { $0 % 2 == 0 ? "Results \($0 / 2 + 2)" : "Results" }),
        ]
        for (name, text) in patterns {
            let small = time(50_000, text), large = time(200_000, text)
            print(
                String(
                    format: "[pathological] HeadingIDs, %@: 50,000 in %.3f s, 200,000 in %.3f s (×%.1f)",
                    name as NSString, small, large, large / max(small, 1e-9)))
            XCTAssertLessThan(large, Self.limit, "\(name): 200,000 heading ids took \(large) s")
        }
    }

    // MARK: Helpers

    private func assertRenders(
        _ name: String, _ markdown: String, file: StaticString = #filePath, line: UInt = #line,
        _ check: ((String, MarkdownOptions) -> Void)? = nil
    ) {
        for (label, options) in [("commentary", MarkdownOptions.commentary), ("unsafeHTML", MarkdownOptions.unsafeHTML)] {
            let start = DispatchTime.now().uptimeNanoseconds
            let html = CMarkConverter.html(markdown, options: options)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            print(
                String(
                    format: "[pathological] %@ (%@): %.3f s, %d bytes in, %d bytes out",
                    name as NSString, label as NSString, seconds, markdown.utf8.count, html.utf8.count))
            XCTAssertLessThan(seconds, Self.limit, "\(name) (\(label)) took \(seconds) s", file: file, line: line)
            XCTAssertFalse(html.isEmpty, "\(name) (\(label)) gave no output", file: file, line: line)
            check?(html, options)
        }
    }

    /// Non-overlapping occurrences, counted on UTF-8 bytes (fast on megabytes of output).
    static func count(_ needle: String, in haystack: String) -> Int {
        let pattern = Array(needle.utf8), bytes = Array(haystack.utf8)
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return 0 }
        var found = 0, index = 0
        let first = pattern[0], last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first && bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                found += 1
                index += pattern.count
            } else {
                index += 1
            }
        }
        return found
    }

    static func headingIDs(_ html: String) -> [String] {
        html.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
}

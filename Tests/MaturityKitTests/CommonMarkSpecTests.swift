import Foundation
import XCTest

@testable import MaturityKit

/// CommonMark conformance of the Markdown layer: the spec, smart-punctuation and regression examples that cmark
/// 0.30.2 runs on itself (Fixtures/commonmark, see its README), plus what our options add on top.
final class CommonMarkSpecTests: XCTestCase {

    // MARK: a-c. The example files, exactly as cmark's own test suite runs them

    /// cmark runs its spec tests with raw HTML allowed and no extras; every example must match byte for byte.
    func testSpecExamplesMatchExactlyWithUnsafeHTML() throws {
        let examples = try CommonMarkExample.load("spec-0.30.txt")
        XCTAssertEqual(examples.count, 652, "spec-0.30.txt holds 652 examples")
        // The parser itself: numbering, sections, lines and `→` as a tab.
        XCTAssertEqual(examples.first?.section, "Tabs")
        XCTAssertEqual(examples.first?.line, 356)
        XCTAssertEqual(examples.first?.markdown, "\tfoo\tbaz\t\tbim\n")
        XCTAssertEqual(examples.first?.html, "<pre><code>foo\tbaz\t\tbim\n</code></pre>\n")
        XCTAssertEqual(examples.last?.number, 652)
        XCTAssertEqual(examples.last?.section, "Textual content")
        assertAllMatch(examples, file: "spec-0.30.txt", options: [.unsafeHTML])
    }

    /// cmark's regression suite is run with `--no-normalize` too, so no normalisation is needed here either.
    func testRegressionExamplesMatchExactlyWithUnsafeHTML() throws {
        let examples = try CommonMarkExample.load("regression-0.30.txt")
        XCTAssertEqual(examples.count, 16, "regression-0.30.txt holds 16 examples")
        // The first example depends on the CR CR LF line ending surviving the parse of the fixture.
        XCTAssertTrue(
            examples.first?.markdown.utf8.elementsEqual("line1\r\r\nline2\n".utf8) ?? false,
            "regression example 1 must keep its CR CR LF line ending")
        assertAllMatch(examples, file: "regression-0.30.txt", options: [.unsafeHTML])
    }

    func testSmartPunctuationExamplesMatchExactly() throws {
        let examples = try CommonMarkExample.load("smart_punct-0.30.txt")
        XCTAssertEqual(examples.count, 16, "smart_punct-0.30.txt holds 16 examples")
        assertAllMatch(examples, file: "smart_punct-0.30.txt", options: [.unsafeHTML, .smartPunctuation])
    }

    // MARK: d. Safe mode over the whole spec

    /// Without `.unsafeHTML` the output may only differ where raw HTML was omitted or an unsafe URL blanked, and
    /// nothing executable may come out.
    func testSpecExamplesInSafeModeDifferOnlyByOmittedHTMLOrUnsafeURLs() throws {
        let examples = try CommonMarkExample.load("spec-0.30.txt")
        XCTAssertEqual(examples.count, 652)
        let unsafeScheme = try NSRegularExpression(
            pattern: #"(javascript|vbscript|file):|data:(?!image/(png|gif|jpeg|webp))"#, options: [.caseInsensitive])
        let forbidden = ["<script", " onerror=", "href=\"javascript:", "src=\"javascript:"]
        var differing = 0
        var unexplained: [String] = []
        for example in examples {
            let output = CMarkConverter.html(example.markdown, options: [])
            let lowered = output.lowercased()
            for needle in forbidden where lowered.contains(needle) {
                XCTFail("\(example.label("spec-0.30.txt")): safe output contains \(needle.debugDescription):\n\(output)")
            }
            guard output != example.html else { continue }
            differing += 1
            if !output.contains("<!-- raw HTML omitted -->") && !unsafeScheme.matches(example.markdown) {
                unexplained.append(
                    example.label("spec-0.30.txt")
                        + "\n--- markdown\n\(example.markdown)--- expected\n\(example.html)--- safe output\n\(output)")
            }
        }
        for failure in unexplained.prefix(50) { XCTFail("safe output differs without omitted HTML or an unsafe URL: \(failure)") }
        XCTAssertTrue(unexplained.isEmpty, "\(unexplained.count) examples differ in safe mode for no allowed reason")
        XCTAssertGreaterThanOrEqual(differing, 20, "safe mode changed only \(differing) spec examples: is it still on?")
    }

    // MARK: e. Everything commentary gets, plus raw HTML, over the whole spec

    func testSpecExamplesWithHeadingIDsAndSmartPunctuation() throws {
        let examples = try CommonMarkExample.load("spec-0.30.txt")
        XCTAssertEqual(examples.count, 652)
        let anyHeading = try NSRegularExpression(pattern: #"<h[1-6][\s>]"#)
        let headingWithID = try NSRegularExpression(pattern: #"<h[1-6] id="[^"]+">"#)
        var exact = 0, withHeadings = 0, withSmartCharacters = 0
        for example in examples {
            let output = CMarkConverter.html(example.markdown, options: [.unsafeHTML, .headingIDs, .smartPunctuation])
            let label = example.label("spec-0.30.txt")
            let hasHeading = anyHeading.matches(example.html)
            let hasSmartCharacters = ["\"", "'", "--", "..."].contains { example.markdown.contains($0) }

            // Every heading cmark made carries an id (the spec has no raw-HTML headings in its Markdown).
            XCTAssertEqual(
                anyHeading.count(in: output), headingWithID.count(in: output),
                "\(label): a heading without an id:\n\(output)")

            if hasSmartCharacters {
                // May differ by curly quotes, dashes and ellipses; once those are turned back into what they
                // came from (on both sides, for the spec's own literal ones), nothing else may differ.
                withSmartCharacters += 1
                XCTAssertEqual(
                    Self.undoingSmartPunctuation(Self.removingHeadingIDs(output)),
                    Self.undoingSmartPunctuation(example.html),
                    "\(label): differs beyond smart punctuation\n--- markdown\n\(example.markdown)")
            } else if hasHeading {
                withHeadings += 1
                XCTAssertEqual(
                    Self.removingHeadingIDs(output), example.html,
                    "\(label): differs from the spec once heading ids are removed\n--- markdown\n\(example.markdown)")
            } else {
                exact += 1
                XCTAssertEqual(output, example.html, "\(label): differs from the spec\n--- markdown\n\(example.markdown)")
            }
        }
        XCTAssertEqual(exact + withHeadings + withSmartCharacters, 652)
        XCTAssertGreaterThan(withHeadings, 20, "too few heading examples were compared")
        XCTAssertGreaterThan(exact, 300, "too few examples were compared exactly")
    }

    // MARK: f. Heading ids

    func testHeadingIDIsMadeFromTheText() {
        XCTAssertEqual(
            CMarkConverter.html("# Hello, World!", options: .commentary),
            "<h1 id=\"hello-world\">Hello, World!</h1>\n")
    }

    func testDuplicateHeadingsGetNumberedIDs() {
        let output = CMarkConverter.html("# Results\n\n## Results\n\nText.\n\n### Results\n", options: .commentary)
        XCTAssertEqual(
            output,
            """
            <h1 id="results">Results</h1>
            <h2 id="results-2">Results</h2>
            <p>Text.</p>
            <h3 id="results-3">Results</h3>

            """)
    }

    func testHeadingOfOnlyPunctuationGetsSection() {
        XCTAssertEqual(
            CMarkConverter.html("# ?!\n\n## ---\n", options: [.headingIDs]),
            "<h1 id=\"section\">?!</h1>\n<h2 id=\"section-2\">---</h2>\n")
    }

    func testEmphasisInsideAHeadingKeepsItsMarkup() {
        XCTAssertEqual(
            CMarkConverter.html("## A *big* deal", options: .commentary),
            "<h2 id=\"a-big-deal\">A <em>big</em> deal</h2>\n")
    }

    func testScriptInAHeadingStaysOutInSafeMode() {
        let output = CMarkConverter.html("# Title <script>alert(1)</script>\n", options: .commentary)
        XCTAssertFalse(output.lowercased().contains("<script"), output)
        XCTAssertTrue(output.contains("<!-- raw HTML omitted -->"), output)
        XCTAssertTrue(output.hasPrefix("<h1 id=\"title"), output)
    }

    func testUnicodeLettersAreKeptInHeadingIDs() {
        XCTAssertEqual(
            CMarkConverter.html("## Übersicht", options: .commentary),
            "<h2 id=\"übersicht\">Übersicht</h2>\n")
    }

    /// A setext heading may span lines; the soft break reads as a space, so it separates words in the id.
    func testMultiLineSetextHeadingSeparatesWordsAtTheLineBreak() {
        XCTAssertEqual(
            CMarkConverter.html("Annual\nresults\n=======\n", options: .commentary),
            "<h1 id=\"annual-results\">Annual\nresults</h1>\n")
    }

    // MARK: g. Safe mode

    func testJavaScriptLinkIsBlankedInSafeMode() {
        for options: MarkdownOptions in [[], .commentary] {
            let output = CMarkConverter.html("[x](javascript:alert(1))", options: options)
            XCTAssertFalse(output.lowercased().contains("javascript:"), output)
            XCTAssertEqual(output, "<p><a href=\"\">x</a></p>\n")
        }
    }

    func testRawHTMLIsOmittedInSafeMode() {
        for options: MarkdownOptions in [[], .commentary] {
            let output = CMarkConverter.html("<img src=x onerror=alert(1)>", options: options)
            XCTAssertTrue(output.contains("<!-- raw HTML omitted -->"), output)
            XCTAssertFalse(output.contains("onerror"), output)
        }
    }

    func testRawHTMLPassesThroughWithUnsafeHTML() {
        XCTAssertEqual(
            CMarkConverter.html("<img src=x onerror=alert(1)>", options: [.unsafeHTML]),
            "<img src=x onerror=alert(1)>\n")
        XCTAssertEqual(
            CMarkConverter.html("[x](javascript:alert(1))", options: [.unsafeHTML]),
            "<p><a href=\"javascript:alert(1)\">x</a></p>\n")
    }

    // MARK: Helpers

    private func assertAllMatch(
        _ examples: [CommonMarkExample], file: String, options: MarkdownOptions,
        line: UInt = #line
    ) {
        var failed: [Int] = []
        for example in examples {
            let output = CMarkConverter.html(example.markdown, options: options)
            guard output != example.html else { continue }
            failed.append(example.number)
            if failed.count <= 50 {
                XCTFail(
                    """
                    \(example.label(file)) fails
                    --- markdown
                    \(example.markdown)--- expected
                    \(example.html)--- got
                    \(output)
                    """, line: line)
            }
        }
        XCTAssertTrue(failed.isEmpty, "\(failed.count) of \(examples.count) examples in \(file) fail: \(failed)", line: line)
    }

    /// Curly quotes, en and em dashes and ellipses back to the ASCII that smart punctuation makes them from, in
    /// the form cmark renders that ASCII (`"` as `&quot;`).
    static func undoingSmartPunctuation(_ html: String) -> String {
        var result = ""
        for scalar in html.unicodeScalars {
            switch scalar {
            case "\u{201C}", "\u{201D}": result += "&quot;"
            case "\u{2018}", "\u{2019}": result += "'"
            case "\u{2013}": result += "--"
            case "\u{2014}": result += "---"
            case "\u{2026}": result += "..."
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `<h2 id="x">` → `<h2>`, so outputs with heading ids can be compared with the spec.
    static func removingHeadingIDs(_ html: String) -> String {
        let regex = try! NSRegularExpression(pattern: #"<h([1-6]) id="[^"]*">"#)
        return regex.stringByReplacingMatches(in: html, range: NSRange(html.startIndex..., in: html), withTemplate: "<h$1>")
    }
}

/// One example of a file in the format of cmark's `test/spec_tests.py`.
struct CommonMarkExample {
    var number: Int
    var section: String
    /// The line of the opening fence.
    var line: Int
    var markdown: String
    var html: String

    func label(_ file: String) -> String { "\(file) example \(number) (section \"\(section)\", line \(line))" }

    static func load(_ name: String) throws -> [CommonMarkExample] {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
            .appendingPathComponent("commonmark").appendingPathComponent(name)
        return parse(try Data(contentsOf: url))
    }

    /// Follows `get_tests` in spec_tests.py: lines are split at LF only (a CR stays part of its line, which the
    /// regression examples rely on), compared stripped of whitespace, and `→` stands for a tab.
    static func parse(_ data: Data) -> [CommonMarkExample] {
        let fence = String(repeating: "`", count: 32)
        enum State { case text, markdown, html }
        var state = State.text
        var examples: [CommonMarkExample] = []
        var section = "", start = 0
        var markdown = "", html = ""
        let bytes = [UInt8](data)
        var lineStart = 0, lineNumber = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
            let line = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
            lineStart = lineEnd
            lineNumber += 1
            let stripped = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if stripped == fence + " example" {
                state = .markdown
                start = lineNumber
            } else if stripped == fence {
                state = .text
                examples.append(
                    CommonMarkExample(
                        number: examples.count + 1, section: section, line: start,
                        markdown: tabs(markdown), html: tabs(html)))
                markdown = ""
                html = ""
            } else if stripped == "." {
                state = .html
            } else if state == .markdown {
                markdown += line
            } else if state == .html {
                html += line
            } else if line.hasPrefix("#"), line.drop(while: { $0 == "#" }).hasPrefix(" ") {
                section = line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
        return examples
    }

    private static func tabs(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.map { $0 == "→" ? "\t" : $0 })
        return String(scalars)
    }
}

extension NSRegularExpression {
    fileprivate func matches(_ text: String) -> Bool {
        firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    fileprivate func count(in text: String) -> Int {
        numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
    }
}

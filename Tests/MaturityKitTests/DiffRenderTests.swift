import XCTest

@testable import MaturityKit

/// The formats of `maturity diff` on changes made by hand: added and removed things, and report text that
/// could break a Markdown table.
final class DiffRenderTests: XCTestCase {
    private let result = DiffResult(
        old: "a", new: "b",
        changes: [
            DiffChange(section: .roadmap, kind: .added, id: "new-one", name: "Fix <b>the</b> | pipe"),
            DiffChange(section: .commentary, kind: .removed, id: "commentary/overview.md", name: "commentary/overview.md"),
        ])

    func testAddedAndRemovedInText() {
        XCTAssertEqual(
            DiffRender.text(result),
            "a → b: 2 differences\n\nRoadmap\n  added: Fix <b>the</b> | pipe (new-one)\n\nCommentary\n  removed: commentary/overview.md\n")
    }

    func testMarkdownEscapesReportText() {
        XCTAssertEqual(
            DiffRender.markdown(result),
            "**maturity diff** a → b: 2 differences (roadmap 1, commentary 1)\n\n### Roadmap\n\n| | what | before | after |\n|---|---|---|---|\n"
                + "| Fix &lt;b&gt;the&lt;/b&gt; \\| pipe | added |  |  |\n\n### Commentary\n\n| | what | before | after |\n|---|---|---|---|\n"
                + "| commentary/overview.md | removed |  |  |\n")
        XCTAssertEqual(DiffRender.escape("*x* _y_ [l](u) `c` #h\\ & a\nb"), "\\*x\\* \\_y\\_ \\[l\\](u) \\`c\\` \\#h\\\\ &amp; a b")
    }

    func testJSONOfAnAddedThingHasNullFields() {
        XCTAssertTrue(
            DiffJSON.render(result).contains(
                "      \"section\": \"roadmap\",\n      \"kind\": \"added\",\n      \"id\": \"new-one\",\n      \"name\": \"Fix \\u003cb\\u003ethe\\u003c/b\\u003e | pipe\",\n"
                    + "      \"field\": null,\n      \"old\": null,\n      \"new\": null,\n      \"delta\": null\n"))
    }
}

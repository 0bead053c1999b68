import Foundation
import XCTest

@testable import MaturityKit

final class LinkCheckTests: XCTestCase {
    func testCheckReportsCommentaryLinksToMissingPages() throws {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        try FileManager.default.createDirectory(atPath: content + "/commentary/dimensions", withIntermediateDirectories: true)
        try """
        ---
        title: Summary
        ---
        See [one](dimensions/d1.html), [the roadmap](roadmap.html#gaps-heading) and [us](https://example.org).

        But [three](dimensions/d3.html) does not exist.
        """.write(toFile: content + "/commentary/overview.md", atomically: true, encoding: .utf8)
        try "Back to [the overview](../index.html) and [a typo](../methodolgy.html).\n"
            .write(toFile: content + "/commentary/dimensions/d2.md", atomically: true, encoding: .utf8)
        let warnings = try Site.check(BuildOptions(content: content))
        let lines = warnings.map { $0.description.replacingOccurrences(of: content + "/", with: "") }
        XCTAssertEqual(
            lines,
            [
                "commentary/overview.md:6:5: warning: link to 'dimensions/d3.html' points at dimensions/d3.html, which the site does not have [links]",
                "commentary/dimensions/d2.md:1:43: warning: link to '../methodolgy.html' points at methodolgy.html, which the site does not have [links]",
            ])
        let run = try TestSupport.run(["check", "--content", content])
        XCTAssertEqual(run.status, 0)
        XCTAssertTrue(run.stderr.contains("overview.md:6:5: warning"), run.stderr)
    }

    func testRelativeLinksResolveFromTheirPage() {
        XCTAssertEqual(LinkCheck.resolve("../index.html#x", from: "dimensions/a.html"), "index.html")
        XCTAssertEqual(LinkCheck.resolve("b.html", from: "dimensions/a.html"), "dimensions/b.html")
        XCTAssertNil(LinkCheck.resolve("#top", from: "index.html"))
        XCTAssertNil(LinkCheck.resolve("mailto:a@b.c", from: "index.html"))
        XCTAssertNil(LinkCheck.resolve("https://x.org/a.html", from: "index.html"))
    }
}

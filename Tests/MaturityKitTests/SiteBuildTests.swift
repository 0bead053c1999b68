import Foundation
import XCTest

@testable import MaturityKit

/// Whole report folders built end to end, compared with the committed golden output.
/// Set MATURITY_UPDATE_GOLDEN=1 to rewrite the golden files after an intended change, and review the diff.
final class SiteBuildTests: XCTestCase {
    private func assertMatchesGolden(_ site: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let output = TestSupport.temporaryFolder(self) + "/site"
        if let failure = TestSupport.build(TestSupport.site(site), into: output) { XCTFail("build failed:\n\(failure)"); return }
        let golden = TestSupport.repositoryRoot.appendingPathComponent("Tests/MaturityKitTests/Fixtures/golden/\(site)").path
        if ProcessInfo.processInfo.environment["MATURITY_UPDATE_GOLDEN"] == "1" {
            TestSupport.copy(output, to: golden)
            return
        }
        let expected = TestSupport.snapshot(golden), actual = TestSupport.snapshot(output)
        XCTAssertEqual(actual.keys.sorted(), expected.keys.sorted(), "files", file: file, line: line)
        for (path, data) in expected.sorted(by: { $0.key < $1.key }) where actual[path] != data {
            XCTFail("\(path) differs from the golden copy in \(golden)", file: file, line: line)
        }
    }

    func testCustomSevenPointModelSiteMatchesGolden() throws { try assertMatchesGolden("seven") }

    func testScoringSiteMatchesGolden() throws { try assertMatchesGolden("scoring") }

    func testMixedWavesSiteMatchesGolden() throws { try assertMatchesGolden("mixed") }

    /// The committed example site must be exactly what the current code builds from content/.
    func testCommittedOutputIsAFreshBuildOfContent() throws {
        let root = TestSupport.repositoryRoot.path
        let output = TestSupport.temporaryFolder(self) + "/site"
        if let failure = TestSupport.build(root + "/content", into: output) { XCTFail("\(failure)"); return }
        let committed = TestSupport.snapshot(root + "/output"), fresh = TestSupport.snapshot(output)
        XCTAssertEqual(committed.keys.sorted(), fresh.keys.sorted())
        for (path, data) in fresh.sorted(by: { $0.key < $1.key }) where committed[path] != data {
            XCTFail("output/\(path) is out of date: run scripts/build-example and commit the result")
        }
    }

    func testExamplePagesHaveWhatTheSpecPromises() throws {
        let output = TestSupport.temporaryFolder(self) + "/site"
        XCTAssertNil(TestSupport.build(TestSupport.repositoryRoot.path + "/content", into: output))
        let files = TestSupport.snapshot(output)
        XCTAssertEqual(files.keys.filter { $0.hasPrefix("dimensions/") }.count, 9)
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            XCTAssertFalse(html.lowercased().contains("<script"), "\(path) has a script")
            XCTAssertFalse(html.contains("http://") && !html.contains("http://www.w3.org/2000/svg"), "\(path) loads something external")
            for svg in html.components(separatedBy: "<svg").dropFirst() {
                XCTAssertTrue(svg.contains("role=\"img\""), "\(path): chart without role=img")
                let afterTag = svg[svg.index(after: svg.firstIndex(of: ">")!)...]
                XCTAssertTrue(afterTag.hasPrefix("<title"), "\(path): chart whose first child is not <title>")
                XCTAssertTrue(svg.contains("<desc"), "\(path): chart without <desc>")
            }
            for link in html.components(separatedBy: "href=\"").dropFirst().map({ String($0.prefix { $0 != "\"" }) }) {
                XCTAssertFalse(link.hasPrefix("/") || link.contains("://"), "\(path): non-relative link \(link)")
            }
        }
        let index = String(decoding: try XCTUnwrap(files["index.html"]), as: UTF8.self)
        XCTAssertTrue(index.contains("id=\"at-a-glance\""))
        XCTAssertTrue(index.contains("<h2 id=\"what-we-found\">"), "commentary headings carry ids")
        let voc = String(decoding: try XCTUnwrap(files["dimensions/voc.html"]), as: UTF8.self)
        // Legal has 3 respondents: hidden, and with it the next smallest function; neither is named with figures.
        XCTAssertFalse(voc.contains("<th scope=\"row\"><bdi>Legal</bdi></th>"))
        XCTAssertTrue(voc.contains("Groups of function not shown: 2,"))
    }

    func testHostileTextIsEscapedEverywhere() throws {
        let output = TestSupport.temporaryFolder(self) + "/site"
        XCTAssertNil(TestSupport.build(TestSupport.site("seven"), into: output))
        for (path, data) in TestSupport.snapshot(output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self).lowercased()
            XCTAssertFalse(html.contains("<script"), "\(path)")
            XCTAssertFalse(html.contains("<img src=x"), "\(path)")
            XCTAssertFalse(html.contains("<svg onload"), "\(path)")
            // The text may mention javascript: (escaped, inert); no attribute may hold it.
            XCTAssertNil(html.range(of: #"=\s*["']?\s*javascript:"#, options: .regularExpression), "\(path) has a javascript: URL")
            XCTAssertNil(html.range(of: #"<[a-z]+[^>]*\son[a-z]+="#, options: .regularExpression), "\(path) has an event handler")
        }
    }

    func testUnsafeHTMLIsOptIn() throws {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        try FileManager.default.createDirectory(atPath: content + "/commentary", withIntermediateDirectories: true)
        try "Hello <mark>there</mark>\n".write(toFile: content + "/commentary/overview.md", atomically: true, encoding: .utf8)
        XCTAssertNil(TestSupport.build(content, into: content + "/../safe"))
        let safe = try String(contentsOfFile: content + "/../safe/index.html", encoding: .utf8)
        XCTAssertTrue(safe.contains("<!-- raw HTML omitted -->there"))
        let report = try String(contentsOfFile: content + "/report.yaml", encoding: .utf8)
        try (report + "unsafe_html: true\n").write(toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
        XCTAssertNil(TestSupport.build(content, into: content + "/../unsafe"))
        XCTAssertTrue(try String(contentsOfFile: content + "/../unsafe/index.html", encoding: .utf8).contains("<mark>there</mark>"))
    }
}

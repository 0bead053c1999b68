import Foundation
import XCTest

@testable import MaturityKit

/// `maturity pdf`: the example report laid out by WeasyPrint, read back with poppler's pdftotext and pdfinfo
/// and scripts/pdf_outline.py (the bookmarks).
final class PdfTests: XCTestCase {
    private static let path = ProcessInfo.processInfo.environment["PATH"]
    private static let pdfName = Pdf.path(title: "Customer Experience Maturity 2026")
    /// The example built twice, once for all tests: (first output, second output).
    nonisolated(unsafe) private static var built: (String, String)?

    private func example() throws -> (first: String, second: String) {
        try XCTSkipIf(
            Pdf.findEngine(path: Self.path) == nil,
            "weasyprint is not on PATH; run scripts/bootstrap (or 'pip install weasyprint==70.0') to test the PDF edition")
        try XCTSkipIf(tool("pdftotext") == nil, "pdftotext is not on PATH; run scripts/bootstrap (it installs poppler-utils)")
        if let built = Self.built { return built }
        let folder = NSTemporaryDirectory() + "maturity-pdf-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let content = TestSupport.repositoryRoot.path + "/content"
        for name in ["a", "b"] {
            let run = try TestSupport.run(["pdf", "--content", content, "--output", folder + "/" + name])
            XCTAssertEqual(run.status, 0, run.stderr)
        }
        Self.built = (folder + "/a", folder + "/b")
        return (folder + "/a", folder + "/b")
    }

    private func tool(_ name: String) -> String? {
        (Self.path ?? "").split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private func output(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    private func pageText(_ pdf: String, _ page: Int) throws -> String {
        try output("pdftotext", ["-layout", "-f", "\(page)", "-l", "\(page)", pdf, "-"])
    }

    /// The dimensions' names, from the h1 of each dimension page of the same build.
    private func dimensionNames(_ site: String) throws -> [String] {
        let files = try FileManager.default.contentsOfDirectory(atPath: site + "/dimensions").sorted()
        return try files.map { name in
            let html = try String(contentsOfFile: site + "/dimensions/" + name, encoding: .utf8)
            let start = try XCTUnwrap(html.range(of: "<h1>")), end = try XCTUnwrap(html.range(of: "</h1>", range: start.upperBound..<html.endIndex))
            return String(html[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&amp;", with: "&")
                .replacingOccurrences(of: "<bdi>", with: "").replacingOccurrences(of: "</bdi>", with: "")
        }
    }

    func testCoverContentsPageNumbersAndEveryDimension() throws {
        let site = try example().first, pdf = site + "/" + Self.pdfName
        // Lines may wrap anywhere in the title, so the cover is read as one line.
        let cover = try pageText(pdf, 1).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for text in ["Customer Experience", "Maturity 2026", "PARCELWISE DELIVERY", "15 October 2026", "Defined", "3.01"] {
            XCTAssertTrue(cover.contains(text), "cover lacks \(text):\n\(cover)")
        }
        XCTAssertFalse(cover.contains("Page 1"), "the cover has no page number")
        let contents = try pageText(pdf, 2)
        XCTAssertTrue(contents.contains("Contents"), contents)
        let info = try output("pdfinfo", [pdf])
        let pages = try XCTUnwrap(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") })
        XCTAssertGreaterThan(pages, 20)
        let sections = ["Overview", "Dimensions", "Roadmap", "Benchmarks", "Trends", "Methodology"] + (try dimensionNames(site))
        for section in sections {
            let line = try XCTUnwrap(contents.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(section) }, section)
            let number = try XCTUnwrap(Int(line.split(separator: " ").last ?? ""), String(line))
            XCTAssertTrue((3...pages).contains(number), String(line))
            // The dimensions' group starts with the first dimension's page, which has no heading of the group's.
            let expected = section == "Dimensions" ? try dimensionNames(site) : [section == "Overview" ? "At a glance" : section]
            let text = try pageText(pdf, number)
            XCTAssertTrue(expected.contains { text.contains($0) }, "\(section) on page \(number)")
        }
        for page in [2, 3, pages / 2, pages] {
            XCTAssertTrue(try pageText(pdf, page).contains("Page \(page) of \(pages)"), "page \(page) has its number")
        }
        XCTAssertTrue(info.contains("Title:           Customer Experience Maturity 2026"), info)
        XCTAssertTrue(info.contains("CreationDate:    Thu Oct 15 00:00:00 2026 UTC"), info)
        XCTAssertTrue(info.contains("A4"), info)
    }

    func testEachSectionIsABookmark() throws {
        let pdf = try example().first + "/" + Self.pdfName
        let run = try TestSupport.python("pdf_outline.py", [pdf])
        XCTAssertEqual(run.status, 0, run.output)
        let dimensions = try dimensionNames(try example().first).map { "  " + $0 }
        let outline = run.output.split(separator: "\n").map(String.init)
        XCTAssertEqual(outline.prefix(3), ["Contents", "Overview", "Dimensions"])
        XCTAssertEqual(Set(outline.filter { $0.hasPrefix("  ") }), Set(dimensions))
        XCTAssertEqual(
            outline.filter { !$0.hasPrefix(" ") }.suffix(7), ["Roadmap", "Benchmarks", "Outcomes", "Comments", "Trends", "Breakdown", "Methodology"])
    }

    func testTwoRunsGiveByteIdenticalPDFsListedInTheManifest() throws {
        let (first, second) = try example()
        let a = try XCTUnwrap(FileManager.default.contents(atPath: first + "/" + Self.pdfName))
        XCTAssertEqual(a, FileManager.default.contents(atPath: second + "/" + Self.pdfName))
        let manifest = try String(contentsOfFile: first + "/.maturity-manifest", encoding: .utf8)
        XCTAssertTrue(manifest.split(separator: "\n").contains(Substring(Self.pdfName)), manifest)
        XCTAssertNil(String(decoding: a, as: UTF8.self).range(of: "maturity-pdf-"), "no temporary path in the PDF")
    }

    func testWithoutTheEngineItSaysHowToInstallItAndWritesNothing() throws {
        let output = TestSupport.temporaryFolder(self) + "/site"
        let options = PdfOptions(build: BuildOptions(content: TestSupport.repositoryRoot.path + "/content", output: output), searchPath: "/nonexistent")
        XCTAssertThrowsError(try Pdf.build(options)) { error in
            let text = (error as? BuildFailure)?.diagnostics.map(\.description).joined(separator: "\n") ?? ""
            XCTAssertTrue(text.contains("no 'weasyprint' program found on PATH"), text)
            XCTAssertTrue(text.contains("scripts/bootstrap") && text.contains("pip install weasyprint"), text)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    func testAThemeWithoutThePdfTemplateBuildsTheSiteButNotThePDF() throws {
        _ = try example()
        let work = TestSupport.temporaryFolder(self), content = TestSupport.repositoryRoot.path + "/content"
        XCTAssertEqual(try TestSupport.run(["theme", "export", work + "/theme"]).status, 0)
        try FileManager.default.removeItem(atPath: work + "/theme/pdf.mustache")
        let site = try TestSupport.run(["build", "--content", content, "--output", work + "/site", "--templates", work + "/theme"])
        XCTAssertEqual(site.status, 0, site.stderr)
        let pdf = try TestSupport.run(["pdf", "--content", content, "--output", work + "/pdf", "--templates", work + "/theme"])
        XCTAssertEqual(pdf.status, 1)
        XCTAssertTrue(pdf.stderr.contains(work + "/theme/pdf.mustache: error: missing template 'pdf.mustache'"), pdf.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/pdf"))
    }

    func testLinksBetweenPagesBecomeLinksWithinTheDocument() {
        let anchors = ["roadmap.html": "pdf-roadmap", "dimensions/a.html": "pdf-dimensions-a"]
        let html =
            ##"<a href="../roadmap.html#x">R</a><a href="a.html">A</a><a href="../data/results.json">D</a><a href="https://example.com/">E</a><img src="../assets/l.svg">"##
        XCTAssertEqual(
            PdfLinks.rewrite(html, page: "dimensions/b.html", anchors: anchors),
            ##"<a href="#pdf-roadmap">R</a><a href="#pdf-dimensions-a">A</a><a href="">D</a><a href="https://example.com/">E</a><img src="assets/l.svg">"##)
        XCTAssertEqual(PdfLinks.remoteReferences(in: html), [])
        let remote = #"<img src="https://example.com/x.png"><style>@import "x.css"; p { background: url(//cdn.example/y.png) }</style>"#
        XCTAssertEqual(PdfLinks.remoteReferences(in: remote).count, 3, "\(PdfLinks.remoteReferences(in: remote))")
    }
}

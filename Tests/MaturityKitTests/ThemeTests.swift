import Foundation
import XCTest

@testable import MaturityKit

/// The theme owns the markup: one partial changes every place it is used, the exported default theme builds
/// the same site, and a theme's strings and palette are checked like any input.
final class ThemeTests: XCTestCase {
    private var example: String { TestSupport.repositoryRoot.path + "/content" }

    /// A copy of the example report with files added to its own `templates/` folder.
    private func report(with templates: [String: String]) throws -> String {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(example, to: content)
        try FileManager.default.createDirectory(atPath: content + "/templates", withIntermediateDirectories: true)
        for (name, text) in templates { try text.write(toFile: content + "/templates/" + name, atomically: true, encoding: .utf8) }
        return content
    }

    private func pages(_ site: String) -> [String: String] {
        TestSupport.snapshot(site).filter { $0.key.hasSuffix(".html") }.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    func testTheExportedDefaultThemeBuildsTheSameSiteByteForByte() throws {
        let work = TestSupport.temporaryFolder(self)
        let written = try Theme.export(to: work + "/theme")
        XCTAssertTrue(
            written.contains(work + "/theme/table.mustache") && written.contains(work + "/theme/strings.yaml") && written.contains(work + "/theme/palette.yaml")
        )
        _ = try Site.build(BuildOptions(content: example, output: work + "/default"))
        _ = try Site.build(BuildOptions(content: example, output: work + "/exported", templates: work + "/theme"))
        let (defaultSite, exportedSite) = (TestSupport.snapshot(work + "/default"), TestSupport.snapshot(work + "/exported"))
        XCTAssertGreaterThan(defaultSite.count, 60)
        XCTAssertEqual(defaultSite.keys.sorted(), exportedSite.keys.sorted())
        for (path, bytes) in defaultSite { XCTAssertEqual(bytes, exportedSite[path], path) }
        // A second export into the same folder overwrites nothing.
        XCTAssertThrowsError(try Theme.export(to: work + "/theme"))
        // Nor does an export write through a link that leads out of the folder, even one that leads nowhere yet.
        try FileManager.default.createDirectory(atPath: work + "/linked", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: work + "/linked/table.mustache", withDestinationPath: work + "/outside.txt")
        XCTAssertThrowsError(try Theme.export(to: work + "/linked"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/outside.txt"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/linked/layout.mustache"), "nothing is written")
    }

    func testOverridingOnlyTheTablePartialChangesEveryDataTableOnEveryPage() throws {
        let table =
            "<table class=\"themed\"><caption>{{caption}}</caption>{{#rows}}<tr><th>{{header}}</th>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>{{/rows}}</table>\n"
        let content = try report(with: ["table.mustache": table])
        let output = TestSupport.temporaryFolder(self) + "/site"
        _ = try Site.build(BuildOptions(content: content, output: output))
        let site = pages(output)
        XCTAssertTrue(site.keys.contains { $0.hasPrefix("units/") }, "the example has unit pages")
        var tables = 0
        for (path, html) in site {
            XCTAssertFalse(html.contains("class=\"table-wrap\""), "\(path) still has a table the partial did not render")
            tables += html.components(separatedBy: "<table class=\"themed\">").count - 1
            XCTAssertEqual(html.components(separatedBy: "<table").count - 1, html.components(separatedBy: "<table class=\"themed\">").count - 1, path)
        }
        XCTAssertGreaterThan(tables, 300)
        XCTAssertTrue(site["units/north/dimensions/voc.html"]?.contains("<table class=\"themed\">") ?? false, "unit pages use the theme's table")
    }

    func testOverridingOnlyTheNavPartialChangesTheNavigationEverywhere() throws {
        let nav = "<nav class=\"themed-nav\">{{#nav}}<a href=\"{{href}}\">{{label}}</a>{{/nav}}</nav>\n"
        let content = try report(with: ["nav.mustache": nav])
        let output = TestSupport.temporaryFolder(self) + "/site"
        _ = try Site.build(BuildOptions(content: content, output: output))
        for (path, html) in pages(output) {
            XCTAssertTrue(html.contains("<nav class=\"themed-nav\">"), path)
            XCTAssertFalse(html.contains("<ul class=\"nav dims\">"), path)
        }
    }

    func testOverridingTheEmailPartsChangesTheEmail() throws {
        let content = try report(with: [
            "email.mustache": "<!DOCTYPE html><html lang=\"en\"><body><p class=\"themed\">{{title}}: {{overallScore}}</p></body></html>\n",
            "email-text.mustache": "THEMED {{title}}: {{overallScore}}\n",
        ])
        let output = TestSupport.temporaryFolder(self) + "/site"
        _ = try Email.build(EmailOptions(build: BuildOptions(content: content, output: output), to: ["a@example.com"], from: "b@example.com"))
        let html = String(decoding: try XCTUnwrap(FileManager.default.contents(atPath: output + "/email/summary.html")), as: UTF8.self)
        XCTAssertEqual(html, "<!DOCTYPE html><html lang=\"en\"><body><p class=\"themed\">Customer Experience Maturity 2026: 3.01</p></body></html>\n")
        let message = String(decoding: try XCTUnwrap(FileManager.default.contents(atPath: output + "/email/summary.eml")), as: UTF8.self)
        XCTAssertTrue(message.contains("THEMED Customer Experience Maturity 2026: 3.01"), message)
    }

    func testOneStringChangesEveryPageAndThePaletteReachesStylesChartsAndEmail() throws {
        let content = try report(with: ["strings.yaml": "nav_roadmap: \"Plan of action\"\n", "palette.yaml": "current: \"#123456\"\n"])
        let output = TestSupport.temporaryFolder(self) + "/site"
        _ = try Email.build(EmailOptions(build: BuildOptions(content: content, output: output), to: ["a@example.com"], from: "b@example.com"))
        let site = pages(output)
        for (path, html) in site where !path.hasPrefix("email/") {
            XCTAssertTrue(html.contains(">Plan of action</a>"), path)
            XCTAssertFalse(html.contains(">Roadmap</a>"), path)
        }
        XCTAssertTrue(site["index.html"]?.contains("stroke=\"#123456\"") ?? false, "the radar uses the palette")
        XCTAssertTrue(site["dimensions/voc.html"]?.contains("border-left-color: #123456") ?? false, "the stylesheet uses the palette")
        XCTAssertTrue(site["email/summary.html"]?.contains("bgcolor=\"#123456\"") ?? false, "the email uses the palette")
    }

    func testBadStringsAndPaletteEntriesAreErrorsAtTheirLines() throws {
        let content = try report(with: [
            "strings.yaml": "nav_roadmap: \"{{#site}}x{{/site}}\"\nnav_trendz: \"Trends\"\nnav_units: \"Units\\u202E\"\n",
            "palette.yaml": "text: \"red; background: url(x)\"\ntrend_width: 1e9\n",
            "footer.mustache": "<footer>{{t.no_such_string}}</footer>\n",
        ])
        let failure = try XCTUnwrap(TestSupport.build(content, into: TestSupport.temporaryFolder(self) + "/site"))
        let lines = failure.diagnostics.map { $0.description.replacingOccurrences(of: content + "/", with: "") }
        func has(_ prefix: String) -> Bool { lines.contains { $0.hasPrefix(prefix) } }
        XCTAssertTrue(has("templates/strings.yaml:1:14: error: the string \"nav_roadmap\": only {{name}} tags are allowed"), "\(lines)")
        XCTAssertTrue(has("templates/strings.yaml:2:1: warning: unknown string key \"nav_trendz\""), "\(lines)")
        XCTAssertTrue(has("templates/strings.yaml:3:12: error: the string \"nav_units\" contains"), "\(lines)")
        XCTAssertTrue(has("templates/palette.yaml:1:7: error: the palette entry 'text' must be a colour"), "\(lines)")
        XCTAssertTrue(has("templates/palette.yaml:2:14: error: the palette entry 'trend_width' must be a number"), "\(lines)")
        XCTAssertTrue(has("templates/footer.mustache:1:9: error: template uses the string 't.no_such_string'"), "\(lines)")
    }

    func testEveryStringSwiftAsksForIsInTheDefaultStrings() throws {
        let strings = try String(contentsOfFile: BuiltIns.templatesDirectory + "/strings.yaml", encoding: .utf8)
        var log = DiagnosticLog(stage: .render)
        var theme = ThemeStrings()
        theme.read(strings, file: "strings.yaml", known: nil, into: &log)
        XCTAssertFalse(log.hasErrors)
        let sources = TestSupport.repositoryRoot.appendingPathComponent("Sources/MaturityKit").path
        let pattern = try NSRegularExpression(pattern: #"words(?:\.count)?\("([a-z0-9_]+)""#)
        var asked = Set<String>()
        for file in FileAccess.filesIncludingHidden(under: sources) where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                asked.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        XCTAssertGreaterThan(asked.count, 90)
        let counted = ["gap_stages", "outcome_hidden_groups"]
        for key in asked.sorted() {
            if counted.contains(key) {
                XCTAssertNotNil(theme.pieces[key + "_one"], key); XCTAssertNotNil(theme.pieces[key + "_other"], key)
            } else {
                XCTAssertNotNil(theme.pieces[key], "Swift asks for the string '\(key)', which strings.yaml lacks")
            }
        }
    }
}

/// docs/themes.md documents every field a template can read: a field added to a view model without a line
/// there fails here.
final class TemplateDataDocsTests: XCTestCase {
    func testEveryViewModelFieldIsInTheTemplateDataReference() throws {
        let docs = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("docs/themes.md"), encoding: .utf8)
        var documented: [String: Set<String>] = [:]
        var heading = ""
        for line in docs.split(separator: "\n") {
            if line.hasPrefix("### `") { heading = String(line.dropFirst(5).prefix { $0 != "`" }); continue }
            if !heading.isEmpty, line.hasPrefix("| `") { documented[heading, default: []].insert(String(line.dropFirst(3).prefix { $0 != "`" })) }
        }
        var missing = Set<String>(), seen = Set<String>()
        func visit(_ value: Any) {
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional?, .collection?: mirror.children.forEach { visit($0.value) }
            case .struct?:
                guard value is any TemplateData else { return }
                let name = String(describing: type(of: value))
                seen.insert(name)
                for child in mirror.children {
                    if let label = child.label, !(documented[name]?.contains(label) ?? false) { missing.insert("\(name).\(label)") }
                    visit(child.value)
                }
            default: return
            }
        }
        for folder in [TestSupport.repositoryRoot.path + "/content", TestSupport.site("mixed")] {
            let context = try Pipeline.views.run(BuildOptions(content: folder))
            let views = try XCTUnwrap(context.views)
            views.pages.forEach { visit($0.view) }
            visit(EmailView.build(try XCTUnwrap(context.scored), index: views.index, words: try XCTUnwrap(context.theme).words))
        }
        XCTAssertGreaterThan(seen.count, 30)
        XCTAssertTrue(missing.isEmpty, "not in docs/themes.md: \(missing.sorted())")
    }
}

/// Tables of one shape are filled into a skeleton rendered once from the theme's `table` partial; that must
/// give exactly what rendering each table through the partial gives, whatever the partial does with cells.
final class TableSkeletonTests: XCTestCase {
    /// A tag with a transform turns skeletons off (the partial could change a cell), and renders nothing.
    private let skeletonsOff = "{{#lowercased(caption)}}{{/lowercased(caption)}}"

    private func build(table: String) throws -> [String: Data] {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.repositoryRoot.path + "/content", to: content)
        try FileManager.default.createDirectory(atPath: content + "/templates", withIntermediateDirectories: true)
        try table.write(toFile: content + "/templates/table.mustache", atomically: true, encoding: .utf8)
        let output = TestSupport.temporaryFolder(self) + "/site"
        _ = try Site.build(BuildOptions(content: content, output: output))
        return TestSupport.snapshot(output)
    }

    func testSkeletonsGiveWhatThePartialGives() throws {
        let standard = try String(contentsOfFile: BuiltIns.templatesDirectory + "/table.mustache", encoding: .utf8)
        // Cells escaped, cells raw, cells tested and repeated, positions in the row.
        let unusual = "<table>{{#rows}}<tr>{{#cells}}<td title=\"{{.}}\">{{{.}}}{{#.}}!{{/.}}{{^last()}},{{/last()}}</td>{{/cells}}</tr>{{/rows}}</table>\n"
        for partial in [standard, unusual] {
            let fast = try build(table: partial), full = try build(table: skeletonsOff + partial)
            XCTAssertEqual(fast.keys.sorted(), full.keys.sorted())
            for (path, bytes) in full { XCTAssertEqual(fast[path], bytes, path) }
        }
    }
}

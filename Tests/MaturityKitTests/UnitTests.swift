import Foundation
import XCTest

@testable import MaturityKit

/// Unit sub-reports: one per unit shown in the organisation's breakdown, safe slugs, hidden stays hidden.
final class UnitTests: XCTestCase {
    func testExampleRegionsGetSubReportsThatHideTheirSmallGroups() throws {
        let output = TestSupport.temporaryFolder(self) + "/site"
        XCTAssertNil(TestSupport.build(TestSupport.repositoryRoot.path + "/content", into: output))
        for region in ["east", "north", "south", "west"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/units/\(region)/index.html"), region)
            let page = try String(contentsOfFile: output + "/units/\(region)/dimensions/voc.html", encoding: .utf8)
            XCTAssertTrue(page.contains("the whole organisation (3.30)"), region)
            // Legal is small in every region; HR may show where a region has enough of it, but DisclosureTests
            // proves that no hidden cell can be worked out from what the organisation and the units publish.
            XCTAssertFalse(page.contains("<th scope=\"row\"><bdi>Legal</bdi></th>"), region)
        }
        let rollup = try String(contentsOfFile: output + "/units.html", encoding: .utf8)
        XCTAssertTrue(rollup.contains("4 units of region"))
        // East and South both read 3.31 on strategy: they share third place, with a no-break space before it.
        XCTAssertEqual(rollup.components(separatedBy: "<td>3.31\u{00A0}(#3)</td>").count - 1, 2)
    }

    func testSmallUnitsGetNoSubReportAndAreNotNamedAndSlugsAreSafe() throws {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        var csv = "respondent,function,unit,d1_1,d1_2,d1_3,d2_1,d2_2\n"
        let units = ["Zürich/Nord", "Zurich Nord", "..", "Tiny unit"]
        for (index, unit) in units.enumerated() {
            for respondent in 0..<(unit == "Tiny unit" ? 2 : 6) {
                csv += "R\(index)-\(respondent),F\(respondent % 2),\"\(unit)\",\(respondent % 5 + 1),3,4,2,\(index + 1)\n"
            }
        }
        let output = content + "/../site"
        if let failure = try buildWithUnits(csv, in: content, into: output) { XCTFail("\(failure)"); return }
        let folders = try FileManager.default.contentsOfDirectory(atPath: output + "/units").sorted()
        // "Tiny unit" (2) is hidden, and ".." too: the first of the smallest remaining units (secondary rule).
        // The two Zurich units fold to the same slug and are told apart by a suffix.
        XCTAssertEqual(folders, ["zurich-nord", "zurich-nord-2"])
        XCTAssertEqual(Slug.make(".."), "item")
        let rollup = try String(contentsOfFile: output + "/units.html", encoding: .utf8)
        XCTAssertFalse(rollup.contains("Tiny unit"))
        XCTAssertTrue(rollup.contains("2 smaller units of unit have no sub-report"))
    }

    func testUnitsMustNameAnAttribute() throws {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        let report = try String(contentsOfFile: content + "/report.yaml", encoding: .utf8)
        try (report + "units: business_unit\n").write(toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
        let failure = try XCTUnwrap(TestSupport.build(content, into: content + "/../site"))
        XCTAssertTrue(
            failure.description.contains("report.yaml:10:8: error: unknown attribute \"business_unit\" in 'units' (expected one of: function)"),
            failure.description)
    }
}

extension UnitTests {
    /// "Sales", "sales" and "Sales 2" get three folders, unique even where case is ignored, whatever the file order.
    func testUnitSlugsNeverCollide() throws {
        XCTAssertEqual(UnitScoring.uniqueSlugs(["Sales", "Sales 2", "sales"]), ["Sales": "sales", "Sales 2": "sales-2", "sales": "sales-3"])
        XCTAssertEqual(UnitScoring.uniqueSlugs(["A", "a", "a 2", "a-2"]), ["A": "a", "a": "a-3", "a 2": "a-2", "a-2": "a-2-2"])
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        var csv = "respondent,function,unit,d1_1,d1_2,d1_3,d2_1,d2_2\n"
        for (index, unit) in ["sales", "Sales 2", "Sales"].enumerated() {
            for respondent in 0..<6 { csv += "R\(index)-\(respondent),F\(respondent % 2),\(unit),\(index + 1),3,4,2,\(index + 1)\n" }
        }
        let output = content + "/../site"
        if let failure = try buildWithUnits(csv, in: content, into: output) { XCTFail("\(failure)"); return }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output + "/units").sorted(), ["sales", "sales-2", "sales-3"])
        let manifest = try String(contentsOfFile: output + "/.maturity-manifest", encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(manifest.count, Set(manifest).count, "no path listed twice")
        let rollup = try String(contentsOfFile: output + "/units.html", encoding: .utf8)
        for (folder, name) in [("sales", "Sales"), ("sales-2", "Sales 2"), ("sales-3", "sales")] {
            XCTAssertTrue(rollup.contains("href=\"units/\(folder)/index.html\"><bdi>\(name)</bdi></a>"), "\(name) links to its own folder")
        }
        // d1 scores 3.00 in "sales", 3.25 in "Sales 2" (and the whole organisation), 3.50 in "Sales".
        for (folder, own) in [("sales", "3.50"), ("sales-2", "3.25"), ("sales-3", "3.00")] {
            let page = try String(contentsOfFile: output + "/units/\(folder)/dimensions/d1.html", encoding: .utf8)
            XCTAssertTrue(page.contains(own), "\(folder) shows its own unit's figures")
        }
        let pages = try ["sales", "sales-2", "sales-3"].map { try String(contentsOfFile: output + "/units/\($0)/dimensions/d1.html", encoding: .utf8) }
        XCTAssertEqual(Set(pages).count, 3)
    }

    /// The scoring fixture with these responses and `units: unit`, built into `output`.
    private func buildWithUnits(_ csv: String, in content: String, into output: String) throws -> BuildFailure? {
        try csv.write(toFile: content + "/waves/now/responses.csv", atomically: true, encoding: .utf8)
        let report = try String(contentsOfFile: content + "/report.yaml", encoding: .utf8)
        try report.replacingOccurrences(of: "attributes: [function]\nmin_group_size: 2", with: "attributes: [function, unit]\nunits: unit\nmin_group_size: 5")
            .write(toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
        return TestSupport.build(content, into: output)
    }
}

import Foundation
import XCTest

/// The typed reader of results.json that the other tests use must itself be strict: the committed example's
/// file decodes, and renaming any key the tests rely on makes decoding fail instead of giving nil.
final class ResultsFileTests: XCTestCase {
    private var example: String { TestSupport.repositoryRoot.path + "/output/data/results.json" }

    func testTheExampleSiteDecodes() throws {
        let results = try ResultsFile.read(example)
        XCTAssertEqual(results.report.organisation, "Parcelwise Delivery")
        XCTAssertNil(results.report.unit)
        let wave = try results.current()
        XCTAssertFalse(wave.dimensions.isEmpty)
        for dimension in wave.dimensions {
            XCTAssertEqual(Set(dimension.hiddenGroups.keys), Set(dimension.breakdowns.keys), dimension.id)
            XCTAssertFalse(dimension.items.isEmpty, dimension.id)
        }
    }

    func testAMissingKeyFailsDecoding() throws {
        let text = try String(contentsOfFile: example, encoding: .utf8)
        for key in ["min_group_size", "respondents", "overall", "score", "ci95", "target", "counts", "hidden_groups", "group"] {
            XCTAssertTrue(text.contains("\"\(key)\":"), key)
            let renamed = text.replacingOccurrences(of: "\"\(key)\":", with: "\"\(key)_gone\":")
            XCTAssertThrowsError(try JSONDecoder().decode(ResultsFile.self, from: Data(renamed.utf8)), key) { error in
                guard case DecodingError.keyNotFound(let missing, _) = error else { return XCTFail("\(key): \(error)") }
                XCTAssertEqual(missing.stringValue, key)
            }
        }
    }

    func testNullFiguresDecodeAsNil() throws {
        let json = #"{"score": null, "stage": null}"#
        let overall = try JSONDecoder().decode(ResultsFile.Overall.self, from: Data(json.utf8))
        XCTAssertNil(overall.score)
        XCTAssertNil(overall.stage)
        XCTAssertThrowsError(try JSONDecoder().decode(ResultsFile.Overall.self, from: Data(#"{"stage": "a"}"#.utf8)))
    }
}

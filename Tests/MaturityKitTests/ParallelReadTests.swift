import Foundation
import XCTest

@testable import MaturityKit

/// A file read in pieces on every core gives the figures of a read in one piece.
final class ParallelReadTests: XCTestCase {
    private func tally(_ path: String, model: MaturityModel, attributes: [String], pieceSize: UInt64, units: Int? = nil) -> (ResponseTally?, [Diagnostic]) {
        var reader = WaveReader(model: model, attributes: attributes, file: path)
        reader.pieceSize = pieceSize
        reader.unitAttribute = units
        return reader.read(path: path)
    }

    func testPiecesGiveTheSameFiguresAsOneRead() throws {
        let root = TestSupport.repositoryRoot.path
        let model = try XCTUnwrap(ModelLoader.load(text: try XCTUnwrap(BuiltIns.modelText(id: "cx-capabilities")), file: "m").0)
        let path = root + "/content/waves/2026-h2/responses.csv"
        XCTAssertGreaterThan(CSVScanner.splitPoints(path: path, pieceSize: 4096).count, 5)
        let (whole, _) = tally(path, model: model, attributes: ["function", "segment", "region"], pieceSize: 1 << 40, units: 2)
        let (pieces, diagnostics) = tally(path, model: model, attributes: ["function", "segment", "region"], pieceSize: 4096, units: 2)
        XCTAssertEqual(diagnostics, [])
        let a = try XCTUnwrap(whole), b = try XCTUnwrap(pieces)
        XCTAssertEqual(a.respondents, b.respondents)
        XCTAssertEqual(a.itemCounts, b.itemCounts)
        for (x, y) in zip(a.dimensions, b.dimensions) {
            XCTAssertEqual(x.n, y.n)
            XCTAssertEqual(x.mean, y.mean, accuracy: 1e-12)
            XCTAssertEqual(x.m2, y.m2, accuracy: 1e-9)
        }
        for attribute in 0..<3 {
            XCTAssertEqual(Set(a.groupNames[attribute]), Set(b.groupNames[attribute]))
            for (index, name) in a.groupNames[attribute].enumerated() {
                let other = try XCTUnwrap(b.groupNames[attribute].firstIndex(of: name))
                XCTAssertEqual(a.groupMoments[attribute][index].map(\.n), b.groupMoments[attribute][other].map(\.n))
            }
        }
        XCTAssertEqual(a.units.map(\.respondents).sorted(), b.units.map(\.respondents).sorted())
    }

    /// Attribute cells become groups by their trimmed text: blank, spaces and "" are all "Not stated" (even as
    /// the very first cells), and two hundred distinct values stay two hundred groups with the right counts.
    func testAttributeValuesAreGroupedByTheirText() throws {
        let model = try XCTUnwrap(
            ModelLoader.load(text: try String(contentsOfFile: TestSupport.site("scoring") + "/models/small.yaml", encoding: .utf8), file: "m").0)
        var csv = "respondent,function,team,d1_1,d1_2,d1_3,d2_1,d2_2\n"
        let blanks = ["", "  ", "\"\"", " \t"]
        for index in 0..<800 {
            let function = index < 8 ? blanks[index % 4] : (index % 2 == 0 ? "Sales" : " Sales ")
            csv += "R\(index),\(function),Team \(index % 200),3,4,2,5,1\n"
        }
        let path = TestSupport.temporaryFolder(self) + "/groups.csv"
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        for pieceSize: UInt64 in [1 << 40, 4096] {
            let (read, diagnostics) = tally(path, model: model, attributes: ["function", "team"], pieceSize: pieceSize)
            XCTAssertEqual(diagnostics, [])
            let tally = try XCTUnwrap(read)
            XCTAssertEqual(Set(tally.groupNames[0]), [GroupName.notStated, "Sales"])
            let notStated = try XCTUnwrap(tally.groupNames[0].firstIndex(of: GroupName.notStated))
            XCTAssertEqual(tally.groupMoments[0][notStated].map(\.n), [8, 8])
            XCTAssertEqual(tally.groupNames[1].count, 200)
            XCTAssertEqual(Set(tally.groupMoments[1].map { $0[0].n }), [4])
        }
    }

    /// Pieces that finish out of order are merged in file order (the figures depend on the order of the merges),
    /// and one failed piece fails the whole read.
    func testPiecesMergeInFileOrderWhateverOrderTheyFinish() {
        func piece(_ values: [Double], group: String) -> ResponseTally {
            var tally = ResponseTally(itemCount: 1, points: 5, dimensionCount: 1, attributeCount: 1)
            let slot = tally.group(group, attribute: 0)
            for value in values {
                tally.respondents += 1
                tally.dimensions[0].add(value)
                tally.groupMoments[0][slot][0].add(value)
            }
            return tally
        }
        let pieces = [piece([1, 2.5], group: "A"), piece([4.25, 3], group: "B"), piece([0.1, 5, 2.2], group: "C")]
        var inOrder = pieces[0]
        inOrder.merge(pieces[1])
        inOrder.merge(pieces[2])
        let merger = PieceMerger()
        for index in [2, 0, 1] { merger.add(index, pieces[index], rows: index + 1) }
        let result = merger.result(count: 3)
        XCTAssertEqual(result?.rows, 6)
        XCTAssertEqual(result?.tally.groupNames[0], ["A", "B", "C"], "merged as they finished")
        XCTAssertEqual(result?.tally.dimensions[0].mean, inOrder.dimensions[0].mean)
        XCTAssertEqual(result?.tally.dimensions[0].m2, inOrder.dimensions[0].m2)
        let failing = PieceMerger()
        failing.add(1, pieces[1], rows: 1)
        failing.add(0, nil, rows: 0)
        failing.add(2, pieces[2], rows: 1)
        XCTAssertNil(failing.result(count: 3))
        XCTAssertNil(PieceMerger().result(count: 1), "nothing added yet")
    }

    /// A cut inside a quoted field (a newline within quotes) is noticed, and the file is read in one piece.
    func testACutInsideQuotesFallsBackToOneRead() throws {
        let model = try XCTUnwrap(
            ModelLoader.load(text: try String(contentsOfFile: TestSupport.site("scoring") + "/models/small.yaml", encoding: .utf8), file: "m").0)
        var csv = "respondent,function,d1_1,d1_2,d1_3,d2_1,d2_2\n"
        for index in 0..<400 {
            csv += "R\(index),\"Team\n\(String(repeating: "x", count: 40))\",\(index % 5 + 1),3,4,2,5\n"
        }
        let path = TestSupport.temporaryFolder(self) + "/quoted.csv"
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        let (whole, _) = tally(path, model: model, attributes: ["function"], pieceSize: 1 << 40)
        let (pieces, diagnostics) = tally(path, model: model, attributes: ["function"], pieceSize: 2048)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(try XCTUnwrap(pieces).respondents, 400)
        XCTAssertEqual(try XCTUnwrap(whole).itemCounts, try XCTUnwrap(pieces).itemCounts)
        XCTAssertEqual(try XCTUnwrap(pieces).groupNames[0].count, 1)
    }

    /// Errors found in a later piece are reported with their exact line, as a read in one piece would.
    func testProblemsInALaterPieceKeepTheirLines() throws {
        let model = try XCTUnwrap(
            ModelLoader.load(text: try String(contentsOfFile: TestSupport.site("scoring") + "/models/small.yaml", encoding: .utf8), file: "m").0)
        var csv = "respondent,function,d1_1,d1_2,d1_3,d2_1,d2_2\n"
        for index in 0..<2000 { csv += "R\(index),F\(index % 3),\(index == 1500 ? "9" : "3"),3,4,2,5\n" }
        let path = TestSupport.temporaryFolder(self) + "/bad.csv"
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        let (result, diagnostics) = tally(path, model: model, attributes: ["function"], pieceSize: 4096)
        XCTAssertNil(result)
        XCTAssertEqual(diagnostics.map { "\($0.location.line):\($0.location.column)" }, ["1502:10"])
    }
}

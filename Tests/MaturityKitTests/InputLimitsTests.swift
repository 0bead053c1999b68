import Foundation
import XCTest

@testable import MaturityKit

/// Inputs built to crash, hang or balloon the tool: each must end quickly, in flat memory, with an error that
/// says where the problem is.
final class InputLimitsTests: XCTestCase {
    private func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    private func scoringCopy() -> String {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        return content
    }

    private func replace(_ path: String, _ old: String, _ new: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains(old), "\(path) has no \(old)")
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// A kilobyte of YAML whose keys are nested aliases took exponential time in Yams; a "billion laughs" list
    /// expands to 10^8 values. Both are refused at once, at the place they go wrong.
    func testAliasBombsFinishFastWithAnError() {
        var keyBomb = "a0: &a0 {x: 1, y: 2}\n"
        for level in 1...30 { keyBomb += "a\(level): &a\(level) {*a\(level - 1) : 1, z: *a\(level - 1)}\n" }
        var laughs = "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...8 { laughs += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        for (text, expected) in [
            (keyBomb, "2:10: error: an alias (*) cannot be used as a mapping key"),
            (laughs, "error: the document expands to more than 100000 values"),
        ] {
            var diagnostics: [Diagnostic] = []
            let time = seconds { diagnostics = ReportLoader.read(text: text, file: "report.yaml").1 }
            XCTAssertLessThan(time, 1, "took \(time) s")
            XCTAssertTrue(diagnostics.contains { $0.description.contains(expected) }, "\(diagnostics)")
            XCTAssertTrue(diagnostics.allSatisfy { $0.location.line > 0 && $0.location.column > 0 })
        }
        // Aliases as values within the limit still work (merge keys included).
        let fine = "base: &b {x: 1}\nuse: *b\nmerged: {<<: *b, y: 2}\n"
        XCTAssertNotNil(YAMLReader(file: "f.yaml").parse(fine))
    }

    /// An unclosed quote near the top of a 10 MB file: reported at the quote's line, in time that grows with the
    /// file (not its square), and in memory that does not grow with it.
    func testUnclosedQuoteFailsInLinearTimeAtItsLine() throws {
        let folder = TestSupport.temporaryFolder(self)
        let row = Array("R7,X,1,2,3,4,5\n".utf8)
        func file(_ megabytes: Double) throws -> String {
            let path = folder + "/\(megabytes).csv"
            var bytes = Array("respondent,function,d1_1,d1_2,d1_3,d2_1,d2_2\nR1,X,4,2,5,3,3\nR2,\"X,1,1,1,1,1\n".utf8)
            let rows = Int(megabytes * 1_000_000) / row.count
            bytes.reserveCapacity(bytes.count + rows * row.count)
            for _ in 0..<rows { bytes += row }
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            return path
        }
        let reader = WaveReader(model: FuzzCorpus.scoringModel, attributes: ["function"], file: "responses.csv")
        var times: [Double] = []
        let memoryBefore = PeakMemory.bytes()
        for size in [2.5, 10] {
            let path = try file(size)
            var diagnostics: [Diagnostic] = []
            times.append(seconds { diagnostics = reader.read(path: path).1 })
            XCTAssertEqual(
                diagnostics.first?.description,
                "responses.csv:3:4: error: expected a closing quote for the field that starts here, found the end of the file [load]")
        }
        XCTAssertLessThan(times[1], 10, "10 MB took \(times[1]) s")
        XCTAssertLessThan(times[1], times[0] * 8 + 0.2, "2.5 MB took \(times[0]) s, 10 MB \(times[1]) s: worse than linear")
        XCTAssertLessThan(PeakMemory.bytes() - memoryBefore, 64 << 20, "memory grew with the file")
    }

    /// A cell over 64 KiB (quoted or not) and a row over 1 MiB are errors at their line.
    func testOverlongCellsAndRowsAreErrorsAtTheirLine() throws {
        let folder = TestSupport.temporaryFolder(self)
        let header = "a,b\n1,2\n"
        let cases: [(String, String)] = [
            (header + "x," + String(repeating: "y", count: 70_000) + "\n", "3:3: expected a cell of at most 64 KiB, found a longer one"),
            (header + "\"" + String(repeating: "y", count: 70_000) + "\",2\n", "3:1: expected a cell of at most 64 KiB, found a longer quoted cell"),
            (header + String(repeating: "1,", count: 600_000) + "1\n", "3:1: expected a row of at most 1 MiB"),
        ]
        for (index, (text, expected)) in cases.enumerated() {
            let path = folder + "/\(index).csv"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            for chunk in [1 << 12, CSVScanner.chunkSize] {
                XCTAssertThrowsError(try CSVScanner.scan(path: path, chunkSize: chunk) { _, _ in }) { error in
                    let syntax = error as? CSVSyntaxError
                    XCTAssertEqual(syntax.map { "\($0.line):\($0.column): \($0.message)" }?.hasPrefix(expected), true, "\(String(describing: syntax))")
                }
            }
        }
        let fine = folder + "/fine.csv"
        try (header + "\"" + String(repeating: "y", count: 60_000) + "\",2\n").write(toFile: fine, atomically: true, encoding: .utf8)
        var rows = 0
        try CSVScanner.scan(path: fine, chunkSize: 1 << 12) { _, _ in rows += 1 }
        XCTAssertEqual(rows, 3)
    }

    /// `weight: 1e308` passed `models validate` and then crashed the build (SIGILL in the heatmap).
    func testHugeWeightIsRefusedByModelsValidateAndByBuild() throws {
        let content = scoringCopy()
        try replace(content + "/models/small.yaml", "weight: 2 }", "weight: 1e308 }")
        let expected = "small.yaml:17:50: error: expected 'weight' in item 'd1_3' above 0 and at most 1000, found 1e308"
        let run = try TestSupport.run(["models", "validate", content + "/models/small.yaml"])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.stderr.contains(expected), run.stderr)
        let failure = try XCTUnwrap(TestSupport.build(content, into: content + "/../output"))
        XCTAssertTrue(failure.errors.contains { $0.description.contains(expected) }, "\(failure)")
    }

    /// A 60 MB title took 896 MB and wrote 1.3 GB; it is now refused before the file is read.
    func testSixtyMegabyteTitleIsRefusedQuickly() throws {
        let content = scoringCopy()
        try replace(content + "/report.yaml", "Scoring fixture", String(repeating: "T", count: 60_000_000))
        let memoryBefore = PeakMemory.bytes()
        var failure: BuildFailure?
        let time = seconds { failure = TestSupport.build(content, into: content + "/../output") }
        XCTAssertLessThan(time, 1)
        XCTAssertLessThan(PeakMemory.bytes() - memoryBefore, 32 << 20)
        XCTAssertTrue(failure?.errors.first?.message.contains("may have at most 4194304 bytes") == true, "\(String(describing: failure))")
        // Under the file limit, the title's own limit applies.
        try replace(content + "/report.yaml", String(repeating: "T", count: 60_000_000), String(repeating: "T", count: 301))
        let short = try XCTUnwrap(TestSupport.build(content, into: content + "/../output"))
        XCTAssertTrue(
            short.errors.contains { $0.description.hasSuffix("report.yaml:1:8: error: 'title' is 301 characters long; a title may have at most 300 [load]") },
            "\(short)")
    }

    /// A commentary file over 1 MiB is refused.
    func testCommentaryOverOneMebibyteIsRefused() throws {
        let content = scoringCopy()
        try FileManager.default.createDirectory(atPath: content + "/commentary", withIntermediateDirectories: true)
        try String(repeating: "word ", count: 220_000).write(toFile: content + "/commentary/overview.md", atomically: true, encoding: .utf8)
        let failure = try XCTUnwrap(TestSupport.build(content, into: content + "/../output"))
        XCTAssertTrue(
            failure.errors.contains { $0.location.file.hasSuffix("commentary/overview.md") && $0.message.contains("at most 1048576 bytes") }, "\(failure)")
    }
}

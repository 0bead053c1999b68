import Foundation
import XCTest

@testable import MaturityKit

final class ModelsAndPlansTests: XCTestCase {
    /// A report for any model, with seeded answers for every item, so each built-in model is built end to end.
    private func makeReport(model id: String, at folder: String) throws -> MaturityModel {
        let model = try XCTUnwrap(ModelLoader.load(text: try XCTUnwrap(BuiltIns.modelText(id: id)), file: id).0)
        try FileManager.default.createDirectory(atPath: folder + "/waves/w1", withIntermediateDirectories: true)
        let items = model.dimensions.flatMap(\.items)
        var csv = "respondent,team," + items.map(\.id).joined(separator: ",") + "\n"
        var random = SplitMix(seed: 7)
        for respondent in 0..<60 {
            csv += "\(respondent),T\(respondent % 4)," + items.map { _ in String(Int(random.next() % 5) + 1) }.joined(separator: ",") + "\n"
        }
        try csv.write(toFile: folder + "/waves/w1/responses.csv", atomically: true, encoding: .utf8)
        try """
        title: \(id) test
        organisation: Test
        date: 2026-06-30
        model: \(id)
        targets: { default: \(model.stages[3].id) }
        waves:
          - { id: w1, date: 2026-06-01, responses: waves/w1/responses.csv }
        attributes: [team]
        """.write(toFile: folder + "/report.yaml", atomically: true, encoding: .utf8)
        return model
    }

    func testEveryBuiltInModelIsValidAndBuildsASite() throws {
        XCTAssertEqual(Models.builtIn().map(\.id), ["cx-capabilities", "cx-layers", "cx-tracks"])
        for id in BuiltIns.modelIDs {
            let work = TestSupport.temporaryFolder(self)
            let model = try makeReport(model: id, at: work + "/content")
            XCTAssertNil(TestSupport.build(work + "/content", into: work + "/site"), id)
            for dimension in model.dimensions {
                XCTAssertTrue(FileManager.default.fileExists(atPath: work + "/site/dimensions/\(dimension.id).html"), "\(id)/\(dimension.id)")
                XCTAssertEqual(model.stages.filter { (dimension.descriptors[$0.id] ?? "").isEmpty }.count, 0)
                XCTAssertFalse(dimension.items.isEmpty)
            }
            let index = try String(contentsOfFile: work + "/site/index.html", encoding: .utf8)
            XCTAssertTrue(index.contains("id=\"at-a-glance\""), id)
        }
    }

    func testTheLayersModelGroupsItsTenComponentsIntoFourLayers() throws {
        let model = try XCTUnwrap(ModelLoader.load(text: try XCTUnwrap(BuiltIns.modelText(id: "cx-layers")), file: "cx-layers").0)
        XCTAssertEqual(model.dimensions.count, 10)
        XCTAssertEqual(Set(model.dimensions.compactMap(\.group)), ["Cultural", "Governance & strategy", "Process", "Technology"])
        let tracks = try XCTUnwrap(ModelLoader.load(text: try XCTUnwrap(BuiltIns.modelText(id: "cx-tracks")), file: "cx-tracks").0)
        XCTAssertEqual(tracks.stages.map(\.name), ["Emerging", "Learning", "Committing", "Accelerating", "Excelling"])
        XCTAssertEqual(tracks.dimensions.map(\.id), ["vision", "leadership", "readiness"])
    }

    /// An exported model, copied into a report folder, is used as a custom model.
    func testExportedModelWorksAsACustomModel() throws {
        let work = TestSupport.temporaryFolder(self)
        _ = try makeReport(model: "cx-tracks", at: work + "/content")
        let run = try TestSupport.run(["models", "export", "cx-tracks", "--output", work + "/content/mine.yaml"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let report = try String(contentsOfFile: work + "/content/report.yaml", encoding: .utf8)
        try report.replacingOccurrences(of: "model: cx-tracks", with: "model: mine.yaml").write(
            toFile: work + "/content/report.yaml", atomically: true, encoding: .utf8)
        XCTAssertNil(TestSupport.build(work + "/content", into: work + "/site"))
        let again = try TestSupport.run(["models", "export", "cx-tracks", "--output", work + "/content/mine.yaml"])
        XCTAssertEqual(again.status, 1, "refuses to overwrite")
        XCTAssertEqual(try TestSupport.run(["models", "validate", work + "/content/mine.yaml"]).status, 0)
    }

    func testSurveyExportWritesACSVAndAPrintableForm() throws {
        let work = TestSupport.temporaryFolder(self)
        let run = try TestSupport.run(["survey", "--content", TestSupport.repositoryRoot.path + "/content", "--output", work + "/q"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let csv = try String(contentsOfFile: work + "/q/questionnaire.csv", encoding: .utf8)
        let lines = csv.split(separator: "\r\n")
        XCTAssertEqual(lines.count, 46)
        XCTAssertEqual(lines[0], "item_id,dimension_id,dimension,statement,reverse,weight,scale_min,scale_max,labels")
        XCTAssertTrue(lines[1].hasPrefix("purpose_1,purpose,Purpose,"))
        let html = try String(contentsOfFile: work + "/q/questionnaire.html", encoding: .utf8)
        XCTAssertEqual(html.components(separatedBy: "<tr><th scope=\"row\">").count - 1, 45)
        XCTAssertEqual(CSVText.field("=cmd()"), "'=cmd()")
        XCTAssertEqual(CSVText.field("a, \"b\""), "\"a, \"\"b\"\"\"")
    }

    func testPercentileRankInterpolatesBetweenQuartiles() {
        let figures = BenchmarkSet.Figures(n: 10, mean: 3, p25: 2.5, median: 3, p75: 3.5)
        let scale = MaturityModel.Scale(min: 1, max: 5, labels: [])
        XCTAssertEqual(BenchmarkLoader.percentileRank(3, figures, scale: scale), 50, accuracy: 1e-12)
        XCTAssertEqual(BenchmarkLoader.percentileRank(2.75, figures, scale: scale), 37.5, accuracy: 1e-12)
        XCTAssertEqual(BenchmarkLoader.percentileRank(1.75, figures, scale: scale), 12.5, accuracy: 1e-12)
        XCTAssertEqual(BenchmarkLoader.percentileRank(4.25, figures, scale: scale), 87.5, accuracy: 1e-12)
        XCTAssertEqual(BenchmarkLoader.percentileRank(1, figures, scale: scale), 0)
        XCTAssertEqual(BenchmarkLoader.percentileRank(5, figures, scale: scale), 100)
    }

    func testPeriodsAndOverdueInitiatives() throws {
        XCTAssertEqual(Period("2026-Q3")?.firstMonthIndex, 2026 * 12 + 6)
        XCTAssertEqual(Period("2026-Q3")?.lastMonthIndex, 2026 * 12 + 8)
        XCTAssertEqual(Period("2026-09").map(TestSupport.words.period), "Sep 2026")
        XCTAssertNil(Period("2026-13"))
        XCTAssertNil(Period("2026-Q0"))
        let initiative = Initiative(
            id: "x", title: "X", dimensions: ["d1"], owner: "", start: Period("2026-Q1")!, end: Period("2026-06")!,
            status: .inProgress, targetStage: nil, goal: nil, description: "", location: SourceLocation(file: "f"))
        XCTAssertTrue(initiative.isOverdue(reportDate: "2026-07-01"))
        XCTAssertFalse(initiative.isOverdue(reportDate: "2026-06-30"))
        var done = initiative
        done.status = .done
        XCTAssertFalse(done.isOverdue(reportDate: "2026-07-01"))
    }

    func testExampleRoadmapAndBenchmarksReachThePages() throws {
        let output = TestSupport.temporaryFolder(self) + "/site"
        XCTAssertNil(TestSupport.build(TestSupport.repositoryRoot.path + "/content", into: output))
        let roadmap = try String(contentsOfFile: output + "/roadmap.html", encoding: .utf8)
        XCTAssertTrue(roadmap.contains("one initiative should have ended before the report date and is not done"))
        XCTAssertTrue(roadmap.contains(">Personas</a>: Managed, target Defined</h3>"), "personas is the uncovered gap")
        // Strategy is named by one done and two planned initiatives, governance by one done and one in progress:
        // only those still to be finished are active.
        XCTAssertTrue(roadmap.contains("<th scope=\"row\"><bdi>Strategy</bdi></th><td>3.36</td><td>Defined</td><td>Optimized</td><td>1 stage</td><td>2</td>"))
        XCTAssertTrue(
            roadmap.contains(
                "<th scope=\"row\"><bdi>CX roles &amp; governance</bdi></th><td>2.93</td><td>Defined</td><td>Optimized</td><td>1 stage</td><td>1</td>"))
        let benchmark = try String(contentsOfFile: output + "/benchmark.html", encoding: .utf8)
        XCTAssertEqual(benchmark.components(separatedBy: "Illustrative figures:").count - 1, 2)
        XCTAssertTrue(benchmark.contains("Across benchmark sets"))
    }
}

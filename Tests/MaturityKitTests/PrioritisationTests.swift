import Foundation
import XCTest

@testable import MaturityKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Roadmap prioritisation: priority = (impact + value) / 2 × feasibility, open initiatives only, highest first
/// and equal priorities by id; quadrants split at 3 (3 is high). Expected figures are worked out by hand.
final class PrioritisationTests: XCTestCase {
    private func initiative(_ id: String, _ status: Initiative.Status, _ rating: (Int, Int, Int)?) -> Initiative {
        Initiative(
            id: id, title: id.capitalized, dimensions: ["d1"], owner: "", start: Period("2026-Q1")!, end: Period("2026-Q4")!,
            status: status, targetStage: nil, goal: nil, description: "", location: SourceLocation(file: "roadmap.yaml"),
            rating: rating.map { Initiative.Rating(impact: $0.0, value: $0.1, feasibility: $0.2) })
    }

    func testPriorityIsExactAndOrderedByPriorityThenId() {
        let initiatives = [
            initiative("delta", .planned, (4, 3, 4)), initiative("bravo", .atRisk, (4, 4, 2)), initiative("alpha", .inProgress, (2, 2, 4)),
            initiative("echo", .planned, (5, 5, 5)), initiative("golf", .planned, (2, 3, 3)), initiative("hotel", .done, (5, 5, 5)),
            initiative("india", .cancelled, (5, 5, 5)), initiative("juliet", .planned, nil),
        ]
        let ranked = Initiative.prioritised(initiatives)
        // 5·5/… : (5+5)/2×5 = 25; (4+3)/2×4 = 14; (2+2)/2×4 = 8 and (4+4)/2×2 = 8, alpha before bravo; (2+3)/2×3 = 7.5.
        XCTAssertEqual(ranked.map(\.initiative.id), ["echo", "delta", "alpha", "bravo", "golf"])
        XCTAssertEqual(ranked.map(\.rating.priority), [25, 14, 8, 8, 7.5])
        XCTAssertEqual(ranked.map { PrioritisationBuilder.halves($0.rating.priorityHalves, TestSupport.words.numbers) }, ["25", "14", "8", "8", "7.5"])
        XCTAssertEqual(Initiative.Rating(impact: 1, value: 1, feasibility: 1).priority, 1)
        XCTAssertEqual(Initiative.Rating(impact: 3, value: 4, feasibility: 3).priority, 10.5)
    }

    func testQuadrantBoundariesCountThreeAsHigh() {
        func quadrant(_ impact: Int, _ value: Int, _ feasibility: Int) -> Initiative.Quadrant {
            Initiative.Rating(impact: impact, value: value, feasibility: feasibility).quadrant
        }
        XCTAssertEqual(quadrant(3, 3, 3), .quickWin)
        XCTAssertEqual(quadrant(4, 2, 3), .quickWin, "a mean of exactly 3 is high")
        XCTAssertEqual(quadrant(3, 3, 2), .majorProject)
        XCTAssertEqual(quadrant(5, 1, 1), .majorProject)
        XCTAssertEqual(quadrant(3, 2, 3), .fillIn, "a mean of 2.5 is low")
        XCTAssertEqual(quadrant(1, 1, 5), .fillIn)
        XCTAssertEqual(quadrant(2, 3, 2), .reconsider)
        XCTAssertEqual(quadrant(1, 1, 1), .reconsider)
    }

    func testTheLoaderReadsAllThreeRatingsOrNone() throws {
        let modelText = try String(contentsOfFile: TestSupport.site("scoring") + "/models/small.yaml", encoding: .utf8)
        let model = try XCTUnwrap(ModelLoader.load(text: modelText, file: "small.yaml").0)
        let text = """
            initiatives:
              - { id: rated, title: Rated, dimensions: [d1], start: 2026-Q1, end: 2026-Q2, status: planned, impact: 5, value: 2, feasibility: 3 }
              - { id: plain, title: Plain, dimensions: [d2], start: 2026-Q1, end: 2026-Q2, status: planned }
            """
        let (initiatives, diagnostics) = RoadmapLoader.load(text: text, file: "roadmap.yaml", model: model)
        XCTAssertEqual(diagnostics.count, 0, "\(diagnostics)")
        XCTAssertEqual(initiatives.map(\.rating), [Initiative.Rating(impact: 5, value: 2, feasibility: 3), nil])
        let partial = text.replacingOccurrences(of: "impact: 5, value: 2, ", with: "")
        let (none, problems) = RoadmapLoader.load(text: partial, file: "roadmap.yaml", model: model)
        XCTAssertTrue(none.isEmpty)
        XCTAssertEqual(
            problems.map(\.description),
            [
                "roadmap.yaml:2:110: error: expected 'impact', 'value' and 'feasibility' for initiative 'rated', all three or none; 'impact' and 'value' missing [load]"
            ])
    }

    func testTheMatrixIsWellFormedAccessibleSVGAndSpotsStayReadable() throws {
        let templates = try TemplateSet.load(theme: BuiltIns.templatesDirectory, overrides: nil)
        let theme = ChartTheme(palette: templates.palette, words: templates.words)
        let points = [(4, 7), (4, 7), (4, 7), (2, 4)].map { PriorityMatrixChart.Point(title: "Fix <this> & that", feasibility: $0.0, worthHalves: $0.1) }
        let names = PriorityMatrixChart.Names(majorProjects: "M", quickWins: "Q", reconsider: "R", fillIns: "F", feasibility: "x", worth: "y")
        for layout in [ChartLayout.wide, .narrow] {
            let svg = PriorityMatrixChart.svg(points: points, names: names, layout: layout, title: "T & t", description: "D", id: "p", theme: theme)
            let parser = XMLParser(data: Data(svg.utf8))
            XCTAssertTrue(parser.parse(), "not well formed: \(String(describing: parser.parserError))")
            XCTAssertTrue(svg.contains("role=\"img\""))
            XCTAssertTrue(svg.contains(">T &amp; t</title>") && svg.contains(">D</desc>"))
            XCTAssertEqual(svg.components(separatedBy: "<circle").count - 1, 8, "a dot and a key entry per initiative")
        }
        let offsets = PriorityMatrixChart.spread(points, step: 22, columns: 3)
        XCTAssertEqual(offsets.map(\.0), [-22, 0, 22, 0], "the three at one spot side by side, centred; the fourth alone")
        XCTAssertEqual(offsets.map(\.1), [0, 0, 0, 0])
        let crowded = PriorityMatrixChart.spread(Array(repeating: points[0], count: 4), step: 20, columns: 2)
        XCTAssertEqual(crowded.map { [$0.0, $0.1] }, [[-10, -10], [10, -10], [-10, 10], [10, 10]])
    }

    /// The roadmap page shows the matrix and the list in priority order, says how many are left out, and
    /// results.json carries the ratings, priority and quadrant.
    func testTheRoadmapPageShowsTheMatrixAndTheListByPriority() throws {
        let work = TestSupport.temporaryFolder(self), content = work + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        let rows = [
            ("delta", "planned", "impact: 4, value: 3, feasibility: 4"), ("bravo", "at-risk", "impact: 4, value: 4, feasibility: 2"),
            ("alpha", "in-progress", "impact: 2, value: 2, feasibility: 4"), ("golf", "planned", "impact: 2, value: 3, feasibility: 3"),
            ("hotel", "done", "impact: 5, value: 5, feasibility: 5"), ("juliet", "planned", nil),
        ]
        let yaml = rows.map { id, status, rating in
            "  - { id: \(id), title: \(id.capitalized), dimensions: [d1], start: 2026-Q1, end: 2026-Q4, status: \(status)"
                + (rating.map { ", " + $0 } ?? "") + " }"
        }
        try ("initiatives:\n" + yaml.joined(separator: "\n") + "\n").write(toFile: content + "/roadmap.yaml", atomically: true, encoding: .utf8)
        XCTAssertNil(TestSupport.build(content, into: work + "/site"))
        let html = try String(contentsOfFile: work + "/site/roadmap.html", encoding: .utf8)
        XCTAssertTrue(html.contains("<h2 id=\"priorities-heading\">Prioritisation</h2>"))
        XCTAssertTrue(html.contains("<title id=\"priorities-title\">Prioritisation matrix</title>"))
        XCTAssertTrue(html.contains("<title id=\"priorities-narrow-title\">Prioritisation matrix</title>"))
        XCTAssertTrue(html.contains("2 initiatives are not prioritised"))
        let expected = [
            "1. Delta</bdi></th><td>4</td><td>3</td><td>4</td><td>14</td><td>Quick win</td><td>Planned</td>",
            "2. Alpha</bdi></th><td>2</td><td>2</td><td>4</td><td>8</td><td>Fill-in</td><td>In progress</td>",
            "3. Bravo</bdi></th><td>4</td><td>4</td><td>2</td><td>8</td><td>Major project</td><td>At risk</td>",
            "4. Golf</bdi></th><td>2</td><td>3</td><td>3</td><td>7.5</td><td>Fill-in</td><td>Planned</td>",
        ]
        let found = expected.map { html.range(of: $0)?.lowerBound }
        XCTAssertFalse(found.contains(nil), "rows missing: \(zip(expected, found).filter { $0.1 == nil }.map(\.0))")
        XCTAssertEqual(found.compactMap { $0 }, found.compactMap { $0 }.sorted(), "rows out of priority order")
        XCTAssertFalse(html.contains("Hotel</th><td>5"), "a done initiative is not prioritised")
        let results = try ResultsFile.read(work + "/site/data/results.json")
        let initiatives = try XCTUnwrap(results.initiatives)
        XCTAssertEqual(initiatives.map(\.id), ["delta", "bravo", "alpha", "golf", "hotel", "juliet"])
        XCTAssertEqual(initiatives.map(\.priority), [14, 8, 8, 7.5, 25, nil])
        XCTAssertEqual(initiatives.map(\.quadrant), ["quick-win", "major-project", "fill-in", "fill-in", "quick-win", nil])
        XCTAssertEqual(initiatives[0].impact, 4)
        XCTAssertEqual(initiatives[0].value, 3)
        XCTAssertEqual(initiatives[0].feasibility, 4)
        let json = try String(contentsOfFile: work + "/site/data/results.json", encoding: .utf8)
        XCTAssertTrue(json.contains("\"priority\": 14,") && json.contains("\"priority\": 7.5,"), "whole priorities as integers")
    }

    /// Without ratings the roadmap page has no prioritisation section.
    func testNoRatingsNoSection() throws {
        let work = TestSupport.temporaryFolder(self), content = work + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        try "initiatives:\n  - { id: a, title: A, dimensions: [d1], start: 2026-Q1, end: 2026-Q4, status: planned }\n".write(
            toFile: content + "/roadmap.yaml", atomically: true, encoding: .utf8)
        XCTAssertNil(TestSupport.build(content, into: work + "/site"))
        XCTAssertFalse(try String(contentsOfFile: work + "/site/roadmap.html", encoding: .utf8).contains("priorities-heading"))
    }
}

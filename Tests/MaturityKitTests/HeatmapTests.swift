import Foundation
import XCTest

@testable import MaturityKit

/// The breakdown heatmap: the group-against-rest test, the colour of a difference, readable text on every
/// colour, and ranks that agree with the figures shown.
final class HeatmapTests: XCTestCase {
    /// Group {1, 2, 3} against the rest {4, 5, 6, 7} of an organisation {1, …, 7}. By hand: the organisation has
    /// n 7, mean 4, Σ(x − 4)² = 28; the group n 3, mean 2, m2 2. The rest is then n 4, mean (28 − 6)/4 = 5.5,
    /// m2 = 28 − 2 − 3.5²·3·4/7 = 5. Welch: se² = 1/3 + (5/3)/4 = 0.75, t = 3.5/√0.75 = 4.04145,
    /// df = 0.75² / ((1/3)²/2 + (5/12)²/3) = 4.95918; scipy.stats.ttest_ind(equal_var=False) gives
    /// p = 0.01007694334798886.
    func testGroupAgainstTheRestByHand() throws {
        let group = GroupContrast.Sums(n: 3, mean: 2, m2: 2), whole = GroupContrast.Sums(n: 7, mean: 4, m2: 28)
        let rest = try XCTUnwrap(GroupContrast.rest(of: group, in: whole))
        XCTAssertEqual(rest.n, 4)
        XCTAssertEqual(rest.mean, 5.5, accuracy: 1e-12)
        XCTAssertEqual(rest.m2, 5, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(GroupContrast.pValue(group: group, whole: whole)), 0.01007694334798886, accuracy: 1e-9)
        // The same through the results the pages see: the organisation's sd is √(28/6).
        let dimension = DimensionResult(
            id: "d", score: 4, n: 7, sd: (28.0 / 6).squareRoot(), ci95: nil, stage: 0, target: 0, items: [], breakdowns: [])
        let shown = GroupResult(name: "g", figures: (3, 2), m2: 2)
        XCTAssertTrue(GroupContrast.differs(shown, of: dimension))
        XCTAssertEqual(try XCTUnwrap(GroupContrast.pValue(shown, of: dimension)), 0.01007694334798886, accuracy: 1e-9)
        // A hidden group has no figures, hence no test; nor does a group with no one left beside it.
        XCTAssertNil(GroupContrast.pValue(GroupResult(name: "h", figures: nil), of: dimension))
        XCTAssertNil(GroupContrast.pValue(group: whole, whole: whole))
    }

    /// Group {1, …, 5} against {2, 4, 6, 8, 10, 3}: scipy gives p = 0.12298494819731119, not beyond the noise.
    func testAGroupWithinTheNoise() throws {
        var group = ResponseTally.Moments(), whole = ResponseTally.Moments()
        for value in [1.0, 2, 3, 4, 5] { group.add(value); whole.add(value) }
        for value in [2.0, 4, 6, 8, 10, 3] { whole.add(value) }
        let p = try XCTUnwrap(
            GroupContrast.pValue(
                group: .init(n: group.n, mean: group.mean, m2: group.m2), whole: .init(n: whole.n, mean: whole.mean, m2: whole.m2)))
        XCTAssertEqual(p, 0.12298494819731119, accuracy: 1e-9)
    }

    /// The colour steps begin at 0.10, 0.25 and 0.50 points on a 1–5 scale, judged on the difference as shown.
    func testColourOfADifference() {
        let bounds = HeatmapChart.steps(MaturityModel.Scale(min: 1, max: 5, labels: []))
        XCTAssertEqual(bounds, [0.1, 0.25, 0.5])
        let cases: [(Double, Int)] = [(0, 3), (0.094, 3), (0.0951, 4), (-0.1, 2), (0.2499, 5), (0.3, 5), (-0.49, 1), (0.5, 6), (-2, 0), (4, 6)]
        for (difference, step) in cases { XCTAssertEqual(HeatmapChart.step(difference, bounds), step, "\(difference)") }
        for (bound, expected) in zip(HeatmapChart.steps(MaturityModel.Scale(min: 1, max: 7, labels: [])), [0.15, 0.375, 0.75]) {
            XCTAssertEqual(bound, expected, accuracy: 1e-12)
        }
    }

    /// WCAG contrast from relative luminance, and every heatmap colour gets text of at least 4.5:1.
    func testReadableTextOnEveryColour() throws {
        let white = try XCTUnwrap(HexColour("#ffffff")), black = try XCTUnwrap(HexColour("#000"))
        XCTAssertEqual(black.contrast(with: white), 21, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(HexColour("#777777")).contrast(with: white), 4.478, accuracy: 0.001)
        let templates = try TemplateSet.load(theme: BuiltIns.templatesDirectory, overrides: nil)
        let theme = ChartTheme(palette: templates.palette, words: templates.words)
        XCTAssertEqual(theme.heatmapDiverging.count, 7)
        for fill in theme.heatmapDiverging {
            let ink = try XCTUnwrap(HexColour(theme.readableText(on: fill)))
            XCTAssertGreaterThanOrEqual(ink.contrast(with: try XCTUnwrap(HexColour(fill))), 4.5, fill)
        }
    }

    /// Units that read the same share a rank, and the next rank is skipped (1, 2, 2, 4).
    func testTiesShareARankByTheFiguresShown() {
        XCTAssertEqual(UnitPagesBuilder.ranks([3.312, 3.309, 3.48, nil, 2.0]), [2, 2, 1, nil, 4])
        XCTAssertEqual(UnitPagesBuilder.ranks([3.32, 3.31]), [1, 2])
    }

    /// On the example's breakdown page every triangle in a chart has a "Yes" in its table, two more per chart
    /// for the legend, and the table gives the change since the previous wave.
    func testMarkersAgreeWithTheTable() throws {
        let output = TestSupport.temporaryFolder(self) + "/site"
        XCTAssertNil(TestSupport.build(TestSupport.repositoryRoot.path + "/content", into: output))
        let page = try String(contentsOfFile: output + "/breakdown.html", encoding: .utf8)
        for section in page.components(separatedBy: "<section").dropFirst() {
            let triangles = section.components(separatedBy: "<polygon").count - 1
            let marked = section.components(separatedBy: "<td>Yes, ").count - 1
            XCTAssertGreaterThan(marked, 0)
            XCTAssertEqual(triangles, marked + 2)
            XCTAssertTrue(section.contains("<th scope=\"col\">Change since"))
        }
        XCTAssertFalse(page.contains("…"), "no header is cut")
    }
}

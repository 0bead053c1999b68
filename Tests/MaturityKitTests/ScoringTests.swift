import XCTest

@testable import MaturityKit

/// Figures checked against values worked out by hand from Fixtures/sites/scoring (see the comments).
final class ScoringTests: XCTestCase {
    private func results() throws -> ResultsFile {
        let output = TestSupport.temporaryFolder(self) + "/site"
        XCTAssertNil(TestSupport.build(TestSupport.site("scoring"), into: output))
        return try ResultsFile.read(output + "/data/results.json")
    }

    func testDimensionScoresFollowReverseWeightAndHalfAnsweredRules() throws {
        let wave = try results().current()
        // d1 per respondent: R1 (4 + (6−2) + 2·5)/4 = 4.5; R2 (3 + (6−4))/2 = 2.5; R3 answered 1 of 3 (< 2): none;
        // R4 (5 + 5 + 10)/4 = 5; R5 labels Agree = 4, disagree = 2 → (4 + 4 + 6)/4 = 3.5.
        let d1 = try wave.dimension("d1")
        XCTAssertEqual(d1.n, 4)
        XCTAssertEqual(try XCTUnwrap(d1.score), 3.875, accuracy: 1e-12)
        let sd1 = (3.6875 / 3).squareRoot()
        XCTAssertEqual(try XCTUnwrap(d1.sd), sd1, accuracy: 1e-12)
        let ci = try XCTUnwrap(d1.ci95)
        XCTAssertEqual(ci.count, 2)
        // t(0.975, 3) = 3.182446305284263 (published tables: 3.182).
        XCTAssertEqual(ci[0], 3.875 - 3.182446305284263 * sd1 / 2, accuracy: 1e-9)
        XCTAssertEqual(ci[1], 3.875 + 3.182446305284263 * sd1 / 2, accuracy: 1e-9)
        XCTAssertEqual(d1.stage, "b")
        XCTAssertEqual(d1.target, "c")

        // d2: R1 3; R2 answered 1 of 2 (half, rounded up, is 1): 5; R3 3; R4 none; R5 1.
        let d2 = try wave.dimension("d2")
        XCTAssertEqual(d2.n, 4)
        XCTAssertEqual(try XCTUnwrap(d2.score), 3.0, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(d2.sd), (8.0 / 3).squareRoot(), accuracy: 1e-12)

        XCTAssertEqual(wave.respondents, 5)
        XCTAssertEqual(try XCTUnwrap(wave.overall.score), 3.4375, accuracy: 1e-12)
        XCTAssertEqual(wave.overall.stage, "b")
    }

    func testItemCountsAndMeansAreOfRawAnswers() throws {
        let items = try results().current().dimension("d1").items
        XCTAssertEqual(items.count, 3)
        XCTAssertEqual(items[0].counts, [0, 0, 1, 2, 1])
        XCTAssertEqual(try XCTUnwrap(items[0].mean), 4.0, accuracy: 1e-12)
        XCTAssertEqual(items[1].counts, [1, 2, 0, 1, 0])
        XCTAssertEqual(try XCTUnwrap(items[1].mean), 2.25, accuracy: 1e-12)
        XCTAssertEqual(items[2].counts, [1, 0, 1, 0, 2])
        XCTAssertEqual(items[2].n, 4)
    }

    func testSmallGroupsCarryNoFigures() throws {
        let d1 = try results().current().dimension("d1")
        let groups = try XCTUnwrap(d1.breakdowns["function"])
        XCTAssertEqual(groups.map(\.group), ["X"])
        XCTAssertEqual(d1.hiddenGroups["function"], 2)
        XCTAssertEqual(groups[0].n, 2)
        XCTAssertEqual(groups[0].score, 3.5, accuracy: 1e-12)
    }

    /// One attribute's groups under a shown total: the single hidden group takes the smallest shown one with it,
    /// and hidden groups that together hold fewer than the minimum take more.
    func testComplementarySuppressionWithinOneAttribute() {
        func hidden(_ sizes: [Int], minimum: Int = 5) -> [Bool] {
            var tables = LinkedTables()
            let total = tables.cell(n: sizes.reduce(0, +))
            let groups = sizes.map { tables.cell(n: $0) }
            tables.sum(total: total, parts: groups)
            _ = Suppression.protect(&tables, minimum: minimum)
            XCTAssertFalse(tables.isHidden(total))
            return groups.map(tables.isHidden)
        }
        // B is under 5; being the only hidden one, C (6, the smallest remaining) is hidden too.
        XCTAssertEqual(hidden([10, 3, 6, 8]), [false, true, true, false])
        // A and B are both small but together hold 3: C joins them, so all three are hidden (total 8).
        XCTAssertEqual(hidden([2, 1, 5]), [true, true, true])
        // Ties are broken by name: B and C both hold 6, B sorts first.
        XCTAssertEqual(hidden([9, 6, 6, 4]), [false, true, false, true])
        XCTAssertEqual(hidden([5, 5]), [false, false])
    }

    func testStudentTQuantilesMatchPublishedTables() {
        let table: [(Double, Double)] = [(1, 12.7062047), (2, 4.30265273), (5, 2.57058184), (10, 2.22813885), (30, 2.04227246), (120, 1.97993040)]
        for (df, expected) in table {
            XCTAssertEqual(Statistics.studentTQuantile(0.975, degreesOfFreedom: df), expected, accuracy: 1e-6, "df \(df)")
        }
        XCTAssertEqual(Statistics.studentTQuantile(0.975, degreesOfFreedom: 1e6), 1.959966, accuracy: 1e-5)
    }

    func testStagesComeFromThresholds() throws {
        let (model, diagnostics) = ModelLoader.load(text: try XCTUnwrap(BuiltIns.modelText(id: "cx-capabilities")), file: "built-in")
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }, [])
        let m = try XCTUnwrap(model)
        XCTAssertEqual(m.stages[m.stageIndex(forScore: 1.0)].id, "initial")
        XCTAssertEqual(m.stages[m.stageIndex(forScore: 1.79)].id, "initial")
        XCTAssertEqual(m.stages[m.stageIndex(forScore: 1.8)].id, "managed")
        XCTAssertEqual(m.stages[m.stageIndex(forScore: 3.4)].id, "optimized")
        XCTAssertEqual(m.stages[m.stageIndex(forScore: 5)].id, "advanced")
    }
}

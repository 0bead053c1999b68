import Foundation
import XCTest

@testable import MaturityKit

/// Outcome figures against values worked out independently: the formulas by hand, the intervals and tests
/// with scipy 1.17 (`binomtest(...).proportion_ci(method="wilson")`, `t.interval`, `pearsonr(...)
/// .confidence_interval()`, `ttest_ind(equal_var=False)`).
final class OutcomeStatisticsTests: XCTestCase {
    func testNPSScoreAndAdjustedWaldInterval() {
        let nps = OutcomeStatistics.NPS(promoters: 5, passives: 3, detractors: 2)
        XCTAssertEqual(nps.score, 30, accuracy: 1e-12)
        XCTAssertEqual(nps.ci95.low, -19.05061537636367, accuracy: 1e-9)
        XCTAssertEqual(nps.ci95.high, 65.20446153020983, accuracy: 1e-9)
        // All promoters: the interval is clamped at 100.
        XCTAssertEqual(OutcomeStatistics.NPS(promoters: 3, passives: 0, detractors: 0).ci95.high, 100)
    }

    func testCSATWilsonInterval() {
        let (score, interval) = OutcomeStatistics.csat(satisfied: 7, n: 10)
        XCTAssertEqual(score, 70, accuracy: 1e-12)
        XCTAssertEqual(interval.low, 39.67781474611453, accuracy: 1e-9)
        XCTAssertEqual(interval.high, 89.22087325936991, accuracy: 1e-9)
        let none = OutcomeStatistics.csat(satisfied: 0, n: 12).ci95
        XCTAssertEqual(none.low, 0, accuracy: 1e-12)
        XCTAssertEqual(none.high, 24.249400665524085, accuracy: 1e-9)
    }

    func testCESMeanSDAndStudentInterval() {
        let ces = OutcomeStatistics.MeanFigures(values: [1, 2, 2, 3, 5, 6, 7, 7])
        XCTAssertEqual(ces.mean, 4.125, accuracy: 1e-12)
        XCTAssertEqual(ces.sd, 2.416461403433896, accuracy: 1e-12)
        XCTAssertEqual(ces.ci95!.low, 2.104787710418569, accuracy: 1e-9)
        XCTAssertEqual(ces.ci95!.high, 6.145212289581432, accuracy: 1e-9)
    }

    func testPearsonAndFisherInterval() {
        let pairs: [(Double, Double)] = [(1, 2), (2, 4), (3, 5), (4, 4), (5, 10), (2, 3), (4, 8)]
        let r = OutcomeStatistics.pearson(pairs)!
        XCTAssertEqual(r, 0.8672905986208662, accuracy: 1e-12)
        let interval = OutcomeStatistics.fisher(r, n: pairs.count)!
        XCTAssertEqual(interval.low, 0.3293143484763144, accuracy: 1e-9)
        XCTAssertEqual(interval.high, 0.9801759665659405, accuracy: 1e-9)
        XCTAssertNil(OutcomeStatistics.fisher(0.5, n: 3), "no interval below four pairs")
        XCTAssertNil(OutcomeStatistics.pearson([(1, 1), (1, 2), (1, 3)]), "no r when one side does not vary")
    }

    func testChangesBetweenSurveys() {
        let nps = OutcomeStatistics.npsChange(.init(promoters: 30, passives: 40, detractors: 30), .init(promoters: 45, passives: 35, detractors: 20))
        XCTAssertEqual(nps.difference, 25, accuracy: 1e-12)
        XCTAssertEqual(nps.statistic!, 2.331945066252989, accuracy: 1e-9)
        XCTAssertTrue(nps.beyondNoise)
        let csat = OutcomeStatistics.csatChange((40, 80), (60, 90))
        XCTAssertEqual(csat.statistic!, 2.228344058124622, accuracy: 1e-9)
        XCTAssertTrue(csat.beyondNoise)
        let ces = OutcomeStatistics.cesChange(.init(values: [1, 2, 2, 3, 5, 6, 7, 7]), .init(values: [3, 4, 5, 5, 6, 7, 7, 7, 6, 5]))
        XCTAssertEqual(ces.statistic!, 1.4388292997959982, accuracy: 1e-9)
        XCTAssertFalse(ces.beyondNoise, "p = 0.179")
    }

    func testMetricStatus() {
        func metric(_ better: BusinessMetric.Direction, _ points: [(String, Double)], target: (Double, String)?) -> MetricResult.Status {
            let series = points.map { (period: Period($0.0)!, value: $0.1) }
            let goal = target.map { (value: $0.0, by: Period($0.1)!) }
            let location = SourceLocation(file: "outcomes.yaml")
            return ScoreOutcomes.metric(
                BusinessMetric(id: "m", name: "M", unit: "percent", better: better, series: series, target: goal, location: location)
            ).status
        }
        // Falling 0.2 a month from 12.9 at the end of September 2026 reaches 10 in mid-November 2027.
        XCTAssertEqual(metric(.lower, [("2026-Q2", 13.5), ("2026-Q3", 12.9)], target: (10, "2027-12")), .onTrack)
        XCTAssertEqual(metric(.lower, [("2026-Q2", 13.5), ("2026-Q3", 12.9)], target: (10, "2027-10")), .offTrack)
        XCTAssertEqual(metric(.lower, [("2026-Q2", 13.5), ("2026-Q3", 9.9)], target: (10, "2027-10")), .met)
        XCTAssertEqual(metric(.higher, [("2026-06", 420), ("2026-07", 419)], target: (480, "2030-12")), .offTrack, "moving away")
        XCTAssertEqual(metric(.higher, [("2026-06", 420)], target: (480, "2030-12")), .noTrend)
        XCTAssertEqual(metric(.higher, [("2026-06", 480)], target: (480, "2030-12")), .met, "reaching the target exactly is met")
        XCTAssertEqual(metric(.higher, [("2026-06", 420)], target: nil), .noTarget)
    }

    func testLabelsAreReadByTheirLeadingNumber() {
        XCTAssertEqual(OutcomeSurveyReader.answer("10 - Extremely likely", range: 0...10), 10)
        XCTAssertEqual(OutcomeSurveyReader.answer("0 - Not at all likely", range: 0...10), 0)
        XCTAssertEqual(OutcomeSurveyReader.answer(" 7 ", range: 0...10), 7)
        XCTAssertEqual(OutcomeSurveyReader.answer("4.0", range: 1...5), 4)
        XCTAssertEqual(OutcomeSurveyReader.answer("", range: 1...5), SurveyAnswers.blank)
        XCTAssertNil(OutcomeSurveyReader.answer("11", range: 0...10))
        XCTAssertNil(OutcomeSurveyReader.answer("4.5", range: 1...5))
        XCTAssertNil(OutcomeSurveyReader.answer("Extremely likely", range: 0...10))
        XCTAssertNil(OutcomeSurveyReader.answer("12345678901234567890", range: 0...10))
    }
}

/// A tiny report with a customer survey, built end to end; figures checked against hand-worked values.
final class OutcomeBuildTests: XCTestCase {
    func testSurveyFiguresAndProtectedBreakdown() throws {
        let work = TestSupport.temporaryFolder(self)
        let content = work + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        let report = try String(contentsOfFile: content + "/report.yaml", encoding: .utf8) + "outcomes: outcomes.yaml\n"
        try report.write(toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
        try """
        surveys:
          - { id: s1, date: 2026-01-20, responses: customers.csv, columns: { nps: ltr, csat: sat }, attributes: [segment] }
        links: { nps: [d1] }
        """.write(toFile: content + "/outcomes.yaml", atomically: true, encoding: .utf8)
        let ltr = ["10", "9", "9", "8", "7", "6", "5", "0", "10 - Extremely likely", "9", "3", "8"]
        let sat = ["5", "4", "4", "3", "2", "1", "5", "4", "", "5", "2", "3"]
        let segment = ["A", "A", "A", "A", "A", "B", "B", "B", "B", "B", "C", "B"]
        let rows = (0..<12).map { "\($0 + 1),\(segment[$0]),\(ltr[$0]),\(sat[$0])" }
        try (["id,segment,ltr,sat"] + rows).joined(separator: "\n").write(toFile: content + "/customers.csv", atomically: true, encoding: .utf8)
        XCTAssertNil(TestSupport.build(content, into: work + "/out"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: work + "/out/data/results.json"))) as! [String: Any]
        let survey = ((json["outcomes"] as! [String: Any])["surveys"] as! [[String: Any]])[0]
        XCTAssertEqual(survey["n"] as? Int, 12)
        let nps = survey["nps"] as! [String: Any]
        XCTAssertEqual(nps["promoters"] as? Int, 5)
        XCTAssertEqual(nps["detractors"] as? Int, 4)
        XCTAssertEqual(nps["score"] as! Double, 8.333333333333334, accuracy: 1e-12)
        let ci = nps["ci95"] as! [Double]
        XCTAssertEqual(ci[0], -35.53876761354336, accuracy: 1e-9)
        XCTAssertEqual(ci[1], 48.87210094687669, accuracy: 1e-9)
        let csat = survey["csat"] as! [String: Any]
        XCTAssertEqual(csat["n"] as? Int, 11, "a blank is not an answer")
        XCTAssertEqual(csat["score"] as! Double, 54.54545454545455, accuracy: 1e-12)
        // C (1 respondent) is under the threshold of 2; with it alone hidden, total − A − B would give it away,
        // so the smaller of the others (A, 5) is hidden too. Only B is named, and the file counts two hidden.
        let groups = (survey["breakdowns"] as! [String: Any])["segment"] as! [[String: Any]]
        XCTAssertEqual(groups.map { $0["group"] as? String }, ["B"])
        XCTAssertEqual(((groups[0]["nps"] as! [String: Any])["score"] as! Double), -16.666666666666668, accuracy: 1e-12)
        XCTAssertEqual((survey["hidden_groups"] as! [String: Any])["segment"] as? Int, 2)
        let everything = try String(contentsOfFile: work + "/out/data/results.json", encoding: .utf8)
        XCTAssertFalse(everything.contains("\"A\""))
        XCTAssertFalse(everything.contains("\"C\""))
    }
}

/// Customer surveys are read in the layouts waves are: a Qualtrics export recognised from its third row, and a
/// plain file of fewer than three rows whose second row is already an answer.
final class OutcomeSurveyLayoutTests: XCTestCase {
    private func build(_ csv: String) throws -> [String: Any] {
        let work = TestSupport.temporaryFolder(self)
        let content = work + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        let report = try String(contentsOfFile: content + "/report.yaml", encoding: .utf8) + "outcomes: outcomes.yaml\n"
        try report.write(toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
        try "surveys:\n  - { id: s1, date: 2026-01-20, responses: c.csv, columns: { nps: Recommend } }\n"
            .write(toFile: content + "/outcomes.yaml", atomically: true, encoding: .utf8)
        try csv.write(toFile: content + "/c.csv", atomically: true, encoding: .utf8)
        if let failure = TestSupport.build(content, into: work + "/out") { XCTFail(failure.errors.map(\.description).joined(separator: "\n")) }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: work + "/out/data/results.json"))) as! [String: Any]
        return ((json["outcomes"] as! [String: Any])["surveys"] as! [[String: Any]])[0]
    }

    func testAQualtricsExportIsRecognisedFromItsThirdRow() throws {
        let survey = try build(
            """
            Q1,Q2
            Recommend,Region
            "{""ImportId"":""QID1""}","{""ImportId"":""QID2""}"
            10,North
            3,South

            """)
        XCTAssertEqual(survey["n"] as? Int, 2, "the three header rows are not respondents")
        XCTAssertEqual((survey["nps"] as! [String: Any])["score"] as! Double, 0, accuracy: 1e-12)
    }

    func testAPlainFileOfTwoRespondentsReadsBothAsAnswers() throws {
        let survey = try build("Recommend\n9\n10\n")
        XCTAssertEqual(survey["n"] as? Int, 2)
        XCTAssertEqual((survey["nps"] as! [String: Any])["score"] as! Double, 100, accuracy: 1e-12)
    }
}

/// What a reader of the example report sees of its outcomes (the committed `output/`, a fresh build of
/// `content/` as `SiteBuildTests` checks).
final class OutcomePageTests: XCTestCase {
    private func page(_ path: String) throws -> String {
        try String(contentsOfFile: TestSupport.repositoryRoot.path + "/output/" + path, encoding: .utf8)
    }

    func testOutcomePageHasACardPerOutcomeWithItsFigures() throws {
        let html = try page("outcomes.html")
        for id in ["nps", "csat", "ces", "churn", "clv"] { XCTAssertTrue(html.contains("id=\"outcome-\(id)\""), id) }
        let results = try JSONSerialization.jsonObject(with: Data(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("output/data/results.json")))
        let outcomes = (results as! [String: Any])["outcomes"] as! [String: Any]
        let latest = (outcomes["surveys"] as! [[String: Any]]).last!
        let nps = (latest["nps"] as! [String: Any])["score"] as! Double
        // The card shows the score from results.json, to one decimal with its sign, and the churn status.
        XCTAssertTrue(html.contains(OutcomeTiles.signed(TestSupport.words.numbers, nps, places: 1)), "NPS \(nps)")
        XCTAssertTrue(html.contains("On track"))
        XCTAssertTrue(html.contains("Off track"))
        XCTAssertTrue(html.contains("not a cause"), "the unit plots say what r is not")
        for chart in ["nps-composition", "nps-drivers", "outcome-line-nps", "link-nps-voc"] {
            XCTAssertTrue(html.contains("aria-labelledby=\"\(chart)-title \(chart)-desc\"") || html.contains("id=\"\(chart)-title\""), chart)
        }
    }

    func testOutcomesReachTheOverviewDimensionPagesRoadmapAndEmail() throws {
        let index = try page("index.html")
        let glance = String(index[index.range(of: "id=\"at-a-glance\"")!.lowerBound...].prefix { _ in true }.split(separator: "</section>")[0])
        XCTAssertTrue(glance.contains("class=\"outcome-chips\""))
        XCTAssertTrue(glance.contains("href=\"outcomes.html#outcome-churn\""))
        let voc = try page("dimensions/voc.html")
        XCTAssertTrue(voc.contains("Outcomes this dimension should move"))
        XCTAssertTrue(voc.contains("href=\"../outcomes.html#outcome-nps\""))
        XCTAssertFalse(try page("dimensions/purpose.html").contains("href=\"../outcomes.html#outcome-nps\""), "purpose is not linked to NPS")
        let roadmap = try page("roadmap.html")
        XCTAssertTrue(roadmap.contains("<a href=\"outcomes.html#outcome-nps\">Net Promoter Score</a> from −5.3 (now +2.8) to +15"), "goal naming nps")
        XCTAssertFalse(try page("units/north/index.html").contains("class=\"outcome-chips\""), "outcomes are the organisation's")
    }

    func testASurveyBelowTheThresholdShowsNoFigures() throws {
        let work = TestSupport.temporaryFolder(self)
        let content = work + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        var report = try String(contentsOfFile: content + "/report.yaml", encoding: .utf8)
        report = report.replacingOccurrences(of: "min_group_size: 2", with: "min_group_size: 20") + "outcomes: outcomes.yaml\n"
        try report.write(toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
        try "surveys:\n  - { id: small, date: 2026-01-20, responses: c.csv, columns: { nps: ltr } }\n"
            .write(toFile: content + "/outcomes.yaml", atomically: true, encoding: .utf8)
        try "id,ltr\n1,9\n2,10\n3,4\n".write(toFile: content + "/c.csv", atomically: true, encoding: .utf8)
        XCTAssertNil(TestSupport.build(content, into: work + "/out"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: work + "/out/data/results.json"))) as! [String: Any]
        let survey = ((json["outcomes"] as! [String: Any])["surveys"] as! [[String: Any]])[0]
        XCTAssertTrue(survey["n"] is NSNull)
        XCTAssertTrue(survey["nps"] is NSNull)
        let html = try String(contentsOfFile: work + "/out/outcomes.html", encoding: .utf8)
        XCTAssertTrue(html.contains("Surveys with fewer than 20 respondents show no figures: small"))
        XCTAssertFalse(html.contains("id=\"outcome-nps\""))
    }
}

/// The loader reads what the editor schema calls valid (the schema's own valid fixture), so the two agree.
final class OutcomeSchemaAgreementTests: XCTestCase {
    func testTheSchemasValidOutcomesFileLoads() throws {
        let path = TestSupport.fixtures.appendingPathComponent("schemas/valid/outcomes.yaml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let (model, _) = ModelLoader.load(text: BuiltIns.modelText(id: "cx-capabilities")!, file: "built-in")
        let (outcomes, diagnostics) = OutcomesLoader.load(text: text, file: path, model: try XCTUnwrap(model))
        XCTAssertEqual(diagnostics.map(\.description), [])
        let metric = try XCTUnwrap(outcomes?.metrics.first { $0.id == "complaint-days" })
        XCTAssertEqual(metric.series.map(\.period.text), ["2024", "2025"])
        XCTAssertEqual(metric.target?.by.lastMonthIndex, 2027 * 12 + 11, "a year's target is due at its end")
    }

    func testYearsAndHalfYearsReadAsTheyAreWritten() throws {
        let words = try TemplateSet.load(theme: BuiltIns.templatesDirectory, overrides: nil).words
        XCTAssertEqual(words.period(Period(metric: "2026")!), "2026")
        XCTAssertEqual(words.period(Period(metric: "2026-H2")!), "H2 2026")
        XCTAssertEqual(words.period(Period(metric: "2026-Q3")!), "Q3 2026")
        XCTAssertNil(Period("2026-H2"), "roadmap periods stay months and quarters")
        XCTAssertNil(Period(metric: "2026-H3"))
    }
}

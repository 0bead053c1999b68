import XCTest

/// `maturity diff` on two report folders, on identical inputs, and on inputs it cannot read.
final class DiffFolderTests: XCTestCase {
    /// Version b of the fixture: a fifth respondent (function Y, answering 3 on One and 4 on Two), a target,
    /// a benchmark median, an initiative's end and a new initiative, a new commentary file.
    /// One stays 3.00 (n 4 → 5); Two (3 + 3 + 4 + 4 + 4) / 5 = 3.60; overall (3.00 + 3.60) / 2 = 3.30.
    private func folders() throws -> String {
        let work = TestSupport.temporaryFolder(self)
        for name in ["a", "b"] {
            try DiffFixture.writeFirstVersion(work + "/" + name)
            try FileManager.default.createDirectory(atPath: work + "/\(name)/benchmarks", withIntermediateDirectories: true)
            let median = name == "a" ? "3.0" : "3.2"
            try DiffFixture.write(
                work + "/\(name)/benchmarks/peers.yaml",
                "name: Peers\nsource: Made up for this test.\ndimensions:\n  d1: { n: 10, mean: 3.1, p25: 2.5, median: \(median), p75: 3.6 }\n")
            let report = try String(contentsOfFile: work + "/\(name)/report.yaml", encoding: .utf8)
            try DiffFixture.write(work + "/\(name)/report.yaml", report + "benchmarks: [benchmarks/peers.yaml]\n")
        }
        let b = work + "/b"
        try DiffFixture.write(b + "/waves/now/responses.csv", DiffFixture.firstAnswers + "R5,Y,3,3,3,4,4\n")
        let report = try String(contentsOfFile: b + "/report.yaml", encoding: .utf8)
        try DiffFixture.write(b + "/report.yaml", report.replacingOccurrences(of: "{ default: c }", with: "{ default: c, dimensions: { d2: b } }"))
        try DiffFixture.write(
            b + "/roadmap.yaml",
            DiffFixture.roadmap(status: "planned").replacingOccurrences(of: "2026-Q2", with: "2026-Q3")
                + "  - { id: ask-again, title: \"Ask again in spring\", dimensions: [d2], start: 2026-03, end: 2026-04, status: planned }\n")
        try FileManager.default.createDirectory(atPath: b + "/commentary/dimensions", withIntermediateDirectories: true)
        try DiffFixture.write(b + "/commentary/dimensions/d1.md", "One is steady.\n")
        return work
    }

    func testFolderAgainstFolder() throws {
        let run = try TestSupport.run(["diff", "a", "b"], in: try folders())
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertEqual(
            run.stdout,
            """
            a → b: 10 differences

            Overall
              Organisation: score 3.25 → 3.30 (+0.05)
              Organisation: n 4 → 5

            Dimensions
              One: n 4 → 5
              Two: score 3.50 → 3.60 (+0.10)
              Two: n 4 → 5

            Targets
              Two: target C → B

            Benchmarks
              Peers: One: median 3.00 → 3.20

            Roadmap
              added: Ask again in spring (ask-again)
              Close the survey loop: end 2026-Q2 → 2026-Q3

            Commentary
              added: commentary/dimensions/d1.md

            """)
    }

    func testIdenticalInputsExitZero() throws {
        let work = try folders()
        let text = try TestSupport.run(["diff", "a", "a"], in: work)
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertEqual(text.stdout, "a → a: no differences\n")
        let same = try TestSupport.run(["diff", "a", "a", "--format", "markdown"], in: work)
        XCTAssertEqual(same.status, 0, same.stderr)
        XCTAssertEqual(same.stdout, "**maturity diff** a → a: no differences\n")
        let repo = try DiffFixture.repository(in: work)
        let head = try TestSupport.run(["diff", "git:HEAD", ".", "--format", "json"], in: repo + "/report")
        XCTAssertEqual(head.status, 0, head.stderr)
        XCTAssertEqual(head.stdout, "{\n  \"old\": \"git:HEAD\",\n  \"new\": \".\",\n  \"differs\": false,\n  \"changes\": []\n}\n")
    }

    func testBadRevisionExitsTwoWithAMessage() throws {
        let repo = try DiffFixture.repository(in: TestSupport.temporaryFolder(self))
        let run = try TestSupport.run(["diff", "git:no-such-branch", "git:HEAD", "--content", "report"], in: repo)
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stdout, "")
        XCTAssertEqual(run.stderr, "git:no-such-branch: error: unknown revision \"no-such-branch\" in the repository of \"report\" [load]\n")
        try FileManager.default.createDirectory(atPath: repo + "/later", withIntermediateDirectories: true)
        let missing = try TestSupport.run(["diff", "git:HEAD", "."], in: repo + "/later")
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.hasPrefix("git:HEAD: error: the report folder \"later\" is not in revision \"HEAD\" [load]\n"), missing.stderr)
        let early = try TestSupport.run(["diff", "git:HEAD~5", "git:HEAD", "--content", "report", "--format", "yaml"], in: repo)
        XCTAssertEqual(early.status, 2)
        XCTAssertEqual(early.stderr, "error: unknown --format 'yaml' (expected text, markdown or json)\n")
    }

    /// An error in a committed version names the file as `git:REV:path`, with its line; nothing is printed on stdout.
    func testErrorsAtARevisionNameTheRevision() throws {
        let repo = try DiffFixture.repository(in: TestSupport.temporaryFolder(self))
        try DiffFixture.write(repo + "/report/roadmap.yaml", DiffFixture.roadmap(status: "sideways"))
        try DiffFixture.git(["commit", "-q", "-a", "-m", "third"], in: repo)
        let run = try TestSupport.run(["diff", "git:HEAD~1", "git:HEAD", "--content", "report"], in: repo)
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stdout, "")
        XCTAssertTrue(run.stderr.hasPrefix("git:HEAD:report/roadmap.yaml:2:"), run.stderr)
        let outside = try TestSupport.run(["diff", "git:HEAD", "."], in: TestSupport.temporaryFolder(self))
        XCTAssertEqual(outside.status, 2)
        XCTAssertTrue(
            outside.stderr.hasPrefix("git:HEAD: error: the report folder \".\" (--content) is not inside a git repository [load]\n"), outside.stderr)
    }

    /// With a minimum of 5 the new version withholds every figure of its 4 respondents: the diff shows dashes and
    /// "not shown", never a withheld score, n or group (the 4 respondents in all stay: the site shows that number).
    func testWithheldFiguresAreNotPrinted() throws {
        let work = TestSupport.temporaryFolder(self)
        try DiffFixture.writeFirstVersion(work + "/a")
        try DiffFixture.writeFirstVersion(work + "/b")
        let report = try String(contentsOfFile: work + "/b/report.yaml", encoding: .utf8)
        try DiffFixture.write(work + "/b/report.yaml", report.replacingOccurrences(of: "min_group_size: 2", with: "min_group_size: 5"))
        let run = try TestSupport.run(["diff", "a", "b"], in: work)
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertEqual(
            run.stdout,
            """
            a → b: 12 differences

            Overall
              Organisation: score 3.25 → –
              Organisation: stage B → –

            Dimensions
              One: score 3.00 → –
              One: stage B → –
              One: n 4 → –
              Two: score 3.50 → –
              Two: stage B → –
              Two: n 4 → –

            Groups shown
              One: function "X": shown → not shown
              One: function "Y": shown → not shown
              Two: function "X": shown → not shown
              Two: function "Y": shown → not shown

            """)
    }
}

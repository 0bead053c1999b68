import XCTest

/// `maturity diff git:OLD git:NEW` on a repository with two commits, in each format, with the exact output.
/// Figures are worked out by hand in `DiffFixture`.
final class DiffGitTests: XCTestCase {
    private func diff(_ format: String) throws -> TestSupport.Run {
        let repo = try DiffFixture.repository(in: TestSupport.temporaryFolder(self))
        return try TestSupport.run(["diff", "git:HEAD~1", "git:HEAD", "--content", "report", "--format", format], in: repo)
    }

    func testText() throws {
        let run = try diff("text")
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertEqual(run.stderr, "")
        XCTAssertEqual(
            run.stdout,
            """
            git:HEAD~1 → git:HEAD: 8 differences

            Overall
              Organisation: score 3.25 → 4.25 (+1.00)
              Organisation: stage B → C

            Dimensions
              One: score 3.00 → 5.00 (+2.00)
              One: stage B → C

            Groups shown
              One: function "X": shown → not shown
              Two: function "X": shown → not shown

            Roadmap
              Close the survey loop: status planned → in-progress

            Commentary
              commentary/overview.md: changed

            """)
    }

    func testMarkdown() throws {
        let run = try diff("markdown")
        XCTAssertEqual(run.status, 1, run.stderr)
        let table = "| | what | before | after |\n|---|---|---|---|\n"
        XCTAssertEqual(
            run.stdout,
            "**maturity diff** git:HEAD~1 → git:HEAD: 8 differences (overall 2, dimensions 2, groups shown 2, roadmap 1, commentary 1)\n\n"
                + "### Overall\n\n\(table)| Organisation | score | 3.25 | 4.25 (+1.00) |\n| Organisation | stage | B | C |\n\n"
                + "### Dimensions\n\n\(table)| One | score | 3.00 | 5.00 (+2.00) |\n| One | stage | B | C |\n\n"
                + "### Groups shown\n\n\(table)| One: function \"X\" |  | shown | not shown |\n| Two: function \"X\" |  | shown | not shown |\n\n"
                + "### Roadmap\n\n\(table)| Close the survey loop | status | planned | in-progress |\n\n"
                + "### Commentary\n\n\(table)| commentary/overview.md | changed |  |  |\n")
    }

    func testJSON() throws {
        let run = try diff("json")
        XCTAssertEqual(run.status, 1, run.stderr)
        let changes: [[String: Any]] = [
            change("overall", "", "Organisation", "score", "3.25", "4.25", delta: "+1.00"),
            change("overall", "", "Organisation", "stage", "b", "c"),
            change("dimensions", "d1", "One", "score", "3.00", "5.00", delta: "+2.00"),
            change("dimensions", "d1", "One", "stage", "b", "c"),
            change("groups", "d1/function/X", "One: function \"X\"", "shown", "yes", "no"),
            change("groups", "d2/function/X", "Two: function \"X\"", "shown", "yes", "no"),
            change("roadmap", "survey-loop", "Close the survey loop", "status", "planned", "in-progress"),
            change("commentary", "commentary/overview.md", "commentary/overview.md", "content", nil, nil),
        ]
        let expected: [String: Any] = ["old": "git:HEAD~1", "new": "git:HEAD", "differs": true, "changes": changes]
        let parsed = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? NSDictionary
        XCTAssertEqual(parsed, expected as NSDictionary)
        // Keys in a fixed order, every key always present.
        XCTAssertTrue(run.stdout.hasPrefix("{\n  \"old\": \"git:HEAD~1\",\n  \"new\": \"git:HEAD\",\n  \"differs\": true,\n  \"changes\": [\n    {\n"))
        XCTAssertTrue(
            run.stdout.contains(
                "      \"section\": \"overall\",\n      \"kind\": \"changed\",\n      \"id\": \"\",\n      \"name\": \"Organisation\",\n"
                    + "      \"field\": \"score\",\n      \"old\": \"3.25\",\n      \"new\": \"4.25\",\n      \"delta\": \"+1.00\"\n"))
    }

    private func change(
        _ section: String, _ id: String, _ name: String, _ field: String, _ old: String?, _ new: String?, delta: String? = nil
    ) -> [String: Any] {
        [
            "section": section, "kind": "changed", "id": id, "name": name, "field": field, "old": old ?? NSNull(), "new": new ?? NSNull(),
            "delta": delta ?? NSNull(),
        ]
    }

    /// The repository is only read: the working tree, the index and HEAD are as they were.
    func testNothingIsCheckedOut() throws {
        let repo = try DiffFixture.repository(in: TestSupport.temporaryFolder(self))
        try DiffFixture.write(repo + "/report/roadmap.yaml", DiffFixture.roadmap(status: "done"))
        let before = try DiffFixture.git(["status", "--porcelain"], in: repo) + DiffFixture.git(["rev-parse", "HEAD"], in: repo)
        let run = try TestSupport.run(["diff", "git:HEAD~1", "."], in: repo + "/report")
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(run.stdout.contains("  Close the survey loop: status planned → done\n"), run.stdout)
        XCTAssertEqual(try DiffFixture.git(["status", "--porcelain"], in: repo) + DiffFixture.git(["rev-parse", "HEAD"], in: repo), before)
    }
}

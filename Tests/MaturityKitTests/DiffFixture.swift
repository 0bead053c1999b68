import Foundation
import XCTest

/// A small report in a temporary git repository, for `maturity diff`: the built-in-free model of the scoring
/// fixture, four respondents, one initiative, one commentary file. `commitSecondVersion` changes what the
/// issue asks a diff to find: a stage (dimension One from 3.00 to 5.00), an initiative's status, the overview.
enum DiffFixture {
    /// Every respondent answers 3 on dimension One (item d1_2 is reversed: 6 − 3 = 3), so One scores 3.00 (stage B);
    /// Two: function X answers 3 and function Y 4, so 3.50 (B); overall (3.00 + 3.50) / 2 = 3.25 (B).
    static let firstAnswers = """
        respondent,function,d1_1,d1_2,d1_3,d2_1,d2_2
        R1,X,3,3,3,3,3
        R2,X,3,3,3,3,3
        R3,Y,3,3,3,4,4
        R4,Y,3,3,3,4,4

        """
    /// One becomes 5 for everyone (d1_2 = 1, reversed to 5): 5.00, stage C; overall (5.00 + 3.50) / 2 = 4.25 (C).
    /// R2 moves to function Z: X and Z have one respondent each, under the minimum of 2, so X is no longer shown.
    static let secondAnswers = """
        respondent,function,d1_1,d1_2,d1_3,d2_1,d2_2
        R1,X,5,1,5,3,3
        R2,Z,5,1,5,3,3
        R3,Y,5,1,5,4,4
        R4,Y,5,1,5,4,4

        """

    /// Writes the first version into `folder` (created).
    static func writeFirstVersion(_ folder: String) throws {
        let manager = FileManager.default
        for sub in ["models", "waves/now", "commentary"] { try manager.createDirectory(atPath: folder + "/" + sub, withIntermediateDirectories: true) }
        try manager.copyItem(atPath: TestSupport.site("scoring") + "/models/small.yaml", toPath: folder + "/models/small.yaml")
        try write(
            folder + "/report.yaml",
            """
            title: Diff fixture
            organisation: Test Org
            date: 2026-01-31
            model: models/small.yaml
            targets: { default: c }
            waves:
              - { id: now, date: 2026-01-15, responses: waves/now/responses.csv }
            attributes: [function]
            min_group_size: 2

            """)
        try write(folder + "/waves/now/responses.csv", firstAnswers)
        try write(folder + "/roadmap.yaml", roadmap(status: "planned"))
        try write(folder + "/commentary/overview.md", "---\ntitle: Summary\n---\nFirst findings.\n")
    }

    /// The second version's changes, written over the first.
    static func writeSecondVersion(_ folder: String) throws {
        try write(folder + "/waves/now/responses.csv", secondAnswers)
        try write(folder + "/roadmap.yaml", roadmap(status: "in-progress"))
        try write(folder + "/commentary/overview.md", "---\ntitle: Summary\n---\nSecond findings.\n")
    }

    static func roadmap(status: String) -> String {
        """
        initiatives:
          - { id: survey-loop, title: "Close the survey loop", dimensions: [d1], start: 2026-Q1, end: 2026-Q2, status: \(status) }

        """
    }

    /// A repository in `work/repo` with the report in `report/`, committed twice.
    static func repository(in work: String) throws -> String {
        let repo = work + "/repo"
        try writeFirstVersion(repo + "/report")
        try git(["init", "-q", "-b", "main"], in: repo)
        try git(["add", "-A"], in: repo)
        try git(["commit", "-q", "-m", "first"], in: repo)
        try writeSecondVersion(repo + "/report")
        try git(["commit", "-q", "-a", "-m", "second"], in: repo)
        return repo
    }

    static func write(_ path: String, _ text: String) throws { try text.write(toFile: path, atomically: true, encoding: .utf8) }

    /// Runs git with a fixed identity and no user or system configuration; returns what it printed.
    @discardableResult
    static func git(_ arguments: [String], in directory: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        (environment["GIT_CONFIG_NOSYSTEM"], environment["GIT_CONFIG_GLOBAL"]) = ("1", "/dev/null")
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "git \(arguments.joined(separator: " "))")
        return String(decoding: data, as: UTF8.self)
    }
}

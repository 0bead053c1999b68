import Foundation
import XCTest

@testable import MaturityKit

/// The one runner every command goes through: which steps each command runs, what the steps say while they
/// run, and how their diagnostics reach the one sink.
final class PipelineTests: XCTestCase {
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

    func testCommandsDifferOnlyInWhichStepsRun() {
        let site = ["load", "validate", "theme", "read waves", "score", "views", "render"]
        XCTAssertEqual(Pipeline.build.steps.map(\.name), site + ["check links", "write"])
        XCTAssertEqual(Pipeline.check.steps.map(\.name), site + ["render pages", "check links"])
        XCTAssertEqual(Pipeline.serve.steps.map(\.name), Pipeline.build.steps.map(\.name))
        let email = Pipeline.email(EmailOptions(build: BuildOptions())).steps.map(\.name)
        XCTAssertEqual(email, ["flags", "load", "address", "validate", "theme", "read waves", "score", "views", "render", "email", "check links", "write"])
        XCTAssertEqual(Pipeline.questionnaire.steps.map(\.name), ["load", "validate", "theme", "questionnaire", "write"])
    }

    func testProgressNamesEachStepInOrder() throws {
        let content = scoringCopy()
        let lines = LockedLines()
        var options = BuildOptions(content: content, output: content + "/../out")
        options.progress = { lines.add($0) }
        let summary = try Site.build(options)
        XCTAssertEqual(lines.all.map { String($0.prefix { $0 != ":" }) }, Pipeline.build.steps.map(\.name))
        XCTAssertEqual(lines.all.first, "load: reading \(content)")
        XCTAssertEqual(lines.all.last, "write: \(summary.files.count) files to \(content)/../out")
    }

    /// Response files are read by a load step: a bad cell is a load error, and the run stops before scoring.
    func testABadCellIsALoadErrorAndStopsBeforeScoring() throws {
        let content = scoringCopy()
        try replace(content + "/waves/now/responses.csv", "R1,X,4,2,5", "R1,X,4,9,5")
        let lines = LockedLines()
        var options = BuildOptions(content: content, output: content + "/../out")
        options.progress = { lines.add($0) }
        XCTAssertThrowsError(try Site.build(options)) { error in
            let failure = error as? BuildFailure
            XCTAssertEqual(failure?.errors.map(\.stage), [.load])
            XCTAssertTrue(failure?.errors.first?.description.hasSuffix("[load]") == true, "\(String(describing: failure))")
        }
        XCTAssertEqual(lines.all.last.map { String($0.prefix { $0 != ":" }) }, "read waves")
        XCTAssertFalse(FileManager.default.fileExists(atPath: content + "/../out"))
    }

    /// The email edition checks links as the site build does.
    func testEmailRunsTheLinkCheck() throws {
        let content = scoringCopy()
        try FileManager.default.createDirectory(atPath: content + "/commentary", withIntermediateDirectories: true)
        try "See [a missing page](nowhere.html).\n".write(toFile: content + "/commentary/overview.md", atomically: true, encoding: .utf8)
        let output = TestSupport.temporaryFolder(self) + "/site"
        let summary = try Email.build(
            EmailOptions(
                build: BuildOptions(content: content, output: output),
                to: ["board@example.com"], from: "cx@example.com"))
        XCTAssertTrue(summary.warnings.contains { $0.stage == .links && $0.message.contains("nowhere.html") }, "\(summary.warnings)")
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/" + Email.messagePath))
    }

    /// Bad flags come out together with the report folder's problems.
    func testEmailFlagProblemsComeWithTheInputs() throws {
        let content = scoringCopy()
        try replace(content + "/report.yaml", "date: 2026-01-31", "date: 2026-13-31")
        XCTAssertThrowsError(
            try Email.build(
                EmailOptions(
                    build: BuildOptions(content: content, output: content + "/../out"),
                    to: ["not an address"], from: "cx@example.com"))
        ) { error in
            let errors = (error as? BuildFailure)?.errors ?? []
            XCTAssertTrue(errors.contains { $0.location.file == "--to" && $0.stage == .validate }, "\(errors)")
            XCTAssertTrue(errors.contains { $0.location.file.hasSuffix("report.yaml") && $0.stage == .load }, "\(errors)")
        }
    }

    func testTheSinkFilesReportsUnderTheRunningStep() {
        let sink = DiagnosticSink()
        sink.report(Diagnostic(.warning, .render, SourceLocation(file: "a"), "outside any step"))
        sink.during(.links) { sink.report(Diagnostic(.warning, .render, SourceLocation(file: "b"), "inside")) }
        XCTAssertEqual(sink.diagnostics.map(\.stage), [.render, .links])
        XCTAssertFalse(sink.hasErrors)
        var log = sink.log(.score)
        log.error(SourceLocation(file: "c", line: 2, column: 3), "bad")
        XCTAssertTrue(sink.hasErrors)
        XCTAssertEqual(sink.failure.errors.map(\.description), ["c:2:3: error: bad [score]"])
    }
}

/// Progress lines, collected from whichever thread reports them.
private final class LockedLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func add(_ line: String) { lock.lock(); lines.append(line); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return lines }
}

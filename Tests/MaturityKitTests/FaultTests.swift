import Foundation
import XCTest

@testable import MaturityKit

/// Builds that are killed, run out of disk or cannot write: the previous site always survives whole.
final class FaultTests: XCTestCase {
    /// A report with many dimensions, so that a build spends long enough writing pages to be killed mid-way.
    static func makeLargeReport(at folder: String, title: String, dimensions: Int = 150, respondents: Int = 300) throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: folder + "/models", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: folder + "/waves/w1", withIntermediateDirectories: true)
        var model = """
            id: large
            name: Large model
            scale: { min: 1, max: 5, labels: [Strongly disagree, Disagree, Neutral, Agree, Strongly agree] }
            stages:
              - { id: s1, name: One, min_score: 1.0, summary: "First." }
              - { id: s2, name: Two, min_score: 2.5, summary: "Second." }
              - { id: s3, name: Three, min_score: 4.0, summary: "Third." }
            dimensions:

            """
        var header = "id,unit"
        for d in 0..<dimensions {
            model += """
                  - id: d\(d)
                    name: "Dimension \(d)"
                    description: "Dimension number \(d)."
                    stages: { s1: "one", s2: "two", s3: "three" }
                    actions: { s2: ["Act."], s3: ["Act more."] }
                    items:
                      - { id: d\(d)_1, text: "Statement one of \(d)." }
                      - { id: d\(d)_2, text: "Statement two of \(d)." }

                """
            header += ",d\(d)_1,d\(d)_2"
        }
        try model.write(toFile: folder + "/models/large.yaml", atomically: true, encoding: .utf8)
        var csv = header + "\n"
        for r in 0..<respondents {
            csv += "\(r),U\(r % 7)" + String(repeating: ",\(r % 5 + 1),\((r * 3) % 5 + 1)", count: dimensions) + "\n"
        }
        try csv.write(toFile: folder + "/waves/w1/responses.csv", atomically: true, encoding: .utf8)
        try """
        title: "\(title)"
        organisation: Fault Test
        date: 2026-05-01
        model: models/large.yaml
        targets: { default: s3 }
        waves:
          - { id: w1, date: 2026-04-01, responses: waves/w1/responses.csv }
        attributes: [unit]
        min_group_size: 5
        """.write(toFile: folder + "/report.yaml", atomically: true, encoding: .utf8)
    }

    func testKilledBuildsLeaveTheOldSiteOrTheNewOneNeverAMix() throws {
        let work = TestSupport.temporaryFolder(self)
        try Self.makeLargeReport(at: work + "/old", title: "Old site")
        try Self.makeLargeReport(at: work + "/new", title: "New site")
        // The two complete sites a reader may ever see.
        XCTAssertEqual(try TestSupport.run(["build", "--content", work + "/new", "--output", work + "/expected-new"]).status, 0)
        let newSite = TestSupport.snapshot(work + "/expected-new")
        XCTAssertEqual(try TestSupport.run(["build", "--content", work + "/old", "--output", work + "/out"]).status, 0)
        let oldSite = TestSupport.snapshot(work + "/out")
        XCTAssertGreaterThan(oldSite.count, 150)

        let started = Date()
        XCTAssertEqual(try TestSupport.run(["build", "--content", work + "/old", "--output", work + "/timing"]).status, 0)
        let duration = Date().timeIntervalSince(started)

        var generator = SplitMix(seed: 20_261_123)
        var survived = 0, sawNew = 0
        for attempt in 0..<30 {
            // Rebuild the old site first half of the time, so kills also land on a swap back.
            let content = attempt % 2 == 0 ? work + "/new" : work + "/old"
            let process = Process()
            process.executableURL = TestSupport.executable
            process.arguments = ["build", "--content", content, "--output", work + "/out"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let delay = Double(generator.next() % 1000) / 1000 * duration * 1.6
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let seen = TestSupport.snapshot(work + "/out")
            XCTAssertTrue(
                seen == oldSite || seen == newSite,
                "attempt \(attempt): after a kill at \(delay) s the output is neither the old nor the new site (\(seen.count) files)")
            if seen == newSite { sawNew += 1 }
            survived += 1
        }
        print(
            "FaultTests: \(survived) killed builds, each left a whole site (\(sawNew) new, \(survived - sawNew) old); build takes \(String(format: "%.2f", duration)) s"
        )
        // The next build cleans up whatever staging folders the killed ones left.
        XCTAssertEqual(try TestSupport.run(["build", "--content", work + "/old", "--output", work + "/out"]).status, 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work).filter { $0.hasPrefix(".out.") }
        XCTAssertEqual(leftovers, [])
    }

    /// A tiny tmpfs stands in for a full disk. Needs root (CI and the developer machines run as root).
    func testFullDiskIsAClearErrorAndKeepsThePreviousSite() throws {
        let work = TestSupport.temporaryFolder(self)
        let mountPoint = work + "/disk"
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        guard Self.shell("mount -t tmpfs -o size=512k tmpfs '\(mountPoint)'") == 0 else { throw XCTSkip("cannot mount a tmpfs here") }
        defer { _ = Self.shell("umount '\(mountPoint)'") }
        XCTAssertNil(TestSupport.build(TestSupport.site("scoring"), into: mountPoint + "/out"))
        let before = TestSupport.snapshot(mountPoint + "/out")
        try Self.makeLargeReport(at: work + "/large", title: "Too big")
        let failure = try XCTUnwrap(TestSupport.build(work + "/large", into: mountPoint + "/out"))
        XCTAssertEqual(failure.errors.first?.stage, .write)
        XCTAssertTrue(failure.description.contains("No space left on device"), failure.description)
        XCTAssertEqual(TestSupport.snapshot(mountPoint + "/out"), before)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: mountPoint), ["out"], "the partial new site was not removed")
    }

    func testReadOnlyOutputLocationIsAClearError() throws {
        let work = TestSupport.temporaryFolder(self)
        let mountPoint = work + "/ro"
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        guard Self.shell("mount -t tmpfs -o size=1m,ro tmpfs '\(mountPoint)'") == 0 else { throw XCTSkip("cannot mount a tmpfs here") }
        defer { _ = Self.shell("umount '\(mountPoint)'") }
        let run = try TestSupport.run(["build", "--content", TestSupport.site("scoring"), "--output", mountPoint + "/out"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.lowercased().replacingOccurrences(of: "-", with: " ").contains("read only"), run.stderr)
        XCTAssertTrue(run.stderr.contains("[write]"), run.stderr)
    }

    static func shell(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " 2>/dev/null"]
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// A small seeded generator (splitmix64), the same on every machine.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

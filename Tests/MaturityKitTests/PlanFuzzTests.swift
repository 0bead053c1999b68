import Foundation
import XCTest

@testable import MaturityKit

#if canImport(Glibc)
    import Glibc
#endif

/// Fuzz targets for the YAML kinds `ParserFuzzTests` does not cover: roadmap, benchmark set, assessor scores and
/// criteria. Same driver, seed and time budget (`MATURITY_FUZZ_SECONDS`); every case runs under the driver's
/// deadline, and the process's peak resident memory may not grow by more than `memoryBound` over a run.
final class PlanFuzzTests: XCTestCase {
    static let memoryBound = 256 << 20

    func testFuzzRoadmap() { runBounded(PlanFuzzTargets.roadmap()) }

    func testFuzzBenchmark() { runBounded(PlanFuzzTargets.benchmark()) }

    func testFuzzScores() { runBounded(PlanFuzzTargets.scores()) }

    func testFuzzCriteria() { runBounded(PlanFuzzTargets.criteria()) }

    private func runBounded(_ target: FuzzTarget, file: StaticString = #filePath, line: UInt = #line) {
        let before = PeakMemory.bytes()
        Fuzzer.run(target, in: self, file: file, line: line)
        let growth = PeakMemory.bytes() - before
        XCTAssertLessThan(growth, Self.memoryBound, "\(target.name): peak resident memory grew by \(growth >> 20) MiB", file: file, line: line)
    }
}

/// The process's peak resident set size so far (getrusage), in bytes.
enum PeakMemory {
    static func bytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024
    }
}

enum PlanFuzzTargets {
    static var all: [FuzzTarget] { [roadmap(), benchmark(), scores(), criteria()] }

    /// Seeds: every file of the kind among the fixtures, then every other YAML file (splices reach across kinds).
    private static func corpus(_ matches: (String) -> Bool) -> [[UInt8]] {
        let root = TestSupport.fixtures.path
        var found: [(String, [UInt8])] = []
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            guard matches(path), let data = FileManager.default.contents(atPath: root + "/" + path) else { continue }
            found.append((path, [UInt8](data)))
        }
        return found.sorted { $0.0 < $1.0 }.map(\.1) + FuzzCorpus.yaml
    }

    static let mixedModel: MaturityModel = {
        let path = TestSupport.site("mixed") + "/models/small.yaml"
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return ModelLoader.load(text: text, file: path).0!
    }()

    private static func target(_ name: String, _ seeds: [[UInt8]], _ load: @escaping (String) -> (Bool, [Diagnostic])) -> FuzzTarget {
        FuzzTarget(name: name, generate: FuzzTargets.generator(seeds)) { bytes, _, _ in
            let (read, diagnostics) = load(String(decoding: bytes, as: UTF8.self))
            return FuzzTargets.checkDiagnostics(diagnostics, resultIsNil: !read)
        }
    }

    static func roadmap() -> FuzzTarget {
        target("roadmap", corpus { $0.hasSuffix("roadmap.yaml") }) { text in
            let (initiatives, diagnostics) = RoadmapLoader.load(text: text, file: "roadmap.yaml", model: FuzzCorpus.scoringModel)
            for initiative in initiatives where !(1900...2200).contains(initiative.start.firstMonthIndex / 12) {
                return (true, diagnostics + [Diagnostic(.error, .load, SourceLocation(file: "roadmap.yaml"), "a period outside 1900–2200 was read")])
            }
            // Whatever was read follows the shared text rules: nothing hidden reaches a page.
            for initiative in initiatives where [initiative.title, initiative.owner].contains(where: { TextRules.problem($0, .title, what: "x") != nil }) {
                return (true, diagnostics + [Diagnostic(.error, .load, SourceLocation(file: "roadmap.yaml"), "text breaking the rules was read")])
            }
            return (!diagnostics.contains { $0.severity == .error }, diagnostics)
        }
    }

    static func benchmark() -> FuzzTarget {
        target("benchmark", corpus { $0.contains("benchmarks/") && $0.hasSuffix(".yaml") }) { text in
            let (set, diagnostics) = BenchmarkLoader.load(text: text, file: "peers.yaml", id: "peers", model: FuzzCorpus.scoringModel)
            if let set, set.dimensions.values.contains(where: { ![$0.mean, $0.p25, $0.median, $0.p75].allSatisfy(\.isFinite) }) {
                return (true, diagnostics + [Diagnostic(.error, .load, SourceLocation(file: "peers.yaml"), "a figure that is not finite was read")])
            }
            return (set != nil, diagnostics)
        }
    }

    static func scores() -> FuzzTarget {
        target("scores", corpus { $0.hasSuffix("scores.yaml") }) { text in
            let (found, diagnostics) = AssessorWaveLoader.scores(text: text, file: "scores.yaml", model: FuzzCorpus.scoringModel)
            let scale = Double(FuzzCorpus.scoringModel.scale.min)...Double(FuzzCorpus.scoringModel.scale.max)
            if found.values.contains(where: { !scale.contains($0.score) }) {
                return (true, diagnostics + [Diagnostic(.error, .score, SourceLocation(file: "scores.yaml"), "a score off the scale was read")])
            }
            return (!diagnostics.contains { $0.severity == .error }, diagnostics)
        }
    }

    static func criteria() -> FuzzTarget {
        target("criteria", corpus { $0.hasSuffix("criteria.yaml") }) { text in
            let (_, diagnostics) = AssessorWaveLoader.criteria(text: text, file: "criteria.yaml", model: mixedModel)
            return (!diagnostics.contains { $0.severity == .error }, diagnostics)
        }
    }
}

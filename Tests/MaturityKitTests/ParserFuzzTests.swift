import Foundation
import XCTest

@testable import MaturityKit

#if canImport(Glibc)
    import Glibc
#endif

/// Seeded, deterministic, time-bounded property-based fuzzing of every parser that reads report input: front matter,
/// report.yaml, model YAML, the CSV scanner, the wave reader, the Markdown converter, and a whole `Site.check` run.
///
/// Each target feeds mutations of real inputs (the fixture sites, the invalid sites, the built-in model, the CommonMark
/// spec examples) to its parser and checks properties that must hold for *any* input. Every case runs on a worker
/// thread (8 MiB of stack, like the main thread) under a deadline, so a hang fails the test instead of stalling CI.
///
/// Environment:
/// - `MATURITY_FUZZ_SECONDS`: seconds per target (default 3);
/// - `MATURITY_FUZZ_MAX_ITERATIONS`: cases per target at most (default 1,000,000);
/// - `MATURITY_FUZZ_SEED`: the seed, decimal or 0x-hex (default fixed, so runs are reproducible: case `i` of a target
///   is always the same input for a given seed, however fast the machine is);
/// - `MATURITY_FUZZ_DEADLINE`: seconds one case may take before it counts as a hang (default 5);
/// - `MATURITY_FUZZ_KNOWN_ISSUES=run`: do not skip inputs a target marks as reaching a known, unfixed bug (none at present).
///
/// If the test process dies (a crash in a parser), the input being run is in `$TMPDIR/maturity-fuzz/<target>.current`;
/// the next run moves it aside and says where. Inputs that broke a property are saved under
/// `$TMPDIR/maturity-fuzz/findings/<target>/`. Keep every crasher or hang as a regression input in
/// `Fixtures/fuzz-regressions/<target>/` (see its README): `testRegressionInputsReplay` runs them all on every run.
final class ParserFuzzTests: XCTestCase {

    func testFuzzFrontMatter() { Fuzzer.run(FuzzTargets.frontMatter(), in: self) }

    func testFuzzReportLoader() { Fuzzer.run(FuzzTargets.reportYAML(), in: self) }

    func testFuzzModelLoader() { Fuzzer.run(FuzzTargets.modelYAML(), in: self) }

    func testFuzzCSVScanner() { Fuzzer.run(FuzzTargets.csv(folder: TestSupport.temporaryFolder(self)), in: self) }

    func testFuzzWaveReader() { Fuzzer.run(FuzzTargets.wave(folder: TestSupport.temporaryFolder(self)), in: self) }

    func testFuzzMarkdown() { Fuzzer.run(FuzzTargets.markdown(), in: self) }

    func testFuzzWholeReportCheck() { Fuzzer.run(FuzzTargets.site(folder: TestSupport.temporaryFolder(self)), in: self) }

    /// Every saved crasher, hang or property failure, through its target, on every run (with the thorough checks:
    /// every chunk size, every option set).
    func testRegressionInputsReplay() throws {
        let root = TestSupport.fixtures.appendingPathComponent("fuzz-regressions")
        XCTAssertTrue(
            FileManager.default.fileExists(atPath: root.appendingPathComponent("README.md").path),
            "Fixtures/fuzz-regressions/README.md explains the folder")
        let folder = TestSupport.temporaryFolder(self)
        let targets = FuzzTargets.all(folder: folder)
        let known = Set(targets.map(\.name))
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        for name in names.sorted() where !name.hasPrefix(".") && name != "README.md" {
            XCTAssertTrue(known.contains(name), "fuzz-regressions/\(name) does not name a fuzz target (\(known.sorted()))")
        }
        var replayed = 0
        for target in targets {
            target.prepare()
            let directory = root.appendingPathComponent(target.name).path
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
            for file in files where !file.hasPrefix(".") && file != "README.md" {
                let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: directory + "/" + file)))
                if FuzzConfig.skipKnownIssues, let reason = target.knownIssue(bytes) {
                    print("[fuzz] replay \(target.name)/\(file): skipped, known unfixed issue: \(reason)")
                    continue
                }
                let runner = GuardedRunner(name: "replay-\(target.name)")
                var failure: String?
                let finished = runner.run(within: FuzzConfig.deadline * 4) {
                    var rng = SplitMix64(seed: Fuzzer.hash(Array(file.utf8)))
                    failure = target.check(bytes, &rng, true)
                }
                guard finished else {
                    XCTFail("fuzz-regressions/\(target.name)/\(file): still hangs (over \(FuzzConfig.deadline * 4) s)")
                    return  // the worker still runs that case; the rest cannot be trusted
                }
                runner.stop()
                replayed += 1
                if let failure { XCTFail("fuzz-regressions/\(target.name)/\(file): \(failure)") }
            }
        }
        print("[fuzz] replayed \(replayed) regression inputs")
    }

    // MARK: Direct checks of the bugs the fuzzer found (their inputs are also in Fixtures/fuzz-regressions)

    /// Front matter in a file with CRLF line ends is front matter too (Swift treats "\r\n" as one Character, so a
    /// split at "\n" never split such a file and its front matter was rendered as Markdown).
    func testFrontMatterWithCRLFLineEnds() {
        let split = FrontMatter.split("---\r\ntitle: Hello\r\n---\r\n# Body\r\n\r\nText.\r\n")
        XCTAssertEqual(split.yaml, "title: Hello")
        XCTAssertEqual(split.body, "# Body\n\nText.\n")
        XCTAssertEqual(split.bodyLine, 4)
        let (commentary, diagnostics) = FrontMatter.commentary(text: "---\r\ntitle: CRLF\r\n...\r\nBody\r\n", path: "c.md")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(commentary?.title, "CRLF")
        XCTAssertEqual(commentary?.body, "Body\n")
    }

    /// A byte-order mark is only skipped at the very start of the file, whatever the chunk size.
    func testByteOrderMarkAfterTheFirstRecordIsData() throws {
        let path = TestSupport.temporaryFolder(self) + "/bom.csv"
        _ = FileManager.default.createFile(atPath: path, contents: Data([0x61, 0x0A, 0xEF, 0xBB, 0xBF, 0x62, 0x0A]))
        for chunk in [1, 2, 3, 4, 1 << 20] {
            var rows: [[String]] = []
            try CSVScanner.scan(path: path, chunkSize: chunk) { buffer, fields in rows.append(fields.map { CSVScanner.text(buffer, $0) }) }
            XCTAssertEqual(rows, [["a"], ["\u{FEFF}b"]], "chunk size \(chunk)")
        }
    }

    /// A scale may go below zero; "-2" on a -2…2 scale is an answer, not "expected an answer from -2 to 2, found -2".
    func testAnswersBelowZeroOnANegativeScale() {
        func parse(_ cell: String, _ scale: MaturityModel.Scale) -> AnswerParser.Answer {
            let bytes = Array(cell.utf8)
            return bytes.withUnsafeBufferPointer {
                AnswerParser.parse(
                    $0, CSVField(start: 0, end: bytes.count, quoted: false, line: 1, column: 1), scale: scale.min...scale.max, labels: ["-ish": 0])
            }
        }
        let negative = MaturityModel.Scale(min: -2, max: 2, labels: [])
        XCTAssertEqual(parse("-2", negative), .value(-2))
        XCTAssertEqual(parse(" -1 ", negative), .value(-1))
        XCTAssertEqual(parse("-0", negative), .value(0))
        XCTAssertEqual(parse("-2.0", negative), .value(-2))
        XCTAssertEqual(parse("2", negative), .value(2))
        XCTAssertEqual(parse("-3", negative), .invalid("-3"))
        XCTAssertEqual(parse("-", negative), .invalid("-"))
        XCTAssertEqual(parse("--1", negative), .invalid("--1"))
        XCTAssertEqual(parse("-.0", negative), .invalid("-.0"))
        XCTAssertEqual(parse("-ish", negative), .value(0))
        XCTAssertEqual(parse("-1", MaturityModel.Scale(min: 1, max: 5, labels: [])), .invalid("-1"))
    }

    /// Heading ids stay unique when a heading's text is itself a numbered id ("A", "A", "A 2" gave `a`, `a-2`, `a-2`).
    func testHeadingIDsStayUniqueWhenATextLooksNumbered() {
        var ids = HeadingIDs()
        let made = ["A", "A", "A 2", "a-2", "A", "Results", "Results 2", "Results"].map { ids.make(from: $0) }
        XCTAssertEqual(made, ["a", "a-2", "a-2-2", "a-2-3", "a-3", "results", "results-2", "results-3"])
        XCTAssertEqual(Set(made).count, made.count)
        let html = CMarkConverter.html("# A\n\n# A\n\n# A 2\n", options: .commentary)
        XCTAssertEqual(html, "<h1 id=\"a\">A</h1>\n<h1 id=\"a-2\">A</h1>\n<h1 id=\"a-2-2\">A 2</h1>\n")
    }
}

// MARK: - Configuration

enum FuzzConfig {
    private static var environment: [String: String] { ProcessInfo.processInfo.environment }

    static var seconds: Double { environment["MATURITY_FUZZ_SECONDS"].flatMap { Double($0) }.map { max(0, $0) } ?? 3 }

    static var maxIterations: Int { environment["MATURITY_FUZZ_MAX_ITERATIONS"].flatMap { Int($0) } ?? 1_000_000 }

    static var deadline: Double { environment["MATURITY_FUZZ_DEADLINE"].flatMap { Double($0) } ?? 5 }

    /// `MATURITY_FUZZ_KNOWN_ISSUES=run` feeds inputs that reach a known, unfixed bug too (to check a fix).
    static var skipKnownIssues: Bool { environment["MATURITY_FUZZ_KNOWN_ISSUES"] != "run" }

    static var seed: UInt64 {
        guard let text = environment["MATURITY_FUZZ_SEED"] else { return 0x6D61_7475_7269_7479 }  // "maturity"
        if text.hasPrefix("0x") { return UInt64(text.dropFirst(2), radix: 16) ?? 0 }
        return UInt64(text) ?? Fuzzer.hash(Array(text.utf8))
    }
}

// MARK: - PRNG

/// splitmix64 (Steele, Lea, Flood 2014): tiny, fast, and good enough to drive mutations.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0..<bound (bound > 0).
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    mutating func int(in range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    mutating func chance(_ probability: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < probability }

    mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }
}

// MARK: - Seeds

/// Real inputs, read once: the fixture sites, the invalid sites (one per error), the built-in model and the CommonMark
/// spec examples.
enum FuzzCorpus {
    private static func files(_ folders: [String], extensions: [String]) -> [[UInt8]] {
        var found: [(String, [UInt8])] = []
        for folder in folders {
            let root = TestSupport.fixtures.appendingPathComponent(folder).path
            guard let enumerator = FileManager.default.enumerator(atPath: root) else { continue }
            while let path = enumerator.nextObject() as? String {
                guard extensions.contains((path as NSString).pathExtension),
                    let data = FileManager.default.contents(atPath: root + "/" + path)
                else { continue }
                found.append((folder + "/" + path, [UInt8](data)))
            }
        }
        return found.sorted { $0.0 < $1.0 }.map(\.1)
    }

    static let yaml: [[UInt8]] =
        files(["sites", "invalid"], extensions: ["yaml", "yml"])
        + [Array((BuiltIns.modelText(id: "cx-capabilities") ?? "").utf8)]

    static let csv: [[UInt8]] = files(["sites", "invalid"], extensions: ["csv"])

    static let commentary: [[UInt8]] = files(["sites", "invalid"], extensions: ["md"])

    /// Commentary plus every example of the CommonMark spec, which between them reach every block and inline rule.
    static let markdown: [[UInt8]] =
        commentary
        + ((try? CommonMarkExample.load("spec-0.30.txt")) ?? []).map { Array($0.markdown.utf8) }
        + ((try? CommonMarkExample.load("regression-0.30.txt")) ?? []).map { Array($0.markdown.utf8) }

    /// Commentary files, and YAML of every kind wrapped as front matter over a commentary body.
    static let frontMatter: [[UInt8]] =
        commentary
        + yaml.enumerated().map { index, yaml in
            Array("---\n".utf8) + yaml + Array("\n---\n".utf8) + (commentary.isEmpty ? [] : commentary[index % commentary.count])
        }

    static let scoringModel: MaturityModel = {
        let path = TestSupport.site("scoring") + "/models/small.yaml"
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return ModelLoader.load(text: text, file: path).0!
    }()
}

// MARK: - Mutations

enum Mutator {
    static let tokens: [[UInt8]] = {
        let strings = [
            "\"", "'", "`", "---", "...", "\r", "\n", "\r\n", "\n\n", "\r\r\n", "\t", " ", "  ", "\\", "#", ": ", "- ",
            "? ", ",", "{", "}", "[", "]", "&", "*", "!", "|", ">", "%", "@", "&a ", "*a", "&a [1, 2]", "*a\n",
            "!!str ", "!!int ", "!!binary ", "!<tag:x> ", "|-\n  ", ">+\n  ", "%YAML 1.1\n---\n", "%TAG ! tag:x,2000:\n",
            "<<: *a\n", "~", "null", "true", "no", "\"\\u0000\"", "\"\\x\"", "'it''s'", "{a: 1, a: 2}", "[[[[", "]]]]",
            "{{{{", "\u{FEFF}", "\u{2028}", "\u{85}", "é", "e\u{301}", "🙂", "\u{202E}", "\"\"", "\",\"", "\"\n\"",
            ",,,", "Strongly agree", "AGREE", "4.0", "4.", "-1", "NaN", "**", "__", "*_", "_*", "```", "~~~", "<!--",
            "-->", "<![CDATA[", "<?", "<script>alert(1)</script>", "<SCRIPT src=x>", "<img src=x onerror=alert(1)>",
            "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](<javascript:alert(1)>)", "![i](vbscript:x)",
            "[x](jav&#x61;script:alert(1))", "<javascript:alert(1)>", "[a]: javascript:x\n[a]", "[a]", "](", "<http://a>",
            "&amp;", "&#0;", "&#x110000;", "&quot;", "    ", "> ", "1. ", "* ", "+ ", "===\n", "---\n", "# ", "###### ",
            "| a | b |\n|---|---|\n", "\\\n", "  \n", "<div>", "</div>", "<pre>", "title: ", "id: ", "weight: ",
        ]
        var tokens = strings.map { Array($0.utf8) }
        tokens += [
            [0x00], [0xFF], [0xFE], [0x80], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80],
            [0xEF, 0xBB, 0xBF], [0xF0, 0x9F], [0x7F], [0x1B], [0x0C], [0x0B],
        ]
        return tokens
    }()

    static let numbers = [
        "0", "1", "-1", "2", "5", "20", "21", "-0", "+5", "07", "0x10", "1_000", "3.5", "4.0", "1e3", "1e308", "-1e308",
        "1e-320", "1e400", ".inf", "-.inf", ".nan", "nan", "inf", "2147483648", "4294967296", "9007199254740993",
        "4611686018427387904", "-4611686018427387904", "9223372036854775807", "-9223372036854775808",
        "9223372036854775808", "99999999999999999999", "1000000", "999999",
    ].map { Array($0.utf8) }

    /// Runs of the same thing: long lines and deep nesting.
    static let runs = [
        "[", "{", "- ", "> ", "* ", "1. ", "[a](", "*", "_", "`", "<", "(", "  ", "\t", "? ", "a",
        "&a [", "!t [", "\"", ",", "\n", "*a **a ", "[a](<b", "<!--", "|*a*|", "\\", "#", "é",
    ].map { Array($0.utf8) }

    static let sizeLimit = 1 << 18

    static func mutate(_ input: [UInt8], corpus: [[UInt8]], rng: inout SplitMix64, sizeLimit: Int = sizeLimit) -> [UInt8] {
        var data = input
        let rounds = rng.chance(0.1) ? rng.int(in: 4...12) : rng.int(in: 1...3)
        for _ in 0..<rounds {
            mutateOnce(&data, corpus: corpus, rng: &rng)
            if data.count > sizeLimit { data.removeLast(data.count - sizeLimit) }
        }
        return data
    }

    private static func mutateOnce(_ data: inout [UInt8], corpus: [[UInt8]], rng: inout SplitMix64) {
        let position = rng.below(data.count + 1)
        switch rng.below(14) {
        case 0:  // bit flip
            if !data.isEmpty { data[rng.below(data.count)] ^= UInt8(1 << rng.below(8)) }
        case 1:  // random byte
            if !data.isEmpty { data[rng.below(data.count)] = UInt8(truncatingIfNeeded: rng.next()) }
        case 2, 3:  // interesting token
            data.insert(contentsOf: rng.pick(tokens), at: position)
        case 4:  // interesting token at the start of a line
            let lineStart = data[..<position].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            data.insert(contentsOf: rng.pick(tokens), at: lineStart)
        case 5:  // deletion
            if !data.isEmpty {
                let start = rng.below(data.count)
                data.removeSubrange(start..<min(data.count, start + 1 + rng.below(rng.chance(0.8) ? 16 : 512)))
            }
        case 6:  // truncation
            data.removeSubrange(position...)
        case 7:  // duplicate a slice somewhere
            if !data.isEmpty {
                let start = rng.below(data.count)
                let slice = Array(data[start..<min(data.count, start + 1 + rng.below(256))])
                data.insert(contentsOf: slice, at: rng.below(data.count + 1))
            }
        case 8:  // splice with another input
            let other = rng.pick(corpus)
            let cut = rng.below(other.count + 1)
            data = Array(data[..<position]) + other[cut...]
        case 9:  // long run or deep nesting
            let unit = rng.pick(runs)
            let count = rng.chance(0.7) ? rng.int(in: 10...1_200) : rng.int(in: 1_000...40_000)
            var run: [UInt8] = []
            run.reserveCapacity(unit.count * count)
            for _ in 0..<count { run += unit }
            data.insert(contentsOf: run, at: position)
        case 10:  // replace a number by an interesting one
            let digits = data.indices.filter { data[$0] >= 0x30 && data[$0] <= 0x39 }
            if let index = digits.isEmpty ? nil : rng.pick(digits) {
                var start = index, end = index + 1
                while start > 0 && ((data[start - 1] >= 0x30 && data[start - 1] <= 0x39) || data[start - 1] == 0x2E) { start -= 1 }
                if start > 0 && data[start - 1] == 0x2D { start -= 1 }
                while end < data.count && ((data[end] >= 0x30 && data[end] <= 0x39) || data[end] == 0x2E) { end += 1 }
                data.replaceSubrange(start..<end, with: rng.pick(numbers))
            } else {
                data.insert(contentsOf: rng.pick(numbers), at: position)
            }
        case 11:  // duplicate, delete or swap lines
            var lines = data.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            guard !lines.isEmpty else { break }
            let a = rng.below(lines.count), b = rng.below(lines.count)
            switch rng.below(4) {
            case 0: lines.insert(lines[a], at: b)
            case 1: lines.remove(at: a)
            case 2: lines.swapAt(a, b)
            default: lines[a] = Array(repeating: 0x20, count: rng.below(9)) + lines[a]
            }
            data = Array(lines.joined(separator: [0x0A]))
        case 12:  // interesting byte
            if !data.isEmpty {
                data[rng.below(data.count)] = rng.pick([0x00, 0xFF, 0x80, 0x0D, 0x0A, 0x22, 0x3A, 0x2C, 0x20, 0x09, 0x2D, 0x23, 0x5B, 0x7B, 0x3C])
            }
        default:  // insert a slice of another input
            let other = rng.pick(corpus)
            guard !other.isEmpty else { break }
            let start = rng.below(other.count)
            data.insert(contentsOf: other[start..<min(other.count, start + 1 + rng.below(512))], at: position)
        }
    }
}

// MARK: - Targets

/// One parser under test: how to make an input, which properties to check, and which inputs to leave alone.
struct FuzzTarget {
    /// Also the folder of its regression inputs in Fixtures/fuzz-regressions.
    var name: String
    var generate: (inout SplitMix64) -> [UInt8]
    /// Returns a description of the broken property, or nil. `thorough` (replays) checks every chunk size or option set.
    var check: ([UInt8], inout SplitMix64, _ thorough: Bool) -> String?
    /// A reason to skip an input that reaches a known bug outside the files this test may fix; nil for none.
    var knownIssue: ([UInt8]) -> String? = { _ in nil }
    var prepare: () -> Void = {}
}

enum FuzzTargets {
    static func all(folder: String) -> [FuzzTarget] {
        [
            frontMatter(), reportYAML(), modelYAML(), csv(folder: folder + "/csv"), wave(folder: folder + "/wave"), markdown(),
            site(folder: folder + "/site"),
        ] + PlanFuzzTargets.all
    }

    static func generator(_ corpus: [[UInt8]], sizeLimit: Int = Mutator.sizeLimit) -> (inout SplitMix64) -> [UInt8] {
        { rng in Mutator.mutate(rng.pick(corpus), corpus: corpus, rng: &rng, sizeLimit: sizeLimit) }
    }

    // MARK: Front matter

    static func frontMatter() -> FuzzTarget {
        FuzzTarget(name: "frontmatter", generate: generator(FuzzCorpus.frontMatter)) { bytes, _, _ in
            checkFrontMatter(String(decoding: bytes, as: UTF8.self))
        }
    }

    static func checkFrontMatter(_ text: String) -> String? {
        let split = FrontMatter.split(text)
        if split.yaml == nil {
            if split.body != text { return "no front matter, but the body is not the input" }
            if split.bodyLine != 1 { return "no front matter, but the body starts on line \(split.bodyLine)" }
        } else {
            if !text.unicodeScalars.starts(with: "---".unicodeScalars) { return "front matter found in text that does not open with ---" }
            if split.bodyLine < 3 { return "front matter found, but the body starts on line \(split.bodyLine)" }
        }
        // Line ends must not matter: the same text with CRLF splits into the same parts.
        if !text.unicodeScalars.contains("\r") {
            var crlf = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                if scalar == "\n" { crlf.append("\r") }
                crlf.append(scalar)
            }
            let other = FrontMatter.split(String(crlf))
            if other.yaml != split.yaml || other.bodyLine != split.bodyLine || (split.yaml != nil && other.body != split.body) {
                return
                    "with CRLF line ends the split differs: yaml \(String(describing: other.yaml).prefix(80)) instead of \(String(describing: split.yaml).prefix(80)), body line \(other.bodyLine) instead of \(split.bodyLine)"
            }
        }
        let path = "commentary/overview.md"
        let (commentary, diagnostics) = FrontMatter.commentary(text: text, path: path)
        if let problem = checkDiagnostics(diagnostics, resultIsNil: commentary == nil) { return "commentary: " + problem }
        if let commentary, commentary.body != split.body || commentary.bodyLine != split.bodyLine {
            return "commentary: the body differs from FrontMatter.split's"
        }
        return nil
    }

    /// Every diagnostic names its file and says something; no result means at least one error, a result means none.
    static func checkDiagnostics(_ diagnostics: [Diagnostic], resultIsNil: Bool) -> String? {
        for diagnostic in diagnostics {
            if diagnostic.message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return "a diagnostic with no message: \(diagnostic)" }
            if diagnostic.location.file.isEmpty { return "a diagnostic with no file: \(diagnostic)" }
            if diagnostic.location.line < 0 || diagnostic.location.column < 0 { return "a diagnostic at a negative position: \(diagnostic)" }
        }
        let errors = diagnostics.filter { $0.severity == .error }
        if resultIsNil && errors.isEmpty { return "no result and no error (diagnostics: \(diagnostics))" }
        if !resultIsNil && !errors.isEmpty { return "a result despite errors: \(errors)" }
        return nil
    }

    // MARK: YAML

    static func reportYAML() -> FuzzTarget {
        FuzzTarget(name: "report-yaml", generate: generator(FuzzCorpus.yaml)) { bytes, _, _ in
            let (settings, diagnostics) = ReportLoader.read(text: String(decoding: bytes, as: UTF8.self), file: "report.yaml")
            return checkDiagnostics(diagnostics, resultIsNil: settings == nil)
        }
    }

    static func modelYAML() -> FuzzTarget {
        FuzzTarget(
            name: "model-yaml", generate: generator(FuzzCorpus.yaml),
            check: { bytes, _, _ in
                let (model, diagnostics) = ModelLoader.load(text: String(decoding: bytes, as: UTF8.self), file: "models/m.yaml")
                if let problem = checkDiagnostics(diagnostics, resultIsNil: model == nil) { return problem }
                if let model, model.scale.max <= model.scale.min || model.scale.pointCount > 21 {
                    return "a model with scale \(model.scale.min)–\(model.scale.max)"
                }
                return nil
            })
    }

    // MARK: CSV

    struct ScannedField: Equatable {
        var bytes: [UInt8]
        var quoted: Bool
        var line: Int
        var column: Int
    }

    enum ScanOutcome: Equatable {
        case records([[ScannedField]])
        case syntaxError(line: Int, column: Int, message: String)
        case otherError(String)
    }

    static func scan(_ path: String, chunkSize: Int) -> ScanOutcome {
        var records: [[ScannedField]] = []
        do {
            try CSVScanner.scan(path: path, chunkSize: chunkSize) { buffer, fields in
                records.append(fields.map { ScannedField(bytes: Array(buffer[$0.start..<$0.end]), quoted: $0.quoted, line: $0.line, column: $0.column) })
            }
            return .records(records)
        } catch let error as CSVSyntaxError {
            return .syntaxError(line: error.line, column: error.column, message: error.message)
        } catch {
            return .otherError("\(error)")
        }
    }

    static func csv(folder: String) -> FuzzTarget {
        let path = folder + "/fuzz.csv"
        return FuzzTarget(
            name: "csv", generate: generator(FuzzCorpus.csv, sizeLimit: 1 << 15),
            check: { bytes, rng, thorough in
                _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
                let reference = scan(path, chunkSize: 1 << 20)
                switch reference {
                case .otherError(let message): return "an error that is not a CSVSyntaxError: \(message)"
                case .syntaxError(let line, let column, let message):
                    if line < 1 || column < 1 || message.isEmpty { return "a syntax error at \(line):\(column): \(message)" }
                case .records(let records):
                    for record in records {
                        if record.isEmpty { return "a record with no field" }
                        for field in record where field.line < 1 || field.column < 1 { return "a field at \(field.line):\(field.column)" }
                    }
                }
                // Re-scanning a partial record costs its length per chunk, so big inputs get chunks that are not tiny.
                let smallest = max(1, bytes.count / 512)
                let sizes =
                    thorough
                    ? [1, 2, 3, 5, 7, 64, 4096].filter { $0 >= smallest }
                    : [rng.chance(0.5) ? rng.int(in: smallest...max(smallest, 16)) : rng.int(in: smallest...max(smallest, 4096))]
                for size in sizes {
                    let chunked = scan(path, chunkSize: size)
                    if chunked != reference { return "chunk size \(size) gives \(describe(chunked)) but 1 MiB chunks give \(describe(reference))" }
                }
                return nil
            }, prepare: { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) })
    }

    static func describe(_ outcome: ScanOutcome) -> String {
        switch outcome {
        case .records(let records):
            return "\(records.count) records: "
                + records.prefix(4).map {
                    "[" + $0.map { "\(String(decoding: $0.bytes, as: UTF8.self).debugDescription)@\($0.line):\($0.column)" }.joined(separator: ", ") + "]"
                }.joined(separator: " ")
        case .syntaxError(let line, let column, let message): return "error at \(line):\(column): \(message)"
        case .otherError(let message): return "error \(message)"
        }
    }

    // MARK: Wave

    static func wave(folder: String) -> FuzzTarget {
        let path = folder + "/responses.csv"
        let file = "waves/now/responses.csv"
        return FuzzTarget(
            name: "wave", generate: generator(FuzzCorpus.csv),
            check: { bytes, _, _ in
                _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
                let model = FuzzCorpus.scoringModel
                let (tally, diagnostics) = WaveReader(model: model, attributes: ["function"], file: file).read(path: path)
                if let problem = checkDiagnostics(diagnostics, resultIsNil: tally == nil) { return problem }
                // Errors point at a line, except the summaries that are about the whole file.
                let wholeFile = ["more problems like the ones above", "expected at least one respondent"]
                for error in diagnostics where error.severity == .error && error.location.line < 1 {
                    if !wholeFile.contains(where: { error.message.contains($0) }) { return "an error with no line: \(error)" }
                }
                if diagnostics.contains(where: { $0.location.file != file }) { return "a diagnostic for another file: \(diagnostics)" }
                guard let tally else { return nil }
                if tally.respondents < 1 { return "a tally with no respondent" }
                for (index, moments) in tally.dimensions.enumerated() where moments.n > 0 {
                    if moments.n > tally.respondents { return "dimension \(index): n \(moments.n) above \(tally.respondents) respondents" }
                    if !(Double(model.scale.min) - 1e-9...Double(model.scale.max) + 1e-9).contains(moments.mean) {
                        return "dimension \(index): mean \(moments.mean) off the scale"
                    }
                }
                for item in 0..<(tally.itemCounts.count / tally.points) {
                    let answered = tally.itemCounts[(item * tally.points)..<((item + 1) * tally.points)].reduce(0, +)
                    if answered > tally.respondents { return "item \(item): \(answered) answers from \(tally.respondents) respondents" }
                }
                return nil
            }, prepare: { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) })
    }

    // MARK: Markdown

    static let optionSets: [MarkdownOptions] = (0..<8).map { MarkdownOptions(rawValue: $0) }

    static func markdown() -> FuzzTarget {
        FuzzTarget(name: "markdown", generate: generator(FuzzCorpus.markdown)) { bytes, rng, thorough in
            let text = String(decoding: bytes, as: UTF8.self)
            for options in thorough ? optionSets : [rng.pick(optionSets)] {
                let html = CMarkConverter.html(text, options: options)
                if !options.contains(.unsafeHTML), let problem = HTMLSafety.check(html) {
                    return "options \(options.rawValue): \(problem)"
                }
            }
            return nil
        }
    }

    // MARK: Whole report

    /// The files of the scoring site a case may replace (or add), with what to mutate for each.
    static let siteFiles: [(path: String, corpus: [[UInt8]])] = [
        ("report.yaml", FuzzCorpus.yaml), ("models/small.yaml", FuzzCorpus.yaml), ("waves/now/responses.csv", FuzzCorpus.csv),
        ("commentary/overview.md", FuzzCorpus.frontMatter), ("commentary/dimensions/d1.md", FuzzCorpus.frontMatter),
    ]

    /// An input is `<relative path>\n<bytes of that file>`.
    static func splitSiteInput(_ bytes: [UInt8]) -> (String, [UInt8])? {
        guard let newline = bytes.firstIndex(of: 0x0A) else { return nil }
        return (String(decoding: bytes[..<newline], as: UTF8.self), Array(bytes[(newline + 1)...]))
    }

    static func site(folder: String) -> FuzzTarget {
        let original = TestSupport.site("scoring")
        let content = folder + "/scoring"
        let generate: (inout SplitMix64) -> [UInt8] = { rng in
            let (path, corpus) = rng.pick(siteFiles)
            let current = FileManager.default.contents(atPath: original + "/" + path).map { [UInt8]($0) }
            let start = current.flatMap { rng.chance(0.8) ? $0 : nil } ?? rng.pick(corpus)
            return Array(path.utf8) + [0x0A] + Mutator.mutate(start, corpus: corpus, rng: &rng, sizeLimit: 1 << 16)
        }
        return FuzzTarget(
            name: "site", generate: generate,
            check: { bytes, _, _ in
                guard let (path, data) = splitSiteInput(bytes), siteFiles.contains(where: { $0.path == path }) else {
                    return "not a site input: the first line must be one of \(siteFiles.map(\.path))"
                }
                let target = content + "/" + path
                let saved = FileManager.default.contents(atPath: target)
                try? FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                _ = FileManager.default.createFile(atPath: target, contents: Data(data))
                defer {
                    if let saved {
                        _ = FileManager.default.createFile(atPath: target, contents: saved)
                    } else {
                        try? FileManager.default.removeItem(atPath: target)
                    }
                }
                do {
                    let warnings = try Site.check(BuildOptions(content: content, output: folder + "/output"))
                    return checkDiagnostics(warnings, resultIsNil: false)
                } catch let failure as BuildFailure {
                    if failure.errors.isEmpty { return "a BuildFailure with no error: \(failure)" }
                    return checkDiagnostics(failure.diagnostics, resultIsNil: true)
                } catch {
                    return "Site.check threw something other than a BuildFailure: \(error)"
                }
            },
            prepare: {
                try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                TestSupport.copy(original, to: content)
            })
    }
}

// MARK: - HTML safety

/// What safe mode promises: only the tags cmark itself writes, `<!-- raw HTML omitted -->` for raw HTML, no
/// attributes but cmark's, and no link or image target with a script scheme. Heading ids stay unique.
enum HTMLSafety {
    static let tags: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "em", "strong", "code", "pre",
        "blockquote", "ul", "ol", "li", "hr", "br",
    ]
    static let attributes: Set<String> = ["href", "title", "src", "alt", "class", "start", "id"]

    static func check(_ html: String) -> String? {
        if html.lowercased().contains("<script") { return "<script in safe output" }
        let bytes = Array(html.utf8)
        let omitted = Array("<!-- raw HTML omitted -->".utf8)
        var ids = Set<String>()
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            if bytes[index...].starts(with: omitted) { index += omitted.count; continue }
            guard let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { return "an unclosed tag at byte \(index)" }
            let tag = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
            index = close + 1
            var name = Substring(tag)
            if name.hasPrefix("/") { name = name.dropFirst() }
            let tagName = String(name.prefix { $0.isLetter || $0.isNumber })
            guard tags.contains(tagName) else { return "tag <\(tag.prefix(60))> is not one cmark writes" }
            for (attribute, value) in attributesOf(String(name.dropFirst(tagName.count))) {
                guard attributes.contains(attribute) else { return "attribute \(attribute) in <\(tag.prefix(80))>" }
                if attribute == "href" || attribute == "src", isScript(value) { return "script URL in <\(tag.prefix(80))>" }
                if attribute == "id", !ids.insert(value).inserted { return "duplicate heading id \"\(value)\"" }
            }
        }
        return nil
    }

    /// ` name="value"` pairs; cmark always quotes with `"` and escapes `"` inside.
    static func attributesOf(_ text: String) -> [(String, String)] {
        var result: [(String, String)] = []
        var rest = Substring(text)
        while let equals = rest.range(of: "=\"") {
            let name = rest[..<equals.lowerBound].split(separator: " ").last.map(String.init) ?? ""
            let afterQuote = rest[equals.upperBound...]
            guard let end = afterQuote.firstIndex(of: "\"") else { break }
            result.append((name.lowercased(), String(afterQuote[..<end])))
            rest = afterQuote[afterQuote.index(after: end)...]
        }
        return result
    }

    static let namedEntities: [String: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "colon": ":", "tab": "\t", "newline": "\n"]

    /// Decodes the attribute value as a browser would, then looks at its scheme.
    static func isScript(_ value: String) -> Bool {
        var decoded = ""
        var rest = Substring(value)
        while let amp = rest.firstIndex(of: "&") {
            decoded += rest[..<amp]
            let entity = rest[amp...]
            if let semicolon = entity.firstIndex(of: ";"), entity.distance(from: entity.startIndex, to: semicolon) < 12 {
                let body = entity[entity.index(after: entity.startIndex)..<semicolon]
                var scalar: Unicode.Scalar?
                if body.hasPrefix("#x") || body.hasPrefix("#X") {
                    scalar = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if body.hasPrefix("#") {
                    scalar = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init)
                } else {
                    scalar = namedEntities[String(body)]
                }
                if let scalar { decoded.unicodeScalars.append(scalar); rest = entity[entity.index(after: semicolon)...]; continue }
            }
            decoded += "&"
            rest = entity.dropFirst()
        }
        decoded += rest
        let normalised = String(
            String.UnicodeScalarView(
                decoded.unicodeScalars
                    .drop { $0.value <= 0x20 }.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" })
        ).lowercased()
        return normalised.hasPrefix("javascript:") || normalised.hasPrefix("vbscript:")
    }
}

// MARK: - Driver

/// Runs jobs on one worker thread with a deadline per job. After a missed deadline the worker is abandoned (still busy).
final class GuardedRunner: @unchecked Sendable {
    private let work = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)
    private var job: (() -> Void)?
    private var stopped = false

    init(name: String) {
        let thread = Thread { [self] in loop() }
        thread.stackSize = 8 << 20  // as much as the main thread, where the tool runs
        thread.name = "fuzz-\(name)"
        thread.start()
    }

    private func loop() {
        while true {
            work.wait()
            if stopped { return }
            job?()
            job = nil
            done.signal()
        }
    }

    /// Runs `body` on the worker; false when it did not finish within `seconds`.
    func run(within seconds: Double, _ body: @escaping () -> Void) -> Bool {
        job = body
        work.signal()
        return done.wait(timeout: .now() + seconds) == .success
    }

    func stop() {
        stopped = true
        work.signal()
    }
}

/// The input being run, kept in a file so that it survives a crash of the test process.
final class CurrentInput {
    let path: String
    private let descriptor: Int32

    init(target: String) {
        let folder = Fuzzer.workFolder
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        path = folder + "/\(target).current"
        if FileManager.default.fileExists(atPath: path) {
            let kept = folder + "/\(target).crash-\(Int(Date().timeIntervalSince1970))"
            try? FileManager.default.moveItem(atPath: path, toPath: kept)
            print("[fuzz] \(target): the last run died on the input now in \(kept); keep it in Fixtures/fuzz-regressions/\(target)/")
        }
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    }

    func record(_ bytes: [UInt8]) {
        guard descriptor >= 0 else { return }
        _ = ftruncate(descriptor, 0)
        _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    /// The run finished: nothing to keep.
    func finish() {
        close(descriptor)
        unlink(path)
    }

    /// The run stopped on a hang: keep the input where it is.
    func keep() { close(descriptor) }
}

enum Fuzzer {
    static var workFolder: String { NSTemporaryDirectory() + "maturity-fuzz" }

    /// FNV-1a, for stable names and seeds.
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }

    static func save(_ bytes: [UInt8], target: String, kind: String) -> String {
        let folder = workFolder + "/findings/\(target)"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/\(kind)-" + String(hash(bytes), radix: 16)
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    static func run(_ target: FuzzTarget, in test: XCTestCase, file: StaticString = #filePath, line: UInt = #line) {
        target.prepare()
        let seconds = FuzzConfig.seconds, limit = FuzzConfig.maxIterations, deadline = FuzzConfig.deadline
        let seed = FuzzConfig.seed ^ hash(Array(target.name.utf8))
        let current = CurrentInput(target: target.name)
        let runner = GuardedRunner(name: target.name)
        let start = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        var executions = 0, skipped = 0, failures = 0, iteration = 0
        while iteration < limit && elapsed() < seconds {
            defer { iteration += 1 }
            var rng = SplitMix64(seed: seed &+ UInt64(iteration) &* 0xD1B5_4A32_D192_ED03)
            let input = target.generate(&rng)
            if FuzzConfig.skipKnownIssues && target.knownIssue(input) != nil { skipped += 1; continue }
            current.record(input)
            var failure: String?
            let caseRNG = rng
            let finished = runner.run(within: deadline) {
                var rng = caseRNG
                failure = target.check(input, &rng, false)
            }
            guard finished else {
                let saved = save(input, target: target.name, kind: "hang")
                current.keep()
                XCTFail(
                    "[fuzz] \(target.name): case \(iteration) ran over \(deadline) s; input saved to \(saved) (and \(current.path))",
                    file: file, line: line)
                return
            }
            executions += 1
            if let failure {
                failures += 1
                let saved = save(input, target: target.name, kind: "property")
                if failures <= 5 {
                    XCTFail(
                        "[fuzz] \(target.name): case \(iteration) (seed 0x\(String(FuzzConfig.seed, radix: 16))): \(failure)\ninput saved to \(saved)",
                        file: file, line: line)
                }
            }
        }
        runner.stop()
        current.finish()
        let time = elapsed()
        print(
            "[fuzz] \(target.name): \(executions) executions in \(String(format: "%.1f", time)) s (\(Int(Double(executions) / max(time, 0.001)))/s), "
                + "\(skipped) skipped as known issues, \(failures) property failures, seed 0x\(String(FuzzConfig.seed, radix: 16))")
    }
}

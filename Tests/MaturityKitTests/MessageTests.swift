import Foundation
import Testing

@testable import MaturityKit

/// One tiny report per warning (Fixtures/warnings/<case>), laid over the valid `scoring` site like the invalid
/// fixtures: the build succeeds and prints the warning of `expected.txt` (path relative to the report folder).
struct WarningFixtureTests {
    static let folder = TestSupport.fixtures.appendingPathComponent("warnings").path
    static let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()

    @Test func theFixturesAreThere() {
        #expect(Self.names.count >= 4, "found \(Self.names) in \(Self.folder)")
    }

    @Test(arguments: names)
    func buildsWithItsWarning(_ name: String) throws {
        let work = NSTemporaryDirectory() + "maturity-tests-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: work) }
        let content = work + "/content", source = Self.folder + "/" + name
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        for file in FileAccess.filesIncludingHidden(under: source) where file != "expected.txt" {
            let target = content + "/" + file
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? FileManager.default.removeItem(atPath: target)
            try FileManager.default.copyItem(atPath: source + "/" + file, toPath: target)
        }
        let expected = try String(contentsOfFile: source + "/expected.txt", encoding: .utf8).trimmingCharacters(in: .newlines)
        let summary = try Site.build(BuildOptions(content: content, output: work + "/output"))
        let lines = summary.warnings.map { $0.description.replacingOccurrences(of: content + "/", with: "") }
        #expect(lines.contains(expected + " [load]") || lines.contains(expected + " [validate]"), "found\n  \(lines.joined(separator: "\n  "))")
        for warning in summary.warnings { #expect(DoubledWords.find(in: warning.message) == nil, "\(warning.message)") }
    }
}

/// A word written twice in a row ("model file "…" file does not exist" came from two pieces of a message each
/// naming the file). Quoted input is left out, as a user's own text may repeat a word; words are the
/// space-separated pieces made only of letters (so lists such as "d1, d2" or "WOFF, WOFF2" are not words).
enum DoubledWords {
    static func find(in message: String) -> String? {
        var unquoted = "", inQuote = false, previous: Character = " "
        for character in message {
            if character == "\"" && previous != "\\" { inQuote.toggle() } else if !inQuote { unquoted.append(character) }
            previous = character
        }
        let words = unquoted.lowercased().split(whereSeparator: \.isWhitespace)
        return zip(words, words.dropFirst()).first { $0 == $1 && $0.allSatisfy(\.isLetter) }.map { String($0.0) }
    }
}

struct SuggestionTests {
    @Test func closeNamesAreSuggestedAndTiesAreNot() {
        #expect(Suggestion.closest(to: "min_group_sise", among: ReportLoader.keys) == "min_group_size")
        #expect(Suggestion.closest(to: "titel", among: ReportLoader.keys) == "title", "a swap of two letters is one edit")
        #expect(Suggestion.closest(to: "Waves", among: ReportLoader.keys) == "waves", "case is ignored")
        #expect(Suggestion.closest(to: "d9", among: ["d1", "d2"]) == nil, "two names are equally close")
        #expect(Suggestion.closest(to: "colour_scheme", among: ReportLoader.keys) == nil)
        #expect(Suggestion.closest(to: "ab", among: ["xy"]) == nil, "two edits of a two-letter name are too many")
        #expect(Suggestion.hint(for: "z", among: ["a", "b", "c"]) == "expected one of: a, b, c")
        #expect(Suggestion.hint(for: "z", among: []) == "expected one of: none")
    }

    @Test func doubledWordsAreFound() {
        #expect(DoubledWords.find(in: "model file \"a.yaml\" file does not exist") == "file")
        #expect(DoubledWords.find(in: "unknown key \"the the\" in 'x' (expected one of: d1, d2)") == nil)
    }

    @Test func distancesCountEditsAndSwaps() {
        #expect(Suggestion.distance("kitten", "sitting") == 3)
        #expect(Suggestion.distance("ca", "ac") == 1)
        #expect(Suggestion.distance("", "abc") == 3)
        #expect(Suggestion.distance("in-progres", "in-progress") == 1)
        #expect(Suggestion.distance(String(repeating: "a", count: 201), "a") == Int.max)
    }
}

struct ReportDateTests {
    /// Days since 1970-01-01 worked out with Python's datetime.date.
    @Test(arguments: [
        (0, "1970-01-01"), (20_787, "2026-11-30"), (11_016, "2000-02-29"), (-25_508, "1900-03-01"), (84_370, "2200-12-31"),
        (19_782, "2024-02-29"), (47_541, "2100-03-01"),
    ])
    func daysBecomeDates(_ days: Int, _ date: String) {
        #expect(ReportDate.text(daysSince1970: days) == date)
    }

    @Test func impossibleDatesSayWhy() {
        #expect(ReportDate.problem("2026-02-29", key: "date")?.hasSuffix(": February 2026 has 28 days") == true)
        #expect(ReportDate.problem("2100-02-29", key: "date")?.hasSuffix(": February 2100 has 28 days") == true)
        #expect(ReportDate.problem("2000-02-29", key: "date") == nil)
        #expect(ReportDate.impossibility("2026-06-31") == "June 2026 has 30 days")
        #expect(ReportDate.impossibility("2026-06") == nil, "another shape (a month) is not judged here")
        #expect(ReportDate.problem("2026-00-10", key: "date")?.hasSuffix(": there is no month 0; months run from 01 to 12") == true)
        #expect(
            ReportDate.problem("2026-1-10", key: "by", in: "the goal")
                == "expected 'by' as YYYY-MM-DD in the goal, found \"2026-1-10\" (four digits for the year, two for the month, two for the day)")
    }
}

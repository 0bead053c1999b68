import Foundation
import XCTest

@testable import MaturityKit

/// The `voices` fixture built whole, with the email edition for every unit: counts worked out by reading its
/// comments, and the privacy rules checked on every file written. Unit Alpha has four comments on listening,
/// Beta and Gamma two each (under `min_comment_group_size: 3`, with the marker words "zebra" and "quokka").
final class VoicesSiteTests: XCTestCase {
    private var folder: String { TestSupport.site("voices") }

    private func build(_ content: String? = nil) throws -> String {
        let output = TestSupport.temporaryFolder(self) + "/site"
        _ = try Email.build(
            EmailOptions(build: BuildOptions(content: content ?? folder, output: output), to: ["board@test.invalid"], from: "cx@test.invalid", units: true))
        return output
    }

    private func texts(_ output: String) -> [String: String] {
        TestSupport.snapshot(output).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    func testResultsCountCommentsByThemeAndNothingElse() throws {
        let output = try build()
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output + "/data/results.json"))) as? [String: Any])
        let comments = try XCTUnwrap(json["comments"] as? [String: [String: [String: Any]]])
        let listen = try XCTUnwrap(comments["w2"]?["listen"])
        XCTAssertEqual(listen["n"] as? Int, 7)
        XCTAssertEqual(listen["shown"] as? Bool, true)
        let themes = try XCTUnwrap(listen["themes"] as? [[String: Any]])
        XCTAssertEqual(themes.map { $0["id"] as? String }, ["speed", "people", "tools"])
        // slow, waiting-time, Délais, and Beta's and Gamma's "slow"; one "staff"; one "CRM system".
        XCTAssertEqual(themes.map { $0["count"] as? Int }, [5, 1, 1])
        XCTAssertEqual(themes[0]["share"] as? Double ?? 0, 5.0 / 7.0, accuracy: 1e-12)
        let general = try XCTUnwrap(comments["w2"]?["general"])
        XCTAssertEqual(general["n"] as? Int, 5)
        XCTAssertEqual(general["untagged"] as? Int, 3)
        XCTAssertEqual(comments["w1"]?["listen"]?["n"] as? Int, 4)
        // Beta's own file: two comments on listening, too few, so no count by theme.
        let beta = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output + "/units/beta/data/results.json"))) as? [String: Any])
        let betaListen = try XCTUnwrap((beta["comments"] as? [String: [String: [String: Any]]])?["w2"]?["listen"])
        XCTAssertEqual(betaListen["n"] as? Int, 2)
        XCTAssertEqual(betaListen["shown"] as? Bool, false)
        XCTAssertEqual((betaListen["themes"] as? [Any])?.count, 0)
        XCTAssertTrue(betaListen["untagged"] is NSNull)
    }

    func testNoDataFileHoldsACommentsText() throws {
        let files = texts(try build())
        let data = files.filter { $0.key.hasSuffix(".json") || $0.key.hasSuffix(".csv") }
        XCTAssertGreaterThanOrEqual(data.count, 4)
        for (path, text) in data {
            for fragment in ["Replies are", "CRM system", "friendly", "Nothing else", "[removed]", "zebra", "quokka"] {
                XCTAssertFalse(text.contains(fragment), "\(path) holds comment text \(fragment)")
            }
        }
    }

    func testScrubbedDetailsSurviveInNoFile() throws {
        let files = texts(try build())
        XCTAssertTrue(files["dimensions/listen.html"]?.contains("Replies are slow, write to [removed]") ?? false)
        for (path, text) in files {
            for secret in ["jo@example.com", "7946", "0958", "98765432", "Priya", "Natarajan", "Olek"] {
                XCTAssertFalse(text.contains(secret), "\(path) holds \(secret)")
            }
        }
    }

    func testAUnitUnderTheThresholdLeaksNoCommentAnywhere() throws {
        let files = texts(try build())
        XCTAssertNotNil(files["units/beta/dimensions/listen.html"], "Beta has a sub-report")
        XCTAssertTrue(files["units/beta/dimensions/listen.html"]?.contains("too few to show") ?? false)
        for (path, text) in files {
            XCTAssertFalse(text.contains("zebra") || text.contains("marmalade"), "\(path) shows a comment of Beta")
            XCTAssertFalse(text.contains("quokka") || text.contains("lantern"), "\(path) shows a comment of Gamma")
        }
        // Alpha reaches the threshold: its own page shows its four comments on listening, and no evidence note.
        let alpha = try XCTUnwrap(files["units/alpha/dimensions/listen.html"])
        XCTAssertEqual(alpha.components(separatedBy: "<blockquote dir=\"auto\">").count - 1, 4)
        XCTAssertFalse(alpha.contains("nobody owns the follow-up"))
        XCTAssertTrue(files["dimensions/listen.html"]?.contains("nobody owns the follow-up") ?? false)
        XCTAssertTrue(files["email/summary.html"]?.contains("Speed: 5 comments") ?? false, "the email's most frequent theme")
        let betaEmail = try XCTUnwrap(files["email/units/beta.html"])
        XCTAssertFalse(betaEmail.contains("What people said most"), "Beta's only comment column is hidden: no theme counts")
        XCTAssertTrue(try XCTUnwrap(files["email/units/alpha.html"]).contains("What people said most"))
    }

    func testResponseOrderChangesNothingShown() throws {
        let work = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(folder, to: work)
        let path = work + "/waves/w2.csv"
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        lines = [lines[0]] + lines.dropFirst().reversed()
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let section = { (text: String?) in text?.components(separatedBy: "voices-heading").dropFirst().first?.components(separatedBy: "</section>").first }
        let (original, reordered) = (texts(try build()), texts(try build(work)))
        for page in ["dimensions/listen.html", "dimensions/act.html", "units/alpha/dimensions/listen.html"] {
            XCTAssertEqual(section(original[page]), section(reordered[page]), page)
        }
        XCTAssertNotNil(section(original["dimensions/listen.html"]))
        XCTAssertEqual(original["comments.html"], reordered["comments.html"])
    }

    /// Speed: 3 of wave w1's 7 comments, 5 of wave w2's 12. z = (5/12 − 3/7) / √((3/7)(4/7)/7 + (5/12)(7/12)/12)
    /// = −0.0119 / 0.2350 = −0.051 (by hand), well within the noise; the difference is −1.19 points.
    func testTheChangeOfAThemesShareIsTestedAgainstTheWaveBefore() throws {
        let files = texts(try build())
        let page = try XCTUnwrap(files["comments.html"])
        XCTAssertTrue(page.contains("<tr><th scope=\"row\"><bdi>Speed</bdi></th><td>43%</td><td>42%</td><td>−1.19 points</td><td>no</td></tr>"), page)
        let change = OutcomeStatistics.csatChange((3, 7), (5, 12))
        XCTAssertEqual(change.statistic!, -0.05065165884713217, accuracy: 1e-12)
        XCTAssertFalse(files.keys.contains { $0.hasPrefix("units/") && $0.hasSuffix("comments.html") }, "comments.html is the organisation's only")
    }
}

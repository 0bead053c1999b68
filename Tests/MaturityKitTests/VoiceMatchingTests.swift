import Foundation
import XCTest

@testable import MaturityKit

/// Theme matching, scrubbing and the choice of comments shown, on hand-made comments whose answers are worked
/// out by reading them.
final class VoiceMatchingTests: XCTestCase {
    private func theme(_ id: String, _ keywords: [String], dimensions: [String] = []) -> CommentTheme {
        CommentTheme(id: id, name: id, keywords: keywords.compactMap(ThemeMatcher.keyword), dimensions: dimensions)
    }

    private func matches(_ text: String, _ keywords: [String], key: String = "voc") -> Bool {
        !ThemeMatcher.themes(of: text, key: key, in: [theme("t", keywords)]).isEmpty
    }

    func testAKeywordMatchesWholeWordsOnly() {
        XCTAssertTrue(matches("The reply was slow.", ["slow"]))
        XCTAssertTrue(matches("SLOW replies", ["slow"]), "any case")
        XCTAssertFalse(matches("Replies slowed down", ["slow"]), "part of a word")
        XCTAssertFalse(matches("a slowness", ["slow"]))
        XCTAssertTrue(matches("slow,then fast", ["slow"]), "punctuation separates words")
    }

    func testAStarMatchesAnyWordStartingWithIt() {
        XCTAssertTrue(matches("Deliveries were delayed twice", ["delay*"]))
        XCTAssertTrue(matches("constant delays", ["delay*"]))
        XCTAssertTrue(matches("one delay", ["delay*"]), "the stem itself")
        XCTAssertFalse(matches("no relay", ["delay*"]))
        XCTAssertFalse(matches("the dela y", ["delay*"]))
    }

    func testSeveralWordsMatchInSequenceAcrossSpacesAndPunctuation() {
        XCTAssertTrue(matches("The waiting time is long", ["waiting time"]))
        XCTAssertTrue(matches("waiting-time was long", ["waiting time"]))
        XCTAssertTrue(matches("Waiting...  time!", ["waiting time"]))
        XCTAssertFalse(matches("time spent waiting", ["waiting time"]), "order matters")
        XCTAssertFalse(matches("waiting a long time", ["waiting time"]), "the words must follow each other")
        XCTAssertTrue(matches("waiting times vary", ["waiting time*"]), "a star on the last word")
    }

    func testDiacriticsCaseAndCompatibilityFormsAreIgnored() {
        XCTAssertTrue(matches("Le délai était énorme", ["delai"]))
        XCTAssertTrue(matches("Le delai était énorme", ["délai"]))
        XCTAssertTrue(matches("ÉNORME", ["enorme"]))
        XCTAssertTrue(matches("ﬁle lost", ["file"]), "the ﬁ ligature is f and i under NFKC")
        XCTAssertTrue(matches("ｓｌｏｗ", ["slow"]), "full-width letters")
        XCTAssertTrue(matches("Straße", ["strasse"]), "case folding")
        XCTAssertTrue(matches("cafe\u{301} service", ["café"]), "a combining accent")
    }

    func testACommentCountsOncePerThemeAndThemesKeepTheirColumns() {
        let themes = [theme("speed", ["slow", "delay*"]), theme("people", ["staff", "agent*"], dimensions: ["general"])]
        XCTAssertEqual(ThemeMatcher.themes(of: "slow, slow, delayed and slow", key: "voc", in: themes), [0])
        XCTAssertEqual(ThemeMatcher.themes(of: "slow staff", key: "voc", in: themes), [0], "people applies to general comments only")
        XCTAssertEqual(ThemeMatcher.themes(of: "slow staff", key: "general", in: themes), [0, 1])
        let group = ScoreVoices.group(
            "voc", [("slow slow slow", [0]), ("slow staff", [0, 1]), ("fine", [])], themes: 2, minimum: 3, pick: true)
        XCTAssertEqual(group.counts, [2, 1])
        XCTAssertEqual(group.untagged, 1)
        XCTAssertEqual(group.share(0)!, 2.0 / 3.0, accuracy: 1e-12)
    }

    func testAGroupUnderTheThresholdKeepsOnlyItsSize() {
        let group = ScoreVoices.group("voc", [("slow", [0]), ("slow too", [0])], themes: 1, minimum: 3, pick: true)
        XCTAssertFalse(group.shown)
        XCTAssertEqual(group.n, 2)
        XCTAssertTrue(group.counts.isEmpty && group.comments.isEmpty && group.untagged == 0)
    }

    /// A unit shows its comments for a column only if the units that do not show theirs hold none or at least the
    /// threshold together; otherwise the smallest shown unit is hidden too (worked out by hand, threshold 3).
    func testHiddenUnitsCannotBeWorkedOutBySubtraction() {
        let sizes = ["listen": ["A": 4, "B": 2, "C": 1], "general": ["A": 4, "C": 1], "act": ["A": 10, "B": 12, "X": 2], "voc": ["A": 5, "B": 3]]
        let visible = CommentProtection.visible(sizes: sizes, units: ["A", "B", "C"], minimum: 3)
        XCTAssertEqual(
            visible,
            [CommentProtection.id("listen", "A"), CommentProtection.id("act", "B"), CommentProtection.id("voc", "A"), CommentProtection.id("voc", "B")])
        // listen: B and C hold 3, enough. general: C alone holds 1, so A goes too. act: X (no sub-report) holds 2,
        // so the smaller of A and B goes. voc: nothing is hidden.
    }

    func testScrubbingRemovesAddressesNumbersLinksAndRedactedNames() {
        let scrubber = CommentScrubber(redact: ["Jo Bloggs", "Marta"])
        XCTAssertEqual(scrubber.scrub("Write to jo.bloggs+cx@example.co.uk please"), "Write to [removed] please")
        XCTAssertEqual(scrubber.scrub("Call +44 (0)20 7946 0958 now"), "Call [removed] now")
        XCTAssertEqual(scrubber.scrub("call 555-0142-88 or 555.123.4567"), "call [removed] or [removed]")
        XCTAssertEqual(scrubber.scrub("see https://example.org/a?b=1 and www.example.com/x"), "see [removed] and [removed]")
        XCTAssertEqual(scrubber.scrub("ticket 12345678 and order 123456"), "ticket [removed] and order [removed]")
        XCTAssertEqual(scrubber.scrub("MARTA helped, jo bloggs did not"), "[removed] helped, [removed] did not")
        XCTAssertEqual(scrubber.scrub("Martais and Martha stay"), "Martais and Martha stay", "whole words only")
        XCTAssertEqual(scrubber.scrub("In 2024 we scored 4 of 5, 12 times"), "In 2024 we scored 4 of 5, 12 times", "short numbers stay")
        XCTAssertEqual(scrubber.scrub("line one\n\tline\u{202E}two"), "line one line two", "one line, no hidden characters")
        // Arabic joins "and", "for", "by" to a name: the name goes, the particle stays; a longer word stays.
        let arabic = CommentScrubber(redact: ["سلمى"])
        XCTAssertEqual(arabic.scrub("شكرًا لسلمى وسلمى وبسلمى"), "شكرًا ل[removed] و[removed] وب[removed]")
        XCTAssertEqual(arabic.scrub("سلمان وسلماني"), "سلمان وسلماني")
        XCTAssertEqual(arabic.scrub("اتصل ٠٥٥١٢٣٤٥٦٧ الآن"), "اتصل [removed] الآن", "Arabic-Indic digits are numbers too")
    }

    func testTheCommentsShownDoNotDependOnResponseOrder() {
        let comments = (0..<30).map { ShownComment(text: "comment \($0)", themes: $0 % 3 == 0 ? [0] : $0 % 3 == 1 ? [1] : []) }
        let counts = [10, 10]
        let picked = CommentSelection.pick(comments, counts: counts)
        XCTAssertEqual(picked, CommentSelection.pick(comments.reversed(), counts: counts))
        XCTAssertEqual(picked.count, 8)
        XCTAssertEqual(picked.filter { $0.themes == [0] }.count, 4, "the two themes take turns")
        XCTAssertEqual(picked.prefix(4).map(\.themes), [[0], [0], [0], [0]], "shown by theme, the most frequent first")
        // FNV-1a of "a" is the published test vector.
        XCTAssertEqual(CommentSelection.hash("a"), 0xaf63_dc4c_8601_ec8c)
        let few = CommentSelection.pick(
            [.init(text: "b", themes: []), .init(text: "a", themes: [1]), .init(text: "a", themes: [1])], counts: [0, 2])
        XCTAssertEqual(few.map(\.text), ["a", "b"], "a theme's comments first, an identical text once")
    }
}

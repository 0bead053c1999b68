import Foundation
import XCTest

@testable import MaturityKit

/// The reader's language: plural categories, numbers, dates and strings, each checked against values worked out
/// by hand from CLDR's rules and symbols (not from the code's own tables).
final class LanguageTests: XCTestCase {
    private func theme(_ tag: String) throws -> TemplateSet {
        try TemplateSet.load(theme: BuiltIns.templatesDirectory, overrides: nil, language: tag)
    }

    /// CLDR's categories at 0, 1, 2, 3, 11 and 100 for every built-in language, and the sentence each picks.
    func testPluralFormsOfEveryLanguage() throws {
        let counts = [0, 1, 2, 3, 11, 100]
        let expected: [String: [String]] = [
            "en": ["other", "one", "other", "other", "other", "other"],
            "de": ["other", "one", "other", "other", "other", "other"],
            "fr": ["one", "one", "other", "other", "other", "other"],
            "es": ["other", "one", "other", "other", "other", "other"],
            "ar": ["zero", "one", "two", "few", "many", "other"],
        ]
        for (tag, categories) in expected.sorted(by: { $0.key < $1.key }) {
            let theme = try theme(tag)
            let words = theme.words
            XCTAssertEqual(counts.map { words.locale.plural.category($0) }, categories, tag)
            for (count, category) in zip(counts, categories) {
                // The sentence is the strings file's own for that category, with the count in the locale's digits.
                let template = try XCTUnwrap(theme.strings.texts["gap_stages_\(category)"], "\(tag): gap_stages_\(category)")
                let number = words.numbers.integer(count)
                XCTAssertEqual(words.count("gap_stages", count), template.replacingOccurrences(of: "{{count}}", with: number), "\(tag) \(count)")
                let form = words.plural(count)
                XCTAssertEqual(
                    [form.zero, form.one, form.two, form.few, form.many, form.other].filter { $0 }.count, 1, "\(tag) \(count): one category")
            }
        }
        // Large round numbers are "many" in French and Spanish; Arabic's few and many follow n mod 100.
        XCTAssertEqual(ReportLocale.load("fr")!.plural.category(1_000_000), "many")
        XCTAssertEqual(ReportLocale.load("es")!.plural.category(2_000_000), "many")
        XCTAssertEqual(ReportLocale.load("es")!.plural.category(1_000_001), "other")
        XCTAssertEqual(ReportLocale.load("ar")!.plural.category(103), "few")
        XCTAssertEqual(ReportLocale.load("ar")!.plural.category(111), "many")
        XCTAssertEqual(ReportLocale.load("ar")!.plural.category(102), "other")
    }

    /// Every language's strings have every key English has, with all of the language's plural categories.
    func testEveryBuiltInLanguageIsComplete() throws {
        for tag in ["en", "en-GB", "de", "de-CH", "fr", "fr-CH", "es", "es-MX", "ar", "ar-SA", "ar-AE"] {
            XCTAssertNoThrow(try theme(tag), tag)
        }
        XCTAssertEqual(try theme("ar").strings.texts["gap_stages_two"]?.isEmpty, false)
    }

    func testNumbersInEachLocale() throws {
        func numbers(_ tag: String) -> NumberStyle { ReportLocale.load(tag)!.numbers }
        XCTAssertEqual(numbers("en").fixed(-1234.5, places: 2), "−1,234.50")
        XCTAssertEqual(numbers("de").fixed(-1234.5, places: 2), "−1.234,50")
        XCTAssertEqual(numbers("fr").fixed(1234.5, places: 1), "1\u{202F}234,5")
        XCTAssertEqual(numbers("de-CH").fixed(1234.5, places: 1), "1’234.5")
        // Spanish groups only from five digits (CLDR's minimum grouping digits of 2).
        XCTAssertEqual(numbers("es").integer(1234), "1234")
        XCTAssertEqual(numbers("es").integer(12345), "12.345")
        // Arabic-Indic digits where CLDR's default numbering system is "arab" (Saudi Arabia), Latin where it is
        // "latn" (CLDR 46: ar and ar-AE).
        XCTAssertEqual(numbers("ar-SA").fixed(3.42, places: 2), "٣٫٤٢")
        XCTAssertEqual(numbers("ar-SA").integer(3177), "٣٬١٧٧")
        XCTAssertEqual(numbers("ar-AE").fixed(3.42, places: 2), "3.42")
        XCTAssertEqual(numbers("en").percent(42, places: 0), "42%")
        XCTAssertEqual(numbers("de").percent(42, places: 0), "42\u{00A0}%")
        XCTAssertEqual(numbers("fr").percent(42.5, places: 1), "42,5\u{00A0}%")
        XCTAssertEqual(numbers("ar-SA").percent(42, places: 0), "٤٢٪\u{061C}")
        XCTAssertEqual(numbers("de").change(0.25), "+0,25")
        XCTAssertEqual(numbers("de").change(-0.004), "±0,00")
        XCTAssertEqual(numbers("ar-SA").change(-0.4), "\u{061C}−٠٫٤٠")
        XCTAssertEqual(numbers("de").interval((3.1, 3.62)), "3,10–3,62")
    }

    func testLongDatesInEachLocale() throws {
        func date(_ tag: String) -> String { ReportLocale.load(tag)!.longDate(year: 2026, month: 10, day: 5) }
        XCTAssertEqual(date("en"), "October 5, 2026")
        XCTAssertEqual(date("en-GB"), "5 October 2026")
        XCTAssertEqual(date("de"), "5. Oktober 2026")
        XCTAssertEqual(date("fr"), "5 octobre 2026")
        XCTAssertEqual(date("es"), "5 de octubre de 2026")
        XCTAssertEqual(date("ar-SA"), "٥ أكتوبر ٢٠٢٦")
    }

    func testLanguageTags() {
        XCTAssertEqual(LanguageTag.canonical("AR-ae"), "ar-AE")
        XCTAssertEqual(LanguageTag.canonical("es-419"), "es-419")
        XCTAssertEqual(LanguageTag.canonical("de"), "de")
        XCTAssertNil(LanguageTag.canonical("ar_AE"))
        XCTAssertNil(LanguageTag.canonical("english"))
        XCTAssertNil(LanguageTag.canonical("de-"))
        XCTAssertTrue(LanguageTag.syntaxProblem("ar_AE").contains("\"ar-AE\""))
    }

    /// An unsupported language names the supported ones; a region CLDR lacks is refused; a theme's language
    /// that lacks keys names each missing key.
    func testUnsupportedLanguagesAndIncompleteThemes() throws {
        XCTAssertThrowsError(try theme("it")) { error in
            let message = (error as? BuildFailure)?.diagnostics.first?.message ?? ""
            XCTAssertTrue(message.contains("unsupported language \"it\""), message)
            XCTAssertTrue(message.contains("ar, de, en, es, fr"), message)
        }
        XCTAssertThrowsError(try theme("de-XX")) { error in
            XCTAssertTrue(((error as? BuildFailure)?.diagnostics.first?.message ?? "").contains("CLDR has no such locale"))
        }
        let folder = TestSupport.temporaryFolder(self)
        try "nav_overview: \"Panoramica\"\n".write(toFile: folder + "/strings.it.yaml", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try TemplateSet.load(theme: BuiltIns.templatesDirectory, overrides: folder, language: "it")) { error in
            let messages = (error as? BuildFailure)?.diagnostics.map(\.message) ?? []
            XCTAssertTrue(messages.contains { $0.contains("the it strings have no key \"actions_heading\"") }, "\(messages.prefix(3))")
            XCTAssertFalse(messages.contains { $0.contains("\"nav_overview\"") })
            XCTAssertTrue(messages.contains { $0.contains("more keys are missing") })
        }
    }

    /// Every CLDR plural rule in the pinned data can be read.
    func testEveryPinnedLocaleLoads() {
        let tags = ReportLocale.tags
        XCTAssertGreaterThan(tags.count, 800)
        XCTAssertEqual(tags.filter { ReportLocale.load($0) == nil }, [])
    }
}

import Foundation
import XCTest

@testable import MaturityKit

/// With `language: de`, `fr`, `es` or `ar`, no English wording of the theme is left on any page, in the email or
/// in the PDF. The Arabic example (`content-ar/`) is built in each language: everything its author wrote is
/// Arabic, so any run of English words on the result came from the tool.
final class TranslationCoverageTests: XCTestCase {
    static let languages = ["de", "fr", "es", "ar-SA"]

    /// The English strings as runs of words: a string is cut at its `{{tags}}` and its markup, and each run with a
    /// word of four letters or more is kept. Strings a language keeps as they are (`kept.<language>.txt`: tags
    /// only, acronyms, words spelt the same) and strings the language writes identically are left out.
    private func englishRuns(for language: String) throws -> [(key: String, run: String)] {
        let english = try TemplateSet.load(theme: BuiltIns.templatesDirectory, overrides: nil).strings
        let other = try TemplateSet.load(theme: BuiltIns.templatesDirectory, overrides: nil, language: language).strings
        let keptFile = TestSupport.fixtures.appendingPathComponent("languages/kept.\(LanguageTag.language(of: language)).txt").path
        let kept = Set(
            ((try? String(contentsOfFile: keptFile, encoding: .utf8)) ?? "").split(separator: "\n")
                .map { String($0.prefix { $0 != " " && $0 != ":" && $0 != "\t" }) })
        // A word the translation itself uses ("Score" in German's "Net Promoter Score", "Benchmark") is not a
        // leftover when it appears.
        let translation = other.texts.values.sorted().joined(separator: "\n")
        var runs: [(String, String)] = []
        for (key, text) in english.texts.sorted(by: { $0.key < $1.key }) where !kept.contains(key) && other.texts[key] != text {
            let plain = text.replacingOccurrences(of: #"\{\{[^}]*\}\}|<[^>]*>"#, with: "\u{0}", options: .regularExpression)
            for piece in plain.split(separator: "\u{0}") {
                let run = piece.split(whereSeparator: \.isWhitespace).joined(separator: " ").trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
                let words = run.split { !$0.isLetter }
                // File names (data/results.json) are names, not wording.
                guard !run.contains("/"), words.contains(where: { $0.count >= 4 && $0.allSatisfy(\.isASCII) }), !Self.containsWords(translation, run)
                else { continue }
                runs.append((key, run))
            }
        }
        return runs
    }

    /// What a reader sees of a page: its text and the attributes read aloud or shown (alt, title, aria-label),
    /// without the stylesheet.
    static func visibleText(_ html: String) -> String {
        var text = html.replacingOccurrences(of: #"<style[\s\S]*?</style>"#, with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: #"(?:alt|title|aria-label)="([^"]*)""#, with: "> $1 <", options: .regularExpression)
        text = text.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
        for (entity, character) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " ")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `run` in `text` as whole words: "Model" is not found in "Modell", nor "Dimension" in "Dimensión".
    static func containsWords(_ text: String, _ run: String) -> Bool {
        var rest = text[...]
        while let range = rest.range(of: run) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false) && !(before?.isNumber ?? false) && !(after?.isLetter ?? false) && !(after?.isNumber ?? false) { return true }
            rest = text[text.index(after: range.lowerBound)...]
        }
        return false
    }

    func testNoEnglishWordingIsLeftInAnyLanguage() throws {
        let content = TestSupport.repositoryRoot.path + "/content-ar"
        for language in Self.languages {
            let runs = try englishRuns(for: language)
            XCTAssertGreaterThan(runs.count, 300, "\(language): the English strings were read")
            let options = BuildOptions(content: content, output: TestSupport.temporaryFolder(self) + "/site", language: language)
            let context = try Pipeline.views.run(options)
            let (views, theme, scored) = (try XCTUnwrap(context.views), try XCTUnwrap(context.theme), try XCTUnwrap(context.scored))
            var documents: [(String, String)] = []
            for file in try RenderSite.run(views, templates: theme, reportFolder: content) where file.path.hasSuffix(".html") {
                guard case .success(let bytes) = file.contents() else { XCTFail("\(language): \(file.path) did not render"); continue }
                documents.append((file.path, Self.visibleText(String(decoding: bytes, as: UTF8.self))))
            }
            let email = EmailView.build(scored, index: views.index, words: theme.words)
            if case .success(let html) = EmailRender.html(email, theme: theme) {
                documents.append(("email html", Self.visibleText(html)))
            } else {
                XCTFail("email")
            }
            if case .success(let text) = EmailRender.text(email, theme: theme) { documents.append(("email text", text)) } else { XCTFail("email text") }
            let subject = theme.words("email_subject", ["title": scored.report.settings.title, "organisation": scored.report.settings.organisation])
            documents.append(("email subject", subject))
            if case .success(let html) = PdfDocument.render(views, theme: theme, date: scored.report.settings.date, paper: .a4) {
                documents.append(("pdf", Self.visibleText(html)))
            } else {
                XCTFail("pdf document")
            }
            XCTAssertGreaterThan(documents.count, 40)
            var found: [String] = []
            for (path, text) in documents {
                for (key, run) in runs where Self.containsWords(text, run) { found.append("\(path): \(key): \(run)") }
            }
            XCTAssertEqual(found, [], "\(language): English wording left")
        }
    }
}

import Foundation
import XCTest

@testable import MaturityKit

/// Models in several languages: overlays (`X.<language>.yaml`), the model in the report's language,
/// `models export --language`, the questionnaire in a language, and waves whose files are in several languages.
/// The errors of overlays are Fixtures/invalid/overlay-*.
final class ModelTranslationTests: XCTestCase {
    private func loadFixture(_ folder: String, language: String) -> (LoadReport.Folder?, [Diagnostic]) {
        let sink = DiagnosticSink()
        let folder = LoadReport.run(folder: folder, language: language, sink: sink)
        return (folder, sink.diagnostics)
    }

    func testOverlayFilesAreNotModelsOfTheirOwn() {
        XCTAssertFalse(BuiltIns.modelIDs.contains { $0.contains(".") }, "\(BuiltIns.modelIDs)")
        XCTAssertEqual(ModelOverlayLoader.language(ofFile: "cx-tracks.de.yaml", base: "cx-tracks"), "de")
        XCTAssertEqual(ModelOverlayLoader.language(ofFile: "custom.ar-ae.yaml", base: "custom"), "ar-AE")
        XCTAssertNil(ModelOverlayLoader.language(ofFile: "custom.backup.yaml", base: "custom"))
        XCTAssertNil(ModelOverlayLoader.language(ofFile: "customer.de.yaml", base: "custom"))
        XCTAssertTrue(BuiltIns.overlayLanguages(id: "cx-tracks").contains("de"), "\(BuiltIns.overlayLanguages(id: "cx-tracks"))")
    }

    /// Every built-in translation is complete, and its export is a model file that reads back to the same model.
    func testEveryBuiltInTranslationExportsAValidModelThatReadsBack() throws {
        for id in BuiltIns.modelIDs {
            let original = try XCTUnwrap(ModelLoader.load(text: try XCTUnwrap(BuiltIns.modelText(id: id)), file: id).0)
            let (overlays, problems) = ModelOverlayLoader.builtIn(id: id, model: original)
            XCTAssertEqual(problems.map(\.description), [], id)
            for overlay in overlays {
                let yaml = try Models.export(id: id, language: overlay.language).get()
                let (read, found) = ModelLoader.load(text: yaml, file: "\(id).\(overlay.language)")
                XCTAssertEqual(found.map(\.description), [], "\(id) \(overlay.language)")
                let exported = try XCTUnwrap(read)
                let expected = try XCTUnwrap(ModelLanguages.localise(original, overlays: [overlay], language: overlay.language).0)
                XCTAssertEqual(Self.texts(exported), Self.texts(expected), "\(id) \(overlay.language)")
                XCTAssertNotEqual(Self.texts(exported), Self.texts(original), "\(id) \(overlay.language) is not translated")
                XCTAssertEqual(exported.stages.map(\.minScore), original.stages.map(\.minScore))
                XCTAssertEqual(exported.dimensions.flatMap(\.items).map(\.weight), original.dimensions.flatMap(\.items).map(\.weight))
                XCTAssertEqual(exported.dimensions.flatMap(\.items).map(\.reverse), original.dimensions.flatMap(\.items).map(\.reverse))
                // The same model gives the same bytes.
                XCTAssertEqual(try Models.export(id: id, language: overlay.language).get(), yaml)
            }
        }
        XCTAssertThrowsError(try Models.export(id: "cx-tracks", language: "tlh").get())
        XCTAssertThrowsError(try Models.export(id: "cx-track", language: "de").get())
    }

    /// Every text of a model, in order, for comparing two models' words.
    private static func texts(_ model: MaturityModel) -> [String] {
        var texts = [model.id, model.name, model.description] + model.scale.labels
        for stage in model.stages { texts += [stage.id, stage.name, stage.summary] }
        for dimension in model.dimensions {
            texts += [dimension.id, dimension.name, dimension.group ?? "", dimension.description]
            for stage in model.stages {
                texts += [dimension.descriptors[stage.id] ?? ""] + (dimension.actions[stage.id] ?? [])
                texts += (dimension.criteria[stage.id] ?? []).flatMap { [$0.id, $0.text] }
            }
            texts += dimension.items.flatMap { [$0.id, $0.text] }
        }
        return texts
    }

    func testTheReportsLanguagePicksTheOverlayAndKeepsEveryStatement() throws {
        let site = TestSupport.site("multilingual")
        let (arabic, problems) = loadFixture(site, language: "ar-EG")
        XCTAssertEqual(problems.filter { $0.severity == .error }.map(\.description), [])
        let model = try XCTUnwrap(arabic?.report.model)
        XCTAssertEqual(model.name, "أساسيات الخدمة")
        XCTAssertEqual(model.languages, ["ar"])
        XCTAssertEqual(model.scale.labels.first, "أرفض بشدة")
        XCTAssertEqual(model.scale.otherLabels, [["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"]])
        let item = try XCTUnwrap(model.dimensions.first?.items.first)
        XCTAssertEqual(item.text, "نسأل العملاء عن رأيهم في خدمتنا.")
        XCTAssertEqual(item.otherTexts, ["We ask customers what they think of our service."])
        XCTAssertEqual(model.dimensions[0].actions["c"]?.count, 2)

        // A language with no overlay keeps the author's words, with the other languages kept for matching.
        let (english, _) = loadFixture(site, language: "fr")
        let own = try XCTUnwrap(english?.report.model)
        XCTAssertEqual(own.name, "Service basics")
        XCTAssertEqual(own.dimensions[0].items[0].otherTexts, ["نسأل العملاء عن رأيهم في خدمتنا."])
    }

    /// A regional overlay (ar-AE) is laid over its language's (ar): it need only give what differs.
    /// A translation is author text like the model itself: markup in it is shown as text, never run, and a
    /// control or bidirectional-override character is an error at its line.
    func testMarkupInATranslationIsTextOnThePage() throws {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("multilingual"), to: content)
        let overlay = content + "/models/service.ar.yaml"
        var text = try String(contentsOfFile: overlay, encoding: .utf8)
        text = text.replacingOccurrences(of: "name: \"أساسيات الخدمة\"", with: "name: \"<script>alert(1)</script><img src=x onerror=alert(2)>\"")
        try text.write(toFile: overlay, atomically: true, encoding: .utf8)
        let output = TestSupport.temporaryFolder(self) + "/site"
        XCTAssertNil(TestSupport.build(content, into: output, language: "ar"))
        let page = try String(contentsOfFile: output + "/methodology.html", encoding: .utf8)
        XCTAssertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"))
        XCTAssertFalse(page.contains("<script"))
        try text.replacingOccurrences(of: "<script>", with: "\\u202E").write(toFile: overlay, atomically: true, encoding: .utf8)
        let failure = try XCTUnwrap(TestSupport.build(content, into: output + "2", language: "ar"))
        XCTAssertTrue(failure.diagnostics.contains { $0.description.contains("service.ar.yaml:3:") }, "\(failure.diagnostics)")
    }

    func testARegionalOverlayOverridesItsLanguage() throws {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("multilingual"), to: content)
        try "language: ar-AE\nname: \"أساسيات خدمة العملاء\"\n".write(toFile: content + "/models/service.ar-AE.yaml", atomically: true, encoding: .utf8)
        let regional = try XCTUnwrap(loadFixture(content, language: "ar-AE").0?.report.model)
        XCTAssertEqual(regional.name, "أساسيات خدمة العملاء")
        XCTAssertEqual(regional.dimensions[0].name, "الإصغاء")
        let plain = try XCTUnwrap(loadFixture(content, language: "ar").0?.report.model)
        XCTAssertEqual(plain.name, "أساسيات الخدمة")
    }

    /// An overlay must not be read from outside the report folder, even through a link beside the model.
    func testAnOverlayLinkLeadingOutsideIsRefused() throws {
        let work = TestSupport.temporaryFolder(self)
        let content = work + "/content"
        TestSupport.copy(TestSupport.site("multilingual"), to: content)
        try FileManager.default.moveItem(atPath: content + "/models/service.ar.yaml", toPath: work + "/service.ar.yaml")
        try FileManager.default.createSymbolicLink(atPath: content + "/models/service.ar.yaml", withDestinationPath: work + "/service.ar.yaml")
        let (folder, problems) = loadFixture(content, language: "ar")
        XCTAssertNil(folder)
        XCTAssertTrue(problems.contains { $0.message.contains("leads outside the report folder") }, "\(problems)")
    }

    /// The questionnaire in the report's language: statements from the model's overlay, words from the theme's strings.
    func testSurveyExportIsWrittenInTheGivenLanguage() throws {
        let output = TestSupport.temporaryFolder(self) + "/questionnaire"
        let content = TestSupport.repositoryRoot.appendingPathComponent("content").path
        _ = try Survey.export(content: content, output: output, language: "de")
        let csv = try String(contentsOfFile: output + "/questionnaire.csv", encoding: .utf8)
        let german = try XCTUnwrap(Models.export(id: "cx-capabilities", language: "de").get())
        let statement = try XCTUnwrap(ModelLoader.load(text: german, file: "de").0?.dimensions.first?.items.first?.text)
        XCTAssertTrue(csv.contains(statement), csv)
        XCTAssertTrue(csv.contains("Stimme zu"), csv)
        let html = try String(contentsOfFile: output + "/questionnaire.html", encoding: .utf8)
        XCTAssertTrue(html.contains("lang=\"de\""), String(html.prefix(300)))
    }

    /// The merge test: the same answers as one English file, or as an English export and an Arabic export
    /// (Arabic statements as headers, Arabic labels as answers, columns in another order) give the same bytes.
    func testAWaveMergedFromAnEnglishAndAnArabicExportGivesTheSameFigures() throws {
        let work = TestSupport.temporaryFolder(self)
        let one = work + "/one", two = work + "/two"
        TestSupport.copy(TestSupport.site("multilingual"), to: one)
        TestSupport.copy(TestSupport.site("multilingual"), to: two)
        let report = try String(contentsOfFile: two + "/report.yaml", encoding: .utf8)
        let split = report.replacingOccurrences(
            of: "responses: waves/all/responses.csv", with: "responses: [waves/split/en.csv, waves/split/ar.csv]")
        XCTAssertNotEqual(split, report)
        try split.write(toFile: two + "/report.yaml", atomically: true, encoding: .utf8)

        let first = try Site.build(BuildOptions(content: one, output: work + "/site-one"))
        let second = try Site.build(BuildOptions(content: two, output: work + "/site-two"))
        // No column of either file is left unmatched.
        XCTAssertEqual(second.warnings.filter { $0.message.contains("column") }.map(\.description), [])
        XCTAssertEqual(first.warnings.filter { $0.message.contains("column") }.map(\.description), [])
        let a = try Data(contentsOf: URL(fileURLWithPath: work + "/site-one/data/results.json"))
        let b = try Data(contentsOf: URL(fileURLWithPath: work + "/site-two/data/results.json"))
        XCTAssertEqual(a, b, "results.json differs between the one-file and the two-file wave")
        let results = try ResultsFile.read(work + "/site-two/data/results.json")
        XCTAssertEqual(results.waves.first?.respondents, 24)
    }

    /// Files of one wave must ask the same statements.
    func testFilesOfOneWaveWithDifferentItemsAreRefused() throws {
        let work = TestSupport.temporaryFolder(self)
        let content = work + "/content"
        TestSupport.copy(TestSupport.site("multilingual"), to: content)
        let arabic = try String(contentsOfFile: content + "/waves/split/ar.csv", encoding: .utf8)
        let shorter = arabic.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).dropLast().joined(separator: ",") }
        try (shorter.joined(separator: "\n") + "\n").write(toFile: content + "/waves/split/ar.csv", atomically: true, encoding: .utf8)
        let report = try String(contentsOfFile: content + "/report.yaml", encoding: .utf8)
        try report.replacingOccurrences(of: "responses: waves/all/responses.csv", with: "responses: [waves/split/en.csv, waves/split/ar.csv]")
            .write(toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
        let failure = try XCTUnwrap(TestSupport.build(content, into: work + "/site"))
        XCTAssertTrue(failure.errors.contains { $0.message.contains("must have the same items") }, "\(failure)")
    }
}

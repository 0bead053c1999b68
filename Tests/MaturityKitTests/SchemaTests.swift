import Foundation
import Testing

@testable import MaturityKit

/// The editor schemas against real files, through scripts/schema_check.py (PyYAML and jsonschema, installed by
/// scripts/bootstrap; without them these tests fail, they never skip): every example, built-in model, valid
/// fixture and freshly made `init` folder matches; every invalid fixture that breaks a schema rule fails.
struct SchemaTests {
    static let fixtures = TestSupport.fixtures.appendingPathComponent("schemas").path
    static let invalidReports = TestSupport.fixtures.appendingPathComponent("invalid").path

    /// Invalid reports whose problem no schema can see, by reason. The others that change a YAML file must fail.
    static let notSchemaMatters: [String: [String]] = [
        "needs the model, another file or the folder": [
            "benchmark-missing-file", "benchmark-off-scale", "benchmark-unknown-dimension", "branding-missing-logo",
            "criteria-model-without-criteria", "criteria-unknown-criterion", "paths-model-outside", "report-language-unsupported", "report-missing-model-file",
            "report-missing-responses", "report-unknown-target-dimension", "report-unknown-target-stage", "roadmap-unknown-dimension",
            "roadmap-unknown-stage", "scores-missing-dimension", "scores-off-scale", "scores-unknown-stage", "wave-unknown-column",
            "outcomes-link-unknown-dimension", "criteria-criterion-suggested", "model-descriptor-stage-suggested",
            "report-target-dimension-suggested", "report-target-stage-suggested", "roadmap-dimension-suggested", "roadmap-stage-suggested",
            "scores-dimension-suggested", "scores-stage-suggested", "wave-unknown-column-suggested",
            "voices-unknown-comment-key", "voices-missing-comment-column", "voices-theme-unknown-dimension",
            // A model's translation is read against the model (ids, list lengths, completeness) and named by its file name.
            "overlay-action-count", "overlay-label-count", "overlay-language-mismatch", "overlay-missing-text", "overlay-unknown-dimension",
            "overlay-unknown-item", "overlay-unknown-stage",
        ],
        "relates values within one file (order, uniqueness, counts, contrast)": [
            "benchmark-quartiles-unordered", "model-bad-scale", "model-criteria-unknown-stage", "model-duplicate-dimension",
            "model-missing-descriptor", "model-thresholds-not-increasing", "report-duplicate-wave", "report-light-colour",
            "report-waves-out-of-order", "roadmap-duplicate-id", "roadmap-end-before-start", "outcomes-link-unknown-outcome",
            "report-units-suggested",
        ],
        "the content of a CSV or CSS file the YAML names": [
            "branding-stylesheet-import", "css-font-face-src", "css-image-set", "css-import-escaped", "css-url-escape",
            "css-url-space-quote", "css-url-tab", "personal-attribute-email-values", "personal-attribute-name-header",
            "personal-attribute-phone-values", "personal-attribute-respondent", "personal-attribute-unique-values",
            "outcomes-answer-off-scale", "outcomes-missing-column", "csv-mapped-column-missing", "columns-email-header-attribute",
            "columns-email-values-attribute", "columns-missing-attribute-header", "columns-missing-item-header",
        ],
        "not YAML that can be read (checked before any schema applies)": ["report-yaml-syntax", "yaml-alias-bomb", "yaml-alias-key"],
    ]

    /// The invalid reports that change at least one YAML file.
    static let yamlCases = ((try? FileManager.default.contentsOfDirectory(atPath: invalidReports)) ?? []).sorted().filter { name in
        FileAccess.filesIncludingHidden(under: invalidReports + "/" + name).contains { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
    }

    static func files(_ folder: String) -> [String] {
        (((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }).sorted()
    }

    static func kind(_ file: String) -> String { String(file.prefix { $0 != "-" && $0 != "." }) }

    @Test func theValidatorIsInstalled() throws {
        let run = try TestSupport.python("schema_check.py", ["--self-check"])
        #expect(run.status == 0, "the schema validator is missing (run scripts/bootstrap): \(run.output)")
    }

    @Test func examplesAndValidFixturesMatch() throws {
        let root = TestSupport.repositoryRoot.path
        let folders = [root + "/content", root + "/examples/criteria-assessment"] + ["mixed", "scoring", "seven"].map(TestSupport.site)
        let run = try TestSupport.python("schema_check.py", folders)
        #expect(run.status == 0 && run.output.isEmpty, "\(run.output)")
        let models = BuiltIns.modelIDs.map { BuiltIns.modelsDirectory + "/\($0).yaml" }
        let builtIn = try TestSupport.python("schema_check.py", ["--schema", "model"] + models)
        #expect(builtIn.status == 0 && builtIn.output.isEmpty, "\(builtIn.output)")
        #expect(models.count >= 3)
        let valid = Self.files(Self.fixtures + "/valid")
        #expect(valid.count >= 3)
        for file in valid {
            let run = try TestSupport.python("schema_check.py", ["--schema", Self.kind(file), Self.fixtures + "/valid/" + file])
            #expect(run.status == 0 && run.output.isEmpty, "\(file): \(run.output)")
        }
    }

    /// `init` writes every schema and names the right one on the first line of each YAML file; the folder matches.
    @Test func initFoldersNameTheirSchemasAndMatch() throws {
        #expect(BuiltIns.schemaNames.count == 8, "the schemas are missing from the tool's resources")
        for id in BuiltIns.modelIDs {
            let work = NSTemporaryDirectory() + "maturity-schema-" + UUID().uuidString
            defer { try? FileManager.default.removeItem(atPath: work) }
            let written = try Scaffold.create(at: work, model: id)
            #expect(written.filter { $0.hasPrefix("schemas/") } == BuiltIns.schemaNames.map { "schemas/" + $0 })
            for name in BuiltIns.schemaNames {
                #expect(FileManager.default.contentsEqual(atPath: work + "/schemas/" + name, andPath: BuiltIns.schemasDirectory + "/" + name))
            }
            for (file, kind) in [("report.yaml", "report"), ("roadmap.yaml", "roadmap")] {
                let text = try String(contentsOfFile: work + "/" + file, encoding: .utf8)
                #expect(text.hasPrefix("# yaml-language-server: $schema=schemas/\(kind).schema.json\n"), "\(file)")
            }
            let run = try TestSupport.python("schema_check.py", [work])
            #expect(run.status == 0 && run.output.isEmpty, "\(id): \(run.output)")
        }
    }

    @Test(arguments: files(fixtures + "/invalid"))
    func invalidFixtureFails(_ file: String) throws {
        let run = try TestSupport.python("schema_check.py", ["--schema", Self.kind(file), Self.fixtures + "/invalid/" + file])
        #expect(run.status == 1 && run.output.contains("\(file):"), "\(run.output)")
    }

    /// Each invalid report is laid over the valid `scoring` site, as InvalidFixtureTests does, and checked whole.
    @Test(arguments: yamlCases)
    func invalidReportFailsUnlessNoSchemaCanSee(_ name: String) throws {
        let work = NSTemporaryDirectory() + "maturity-schema-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: work) }
        TestSupport.copy(TestSupport.site("scoring"), to: work)
        for file in FileAccess.filesIncludingHidden(under: Self.invalidReports + "/" + name) where file != "expected.txt" {
            try? FileManager.default.createDirectory(atPath: (work + "/" + file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? FileManager.default.removeItem(atPath: work + "/" + file)
            try FileManager.default.copyItem(atPath: Self.invalidReports + "/" + name + "/" + file, toPath: work + "/" + file)
        }
        let run = try TestSupport.python("schema_check.py", [work])
        if Self.notSchemaMatters.values.contains(where: { $0.contains(name) }) {
            #expect(run.status != 1, "a schema catches this case now: move it out of notSchemaMatters\n\(run.output)")
        } else {
            #expect(run.status == 1, "a schema matter the schemas let through (or list it in notSchemaMatters):\n\(run.output)")
        }
    }

    @Test func everyListedCaseExists() {
        let listed = Self.notSchemaMatters.values.flatMap { $0 }
        #expect(Set(listed).subtracting(Self.yamlCases).isEmpty)
        #expect(Self.yamlCases.count >= 40)
    }
}

/// The settings of one report folder (report.yaml), with paths resolved against the folder.
struct ReportSettings: Sendable {
    var title: String
    var organisation: String
    /// The report's own date, `YYYY-MM-DD`: the only date the output ever contains.
    var date: String
    var modelReference: String
    var defaultTarget: String
    var targetOverrides: [(dimension: String, stage: String, location: SourceLocation)]
    var waves: [WaveSettings]
    var attributes: [String]
    /// Where each attribute is written in report.yaml, in the order of `attributes`.
    var attributeLocations: [SourceLocation] = []
    var minGroupSize: Int
    var unsafeHTML: Bool
    var branding: Branding
    /// The attribute whose groups get a sub-report each (`units:`), if any.
    var units: String? = nil
    /// Benchmark set files, relative to the report folder, in the order given.
    var benchmarks: [String]
    var locations: [String: SourceLocation]
    /// The published site's address (`site_url`), ending in "/", for links in the email edition.
    var siteURL: String? = nil
    /// The outcomes file (`outcomes:`), relative to the report folder, if any.
    var outcomes: String? = nil
    /// Defaults for `maturity email` (`email:`); command-line flags override them.
    var email = EmailSettings()
    /// Comments and themes (`themes:`, `min_comment_group_size:`, `redact:`).
    var voices = VoiceOptions()
    /// The reader's language (`language:`, or `--language`): a BCP 47 tag in its canonical case, such as
    /// `en`, `de`, `ar-SA`; whether the theme supports it is checked when the theme is read.
    var language = "en"

    struct EmailSettings: Sendable {
        var from: String?
        var to: [String] = []
        var subject: String?
        /// `units_email:`, in the order written: each unit's name, its recipients, and where the name is written.
        var units: [UnitRecipients] = []
    }

    struct UnitRecipients: Sendable {
        var unit: String
        var to: [String]
        var location: SourceLocation
    }

    struct WaveSettings: Sendable {
        var id: String
        var date: String
        /// Path relative to the report folder, as written: the responses CSV, or the scores or criteria YAML.
        var responses: String
        /// Further responses files of the same wave (`responses:` as a list: one export per survey language,
        /// say), read like the first and merged with it in this order.
        var parts: [String] = []
        var location: SourceLocation
        /// Which of `responses:`, `scores:` or `criteria:` the wave gives.
        var kind: WaveKind = .survey
        /// The export layout (`format:`), or nil for auto-detection.
        var format: SurveyFormat? = nil
        /// `columns:` — item id or attribute name → column header, each with where it was written.
        var columns: [(key: String, header: String, location: SourceLocation)] = []
        /// `comments:` — dimension id or `general` → the header of a comment column, each with where it was written.
        var comments: [(key: String, header: String, location: SourceLocation)] = []
    }

    struct Branding: Sendable {
        var primaryColor: String
        var logo: String?
        /// A CSS file of the report folder appended to the default styles (inline, like them).
        var stylesheet: String?
    }

    func location(of key: String, file: String) -> SourceLocation {
        locations[key] ?? SourceLocation(file: file)
    }
}

/// A Markdown commentary file, split into front matter and body.
struct Commentary: Sendable {
    var path: String
    var title: String?
    var body: String
    /// Line in the file where the body starts, so Markdown problems can point at the right line.
    var bodyLine: Int
}

/// Everything read from a report folder, before any figure is computed.
struct LoadedReport: Sendable {
    var folder: String
    var settings: ReportSettings
    var model: MaturityModel
    var overview: Commentary?
    var dimensionCommentary: [String: Commentary]
    var benchmarks: [BenchmarkSet]
    var initiatives: [Initiative]
    var assetFiles: [String]
    /// `outcomes.yaml`: customer surveys and business metrics beside the maturity scores.
    var outcomes: OutcomeSettings? = nil
    /// The text of `branding.stylesheet`, checked by `StylesheetPolicy`.
    var extraStylesheet: String? = nil
    /// Themes and evidence notes, when the report has `themes:` or an `evidence/` folder.
    var voices = VoiceInputs()
}

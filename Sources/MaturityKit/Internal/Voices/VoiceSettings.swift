/// The report.yaml keys of voices (`themes:`, `min_comment_group_size:`, `redact:`), read by `ReportLoader`.
struct VoiceOptions: Sendable {
    /// The themes file, relative to the report folder, if any.
    var themes: String? = nil
    /// The fewest comments a group (the organisation, a unit, a wave) must hold for one dimension before any of
    /// them is shown.
    var minGroupSize = 10
    /// Names and words removed from every comment, whole words, any case.
    var redact: [String] = []
}

/// What the load step read for voices: the themes of `themes.yaml` and the evidence notes of `evidence/`.
struct VoiceInputs: Sendable {
    var themes: [CommentTheme] = []
    /// Dimension id → its notes, in file-name order.
    var evidence: [String: [EvidenceNote]] = [:]
}

/// A theme comments are grouped into: its keywords, already normalised for matching, and the comment columns it
/// applies to (dimension ids or `general`; every column when empty).
struct CommentTheme: Sendable {
    var id: String
    var name: String
    var keywords: [ThemeMatcher.Keyword]
    var dimensions: [String]

    func applies(to key: String) -> Bool { dimensions.isEmpty || dimensions.contains(key) }
}

/// An interview note, audit finding, workshop record or document summary under `evidence/<dimension>/`.
struct EvidenceNote: Sendable {
    enum Source: String, Sendable, CaseIterable {
        case interview, audit, workshop, document

        /// Its name in the theme's strings.
        var wordKey: String {
            switch self {
            case .interview: "evidence_source_interview"
            case .audit: "evidence_source_audit"
            case .workshop: "evidence_source_workshop"
            case .document: "evidence_source_document"
            }
        }
    }
    var path: String
    var source: Source
    var date: String
    var role: String
    var body: String
}

/// One comment as read from a wave: scrubbed already, with the column it answers and the respondent's unit.
/// It keeps no other attribute of the respondent and no row number.
struct Comment: Sendable {
    /// A dimension id or `general`.
    var key: String
    /// The respondent's unit (`units:`), when the report has units.
    var unit: String?
    var text: String
}

/// The comments of one wave, in no meaningful order (they are reordered before anything is shown).
struct WaveComments: Sendable {
    var wave: String
    var comments: [Comment]
}

enum CommentKey {
    /// The comment column key that belongs to no dimension.
    static let general = "general"
}

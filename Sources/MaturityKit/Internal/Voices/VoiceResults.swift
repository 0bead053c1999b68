/// What the pages and data files may say about comments: per wave, per comment column, how many comments there
/// are and, only for a group that reaches `min_comment_group_size`, how many mention each theme and the few
/// comments shown. Nothing here names a respondent's attribute or keeps the order of the responses.
struct VoiceResults: Sendable {
    var themes: [CommentTheme]
    var minimum: Int
    /// The organisation's comments, one entry per wave with `comments:`, oldest first.
    var waves: [WaveVoices]
    /// Each unit's own comments (units with a sub-report only), wave by wave.
    var units: [String: [WaveVoices]] = [:]

    /// The organisation's waves, or a unit's.
    func waves(unit: String?) -> [WaveVoices] { unit.map { units[$0] ?? [] } ?? waves }
}

struct WaveVoices: Sendable {
    var wave: String
    /// One group per key of the wave's `comments:`, dimensions in the model's order, then `general`.
    var groups: [CommentGroup]
    /// The comments of the wave's shown columns together, for the change of each theme's share and the email.
    var all: CommentGroup

    func group(_ key: String) -> CommentGroup? { groups.first { $0.key == key } }
}

/// The comments of one group (the organisation or a unit) for one column of one wave.
struct CommentGroup: Sendable {
    var key: String
    var n: Int
    /// Whether `n` reaches the threshold: only then are counts by theme and comments kept.
    var shown: Bool
    /// Comments mentioning each theme, in the order of themes.yaml; empty when not shown.
    var counts: [Int] = []
    /// Comments mentioning no theme; 0 when not shown.
    var untagged = 0
    /// Up to eight comments, most frequent themes first; empty when not shown.
    var comments: [ShownComment] = []

    func share(_ theme: Int) -> Double? { shown && n > 0 && theme < counts.count ? Double(counts[theme]) / Double(n) : nil }
}

struct ShownComment: Sendable, Equatable {
    var text: String
    /// Indices of the themes it mentions.
    var themes: [Int]
}

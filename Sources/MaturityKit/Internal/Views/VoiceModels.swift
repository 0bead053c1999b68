/// "What people said" on a dimension page: the latest wave's comments for the dimension (counts by theme and up to
/// eight comments, only when the group reaches the threshold) and the evidence notes filed under it.
struct VoicesSection: TemplateData {
    /// The wave the comments come from.
    var wave: String?
    /// How many comments the dimension's column holds in that wave.
    var n: String
    /// The column reaches `min_comment_group_size`: counts and comments are shown.
    var shown: Bool
    /// The wave has a comment column for the dimension, but too few comments to show.
    var tooFew: Bool
    var minimum: String
    var chart: ChartView?
    var comments: [CommentView]
    var hasComments: Bool
    /// Comments that mention no theme.
    var untagged: String
    var evidence: [EvidenceView]
    var hasEvidence: Bool
}

/// A comment as shown: its scrubbed text (plain text, escaped like any other) and the themes it mentions.
struct CommentView: TemplateData {
    var text: String
    var themes: String
}

/// An evidence note: where it comes from, when, from whom (a role), and its Markdown rendered.
struct EvidenceView: TemplateData {
    var source: String
    var date: String
    var role: String
    var html: String
}

/// `comments.html`: themes across the comment columns of the latest wave with comments, the change of each theme's
/// share since the wave before, and how many comments mention no theme.
struct CommentsPage: TemplateData {
    var site: SiteView
    var pageTitle: String
    var wave: String
    var minimum: String
    /// Every comment of the wave.
    var n: String
    var heatmap: ChartView?
    var changes: TableView?
    var previousWave: String?
    var columns: TableView
    /// The comment columns too small to show, as a list; nil when none.
    var tooFew: String?
}

/// The email's most frequent themes in the latest wave with comments.
struct EmailThemes: TemplateData {
    var wave: String
    var themes: [EmailTheme]
}

struct EmailTheme: TemplateData {
    var name: String
    var count: String
}

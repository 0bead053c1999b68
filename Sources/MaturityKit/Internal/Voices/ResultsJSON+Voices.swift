/// The `comments` part of `data/results.json`: counts only, never a comment's text. Per wave and per comment
/// column: how many comments (`n`), whether the group reaches `min_comment_group_size` (`shown`), and for a group
/// that does, the count and share (count / n) of each theme that applies to the column, and the comments with no
/// theme.
extension ResultsJSON {
    static func comments(_ voices: VoiceResults) -> JSONValue {
        .object(voices.waves.map { wave in (wave.wave, .object(wave.groups.map { ($0.key, group($0, voices.themes)) })) })
    }

    private static func group(_ group: CommentGroup, _ themes: [CommentTheme]) -> JSONValue {
        let counts = group.shown ? group.counts : []
        return .object([
            ("n", .integer(group.n)), ("shown", .bool(group.shown)),
            (
                "themes",
                .array(
                    zip(themes, counts).filter { $0.0.applies(to: group.key) }.map { theme, count in
                        .object([("id", .string(theme.id)), ("count", .integer(count)), ("share", .number(Double(count) / Double(group.n)))])
                    })
            ),
            ("untagged", group.shown ? .integer(group.untagged) : .null),
        ])
    }
}

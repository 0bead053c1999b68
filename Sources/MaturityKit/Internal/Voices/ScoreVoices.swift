/// The score step's part for comments: matches every comment against the themes, counts each group and picks
/// the comments shown (`CommentSelection`) for the organisation and for each unit that has a sub-report. A comment
/// of a unit is shown anywhere only when that unit has a sub-report and shows its own comments for the question.
enum ScoreVoices {
    static func run(_ loaded: LoadedReport, comments: [WaveComments], units: [String]) -> VoiceResults? {
        guard !comments.isEmpty else { return nil }
        let themes = loaded.voices.themes
        let minimum = loaded.settings.voices.minGroupSize
        let order = loaded.model.dimensions.map(\.id) + [CommentKey.general]
        var results = VoiceResults(themes: themes, minimum: minimum, waves: [])
        for wave in comments {
            let keys = order.filter { key in loaded.settings.waves.first { $0.id == wave.wave }?.comments.contains { $0.key == key } ?? false }
            let tagged = wave.comments.map { (comment: $0, themes: ThemeMatcher.themes(of: $0.text, key: $0.key, in: themes)) }
            // With units, the organisation shows only comments of units that show their own for the same question.
            var sizes: [String: [String: Int]] = [:]
            for item in tagged { if let unit = item.comment.unit { sizes[item.comment.key, default: [:]][unit, default: 0] += 1 } }
            let visible = CommentProtection.visible(sizes: sizes, units: units, minimum: minimum)
            let showable = tagged.map { item in item.comment.unit.map { visible.contains(CommentProtection.id(item.comment.key, $0)) } ?? true }
            results.waves.append(voices(wave.wave, tagged, showable: showable, keys: keys, themes: themes.count, minimum: minimum))
            for unit in units {
                let own = tagged.indices.filter { tagged[$0].comment.unit == unit }
                results.units[unit, default: []].append(
                    voices(
                        wave.wave, own.map { tagged[$0] }, showable: own.map { showable[$0] }, keys: keys, themes: themes.count, minimum: minimum,
                        allowed: { visible.contains(CommentProtection.id($0, unit)) }))
            }
        }
        return results
    }

    /// `allowed`: whether a column may be shown at all (a unit's, by `CommentProtection`); the organisation's may.
    private static func voices(
        _ wave: String, _ tagged: [(comment: Comment, themes: [Int])], showable: [Bool], keys: [String], themes: Int, minimum: Int,
        allowed: (String) -> Bool = { _ in true }
    ) -> WaveVoices {
        let groups = keys.map { key in
            let indices = tagged.indices.filter { tagged[$0].comment.key == key }
            return group(
                key, indices.map { (tagged[$0].comment.text, tagged[$0].themes) }, themes: themes, minimum: minimum, pick: true,
                showable: indices.map { showable[$0] }, allowed: allowed(key))
        }
        // Only the columns that are shown: the whole could otherwise be told apart from a hidden column's counts.
        let shown = Set(groups.filter(\.shown).map(\.key))
        let all = group(
            "all", tagged.filter { shown.contains($0.comment.key) }.map { ($0.comment.text, $0.themes) }, themes: themes, minimum: minimum, pick: false)
        return WaveVoices(wave: wave, groups: groups, all: all)
    }

    /// A group's counts, and with `pick` the comments it shows, drawn only from those `showable` allows (all by default).
    /// It is shown when it reaches the threshold and is `allowed` to.
    static func group(
        _ key: String, _ comments: [(text: String, themes: [Int])], themes: Int, minimum: Int, pick: Bool, showable: [Bool]? = nil, allowed: Bool = true
    ) -> CommentGroup {
        var group = CommentGroup(key: key, n: comments.count, shown: allowed && comments.count >= minimum)
        guard group.shown else { return group }
        group.counts = (0..<themes).map { theme in comments.filter { $0.themes.contains(theme) }.count }
        group.untagged = comments.filter { $0.themes.isEmpty }.count
        if pick {
            let pool = comments.indices.filter { showable?[$0] ?? true }.map { ShownComment(text: comments[$0].text, themes: comments[$0].themes) }
            group.comments = CommentSelection.pick(pool, counts: group.counts)
        }
        return group
    }
}

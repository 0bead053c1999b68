/// The score step's part for comments: matches every comment against the themes, counts each group and picks
/// the comments shown (`CommentSelection`) for the organisation and for each unit that has a sub-report.
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
            results.waves.append(voices(wave.wave, tagged, keys: keys, themes: themes.count, minimum: minimum))
            for unit in units {
                let own = tagged.filter { $0.comment.unit == unit }
                results.units[unit, default: []].append(voices(wave.wave, own, keys: keys, themes: themes.count, minimum: minimum))
            }
        }
        return results
    }

    private static func voices(_ wave: String, _ tagged: [(comment: Comment, themes: [Int])], keys: [String], themes: Int, minimum: Int) -> WaveVoices {
        let groups = keys.map { key in
            group(key, tagged.filter { $0.comment.key == key }.map { ($0.comment.text, $0.themes) }, themes: themes, minimum: minimum, pick: true)
        }
        let all = group("all", tagged.map { ($0.comment.text, $0.themes) }, themes: themes, minimum: minimum, pick: false)
        return WaveVoices(wave: wave, groups: groups, all: all)
    }

    static func group(_ key: String, _ comments: [(text: String, themes: [Int])], themes: Int, minimum: Int, pick: Bool) -> CommentGroup {
        var group = CommentGroup(key: key, n: comments.count, shown: comments.count >= minimum)
        guard group.shown else { return group }
        group.counts = (0..<themes).map { theme in comments.filter { $0.themes.contains(theme) }.count }
        group.untagged = comments.filter { $0.themes.isEmpty }.count
        if pick { group.comments = CommentSelection.pick(comments.map { ShownComment(text: $0.text, themes: $0.themes) }, counts: group.counts) }
        return group
    }
}

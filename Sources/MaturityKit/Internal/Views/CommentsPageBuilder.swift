/// `comments.html` (a report whose waves have `comments:`): themes × comment columns of the latest wave with
/// comments, the change of each theme's share since the wave before (unpooled two-proportion z at 5%, when both
/// waves have enough comments), and the columns with their counts. No comment's text is on this page.
enum CommentsPageBuilder {
    static func build(_ context: ViewContext) -> CommentsPage? {
        guard let voices = context.scored.voices, let wave = voices.waves.last else { return nil }
        let words = context.words
        let columns = wave.groups.map { label(context, $0.key) }
        let rows = voices.themes.map(\.name) + [words("voices_no_theme")]
        let shares: [[Double?]] = rows.indices.map { row in
            wave.groups.map { group in
                guard group.shown, group.n > 0, row == voices.themes.count || voices.themes[row].applies(to: group.key) else { return nil }
                return row < voices.themes.count ? group.share(row) : Double(group.untagged) / Double(group.n)
            }
        }
        var heatmap: ChartView?
        if wave.groups.contains(where: \.shown) {
            let title = words("comments_heatmap_title", ["wave": wave.wave])
            let svg = ThemeCharts.grid(
                rows: rows, columns: columns, shares: shares, hidden: wave.groups.map { !$0.shown }, hiddenLabel: words("hidden_cell"), title: title,
                description: words(
                    "comments_heatmap_description", ["themes": words.numbers.integer(voices.themes.count), "columns": words.numbers.integer(columns.count)]),
                id: "comments-heatmap", theme: context.charts)
            let cells = rows.indices.map { row in
                [rows[row]]
                    + wave.groups.indices.map { column in
                        shares[row][column].map { words.numbers.percent(share: $0) } ?? (wave.groups[column].shown ? NumberStyle.none : words("hidden_cell"))
                    }
            }
            heatmap = ChartView(
                svgHTML: svg, scrolls: true, caption: words("comments_heatmap_caption"),
                table: context.table(caption: title, kind: "numeric", headers: [words("table_theme")] + columns, rows: cells))
        }
        let previous = voices.waves.dropLast().last
        let tooFew = wave.groups.filter { !$0.shown }.map { label(context, $0.key) }
        return CommentsPage(
            site: context.site(root: "", current: "comments.html"), pageTitle: words("comments_title"), wave: wave.wave,
            minimum: words.numbers.integer(voices.minimum),
            n: words.numbers.count(wave.all.n), heatmap: heatmap, changes: previous.flatMap { changes(context, voices, $0, wave) },
            previousWave: previous?.wave,
            columns: context.table(
                caption: words("comments_columns_caption", ["wave": wave.wave]), headers: ["table_column", "table_comments", "table_shown"].map { words($0) },
                rows: wave.groups.map { [label(context, $0.key), words.numbers.count($0.n), words($0.shown ? "comments_shown" : "comments_too_few")] }),
            tooFew: tooFew.isEmpty ? nil : tooFew.joined(separator: words("list_separator")))
    }

    static func label(_ context: ViewContext, _ key: String) -> String {
        context.model.dimensions.first { $0.id == key }?.name ?? context.words("comments_general")
    }

    /// Each theme's share of all the wave's comments against the wave before; nil unless both waves reach the threshold.
    private static func changes(_ context: ViewContext, _ voices: VoiceResults, _ before: WaveVoices, _ now: WaveVoices) -> TableView? {
        guard before.all.shown, now.all.shown else { return nil }
        let words = context.words
        let counts = { (group: CommentGroup, row: Int) in row < voices.themes.count ? group.counts[row] : group.untagged }
        let rows = (0...voices.themes.count).map { row -> [String] in
            let change = OutcomeStatistics.csatChange((counts(before.all, row), before.all.n), (counts(now.all, row), now.all.n))
            let name = row < voices.themes.count ? voices.themes[row].name : words("voices_no_theme")
            let shareBefore = Double(counts(before.all, row)) / Double(before.all.n), shareNow = Double(counts(now.all, row)) / Double(now.all.n)
            let noise = change.statistic == nil ? "comments_change_untested" : change.beyondNoise ? "comments_change_beyond" : "comments_change_within"
            return [
                name, words.numbers.percent(share: shareBefore), words.numbers.percent(share: shareNow),
                words("comments_points", ["points": words.numbers.change(change.difference)]),
                words(noise),
            ]
        }
        return context.table(
            caption: words("comments_change_caption", ["before": before.wave, "now": now.wave]), kind: "numeric",
            headers: [words("table_theme"), before.wave, now.wave, words("table_change"), words("table_noise")], rows: rows)
    }
}

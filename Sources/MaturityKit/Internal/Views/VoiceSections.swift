/// The voices parts of the pages: "What people said" on each dimension page (for a unit, its own comments) and
/// the email's most frequent themes. Comments are shown only from groups that reach the threshold, in the order
/// `CommentSelection` gives, never with anything about who wrote them.
enum VoiceSections {
    static func dimension(_ context: ViewContext, id: String, name: String) -> VoicesSection? {
        let words = context.words
        let voices = context.scored.voices
        let wave = voices?.waves.last { $0.group(id) != nil }
        let group = wave?.group(id)
        let notes = context.unit == nil ? context.scored.report.voices.evidence[id] ?? [] : []
        guard group != nil || !notes.isEmpty else { return nil }
        let evidence = notes.map { note in
            EvidenceView(
                source: words(note.source.wordKey), date: words.date(note.date), role: note.role,
                html: CMarkConverter.html(note.body, options: context.markdown.subtracting(.headingIDs)))
        }
        var chart: ChartView?
        var comments: [CommentView] = []
        if let voices, let wave, let group, group.shown {
            chart = bars(context, voices, group, title: words("voices_chart_title", ["dimension": name, "wave": wave.wave]), id: "voices-\(id)")
            comments = group.comments.map { comment in
                CommentView(
                    text: comment.text.replacingOccurrences(of: CommentScrubber.removed, with: words("voices_removed")),
                    themes: comment.themes.map { voices.themes[$0].name }.joined(separator: words("list_separator")))
            }
        }
        return VoicesSection(
            wave: wave?.wave, n: words.numbers.count(group?.n ?? 0), shown: group?.shown ?? false, tooFew: group.map { !$0.shown } ?? false,
            minimum: String(voices?.minimum ?? context.settings.voices.minGroupSize), chart: chart, comments: comments, hasComments: !comments.isEmpty,
            untagged: words.numbers.count(group?.untagged ?? 0), evidence: evidence, hasEvidence: !evidence.isEmpty)
    }

    /// The themes that apply to the group's column, most frequent first (equal counts in the order of themes.yaml).
    static func bars(_ context: ViewContext, _ voices: VoiceResults, _ group: CommentGroup, title: String, id: String) -> ChartView {
        let words = context.words
        let order = voices.themes.indices.filter { voices.themes[$0].applies(to: group.key) }.sorted { a, b in
            group.counts[a] != group.counts[b] ? group.counts[a] > group.counts[b] : a < b
        }
        let bars = order.map { ThemeCharts.Bar(label: voices.themes[$0].name, count: group.counts[$0], share: group.share($0) ?? 0) }
        let value = { (bar: ThemeCharts.Bar) in
            words("voices_bar_value", ["count": words.numbers.count(bar.count), "share": words.numbers.percent(share: bar.share)])
        }
        let list = bars.map { "\($0.label) \(value($0))" }.joined(separator: words("list_separator"))
        let description = words("voices_chart_description", ["n": words.numbers.count(group.n), "themes": list])
        func svg(_ layout: ChartLayout) -> String {
            ThemeCharts.bars(bars, layout: layout, valueLabel: value, title: title, description: description, id: id, theme: context.charts)
        }
        return ChartView(
            svgHTML: svg(.wide), narrowSVGHTML: svg(.narrow), caption: words("voices_chart_caption", ["n": words.numbers.count(group.n)]),
            table: context.table(
                caption: title, kind: "numeric", headers: ["table_theme", "table_comments", "table_share"].map { words($0) },
                rows: bars.map { [$0.label, words.numbers.count($0.count), words.numbers.percent(share: $0.share)] }))
    }

    /// The three themes most comments of the latest wave mention (for a unit, its own), with their counts; nil when
    /// the wave's comments are too few to show or mention no theme.
    static func email(_ scored: ScoredReport, words: Words) -> EmailThemes? {
        guard let voices = scored.voices, let wave = voices.waves.last, wave.all.shown else { return nil }
        let top = wave.all.counts.indices.filter { wave.all.counts[$0] > 0 }
            .sorted { wave.all.counts[$0] != wave.all.counts[$1] ? wave.all.counts[$0] > wave.all.counts[$1] : $0 < $1 }.prefix(3)
        guard !top.isEmpty else { return nil }
        return EmailThemes(wave: wave.wave, themes: top.map { EmailTheme(name: voices.themes[$0].name, count: words.numbers.count(wave.all.counts[$0])) })
    }
}

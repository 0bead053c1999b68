/// `trends.html` (two or more waves): change per dimension since the previous and the first wave, whether it
/// exceeds the noise (Welch's t-test at 5%), stage movements, and a small line chart per dimension.
enum TrendsPageBuilder {
    static func build(_ context: ViewContext) -> TrendsPage? {
        let waves = context.scored.waves
        guard waves.count >= 2, let first = waves.first, let current = waves.last, let previous = context.scored.previous else { return nil }
        let model = context.model, words = context.words
        var significant = 0
        let rows = model.dimensions.indices.map { index -> [String] in
            let now = current.dimensions[index], before = previous.dimensions[index], start = first.dimensions[index]
            let recent = WaveChange.between(before, now), overall = WaveChange.between(start, now)
            if recent?.isSignificant == true { significant += 1 }
            let movement: String
            switch (before.stage, now.stage) {
            case let (b?, n?) where n > b: movement = words("movement_up", ["from": model.stages[b].name, "to": model.stages[n].name])
            case let (b?, n?) where n < b: movement = words("movement_down", ["from": model.stages[b].name, "to": model.stages[n].name])
            case let (_, n?): movement = words("movement_same", ["stage": model.stages[n].name])
            default: movement = NumberStyle.none
            }
            var row = [model.dimensions[index].name]
            if waves.count > 2 { row.append(context.score(start)) }
            row += [
                context.score(before), context.score(now), words.numbers.change(recent?.difference),
                recent?.pValue.map { $0 < 0.001 ? "<" + words.numbers.fixed(0.001, places: 3) : words.numbers.fixed($0, places: 3) } ?? NumberStyle.none,
                recent.map { words($0.pValue == nil ? "not_tested" : ($0.isSignificant ? "yes" : "no")) } ?? NumberStyle.none,
            ]
            if waves.count > 2 {
                row += [words.numbers.change(overall?.difference), overall.map { words($0.isSignificant ? "yes" : "no") } ?? NumberStyle.none]
            }
            row.append(movement)
            return row
        }
        var headers = [words("table_dimension")]
        if waves.count > 2 { headers.append(first.id) }
        headers += [previous.id, current.id, words("table_change"), words("table_p_value"), words("table_beyond_noise")]
        if waves.count > 2 { headers += [words("table_change_since", ["wave": first.id]), words("table_beyond_noise_since", ["wave": first.id])] }
        headers.append(words("table_stage_movement"))
        let charts = model.dimensions.indices.map { index in
            SmallMultiple(
                name: model.dimensions[index].name, href: "dimensions/\(model.dimensions[index].id).html",
                chart: chart(context, index: index, width: context.charts.trendSmallWidth, id: "trend-\(model.dimensions[index].id)"))
        }
        return TrendsPage(
            site: context.site(root: "", current: "trends.html"), pageTitle: words("trends_title"), firstWave: first.id,
            previousWave: previous.id, currentWave: current.id,
            table: context.table(caption: words("trends_table_caption", ["previous": previous.id, "current": current.id]), headers: headers, rows: rows),
            charts: charts, significantCount: context.words.numbers.integer(significant))
    }

    /// The trend of one dimension across all waves, for the trends page and the dimension page.
    static func chart(_ context: ViewContext, index: Int, width: Double, id: String) -> ChartView {
        let model = context.model, dimension = model.dimensions[index], words = context.words
        let waves = context.scored.waves
        let points = waves.map { TrendChart.Point(label: $0.id, score: $0.dimensions[index].score, ci: $0.dimensions[index].ci95.map { ($0.low, $0.high) }) }
        let target = model.stages[waves[waves.count - 1].dimensions[index].target]
        let scores = waves.map { words("trend_point", ["wave": $0.id, "score": context.score($0.dimensions[index])]) }.joined(
            separator: words("list_separator"))
        func svg(_ layout: ChartLayout) -> String {
            TrendChart.svg(
                points: points, target: target.minScore, scale: model.scale, width: width, layout: layout,
                title: words("trend_title", ["dimension": dimension.name]),
                description: words(
                    "trend_description", ["scores": scores, "threshold": words.numbers.fixed(target.minScore, places: 2), "target": target.name]),
                id: id, theme: context.charts)
        }
        let rows = waves.map { wave in
            [
                wave.id, words.date(wave.date), context.score(wave.dimensions[index]), words.numbers.interval(wave.dimensions[index].ci95),
                words.numbers.count(wave.dimensions[index].n),
            ]
        }
        return ChartView(
            // A chart wider than a phone gets a narrow twin; the small ones of the trends page read as they are.
            svgHTML: svg(.wide), narrowSVGHTML: width > ChartLayout.narrowWidth + 40 ? svg(.narrow) : nil,
            caption: words("trend_caption", ["dimension": dimension.name, "target": target.name]),
            table: context.table(
                caption: words("trend_table_caption", ["dimension": dimension.name]),
                headers: ["table_wave", "table_date", "table_score", "table_ci", "table_n"].map { words($0) }, rows: rows))
    }
}

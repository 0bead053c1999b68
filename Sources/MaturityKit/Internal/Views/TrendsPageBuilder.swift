/// `trends.html` (two or more waves): change per dimension since the previous and the first wave, whether it
/// exceeds the noise (Welch's t-test at 5%), stage movements, and a small line chart per dimension.
enum TrendsPageBuilder {
    static let method = "A change counts as beyond the noise when Welch's t-test, comparing the respondents' dimension scores of the two waves without assuming equal variances, gives a two-sided p-value below 0.05. Smaller changes may be chance: another sample of the same people could have moved as much."

    static func build(_ context: ViewContext) -> TrendsPage? {
        let waves = context.scored.waves
        guard waves.count >= 2, let first = waves.first, let current = waves.last, let previous = context.scored.previous else { return nil }
        let model = context.model
        var significant = 0
        let rows = model.dimensions.indices.map { index -> [String] in
            let now = current.dimensions[index], before = previous.dimensions[index], start = first.dimensions[index]
            let recent = WaveChange.between(before, now), overall = WaveChange.between(start, now)
            if recent?.isSignificant == true { significant += 1 }
            let movement: String
            switch (before.stage, now.stage) {
            case let (b?, n?) where n > b: movement = "Up: \(model.stages[b].name) → \(model.stages[n].name)"
            case let (b?, n?) where n < b: movement = "Down: \(model.stages[b].name) → \(model.stages[n].name)"
            case let (_, n?): movement = "Same: \(model.stages[n].name)"
            default: movement = Format.none
            }
            var row = [model.dimensions[index].name]
            if waves.count > 2 { row.append(Format.score(start.score)) }
            row += [Format.score(before.score), Format.score(now.score), Format.change(recent?.difference),
                    recent?.pValue.map { $0 < 0.001 ? "<0.001" : Fixed.format($0, places: 3) } ?? Format.none,
                    recent.map { $0.pValue == nil ? "Not tested" : ($0.isSignificant ? "Yes" : "No") } ?? Format.none]
            if waves.count > 2 { row += [Format.change(overall?.difference), overall.map { $0.isSignificant ? "Yes" : "No" } ?? Format.none] }
            row.append(movement)
            return row
        }
        var headers = ["Dimension"]
        if waves.count > 2 { headers.append(first.id) }
        headers += [previous.id, current.id, "Change", "p-value", "Beyond noise"]
        if waves.count > 2 { headers += ["Change since \(first.id)", "Beyond noise since \(first.id)"] }
        headers.append("Stage movement")
        let charts = model.dimensions.indices.map { index in
            SmallMultiple(name: model.dimensions[index].name, href: "dimensions/\(model.dimensions[index].id).html",
                          chart: chart(context, index: index, width: 320, id: "trend-\(model.dimensions[index].id)"))
        }
        return TrendsPage(site: context.site(root: "", current: "trends.html"), pageTitle: "Trends", firstWave: first.id,
                          previousWave: previous.id, currentWave: current.id,
                          table: TableView(caption: "Change per dimension between \(previous.id) and \(current.id)", headers: headers, rows: rows),
                          charts: charts, significantCount: significant, method: method)
    }

    /// The trend of one dimension across all waves, for the trends page and the dimension page.
    static func chart(_ context: ViewContext, index: Int, width: Double, id: String) -> ChartView {
        let model = context.model, dimension = model.dimensions[index]
        let waves = context.scored.waves
        let points = waves.map { TrendChart.Point(label: $0.id, score: $0.dimensions[index].score, ci: $0.dimensions[index].ci95.map { ($0.low, $0.high) }) }
        let target = model.stages[waves[waves.count - 1].dimensions[index].target]
        let scores = points.map { "\($0.label) \(Format.score($0.score))" }.joined(separator: ", ")
        let svg = TrendChart.svg(points: points, target: target.minScore, scale: model.scale, width: width,
                                 title: "\(dimension.name) across waves", description: "Score per wave: \(scores). Target threshold \(Fixed.format(target.minScore, places: 2)) (\(target.name)).", id: id)
        let rows = waves.map { wave in [wave.id, ReportDate.long(wave.date), Format.score(wave.dimensions[index].score), Format.interval(wave.dimensions[index].ci95), Format.count(wave.dimensions[index].n)] }
        return ChartView(svgHTML: svg, caption: "\(dimension.name): score per wave with 95% confidence intervals; dashed line: the \(target.name) threshold.",
                         table: TableView(caption: "\(dimension.name) per wave", headers: ["Wave", "Date", "Score", "95% CI", "n"], rows: rows))
    }
}

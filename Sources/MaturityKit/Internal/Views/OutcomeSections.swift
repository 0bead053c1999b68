/// The charts and tables of the outcome page, each with its data table.
enum OutcomeSections {
    /// An outcome across surveys (with intervals) or periods (with the target).
    static func line(_ context: ViewContext, _ id: String, _ outcomes: OutcomeResults) -> ChartView {
        let words = context.words, name = OutcomeTiles.name(context, id)
        var points: [OutcomeCharts.Point] = []
        var rows: [[String]] = []
        var range: ClosedRange<Double>
        var target: Double?
        var format: (Double) -> String
        if let measure = SurveyMeasure(rawValue: id) {
            format = { OutcomeTiles.value(words.numbers, measure, $0) }
            for survey in outcomes.surveys {
                guard let score = survey.score(measure) else { continue }
                let ci = survey.overall.ci95(measure)
                points.append(.init(label: survey.id, value: score, ci: ci.map { ($0.low, $0.high) }))
                rows.append([
                    survey.id, words.date(survey.date), format(score),
                    ci.map { words("outcome_interval", ["low": format($0.low), "high": format($0.high)]) } ?? NumberStyle.none,
                ])
            }
            range = measure == .nps ? -100...100 : measure == .csat ? 0...100 : 1...7
            let values = points.flatMap { [$0.ci?.low ?? $0.value, $0.ci?.high ?? $0.value] }
            if let low = values.min(), let high = values.max() {
                let pad = max((high - low) * 0.25, measure == .ces ? 0.2 : 5)
                range = max(range.lowerBound, low - pad)...min(range.upperBound, high + pad)
            }
        } else {
            let metric = outcomes.settings.metrics.first { $0.id == id }!
            format = { OutcomeTiles.value(words.numbers, metric, $0) }
            points = metric.series.map { .init(label: words.period($0.period), value: $0.value) }
            rows = metric.series.map { [words.period($0.period), format($0.value)] }
            target = metric.target?.value
            let values = points.map(\.value) + (target.map { [$0] } ?? [])
            let (low, high) = (values.min() ?? 0, values.max() ?? 1)
            let pad = max((high - low) * 0.2, abs(high) * 0.02 + 0.5)
            range = (low - pad)...(high + pad)
        }
        let list = points.map { words("outcome_point", ["when": $0.label, "value": format($0.value)]) }.joined(separator: words("list_separator"))
        func svg(_ layout: ChartLayout) -> String {
            OutcomeCharts.line(
                points, range: range, target: target, format: format, layout: layout, title: words("outcome_line_title", ["outcome": name]),
                description: words("outcome_line_description", ["outcome": name, "values": list]),
                targetLabel: words("outcome_line_target", ["target": target.map(format) ?? ""]), id: "outcome-line-\(id)", theme: context.charts)
        }
        let headers = SurveyMeasure(rawValue: id) != nil ? ["table_survey", "table_date", "table_value", "table_ci"] : ["table_period", "table_value"]
        return ChartView(
            svgHTML: svg(.wide), narrowSVGHTML: svg(.narrow),
            caption: words(SurveyMeasure(rawValue: id) != nil ? "outcome_line_caption_survey" : "outcome_line_caption_metric", ["outcome": name]),
            table: context.table(caption: words("outcome_line_table_caption", ["outcome": name]), headers: headers.map { words($0) }, rows: rows))
    }

    static func composition(_ context: ViewContext, _ survey: SurveyResult) -> ChartView? {
        guard let nps = survey.nps else { return nil }
        let words = context.words
        let parts = [(words("nps_detractors"), nps.detractors), (words("nps_passives"), nps.passives), (words("nps_promoters"), nps.promoters)]
        let shares = parts.map {
            words("nps_share", ["part": $0.0, "count": words.numbers.count($0.1), "share": words.numbers.fixed(100 * Double($0.1) / Double(nps.n), places: 1)])
        }
        func svg(_ layout: ChartLayout) -> String {
            OutcomeCharts.composition(
                parts.map { (label: $0.0, count: $0.1) }, layout: layout, title: words("nps_composition_title", ["survey": survey.id]),
                description: shares.joined(separator: words("list_separator")), id: "nps-composition", theme: context.charts)
        }
        let rows = parts.map { [$0.0, words.numbers.count($0.1), words.numbers.percent(100 * Double($0.1) / Double(nps.n), places: 1)] }
        return ChartView(
            svgHTML: svg(.wide), narrowSVGHTML: svg(.narrow), caption: words("nps_composition_caption"),
            table: context.table(
                caption: words("nps_composition_table_caption", ["survey": survey.id]),
                headers: ["table_group", "table_n", "table_share"].map { words($0) }, rows: rows), tableInline: false)
    }

    /// Drivers: performance (mean rating) across, importance (r with the NPS answer) up; the quadrant lines
    /// cross at the drivers' average of each.
    static func drivers(_ context: ViewContext, _ survey: SurveyResult) -> ChartView? {
        let drivers = survey.drivers.filter { $0.r != nil }
        guard !drivers.isEmpty else { return nil }
        let words = context.words
        let meanX = drivers.reduce(0) { $0 + $1.mean } / Double(drivers.count)
        let meanY = drivers.reduce(0) { $0 + $1.r! } / Double(drivers.count)
        let points = drivers.map { ScatterChart.Point(label: OutcomeTiles.driverName(context, $0.id), x: $0.mean, y: $0.r!) }
        let lowR = min(0, (drivers.map { $0.r! }.min() ?? 0) - 0.1)
        let x = ScatterChart.Axis(
            title: words("drivers_axis_performance"), range: 1...5, ticks: [1, 2, 3, 4, 5], format: { words.numbers.fixed($0, places: 0) })
        let y = ScatterChart.Axis(
            title: words("drivers_axis_importance"), range: lowR...1, ticks: stride(from: lowR < 0 ? -0.5 : 0, through: 1, by: 0.25).map { $0 },
            format: { words.numbers.fixed($0, places: 2) })
        let names = ["drivers_fix_first", "drivers_keep_up", "drivers_overkill", "drivers_lower_priority"].map { words($0) }
        let list = drivers.map {
            words(
                "driver_point",
                [
                    "driver": OutcomeTiles.driverName(context, $0.id), "mean": words.numbers.fixed($0.mean, places: 2),
                    "r": words.numbers.fixed($0.r!, places: 2),
                ])
        }
        func svg(_ layout: ChartLayout) -> String {
            ScatterChart.svg(
                points, x: x, y: y, split: (meanX, meanY, names), layout: layout, title: words("drivers_title", ["survey": survey.id]),
                description: list.joined(separator: words("list_separator")), id: "nps-drivers", theme: context.charts)
        }
        let rows = survey.drivers.map { driver in
            [
                OutcomeTiles.driverName(context, driver.id), words.numbers.count(driver.n), words.numbers.fixed(driver.mean, places: 2),
                driver.r.map { words.numbers.fixed($0, places: 2) } ?? NumberStyle.none,
                driver.ci95.map {
                    words(
                        "outcome_interval",
                        ["low": words.numbers.fixed($0.low, places: 2), "high": words.numbers.fixed($0.high, places: 2)])
                }
                    ?? NumberStyle.none,
            ]
        }
        return ChartView(
            svgHTML: svg(.wide), narrowSVGHTML: svg(.narrow), caption: words("drivers_caption"),
            table: context.table(
                caption: words("drivers_table_caption", ["survey": survey.id]),
                headers: ["table_driver", "table_n", "table_mean", "table_r", "table_ci"].map { words($0) }, rows: rows))
    }
}

import Yams

/// One entry of `metrics:` in outcomes.yaml: a named KPI with its unit, better direction, series of periods
/// and an optional target.
enum OutcomeMetricReader {
    /// Values a metric may take: wide enough for any currency amount, narrow enough that no sum overflows.
    static let range: ClosedRange<Double> = -1e12...1e12

    static func metric(_ node: Node, _ reader: YAMLReader, ids: inout Set<String>) -> BusinessMetric? {
        guard let map = reader.mapping(node, "a metric") else { return nil }
        reader.checkKeys(map, allowed: OutcomesLoader.metricKeys, in: "a metric")
        guard let id = reader.string(map, "id", in: "a metric", .name) else { return nil }
        let what = "metric '\(id)'"
        if !Identifier.isSafe(id) { reader.error(reader.location(map["id"]), Identifier.problem("metric id", id)) }
        if !ids.insert(id).inserted {
            let reason = SurveyMeasure(rawValue: id) != nil ? " (nps, csat and ces are the survey measures)" : ""
            reader.error(reader.location(map["id"]), "duplicate outcome id '\(id)'\(reason)")
        }
        let name = reader.string(map, "name", in: what, .title)
        let unit = reader.string(map, "unit", in: what, .name)
        let source = reader.string(map, "source", in: what, required: false, .title)
        var better: BusinessMetric.Direction?
        if let text = reader.string(map, "better", in: what, .name) {
            better = .init(rawValue: text)
            if better == nil { reader.error(reader.location(map["better"]), "expected 'better' of \(what) to be higher or lower, found \(Quote.input(text))") }
        }
        let series = readSeries(map, what, reader)
        var target: (Double, Period)?
        if let targetMap = reader.mapping(map["target"], "'target' of \(what)") {
            reader.checkKeys(targetMap, allowed: OutcomesLoader.targetKeys, in: "'target' of \(what)")
            let value = reader.double(targetMap, "value", in: "'target' of \(what)", range: range)
            let by = period(targetMap["by"], reader, "'by' in the target of \(what)", required: targetMap["by"] == nil ? targetMap : nil)
            if let value, let by { target = (value, by) }
        }
        guard let name, let unit, let better, !series.isEmpty else { return nil }
        return BusinessMetric(
            id: id, name: name, unit: unit, better: better, source: source, series: series, target: target, location: reader.location(node))
    }

    private static func readSeries(_ map: Node.Mapping, _ what: String, _ reader: YAMLReader) -> [(period: Period, value: Double)] {
        guard let node = map["series"] else {
            reader.error(reader.location(.mapping(map)), "missing required key 'series' in \(what) (periods such as 2026-Q2 or 2026-06 with their values)")
            return []
        }
        guard let series = reader.mapping(node, "'series' of \(what)") else { return [] }
        var points: [(period: Period, value: Double)] = []
        for (key, value) in series {
            guard let period = period(key, reader, "a period in the series of \(what)") else { continue }
            if let clash = points.first(where: { $0.period.firstMonthIndex <= period.lastMonthIndex && period.firstMonthIndex <= $0.period.lastMonthIndex }) {
                reader.error(reader.location(key), "period \(period.text) of \(what) overlaps \(clash.period.text); give each period once")
                continue
            }
            guard let text = reader.scalarText(value, "a value in the series of \(what)", .name) else { continue }
            guard let number = Double(text.trimmingCharacters(in: .whitespaces)), number.isFinite, range.contains(number) else {
                reader.error(
                    reader.location(value), "expected a number from -1000000000000 to 1000000000000 for \(period.text) of \(what), found \(Quote.input(text))")
                continue
            }
            points.append((period, number))
        }
        if points.isEmpty && !reader.hasErrors { reader.error(reader.location(node), "expected at least one period in the series of \(what), found none") }
        return points.sorted { $0.period < $1.period }
    }

    /// A period: `YYYY-MM` or `YYYY-Qn` as the roadmap writes them, or a year `YYYY` or half-year `YYYY-Hn`.
    private static func period(_ node: Node?, _ reader: YAMLReader, _ what: String, required mapping: Node.Mapping? = nil) -> Period? {
        guard let node else {
            if let mapping {
                reader.error(reader.location(.mapping(mapping)), "missing required key 'by' (a period such as 2027, 2027-H2, 2027-Q4 or 2027-12)")
            }
            return nil
        }
        guard let text = reader.scalarText(node, what, .name) else { return nil }
        guard let period = Period(metric: text) else {
            reader.error(
                reader.location(node),
                "expected \(what) as YYYY, YYYY-Hn, YYYY-Qn or YYYY-MM (such as 2026, 2026-H1, 2026-Q2 or 2026-06), found \(Quote.input(text))")
            return nil
        }
        return period
    }
}

import Yams

/// Reads `outcomes.yaml`: customer surveys, business metrics and links to the model's dimensions, each problem
/// at its line and column. Where the survey files are is checked by the validate step; their rows are read by
/// `OutcomeSurveyReader`.
enum OutcomesLoader {
    static let keys = ["surveys", "metrics", "links"]
    static let surveyKeys = ["id", "date", "responses", "format", "columns", "drivers", "attributes"]
    static let metricKeys = ["id", "name", "unit", "better", "source", "series", "target"]
    static let targetKeys = ["value", "by"]

    static func load(text: String, file: String, model: MaturityModel) -> (OutcomeSettings?, [Diagnostic]) {
        let reader = YAMLReader(file: file)
        guard let root = reader.mapping(reader.parse(text), "outcomes.yaml") else { return (nil, reader.diagnostics) }
        reader.checkKeys(root, allowed: keys, in: "outcomes.yaml")
        var ids = Set<String>()
        let surveys = (reader.sequence(root["surveys"], "'surveys'") ?? []).compactMap { survey($0, reader, ids: &ids) }
        if surveys.count > 1 {
            for (earlier, later) in zip(surveys, surveys.dropFirst()) where later.date < earlier.date {
                reader.error(
                    later.location, "expected surveys oldest first, but survey '\(later.id)' (\(later.date)) comes after '\(earlier.id)' (\(earlier.date))")
            }
        }
        var metricIDs = Set(SurveyMeasure.allCases.map(\.rawValue))
        let metrics = (reader.sequence(root["metrics"], "'metrics'") ?? []).compactMap { OutcomeMetricReader.metric($0, reader, ids: &metricIDs) }
        let measured = Set(surveys.flatMap(\.measures).map(\.rawValue))
        let links = readLinks(root, reader, outcomes: measured.union(metrics.map(\.id)), model: model)
        if surveys.isEmpty && metrics.isEmpty && !reader.hasErrors {
            reader.error(reader.location(.mapping(root)), "expected at least one survey in 'surveys' or one metric in 'metrics' in outcomes.yaml, found none")
        }
        guard !reader.hasErrors else { return (nil, reader.diagnostics) }
        return (OutcomeSettings(file: file, surveys: surveys, metrics: metrics, links: links), reader.diagnostics)
    }

    private static func survey(_ node: Node, _ reader: YAMLReader, ids: inout Set<String>) -> CustomerSurvey? {
        guard let map = reader.mapping(node, "a survey") else { return nil }
        reader.checkKeys(map, allowed: surveyKeys, in: "a survey")
        guard let id = reader.string(map, "id", in: "a survey", .name) else { return nil }
        let what = "survey '\(id)'"
        if !Identifier.isSafe(id) { reader.error(reader.location(map["id"]), Identifier.problem("survey id", id)) }
        if !ids.insert(id).inserted { reader.error(reader.location(map["id"]), "duplicate survey id '\(id)'") }
        let date = reader.string(map, "date", in: what, .name)
        if let date, let problem = ReportDate.problem(date, key: "date", in: what) { reader.error(reader.location(map["date"]), problem) }
        let responses = reader.string(map, "responses", in: what, .name)
        if let responses, !responses.lowercased().hasSuffix(".csv") {
            reader.error(
                reader.location(map["responses"]), "expected 'responses' of \(what) to be a .csv file in the report folder, found \(Quote.input(responses))")
        }
        let format = reader.surveyFormat(map, in: what)
        let drivers = reader.stringList(map, "drivers", in: what) ?? []
        let attributes = reader.stringList(map, "attributes", in: what) ?? []
        for driver in drivers where !Identifier.isSafe(driver) { reader.error(reader.location(map["drivers"]), Identifier.problem("driver id", driver)) }
        // A name is one column: a measure, a driver and an attribute may not share one, nor list one twice.
        var names = Set(SurveyMeasure.allCases.map(\.rawValue))
        for (key, list) in [("drivers", drivers), ("attributes", attributes)] {
            for name in list where !names.insert(name).inserted {
                reader.error(reader.location(map[key]), "\(Quote.input(name)) is named twice among the measures, drivers and attributes of \(what)")
            }
        }
        var columns: [String: String] = [:]
        var columnLocations: [String: SourceLocation] = [:]
        var measures: [SurveyMeasure] = []
        if let columnMap = reader.mapping(map["columns"], "'columns' of \(what)") {
            let known = SurveyMeasure.allCases.map(\.rawValue) + drivers + attributes
            for (key, value) in columnMap {
                let name = key.string ?? ""
                guard known.contains(name) else {
                    reader.error(
                        reader.location(key),
                        "unknown key \(Quote.input(name)) in 'columns' of \(what) (expected nps, csat, ces, a driver or an attribute of the survey: \(known.joined(separator: ", ")))"
                    )
                    continue
                }
                if let header = reader.scalarText(value, "a column header") {
                    columns[name] = header
                    columnLocations[name] = reader.location(key)
                }
                if let measure = SurveyMeasure(rawValue: name) { measures.append(measure) }
            }
        }
        measures.sort { SurveyMeasure.allCases.firstIndex(of: $0)! < SurveyMeasure.allCases.firstIndex(of: $1)! }
        // Without a measure in `columns:`, the file's own "nps", "csat" and "ces" columns are looked for.
        if measures.isEmpty { measures = SurveyMeasure.allCases }
        if !drivers.isEmpty && !measures.contains(.nps) {
            reader.error(reader.location(map["drivers"]), "drivers of \(what) are read against its NPS answers; map 'nps' in 'columns' too")
        }
        guard let date, let responses else { return nil }
        return CustomerSurvey(
            id: id, date: date, responses: responses, format: format, columns: columns, measures: measures, drivers: drivers,
            attributes: attributes, location: reader.location(node), columnLocations: columnLocations)
    }

    private static func readLinks(_ root: Node.Mapping, _ reader: YAMLReader, outcomes: Set<String>, model: MaturityModel) -> [(String, [String])] {
        guard let map = reader.mapping(root["links"], "'links'") else { return [] }
        let dimensionIDs = model.dimensions.map(\.id)
        var links: [(String, [String])] = []
        for (key, value) in map {
            let outcome = key.string ?? ""
            if !outcomes.contains(outcome) {
                reader.error(
                    reader.location(key),
                    "unknown outcome \(Quote.input(outcome)) in 'links' (expected a measure a survey maps or a metric id: \(outcomes.sorted().joined(separator: ", ")))"
                )
            }
            guard let nodes = reader.sequence(value, "the dimensions linked to '\(outcome)'") else { continue }
            var dimensions: [String] = []
            for node in nodes {
                guard let id = reader.scalarText(node, "a dimension id", .name) else { continue }
                if !dimensionIDs.contains(id) {
                    reader.error(
                        reader.location(node),
                        "unknown dimension \(Quote.input(id)) linked to '\(outcome)' (expected one of: \(dimensionIDs.joined(separator: ", ")))")
                } else if !dimensions.contains(id) {
                    dimensions.append(id)
                }
            }
            links.append((outcome, dimensions))
        }
        return links
    }
}

import Yams

/// Reads `roadmap.yaml`: initiatives with dates, status, owner and a SMART goal, checked against the model.
enum RoadmapLoader {
    static let keys = [
        "id", "title", "dimensions", "owner", "start", "end", "status", "target_stage", "goal", "description", "impact", "value", "feasibility",
    ]

    static func load(text: String, file: String, model: MaturityModel) -> ([Initiative], [Diagnostic]) {
        let reader = YAMLReader(file: file)
        guard let root = reader.mapping(reader.parse(text), "roadmap.yaml") else { return ([], reader.diagnostics) }
        reader.checkKeys(root, allowed: rootKeys, in: "roadmap.yaml")
        var initiatives: [Initiative] = []
        var seen = Set<String>()
        for node in reader.sequence(root["initiatives"], "'initiatives'") ?? [] {
            guard let map = reader.mapping(node, "an initiative") else { continue }
            reader.checkKeys(map, allowed: keys, in: "an initiative")
            guard let id = reader.string(map, "id", in: "an initiative", .name) else { continue }
            let what = "initiative '\(id)'"
            if !Identifier.isSafe(id) { reader.error(reader.location(map["id"]), Identifier.problem("initiative id", id)) }
            if !seen.insert(id).inserted { reader.error(reader.location(map["id"]), "duplicate initiative id '\(id)'") }
            let dimensions = reader.stringList(map, "dimensions", in: what) ?? []
            if dimensions.isEmpty { reader.error(reader.location(map["dimensions"] ?? node), "expected at least one dimension for \(what)") }
            for dimension in dimensions where !model.dimensions.contains(where: { $0.id == dimension }) {
                reader.error(
                    reader.location(map["dimensions"]),
                    "unknown dimension '\(dimension)' in \(what) (\(Suggestion.hint(for: dimension, among: model.dimensions.map(\.id))))")
            }
            let start = period(map, "start", what, reader), end = period(map, "end", what, reader)
            if let start, let end, end.lastMonthIndex < start.firstMonthIndex {
                reader.error(reader.location(map["end"]), "expected the end of \(what) (\(end.text)) not before its start (\(start.text))")
            }
            let statusText = reader.string(map, "status", in: what, .name) ?? ""
            let status = Initiative.Status(rawValue: statusText)
            if status == nil && !statusText.isEmpty {
                reader.error(
                    reader.location(map["status"]),
                    "unknown status '\(statusText)' for \(what) (\(Suggestion.hint(for: statusText, among: Initiative.Status.allCases.map(\.rawValue))))")
            }
            let target = reader.string(map, "target_stage", in: what, required: false, .name)
            if let target, model.stageIndex(id: target) == nil {
                reader.error(
                    reader.location(map["target_stage"]),
                    "unknown stage '\(target)' for \(what) (\(Suggestion.hint(for: target, among: model.stages.map(\.id))))")
            }
            let goal = readGoal(map, what, reader), rating = readRating(map, what, reader)
            guard let title = reader.string(map, "title", in: what, .title), let start, let end, let status else { continue }
            initiatives.append(
                Initiative(
                    id: id, title: title, dimensions: dimensions, owner: reader.string(map, "owner", in: what, required: false, .name) ?? "",
                    start: start, end: end, status: status, targetStage: target, goal: goal,
                    description: reader.string(map, "description", in: what, required: false) ?? "", location: reader.location(node),
                    rating: rating))
        }
        return (reader.hasErrors ? [] : initiatives, reader.diagnostics)
    }

    private static func period(_ map: Node.Mapping, _ key: String, _ what: String, _ reader: YAMLReader) -> Period? {
        guard let text = reader.string(map, key, in: what, .name) else { return nil }
        guard let period = Period(text) else {
            reader.error(reader.location(map[key]), "expected '\(key)' of \(what) as a quarter (2026-Q3) or a month (2026-09), found \(Quote.input(text))")
            return nil
        }
        return period
    }

    /// Impact, value and feasibility: each a whole number from 1 to 5, all three or none.
    private static func readRating(_ map: Node.Mapping, _ what: String, _ reader: YAMLReader) -> Initiative.Rating? {
        let names = ["impact", "value", "feasibility"]
        let given = names.filter { map[$0] != nil }
        guard !given.isEmpty else { return nil }
        guard given.count == names.count else {
            let missing = names.filter { map[$0] == nil }.map { "'\($0)'" }.joined(separator: " and ")
            reader.error(reader.location(map[given[0]]), "expected 'impact', 'value' and 'feasibility' for \(what), all three or none; \(missing) missing")
            return nil
        }
        let figures = names.map { reader.int(map, $0, in: what, range: 1...5) }
        guard let impact = figures[0], let value = figures[1], let feasibility = figures[2] else { return nil }
        return Initiative.Rating(impact: impact, value: value, feasibility: feasibility)
    }

    private static func readGoal(_ map: Node.Mapping, _ what: String, _ reader: YAMLReader) -> Initiative.Goal? {
        guard let goal = reader.mapping(map["goal"], "the goal of \(what)") else { return nil }
        reader.checkKeys(goal, allowed: goalKeys, in: "the goal of \(what)")
        let by = reader.string(goal, "by", in: "the goal of \(what)", .name) ?? ""
        if !by.isEmpty && Period(by) == nil && !ReportDate.isValid(by) {
            let why = ReportDate.impossibility(by).map { ": " + $0 } ?? ""
            reader.error(reader.location(goal["by"]), "expected 'by' of the goal of \(what) as a date, a month or a quarter, found \(Quote.input(by))\(why)")
        }
        return Initiative.Goal(
            metric: reader.string(goal, "metric", in: "the goal of \(what)") ?? "",
            baseline: reader.string(goal, "baseline", in: "the goal of \(what)") ?? "",
            target: reader.string(goal, "target", in: "the goal of \(what)") ?? "", by: by)
    }

    /// The keys of roadmap.yaml and of an initiative's goal (`keys` above: an initiative's); schemas/roadmap.schema.json
    /// lists the same (SchemaKeyTests).
    static let rootKeys = ["initiatives"]
    static let goalKeys = ["metric", "baseline", "target", "by"]
}

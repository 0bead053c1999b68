/// The roadmap in `data/results.json`: each initiative's plan, and its ratings, priority and quadrant when it
/// carries them. Left out of the file when the report has no roadmap, and of units' files (units have no roadmap).
extension ResultsJSON {
    static func roadmap(_ initiatives: [Initiative]) -> [(String, JSONValue)] {
        guard !initiatives.isEmpty else { return [] }
        let entries = initiatives.map { initiative -> JSONValue in
            let plan: [(String, JSONValue)] = [
                ("id", .string(initiative.id)), ("title", .string(initiative.title)),
                ("dimensions", .array(initiative.dimensions.map { .string($0) })), ("start", .string(initiative.start.text)),
                ("end", .string(initiative.end.text)), ("status", .string(initiative.status.rawValue)),
            ]
            return .object(plan + (initiative.rating.map(rating) ?? []))
        }
        return [("initiatives", .array(entries))]
    }

    private static func rating(_ rating: Initiative.Rating) -> [(String, JSONValue)] {
        let priority = rating.priorityHalves
        return [
            ("impact", .integer(rating.impact)), ("value", .integer(rating.value)), ("feasibility", .integer(rating.feasibility)),
            ("priority", priority % 2 == 0 ? .integer(priority / 2) : .number(rating.priority)), ("quadrant", .string(rating.quadrant.rawValue)),
        ]
    }
}

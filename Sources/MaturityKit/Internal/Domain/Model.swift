/// A maturity model: what is measured (dimensions and their survey items) and the ladder it is measured on.
struct MaturityModel: Sendable {
    var id: String
    var name: String
    var description: String
    var scale: Scale
    var stages: [Stage]
    var dimensions: [Dimension]
    /// Where the model was read from, for messages (a file path, or "built-in:<id>").
    var source: String
    /// The languages of the model's overlays (`X.<language>.yaml`), sorted; the model's own language is not named.
    var languages: [String] = []

    struct Scale: Sendable {
        var min: Int
        var max: Int
        var labels: [String]
        /// The labels in the model's other languages (own words first when an overlay is shown), for survey answers.
        var otherLabels: [[String]] = []

        var pointCount: Int { max - min + 1 }
    }

    struct Stage: Sendable {
        var id: String
        var name: String
        var minScore: Double
        var summary: String
    }

    struct Dimension: Sendable {
        var id: String
        var name: String
        var group: String?
        var description: String
        /// Descriptor per stage id: what this dimension looks like at that stage.
        var descriptors: [String: String]
        /// Recommended actions to reach the stage with that id.
        var actions: [String: [String]]
        var items: [Item]
        /// Criteria per stage id, for criteria-based (staged, CMMI-style) assessments.
        var criteria: [String: [Criterion]] = [:]
    }

    struct Criterion: Sendable {
        var id: String
        var text: String
    }

    struct Item: Sendable {
        var id: String
        var text: String
        var reverse: Bool
        var weight: Double
        /// The statement in the model's other languages, for matching survey columns written in any of them.
        var otherTexts: [String] = []
    }

    func stageIndex(id: String) -> Int? { stages.firstIndex { $0.id == id } }

    /// The highest stage whose threshold the score reaches; the lowest stage when it reaches none.
    func stageIndex(forScore score: Double) -> Int {
        var found = 0
        for (index, stage) in stages.enumerated() where score >= stage.minScore { found = index }
        return found
    }
}

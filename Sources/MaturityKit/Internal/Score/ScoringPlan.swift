/// The model's items flattened for the per-respondent loop: no strings, no nested structs, one pass.
struct ScoringPlan: Sendable {
    let min: Int
    let max: Int
    let reverse: [Bool]
    let weights: [Double]
    /// The item indices of each dimension, in model order.
    let ranges: [Range<Int>]
    /// Per item: whether the wave has it (a partial wave leaves some out; their answers are always blank).
    let present: [Bool]
    /// Per dimension: the answered items a respondent needs for a score, half of the items the wave has, rounded
    /// up (SPEC §5); 0 where the wave has none of them, and then no respondent has a score: not measured.
    let required: [Int]

    init(_ model: MaturityModel, present: [Bool]? = nil) {
        min = model.scale.min
        max = model.scale.max
        let items = model.dimensions.flatMap(\.items)
        reverse = items.map(\.reverse)
        weights = items.map(\.weight)
        var start = 0
        ranges = model.dimensions.map { dimension in
            defer { start += dimension.items.count }
            return start..<(start + dimension.items.count)
        }
        let present = present ?? Array(repeating: true, count: items.count)
        self.present = present
        required = ranges.map { range in (range.filter { present[$0] }.count + 1) / 2 }
    }

    /// Whether the wave has at least one item of the dimension.
    func measures(_ dimension: Int) -> Bool { ranges[dimension].contains { present[$0] } }
}

/// The model's items flattened for the per-respondent loop: no strings, no nested structs, one pass.
struct ScoringPlan: Sendable {
    let min: Int
    let max: Int
    let reverse: [Bool]
    let weights: [Double]
    /// The item indices of each dimension, in model order.
    let ranges: [Range<Int>]

    init(_ model: MaturityModel) {
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
    }
}

/// Running sums for one wave, filled one respondent at a time: nothing here grows with the number of rows,
/// only with items, dimensions and attribute groups.
struct ResponseTally: Sendable {
    /// Mean and sum of squared deviations, updated one value at a time (Welford), for a stable sample sd.
    struct Moments: Sendable {
        var n = 0
        var mean = 0.0
        var m2 = 0.0

        mutating func add(_ value: Double) {
            n += 1
            let delta = value - mean
            mean += delta / Double(n)
            m2 += delta * (value - mean)
        }
    }

    let points: Int
    var respondents = 0
    /// Answer counts, item-major: `itemCounts[item * points + (answer - scale.min)]`.
    var itemCounts: [Int]
    var dimensions: [Moments]
    /// Per attribute: the group names in order of first appearance, and per group and dimension the moments.
    var groupNames: [[String]]
    var groupIndex: [[String: Int]]
    var groupMoments: [[[Moments]]]
    /// With `units:`, the attribute whose groups each get a tally of their own, indexed like its groups.
    var unitAttribute: Int?
    var units: [ResponseTally] = []
    /// Per unit and attribute: the unit tally's slot for each of the whole tally's group slots (-1: not yet made).
    var unitGroupMaps: [[[Int]]] = []
    /// The model's items as flat arrays, made on the first respondent.
    var plan: ScoringPlan?

    init(itemCount: Int, points: Int, dimensionCount: Int, attributeCount: Int) {
        self.points = points
        itemCounts = Array(repeating: 0, count: itemCount * points)
        dimensions = Array(repeating: Moments(), count: dimensionCount)
        groupNames = Array(repeating: [], count: attributeCount)
        groupIndex = Array(repeating: [:], count: attributeCount)
        groupMoments = Array(repeating: [], count: attributeCount)
    }

    /// The slot for a group value of an attribute, created on first sight.
    mutating func group(_ name: String, attribute: Int) -> Int {
        if let index = groupIndex[attribute][name] { return index }
        let index = groupNames[attribute].count
        groupNames[attribute].append(name)
        groupIndex[attribute][name] = index
        groupMoments[attribute].append(Array(repeating: Moments(), count: dimensions.count))
        return index
    }
}

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
    /// Per item: whether the wave's file has a column for it (a partial wave leaves some out).
    var present: [Bool]
    /// Per attribute: the group names in order of first appearance, and per group and dimension the moments.
    var groupNames: [[String]]
    var groupIndex: [[String: Int]]
    var groupMoments: [[[Moments]]]
    /// With `units:`, the attribute whose groups each get a tally of their own, indexed like its groups.
    var unitAttribute: Int?
    var units: [ResponseTally] = []

    init(itemCount: Int, points: Int, dimensionCount: Int, attributeCount: Int) {
        self.points = points
        itemCounts = Array(repeating: 0, count: itemCount * points)
        present = Array(repeating: true, count: itemCount)
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

extension ResponseTally.Moments {
    /// Combines two sets of moments (Chan et al.), as if all values had been added to one.
    mutating func merge(_ other: ResponseTally.Moments) {
        guard other.n > 0 else { return }
        guard n > 0 else { self = other; return }
        let total = n + other.n
        let delta = other.mean - mean
        mean += delta * Double(other.n) / Double(total)
        m2 += other.m2 + delta * delta * Double(n) * Double(other.n) / Double(total)
        n = total
    }
}

extension ResponseTally {
    /// Adds another tally of the same wave (another piece of the file), matching groups and units by name.
    mutating func merge(_ other: ResponseTally) {
        respondents += other.respondents
        present = other.present
        for index in itemCounts.indices { itemCounts[index] += other.itemCounts[index] }
        for index in dimensions.indices { dimensions[index].merge(other.dimensions[index]) }
        var slots: [[Int]] = []
        for attribute in groupNames.indices {
            slots.append(other.groupNames[attribute].map { group($0, attribute: attribute) })
            for (otherGroup, mine) in slots[attribute].enumerated() {
                for dimension in dimensions.indices {
                    groupMoments[attribute][mine][dimension].merge(other.groupMoments[attribute][otherGroup][dimension])
                }
            }
        }
        if let unitAttribute {
            for (otherUnit, unitTally) in other.units.enumerated() {
                let unit = slots[unitAttribute][otherUnit]
                while units.count <= unit {
                    var empty = ResponseTally(
                        itemCount: itemCounts.count / points, points: points, dimensionCount: dimensions.count, attributeCount: groupNames.count)
                    empty.present = present
                    units.append(empty)
                }
                units[unit].merge(unitTally)
            }
        }
    }
}

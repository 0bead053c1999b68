/// The running sums of one piece of a responses file, kept in flat arrays so that the per-row loop does no
/// allocation and no copy-on-write check per value. A respondent updates a short list of cells: everyone,
/// their group of each attribute, and with `units:` the same again inside their unit. When the piece is
/// done, `tally()` turns the cells into a `ResponseTally` (the whole, and one per unit). Each cell receives
/// the same values in the same order as adding respondents one by one to nested tallies would, so the figures
/// are equal to the last bit. A unit's group in the unit attribute, in the whole or inside the unit, holds
/// exactly the unit's respondents: it shares the unit's own cell instead of keeping a copy.
struct TallyBuilder {
    let plan: ScoringPlan
    let points: Int
    let itemCount: Int
    let dimensionCount: Int
    let unitAttribute: Int?

    /// Per attribute: the group names in order of first appearance, and a name's slot.
    private(set) var groupNames: [[String]]
    private var groupIndex: [[String: Int]]
    /// Respondents per scope: scope 0 is everyone, scope 1 + u the unit in group slot u of the unit attribute.
    private var respondents: [Int] = [0]
    /// Answer counts per scope, `[(scope * itemCount + item) * points + answer - plan.min]`. 32 bits (half the
    /// cache traffic) hold four billion answers per item and point, more than any survey has respondents.
    private var itemCounts: [UInt32]
    /// Moments per cell and dimension, `[cell * dimensionCount + dimension]`. Cell 0 is everyone.
    private var moments: [ResponseTally.Moments]
    /// The cell of each attribute group in scope 0: `wholeCells[attribute][group]`.
    private var wholeCells: [[Int]]
    /// Per unit: its own whole cell; per attribute, the cell of each scope-0 group slot inside the unit (-1: none
    /// yet); and the scope-0 group slots in the order the unit first saw them.
    private var unitWholeCells: [Int] = []
    private var unitCells: [[[Int]]] = []
    private var unitGroupOrder: [[[Int]]] = []
    /// Scratch space for one row: the dimension scores (nan: not scored) and the cells to update.
    private var scores: [Double]
    private var cells: [Int] = []

    /// `present` says which items the wave has (nil: all of them).
    init(model: MaturityModel, attributeCount: Int, unitAttribute: Int?, present: [Bool]? = nil) {
        plan = ScoringPlan(model, present: present)
        points = model.scale.pointCount
        itemCount = plan.reverse.count
        dimensionCount = plan.ranges.count
        self.unitAttribute = unitAttribute
        groupNames = Array(repeating: [], count: attributeCount)
        groupIndex = Array(repeating: [:], count: attributeCount)
        wholeCells = Array(repeating: [], count: attributeCount)
        itemCounts = Array(repeating: 0, count: itemCount * points)
        moments = Array(repeating: ResponseTally.Moments(), count: dimensionCount)
        scores = Array(repeating: .nan, count: dimensionCount)
    }

    /// The slot for a group value of an attribute, created on first sight.
    mutating func group(_ name: String, attribute: Int) -> Int {
        if let index = groupIndex[attribute][name] { return index }
        let index = groupNames[attribute].count
        groupNames[attribute].append(name)
        groupIndex[attribute][name] = index
        if attribute == unitAttribute {
            addUnit()
            wholeCells[attribute].append(unitWholeCells[index])
        } else {
            wholeCells[attribute].append(newCell())
        }
        return index
    }

    private mutating func newCell() -> Int {
        moments += repeatElement(ResponseTally.Moments(), count: dimensionCount)
        return moments.count / dimensionCount - 1
    }

    /// Adds one respondent: `answers` holds raw scale values in model item order, `Scoring.blank` where blank;
    /// `groups` the group slot of each attribute.
    mutating func add(answers: [Int], groups: [Int]) {
        Scoring.dimensionScores(answers: answers, plan: plan, into: &scores)
        cells.removeAll(keepingCapacity: true)
        cells.append(0)
        for (attribute, group) in groups.enumerated() where attribute != unitAttribute { cells.append(wholeCells[attribute][group]) }
        var unitScope = 0  // 0: no unit
        if let unitAttribute {
            let unit = groups[unitAttribute]
            cells.append(unitWholeCells[unit])
            for (attribute, group) in groups.enumerated() where attribute != unitAttribute {
                if unitCells[unit][attribute].count <= group {
                    unitCells[unit][attribute] += repeatElement(-1, count: group + 1 - unitCells[unit][attribute].count)
                }
                if unitCells[unit][attribute][group] < 0 {
                    unitCells[unit][attribute][group] = newCell()
                    unitGroupOrder[unit][attribute].append(group)
                }
                cells.append(unitCells[unit][attribute][group])
            }
            unitScope = 1 + unit
        }
        respondents[0] += 1
        if unitScope > 0 { respondents[unitScope] += 1 }
        let (points, min) = (points, plan.min)
        let unitBase = unitScope * itemCount * points
        itemCounts.withUnsafeMutableBufferPointer { counts in
            for (item, answer) in answers.enumerated() where answer != Scoring.blank {
                counts[item * points + answer - min] &+= 1
            }
            guard unitBase > 0 else { return }
            for (item, answer) in answers.enumerated() where answer != Scoring.blank {
                counts[unitBase + item * points + answer - min] &+= 1
            }
        }
        let dimensionCount = dimensionCount
        scores.withUnsafeBufferPointer { scores in
            moments.withUnsafeMutableBufferPointer { moments in
                for cell in cells {
                    let base = cell * dimensionCount
                    for (dimension, score) in scores.enumerated() where !score.isNaN { moments[base + dimension].add(score) }
                }
            }
        }
    }

    private mutating func addUnit() {
        let unit = unitWholeCells.count
        respondents.append(0)
        itemCounts += repeatElement(0, count: itemCount * points)
        unitWholeCells.append(newCell())
        var cells: [[Int]] = Array(repeating: [], count: groupNames.count), order = cells
        if let unitAttribute {
            cells[unitAttribute] = Array(repeating: -1, count: unit) + [unitWholeCells[unit]]
            order[unitAttribute] = [unit]
        }
        unitCells.append(cells)
        unitGroupOrder.append(order)
    }

    /// The finished tally of the piece, with a tally of its own for each unit.
    func tally() -> ResponseTally {
        var whole = makeTally(scope: 0, wholeCell: 0, groups: groupNames.indices.map { Array(zip(groupNames[$0], wholeCells[$0])) })
        whole.unitAttribute = unitAttribute
        for unit in unitWholeCells.indices {
            let groups = groupNames.indices.map { attribute in
                unitGroupOrder[unit][attribute].map { (groupNames[attribute][$0], unitCells[unit][attribute][$0]) }
            }
            whole.units.append(makeTally(scope: 1 + unit, wholeCell: unitWholeCells[unit], groups: groups))
        }
        return whole
    }

    private func makeTally(scope: Int, wholeCell: Int, groups: [[(name: String, cell: Int)]]) -> ResponseTally {
        var tally = ResponseTally(itemCount: itemCount, points: points, dimensionCount: dimensionCount, attributeCount: groups.count)
        tally.respondents = respondents[scope]
        tally.present = plan.present
        let size = itemCount * points
        tally.itemCounts = itemCounts[(scope * size)..<((scope + 1) * size)].map { Int($0) }
        tally.dimensions = Array(moments[(wholeCell * dimensionCount)..<((wholeCell + 1) * dimensionCount)])
        for (attribute, list) in groups.enumerated() {
            for (name, cell) in list {
                let slot = tally.group(name, attribute: attribute)
                tally.groupMoments[attribute][slot] = Array(moments[(cell * dimensionCount)..<((cell + 1) * dimensionCount)])
            }
        }
        return tally
    }
}

/// The cells of one dimension in one wave: the dimension totals, the groups of every attribute and the items,
/// for the organisation (`unit` nil) and for each unit (indexed like the sorted unit names).
struct DimensionCells {
    var total: Int
    var unitTotals: [Int]
    /// [attribute][group] → cell, groups in the order of the breakdown they come from (the organisation's, or
    /// for units [unit][attribute][group] the unit's own): positions, so that no name is looked up twice.
    var groups: [[Int]]
    var unitGroups: [[[Int]]]
    /// The units' totals by unit name, for the organisation's breakdown by unit.
    var unitTotalsByName: [String: Int] = [:]
    var items: [Int]
    var unitItems: [[Int]]
    let unitAttribute: Int?

    static func lay(
        _ d: Int, organisation: WaveResult, units: [WaveResult], names: [String], unitAttribute: Int?,
        respondents: [Int], in tables: inout LinkedTables
    ) -> DimensionCells {
        let whole = organisation.dimensions[d]
        var cells = DimensionCells(
            total: tables.cell(n: whole.n ?? 0), unitTotals: [], groups: [], unitGroups: [],
            items: [], unitItems: Array(repeating: [], count: units.count), unitAttribute: unitAttribute)
        for (u, unit) in units.enumerated() {
            let cell = tables.cell(n: unit.dimensions[d].n ?? 0)
            tables.follow(cell, leader: respondents[u])
            cells.unitTotals.append(cell)
            cells.unitTotalsByName[names[u]] = cell
        }
        tables.sum(total: cells.total, parts: cells.unitTotals)
        // The organisation's groups, and where each group name sits among them (for the units' columns).
        var columnOf: [[String: Int]] = []
        for (a, breakdown) in whole.breakdowns.enumerated() {
            guard a != unitAttribute else { cells.groups.append([]); columnOf.append([:]); continue }
            let column = breakdown.groups.map { group in
                let cell = tables.cell(n: group.figures?.n ?? 0)
                tables.follow(cell, leader: cells.total)
                return cell
            }
            tables.sum(total: cells.total, parts: column)
            cells.groups.append(column)
            columnOf.append(Dictionary(uniqueKeysWithValues: breakdown.groups.enumerated().map { ($1.name, $0) }))
        }
        // Each unit's groups: a row per unit adding up to its total, and a column per group adding up to the organisation's.
        var columns = cells.groups.map { $0.map { _ in [Int]() } }
        for (u, unit) in units.enumerated() {
            var perAttribute: [[Int]] = []
            for (a, breakdown) in unit.dimensions[d].breakdowns.enumerated() {
                guard a != unitAttribute else { perAttribute.append([]); continue }
                let row = breakdown.groups.map { group in
                    let cell = tables.cell(n: group.figures?.n ?? 0)
                    tables.follow(cell, leader: cells.unitTotals[u])
                    if let column = columnOf[a][group.name] { columns[a][column].append(cell) }
                    return cell
                }
                tables.sum(total: cells.unitTotals[u], parts: row)
                perAttribute.append(row)
            }
            cells.unitGroups.append(perAttribute)
        }
        if !units.isEmpty {
            for (a, column) in cells.groups.enumerated() where a != unitAttribute {
                for (g, total) in column.enumerated() { tables.sum(total: total, parts: columns[a][g]) }
            }
        }
        for (i, item) in whole.items.enumerated() {
            let cell = tables.cell(n: item.n ?? 0)
            tables.follow(cell, leader: cells.total)
            cells.items.append(cell)
            let perUnit = units.enumerated().map { u, unit in
                let unitCell = tables.cell(n: unit.dimensions[d].items[i].n ?? 0)
                tables.follow(unitCell, leader: cells.unitTotals[u])
                return unitCell
            }
            tables.sum(total: cell, parts: perUnit)
            for (u, unitCell) in perUnit.enumerated() { cells.unitItems[u].append(unitCell) }
        }
        return cells
    }

    /// The dimension as it may be published by the organisation (`unit` nil) or by one unit.
    func published(_ result: DimensionResult, unit: Int?, tables: LinkedTables) -> DimensionResult {
        var result = result
        let totalHidden = tables.isHidden(unit.map { unitTotals[$0] } ?? total)
        if totalHidden { result.withhold() }
        let itemCells = unit.map { unitItems[$0] } ?? items
        for (i, cell) in itemCells.enumerated() where tables.isHidden(cell) { result.items[i].withhold() }
        for (a, breakdown) in result.breakdowns.enumerated() {
            var visible: [GroupResult] = []
            if a == unitAttribute {
                // The organisation's breakdown by unit is the units' own totals; a unit's breakdown by unit is itself.
                visible = breakdown.groups.filter { group in
                    let cell = unit.map { unitTotals[$0] } ?? unitTotalsByName[group.name]
                    return cell.map { !tables.isHidden($0) } ?? false
                }
            } else {
                let cells = unit.map { unitGroups[$0][a] } ?? groups[a]
                for (g, group) in breakdown.groups.enumerated() where !tables.isHidden(cells[g]) { visible.append(group) }
            }
            result.breakdowns[a] = AttributeBreakdown(
                attribute: breakdown.attribute, groups: visible,
                hiddenGroups: breakdown.hiddenGroups + breakdown.groups.count - visible.count)
        }
        return result
    }
}

/// The cells of one dimension in one wave: the dimension totals, the groups of every attribute and the items,
/// for the organisation (`unit` nil) and for each unit (indexed like the sorted unit names).
struct DimensionCells {
    var total: Int
    var unitTotals: [Int]
    /// [attribute] → group name → cell; for units [unit][attribute] → group name → cell.
    var groups: [[String: Int]]
    var unitGroups: [[[String: Int]]]
    /// The units' totals by unit name, for the organisation's breakdown by unit.
    var unitTotalsByName: [String: Int] = [:]
    var items: [Int]
    var unitItems: [[Int]]
    let unitAttribute: Int?

    static func lay(_ d: Int, organisation: WaveResult, units: [WaveResult], names: [String], unitAttribute: Int?,
                    respondents: [Int], in tables: inout LinkedTables) -> DimensionCells {
        let whole = organisation.dimensions[d]
        
        var cells = DimensionCells(total: tables.cell(n: whole.n ?? 0), unitTotals: [], groups: [], unitGroups: [],
                                   items: [], unitItems: Array(repeating: [], count: units.count), unitAttribute: unitAttribute)
        for (u, unit) in units.enumerated() {
            let cell = tables.cell(n: unit.dimensions[d].n ?? 0)
            tables.follow(cell, leader: respondents[u])
            cells.unitTotals.append(cell)
            cells.unitTotalsByName[names[u]] = cell
        }
        tables.sum(total: cells.total, parts: cells.unitTotals)
        for (a, breakdown) in whole.breakdowns.enumerated() {
            var column: [String: Int] = [:]
            guard a != unitAttribute else { cells.groups.append(column); continue }
            for group in breakdown.groups {
                let cell = tables.cell(n: group.figures?.n ?? 0)
                tables.follow(cell, leader: cells.total)
                column[group.name] = cell
            }
            tables.sum(total: cells.total, parts: breakdown.groups.compactMap { column[$0.name] })
            cells.groups.append(column)
        }
        for (u, unit) in units.enumerated() {
            var perAttribute: [[String: Int]] = []
            for (a, breakdown) in unit.dimensions[d].breakdowns.enumerated() {
                var row: [String: Int] = [:]
                guard a != unitAttribute else { perAttribute.append(row); continue }
                for group in breakdown.groups {
                    let cell = tables.cell(n: group.figures?.n ?? 0)
                    tables.follow(cell, leader: cells.unitTotals[u])
                    row[group.name] = cell
                }
                tables.sum(total: cells.unitTotals[u], parts: breakdown.groups.compactMap { row[$0.name] })
                perAttribute.append(row)
            }
            cells.unitGroups.append(perAttribute)
        }
        if !units.isEmpty {
            for (a, column) in cells.groups.enumerated() where a != unitAttribute {
                for (name, total) in column.sorted(by: { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }) {
                    tables.sum(total: total, parts: cells.unitGroups.compactMap { $0[a][name] })
                }
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
            let shown: (GroupResult) -> Bool
            if a == unitAttribute {
                // The organisation's breakdown by unit is the units' own totals; a unit's breakdown by unit is itself.
                shown = { group in
                    let cell = unit.map { unitTotals[$0] } ?? unitTotalsByName[group.name]
                    return cell.map { !tables.isHidden($0) } ?? false
                }
            } else {
                let cells = unit.map { unitGroups[$0][a] } ?? groups[a]
                shown = { group in cells[group.name].map { !tables.isHidden($0) } ?? false }
            }
            let visible = breakdown.groups.filter(shown)
            result.breakdowns[a] = AttributeBreakdown(attribute: breakdown.attribute, groups: visible,
                                                      hiddenGroups: breakdown.groups.count - visible.count)
        }
        return result
    }
}

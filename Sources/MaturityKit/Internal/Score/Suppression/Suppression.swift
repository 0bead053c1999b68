/// The one rule for hiding figures, used for the organisation, every unit, the email and the data files.
///
/// 1. Primary: every cell with fewer than `minimum` respondents is hidden.
/// 2. Complementary: in every sum, the hidden cells must be none or at least two; where the total is shown,
///    the hidden parts must together hold at least `minimum` respondents (otherwise their sum, total minus the
///    shown parts, would be a figure about a small group). Where a sum breaks this, its smallest shown part is
///    hidden (ties by name), or its total when no part is left, until every sum holds.
/// 3. Audit: the shown figures satisfy one linear equation per sum. A hidden cell is exposed when those
///    equations determine it (`Disclosure.exposedCells`). For each exposed cell, the smallest shown part of a
///    sum it belongs to is hidden, and the rules run again, until no hidden cell is exposed.
enum Suppression {
    /// What the rules hid, for the build's own checks and the methodology page.
    struct Audit: Sendable, Equatable {
        var primary = 0
        var complementary = 0
        var byAudit = 0
        var exposedAfter = 0

        mutating func add(_ other: Audit) {
            primary += other.primary
            complementary += other.complementary
            byAudit += other.byAudit
            exposedAfter += other.exposedAfter
        }
    }

    static func protect(_ tables: inout LinkedTables, minimum: Int) -> Audit {
        var audit = Audit()
        for index in tables.cells.indices where tables.cells[index].n < minimum { audit.primary += tables.hide(index) }
        while true {
            audit.complementary += complete(&tables, minimum: minimum)
            let exposed = Disclosure.exposedCells(tables)
            if exposed.isEmpty { break }
            var hid = 0
            for cell in exposed { hid += hidePartner(of: cell, in: &tables) }
            audit.byAudit += hid
            // Nothing left to hide would mean a total no rule can protect; cannot happen while totals can be hidden.
            if hid == 0 { audit.exposedAfter = exposed.count; break }
        }
        return audit
    }

    /// Applies the complementary rule to every sum until all of them hold; returns the cells it hid.
    private static func complete(_ tables: inout LinkedTables, minimum: Int) -> Int {
        var hid = 0, changed = true
        while changed {
            changed = false
            for sum in tables.sums {
                // Counted in place: this runs over every sum of a large report, most of which hide nothing.
                var hiddenCount = 0, hiddenRespondents = 0
                for part in sum.parts where tables.cells[part].hidden {
                    hiddenCount += 1
                    hiddenRespondents += tables.cells[part].n
                }
                let broken =
                    tables.isHidden(sum.total)
                    ? hiddenCount == 0
                    : hiddenCount > 0 && (hiddenCount < 2 || hiddenRespondents < minimum)
                guard broken else { continue }
                var next: Int?
                for part in sum.parts where !tables.cells[part].hidden && !tables.cells[part].pinned {
                    if next.map({ tables.precedes(part, $0) }) ?? true { next = part }
                }
                let newly = tables.hide(next ?? sum.total)
                hid += newly
                changed = changed || newly > 0
            }
        }
        return hid
    }

    /// Hides the smallest shown part of the first sum (in table order) that holds `cell` and has a part left to hide.
    private static func hidePartner(of cell: Int, in tables: inout LinkedTables) -> Int {
        for sum in tables.sums where sum.total == cell || sum.parts.contains(cell) {
            if let next = sum.parts.filter({ !tables.isHidden($0) && !tables.cells[$0].pinned }).min(by: tables.precedes) { return tables.hide(next) }
        }
        for sum in tables.sums where sum.parts.contains(cell) && !tables.isHidden(sum.total) {
            let newly = tables.hide(sum.total)
            if newly > 0 { return newly }
        }
        return 0
    }
}

/// Published figures and the sums that tie them together, as statistical disclosure control sees them.
///
/// Every cell is a figure a page or data file could show: a group's count and mean in one unit, a unit's
/// dimension total, the organisation's total. Every `Sum` says that one cell (the total) holds exactly the
/// respondents of some others (its parts): a unit's dimension total is the sum of its groups, the
/// organisation's group is the sum of the same group in every unit, and so on. Whoever reads the published
/// cells can subtract along these sums; `Suppression` chooses hidden cells so that no hidden cell can be worked
/// out that way.
struct LinkedTables {
    struct Cell {
        /// Respondents behind the figure.
        var n: Int
        var hidden = false
        /// Always published (the organisation's respondent count): never chosen as a complement.
        var pinned = false
    }

    /// `total = parts[0] + parts[1] + …`, for respondent counts and for sums of scores alike.
    struct Sum {
        var total: Int
        var parts: [Int]
    }

    private(set) var cells: [Cell] = []
    private(set) var sums: [Sum] = []
    /// Cells that must be hidden whenever a cell is: a unit's groups and items go with its dimension total.
    private(set) var followers: [[Int]] = []

    /// A new cell. Cells are laid out in name order within each sum (units by name, groups by name with
    /// "Not stated" last), so that the layout order breaks ties between cells of equal size by name.
    mutating func cell(n: Int, pinned: Bool = false) -> Int {
        cells.append(Cell(n: n, pinned: pinned))
        followers.append([])
        return cells.count - 1
    }

    /// Cells of no respondents take no part: a zero is no figure about anyone, and whoever reads the tables may
    /// be assumed to know it (they are hidden like any small cell, but never need a partner).
    mutating func sum(total: Int, parts: [Int]) {
        let parts = parts.filter { cells[$0].n > 0 }
        guard !parts.isEmpty, cells[total].n > 0 else { return }
        sums.append(Sum(total: total, parts: parts))
    }

    /// Whenever `leader` is hidden, `follower` is hidden too.
    mutating func follow(_ follower: Int, leader: Int) { followers[leader].append(follower) }

    func isHidden(_ cell: Int) -> Bool { cells[cell].hidden }

    /// Hides a cell and everything that follows it; returns how many cells it newly hid.
    @discardableResult
    mutating func hide(_ cell: Int) -> Int {
        var stack = [cell], count = 0
        while let next = stack.popLast() {
            guard !cells[next].hidden, !cells[next].pinned else { continue }
            cells[next].hidden = true
            count += 1
            stack += followers[next]
        }
        return count
    }

    /// Smaller first, then in layout (name) order: the order in which complementary cells are chosen.
    func precedes(_ a: Int, _ b: Int) -> Bool {
        cells[a].n != cells[b].n ? cells[a].n < cells[b].n : a < b
    }
}

/// The audit: which hidden cells do the shown figures determine?
///
/// Each sum gives one linear equation in its hidden cells (shown cells are known numbers). A hidden cell is
/// determined when its unit vector lies in the row space of those equations; in reduced row echelon form
/// that is a pivot column whose row has no entry in any free column. Hidden cells fall into independent
/// groups (those linked by a common sum), solved one group at a time.
///
/// Arithmetic is exact modulo two primes (2^61 − 1 and 10^9 + 7), so it never overflows and gives the same
/// answer on every run. A cell that rational arithmetic finds determined can look undetermined modulo a prime
/// only if the prime divides a minor of the equations; a cell counts as determined when either prime says so.
enum Disclosure {
    static let primes: [UInt64] = [2_305_843_009_213_693_951, 1_000_000_007]

    static func exposedCells(_ tables: LinkedTables) -> [Int] {
        guard tables.cells.contains(where: \.hidden) else { return [] }
        var exposed: [Int] = []
        for group in components(tables) {
            var found = Set<Int>()
            for prime in primes { found.formUnion(determined(group, tables, prime: prime)) }
            exposed += found.sorted()
        }
        return exposed.sorted()
    }

    /// One independent group: its hidden cells and the sums that mention them.
    private struct Component {
        var cells: [Int]
        var sums: [Int]
    }

    private static func components(_ tables: LinkedTables) -> [Component] {
        var parent = Array(tables.cells.indices)
        func root(_ cell: Int) -> Int {
            var cell = cell
            while parent[cell] != cell { parent[cell] = parent[parent[cell]]; cell = parent[cell] }
            return cell
        }
        var mentioned = [Bool](repeating: false, count: tables.cells.count)
        for sum in tables.sums {
            let hidden = ([sum.total] + sum.parts).filter(tables.isHidden)
            for cell in hidden { mentioned[cell] = true }
            for cell in hidden.dropFirst() { parent[root(cell)] = root(hidden[0]) }
        }
        var byRoot: [Int: Component] = [:]
        for cell in tables.cells.indices where mentioned[cell] { byRoot[root(cell), default: Component(cells: [], sums: [])].cells.append(cell) }
        for (index, sum) in tables.sums.enumerated() {
            if let first = ([sum.total] + sum.parts).first(where: tables.isHidden) { byRoot[root(first)]?.sums.append(index) }
        }
        return byRoot.keys.sorted().map { byRoot[$0]! }
    }

    private static func determined(_ group: Component, _ tables: LinkedTables, prime: UInt64) -> [Int] {
        let column = Dictionary(uniqueKeysWithValues: group.cells.enumerated().map { ($1, $0) })
        var rows: [[UInt64]] = group.sums.map { index in
            let sum = tables.sums[index]
            var row = [UInt64](repeating: 0, count: group.cells.count)
            if let c = column[sum.total] { row[c] = prime - 1 }
            for part in sum.parts { if let c = column[part] { row[c] = 1 } }
            return row
        }
        var pivotRow: [Int: Int] = [:]
        var rank = 0
        for c in group.cells.indices where rank < rows.count {
            guard let found = (rank..<rows.count).first(where: { rows[$0][c] != 0 }) else { continue }
            rows.swapAt(rank, found)
            let inverse = ModularArithmetic.inverse(rows[rank][c], prime)
            for k in c..<group.cells.count { rows[rank][k] = ModularArithmetic.multiply(rows[rank][k], inverse, prime) }
            for r in rows.indices where r != rank && rows[r][c] != 0 {
                let factor = rows[r][c]
                for k in c..<group.cells.count where rows[rank][k] != 0 {
                    rows[r][k] = ModularArithmetic.subtract(rows[r][k], ModularArithmetic.multiply(factor, rows[rank][k], prime), prime)
                }
            }
            pivotRow[c] = rank
            rank += 1
        }
        let free = group.cells.indices.filter { pivotRow[$0] == nil }
        return pivotRow.compactMap { c, r in free.allSatisfy { rows[r][$0] == 0 } ? group.cells[c] : nil }
    }
}

/// Arithmetic modulo a prime below 2^63, through 128-bit products.
enum ModularArithmetic {
    static func multiply(_ a: UInt64, _ b: UInt64, _ p: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return p.dividingFullWidth((high: product.high, low: product.low)).remainder
    }

    static func subtract(_ a: UInt64, _ b: UInt64, _ p: UInt64) -> UInt64 { a >= b ? a - b : a + (p - b) }

    /// Fermat: a^(p−2) mod p.
    static func inverse(_ a: UInt64, _ p: UInt64) -> UInt64 {
        var result: UInt64 = 1, base = a % p, exponent = p - 2
        while exponent > 0 {
            if exponent & 1 == 1 { result = multiply(result, base, p) }
            base = multiply(base, base, p)
            exponent >>= 1
        }
        return result
    }
}

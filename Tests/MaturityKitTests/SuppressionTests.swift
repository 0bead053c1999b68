import XCTest

@testable import MaturityKit

/// The suppression rule on hand-made linked tables, with the hidden cells worked out by hand.
final class SuppressionTests: XCTestCase {
    /// A table of rows × columns with its margins: cell (r, c) has n = sizes[r][c]; cells are laid out row-major.
    private func table(_ sizes: [[Int]]) -> (LinkedTables, cells: [[Int]], rows: [Int], columns: [Int], grand: Int) {
        var tables = LinkedTables()
        let grand = tables.cell(n: sizes.joined().reduce(0, +))
        let rows = sizes.indices.map { r in tables.cell(n: sizes[r].reduce(0, +)) }
        let columns = sizes[0].indices.map { c in tables.cell(n: sizes.map { $0[c] }.reduce(0, +)) }
        let cells = sizes.indices.map { r in sizes[r].indices.map { c in tables.cell(n: sizes[r][c]) } }
        for r in sizes.indices { tables.sum(total: rows[r], parts: cells[r]) }
        for c in sizes[0].indices { tables.sum(total: columns[c], parts: cells.map { $0[c] }) }
        tables.sum(total: grand, parts: rows)
        tables.sum(total: grand, parts: columns)
        return (tables, cells, rows, columns, grand)
    }

    func testOneSmallCellGetsARowAColumnAndACornerPartner() {
        var (tables, cells, _, _, _) = table([[3, 17], [10, 10], [10, 10]])
        let audit = Suppression.protect(&tables, minimum: 5)
        let hidden = cells.map { $0.map(tables.isHidden) }
        // (0,0) is primary; (0,1) completes row 0; (1,0) column 0 (10 ties with (2,0), row 1 sorts first); (1,1) row 1.
        XCTAssertEqual(hidden, [[true, true], [true, true], [false, false]])
        XCTAssertEqual(audit.primary, 1)
        XCTAssertEqual(audit.complementary, 3)
        XCTAssertEqual(audit.byAudit, 0)
        XCTAssertTrue(Disclosure.exposedCells(tables).isEmpty)
    }

    func testHiddenPartsMustTogetherReachTheMinimum() {
        // Row 0 has two small cells, 1 and 2: hidden, but together 3 < 5, so the next smallest (4... then 9) joins.
        var (tables, cells, _, _, _) = table([[1, 2, 9, 20], [30, 30, 30, 30], [30, 30, 30, 30]])
        _ = Suppression.protect(&tables, minimum: 5)
        XCTAssertTrue(tables.isHidden(cells[0][2]), "1 + 2 respondents are still a small group")
        XCTAssertFalse(tables.isHidden(cells[0][3]))
        XCTAssertTrue(Disclosure.exposedCells(tables).isEmpty)
    }

    /// Two blocks of hidden cells joined by one hidden cell: every row and column has two hidden cells holding
    /// enough respondents, yet the joining cell is the difference of the blocks' margins. Only the audit sees it.
    func testTheAuditCatchesACellThatEveryRowAndColumnRuleMisses() {
        let small = 3, big = 40
        var sizes = Array(repeating: Array(repeating: big, count: 5), count: 5)
        for (r, c) in [(0, 0), (0, 1), (1, 0), (1, 1), (2, 2), (2, 3), (3, 2), (3, 3), (1, 2)] { sizes[r][c] = small }
        var (tables, cells, _, _, _) = table(sizes)
        var bare = tables
        for r in 0..<5 { for c in 0..<5 where sizes[r][c] == small { bare.hide(cells[r][c]) } }
        XCTAssertEqual(Disclosure.exposedCells(bare), [cells[1][2]], "the joining cell is determined by the margins")
        let audit = Suppression.protect(&tables, minimum: 5)
        XCTAssertGreaterThan(audit.byAudit, 0)
        XCTAssertEqual(audit.exposedAfter, 0)
        XCTAssertTrue(Disclosure.exposedCells(tables).isEmpty)
    }

    func testASmallTotalHidesItsWholeRowAndTheRowNeedsAPartner() {
        // Row 2 holds 4 respondents in all: its total and cells are hidden, and another row must be hidden with it.
        var (tables, _, rows, _, _) = table([[20, 20], [15, 15], [2, 2]])
        _ = Suppression.protect(&tables, minimum: 5)
        XCTAssertTrue(tables.isHidden(rows[2]))
        XCTAssertTrue(tables.isHidden(rows[1]), "the smallest other row is the grand total's second hidden part")
        XCTAssertFalse(tables.isHidden(rows[0]))
        XCTAssertTrue(Disclosure.exposedCells(tables).isEmpty)
    }

    func testModularInverseAndProduct() {
        for prime in Disclosure.primes {
            for value: UInt64 in [1, 2, 3, 12345, prime - 1] {
                XCTAssertEqual(ModularArithmetic.multiply(value, ModularArithmetic.inverse(value, prime), prime), 1)
            }
        }
    }
}

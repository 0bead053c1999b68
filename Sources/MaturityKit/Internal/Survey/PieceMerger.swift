import Foundation

/// Merges the tallies of a file's pieces in file order as they finish, so that only the few pieces that
/// finish early wait in memory, however long the file is. The order of the merges, not the timing, decides
/// the figures, so they are the same on any number of cores.
final class PieceMerger: @unchecked Sendable {
    private let lock = NSLock()
    private var waiting: [Int: ResponseTally] = [:]
    private var next = 0
    private var merged: ResponseTally?
    private var failed = false
    private var rows = 0

    /// A finished piece; nil when it had a problem (then the whole file is read again in one piece).
    func add(_ index: Int, _ tally: ResponseTally?, rows pieceRows: Int) {
        lock.lock()
        defer { lock.unlock() }
        guard let tally, !failed else {
            failed = true
            waiting = [:]
            return
        }
        rows += pieceRows
        waiting[index] = tally
        while let ready = waiting.removeValue(forKey: next) {
            if merged == nil { merged = ready } else { merged!.merge(ready) }
            next += 1
        }
    }

    /// The merged tally and its number of data rows, once all `count` pieces are in; nil if any failed.
    func result(count: Int) -> (tally: ResponseTally, rows: Int)? {
        lock.withLock { failed || next != count ? nil : merged.map { ($0, rows) } }
    }
}

import Foundation

/// A quoted cell reached the cell limit without closing: where it started, and where the search stopped.
struct LongQuotedCell: Error {
    var line: Int
    var column: Int
    /// Index in the scanner's buffer of the first byte not yet looked at (inside the quotes).
    var resume: Int
}

extension CSVScanner {
    /// Whether a quoted field that is still open at the start of `tail` ever closes, reading the rest of the
    /// file (or range) in chunks that are dropped as soon as they are searched: linear time, flat memory.
    static func quoteCloses(after tail: ArraySlice<UInt8>, handle: FileHandle, remaining: UInt64) -> Bool {
        let quote = UInt8(ascii: "\"")
        var left = remaining
        // A quote at the end of one chunk may be the first of an escaped pair ("") that the next chunk completes.
        var pending = false
        var chunk = Array(tail)
        while true {
            var index = 0
            if pending, !chunk.isEmpty {
                if chunk[0] != quote { return true }
                pending = false
                index = 1
            }
            while let found = chunk[index...].firstIndex(of: quote) {
                if found + 1 >= chunk.count { pending = true; break }
                if chunk[found + 1] != quote { return true }
                index = found + 2
            }
            guard left > 0 else { return pending }
            let data = handle.readData(ofLength: Int(min(UInt64(chunkSize), left)))
            if data.isEmpty { return pending }
            left -= UInt64(data.count)
            chunk = [UInt8](data)
        }
    }
}

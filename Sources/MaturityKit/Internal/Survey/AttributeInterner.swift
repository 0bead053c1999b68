import Foundation

/// Maps attribute cells (raw CSV bytes) to group slots without building a String for a value seen before:
/// the bytes are hashed (FNV-1a) into a small open-addressing table and compared with the stored ones.
/// Only a new value becomes a String.
struct AttributeInterner {
    private struct Entry {
        var hash: UInt64
        /// Where the value's bytes are in `storage`.
        var offset: Int
        var length: Int
        var group: Int
    }
    private var entries: [Entry] = []
    /// Every value seen, one after another, so that a comparison reads plain bytes (no array per value).
    private var storage: [UInt8] = []
    /// Index into `entries` plus one; 0 is an empty slot. The size is a power of two, at most half full.
    private var table = [Int](repeating: 0, count: 64)

    /// Why the last cell given was refused (when `group` returned -1).
    private(set) var refusal = ""

    /// The group slot of the cell in `builder` for `attribute`, creating it on first sight. Blank is "Not stated".
    /// A new value is held to `TextRules` first (group values reach every page); -1 when it breaks them.
    mutating func group(_ bytes: UnsafeBufferPointer<UInt8>, _ field: CSVField, attribute: Int, builder: inout TallyBuilder) -> Int {
        var start = field.start, end = field.end
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in start..<end { hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01b3 }
        if field.quoted { hash = ~hash }
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while table[slot] != 0 {
            let entry = entries[table[slot] - 1]
            if entry.hash == hash && entry.length == end - start
                && (entry.length == 0
                    || storage.withUnsafeBufferPointer({ memcmp($0.baseAddress! + entry.offset, bytes.baseAddress! + start, entry.length) == 0 }))
            {
                return entry.group
            }
            slot = (slot + 1) & mask
        }
        let trimmed = CSVField(start: start, end: end, quoted: field.quoted, line: field.line, column: field.column)
        let name = CSVScanner.text(bytes, trimmed)
        if let problem = TextRules.problem(name, .name, what: "the group value") {
            refusal = problem
            return -1
        }
        let group = builder.group(name.isEmpty ? GroupName.notStated : name, attribute: attribute)
        entries.append(Entry(hash: hash, offset: storage.count, length: end - start, group: group))
        storage.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        table[slot] = entries.count
        if entries.count * 2 > table.count { grow() }
        return group
    }

    private mutating func grow() {
        table = [Int](repeating: 0, count: table.count * 2)
        let mask = table.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash ^ (entry.hash >> 29)) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = index + 1
        }
    }
}

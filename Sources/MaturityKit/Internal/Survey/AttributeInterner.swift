/// Maps attribute cells (raw CSV bytes) to group slots without building a String for a value seen before:
/// the bytes are hashed (FNV-1a) and compared with the stored ones. Only a new value becomes a String.
struct AttributeInterner {
    private var buckets: [UInt64: [(bytes: [UInt8], group: Int)]] = [:]

    /// The group slot of the cell in `tally` for `attribute`, creating it on first sight. Blank is "Not stated".
    mutating func group(_ bytes: UnsafeBufferPointer<UInt8>, _ field: CSVField, attribute: Int, tally: inout ResponseTally) -> Int {
        var start = field.start, end = field.end
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in start..<end { hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01b3 }
        if field.quoted { hash = ~hash }
        if let candidates = buckets[hash] {
            for candidate in candidates where candidate.bytes.count == end - start {
                var same = true
                for offset in 0..<(end - start) where candidate.bytes[offset] != bytes[start + offset] { same = false; break }
                if same { return candidate.group }
            }
        }
        let trimmed = CSVField(start: start, end: end, quoted: field.quoted, line: field.line, column: field.column)
        let name = CSVScanner.text(bytes, trimmed)
        let group = tally.group(name.isEmpty ? GroupName.notStated : name, attribute: attribute)
        buckets[hash, default: []].append((Array(UnsafeBufferPointer(rebasing: bytes[start..<end])), group))
        return group
    }
}

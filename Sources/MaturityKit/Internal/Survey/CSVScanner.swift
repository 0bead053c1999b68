import Foundation

/// One field of a record: a byte range in the scanner's buffer, valid only during the record callback.
struct CSVField {
    var start: Int
    var end: Int
    /// The field was enclosed in double quotes; `""` inside it stands for one quote.
    var quoted: Bool
    var line: Int
    /// 1-based byte column of the field's first byte on its line.
    var column: Int
}

/// A problem in the CSV syntax itself (not in the answers).
struct CSVSyntaxError: Error {
    var line: Int
    var column: Int
    var message: String
}

/// Streams an RFC 4180 file in fixed-size chunks, so memory does not grow with the number of rows.
/// Accepts a UTF-8 byte-order mark, LF or CRLF line ends, quoted fields with embedded commas, quotes and newlines.
struct CSVScanner {
    static let chunkSize = 1 << 20
    /// Limits that keep memory flat whatever the file: a row (record) and a single cell.
    static let maxRow = 1 << 20
    static let maxCell = 64 << 10

    /// Calls `body` once per record with the buffer and the record's fields. Empty lines are skipped.
    /// With `range`, only those bytes of the file are read; the range must start at a record boundary.
    static func scan(
        path: String, chunkSize: Int = CSVScanner.chunkSize, range: Range<UInt64>? = nil,
        _ body: (UnsafeBufferPointer<UInt8>, [CSVField]) throws -> Void
    ) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CSVSyntaxError(line: 0, column: 0, message: "could not open the file")
        }
        defer { try? handle.close() }
        var remaining = UInt64.max
        if let range {
            try handle.seek(toOffset: range.lowerBound)
            remaining = range.upperBound - range.lowerBound
        }
        var buffer: [UInt8] = []
        var line = 1
        var first = (range?.lowerBound ?? 0) == 0
        var atEnd = false
        var fields: [CSVField] = []
        fields.reserveCapacity(64)
        while !atEnd {
            let chunk = remaining == 0 ? Data() : handle.readData(ofLength: Int(min(UInt64(chunkSize), remaining)))
            remaining -= UInt64(chunk.count)
            atEnd = chunk.isEmpty
            buffer.append(contentsOf: chunk)
            if first {
                // A byte-order mark is only known once three bytes (or the whole file) are in: scan nothing before.
                guard buffer.count >= 3 || atEnd else { continue }
                if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { buffer.removeFirst(3) }
                first = false
            }
            do {
                let consumed = try buffer.withUnsafeBufferPointer { bytes -> Int in
                    try scanRecords(bytes, final: atEnd, line: &line, fields: &fields, body)
                }
                buffer.removeFirst(consumed)
            } catch let long as LongQuotedCell {
                // Read on, without keeping anything, only to tell a long cell from a quote that never closes.
                let closes = quoteCloses(after: buffer[long.resume...], handle: handle, remaining: remaining)
                throw CSVSyntaxError(
                    line: long.line, column: long.column,
                    message: closes
                        ? "expected a cell of at most \(maxCell / 1024) KiB, found a longer quoted cell starting here"
                        : "expected a closing quote for the field that starts here, found the end of the file")
            }
        }
    }

    /// Kept out of the scanning loop, which runs once per field of a million-row file.
    @inline(never)
    private static func tooLong(line: Int, column: Int, what: String) -> CSVSyntaxError {
        let limit = what == "row" ? "\(maxRow >> 20) MiB" : "\(maxCell / 1024) KiB"
        return CSVSyntaxError(line: line, column: column, message: "expected a \(what) of at most \(limit), found a longer one")
    }

    /// Scans complete records; returns how many bytes were consumed. Without `final`, a record that reaches
    /// the end of the buffer is left for the next call, when more bytes have arrived.
    private static func scanRecords(
        _ bytes: UnsafeBufferPointer<UInt8>, final: Bool, line: inout Int, fields: inout [CSVField],
        _ body: (UnsafeBufferPointer<UInt8>, [CSVField]) throws -> Void
    ) throws -> Int {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        // Local copies: a static property read in the loop below would cost a lazy-initialisation check per field.
        let maxRow = Self.maxRow, maxCell = Self.maxCell
        let count = bytes.count
        var recordStart = 0
        while recordStart < count {
            var position = recordStart
            var currentLine = line
            var lineStart = recordStart
            fields.removeAll(keepingCapacity: true)
            var complete = false
            fieldLoop: while true {
                let fieldLine = currentLine, column = position - lineStart + 1
                if position - recordStart > maxRow {
                    throw tooLong(line: line, column: 1, what: "row")
                }
                if position < count && bytes[position] == quote {
                    var cursor = position + 1
                    var closed = false
                    // A cell's limit bounds the search, so an unclosed quote never makes a record grow without end.
                    let limit = min(count, position + maxCell + 2)
                    while cursor < limit {
                        let byte = bytes[cursor]
                        if byte == quote {
                            if cursor + 1 < count && bytes[cursor + 1] == quote { cursor += 2; continue }
                            if cursor + 1 >= count && !final { break }
                            closed = true
                            break
                        }
                        if byte == lf { currentLine += 1; lineStart = cursor + 1 }
                        cursor += 1
                    }
                    if !closed && (limit < count || cursor > count) {
                        throw LongQuotedCell(line: fieldLine, column: column, resume: min(cursor, count))
                    }
                    if !closed {
                        if !final { break fieldLoop }
                        throw CSVSyntaxError(
                            line: fieldLine, column: column, message: "expected a closing quote for the field that starts here, found the end of the file")
                    }
                    fields.append(CSVField(start: position + 1, end: cursor, quoted: true, line: fieldLine, column: column))
                    position = cursor + 1
                    if position < count && bytes[position] == cr && position + 1 < count && bytes[position + 1] == lf { position += 1 }
                    if position >= count {
                        if !final { break fieldLoop }
                        complete = true; break fieldLoop
                    }
                    let next = bytes[position]
                    if next == comma { position += 1; continue }
                    if next == lf { position += 1; currentLine += 1; complete = true; break fieldLoop }
                    if next == cr && position + 1 >= count {
                        if !final { break fieldLoop }
                        position += 1; complete = true; break fieldLoop
                    }
                    throw CSVSyntaxError(
                        line: currentLine, column: position - lineStart + 1,
                        message: "expected a comma or the end of the line after a closing quote, found '\(Character(Unicode.Scalar(next)))'")
                }
                var cursor = position
                let limit = min(count, position + maxCell + 1)
                while cursor < limit && bytes[cursor] != comma && bytes[cursor] != lf { cursor += 1 }
                if cursor >= count && !final { break fieldLoop }
                if cursor - position > maxCell {
                    throw tooLong(line: fieldLine, column: column, what: "cell")
                }
                var end = cursor
                if end > position && bytes[end - 1] == cr { end -= 1 }
                fields.append(CSVField(start: position, end: end, quoted: false, line: fieldLine, column: column))
                if cursor >= count { position = cursor; complete = true; break fieldLoop }
                position = cursor + 1
                if bytes[cursor] == lf { currentLine += 1; complete = true; break fieldLoop }
                if position >= count && final {
                    fields.append(CSVField(start: position, end: position, quoted: false, line: currentLine, column: position - lineStart + 1))
                    complete = true; break fieldLoop
                }
            }
            guard complete else { break }
            let isBlank = fields.count == 1 && !fields[0].quoted && fields[0].start == fields[0].end
            if !isBlank { try body(bytes, fields) }
            line = currentLine
            recordStart = position
        }
        return recordStart
    }

    /// Offsets that cut the file into pieces of about `pieceSize` bytes, each just after a line end. A cut may
    /// fall inside a quoted field; whoever scans the pieces must notice (a piece then ends inside quotes).
    static func splitPoints(path: String, pieceSize: UInt64) -> [UInt64] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        var points: [UInt64] = []
        var offset = pieceSize
        while offset + pieceSize / 2 < size {
            try? handle.seek(toOffset: offset)
            let window = handle.readData(ofLength: 1 << 16)
            guard let newline = window.firstIndex(of: 0x0A) else { break }
            let point = offset + UInt64(window.distance(from: window.startIndex, to: newline)) + 1
            if point >= size { break }
            points.append(point)
            offset = point + pieceSize
        }
        return points
    }

    /// The text of a field, with the quotes of a quoted field undone.
    static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ field: CSVField) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
        let raw = String(decoding: slice, as: UTF8.self)
        return field.quoted ? raw.replacingOccurrences(of: "\"\"", with: "\"") : raw
    }
}

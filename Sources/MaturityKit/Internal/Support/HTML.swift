/// HTML escaping for text and attribute values: the five characters that can change markup.
enum HTML {
    /// Escapes `& < > " '` for text and attribute values. Works on UTF-8 bytes, and returns the text itself
    /// (no copy) when nothing needs escaping, which is most of the time: it runs for every Mustache tag.
    static func escape(_ text: String) -> String {
        var text = text
        let escaped: String? = text.withUTF8 { bytes in
            guard var first = bytes.firstIndex(where: needsEscape) else { return nil }
            var extra = 0
            for byte in bytes[first...] where needsEscape(byte) { extra += byte == 0x26 ? 4 : 5 }
            return String(unsafeUninitializedCapacity: bytes.count + extra) { out in
                var written = 0
                func put(_ byte: UInt8) { out[written] = byte; written += 1 }
                for index in 0..<first { put(bytes[index]) }
                while first < bytes.count {
                    let byte = bytes[first]
                    switch byte {
                    case 0x26: for b in "&amp;".utf8 { put(b) }
                    case 0x3C: for b in "&lt;".utf8 { put(b) }
                    case 0x3E: for b in "&gt;".utf8 { put(b) }
                    case 0x22: for b in "&quot;".utf8 { put(b) }
                    case 0x27: for b in "&#39;".utf8 { put(b) }
                    default: put(byte)
                    }
                    first += 1
                }
                return written
            }
        }
        return escaped ?? text
    }

    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }
}

/// The direction of a text from its first strong letter, the rule of HTML's `dir="auto"` (Unicode bidi P2–P3),
/// for the scripts written right to left. Digits, punctuation and spaces have no direction of their own.
enum BidiText {
    /// True for right to left, false for left to right, nil for text with no letter.
    static func firstStrongIsRightToLeft(_ text: String) -> Bool? {
        for byte in text.utf8 {
            if byte >= 0x80 { return scalarScan(text) }
            if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) { return false }
        }
        return nil
    }

    private static func scalarScan(_ text: String) -> Bool? {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x200E: return false  // left-to-right mark
            case 0x200F, 0x061C: return true  // right-to-left and Arabic letter marks
            case 0x0660...0x066C, 0x060C, 0x06F0...0x06F9, 0x06DD, 0x0600...0x0605: continue  // digits, percent, separators
            case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF:
                if scalar.properties.generalCategory == .nonspacingMark { continue }
                return true
            default:
                if scalar.properties.isAlphabetic, scalar.properties.generalCategory != .nonspacingMark { return false }
            }
        }
        return nil
    }
}

/// The code point classes of CSS Syntax Level 3 (§4.2).
enum CSSChars {
    static func isWhitespace(_ c: Unicode.Scalar) -> Bool { c == "\n" || c == "\t" || c == " " }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    static func isHex(_ c: Unicode.Scalar) -> Bool { isDigit(c) || (c.value >= 0x41 && c.value <= 0x46) || (c.value >= 0x61 && c.value <= 0x66) }
    static func isLetter(_ c: Unicode.Scalar) -> Bool { (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A) }
    static func isNameStart(_ c: Unicode.Scalar) -> Bool { isLetter(c) || c.value >= 0x80 || c == "_" }
    static func isName(_ c: Unicode.Scalar) -> Bool { isNameStart(c) || isDigit(c) || c == "-" }
    static func isNonPrintable(_ c: Unicode.Scalar) -> Bool { c.value <= 0x08 || c.value == 0x0B || (c.value >= 0x0E && c.value <= 0x1F) || c.value == 0x7F }

    static func isValidEscape(_ first: Unicode.Scalar?, _ second: Unicode.Scalar?) -> Bool { first == "\\" && second != "\n" }

    static func startsIdent(_ a: Unicode.Scalar?, _ b: Unicode.Scalar?, _ c: Unicode.Scalar?) -> Bool {
        guard let a else { return false }
        if a == "-" {
            if let b, isNameStart(b) || b == "-" { return true }
            return isValidEscape(b, c)
        }
        if isNameStart(a) { return true }
        return isValidEscape(a, b)
    }
}

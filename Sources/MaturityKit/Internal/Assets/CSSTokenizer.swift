/// CSS Syntax Level 3 tokenization (§4), as a browser does it: comments, whitespace, strings, escapes,
/// numbers, idents, functions and url tokens. Only what the stylesheet checks need is kept of each token
/// (its kind, its value with escapes decoded, where it starts), so that `\75rl(`, `url( "…")` and
/// `u/**/rl` are seen exactly as the browser sees them.
struct CSSToken: Equatable {
    enum Kind: Equatable { case ident, function, atKeyword, hash, string, badString, url, badURL, delim, number, whitespace, cdo, cdc, other }
    var kind: Kind
    var value: String
    var line: Int
    var column: Int
}

struct CSSTokenizer {
    private var input: [Unicode.Scalar] = []
    private var lines: [Int] = []  // per scalar, its line; columns follow from the line's first index
    private var lineStarts: [Int] = [0]
    private var index = 0

    /// Preprocessing (§3.3): CR LF, CR and FF become LF; NUL becomes U+FFFD.
    init(_ text: String) {
        var previousCR = false
        for scalar in text.unicodeScalars {
            let isCR = scalar == "\r"
            defer { previousCR = isCR }
            if scalar == "\n" && previousCR { continue }
            let mapped: Unicode.Scalar = isCR || scalar == "\u{0C}" ? "\n" : (scalar == "\0" ? "\u{FFFD}" : scalar)
            input.append(mapped)
            if mapped == "\n" { lineStarts.append(input.count) }
        }
    }

    static func tokens(_ text: String) -> [CSSToken] {
        var tokenizer = CSSTokenizer(text)
        var out: [CSSToken] = []
        while let token = tokenizer.next() { out.append(token) }
        return out
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? { index + offset < input.count ? input[index + offset] : nil }

    private func position(_ at: Int) -> (Int, Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high { let mid = (low + high + 1) / 2; if lineStarts[mid] <= at { low = mid } else { high = mid - 1 } }
        return (low + 1, at - lineStarts[low] + 1)
    }

    mutating func next() -> CSSToken? {
        while peek() == "/" && peek(1) == "*" {
            index += 2
            while index < input.count && !(peek() == "*" && peek(1) == "/") { index += 1 }
            index = min(index + 2, input.count)
        }
        guard let c = peek() else { return nil }
        let start = index
        let (line, column) = position(start)
        func token(_ kind: CSSToken.Kind, _ value: String = "") -> CSSToken { CSSToken(kind: kind, value: value, line: line, column: column) }
        if CSSChars.isWhitespace(c) {
            while let w = peek(), CSSChars.isWhitespace(w) { index += 1 }
            return token(.whitespace)
        }
        switch c {
        case "\"", "'": index += 1; return string(until: c, token)
        case "#":
            if let n = peek(1), CSSChars.isName(n) || CSSChars.isValidEscape(n, peek(2)) { index += 1; return token(.hash, consumeName()) }
        case "+", ".": if startsNumber() { return numeric(token) }
        case "-":
            if startsNumber() { return numeric(token) }
            if peek(1) == "-" && peek(2) == ">" { index += 3; return token(.cdc) }
            if startsIdent() { return identLike(token) }
        case "<": if peek(1) == "!" && peek(2) == "-" && peek(3) == "-" { index += 4; return token(.cdo) }
        case "@":
            index += 1
            if startsIdent() { return token(.atKeyword, consumeName()) }
            return token(.delim, "@")
        case "\\": if CSSChars.isValidEscape(c, peek(1)) { return identLike(token) }
        default:
            if CSSChars.isDigit(c) { return numeric(token) }
            if CSSChars.isNameStart(c) { return identLike(token) }
        }
        index += 1
        return token("(),:;[]{}".unicodeScalars.contains(c) ? .other : .delim, String(c))
    }

    private mutating func string(until quote: Unicode.Scalar, _ token: (CSSToken.Kind, String) -> CSSToken) -> CSSToken {
        var value = String.UnicodeScalarView()
        while let c = peek() {
            if c == quote { index += 1; break }
            if c == "\n" { return token(.badString, String(value)) }
            if c == "\\" {
                if peek(1) == nil { index += 1; continue }
                if peek(1) == "\n" { index += 2; continue }
                index += 1
                value.append(consumeEscape())
                continue
            }
            value.append(c)
            index += 1
        }
        return token(.string, String(value))
    }

    private mutating func numeric(_ token: (CSSToken.Kind, String) -> CSSToken) -> CSSToken {
        if peek() == "+" || peek() == "-" { index += 1 }
        func digits() { while let d = peek(), CSSChars.isDigit(d) { index += 1 } }
        digits()
        if peek() == ".", let d = peek(1), CSSChars.isDigit(d) { index += 1; digits() }
        if peek() == "e" || peek() == "E" {
            if let d = peek(1), CSSChars.isDigit(d) {
                index += 1; digits()
            } else if peek(1) == "+" || peek(1) == "-", let d = peek(2), CSSChars.isDigit(d) {
                index += 2; digits()
            }
        }
        if startsIdent() { _ = consumeName() } else if peek() == "%" { index += 1 }
        return token(.number, "")
    }

    private mutating func identLike(_ token: (CSSToken.Kind, String) -> CSSToken) -> CSSToken {
        let name = consumeName()
        guard peek() == "(" else { return token(.ident, name) }
        index += 1
        if name.lowercased() == "url" {
            while let a = peek(), let b = peek(1), CSSChars.isWhitespace(a), CSSChars.isWhitespace(b) { index += 1 }
            let first = peek(), second = peek(1)
            let quoted = first == "\"" || first == "'" || (first.map(CSSChars.isWhitespace) == true && (second == "\"" || second == "'"))
            if !quoted { return url(token) }
        }
        return token(.function, name)
    }

    /// §4.3.6: an unquoted url(…); anything a browser would not take as one is a bad url token.
    private mutating func url(_ token: (CSSToken.Kind, String) -> CSSToken) -> CSSToken {
        var value = String.UnicodeScalarView()
        while let w = peek(), CSSChars.isWhitespace(w) { index += 1 }
        while let c = peek() {
            index += 1
            if c == ")" { return token(.url, String(value)) }
            if CSSChars.isWhitespace(c) {
                while let w = peek(), CSSChars.isWhitespace(w) { index += 1 }
                if peek() == nil || peek() == ")" { index = min(index + 1, input.count); return token(.url, String(value)) }
                return badURL(token)
            }
            if c == "\"" || c == "'" || c == "(" || CSSChars.isNonPrintable(c) { return badURL(token) }
            if c == "\\" {
                guard CSSChars.isValidEscape(c, peek()) else { return badURL(token) }
                value.append(consumeEscape())
                continue
            }
            value.append(c)
        }
        return token(.url, String(value))
    }

    private mutating func badURL(_ token: (CSSToken.Kind, String) -> CSSToken) -> CSSToken {
        while let c = peek() {
            index += 1
            if c == ")" { break }
            if c == "\\", CSSChars.isValidEscape(c, peek()) { _ = consumeEscape() }
        }
        return token(.badURL, "")
    }

    private func startsIdent() -> Bool { CSSChars.startsIdent(peek(), peek(1), peek(2)) }

    private func startsNumber() -> Bool {
        guard let c = peek() else { return false }
        if c == "+" || c == "-" {
            if let d = peek(1), CSSChars.isDigit(d) { return true }
            return peek(1) == "." && peek(2).map(CSSChars.isDigit) == true
        }
        if c == "." { return peek(1).map(CSSChars.isDigit) == true }
        return CSSChars.isDigit(c)
    }

    /// §4.3.11: an ident sequence, escapes decoded.
    private mutating func consumeName() -> String {
        var value = String.UnicodeScalarView()
        while let c = peek() {
            if CSSChars.isName(c) {
                value.append(c); index += 1
            } else if CSSChars.isValidEscape(c, peek(1)) {
                index += 1; value.append(consumeEscape())
            } else {
                break
            }
        }
        return String(value)
    }

    /// §4.3.7, after the backslash: up to six hex digits and one whitespace, or the next code point.
    private mutating func consumeEscape() -> Unicode.Scalar {
        guard let c = peek() else { return "\u{FFFD}" }
        guard CSSChars.isHex(c) else { index += 1; return c }
        var value: UInt32 = 0
        var count = 0
        while count < 6, let h = peek(), CSSChars.isHex(h) { value = value * 16 + UInt32(String(h), radix: 16)!; index += 1; count += 1 }
        if let w = peek(), CSSChars.isWhitespace(w) { index += 1 }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return scalar
    }
}

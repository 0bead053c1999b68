/// Splits Swift source into tokens. It knows comments (nested block comments too), string literals (raw,
/// multi-line, with interpolations that hold strings of their own), backticked names, attributes and
/// directives; anything else is an identifier, a number, a bracket or an operator run.
struct Lexer {
    let bytes: [UInt8]
    let file: String
    var index = 0
    var line = 1
    var newline = true

    init(source: String, file: String) {
        bytes = Array(source.utf8)
        self.file = file
    }

    private static let operatorBytes = Set("/=-+*%<>&|^~".utf8)

    mutating func tokens() throws -> [Token] {
        var result: [Token] = []
        while let token = try next() { result.append(token) }
        return result
    }

    func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    private func text(_ start: Int) -> String { String(decoding: bytes[start..<index], as: UTF8.self) }

    func fail(_ message: String, line: Int? = nil) -> SourceError {
        SourceError(file: file, line: line ?? self.line, message: message)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || byte >= 0x80 || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    mutating func next() throws -> Token? {
        try skipTrivia()
        guard let byte = peek() else { return nil }
        let start = index, startLine = line, before = newline
        newline = false
        func make(_ kind: Token.Kind) -> Token { Token(kind: kind, text: text(start), line: startLine, newlineBefore: before) }
        switch byte {
        case UInt8(ascii: "\""):
            try skipString(hashes: 0)
            return make(.string)
        case UInt8(ascii: "#") where peek(1) == UInt8(ascii: "#") || peek(1) == UInt8(ascii: "\""):
            var hashes = 0
            while peek() == UInt8(ascii: "#") { hashes += 1; index += 1 }
            try skipString(hashes: hashes)
            return make(.string)
        case UInt8(ascii: "#"), UInt8(ascii: "@"), UInt8(ascii: "$"):
            index += 1
            while let next = peek(), Self.isNameByte(next) || Self.isDigit(next) { index += 1 }
            return make(byte == UInt8(ascii: "#") ? .directive : byte == UInt8(ascii: "@") ? .attribute : .identifier)
        case UInt8(ascii: "`"):
            index += 1
            while let next = peek(), next != UInt8(ascii: "`") {
                if next == UInt8(ascii: "\n") { throw fail("unterminated backticked name") }
                index += 1
            }
            index += 1
            var token = Token(
                kind: .identifier, text: String(decoding: bytes[(start + 1)..<(index - 1)], as: UTF8.self),
                line: startLine, newlineBefore: before)
            token.backticked = true
            return token
        case _ where Self.isNameByte(byte) || Self.isDigit(byte):
            let number = Self.isDigit(byte)
            while let next = peek(),
                Self.isNameByte(next) || Self.isDigit(next)
                    || (number && next == UInt8(ascii: ".") && peek(1).map(Self.isDigit) == true)
            { index += 1 }
            return make(number ? .number : .identifier)
        case UInt8(ascii: "."):
            index += 1
            while let next = peek(), next == UInt8(ascii: ".") || Self.operatorBytes.contains(next) { index += 1 }
            return make(index - start == 1 ? .punctuation : .op)
        case _ where Self.operatorBytes.contains(byte):
            index += 1
            while let next = peek(), Self.operatorBytes.contains(next), !startsComment() { index += 1 }
            return make(.op)
        default:
            index += 1
            return make(.punctuation)
        }
    }
}

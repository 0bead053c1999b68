/// Splits Swift source into tokens. It knows comments (nested block comments too), string literals (raw,
/// multi-line, with interpolations that hold strings of their own), backticked names, attributes and
/// directives; anything else is an identifier, a number, a bracket or an operator run.
struct Lexer {
    private let bytes: [UInt8]
    private let file: String
    private var index = 0
    private var line = 1
    private var newline = true

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

    private func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    private func text(_ start: Int) -> String { String(decoding: bytes[start..<index], as: UTF8.self) }

    private func fail(_ message: String, line: Int? = nil) -> SourceError {
        SourceError(file: file, line: line ?? self.line, message: message)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || byte >= 0x80 || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func next() throws -> Token? {
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
            var token = Token(kind: .identifier, text: String(decoding: bytes[(start + 1)..<(index - 1)], as: UTF8.self),
                              line: startLine, newlineBefore: before)
            token.backticked = true
            return token
        case _ where Self.isNameByte(byte) || Self.isDigit(byte):
            let number = Self.isDigit(byte)
            while let next = peek(), Self.isNameByte(next) || Self.isDigit(next)
                || (number && next == UInt8(ascii: ".") && peek(1).map(Self.isDigit) == true) { index += 1 }
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

extension Lexer {
    private func startsComment() -> Bool {
        peek() == UInt8(ascii: "/") && (peek(1) == UInt8(ascii: "/") || peek(1) == UInt8(ascii: "*"))
    }

    /// Whitespace and comments; notes whether a line break was among them.
    private mutating func skipTrivia() throws {
        while let byte = peek() {
            if byte == UInt8(ascii: "\n") {
                line += 1; newline = true; index += 1
            } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
                index += 1
            } else if byte == UInt8(ascii: "/") && peek(1) == UInt8(ascii: "/") {
                while let next = peek(), next != UInt8(ascii: "\n") { index += 1 }
            } else if byte == UInt8(ascii: "/") && peek(1) == UInt8(ascii: "*") {
                let startLine = line
                var depth = 0
                repeat {
                    guard let next = peek() else { throw fail("unterminated block comment", line: startLine) }
                    if next == UInt8(ascii: "/") && peek(1) == UInt8(ascii: "*") { depth += 1; index += 2; continue }
                    if next == UInt8(ascii: "*") && peek(1) == UInt8(ascii: "/") { depth -= 1; index += 2; continue }
                    if next == UInt8(ascii: "\n") { line += 1; newline = true }
                    index += 1
                } while depth > 0
            } else {
                return
            }
        }
    }

    /// A string literal from its opening quote, `hashes` being the number of `#` of a raw string already read.
    private mutating func skipString(hashes: Int) throws {
        let startLine = line
        let multiline = peek() == UInt8(ascii: "\"") && peek(1) == UInt8(ascii: "\"") && peek(2) == UInt8(ascii: "\"")
        index += multiline ? 3 : 1
        let quote = UInt8(ascii: "\""), hash = UInt8(ascii: "#")
        func hashesFollow(_ lexer: Lexer, at offset: Int) -> Bool {
            (0..<hashes).allSatisfy { lexer.peek(offset + $0) == hash }
        }
        while true {
            guard let byte = peek() else { throw fail("unterminated string literal", line: startLine) }
            if byte == UInt8(ascii: "\n") {
                if !multiline { throw fail("unterminated string literal", line: startLine) }
                line += 1
            }
            if byte == quote && (!multiline || (peek(1) == quote && peek(2) == quote)) {
                let length = multiline ? 3 : 1
                if hashesFollow(self, at: length) { index += length + hashes; return }
            }
            if byte == UInt8(ascii: "\\") && hashesFollow(self, at: 1) {
                index += 1 + hashes
                if peek() == UInt8(ascii: "(") {
                    try skipInterpolation()
                    continue
                }
            }
            index += 1
        }
    }

    /// `\( ... )` inside a string: brackets are balanced over the tokens inside, which may be strings themselves.
    private mutating func skipInterpolation() throws {
        let startLine = line
        var depth = 0
        repeat {
            guard let token = try next() else { throw fail("unterminated string interpolation", line: startLine) }
            if token.opensGroup { depth += 1 } else if token.closesGroup { depth -= 1 }
        } while depth > 0
    }
}

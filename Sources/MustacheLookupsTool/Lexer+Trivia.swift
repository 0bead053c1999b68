/// The parts of the lexer that skip what is not a token (comments) or is one opaque token (a string literal).
extension Lexer {
    func startsComment() -> Bool {
        peek() == UInt8(ascii: "/") && (peek(1) == UInt8(ascii: "/") || peek(1) == UInt8(ascii: "*"))
    }

    /// Whitespace and comments; notes whether a line break was among them.
    mutating func skipTrivia() throws {
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
    mutating func skipString(hashes: Int) throws {
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

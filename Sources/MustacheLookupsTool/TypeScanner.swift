/// A type marked `TemplateData` and the names of its stored properties, in declaration order.
struct TemplateType {
    var name: String
    var properties: [Property]

    struct Property {
        var name: String
        /// Written in backticks in the source, so it must be in the generated code too.
        var backticked: Bool
    }
}

/// Finds the types whose declaration lists `TemplateData` among its conformances: structs and final classes at
/// file level or nested in other types (named `Outer.Inner`). Marking anything else is an error, since no
/// lookup could be generated for it.
struct TypeScanner {
    static let marker = "TemplateData"
    private static let typeKeywords: Set<String> = ["struct", "class", "enum", "actor", "protocol", "extension"]
    /// Words that follow `class` when it is a modifier (`class func`), not a declaration.
    private static let memberKeywords: Set<String> = [
        "func", "var", "let", "subscript", "init", "deinit", "typealias",
        "override", "final", "static", "private", "fileprivate", "public",
    ]

    let tokens: [Token]
    let file: String

    func scan() throws -> [TemplateType] {
        var found: [TemplateType] = []
        try scanScope(tokens.indices, qualifier: "", into: &found)
        return found
    }

    private func fail(_ token: Token, _ message: String) -> SourceError {
        SourceError(file: file, line: token.line, message: message)
    }

    /// Looks at each declaration at the top level of `range` (a file, or the inside of a type's braces).
    private func scanScope(_ range: Range<Int>, qualifier: String, into found: inout [TemplateType]) throws {
        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            if token.kind == .identifier, !token.backticked, Self.typeKeywords.contains(token.text),
                index + 1 < range.upperBound, tokens[index + 1].kind == .identifier,
                !(token.text == "class" && Self.memberKeywords.contains(tokens[index + 1].text))
            {
                index = try declaration(at: index, end: range.upperBound, qualifier: qualifier, into: &found)
            } else if token.opensGroup {
                index = try Groups.end(of: index, in: tokens, file: file)
            } else {
                index += 1
            }
        }
    }

    /// Reads the header of a type declaration starting at its keyword; returns the index after its body.
    private func declaration(at start: Int, end: Int, qualifier: String, into found: inout [TemplateType]) throws -> Int {
        let keyword = tokens[start]
        var index = start + 1
        var name = tokens[index].text
        index += 1
        // `extension Outer.Inner`: a dotted name.
        while index + 1 < end, tokens[index].isSymbol("."), tokens[index + 1].kind == .identifier {
            name += "." + tokens[index + 1].text
            index += 2
        }
        var marked = false
        var angle = 0
        while index < end, !(angle == 0 && tokens[index].isSymbol("{")) {
            let token = tokens[index]
            if token.isWord(Self.marker) { marked = true }
            if token.kind == .op, token.text != "->" {
                angle += token.text.filter { $0 == "<" }.count - token.text.filter { $0 == ">" }.count
            }
            if token.opensGroup && !token.isSymbol("{") {
                index = try Groups.end(of: index, in: tokens, file: file)
            } else {
                index += 1
            }
        }
        guard index < end else { throw fail(keyword, "\(keyword.text) \(name): no body found") }
        let bodyEnd = try Groups.end(of: index, in: tokens, file: file)
        let body = (index + 1)..<(bodyEnd - 1)
        let qualified = keyword.text == "extension" ? name : qualifier + name
        if marked {
            let isFinal = Modifiers.before(start, in: tokens).contains("final")
            guard keyword.text == "struct" || (keyword.text == "class" && isFinal) else {
                let what =
                    keyword.text == "class"
                    ? "a class that is not final"
                    : "a\(keyword.text == "enum" || keyword.text == "extension" || keyword.text == "actor" ? "n" : "") \(keyword.text)"
                throw fail(
                    keyword,
                    "\(qualified) is \(what); only a struct or a final class can be marked \(Self.marker), on its own declaration, so that its stored properties can be read"
                )
            }
            let properties = try PropertyScanner(tokens: tokens, file: file, typeName: qualified).storedProperties(in: body)
            found.append(TemplateType(name: qualified, properties: properties))
        }
        if keyword.text != "protocol" {
            try scanScope(body, qualifier: qualified + ".", into: &found)
        }
        return bodyEnd
    }
}

enum Groups {
    /// The index after the bracket that closes the one at `start`.
    static func end(of start: Int, in tokens: [Token], file: String) throws -> Int {
        var depth = 0
        var index = start
        while index < tokens.count {
            if tokens[index].opensGroup { depth += 1 } else if tokens[index].closesGroup { depth -= 1 }
            index += 1
            if depth == 0 { return index }
        }
        throw SourceError(file: file, line: tokens[start].line, message: "unbalanced \(tokens[start].text)")
    }
}

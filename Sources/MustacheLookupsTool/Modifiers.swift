/// The declaration modifiers and attributes written before a keyword (`static`, `private(set)`, `@MainActor`, ...).
enum Modifiers {
    static let words: Set<String> = [
        "static", "class", "final", "lazy", "weak", "unowned", "override", "required", "convenience", "dynamic",
        "public", "open", "package", "internal", "private", "fileprivate", "nonisolated", "mutating", "nonmutating",
        "optional", "indirect", "consuming", "borrowing",
    ]

    /// Each modifier as written, `private(set)` as "private(set)" and attributes with their `@`, nearest last.
    static func before(_ index: Int, in tokens: [Token]) -> [String] {
        var found: [String] = []
        var cursor = index - 1
        while cursor >= 0 {
            let token = tokens[cursor]
            if token.kind == .attribute || (token.kind == .identifier && !token.backticked && words.contains(token.text)) {
                found.append(token.text)
                cursor -= 1
            } else if token.isSymbol(")"), let open = openingParen(before: cursor, in: tokens), open > 0,
                tokens[open - 1].kind == .attribute || (tokens[open - 1].kind == .identifier && words.contains(tokens[open - 1].text))
            {
                let argument = tokens[(open + 1)..<cursor].map(\.text).joined()
                found.append(tokens[open - 1].text + "(" + argument + ")")
                cursor = open - 2
            } else {
                break
            }
        }
        return found.reversed()
    }

    private static func openingParen(before close: Int, in tokens: [Token]) -> Int? {
        var depth = 0
        var cursor = close
        while cursor >= 0 {
            if tokens[cursor].closesGroup { depth += 1 } else if tokens[cursor].opensGroup { depth -= 1 }
            if depth == 0 { return tokens[cursor].isSymbol("(") ? cursor : nil }
            cursor -= 1
        }
        return nil
    }
}

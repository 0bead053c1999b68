extension PropertyScanner {
    /// The type after `name:`. Returns the index of what follows it: `=`, `{` (a getter or observers), `,`, `;`
    /// or the first token of the next line that does not continue the type.
    func typeAnnotation(from start: Int, end: Int) throws -> Int {
        var index = start
        var angle = 0
        guard index < end, !tokens[index].isSymbol("=") else {
            throw fail(tokens[min(index, end - 1)], "a property type is missing after \":\"")
        }
        while index < end {
            let token = tokens[index]
            if index > start && angle == 0 {
                if token.isSymbol("=") || token.isSymbol("{") || token.isSymbol(",") || token.isSymbol(";") { return index }
                if token.newlineBefore && !continuesType(at: index) { return index }
            }
            if token.kind == .op && token.text != "->" {
                for character in token.text {
                    if character == "<" { angle += 1 } else if character == ">" { angle -= 1 }
                }
            }
            index = token.opensGroup ? try Groups.end(of: index, in: tokens, file: file) : index + 1
        }
        return index
    }

    /// `Int = 1, b` or `f(\n x)` or `a\n  + b`: the default value runs until a comma or a line that starts something new.
    func initializer(from start: Int, end: Int) throws -> Int {
        guard start < end else { throw fail(tokens[end - 1], "a default value is missing after \"=\"") }
        var index = start
        while index < end {
            let token = tokens[index]
            if index > start {
                if token.isSymbol(",") || token.isSymbol(";") { return index }
                if token.newlineBefore && !continuesExpression(at: index) { return index }
            }
            index = token.opensGroup ? try Groups.end(of: index, in: tokens, file: file) : index + 1
        }
        return index
    }

    /// A line break inside a type only where an arrow, `&` or `.` joins the lines.
    private func continuesType(at index: Int) -> Bool {
        let token = tokens[index], previous = tokens[index - 1]
        if token.isSymbol("{") { return false }
        return token.isSymbol("->") || token.isSymbol("&") || token.isSymbol(".")
            || previous.isSymbol("->") || previous.isSymbol("&") || previous.isSymbol(".") || previous.isSymbol(":")
    }

    /// A line break inside an expression where the new line starts with a binary operator or `.member`, or the
    /// last line ended with an operator.
    private func continuesExpression(at index: Int) -> Bool {
        let token = tokens[index], previous = tokens[index - 1]
        return token.kind == .op || token.isSymbol(".") || previous.kind == .op || previous.isSymbol(".")
    }

    func fail(_ token: Token, _ message: String) -> SourceError {
        SourceError(file: file, line: token.line, message: "\(typeName): \(message)")
    }
}

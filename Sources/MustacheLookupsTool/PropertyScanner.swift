/// Reads the stored properties of one type's body: each `var` or `let` at the top level of its braces that is
/// not `static`/`class` and has no getter body. A `= value` default, `willSet`/`didSet` observers and several
/// names in one declaration (`var a = 1, b: Int`) are understood; anything else it cannot place is an error
/// rather than a property silently left out.
struct PropertyScanner {
    let tokens: [Token]
    let file: String
    let typeName: String

    func storedProperties(in body: Range<Int>) throws -> [TemplateType.Property] {
        var properties: [TemplateType.Property] = []
        var index = body.lowerBound
        while index < body.upperBound {
            let token = tokens[index]
            if token.kind == .directive && ["#if", "#elseif", "#else", "#endif"].contains(token.text) {
                throw fail(
                    token,
                    "\(token.text) among the members of a TemplateData type is not supported: the generated lookup could name a property that is compiled out")
            }
            if token.isWord("var") || token.isWord("let") {
                let modifiers = Modifiers.before(index, in: tokens)
                if modifiers.contains("static") || modifiers.contains("class") {
                    index += 1
                    continue
                }
                try check(modifiers, at: token)
                index = try bindings(from: index + 1, end: body.upperBound, keyword: token, into: &properties)
            } else if token.opensGroup {
                index = try Groups.end(of: index, in: tokens, file: file)
            } else {
                index += 1
            }
        }
        return properties
    }

    private func check(_ modifiers: [String], at token: Token) throws {
        for modifier in modifiers {
            if modifier == "private" || modifier == "fileprivate" {
                throw fail(token, "a \(modifier) property cannot be read by the generated lookup in another file; make it internal (or \(modifier)(set))")
            }
            if modifier == "lazy" {
                throw fail(token, "a lazy property cannot be read without mutating the value; templates cannot use it")
            }
            if modifier.hasPrefix("@") {
                throw fail(token, "\(modifier) on a property is not supported (a property wrapper's storage is not the property)")
            }
        }
    }

    /// One `var`/`let` declaration from just after its keyword: each name it binds, until the declaration ends.
    /// Returns the index after it (or after the getter body of a computed property, which adds nothing).
    private func bindings(from start: Int, end: Int, keyword: Token, into properties: inout [TemplateType.Property]) throws -> Int {
        var index = start
        while true {
            guard index < end, tokens[index].kind == .identifier, !tokens[index].newlineBefore else {
                let what = index < end ? "\"\(tokens[index].text)\"" : "the end of the type"
                throw fail(
                    keyword, "cannot read the \(keyword.text) declaration here (found \(what) where a property name belongs; tuple patterns are not supported)")
            }
            let name = tokens[index]
            index += 1
            var stored = true
            if index < end, tokens[index].isSymbol(":") {
                index = try typeAnnotation(from: index + 1, end: end)
            } else if !(index < end && tokens[index].isSymbol("=")) {
                throw fail(name, "cannot read the declaration of \"\(name.text)\": expected \": Type\" or \"= value\" after the name")
            }
            if index < end, tokens[index].isSymbol("=") {
                index = try initializer(from: index + 1, end: end)
            } else if index < end, tokens[index].isSymbol("{") {
                let first = index + 1 < end ? tokens[index + 1] : tokens[index]
                stored = first.isWord("willSet") || first.isWord("didSet")
                index = try Groups.end(of: index, in: tokens, file: file)
            }
            if stored { properties.append(.init(name: name.text, backticked: name.backticked)) }
            guard index < end, tokens[index].isSymbol(","), stored else { return index }
            index += 1
        }
    }
}

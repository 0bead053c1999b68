/// What a stylesheet may do (the branding stylesheet, inlined into every page, and any .css in assets/):
/// load nothing from elsewhere, import nothing, run nothing. Its text is tokenized as a browser tokenizes CSS,
/// and every URL it holds (url(), src(), strings in image-set() and the like) must be a file of assets/.
enum StylesheetPolicy {
    struct Problem: Equatable { var line: Int; var column: Int; var message: String }

    /// Functions whose string arguments are URLs.
    static let urlFunctions: Set<String> = ["url", "src", "image", "image-set", "-webkit-image-set", "cross-fade", "-webkit-cross-fade"]

    /// `inline`: the text goes into a `<style>` element, which `</style` would close. `base`: the stylesheet's
    /// folder in the site; `assets`: the site's asset files ("assets/…").
    static func problems(_ css: String, inline: Bool = false, base: String, assets: Set<String>) -> [Problem] {
        var found: [Problem] = []
        if inline, let problem = rawTextProblem(css) { found.append(problem) }
        var open: [(name: String, closer: String)] = []  // open functions and blocks, innermost last ("" for ( [ {)
        var expectsURLString = false
        for token in CSSTokenizer.tokens(css) {
            func flag(_ message: String) { found.append(Problem(line: token.line, column: token.column, message: message)) }
            let functions = open.map(\.name)
            let inURLFunction = functions.contains { urlFunctions.contains($0) }
            if expectsURLString, token.kind != .whitespace {
                expectsURLString = false
                if token.kind != .string { flag("the stylesheet may only give url() and src() one quoted or unquoted file name") }
            }
            switch token.kind {
            case .atKeyword where token.value.lowercased() == "import":
                flag("the stylesheet may not @import other files: everything must be inline")
            case .url:
                if let problem = SiteReference.problem(token.value, base: base, assets: assets) {
                    flag("the stylesheet may only load files of assets/: \(problem)")
                }
            case .badURL: flag("the stylesheet has a malformed url(…), which browsers read in ways that cannot be checked")
            case .badString: flag("the stylesheet has a string that is not closed on its line")
            case .string where inURLFunction:
                if let problem = SiteReference.problem(token.value, base: base, assets: assets) {
                    flag("the stylesheet may only load files of assets/: \(problem)")
                }
            case .function:
                let name = token.value.lowercased()
                if name == "expression" { flag("the stylesheet may not use expression()") }
                if inURLFunction, name == "var" || name == "attr" || name == "env" {
                    flag("the stylesheet may not use \(name)() inside \(functions.last { urlFunctions.contains($0) } ?? "url")(): the URL could not be checked")
                }
                if name == "url" || name == "src" { expectsURLString = true }
                open.append((name, ")"))
            case .ident where ["behavior", "-moz-binding"].contains(token.value.lowercased()):
                flag("the stylesheet may not use '\(token.value.lowercased())': it loads code")
            case .other where token.value == "(": open.append(("", ")"))
            case .other where token.value == "[": open.append(("", "]"))
            case .other where token.value == "{": open.append(("", "}"))
            // As in the parser, a closing bracket only ends the block it matches; any other is an ordinary token.
            case .other where open.last?.closer == token.value: open.removeLast()
            default: break
            }
        }
        return found
    }

    /// Text that would end the page's `<style>` element or start markup in it.
    static func rawTextProblem(_ css: String) -> Problem? {
        for (index, line) in css.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let range = line.range(of: "<") else { continue }
            let column = line.distance(from: line.startIndex, to: range.lowerBound) + 1
            let closesStyle = line[range.lowerBound...].lowercased().hasPrefix("</style")
            return Problem(
                line: index + 1, column: column,
                message: closesStyle
                    ? "the stylesheet may not contain '</style': it would end the page's style element"
                    : "the stylesheet may not contain '<'")
        }
        return nil
    }
}

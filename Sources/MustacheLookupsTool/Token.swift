/// One lexical unit of Swift source, as far as the lookup generator needs to tell them apart: comments and
/// whitespace are dropped, a string literal (interpolations included) is one opaque token.
struct Token {
    enum Kind {
        case identifier  // names and keywords alike; `backticked` marks a name written in backticks
        case number
        case string
        case attribute  // @name
        case directive  // #if, #else, #available, ...
        case punctuation  // ( ) [ ] { } , : ; . ? !
        case op  // runs of operator characters: = -> == < > ...
    }

    var kind: Kind
    var text: String
    var line: Int
    /// A line break (or the start of the file) comes before this token.
    var newlineBefore: Bool
    var backticked = false

    func isWord(_ word: String) -> Bool { kind == .identifier && !backticked && text == word }
    func isSymbol(_ symbol: String) -> Bool { (kind == .punctuation || kind == .op) && text == symbol }

    var opensGroup: Bool { kind == .punctuation && (text == "(" || text == "[" || text == "{") }
    var closesGroup: Bool { kind == .punctuation && (text == ")" || text == "]" || text == "}") }
}

/// A problem the generator cannot get past: reported as `file:line: error: message`, which fails the build.
struct SourceError: Error, CustomStringConvertible {
    var file: String
    var line: Int
    var message: String

    var description: String { "\(file):\(line): error: \(message)" }
}

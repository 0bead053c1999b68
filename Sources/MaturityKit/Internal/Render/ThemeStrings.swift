import Mustache
import Yams

/// The theme's UI wording (`strings.yaml`): every sentence, heading and label a reader sees, by key, so that a
/// translation or a change of tone is one file. Templates reach a string as `{{t.key}}`; the chart and table
/// captions that Swift fills in reach the same file through `Words`. A string may name values of the page
/// as `{{name}}` (escaped like any tag); it holds no other tag, so it renders the same from either side.
///
/// The built-in strings come first, then the theme's file, then the report's own `templates/strings.yaml`:
/// each replaces single keys, so a theme made for an older version still has every key.
struct ThemeStrings: Sendable {
    /// Key → the text cut at its `{{name}}` tags, for Swift.
    private(set) var pieces: [String: [Piece]] = [:]
    /// Key → the text as a template, for `{{t.key}}`: Mustache renders it in the place of the tag.
    private(set) var templates: [String: MustacheTemplate] = [:]
    /// Key → the text as written.
    private(set) var texts: [String: String] = [:]

    enum Piece: Sendable, Equatable {
        case text(String)
        case value(String)
    }

    static let keyCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789_")
    static let lengthLimit = 4_000

    /// Reads one strings file over the strings read so far. Unknown keys are allowed only in the built-in file.
    mutating func read(_ text: String, file: String, known: Set<String>?, into log: inout DiagnosticLog) {
        let reader = YAMLReader(file: file, stage: .render)
        defer { log.append(contentsOf: reader.diagnostics) }
        guard let root = reader.mapping(reader.parse(text), "the strings file") else { return }
        for (keyNode, valueNode) in root {
            let key = keyNode.string ?? ""
            guard !key.isEmpty, key.allSatisfy(Self.keyCharacters.contains) else {
                reader.error(reader.location(keyNode), "string key \(Quote.input(key)) may hold only a–z, 0–9 and _")
                continue
            }
            if let known, !known.contains(key) {
                reader.warning(reader.location(keyNode), "unknown string key \(Quote.input(key)): no template of the default theme uses it")
            }
            guard case .scalar(let scalar) = valueNode else {
                reader.error(reader.location(valueNode), "expected the string \(Quote.input(key)) to be a text value, found \(YAMLReader.kind(valueNode))")
                continue
            }
            let value = scalar.string
            // No control or bidirectional-override characters: they could make a page read other than it shows.
            if let problem = TextRules.problem(value, .text, what: "the string \(Quote.input(key))") {
                reader.error(reader.location(valueNode), problem)
                continue
            }
            if value.utf8.count > Self.lengthLimit {
                reader.error(reader.location(valueNode), "the string \(Quote.input(key)) is longer than \(Self.lengthLimit) bytes")
                continue
            }
            switch Self.split(value) {
            case .failure(let problem):
                let mark = valueNode.mark
                reader.error(
                    SourceLocation(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0),
                    "the string \(Quote.input(key)): \(problem)")
            case .success(let parts):
                guard let template = try? MustacheTemplate(string: value) else {
                    reader.error(reader.location(valueNode), "the string \(Quote.input(key)) is not a valid template")
                    continue
                }
                pieces[key] = parts
                templates[key] = template
                texts[key] = value
            }
        }
    }

    var keys: Set<String> { Set(pieces.keys) }

    /// The strings with the digits of their prose in the locale's own (`95٪` → `٩٥٪` in Saudi Arabic): a
    /// translator writes "95%" once for every region. Digits inside `{{tags}}` and markup are left alone.
    mutating func useDigits(of numbers: NumberStyle) {
        guard numbers.numerals.first != "0" else { return }
        for (key, text) in texts {
            var out = "", depth = (tag: false, markup: false)
            var previous: Character = " "
            for character in text {
                if character == "{" && previous == "{" { depth.tag = true }
                if character == "<" { depth.markup = true }
                out += depth.tag || depth.markup ? String(character) : numbers.digits(String(character))
                if character == "}" && previous == "}" { depth.tag = false }
                if character == ">" { depth.markup = false }
                previous = character
            }
            guard out != text, case .success(let parts) = Self.split(out), let template = try? MustacheTemplate(string: out) else { continue }
            (texts[key], pieces[key], templates[key]) = (out, parts, template)
        }
    }

    /// A template's text with each `{{t.key}}` tag replaced by the string itself. A string holds only text,
    /// markup and `{{name}}` tags, so it renders exactly as the tag would, without a lookup per page: a large
    /// site renders thousands of pages, each with dozens of strings. Strings of several lines, and templates
    /// that change their delimiters, are left to the lookup.
    func inline(into template: String) -> String {
        guard template.contains("{{t."), !template.contains("{{=") else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{{t.") {
            out += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            let key = after.prefix { Self.keyCharacters.contains($0) }
            let end = after[key.endIndex...]
            if end.hasPrefix("}}"), !rest[..<open.lowerBound].hasSuffix("{"), !end.hasPrefix("}}}"),
                let text = texts[String(key)], !text.contains("\n")
            {
                out += text
                rest = end.dropFirst(2)
            } else {
                out += "{{t."
                rest = after
            }
        }
        return out + rest
    }

    /// Cuts a string at its `{{name}}` tags. Any other kind of tag (sections, partials, `{{{ }}}`) is refused.
    static func split(_ text: String) -> Result<[Piece], StringProblem> {
        var parts: [Piece] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            if open.lowerBound > rest.startIndex { parts.append(.text(String(rest[..<open.lowerBound]))) }
            let after = rest[open.upperBound...]
            guard let close = after.range(of: "}}") else { return .failure(StringProblem("a {{ is not closed with }}")) }
            let name = after[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) else {
                return .failure(StringProblem("only {{name}} tags are allowed in strings, found {{\(Quote.input(String(after[..<close.lowerBound])))}}"))
            }
            parts.append(.value(name))
            rest = after[close.upperBound...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        return .success(parts)
    }

    struct StringProblem: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

/// `t` in templates: `{{t.key}}` renders the string's template where the tag stands.
final class StringsBox: MustacheParent, Sendable {
    let templates: [String: MustacheTemplate]
    init(_ strings: ThemeStrings) { templates = strings.templates }
    func child(named name: String) -> Any? { templates[name] }
}

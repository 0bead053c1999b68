import Mustache

/// The email edition through the theme: `email.mustache` writes the HTML part, `email-text.mustache` the plain
/// text part, both from the same `EmailView`. Swift only tidies the HTML like a page and wraps the text at
/// 72 characters, as plain-text mail expects.
enum EmailRender {
    /// Gmail clips a message whose HTML is larger than about 102 KB.
    static let sizeLimit = 100 * 1024
    static let textWidth = 72

    static func html(_ view: EmailView, theme: TemplateSet) -> Result<String, Diagnostic> {
        render(view, "email", theme).map { String(decoding: RenderSite.tidy($0), as: UTF8.self) }
    }

    static func text(_ view: EmailView, theme: TemplateSet) -> Result<String, Diagnostic> {
        render(view, "email-text", theme).map(wrap)
    }

    private static func render(_ view: EmailView, _ template: String, _ theme: TemplateSet) -> Result<String, Diagnostic> {
        guard let text = theme.library.render(PageContext(view, globals: theme.globals, shared: nil), withTemplate: template) else {
            return .failure(
                Diagnostic(.error, .render, SourceLocation(file: theme.sources[template] ?? template), "template '\(template)' could not be rendered"))
        }
        return .success(text)
    }

    /// Breaks lines longer than the width at spaces (a longer word stays whole). A continued line is indented
    /// like its first line, past a list marker (`* `, `1. `) if it has one. Runs of blank lines become one.
    static func wrap(_ text: String) -> String {
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty {
                if let last = out.last, !last.isEmpty { out.append("") }
                continue
            }
            let marker = trimmed.hasPrefix("* ") ? 2 : (trimmed.prefix { $0.isASCII && $0.isNumber }.count).flatMapMarker(trimmed)
            let indent = String(repeating: " ", count: line.count - trimmed.count + marker)
            var current = String(line.prefix(line.count - trimmed.count))
            var hasWord = false
            for word in trimmed.split(separator: " ") {
                if hasWord && current.count + 1 + word.count > textWidth {
                    out.append(current)
                    current = indent
                    hasWord = false
                }
                current += (hasWord ? " " : "") + word
                hasWord = true
            }
            out.append(current)
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }
}

extension Int {
    /// The width of a numbered-list marker ("12. ") when the line starts with one, else 0.
    fileprivate func flatMapMarker(_ line: Substring) -> Int {
        guard self > 0, line.dropFirst(self).hasPrefix(". ") else { return 0 }
        return self + 2
    }
}

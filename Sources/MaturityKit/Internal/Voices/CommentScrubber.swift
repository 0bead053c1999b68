import Foundation

/// Removes what could identify someone from a comment before it is stored, counted or shown: web addresses,
/// e-mail addresses, phone numbers (seven or more digits with spaces, dots, dashes, slashes or brackets
/// between them), any run of six or more digits, and every `redact:` entry as a whole word in any case. Each
/// becomes `[removed]`. Control and bidirectional characters become spaces and runs of white space one space.
struct CommentScrubber: @unchecked Sendable {
    static let removed = "[removed]"
    private let patterns: [NSRegularExpression]
    private let phone: NSRegularExpression
    /// How many of `patterns`, at the end, are `redact:` entries (which keep a leading Arabic particle).
    private let wordCount: Int

    init(redact: [String]) {
        func regex(_ pattern: String) -> NSRegularExpression {
            // The patterns are fixed text or escaped entries: they always compile.
            try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        }
        let fixed = [
            #"\b(?:[a-z][a-z0-9+.\-]*://|www\.)[^\s<>"]+"#,
            #"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+"#,
        ]
        let entries: [String] = redact.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // Longer entries first, so that "Ana Pérez" goes before "Ana" can split it.
        let sorted = entries.sorted { (a: String, b: String) -> Bool in a.count != b.count ? a.count > b.count : a < b }
        // Arabic writes "and", "by", "for", "so" and "like" (و ب ل ف ك) joined to the next word: "وسلمى" is
        // "and Salma". An entry in Arabic script is therefore also found after up to two of them, which stay.
        let words: [String] = sorted.map { (entry: String) -> String in
            let clitics = entry.unicodeScalars.first.map { (0x0600...0x06FF).contains($0.value) } == true ? "[وفبلك]{0,2}" : ""
            return #"(?<![\p{L}\p{N}])("# + clitics + ")" + NSRegularExpression.escapedPattern(for: entry) + #"(?![\p{L}\p{N}])"#
        }
        patterns = fixed.map(regex) + [regex(#"\d{6,}"#)] + words.map(regex)
        wordCount = words.count
        phone = regex(#"\+?\(?\d[\d\s().\-/]*\d"#)
    }

    func scrub(_ text: String) -> String {
        var result = Self.plain(text)
        result = replace(patterns[0], in: result)
        result = replace(patterns[1], in: result)
        result = replacePhones(in: result)
        for (index, pattern) in patterns.enumerated().dropFirst(2) {
            result = replace(pattern, in: result, keepingFirstGroup: index >= patterns.count - wordCount)
        }
        return result
    }

    private func replace(_ pattern: NSRegularExpression, in text: String, keepingFirstGroup: Bool = false) -> String {
        pattern.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text),
            withTemplate: (keepingFirstGroup ? "$1" : "") + NSRegularExpression.escapedTemplate(for: Self.removed))
    }

    /// Digit runs with separators count as a phone number from seven digits on (a year or a score does not).
    private func replacePhones(in text: String) -> String {
        var result = text
        let matches = phone.matches(in: text, range: NSRange(text.startIndex..., in: text))
        for match in matches.reversed() {
            guard let range = Range(match.range, in: result) else { continue }
            if result[range].filter(\.isNumber).count >= 7 { result.replaceSubrange(range, with: Self.removed) }
        }
        return result
    }

    /// One line of plain text: no control or bidirectional characters, white space collapsed, trimmed.
    static func plain(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let hidden = scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
            scalars.append(hidden ? " " : scalar)
        }
        return String(scalars).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

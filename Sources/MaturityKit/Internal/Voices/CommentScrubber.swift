import Foundation

/// Removes what could identify someone from a comment before it is stored, counted or shown: web addresses,
/// e-mail addresses, phone numbers (seven or more digits with spaces, dots, dashes, slashes or brackets
/// between them), any run of six or more digits, and every `redact:` entry as a whole word in any case. Each
/// becomes `[removed]`. Control and bidirectional characters become spaces and runs of white space one space.
struct CommentScrubber: @unchecked Sendable {
    static let removed = "[removed]"
    private let patterns: [NSRegularExpression]
    private let phone: NSRegularExpression

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
        let words: [String] = sorted.map { (entry: String) -> String in
            #"(?<![\p{L}\p{N}])"# + NSRegularExpression.escapedPattern(for: entry) + #"(?![\p{L}\p{N}])"#
        }
        patterns = fixed.map(regex) + [regex(#"\d{6,}"#)] + words.map(regex)
        phone = regex(#"\+?\(?\d[\d\s().\-/]*\d"#)
    }

    func scrub(_ text: String) -> String {
        var result = Self.plain(text)
        result = replace(patterns[0], in: result)
        result = replace(patterns[1], in: result)
        result = replacePhones(in: result)
        for pattern in patterns.dropFirst(2) { result = replace(pattern, in: result) }
        return result
    }

    private func replace(_ pattern: NSRegularExpression, in text: String) -> String {
        pattern.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text), withTemplate: NSRegularExpression.escapedTemplate(for: Self.removed))
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

import Foundation

/// Which themes a comment mentions, by the rules docs/voices.md gives: the comment and every keyword are
/// normalised (Unicode NFKC, case folded, diacritics removed) and cut into words (runs of letters and digits;
/// anything else separates words). A keyword matches whole words; one ending in `*` matches any word that starts
/// with it; one of several words matches those words one after another.
enum ThemeMatcher {
    struct Keyword: Sendable, Equatable {
        var words: [String]
        /// The last word is a prefix (`delay*`).
        var prefix: Bool
    }

    /// The text as it is compared: NFKC, case folded and without diacritics, with no locale (the same everywhere).
    static func normalise(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// The words of a normalised text, in order.
    static func words(_ normalised: String) -> [String] {
        normalised.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// A keyword as written in themes.yaml; nil when it has no word to match.
    static func keyword(_ written: String) -> Keyword? {
        let trimmed = written.trimmingCharacters(in: .whitespaces)
        let prefix = trimmed.hasSuffix("*")
        let found = words(normalise(prefix ? String(trimmed.dropLast()) : trimmed))
        return found.isEmpty ? nil : Keyword(words: found, prefix: prefix)
    }

    /// Whether the keyword occurs in the comment's words.
    static func matches(_ keyword: Keyword, in words: [String]) -> Bool {
        let count = keyword.words.count
        guard count <= words.count else { return false }
        for start in 0...(words.count - count) {
            var all = true
            for (offset, wanted) in keyword.words.enumerated() {
                let word = words[start + offset]
                let last = offset == count - 1
                if !(word == wanted || (last && keyword.prefix && word.hasPrefix(wanted))) {
                    all = false
                    break
                }
            }
            if all { return true }
        }
        return false
    }

    /// The indices of the themes (in `themes` order) the comment of column `key` mentions; each theme once.
    static func themes(of text: String, key: String, in themes: [CommentTheme]) -> [Int] {
        let found = words(normalise(text))
        return themes.indices.filter { index in
            themes[index].applies(to: key) && themes[index].keywords.contains { matches($0, in: found) }
        }
    }
}

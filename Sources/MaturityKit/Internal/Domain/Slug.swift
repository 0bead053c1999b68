import Foundation

/// Safe slugs for file names and anchors made from any text: lowercase ASCII letters, digits and hyphens.
/// Text with no such characters becomes "item"; callers make duplicates unique.
enum Slug {
    /// `fallback` names what has no Latin letter or digit at all (an Arabic title, a unit named in Arabic).
    static func make(_ text: String, fallback: String = "item") -> String {
        var slug = ""
        var pendingHyphen = false
        // "Zürich" → "zurich": letters keep their base form where they have one.
        for scalar in text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased().unicodeScalars {
            let isASCIIAlphanumeric = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
            if isASCIIAlphanumeric {
                if pendingHyphen && !slug.isEmpty { slug += "-" }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
            if slug.utf8.count >= 60 { break }
        }
        return slug.isEmpty ? fallback : slug
    }
}

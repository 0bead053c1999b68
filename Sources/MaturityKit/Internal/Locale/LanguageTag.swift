/// A report's language as BCP 47 writes it: a language subtag (`en`, `ar`), optionally a region (`ar-AE`,
/// `es-419`). Case does not matter in BCP 47; the canonical form has the language in lower case and the region
/// in upper case, which is how the theme's strings files and the CLDR data name them.
enum LanguageTag {
    static func canonical(_ text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let language = parts.first,
            (2...3).contains(language.count), language.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        var tag = language.lowercased()
        if parts.count == 2 {
            let region = parts[1]
            let letters = region.count == 2 && region.allSatisfy { $0.isASCII && $0.isLetter }
            let digits = region.count == 3 && region.allSatisfy { $0.isASCII && $0.isNumber }
            guard letters || digits else { return nil }
            tag += "-" + region.uppercased()
        }
        return tag
    }

    /// The language part of a canonical tag: `ar` of `ar-AE`.
    static func language(of tag: String) -> String { String(tag.prefix { $0 != "-" }) }

    static func syntaxProblem(_ text: String) -> String {
        let hint = text.contains("_") ? "; BCP 47 joins the parts with a hyphen, as in \(Quote.input(text.replacingOccurrences(of: "_", with: "-")))" : ""
        return "\(Quote.input(text)) is not a language tag: expected a BCP 47 tag such as en, de, fr-CH or ar-AE\(hint)"
    }
}

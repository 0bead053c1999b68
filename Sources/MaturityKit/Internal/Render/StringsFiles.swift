import Foundation

/// Which strings files a language reads, and what makes a language's strings complete. English is the
/// theme's `strings.yaml`, the reference every other language is checked against; German is
/// `strings.de.yaml`, Swiss German adds `strings.de-CH.yaml` over it. A theme adds a language by adding its
/// file; a key it lacks is an error naming the key, never English in its place.
enum StringsFiles {
    static func isStringsFile(_ name: String) -> Bool {
        guard name.hasPrefix("strings."), name.hasSuffix(".yaml") else { return false }
        let middle = name.dropFirst("strings.".count).dropLast(".yaml".count)
        return middle.isEmpty || LanguageTag.canonical(String(middle)) == String(middle)
    }

    /// The files of a tag, in the order they are read: `strings.de.yaml`, `strings.de-CH.yaml`.
    static func names(for tag: String) -> [String] {
        let language = LanguageTag.language(of: tag)
        let first = language == "en" ? "strings.yaml" : "strings.\(language).yaml"
        return tag == language ? [first] : [first, "strings.\(tag).yaml"]
    }

    /// The languages that have strings: English and every `strings.<language>.yaml` of the built-in theme,
    /// the theme and the report's `templates/`.
    static func languages(_ files: [(name: String, path: String)]) -> [String] {
        let builtIn = ((try? FileManager.default.contentsOfDirectory(atPath: BuiltIns.templatesDirectory)) ?? []).filter(isStringsFile)
        let named = (builtIn + files.map(\.name)).filter(isStringsFile).map { String($0.dropFirst(8).dropLast(5)) }
        return Set(["en"] + named.filter { !$0.isEmpty && !$0.contains("-") }).sorted()
    }

    /// The locale of a tag, if the theme has its language and CLDR has the locale.
    static func locale(_ tag: String, files: [(name: String, path: String)], at location: SourceLocation) throws(BuildFailure) -> ReportLocale {
        let languages = languages(files)
        let language = LanguageTag.language(of: tag)
        guard languages.contains(language) else {
            throw BuildFailure([
                Diagnostic(
                    .error, .render, location,
                    "unsupported language \(Quote.input(tag)): the theme has strings for \(languages.joined(separator: ", ")) (a region may follow, as in ar-AE, fr-CH or en-GB; a theme adds a language with a strings.<language>.yaml)"
                )
            ])
        }
        guard let locale = ReportLocale.load(tag) else {
            let regions = ReportLocale.tags.filter { $0.hasPrefix(language + "-") }.prefix(12)
            throw BuildFailure([
                Diagnostic(
                    .error, .render, location,
                    "unsupported language \(Quote.input(tag)): CLDR has no such locale (\(language) has \(([language] + regions).joined(separator: ", "))\(regions.count == 12 ? ", …" : ""))"
                )
            ])
        }
        return locale
    }

    /// Every key English has, with each counted key (`x_one`, `x_other`) in all six plural categories: the keys
    /// a strings file of any language may hold.
    static func known(_ english: ThemeStrings) -> Set<String> {
        var keys = english.keys
        for base in pluralBases(english) { keys.formUnion(PluralRules.categories.map { base + "_" + $0 }) }
        return keys
    }

    /// The keys English counts: `x` for `x_other`.
    static func pluralBases(_ english: ThemeStrings) -> [String] {
        english.keys.filter { $0.hasSuffix("_other") }.map { String($0.dropLast(6)) }.sorted()
    }

    /// Errors for each key of English the language lacks; a counted key needs each of the language's plural
    /// categories (German: one, other; Arabic: zero, one, two, few, many, other).
    static func check(_ strings: ThemeStrings, against english: ThemeStrings, locale: ReportLocale, file: String, into log: inout DiagnosticLog) {
        let bases = pluralBases(english)
        let counted = Set(bases.flatMap { base in ["one", "other"].map { base + "_" + $0 } })
        var wanted = english.keys.subtracting(counted)
        for base in bases { wanted.formUnion(locale.plural.used.map { base + "_" + $0 }) }
        let missing = wanted.subtracting(strings.keys).sorted()
        for key in missing.prefix(20) {
            log.error(
                SourceLocation(file: file),
                "the \(locale.language) strings have no key \(Quote.input(key)) (English: \(Quote.input(english.texts[key] ?? english.texts[pluralEnglish(key)] ?? "")))"
            )
        }
        if missing.count > 20 { log.error(SourceLocation(file: file), "and \(missing.count - 20) more keys are missing from the \(locale.language) strings") }
    }

    private static func pluralEnglish(_ key: String) -> String {
        guard let cut = key.lastIndex(of: "_") else { return key }
        return key[..<cut] + (key[key.index(after: cut)...] == "one" ? "_one" : "_other")
    }
}

extension ThemeStrings {
    /// `x_zero` … `x_many` where the strings count `x` (have `x_other`): a category a template names for
    /// languages that have it, left out of languages that do not.
    func isPluralForm(_ key: String) -> Bool {
        guard let cut = key.lastIndex(of: "_"), PluralRules.categories.contains(String(key[key.index(after: cut)...])) else { return false }
        return pieces[key[..<cut] + "_other"] != nil
    }
}

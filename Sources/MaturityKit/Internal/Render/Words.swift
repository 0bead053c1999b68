/// The theme's strings as Swift fills them in, for the words that sit inside data rather than around it: chart
/// titles and descriptions, table captions and headers, labels in table cells. The wording and the order of
/// the values are the theme's; Swift only supplies the values, which the template escapes like any text.
struct Words: Sendable {
    let strings: ThemeStrings
    /// The reader's locale: numbers, dates and plural categories.
    var locale = ReportLocale.english
    var numbers: NumberStyle { locale.numbers }

    /// The string `key` with each `{{name}}` replaced by its value. Keys used here exist in the built-in
    /// strings file (a test reads every call), and a theme can only add to those.
    func callAsFunction(_ key: String, _ values: KeyValuePairs<String, String> = [:]) -> String {
        guard let pieces = strings.pieces[key] else { return "" }
        if pieces.count == 1, case .text(let text) = pieces[0] { return text }
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let text): out += text
            case .value(let name): out += isolated(values.first { $0.key == name }?.value ?? "")
            }
        }
        return out
    }

    /// A value that reads the other way from the page (a Latin name in an Arabic sentence, an Arabic one in an
    /// English sentence) between the Unicode isolates FSI and PDI, so that the sentence's punctuation and
    /// numbers stay where the sentence puts them. Values without letters (figures) and values in the page's
    /// own direction are left as they are.
    func isolated(_ value: String) -> String {
        guard let rightToLeft = BidiText.firstStrongIsRightToLeft(value), rightToLeft != locale.rightToLeft else { return value }
        return "\u{2068}" + value + "\u{2069}"
    }

    /// The key for a count by the language's plural rules (`key_one`, `key_few`, … `key_other`), with
    /// `{{count}}` filled in. The theme step has checked that the language's file has every category.
    func count(_ key: String, _ count: Int, _ values: KeyValuePairs<String, String> = [:]) -> String {
        let name = key + "_" + locale.plural.category(count)
        guard let pieces = strings.pieces[name] ?? strings.pieces[key + "_other"] else { return "" }
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let text): out += text
            case .value("count"): out += numbers.integer(count)
            case .value(let other): out += isolated(values.first { $0.key == other }?.value ?? "")
            }
        }
        return out
    }
}

extension Words {
    /// The plural category of a count, for a template to choose its string with.
    func plural(_ count: Int) -> PluralCase {
        var form = PluralCase()
        switch locale.plural.category(count) {
        case "zero": form.zero = true
        case "one": form.one = true
        case "two": form.two = true
        case "few": form.few = true
        case "many": form.many = true
        default: form.other = true
        }
        return form
    }

    /// "31 January 2026" from `2026-01-31`: the locale's long date, with CLDR's month names.
    func date(_ iso: String) -> String {
        guard let (year, month, day) = ReportDate.parts(iso) else { return iso }
        return locale.longDate(year: year, month: month, day: day)
    }

    /// "Q3 2026" or "Sep 2026".
    func period(_ period: Period) -> String {
        let year = numbers.digits(String(period.firstMonthIndex / 12))
        if period.isYear { return year }
        if period.isHalfYear { return self("half_year", ["half": numbers.digits(String(period.firstMonthIndex % 12 / 6 + 1)), "year": year]) }
        if period.isQuarter { return self("quarter", ["quarter": numbers.digits(String(period.firstMonthIndex % 12 / 3 + 1)), "year": year]) }
        return self("month_year", ["month": locale.monthsShort[period.firstMonthIndex % 12], "year": year])
    }
}

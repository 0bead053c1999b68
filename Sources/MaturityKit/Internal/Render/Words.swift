/// The theme's strings as Swift fills them in, for the words that sit inside data rather than around it: chart
/// titles and descriptions, table captions and headers, labels in table cells. The wording and the order of
/// the values are the theme's; Swift only supplies the values, which the template escapes like any text.
struct Words: Sendable {
    let strings: ThemeStrings

    /// The string `key` with each `{{name}}` replaced by its value. Keys used here exist in the built-in
    /// strings file (a test reads every call), and a theme can only add to those.
    func callAsFunction(_ key: String, _ values: KeyValuePairs<String, String> = [:]) -> String {
        guard let pieces = strings.pieces[key] else { return "" }
        if pieces.count == 1, case .text(let text) = pieces[0] { return text }
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let text): out += text
            case .value(let name): out += values.first { $0.key == name }?.value ?? ""
            }
        }
        return out
    }

    /// One of two keys by a count: `key_one` for 1, `key_other` otherwise, with `{{count}}` filled in.
    func count(_ key: String, _ count: Int, _ values: KeyValuePairs<String, String> = [:]) -> String {
        let name = key + (count == 1 ? "_one" : "_other")
        guard let pieces = strings.pieces[name] else { return "" }
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let text): out += text
            case .value("count"): out += Format.count(count)
            case .value(let other): out += values.first { $0.key == other }?.value ?? ""
            }
        }
        return out
    }
}

extension Words {
    /// "31 January 2026" from `2026-01-31`, in the theme's words (`date_long`, `month_1` …).
    func date(_ iso: String) -> String {
        guard let (year, month, day) = ReportDate.parts(iso) else { return iso }
        return self("date_long", ["day": String(day), "month": self("month_\(month)"), "year": String(year)])
    }

    /// "Q3 2026" or "Sep 2026".
    func period(_ period: Period) -> String {
        let year = String(period.firstMonthIndex / 12)
        if period.isYear { return year }
        if period.isHalfYear { return self("half_year", ["half": String(period.firstMonthIndex % 12 / 6 + 1), "year": year]) }
        if period.isQuarter { return self("quarter", ["quarter": String(period.firstMonthIndex % 12 / 3 + 1), "year": year]) }
        return self("month_year", ["month": self("month_short_\(period.firstMonthIndex % 12 + 1)"), "year": year])
    }
}

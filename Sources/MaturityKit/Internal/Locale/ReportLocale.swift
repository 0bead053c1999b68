import Foundation

/// What a language needs beyond its strings: direction, numbers, month names, the long date and plural rules,
/// from CLDR data pinned in the repository (`Resources/locales/cldr.jsonl`, written by
/// `scripts/generate-cldr.py`), never from the host's ICU, so that a report gives the same bytes anywhere.
struct ReportLocale: Sendable {
    /// The canonical BCP 47 tag (`ar-SA`), as `<html lang>` takes it.
    let tag: String
    var language: String { LanguageTag.language(of: tag) }
    let rightToLeft: Bool
    let numbers: NumberStyle
    let months: [String]
    let monthsShort: [String]
    /// CLDR's long date pattern, as `d MMMM y`.
    let dateLong: String
    let plural: PluralRules

    static let english = load("en")!

    /// The locale of a canonical tag, or nil when CLDR has none (`de-XX`).
    static func load(_ tag: String) -> ReportLocale? {
        guard let line = Self.line(tag),
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let digits = object["digits"] as? String, digits.count == 10,
            let months = object["months"] as? [String], months.count == 12,
            let short = object["months_short"] as? [String], short.count == 12,
            let rules = object["plural"] as? [String: String], let plural = PluralRules(rules),
            let percent = object["percent"] as? String, percent.contains("#")
        else { return nil }
        let text = { (key: String) in object[key] as? String ?? "" }
        let (before, after) = (String(percent.prefix { $0 != "#" }), String(percent.drop { $0 != "#" }.dropFirst()))
        let numbers = NumberStyle(
            digits: digits, decimal: text("decimal"), group: text("group"), minus: text("minus"), plus: text("plus"),
            percentBefore: before, percentAfter: after, grouping: object["grouping"] as? Int ?? 1)
        return ReportLocale(
            tag: tag, rightToLeft: text("dir") == "rtl", numbers: numbers, months: months, monthsShort: short,
            dateLong: text("date_long"), plural: plural)
    }

    /// Every tag the data has, sorted.
    static var tags: [String] {
        Self.data.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("{\"tag\":\"") else { return nil }
            return String(line.dropFirst(8).prefix { $0 != "\"" })
        }
    }

    private static let data: String = {
        let path = BuiltIns.resourceRoot.appendingPathComponent("locales/cldr.jsonl").path
        // A newline first, so that every line, the first too, is found as "\n{"tag":…".
        return "\n" + ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
    }()

    private static func line(_ tag: String) -> Substring? {
        guard let start = data.range(of: "\n{\"tag\":\"\(tag)\",") else { return nil }
        return data[data.index(after: start.lowerBound)...].prefix { $0 != "\n" }
    }

    /// A date by CLDR's long pattern: `d`, `dd`, `M`…`MMMM`, `y`, quoted literals, anything else as written.
    func longDate(year: Int, month: Int, day: Int) -> String {
        var out = ""
        var characters = Array(dateLong)[...]
        while let first = characters.first {
            let run = characters.prefix { $0 == first }
            characters = characters.dropFirst(run.count)
            switch first {
            case "d": out += numbers.digits(run.count == 2 && day < 10 ? "0\(day)" : String(day))
            case "M", "L":
                switch run.count {
                case 4...: out += months[month - 1]
                case 3: out += monthsShort[month - 1]
                default: out += numbers.digits(run.count == 2 && month < 10 ? "0\(month)" : String(month))
                }
            case "y": out += numbers.digits(String(year))
            case "'":
                // '' is an apostrophe; a single ' opens a literal that runs to the next one.
                out += String(repeating: "'", count: run.count / 2)
                guard run.count % 2 == 1 else { continue }
                let literal = characters.prefix { $0 != "'" }
                out += String(literal)
                characters = characters.dropFirst(literal.count + 1)
            default: out += String(run)
            }
        }
        return out
    }
}

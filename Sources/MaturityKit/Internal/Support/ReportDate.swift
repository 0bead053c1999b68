/// Calendar dates as the report writes them: `YYYY-MM-DD`, checked without any time zone or locale.
enum ReportDate {
    static let years = 1900...2200
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    static func parts(_ text: String) -> (year: Int, month: Int, day: Int)? {
        guard case .success(let parts) = check(text) else { return nil }
        return parts
    }

    static func isValid(_ text: String) -> Bool { parts(text) != nil }

    /// The days of a month (1...12) of a year in the proleptic Gregorian calendar.
    static func days(month: Int, year: Int) -> Int {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    /// The date `days` days after 1970-01-01, `YYYY-MM-DD` (the civil-from-days method: March-based years
    /// of 365 or 366 days in 400-year eras of 146,097 days).
    static func text(daysSince1970 days: Int) -> String {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func padded(_ value: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    /// The message for a value of `key` that is not a date, saying why: "expected 'date' as YYYY-MM-DD in
    /// wave 'now', found "2026-02-30": February 2026 has 28 days"; nil for a date.
    static func problem(_ text: String, key: String, in what: String? = nil) -> String? {
        guard case .failure(let reason) = check(text) else { return nil }
        return "expected '\(key)' as YYYY-MM-DD\(what.map { " in " + $0 } ?? ""), found \(Quote.input(text))\(reason.text)"
    }

    /// Why a text of the shape `YYYY-MM-DD` is no date ("February 2026 has 28 days"); nil for a date or for a
    /// text of another shape.
    static func impossibility(_ text: String) -> String? {
        guard case .failure(let reason) = check(text), reason.text.hasPrefix(": ") else { return nil }
        return String(reason.text.dropFirst(2))
    }

    private struct Reason: Error {
        /// Appended to the message: ": …" for a date of the right shape, " (…)" otherwise.
        let text: String
    }

    private static func check(_ text: String) -> Result<(year: Int, month: Int, day: Int), Reason> {
        let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
        guard pieces.count == 3, pieces[0].count == 4, pieces[1].count == 2, pieces[2].count == 2,
            text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }),
            let year = Int(pieces[0]), let month = Int(pieces[1]), let day = Int(pieces[2])
        else { return .failure(Reason(text: " (four digits for the year, two for the month, two for the day)")) }
        guard years.contains(year) else { return .failure(Reason(text: ": the year must be from 1900 to 2200")) }
        guard (1...12).contains(month) else { return .failure(Reason(text: ": there is no month \(month); months run from 01 to 12")) }
        let length = days(month: month, year: year)
        guard (1...length).contains(day) else {
            let why = day == 0 ? "days start at 01" : "\(monthNames[month - 1]) \(year) has \(length) days"
            return .failure(Reason(text: ": " + why))
        }
        return .success((year, month, day))
    }
}

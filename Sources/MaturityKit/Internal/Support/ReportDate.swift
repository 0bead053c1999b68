/// Calendar dates as the report writes them: `YYYY-MM-DD`, checked without any time zone or locale.
enum ReportDate {
    static func parts(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
        guard pieces.count == 3, pieces[0].count == 4, pieces[1].count == 2, pieces[2].count == 2,
            text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }),
            let year = Int(pieces[0]), let month = Int(pieces[1]), let day = Int(pieces[2])
        else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1900...2200).contains(year), (1...12).contains(month), (1...lengths[month - 1]).contains(day) else { return nil }
        return (year, month, day)
    }

    static func isValid(_ text: String) -> Bool { parts(text) != nil }
}

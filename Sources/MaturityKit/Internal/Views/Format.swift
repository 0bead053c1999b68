/// How figures read on pages: two decimals, a real minus sign, an en dash for "no value".
enum Format {
    static let none = "–"

    static func score(_ value: Double?) -> String { value.map { Fixed.format($0, places: 2) } ?? none }

    static func change(_ value: Double?) -> String {
        guard let value else { return none }
        let text = Fixed.format(abs(value), places: 2)
        if text == "0.00" { return "±0.00" }
        return (value < 0 ? "−" : "+") + text
    }

    static func interval(_ ci: (low: Double, high: Double)?) -> String {
        guard let ci else { return none }
        return "\(Fixed.format(ci.low, places: 2))–\(Fixed.format(ci.high, places: 2))"
    }

    static func count(_ value: Int?) -> String {
        guard let value else { return none }
        // Thousands separated by a narrow no-break space, the same in every locale: as thin as a thin space,
        // and a narrow table column cannot break "3 177" over two lines.
        let digits = String(value)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "\u{202F}" }
            result.append(character)
        }
        return result
    }
}

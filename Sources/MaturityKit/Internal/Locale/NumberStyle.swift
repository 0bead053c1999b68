/// How a locale writes numbers (CLDR): its digits, decimal and grouping separators, minus and plus signs and
/// percent pattern. Figures are rounded by `Fixed` (C's `%.Nf`, ties to even) in Latin digits first, then
/// written with these symbols, so the rounding is the same in every language. CLDR's hyphen-minus is written
/// as the minus sign U+2212, as typesetting does; any marks CLDR puts around it (Arabic's letter mark) stay.
/// Data files do not use this: they stay locale-neutral.
struct NumberStyle: Sendable {
    /// The ten digits of the locale's default numbering system.
    let numerals: [Character]
    let decimal: String
    let group: String
    let minus: String
    let plus: String
    /// What stands before and after the number in a percentage (`#%`, `# %`, `#٪؜`).
    let percentBefore: String
    let percentAfter: String
    /// CLDR's minimum grouping digits: with 2, "1234" stays whole and "12 345" is grouped.
    let grouping: Int
    /// Latin digits and a full stop: a figure's ASCII text needs no digit or separator replaced.
    private let plain: Bool

    /// The text for "no value".
    static let none = "–"

    init(digits: String, decimal: String, group: String, minus: String, plus: String, percentBefore: String, percentAfter: String, grouping: Int) {
        numerals = Array(digits)
        self.decimal = decimal
        self.group = group
        self.minus = minus.replacingOccurrences(of: "-", with: "\u{2212}")
        self.plus = plus
        self.percentBefore = percentBefore
        self.percentAfter = percentAfter
        self.grouping = max(1, grouping)
        plain = digits == "0123456789" && decimal == "."
    }

    /// ASCII digits in the locale's own (`2026` → `٢٠٢٦`); other characters as they are.
    func digits(_ ascii: String) -> String {
        guard numerals.first != "0" else { return ascii }
        return String(ascii.map { $0.isASCII && $0.isNumber ? numerals[Int($0.asciiValue! - 48)] : $0 })
    }

    /// `value` rounded to `places` decimals, grouped, in the locale's symbols: `-1234.5` → `−1,234.50`.
    func fixed(_ value: Double, places: Int) -> String {
        compose(Fixed.format(value, places: places))
    }

    /// A whole number, grouped: `3177` → `3,177` / `3.177` / `٣٬١٧٧`.
    func integer(_ value: Int) -> String { compose(String(value)) }

    /// A count, or the en dash for none.
    func count(_ value: Int?) -> String { value.map(integer) ?? Self.none }

    /// A score on the model's scale: two decimals.
    func score(_ value: Double?) -> String { value.map { fixed($0, places: 2) } ?? Self.none }

    /// A change with its sign: `+0.25`, `−0.40`, `±0.00`.
    func change(_ value: Double?, places: Int = 2) -> String {
        guard let value else { return Self.none }
        let text = fixed(abs(value), places: places)
        if text == fixed(0, places: places) { return "±" + text }
        return (value < 0 ? minus : plus) + text
    }

    /// `3.10–3.62`.
    func interval(_ ci: (low: Double, high: Double)?) -> String {
        guard let ci else { return Self.none }
        return fixed(ci.low, places: 2) + "–" + fixed(ci.high, places: 2)
    }

    /// A percentage of 0–100 by the locale's pattern: `42%`, `42 %`, `٤٢٪؜`.
    func percent(_ value: Double, places: Int = 0) -> String { percentBefore + fixed(value, places: places) + percentAfter }

    /// A number already written, to the locale's pattern for percentages.
    func percent(text: String) -> String { percentBefore + text + percentAfter }

    /// `-1234.50` (what `Fixed` writes) in the locale's symbols.
    private func compose(_ ascii: String) -> String {
        // Most figures on a page are short and positive: in a Latin locale with a full stop, `Fixed`'s text is
        // already the answer (the benchmark's 3,000 pages write about a million of them).
        if plain, ascii.utf8.first != UInt8(ascii: "-"),
            (ascii.utf8.firstIndex(of: UInt8(ascii: ".")).map { ascii.utf8.distance(from: ascii.utf8.startIndex, to: $0) } ?? ascii.utf8.count) < grouping + 3
        {
            return ascii
        }
        var body = Substring(ascii)
        let negative = body.first == "-"
        if negative { body = body.dropFirst() }
        let point = body.firstIndex(of: ".")
        let whole = point.map { body[..<$0] } ?? body
        var out = negative ? minus : ""
        if whole.count >= grouping + 3 {
            for (index, character) in whole.enumerated() {
                if index > 0 && (whole.count - index) % 3 == 0 { out += group }
                out.append(character)
            }
        } else {
            out += whole
        }
        if let point { out += (plain ? "." : decimal) + body[body.index(after: point)...] }
        return plain ? out : digits(out)
    }
}

extension NumberStyle {
    /// English numbers, for what the tool says on the terminal (`maturity diff`) rather than in a report.
    static var english: NumberStyle { ReportLocale.english.numbers }
}

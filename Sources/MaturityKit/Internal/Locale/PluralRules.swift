/// CLDR plural rules (`n mod 100 in 3..10`, `i = 1 and v = 0`) for whole numbers: which of the categories
/// zero, one, two, few, many and other a count falls in, so that "1 group", "2 groups" and Arabic's six forms
/// come from the strings file. Rules come from the pinned CLDR data (`LocaleData`); counts are whole numbers,
/// so the operands are n = i = the count, and v, w, f, t, c, e are 0.
struct PluralRules: Sendable {
    static let categories = ["zero", "one", "two", "few", "many", "other"]

    /// Category → its rule as alternatives of conjunctions of relations, in `categories` order.
    private let rules: [(category: String, condition: [[Relation]])]

    /// The categories this language has, in the order zero … other (`other` always).
    var used: [String] { rules.map(\.category) + ["other"] }

    struct Relation: Sendable {
        var operand: Character
        var modulus: Int?
        var negated: Bool
        var ranges: [ClosedRange<Int>]
    }

    /// Nil when a rule cannot be read; the data is generated, so that is a defect the tests catch.
    init?(_ source: [String: String]) {
        var rules: [(String, [[Relation]])] = []
        for category in Self.categories where category != "other" {
            guard let text = source[category] else { continue }
            guard let condition = Self.parse(text) else { return nil }
            rules.append((category, condition))
        }
        self.rules = rules
    }

    func category(_ count: Int) -> String {
        for rule in rules where rule.condition.contains(where: { $0.allSatisfy { Self.holds($0, count) } }) { return rule.category }
        return "other"
    }

    private static func holds(_ relation: Relation, _ count: Int) -> Bool {
        let base: Int
        switch relation.operand {
        case "n", "i": base = abs(count)
        default: base = 0  // v, w, f, t, c, e: no decimals, no exponent
        }
        let value = relation.modulus.map { base % $0 } ?? base
        return relation.ranges.contains { $0.contains(value) } != relation.negated
    }

    /// `a or b`, each `x and y`, each `operand [mod m] (=|!=|in|not in|within|not within) list`.
    private static func parse(_ text: String) -> [[Relation]]? {
        var alternatives: [[Relation]] = []
        for alternative in text.components(separatedBy: " or ") {
            var relations: [Relation] = []
            for part in alternative.components(separatedBy: " and ") {
                guard let relation = relation(part) else { return nil }
                relations.append(relation)
            }
            alternatives.append(relations)
        }
        return alternatives
    }

    private static func relation(_ text: String) -> Relation? {
        var words = tokens(text)
        guard let operand = words.first?.first, "nivwftce".contains(operand), words.first?.count == 1 else { return nil }
        words.removeFirst()
        var modulus: Int?
        if words.first == "mod", words.count > 1, let m = Int(words[1]), m > 0 {
            modulus = m
            words.removeFirst(2)
        }
        var negated = false
        switch words.first {
        case "=", "in", "within": words.removeFirst()
        case "!=": (negated, words) = (true, Array(words.dropFirst()))
        case "not" where words.count > 1 && (words[1] == "in" || words[1] == "within"): (negated, words) = (true, Array(words.dropFirst(2)))
        default: return nil
        }
        var ranges: [ClosedRange<Int>] = []
        for item in words.joined().split(separator: ",") {
            let ends = item.components(separatedBy: "..")
            guard let low = Int(ends[0]), let high = Int(ends.last ?? ""), ends.count <= 2, low <= high else { return nil }
            ranges.append(low...high)
        }
        guard !ranges.isEmpty else { return nil }
        return Relation(operand: operand, modulus: modulus, negated: negated, ranges: ranges)
    }

    /// Words, numbers and ranges split at spaces, with `=`, `!=` and `%` (as `mod`) as words of their own.
    private static func tokens(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        for character in text {
            switch character {
            case " ": flush()
            case "=" where current == "!": (current, words) = ("", words + ["!="])
            case "=": flush(); words.append("=")
            case "!": flush(); current = "!"
            case "%": flush(); words.append("mod")
            default: current.append(character)
            }
        }
        flush()
        return words
    }
}

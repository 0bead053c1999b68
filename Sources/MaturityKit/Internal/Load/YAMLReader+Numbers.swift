import Yams

/// Numbers in YAML files: each is read with the range it must lie in, so that no later conversion or sum can
/// trap or overflow (a weight of 1e308, a count of 2^63, NaN or infinity never get past the loader).
extension YAMLReader {
    /// A number within `range` (every number read has one, so none can overflow later arithmetic or conversions).
    func double(
        _ mapping: Node.Mapping, _ key: String, in what: String, required: Bool = true,
        range: ClosedRange<Double>, above: Bool = false
    ) -> Double? {
        guard let text = string(mapping, key, in: what, required: required, .name) else { return nil }
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else {
            error(location(mapping[key]), "expected a number for '\(key)' in \(what), found \(Quote.input(text))")
            return nil
        }
        guard range.contains(value), !above || value > range.lowerBound else {
            let low = above ? "above \(Self.number(range.lowerBound)) and at most" : "from \(Self.number(range.lowerBound)) to"
            error(
                location(mapping[key]),
                "expected '\(key)' in \(what) \(low) \(Self.number(range.upperBound)), found \(text.trimmingCharacters(in: .whitespaces))")
            return nil
        }
        return value
    }

    /// A whole number within `range`.
    func int(_ mapping: Node.Mapping, _ key: String, in what: String, required: Bool = true, range: ClosedRange<Int>) -> Int? {
        guard let text = string(mapping, key, in: what, required: required, .name) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.utf8.count <= 20, let value = Int(trimmed) else {
            error(location(mapping[key]), "expected a whole number for '\(key)' in \(what), found \(Quote.input(text))")
            return nil
        }
        guard range.contains(value) else {
            error(location(mapping[key]), "expected '\(key)' in \(what) from \(range.lowerBound) to \(range.upperBound), found \(value)")
            return nil
        }
        return value
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

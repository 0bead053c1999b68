/// Which units may show their comments for a column of a wave. A unit must have a sub-report and reach the
/// threshold; and since the organisation's counts are shown too, the comments of the units that do not show theirs
/// must together be none or at least the threshold: otherwise the smallest shown unit (then the next) is hidden
/// as well, so that no hidden unit's counts can be worked out by subtracting the shown ones from the whole.
enum CommentProtection {
    /// `sizes`: column key → unit (every unit that wrote comments, with or without a sub-report) → comments.
    /// Returns the (key, unit) pairs that may be shown, as "key\0unit".
    static func visible(sizes: [String: [String: Int]], units: [String], minimum: Int) -> Set<String> {
        var visible = Set<String>()
        for (key, byUnit) in sizes {
            let total = byUnit.values.reduce(0, +)
            var shown = units.filter { byUnit[$0, default: 0] >= minimum }
            var rest = total - shown.reduce(0) { $0 + byUnit[$1, default: 0] }
            while rest > 0 && rest < minimum && !shown.isEmpty {
                let smallest = shown.min { (byUnit[$0, default: 0], $0) < (byUnit[$1, default: 0], $1) }!
                shown.removeAll { $0 == smallest }
                rest += byUnit[smallest, default: 0]
            }
            for unit in shown { visible.insert(id(key, unit)) }
        }
        return visible
    }

    static func id(_ key: String, _ unit: String) -> String { key + "\u{0}" + unit }
}

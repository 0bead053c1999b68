/// What a message says after an unknown name (a key, or the id of a dimension, stage, item, attribute,
/// initiative…): the one known name the user most likely meant, else the list of known names.
///
/// "Most likely meant" is the known name at the smallest edit distance (insertions, deletions, substitutions
/// and swaps of two neighbouring characters, letter case ignored), when that distance is at most 2 and at most
/// a third of the name's length (at least 1), and no other known name is as close.
enum Suggestion {
    /// "did you mean 'min_group_size'?", else `otherwise` or "expected one of: a, b, c" ("expected one of: none"
    /// when the list is empty), to be put in parentheses after the unknown name.
    static func hint(for name: String, among known: [String], otherwise: String? = nil) -> String {
        if let best = closest(to: name, among: known) { return "did you mean '\(best)'?" }
        return otherwise ?? "expected one of: " + (known.isEmpty ? "none" : known.joined(separator: ", "))
    }

    /// The known name the user most likely meant, or nil when none is close enough or two are equally close.
    static func closest(to name: String, among known: [String]) -> String? {
        let limit = min(2, max(1, name.count / 3))
        var best: (name: String, distance: Int)?
        var tied = false
        for candidate in known where candidate != name {
            let distance = Self.distance(name.lowercased(), candidate.lowercased())
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance {
                best = (candidate, distance)
                tied = false
            } else if distance == best!.distance && candidate != best!.name {
                tied = true
            }
        }
        return tied ? nil : best?.name
    }

    /// The optimal-string-alignment distance (Damerau–Levenshtein without editing a substring twice), in
    /// characters. Names longer than 200 characters are not compared (distance `Int.max`): no id is that long.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.count > 200 || b.count > 200 { return Int.max }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}

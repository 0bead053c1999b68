/// The messages about a responses file's columns that concern many columns or items at once: each cause is one
/// message with its list, never one message per column (an export of 24 statements that match nothing is one
/// error, not 24).
struct ColumnMessages {
    let file: String
    let items: [MaturityModel.Item]
    /// The headers of the columns that match no item or attribute (personal-looking ones left out).
    let headers: [String]
    /// How many entries a list shows before "and N more".
    static let shown = 8

    /// The unmatched headers, quoted and listed.
    var list: String { Self.join(headers.map { Quote.input($0.prefix(60)) }) }

    /// "; 3 columns match nothing: …", or nothing when every column matched.
    var unmatched: String {
        headers.isEmpty ? "" : "; \(headers.count) \(headers.count == 1 ? "column matches" : "columns match") nothing: \(list)"
    }

    /// No column matches any item: the wave would measure nothing.
    func noItem() -> String {
        let example = items.first.map { " (such as '\($0.id)') or statement (such as \(Quote.input($0.text)))" } ?? " or statement"
        return "no column of \(file) matches an item of the model by its id or its statement\(unmatched); name a column by an item's id"
            + "\(example), or map it with columns: on the wave"
    }

    /// Some items have no column: the wave measures the others (a partial wave).
    func partial(_ slots: [Int]) -> String {
        let one = slots.count == 1
        let named = Self.join(slots.map { "'\(items[$0].id)' (\(Quote.input(items[$0].text)))" })
        return "\(file) has no column for \(slots.count) of the model's \(items.count) items, so this wave does not measure "
            + "\(one ? "it" : "them"): \(named); if a column was meant for \(one ? "it" : "one of them"), name it by the item's id or "
            + "statement, or map it with columns: on the wave"
    }

    /// Items mapped with `columns:` to a header the file does not have.
    func unmapped(_ slots: [Int], columns: [String: String]) -> String {
        let pairs = Self.join(slots.map { "'\(items[$0].id)' → \(Quote.input(columns[items[$0].id] ?? ""))" })
        return "the wave's columns: map names \(slots.count == 1 ? "a header" : "headers") that \(file) does not have: \(pairs)\(unmatched)"
    }

    static func join(_ entries: [String]) -> String {
        let head = entries.prefix(shown).joined(separator: ", ")
        return entries.count > shown ? head + ", and \(entries.count - shown) more" : head
    }
}

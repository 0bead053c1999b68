/// The parts of a report a change belongs to, in the order every format lists them.
enum DiffSection: String, CaseIterable, Sendable {
    case overall, dimensions, targets, groups, benchmarks, roadmap, commentary
}

/// What about a thing changed; the raw value is the name the JSON format gives it.
enum DiffField: String, Sendable {
    case wave, score, stage, n, target, shown, content
    case title, status, start, end, owner, dimensions
    case targetStage = "target_stage"
    case benchmarkN = "benchmark_n", mean, p25, median, p75
}

/// One difference between two versions of a report: a thing added or removed, or one field of it changed.
/// `old` and `new` are what the JSON format prints (ids, figures as the site writes them); `oldText` and
/// `newText` what the text and Markdown formats print (names instead of ids).
struct DiffChange: Sendable, Equatable {
    enum Kind: String, Sendable { case added, removed, changed }

    var section: DiffSection
    var kind: Kind
    /// The thing that changed, by id (a dimension, `dimension/attribute/group`, a benchmark set, an initiative, a file).
    var id: String
    /// The same thing as a reader knows it.
    var name: String
    var field: DiffField? = nil
    var old: String? = nil
    var new: String? = nil
    var oldText: String? = nil
    var newText: String? = nil
    /// For a score: the change, signed, at two decimals (`+0.25`).
    var delta: String? = nil

    static func changed(
        _ section: DiffSection, id: String, name: String, _ field: DiffField, _ old: String?, _ new: String?,
        texts: (String?, String?)? = nil, delta: String? = nil
    ) -> DiffChange {
        DiffChange(
            section: section, kind: .changed, id: id, name: name, field: field, old: old, new: new, oldText: texts?.0 ?? old, newText: texts?.1 ?? new,
            delta: delta)
    }
}

/// Everything `maturity diff` found, with the two sides as the user named them.
struct DiffResult: Sendable {
    var old: String
    var new: String
    var changes: [DiffChange]

    func changes(in section: DiffSection) -> [DiffChange] { changes.filter { $0.section == section } }
}

/// The three output formats of `maturity diff`. Text and Markdown print `DiffWords`; JSON prints fixed keys.
enum DiffRender {
    static func text(_ result: DiffResult) -> String {
        guard !result.changes.isEmpty else { return DiffWords.noDifferences(result.old, result.new) + "\n" }
        var lines = [DiffWords.comparing(result.old, result.new, count: result.changes.count)]
        for section in DiffSection.allCases {
            let changes = result.changes(in: section)
            guard !changes.isEmpty else { continue }
            lines += ["", DiffWords.heading(section)]
            for change in changes {
                switch change.kind {
                case .added, .removed:
                    let word = change.kind == .added ? DiffWords.added : DiffWords.removed
                    lines.append("  \(word): \(change.name)" + (change.id == change.name ? "" : " (\(change.id))"))
                case .changed:
                    lines.append("  \(change.name): " + describe(change))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A summary line, then a table per section with something in it: what a pull-request comment needs.
    static func markdown(_ result: DiffResult) -> String {
        let (old, new) = (escape(result.old), escape(result.new))
        guard !result.changes.isEmpty else { return "**\(DiffWords.title)** " + DiffWords.noDifferences(old, new) + "\n" }
        let counts = DiffSection.allCases.compactMap { section in
            let count = result.changes(in: section).count
            return count == 0 ? nil : DiffWords.inSection(count, section)
        }
        var lines = ["**\(DiffWords.title)** \(DiffWords.comparing(old, new, count: result.changes.count)) (\(counts.joined(separator: ", ")))"]
        for section in DiffSection.allCases {
            let changes = result.changes(in: section)
            guard !changes.isEmpty else { continue }
            lines += ["", "### \(DiffWords.heading(section))", "", "| | \(DiffWords.what) | \(DiffWords.before) | \(DiffWords.after) |", "|---|---|---|---|"]
            for change in changes {
                let what: String
                var (before, after) = ("", "")
                switch change.kind {
                case .added: what = DiffWords.added
                case .removed: what = DiffWords.removed
                case .changed where change.field == .content: what = DiffWords.changed
                case .changed:
                    what = DiffWords.label(change.field ?? .content)
                    before = escape(change.oldText ?? NumberStyle.none)
                    after = escape(change.newText ?? NumberStyle.none) + (change.delta.map { " (\($0))" } ?? "")
                }
                lines.append("| \(escape(change.name)) | \(what) | \(before) | \(after) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `score 2.80 → 3.05 (+0.25)`, or `changed` for a file.
    private static func describe(_ change: DiffChange) -> String {
        guard let field = change.field, field != .content else { return DiffWords.changed }
        let values = "\(change.oldText ?? NumberStyle.none) → \(change.newText ?? NumberStyle.none)"
        let label = DiffWords.label(field)
        return (label.isEmpty ? "" : label + " ") + values + (change.delta.map { " (\($0))" } ?? "")
    }

    /// Text from the report inside a Markdown table: no cell break, no HTML, no emphasis or link by accident.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|", "\\", "*", "_", "`", "[", "]", "#": out += "\\" + String(character)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}

/// The JSON format of `maturity diff` (see docs/diff.md): every key always present, in a fixed order.
enum DiffJSON {
    static func render(_ result: DiffResult) -> String {
        let changes = result.changes.map { change -> JSONValue in
            .object([
                ("section", .string(change.section.rawValue)), ("kind", .string(change.kind.rawValue)), ("id", .string(change.id)),
                ("name", .string(change.name)), ("field", string(change.field?.rawValue)), ("old", string(change.old)), ("new", string(change.new)),
                ("delta", string(change.delta)),
            ])
        }
        return JSONValue.object([
            ("old", .string(result.old)), ("new", .string(result.new)), ("differs", .bool(!result.changes.isEmpty)), ("changes", .array(changes)),
        ]).rendered()
    }

    private static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
}

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

import Yams

/// The report.yaml keys of voices: `themes`, `min_comment_group_size`, `redact`, and each wave's `comments`.
extension ReportLoader {
    static func readVoices(_ root: Node.Mapping, _ reader: YAMLReader) -> VoiceOptions {
        var options = VoiceOptions()
        options.themes = reader.string(root, "themes", in: "report.yaml", required: false, .name)
        if let themes = options.themes, !(themes.hasSuffix(".yaml") || themes.hasSuffix(".yml")) || themes.contains("..") {
            reader.error(reader.location(root["themes"]), "expected 'themes' to be a .yaml file inside the report folder, found \(Quote.input(themes))")
        }
        options.minGroupSize = reader.int(root, "min_comment_group_size", in: "report.yaml", required: false, range: 1...1_000_000) ?? 10
        options.redact = reader.stringList(root, "redact", in: "report.yaml") ?? []
        for (entry, node) in zip(options.redact, root["redact"]?.sequence ?? []) where ThemeMatcher.words(entry).isEmpty {
            reader.error(reader.location(node), "expected each entry of 'redact' to hold a letter or digit, found \(Quote.input(entry))")
        }
        return options
    }

    /// A wave's `comments:`: dimension id or `general` → column header. The ids are checked against the model
    /// once it is known (`VoicesLoader`).
    static func readComments(_ map: Node.Mapping, _ reader: YAMLReader, what: String) -> [(key: String, header: String, location: SourceLocation)] {
        guard let commentMap = reader.mapping(map["comments"], "'comments' of \(what)") else { return [] }
        var comments: [(key: String, header: String, location: SourceLocation)] = []
        for (key, value) in commentMap {
            if let header = reader.scalarText(value, "a column header", .name) { comments.append((key.string ?? "", header, reader.location(key))) }
        }
        if comments.isEmpty && !reader.hasErrors {
            reader.error(reader.location(map["comments"]), "expected at least one comment column in 'comments' of \(what)")
        }
        return comments
    }
}

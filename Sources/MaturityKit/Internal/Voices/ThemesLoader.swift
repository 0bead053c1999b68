import Yams

/// Reads `themes.yaml` (report.yaml `themes:`): each theme's id, name, keywords and the comment columns it applies
/// to, each problem at its line and column.
enum ThemesLoader {
    static let keys = ["themes"]
    static let themeKeys = ["id", "name", "keywords", "dimensions"]
    /// More keywords than this in one theme is a mistake, not a list.
    static let maxKeywords = 200

    static func load(text: String, file: String, model: MaturityModel) -> ([CommentTheme]?, [Diagnostic]) {
        let reader = YAMLReader(file: file)
        guard let root = reader.mapping(reader.parse(text), "themes.yaml") else { return (nil, reader.diagnostics) }
        reader.checkKeys(root, allowed: keys, in: "themes.yaml")
        let columns = model.dimensions.map(\.id) + [CommentKey.general]
        var ids = Set<String>()
        var themes: [CommentTheme] = []
        for node in reader.sequence(root["themes"], "'themes'") ?? [] {
            if let theme = theme(node, reader, columns: columns, ids: &ids) { themes.append(theme) }
        }
        if themes.isEmpty && !reader.hasErrors {
            reader.error(reader.location(.mapping(root)), "expected at least one theme in 'themes' of themes.yaml, found none")
        }
        return (reader.hasErrors ? nil : themes, reader.diagnostics)
    }

    private static func theme(_ node: Node, _ reader: YAMLReader, columns: [String], ids: inout Set<String>) -> CommentTheme? {
        guard let map = reader.mapping(node, "a theme") else { return nil }
        reader.checkKeys(map, allowed: themeKeys, in: "a theme")
        guard let id = reader.string(map, "id", in: "a theme", .name) else { return nil }
        let what = "theme '\(id)'"
        if !Identifier.isSafe(id) { reader.error(reader.location(map["id"]), Identifier.problem("theme id", id)) }
        if !ids.insert(id).inserted { reader.error(reader.location(map["id"]), "duplicate theme id '\(id)'") }
        let name = reader.string(map, "name", in: what, .name)
        var keywords: [ThemeMatcher.Keyword] = []
        if map["keywords"] == nil { reader.error(reader.location(.mapping(map)), "missing required key 'keywords' in \(what)") }
        let nodes = reader.sequence(map["keywords"], "'keywords' of \(what)") ?? []
        if nodes.count > maxKeywords {
            reader.error(reader.location(map["keywords"]), "expected at most \(maxKeywords) keywords in \(what), found \(nodes.count)")
        }
        for keywordNode in nodes.prefix(maxKeywords) {
            guard let written = reader.scalarText(keywordNode, "a keyword", .name) else { continue }
            let inner = written.trimmingCharacters(in: .whitespaces).dropLast(written.hasSuffix("*") ? 1 : 0)
            if inner.contains("*") {
                reader.error(reader.location(keywordNode), "expected '*' only at the end of a keyword in \(what), found \(Quote.input(written))")
            } else if let keyword = ThemeMatcher.keyword(written) {
                keywords.append(keyword)
            } else {
                reader.error(reader.location(keywordNode), "expected a keyword with at least one letter or digit in \(what), found \(Quote.input(written))")
            }
        }
        if map["keywords"] != nil && nodes.isEmpty { reader.error(reader.location(map["keywords"]), "expected at least one keyword in \(what), found none") }
        let dimensions = reader.stringList(map, "dimensions", in: what) ?? []
        for dimension in dimensions where !columns.contains(dimension) {
            reader.error(
                reader.location(map["dimensions"]),
                "unknown dimension \(Quote.input(dimension)) in \(what) (expected a dimension id or 'general': \(columns.joined(separator: ", ")))")
        }
        guard let name else { return nil }
        return CommentTheme(id: id, name: name, keywords: keywords, dimensions: dimensions)
    }
}

import Yams

/// Splits a Markdown file into YAML front matter and body. Front matter is optional: it must open on the
/// first line with `---` and close with a line of `---` or `...`.
enum FrontMatter {
    struct Split: Equatable {
        var yaml: String?
        var body: String
        /// 1-based line of the file where the body starts.
        var bodyLine: Int
    }

    static func split(_ text: String) -> Split {
        // Split at the scalar "\n": as Characters, "\r\n" is one grapheme that a split at "\n" would never find.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            Substring(line.last == "\r" ? line.dropLast() : line)
        }
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else {
            return Split(yaml: nil, body: text, bodyLine: 1)
        }
        for index in lines.indices.dropFirst() {
            let line = lines[index].trimmingTrailingSpaces()
            if line == "---" || line == "..." {
                let yaml = lines[1..<index].joined(separator: "\n")
                lines.removeFirst(index + 1)
                return Split(yaml: yaml, body: lines.joined(separator: "\n"), bodyLine: index + 2)
            }
        }
        // An opening fence with no closing one is treated as Markdown (a thematic break), not as front matter.
        return Split(yaml: nil, body: text, bodyLine: 1)
    }

    /// Reads a commentary file: front matter keys `title` (optional) and the Markdown body.
    static func commentary(text: String, path: String) -> (Commentary?, [Diagnostic]) {
        let parts = split(text)
        var title: String?
        var diagnostics: [Diagnostic] = []
        if let yaml = parts.yaml, !yaml.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            let reader = YAMLReader(file: path, lineOffset: 1)
            if let map = reader.mapping(reader.parse(yaml), "the front matter") {
                reader.checkKeys(map, allowed: ["title"], in: "the front matter")
                title = reader.string(map, "title", in: "the front matter", required: false, .title)
            }
            diagnostics = reader.diagnostics
            if reader.hasErrors { return (nil, diagnostics) }
        }
        return (Commentary(path: path, title: title, body: parts.body, bodyLine: parts.bodyLine), diagnostics)
    }
}

extension Substring {
    fileprivate func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" { end = index(before: end) }
        return self[startIndex..<end]
    }
}

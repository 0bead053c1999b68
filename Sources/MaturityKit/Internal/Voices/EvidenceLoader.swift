/// Reads `evidence/<dimension>/*.md`: Markdown notes with front matter `source` (interview, audit, workshop or
/// document), `date` (YYYY-MM-DD) and `role` (a role, never a name). Every file is listed and read only inside the
/// report folder; the body is rendered later through the same safe Markdown path as commentary.
enum EvidenceLoader {
    static let keys = ["source", "date", "role"]

    static func load(paths: ReportPaths, model: MaturityModel, sink: DiagnosticSink) -> [String: [EvidenceNote]] {
        let folder = paths.folder + "/evidence"
        let (listed, problems) = FileAccess.containedFiles(under: folder, root: paths.root, what: "evidence file")
        sink.report(problems)
        let known = model.dimensions.map(\.id)
        var notes: [String: [EvidenceNote]] = [:]
        for name in listed {
            let path = folder + "/" + name
            let parts = name.split(separator: "/").map(String.init)
            guard parts.count == 2, parts[1].hasSuffix(".md") else {
                sink.report(
                    Diagnostic(.warning, .load, SourceLocation(file: path), "evidence files are Markdown files in evidence/<dimension>/; this one is not used"))
                continue
            }
            guard known.contains(parts[0]) else {
                sink.report(
                    Diagnostic(
                        .warning, .load, SourceLocation(file: path),
                        "evidence for unknown dimension '\(parts[0])' is not used (dimensions: \(known.joined(separator: ", ")))"))
                continue
            }
            switch FileAccess.readText(path, display: path, limit: TextRules.Kind.commentary.limit) {
            case .failure(let problem): sink.report(problem)
            case .success(let text):
                let (note, found) = read(text: text, path: path)
                sink.report(found)
                if let note { notes[parts[0], default: []].append(note) }
            }
        }
        return notes
    }

    static func read(text: String, path: String) -> (EvidenceNote?, [Diagnostic]) {
        let parts = FrontMatter.split(text)
        let reader = YAMLReader(file: path, lineOffset: 1)
        guard let yaml = parts.yaml else {
            reader.error(SourceLocation(file: path, line: 1, column: 1), "expected front matter with 'source', 'date' and 'role' between '---' lines")
            return (nil, reader.diagnostics)
        }
        guard let map = reader.mapping(reader.parse(yaml), "the front matter") else { return (nil, reader.diagnostics) }
        reader.checkKeys(map, allowed: keys, in: "the front matter")
        let what = "the front matter"
        let sourceText = reader.string(map, "source", in: what, .name)
        let source = sourceText.flatMap(EvidenceNote.Source.init(rawValue:))
        if let sourceText, source == nil {
            reader.error(reader.location(map["source"]), "expected 'source' interview, audit, workshop or document, found \(Quote.input(sourceText))")
        }
        let date = reader.string(map, "date", in: what, .name)
        if let date, !ReportDate.isValid(date) {
            reader.error(reader.location(map["date"]), "expected 'date' as YYYY-MM-DD, found \(Quote.input(date)) (a real date, years 1900 to 2200)")
        }
        let role = reader.string(map, "role", in: what, .name)
        guard let source, let date, let role, !reader.hasErrors else { return (nil, reader.diagnostics) }
        return (EvidenceNote(path: path, source: source, date: date, role: role, body: parts.body), reader.diagnostics)
    }
}

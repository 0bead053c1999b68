import Yams

/// Reads YAML into plain values while recording, for every problem, the file, line and column it comes from.
/// One reader serves one file; it never throws, so that every problem in the file is reported in one run.
/// Problems go into a `DiagnosticLog` of the reader's own, which the loader hands on to the run's sink.
final class YAMLReader {
    let file: String
    private var log: DiagnosticLog
    /// Lines before the YAML text inside its file (front matter starts after the `---` line).
    private let lineOffset: Int

    init(file: String, stage: Stage = .load, lineOffset: Int = 0) {
        self.file = file
        self.log = DiagnosticLog(stage: stage)
        self.lineOffset = lineOffset
    }

    var stage: Stage { log.stage }

    var diagnostics: [Diagnostic] { log.items }

    var hasErrors: Bool { log.hasErrors }

    func error(_ location: SourceLocation, _ message: String) { log.error(location, message) }

    func warning(_ location: SourceLocation, _ message: String) { log.warning(location, message) }

    /// Parses one YAML document; a syntax error becomes a diagnostic at the place libyaml reports.
    func parse(_ text: String) -> Node? {
        if let refusal = YAMLGuard.check(text) {
            error(SourceLocation(file: file, line: refusal.line + lineOffset, column: refusal.column), refusal.message)
            return nil
        }
        do {
            guard let node = try Yams.compose(yaml: text) else {
                error(SourceLocation(file: file, line: lineOffset + 1, column: 1), "expected a YAML mapping, found an empty document")
                return nil
            }
            return node
        } catch let yamlError as YamlError {
            let (mark, problem) = Self.describe(yamlError)
            let line = (mark?.line ?? 0) + (mark == nil ? 0 : lineOffset)
            error(SourceLocation(file: file, line: line, column: mark?.column ?? 0), "invalid YAML: \(problem)")
        } catch {
            self.error(SourceLocation(file: file), "invalid YAML: \(error)")
        }
        return nil
    }

    private static func describe(_ error: YamlError) -> (Mark?, String) {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return (mark, problem)
        case let .duplicatedKeysInMapping(duplicates, context):
            return (context.mark, "duplicate key \(duplicates.joined(separator: ", "))")
        default:
            return (nil, "\(error)")
        }
    }

    func location(_ node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    // MARK: Shapes

    func mapping(_ node: Node?, _ what: String) -> Node.Mapping? {
        guard let node else { return nil }
        if case .mapping(let mapping) = node { return mapping }
        error(location(node), "expected \(what) to be a mapping of keys to values, found \(Self.kind(node))")
        return nil
    }

    func sequence(_ node: Node?, _ what: String) -> [Node]? {
        guard let node else { return nil }
        if case .sequence(let sequence) = node { return Array(sequence) }
        error(location(node), "expected \(what) to be a list, found \(Self.kind(node))")
        return nil
    }

    static func kind(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return scalar.string.isEmpty ? "an empty value" : "\"\(scalar.string)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// Reports keys that are not part of the format, suggesting the key that was probably meant: a misspelt key
    /// would otherwise be silently ignored. A warning, or an error where `unknownIsError` (report.yaml's own
    /// keys: they include privacy settings, so a misspelt one must not build with the default).
    func checkKeys(_ mapping: Node.Mapping, allowed: [String], in what: String, unknownIsError: Bool = false) {
        for (key, _) in mapping {
            let name = key.string ?? ""
            if !allowed.contains(name) {
                let message = "unknown key \(Quote.input(name)) in \(what) (\(Suggestion.hint(for: name, among: allowed)))"
                if unknownIsError {
                    error(location(key), message + ": these settings include privacy rules, so an unknown key stops the build")
                } else {
                    warning(location(key), message)
                }
            }
        }
    }

    // MARK: Scalars

    /// A scalar's text, held to `TextRules` for its kind (length, no control or bidirectional characters).
    func scalarText(_ node: Node?, _ what: String, _ kind: TextRules.Kind = .text) -> String? {
        guard let node else { return nil }
        if case .scalar(let scalar) = node {
            if let problem = TextRules.problem(scalar.string, kind, what: what) {
                error(location(node), problem)
                return nil
            }
            return scalar.string
        }
        error(location(node), "expected \(what) to be a text value, found \(Self.kind(node))")
        return nil
    }

    func string(_ mapping: Node.Mapping, _ key: String, in what: String, required: Bool = true, _ kind: TextRules.Kind = .text) -> String? {
        guard let node = mapping[key] else {
            if required { error(location(.mapping(mapping)), "missing required key '\(key)' in \(what)") }
            return nil
        }
        guard let text = scalarText(node, "'\(key)'", kind) else { return nil }
        if required && text.trimmingCharacters(in: .whitespaces).isEmpty {
            error(location(node), "expected a non-empty value for '\(key)' in \(what)")
            return nil
        }
        return text
    }

    func bool(_ mapping: Node.Mapping, _ key: String, in what: String) -> Bool? {
        guard let text = string(mapping, key, in: what, required: false, .name) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error(location(mapping[key]), "expected true or false for '\(key)' in \(what), found \(Quote.input(text))")
            return nil
        }
    }

    func stringList(_ mapping: Node.Mapping, _ key: String, in what: String, _ kind: TextRules.Kind = .name) -> [String]? {
        guard let node = mapping[key] else { return nil }
        guard let nodes = sequence(node, "'\(key)' in \(what)") else { return nil }
        return nodes.compactMap { scalarText($0, "an entry of '\(key)'", kind) }
    }
}

extension Node.Mapping {
    subscript(key: String) -> Node? {
        for (name, value) in self where name.string == key { return value }
        return nil
    }
}

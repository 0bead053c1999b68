import Foundation
import Mustache

/// The Mustache templates of a build: the theme folder (the built-in default or `--templates`), with any file
/// of the report folder's own `templates/` replacing the theme's file of the same name.
struct TemplateSet {
    static let pages = ["index", "dimension", "methodology", "roadmap", "benchmark", "trends", "breakdown", "units"]

    let library: MustacheLibrary
    /// Template name → the file it came from, for messages.
    let sources: [String: String]

    static func load(theme: String, overrides: String?) throws(BuildFailure) -> TemplateSet {
        var log = DiagnosticLog(stage: .render)
        guard FileAccess.isDirectory(theme) else {
            throw BuildFailure([Diagnostic(.error, .render, SourceLocation(file: theme), "template folder does not exist")])
        }
        var files: [String: String] = [:]
        // A theme is closed like a report folder: its own real path first (it may be given as a link), then
        // nothing under it may lead out. A report's own overrides stay inside the report folder.
        for folder in [theme] + (overrides.map { [$0] } ?? []) where FileAccess.isDirectory(folder) {
            let owner = folder == theme ? theme : (folder as NSString).deletingLastPathComponent
            let (listed, problems) = FileAccess.containedFiles(under: folder, root: ReportPaths.realPath(owner) ?? owner,
                                                               what: "template", stage: .render)
            log.append(contentsOf: problems)
            for name in listed where name.hasSuffix(".mustache") {
                files[String(name.dropLast(".mustache".count))] = folder + "/" + name
            }
        }
        MustacheContentTypes.register(HTMLBytes(), named: HTMLBytes.name)
        var library = MustacheLibrary()
        var texts: [String: String] = [:]
        for (name, path) in files.sorted(by: { $0.key < $1.key }) {
            switch FileAccess.readText(path, display: path, stage: .render) {
            case .failure(let problem): log.append(contentsOf: [problem])
            case .success(let text):
                texts[name] = text
                do {
                    library.register(try MustacheTemplate(string: HTMLBytes.pragma + text), named: name)
                } catch let error as MustacheTemplate.ParserError {
                    // The pragma line is not the author's: count lines as in their file.
                    log.error(SourceLocation(file: path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber),
                              "invalid Mustache template: \(describe(error.error))")
                } catch {
                    log.error(SourceLocation(file: path), "invalid Mustache template: \(error)")
                }
            }
        }
        for page in pages where files[page] == nil {
            log.error(SourceLocation(file: theme + "/\(page).mustache"), "missing page template '\(page).mustache' (looked in \(([theme] + (overrides.map { [$0] } ?? [])).joined(separator: " and ")))")
        }
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            for reference in PartialReferences.find(in: text) where files[reference.name] == nil {
                log.error(SourceLocation(file: files[name] ?? name, line: reference.line, column: reference.column),
                          "template refers to '\(reference.name)', but no \(reference.name).mustache exists")
            }
        }
        if log.hasErrors { throw BuildFailure(log.items) }
        return TemplateSet(library: library, sources: files)
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case MustacheTemplate.Error.unfinishedName: return "a tag is not closed with }}"
        case MustacheTemplate.Error.expectedSectionEnd: return "a section is opened but never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: return "a set-delimiter tag is malformed"
        default: return "\(error)"
        }
    }
}

/// The HTML escaping of `{{tag}}`s: the same five characters as Mustache's own escaper (`& < > " '`), done on
/// bytes, several times faster. Every template and partial starts with its pragma, added on loading (partials
/// would otherwise fall back to the built-in escaper); a theme's templates get it too, so they need nothing.
struct HTMLBytes: MustacheContentType {
    static let name = "MATURITY_HTML"
    /// A line of its own, which Mustache drops from the output like any standalone tag.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    func escapeText(_ text: String) -> String { HTML.escape(text) }
}

/// Finds `{{> name}}` and `{{< name}}` tags, so that a reference to a template that does not exist is an error
/// (Mustache itself would render it as nothing).
enum PartialReferences {
    struct Reference { var name: String; var line: Int; var column: Int }

    static func find(in text: String) -> [Reference] {
        var found: [Reference] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let after = rest[open.upperBound...]
                guard let marker = after.first, marker == ">" || marker == "<", let close = after.range(of: "}}") else {
                    rest = after
                    continue
                }
                let name = after[after.index(after: after.startIndex)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if !name.isEmpty && !name.hasPrefix("*") {
                    let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                    found.append(Reference(name: name, line: lineIndex + 1, column: column))
                }
                rest = after[close.upperBound...]
            }
        }
        return found
    }
}

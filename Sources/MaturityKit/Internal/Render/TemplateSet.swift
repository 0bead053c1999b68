import Foundation
import Mustache

/// The theme of a build: the theme folder (the built-in default or `--templates`), with any file of the report
/// folder's own `templates/` replacing the theme's file of the same name. A theme is Mustache templates plus
/// `strings.yaml` (its wording) and `palette.yaml` (its colours and chart sizes); those two are read over the
/// built-in ones key by key, so a theme only needs the keys it changes.
struct TemplateSet: Sendable {
    /// Templates every theme has, so that a theme author can rely on them: each page's own template, and the
    /// partials that render every data table, the navigation, the stage ladder and the two parts of the email.
    static let required = PageRegistry.templates + ["layout", "table", "nav", "stage-ladder", "email", "email-text", "questionnaire"]
    /// Templates rendered as plain text: nothing in them is HTML-escaped.
    static let plainText: Set<String> = ["email-text"]

    let library: MustacheLibrary
    /// Template name → the file it came from, for messages.
    let sources: [String: String]
    let strings: ThemeStrings
    let palette: ThemePalette
    /// The reader's language: its CLDR data, and the strings file of that language the strings came from.
    let locale: ReportLocale

    var words: Words { Words(strings: strings, locale: locale) }
    var globals: Globals { Globals(strings: StringsBox(strings), palette: PaletteBox(palette), locale: LocaleBox(locale)) }
    /// The theme's `table` partial as written, with its strings in (what `TableRenderer` checks).
    let tableText: String

    func tableRenderer() -> TableRenderer { TableRenderer(library: library, globals: globals, partialText: tableText) }

    /// `language` is a canonical BCP 47 tag; `location` is where it was given (report.yaml or `--language`).
    static func load(
        theme: String, overrides: String?, language: String = "en", at location: SourceLocation? = nil
    ) throws(BuildFailure) -> TemplateSet {
        var log = DiagnosticLog(stage: .render)
        guard FileAccess.isDirectory(theme) else {
            throw BuildFailure([Diagnostic(.error, .render, SourceLocation(file: theme), "template folder does not exist")])
        }
        var files: [String: String] = [:]
        var dataFiles: [(name: String, path: String)] = []
        // A theme is closed like a report folder: its own real path first (it may be given as a link), then
        // nothing under it may lead out. A report's own overrides stay inside the report folder.
        for folder in [theme] + (overrides.map { [$0] } ?? []) where FileAccess.isDirectory(folder) {
            let owner = folder == theme ? theme : (folder as NSString).deletingLastPathComponent
            let (listed, problems) = FileAccess.containedFiles(
                under: folder, root: ReportPaths.realPath(owner) ?? owner,
                what: "template", stage: .render)
            log.append(contentsOf: problems)
            for name in listed where name.hasSuffix(".mustache") {
                files[String(name.dropLast(".mustache".count))] = folder + "/" + name
            }
            for name in listed.sorted() where name == "palette.yaml" || StringsFiles.isStringsFile(name) {
                dataFiles.append((name, folder + "/" + name))
            }
        }
        MustacheContentTypes.register(HTMLBytes(), named: HTMLBytes.name)
        let locale = try StringsFiles.locale(language, files: dataFiles, at: location ?? SourceLocation(file: "report.yaml"))
        let (strings, palette) = readData(dataFiles, theme: theme, locale: locale, log: &log)
        var library = MustacheLibrary()
        var texts: [String: String] = [:]
        for (name, path) in files.sorted(by: { $0.key < $1.key }) {
            switch FileAccess.readText(path, display: path, stage: .render) {
            case .failure(let problem): log.append(contentsOf: [problem])
            case .success(let text):
                texts[name] = text
                let pragma = plainText.contains(name) ? "{{% CONTENT_TYPE: TEXT}}\n" : HTMLBytes.pragma
                do {
                    // Checked as the author wrote it, so that a message points at their line and column; then
                    // compiled with the theme's strings written in (see `ThemeStrings.inline`).
                    _ = try MustacheTemplate(string: pragma + text)
                    library.register(try MustacheTemplate(string: pragma + strings.inline(into: text)), named: name)
                } catch let error as MustacheTemplate.ParserError {
                    // The pragma line is not the author's: count lines as in their file.
                    log.error(
                        SourceLocation(file: path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber),
                        "invalid Mustache template: \(describe(error.error))")
                } catch {
                    log.error(SourceLocation(file: path), "invalid Mustache template: \(error)")
                }
            }
        }
        for name in required where files[name] == nil {
            log.error(
                SourceLocation(file: theme + "/\(name).mustache"),
                "missing template '\(name).mustache' (looked in \(([theme] + (overrides.map { [$0] } ?? [])).joined(separator: " and ")))")
        }
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            for reference in PartialReferences.find(in: text) where files[reference.name] == nil {
                log.error(
                    SourceLocation(file: files[name] ?? name, line: reference.line, column: reference.column),
                    "template refers to '\(reference.name)', but no \(reference.name).mustache exists")
            }
            for reference in PartialReferences.strings(in: text) where strings.pieces[reference.name] == nil && !strings.isPluralForm(reference.name) {
                log.error(
                    SourceLocation(file: files[name] ?? name, line: reference.line, column: reference.column),
                    "template uses the string 't.\(reference.name)', which no strings.yaml defines")
            }
        }
        if log.hasErrors { throw BuildFailure(log.items) }
        return TemplateSet(
            library: library, sources: files, strings: strings, palette: palette, locale: locale,
            tableText: strings.inline(into: texts["table"] ?? ""))
    }

    /// The built-in strings and palette, then the theme's and the report's files over them. English is
    /// `strings.yaml`; another language is `strings.<language>.yaml`, then `strings.<tag>.yaml` for a regional
    /// form, each file replacing single keys, and it must have every key English has (`StringsFiles.check`).
    private static func readData(
        _ files: [(name: String, path: String)], theme: String, locale: ReportLocale,
        log: inout DiagnosticLog
    ) -> (ThemeStrings, ThemePalette) {
        var english = ThemeStrings(), palette = ThemePalette()
        let builtIn = BuiltIns.templatesDirectory
        for name in ["strings.yaml", "palette.yaml"] {
            guard case .success(let text) = FileAccess.readText(builtIn + "/" + name, display: name, stage: .render) else { continue }
            if name == "strings.yaml" {
                english.read(text, file: name, known: nil, into: &log)
            } else {
                palette.read(text, file: name, builtIn: nil, into: &log)
            }
        }
        let known = StringsFiles.known(english), defaults = palette
        let wanted = StringsFiles.names(for: locale.tag)
        var strings = locale.language == "en" ? english : ThemeStrings()
        // The built-in file of the language, then the theme's and the report's, then the regional ones.
        let stringFiles = wanted.flatMap { name in
            [(name: name, path: builtIn + "/" + name)].filter { $0.name != "strings.yaml" && FileAccess.exists($0.path) }
                + files.filter { $0.name == name && $0.path != builtIn + "/" + name }
        }
        for file in stringFiles + files.filter({ $0.name == "palette.yaml" && $0.path != builtIn + "/palette.yaml" }) {
            switch FileAccess.readText(file.path, display: file.path.hasPrefix(builtIn + "/") ? file.name : file.path, stage: .render) {
            case .failure(let problem): log.append(contentsOf: [problem])
            case .success(let text):
                if file.name == "palette.yaml" {
                    palette.read(text, file: file.path, builtIn: defaults, into: &log)
                } else {
                    strings.read(text, file: file.path.hasPrefix(builtIn + "/") ? file.name : file.path, known: known, into: &log)
                }
            }
        }
        strings.useDigits(of: locale.numbers)
        if locale.language != "en" {
            StringsFiles.check(strings, against: english, locale: locale, file: stringFiles.first?.path ?? "strings.\(locale.language).yaml", into: &log)
        }
        return (strings, palette)
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

    /// Finds `t.key` in tags (`{{t.key}}`, `{{#t.key}}`), the theme's strings that a template uses.
    static func strings(in text: String) -> [Reference] {
        var found: [Reference] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                var after = rest[open.upperBound...]
                guard let close = after.range(of: "}}") else { break }
                let tag = after[..<close.lowerBound].drop { "{#^/&! ".contains($0) }
                if tag.hasPrefix("t.") {
                    let name = tag.dropFirst(2).prefix { ThemeStrings.keyCharacters.contains($0) }
                    let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                    found.append(Reference(name: String(name), line: lineIndex + 1, column: column))
                }
                after = after[close.upperBound...]
                rest = after
            }
        }
        return found
    }
}

import Foundation
import Yams

/// Reads `report.yaml` into `ReportSettings`. Cross-references (stages, dimensions, files) are checked later
/// by `ReportValidator`, once the model is known.
enum ReportLoader {
    /// The keys of report.yaml and of its parts; schemas/report.schema.json lists the same (SchemaTests).
    static let keys = [
        "title", "organisation", "date", "model", "targets", "waves", "attributes", "min_group_size",
        "unsafe_html", "branding", "benchmarks", "site_url", "email", "units", "units_email", "outcomes",
        "themes", "min_comment_group_size", "redact", "language",
    ]
    static let targetKeys = ["default", "dimensions"]
    static let waveKeys = ["id", "date", "responses", "scores", "criteria", "format", "columns", "comments"]
    static let brandingKeys = ["primary_color", "logo", "stylesheet"]

    /// The values of a wave's `format:` that messages name.
    static let formatNames = ["auto", "plain", "qualtrics", "google-forms", "microsoft-forms"]

    static func read(text: String, file: String) -> (ReportSettings?, [Diagnostic]) {
        let reader = YAMLReader(file: file)
        guard let root = reader.mapping(reader.parse(text), "report.yaml") else { return (nil, reader.diagnostics) }
        reader.checkKeys(root, allowed: keys, in: "report.yaml", unknownIsError: true)
        var locations: [String: SourceLocation] = [:]
        for (key, value) in root { locations[key.string ?? ""] = reader.location(value) }
        let what = "report.yaml"
        let title = reader.string(root, "title", in: what, .title)
        let organisation = reader.string(root, "organisation", in: what, .name)
        let date = reader.string(root, "date", in: what, .name)
        if let date, let problem = ReportDate.problem(date, key: "date") { reader.error(reader.location(root["date"]), problem) }
        let model = reader.string(root, "model", in: what, required: false, .name) ?? "cx-capabilities"
        let (defaultTarget, overrides) = readTargets(root, reader)
        let waves = readWaves(root, reader)
        let attributes = reader.stringList(root, "attributes", in: what) ?? []
        let minGroupSize = reader.int(root, "min_group_size", in: what, required: false, range: 1...1_000_000) ?? 5
        let unsafeHTML = reader.bool(root, "unsafe_html", in: what) ?? false
        let branding = readBranding(root, reader)
        let benchmarks = reader.stringList(root, "benchmarks", in: what) ?? []
        let siteURL = readSiteURL(root, reader)
        var email = readEmail(root, reader)
        email.units = readUnitsEmail(root, reader)
        guard let title, let organisation, let date, !reader.hasErrors else { return (nil, reader.diagnostics) }
        let settings = ReportSettings(
            title: title, organisation: organisation, date: date, modelReference: model, defaultTarget: defaultTarget,
            targetOverrides: overrides, waves: waves, attributes: attributes, minGroupSize: minGroupSize,
            unsafeHTML: unsafeHTML, branding: branding, benchmarks: benchmarks, locations: locations,
            siteURL: siteURL, email: email)
        var withUnits = settings
        withUnits.attributeLocations = root["attributes"]?.sequence?.map { reader.location($0) } ?? []
        withUnits.units = reader.string(root, "units", in: what, required: false, .name)
        withUnits.outcomes = reader.string(root, "outcomes", in: what, required: false, .name)
        if let outcomes = withUnits.outcomes, !(outcomes.hasSuffix(".yaml") || outcomes.hasSuffix(".yml")) || outcomes.contains("..") {
            reader.error(reader.location(root["outcomes"]), "expected 'outcomes' to be a .yaml file inside the report folder, found \(Quote.input(outcomes))")
        }
        withUnits.voices = readVoices(root, reader)
        if let tag = reader.string(root, "language", in: what, required: false, .name) {
            if let canonical = LanguageTag.canonical(tag) {
                withUnits.language = canonical
            } else {
                reader.error(reader.location(root["language"]), LanguageTag.syntaxProblem(tag))
            }
        }
        guard !reader.hasErrors else { return (nil, reader.diagnostics) }
        if let units = withUnits.units, !attributes.contains(units) {
            reader.error(
                reader.location(root["units"]),
                "unknown attribute \(Quote.input(units)) in 'units' (\(Suggestion.hint(for: units, among: attributes)))")
            return (nil, reader.diagnostics)
        }
        return (withUnits, reader.diagnostics)
    }

    private static func readTargets(_ root: Node.Mapping, _ reader: YAMLReader) -> (String, [(String, String, SourceLocation)]) {
        guard let map = reader.mapping(root["targets"], "'targets'") else { return ("", []) }
        reader.checkKeys(map, allowed: targetKeys, in: "'targets'")
        let fallback = reader.string(map, "default", in: "'targets'", required: false, .name) ?? ""
        var overrides: [(String, String, SourceLocation)] = []
        if let dimensions = reader.mapping(map["dimensions"], "'targets.dimensions'") {
            for (key, value) in dimensions {
                if let stage = reader.scalarText(value, "a target stage", .name) { overrides.append((key.string ?? "", stage, reader.location(key))) }
            }
        }
        return (fallback, overrides)
    }

    private static func readWaves(_ root: Node.Mapping, _ reader: YAMLReader) -> [ReportSettings.WaveSettings] {
        guard let nodes = reader.sequence(root["waves"], "'waves'") else {
            if root["waves"] == nil {
                reader.error(reader.location(.mapping(root)), "missing required key 'waves' in report.yaml (at least one wave of responses)")
            }
            return []
        }
        if nodes.isEmpty { reader.error(reader.location(root["waves"]), "expected at least one wave in 'waves', found none") }
        return nodes.compactMap { node in
            guard let map = reader.mapping(node, "a wave") else { return nil }
            reader.checkKeys(map, allowed: waveKeys, in: "a wave")
            guard let id = reader.string(map, "id", in: "a wave", .name) else { return nil }
            let what = "wave '\(id)'"
            let format = reader.surveyFormat(map, in: what)
            var columns: [(key: String, header: String, location: SourceLocation)] = []
            if let columnMap = reader.mapping(map["columns"], "'columns' of \(what)") {
                for (key, value) in columnMap {
                    if let header = reader.scalarText(value, "a column header") { columns.append((key.string ?? "", header, reader.location(key))) }
                }
            }
            let sources = [WaveKind.survey, .scores, .criteria].filter { map[$0.rawValue] != nil }
            guard sources.count == 1, let kind = sources.first else {
                reader.error(
                    reader.location(node),
                    "expected exactly one of 'responses' (a CSV), 'scores' or 'criteria' (a YAML file) in \(what), found \(sources.isEmpty ? "none" : sources.map(\.rawValue).joined(separator: " and "))"
                )
                return nil
            }
            var parts: [String] = []
            if kind == .survey, case .sequence = map["responses"] {
                // A wave of several files: the list's first file stands for the wave, the others are merged into it.
                let files = reader.stringList(map, "responses", in: what) ?? []
                guard let first = files.first else {
                    reader.error(reader.location(map["responses"]), "expected at least one file in 'responses' of \(what), found none")
                    return nil
                }
                // The same file twice would count its respondents twice.
                if let twice = files.enumerated().first(where: { files[..<$0.offset].contains($0.element) })?.element {
                    reader.error(
                        reader.location(map["responses"]),
                        "\(Quote.input(twice)) is listed twice in 'responses' of \(what); each file's respondents would be counted twice")
                    return nil
                }
                parts = [first] + files.dropFirst()
            }
            guard let date = reader.string(map, "date", in: what, .name),
                let source = parts.first ?? reader.string(map, kind.rawValue, in: what, .name)
            else { return nil }
            if let problem = ReportDate.problem(date, key: "date", in: what) { reader.error(reader.location(map["date"]), problem) }
            var wave = ReportSettings.WaveSettings(
                id: id, date: date, responses: source, location: reader.location(node), kind: kind, format: format, columns: columns)
            wave.parts = Array(parts.dropFirst())
            wave.comments = readComments(map, reader, what: what)
            return wave
        }
    }

    private static func readBranding(_ root: Node.Mapping, _ reader: YAMLReader) -> ReportSettings.Branding {
        var branding = ReportSettings.Branding(primaryColor: "#1f4e79", logo: nil)
        guard let map = reader.mapping(root["branding"], "'branding'") else { return branding }
        reader.checkKeys(map, allowed: brandingKeys, in: "'branding'")
        if let colour = reader.string(map, "primary_color", in: "'branding'", required: false, .name) {
            if HexColour(colour) == nil {
                reader.error(reader.location(map["primary_color"]), "expected 'primary_color' as #rrggbb, found \(Quote.input(colour))")
            } else {
                branding.primaryColor = colour.lowercased()
            }
        }
        branding.logo = reader.string(map, "logo", in: "'branding'", required: false, .name)
        branding.stylesheet = reader.string(map, "stylesheet", in: "'branding'", required: false, .name)
        return branding
    }

    /// `site_url`: an http(s) address the email edition links to; a "/" is added when missing.
    private static func readSiteURL(_ root: Node.Mapping, _ reader: YAMLReader) -> String? {
        guard let url = reader.string(root, "site_url", in: "report.yaml", required: false, .name) else { return nil }
        if let problem = SiteURL.problem(url) {
            reader.error(reader.location(root["site_url"]), problem)
            return nil
        }
        return url.hasSuffix("/") ? url : url + "/"
    }
}

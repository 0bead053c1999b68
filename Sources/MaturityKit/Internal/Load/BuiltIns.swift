import Foundation

/// The models, default templates and editor schemas that ship with the tool. They live in the package's resource bundle,
/// which SwiftPM places beside the executable, so they are found whatever the working directory is.
public enum BuiltIns {
    static var resourceRoot: URL { Bundle.module.resourceURL ?? Bundle.module.bundleURL }

    /// The default theme's folder of Mustache templates.
    public static var templatesDirectory: String { resourceRoot.appendingPathComponent("templates").path }

    static var modelsDirectory: String { resourceRoot.appendingPathComponent("models").path }

    /// The editor schemas (JSON Schema), one per kind of YAML file; `init` copies them into a new report folder.
    static var schemasDirectory: String { resourceRoot.appendingPathComponent("schemas").path }

    /// File names of the editor schemas (`report.schema.json`, …), sorted.
    static var schemaNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: schemasDirectory)) ?? []).filter { $0.hasSuffix(".schema.json") }.sorted()
    }

    /// Ids of the built-in models, sorted. A model's translations (`cx-tracks.de.yaml`, a second dot in the
    /// name) are not models of their own.
    public static var modelIDs: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: modelsDirectory)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.filter { !$0.contains(".") }.sorted()
    }

    /// The languages a built-in model is translated into (canonical tags of its `<id>.<language>.yaml` files), sorted.
    static func overlayLanguages(id: String) -> [String] {
        guard Identifier.isSafe(id) else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: modelsDirectory)) ?? []
        return names.compactMap { ModelOverlayLoader.language(ofFile: $0, base: id) }.sorted()
    }

    /// The YAML text of a built-in model's translation into `language` (a canonical tag), or nil.
    static func overlayText(id: String, language: String) -> String? {
        guard Identifier.isSafe(id), LanguageTag.canonical(language) == language else { return nil }
        return try? String(contentsOfFile: modelsDirectory + "/\(id).\(language).yaml", encoding: .utf8)
    }

    /// The YAML text of a built-in model, or nil when no built-in model has that id.
    public static func modelText(id: String) -> String? {
        guard Identifier.isSafe(id) else { return nil }
        return try? String(contentsOfFile: modelsDirectory + "/\(id).yaml", encoding: .utf8)
    }
}

import PackagePlugin

/// Generates the `MustacheParent` lookups of the types marked `TemplateData` into this plugin's work folder at
/// build time. Every Swift file of the target is an input, so SwiftPM runs the tool again whenever one changes
/// (a field added, a struct moved to another file); the tool itself only parses files that name the marker.
@main
struct MustacheLookups: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target as? SourceModuleTarget else { return [] }
        let sources = module.sourceFiles(withSuffix: "swift").map(\.url).sorted { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "TemplateData+Mustache.swift")
        return [
            .buildCommand(
                displayName: "Generating Mustache lookups for \(target.name)",
                executable: try context.tool(named: "MustacheLookupsTool").url,
                arguments: [output.path] + sources.map(\.path),
                inputFiles: sources,
                outputFiles: [output]
            )
        ]
    }
}

/// What a build needs to know.
public struct BuildOptions: Sendable {
    /// The report folder (report.yaml, commentary/, waves/, assets/, templates/).
    public var content: String
    /// The site folder to create or replace.
    public var output: String
    /// The theme's template folder; nil for the built-in default theme.
    public var templates: String?
    /// Keep files in `output` that this tool did not write, instead of refusing to build.
    public var force: Bool
    /// The reader's language (`--language`), over report.yaml's `language:`; nil to keep the report's.
    public var language: String?
    /// Told the name of each step as it starts (the CLI shows it on a terminal); nil to stay quiet.
    public var progress: (@Sendable (String) -> Void)?

    public init(content: String = "content", output: String = "output", templates: String? = nil, force: Bool = false, language: String? = nil) {
        self.language = language
        self.content = content
        self.output = output
        self.templates = templates
        self.force = force
    }
}

/// What a finished build reports back.
public struct BuildSummary: Sendable {
    public var files: [String]
    public var warnings: [Diagnostic]
}

/// The report site: `build` runs `Pipeline.build` (load → validate → read waves → score → views → render →
/// check links → write), `check` runs `Pipeline.check` (the same, with every page rendered and nothing
/// written). Every step reports into one sink; a step with errors stops the run, and the sink's diagnostics,
/// warnings included, are thrown together.
public enum Site {
    public static func build(_ options: BuildOptions) throws(BuildFailure) -> BuildSummary {
        let context = try Pipeline.build.run(options)
        return BuildSummary(files: context.files.map(\.path), warnings: context.sink.diagnostics)
    }

    /// Runs every step except writing: all problems, nothing written.
    public static func check(_ options: BuildOptions) throws(BuildFailure) -> [Diagnostic] {
        try Pipeline.check.run(options).sink.diagnostics
    }
}

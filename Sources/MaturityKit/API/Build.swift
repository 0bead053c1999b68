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
    /// Told the name of each step as it starts (the CLI shows it on a terminal); nil to stay quiet.
    public var progress: (@Sendable (String) -> Void)?

    public init(content: String = "content", output: String = "output", templates: String? = nil, force: Bool = false) {
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

/// The pipeline, one named step after another: load → validate → score → view models → render → write.
/// Each step is a plain function of the previous step's value; a step that finds errors throws them all.
public enum Site {
    public static func build(_ options: BuildOptions) throws(BuildFailure) -> BuildSummary {
        var warnings: [Diagnostic] = []
        let step = options.progress ?? { _ in }
        do {
            step("Reading \(options.content)")
            let (loaded, loadWarnings) = try LoadReport.run(folder: options.content)          // load + validate
            warnings += loadWarnings
            step("Scoring \(loaded.settings.waves.count) wave(s)")
            let (scored, scoreWarnings) = try ScoreReport.run(loaded)                          // score
            warnings += scoreWarnings
            step("Rendering pages")
            let templates = try TemplateSet.load(theme: options.templates ?? BuiltIns.templatesDirectory,
                                                 overrides: options.content + "/templates")
            let views = BuildViews.run(scored, theme: templates)                               // view models
            let files = try RenderSite.run(views, templates: templates, reportFolder: options.content)  // render
            warnings += LinkCheck.run(loaded, files: files)
            step("Writing \(files.count) files to \(options.output)")
            try OutputWriter.run(files, to: options.output, force: options.force)                        // write
            return BuildSummary(files: files.map(\.path), warnings: warnings)
        } catch {
            throw BuildFailure(merge(warnings, error.diagnostics))
        }
    }

    /// Runs every step except writing: all problems, nothing written.
    public static func check(_ options: BuildOptions) throws(BuildFailure) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        do throws(BuildFailure) {
            let (loaded, loadWarnings) = try LoadReport.run(folder: options.content)
            warnings += loadWarnings
            let (scored, scoreWarnings) = try ScoreReport.run(loaded)
            warnings += scoreWarnings
            let templates = try TemplateSet.load(theme: options.templates ?? BuiltIns.templatesDirectory,
                                                 overrides: options.content + "/templates")
            let files = try RenderSite.run(BuildViews.run(scored, theme: templates), templates: templates, reportFolder: options.content)
            let problems = files.compactMap { file -> Diagnostic? in
                if case .failure(let problem) = file.contents() { return problem }
                return nil
            }
            if !problems.isEmpty { throw BuildFailure(problems) }
            return warnings + LinkCheck.run(loaded, files: files)
        } catch {
            throw BuildFailure(merge(warnings, error.diagnostics))
        }
    }

    /// Earlier warnings first, without repeating any diagnostic a step already carried along.
    private static func merge(_ earlier: [Diagnostic], _ later: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return (earlier + later).filter { seen.insert($0).inserted }
    }
}

import Foundation

/// The load step: reads every file of a report folder that report.yaml and its folders name (settings, model,
/// assets, commentary, benchmarks, roadmap) and reports each problem into the sink. Response files are read
/// by `ReadWaves`, once `ValidateReport` has checked where they are. Nil only when nothing can be
/// cross-checked: no report folder, no readable report.yaml or model.
enum LoadReport {
    /// What the load step read, with what the validate step needs to check it.
    struct Folder {
        var report: LoadedReport
        var paths: ReportPaths
        /// Every file of assets/, before the safe-name filter of `LoadedReport.assetFiles`.
        var assets: [String]
    }

    /// `language` (`--language`) replaces report.yaml's `language:`; a tag that is not BCP 47 is an error here,
    /// one the theme has no strings for is an error of the theme step.
    static func run(folder: String, language: String? = nil, sink: DiagnosticSink) -> Folder? {
        let reportFile = folder + "/report.yaml"
        guard FileAccess.isDirectory(folder), let paths = ReportPaths(folder: folder) else {
            sink.report(Diagnostic(.error, .load, SourceLocation(file: folder), "report folder does not exist"))
            return nil
        }
        if let problem = paths.problem("report.yaml", what: "file", at: SourceLocation(file: reportFile)) {
            sink.report(problem)
            return nil
        }
        let settings: ReportSettings
        switch FileAccess.readText(reportFile, display: reportFile) {
        case .failure(let problem):
            sink.report(problem)
            return nil
        case .success(let text):
            let (read, found) = ReportLoader.read(text: text, file: reportFile)
            sink.report(found)
            guard var read else { return nil }
            if let language {
                guard let canonical = LanguageTag.canonical(language) else {
                    sink.report(Diagnostic(.error, .load, SourceLocation(file: "--language"), LanguageTag.syntaxProblem(language)))
                    return nil
                }
                read.language = canonical
                read.locations["language"] = SourceLocation(file: "--language")
            }
            settings = read
        }
        guard let model = loadModel(settings, paths: paths, reportFile: reportFile, sink: sink) else { return nil }
        let (assets, assetProblems) = AssetCheck.run(paths: paths)
        sink.report(assetProblems)
        let (overview, dimensionCommentary) = loadCommentary(paths: paths, model: model, sink: sink)
        let benchmarks = loadBenchmarks(settings, paths: paths, reportFile: reportFile, model: model, sink: sink)
        let initiatives = loadRoadmap(paths: paths, model: model, sink: sink)
        var report = LoadedReport(
            folder: folder, settings: settings, model: model, overview: overview,
            dimensionCommentary: dimensionCommentary, benchmarks: benchmarks, initiatives: initiatives,
            assetFiles: assets.filter { Identifier.isSafePath($0) })
        report.outcomes = loadOutcomes(settings, paths: paths, reportFile: reportFile, model: model, sink: sink)
        report.voices = VoicesLoader.load(settings, paths: paths, reportFile: reportFile, model: model, sink: sink)
        return Folder(report: report, paths: paths, assets: assets)
    }

    private static func loadModel(
        _ settings: ReportSettings, paths: ReportPaths, reportFile: String,
        sink: DiagnosticSink
    ) -> MaturityModel? {
        let reference = settings.modelReference
        let text: String
        let source: String
        if reference.contains("/") || reference.hasSuffix(".yaml") || reference.hasSuffix(".yml") {
            source = paths.folder + "/" + reference
            if let problem = paths.problem(reference, what: "model file", at: settings.location(of: "model", file: reportFile)) {
                sink.report(problem)
                return nil
            }
            switch FileAccess.readText(
                source, display: source, subject: "model file \(Quote.input(reference))", at: settings.location(of: "model", file: reportFile))
            {
            case .failure(let problem):
                sink.report(problem)
                return nil
            case .success(let read): text = read
            }
        } else if let builtIn = BuiltIns.modelText(id: reference) {
            (text, source) = (builtIn, "built-in:\(reference)")
        } else {
            let ids = BuiltIns.modelIDs
            let hint = Suggestion.hint(
                for: reference, among: ids, otherwise: "expected a built-in model: \(ids.joined(separator: ", ")), or a path such as models/custom.yaml")
            sink.report(Diagnostic(.error, .load, settings.location(of: "model", file: reportFile), "unknown model '\(reference)' (\(hint))"))
            return nil
        }
        let (read, found) = ModelLoader.load(text: text, file: source)
        sink.report(found)
        guard let read else { return nil }
        let builtIn = source.hasPrefix("built-in:")
        let (overlays, problems) =
            builtIn ? ModelOverlayLoader.builtIn(id: reference, model: read) : ModelOverlayLoader.beside(reference, paths: paths, model: read)
        sink.report(problems)
        guard !problems.contains(where: { $0.severity == .error }) else { return nil }
        let (model, incomplete) = ModelLanguages.localise(read, overlays: overlays, language: settings.language)
        sink.report(incomplete)
        return model
    }

    private static func loadBenchmarks(
        _ settings: ReportSettings, paths: ReportPaths, reportFile: String, model: MaturityModel,
        sink: DiagnosticSink
    ) -> [BenchmarkSet] {
        var sets: [BenchmarkSet] = []
        var ids = Set<String>()
        for relative in settings.benchmarks {
            let path = paths.folder + "/" + relative
            guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml"), !relative.contains("..") else {
                sink.report(
                    Diagnostic(
                        .error, .load, settings.location(of: "benchmarks", file: reportFile),
                        "expected a benchmark set as a .yaml file inside the report folder, found \(Quote.input(relative))"))
                continue
            }
            if let problem = paths.problem(relative, what: "benchmark set", at: settings.location(of: "benchmarks", file: reportFile)) {
                sink.report(problem)
                continue
            }
            switch FileAccess.readText(
                path, display: path, subject: "benchmark set \(Quote.input(relative))", at: settings.location(of: "benchmarks", file: reportFile))
            {
            case .failure(let problem):
                sink.report(problem)
            case .success(let text):
                let base = ((relative as NSString).lastPathComponent as NSString).deletingPathExtension
                var id = Slug.make(base)
                while !ids.insert(id).inserted { id += "-x" }
                let (set, found) = BenchmarkLoader.load(text: text, file: path, id: id, model: model)
                sink.report(found)
                if let set { sets.append(set) }
            }
        }
        return sets
    }

    private static func loadOutcomes(
        _ settings: ReportSettings, paths: ReportPaths, reportFile: String, model: MaturityModel, sink: DiagnosticSink
    ) -> OutcomeSettings? {
        guard let relative = settings.outcomes else { return nil }
        let at = settings.location(of: "outcomes", file: reportFile)
        if let problem = paths.fileProblem(relative, what: "outcomes file", at: at) {
            sink.report(problem)
            return nil
        }
        let path = paths.folder + "/" + relative
        switch FileAccess.readText(path, display: path) {
        case .failure(let problem):
            sink.report(problem)
            return nil
        case .success(let text):
            let (outcomes, found) = OutcomesLoader.load(text: text, file: path, model: model)
            sink.report(found)
            return outcomes
        }
    }

    private static func loadRoadmap(paths: ReportPaths, model: MaturityModel, sink: DiagnosticSink) -> [Initiative] {
        let path = paths.folder + "/roadmap.yaml"
        if let problem = paths.problem("roadmap.yaml", what: "file", at: SourceLocation(file: path)) {
            sink.report(problem)
            return []
        }
        guard FileAccess.exists(path) else { return [] }
        switch FileAccess.readText(path, display: path) {
        case .failure(let problem):
            sink.report(problem)
            return []
        case .success(let text):
            let (initiatives, found) = RoadmapLoader.load(text: text, file: path, model: model)
            sink.report(found)
            return initiatives
        }
    }

    private static func loadCommentary(paths: ReportPaths, model: MaturityModel, sink: DiagnosticSink)
        -> (Commentary?, [String: Commentary])
    {
        let folder = paths.folder
        func read(_ relative: String) -> Commentary? {
            let path = folder + "/" + relative
            if let problem = paths.problem(relative, what: "commentary file", at: SourceLocation(file: path)) {
                sink.report(problem)
                return nil
            }
            switch FileAccess.readText(path, display: path, limit: TextRules.Kind.commentary.limit) {
            case .failure(let problem): sink.report(problem); return nil
            case .success(let text):
                let (commentary, found) = FrontMatter.commentary(text: text, path: path)
                sink.report(found)
                return commentary
            }
        }
        let overview = paths.resolve("commentary/overview.md") != .missing ? read("commentary/overview.md") : nil
        var dimensions: [String: Commentary] = [:]
        let known = Set(model.dimensions.map(\.id))
        let (listed, problems) = FileAccess.containedFiles(under: folder + "/commentary/dimensions", root: paths.root, what: "commentary file")
        sink.report(problems)
        for name in listed where name.hasSuffix(".md") {
            let id = String(name.dropLast(3))
            guard known.contains(id) else {
                sink.report(
                    Diagnostic(
                        .warning, .load, SourceLocation(file: folder + "/commentary/dimensions/" + name),
                        "commentary for unknown dimension '\(id)' is not used (\(Suggestion.hint(for: id, among: model.dimensions.map(\.id))))"))
                continue
            }
            dimensions[id] = read("commentary/dimensions/" + name)
        }
        return (overview, dimensions)
    }
}

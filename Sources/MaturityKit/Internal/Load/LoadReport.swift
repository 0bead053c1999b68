import Foundation

/// The first two pipeline steps: read a report folder (load), then cross-check what was read (validate).
/// Either everything is valid and a `LoadedReport` comes back, or every problem found is thrown at once.

enum LoadReport {
    static func run(folder: String) throws(BuildFailure) -> (LoadedReport, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let reportFile = folder + "/report.yaml"
        guard FileAccess.isDirectory(folder), let paths = ReportPaths(folder: folder) else {
            throw BuildFailure([Diagnostic(.error, .load, SourceLocation(file: folder), "report folder does not exist")])
        }
        if let problem = paths.problem("report.yaml", what: "file", at: SourceLocation(file: reportFile)) { throw BuildFailure([problem]) }
        let settings: ReportSettings
        switch FileAccess.readText(reportFile, display: reportFile) {
        case .failure(let problem): throw BuildFailure([problem])
        case .success(let text):
            let (read, found) = ReportLoader.read(text: text, file: reportFile)
            diagnostics += found
            guard let read else { throw BuildFailure(diagnostics) }
            settings = read
        }
        let model = try loadModel(settings, paths: paths, reportFile: reportFile, diagnostics: &diagnostics)
        let (assets, assetProblems) = AssetCheck.run(paths: paths)
        diagnostics += assetProblems
        diagnostics += ReportValidator.validate(settings, model: model, paths: paths, assets: assets, file: reportFile)
        let (overview, dimensionCommentary) = loadCommentary(paths: paths, model: model, diagnostics: &diagnostics)
        diagnostics += AssetCheck.markdownImages(overview: overview, dimensions: dimensionCommentary, assets: assets)
        let benchmarks = loadBenchmarks(settings, paths: paths, reportFile: reportFile, model: model, diagnostics: &diagnostics)
        let initiatives = loadRoadmap(paths: paths, model: model, diagnostics: &diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) { throw BuildFailure(diagnostics) }
        let loaded = LoadedReport(folder: folder, settings: settings, model: model, overview: overview,
                                  dimensionCommentary: dimensionCommentary, benchmarks: benchmarks, initiatives: initiatives,
                                  assetFiles: assets.filter { Identifier.isSafePath($0) })
        var withStyles = loaded
        if let stylesheet = settings.branding.stylesheet, case .success(let css) = FileAccess.readText(folder + "/" + stylesheet, display: stylesheet) {
            withStyles.extraStylesheet = css
        }
        return (withStyles, diagnostics)
    }

    private static func loadModel(_ settings: ReportSettings, paths: ReportPaths, reportFile: String,
                                  diagnostics: inout [Diagnostic]) throws(BuildFailure) -> MaturityModel {
        let reference = settings.modelReference
        let text: String
        let source: String
        if reference.contains("/") || reference.hasSuffix(".yaml") || reference.hasSuffix(".yml") {
            source = paths.folder + "/" + reference
            if let problem = paths.problem(reference, what: "model file", at: settings.location(of: "model", file: reportFile)) {
                diagnostics.append(problem)
                throw BuildFailure(diagnostics)
            }
            switch FileAccess.readText(source, display: source) {
            case .failure(let problem):
                diagnostics.append(Diagnostic(.error, .load, settings.location(of: "model", file: reportFile), "model file \(Quote.input(reference)) \(problem.message)"))
                throw BuildFailure(diagnostics)
            case .success(let read): text = read
            }
        } else if let builtIn = BuiltIns.modelText(id: reference) {
            (text, source) = (builtIn, "built-in:\(reference)")
        } else {
            diagnostics.append(Diagnostic(.error, .load, settings.location(of: "model", file: reportFile),
                                          "unknown model '\(reference)' (expected a built-in model: \(BuiltIns.modelIDs.joined(separator: ", ")), or a path such as models/custom.yaml)"))
            throw BuildFailure(diagnostics)
        }
        let (model, found) = ModelLoader.load(text: text, file: source)
        diagnostics += found
        guard let model else { throw BuildFailure(diagnostics) }
        return model
    }

    private static func loadBenchmarks(_ settings: ReportSettings, paths: ReportPaths, reportFile: String, model: MaturityModel,
                                       diagnostics: inout [Diagnostic]) -> [BenchmarkSet] {
        var sets: [BenchmarkSet] = []
        var ids = Set<String>()
        for relative in settings.benchmarks {
            let path = paths.folder + "/" + relative
            guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml"), !relative.contains("..") else {
                diagnostics.append(Diagnostic(.error, .validate, settings.location(of: "benchmarks", file: reportFile),
                                              "expected a benchmark set as a .yaml file inside the report folder, found \(Quote.input(relative))"))
                continue
            }
            if let problem = paths.problem(relative, what: "benchmark set", at: settings.location(of: "benchmarks", file: reportFile)) {
                diagnostics.append(problem)
                continue
            }
            switch FileAccess.readText(path, display: path) {
            case .failure(let problem):
                diagnostics.append(Diagnostic(.error, .load, settings.location(of: "benchmarks", file: reportFile), "benchmark set \(Quote.input(relative)) \(problem.message)"))
            case .success(let text):
                let base = ((relative as NSString).lastPathComponent as NSString).deletingPathExtension
                var id = Slug.make(base)
                while !ids.insert(id).inserted { id += "-x" }
                let (set, found) = BenchmarkLoader.load(text: text, file: path, id: id, model: model)
                diagnostics += found
                if let set { sets.append(set) }
            }
        }
        return sets
    }

    private static func loadRoadmap(paths: ReportPaths, model: MaturityModel, diagnostics: inout [Diagnostic]) -> [Initiative] {
        let path = paths.folder + "/roadmap.yaml"
        if let problem = paths.problem("roadmap.yaml", what: "file", at: SourceLocation(file: path)) {
            diagnostics.append(problem)
            return []
        }
        guard FileAccess.exists(path) else { return [] }
        switch FileAccess.readText(path, display: path) {
        case .failure(let problem):
            diagnostics.append(problem)
            return []
        case .success(let text):
            let (initiatives, found) = RoadmapLoader.load(text: text, file: path, model: model)
            diagnostics += found
            return initiatives
        }
    }

    private static func loadCommentary(paths: ReportPaths, model: MaturityModel, diagnostics: inout [Diagnostic])
        -> (Commentary?, [String: Commentary]) {
        let folder = paths.folder
        func read(_ relative: String) -> Commentary? {
            let path = folder + "/" + relative
            if let problem = paths.problem(relative, what: "commentary file", at: SourceLocation(file: path)) {
                diagnostics.append(problem)
                return nil
            }
            switch FileAccess.readText(path, display: path, limit: TextRules.Kind.commentary.limit) {
            case .failure(let problem): diagnostics.append(problem); return nil
            case .success(let text):
                let (commentary, found) = FrontMatter.commentary(text: text, path: path)
                diagnostics += found
                return commentary
            }
        }
        let overview = paths.resolve("commentary/overview.md") != .missing ? read("commentary/overview.md") : nil
        var dimensions: [String: Commentary] = [:]
        let known = Set(model.dimensions.map(\.id))
        let (listed, problems) = FileAccess.containedFiles(under: folder + "/commentary/dimensions", root: paths.root, what: "commentary file")
        diagnostics += problems
        for name in listed where name.hasSuffix(".md") {
            let id = String(name.dropLast(3))
            guard known.contains(id) else {
                diagnostics.append(Diagnostic(.warning, .validate, SourceLocation(file: folder + "/commentary/dimensions/" + name),
                                              "commentary for unknown dimension '\(id)' is not used (dimensions: \(model.dimensions.map(\.id).joined(separator: ", ")))"))
                continue
            }
            dimensions[id] = read("commentary/dimensions/" + name)
        }
        return (overview, dimensions)
    }
}

extension Identifier {
    /// A relative path made only of safe segments: no `..`, no hidden segments, no absolute paths.
    static func isSafePath(_ path: String) -> Bool {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.hasPrefix("/") && segments.allSatisfy { segment in
            !segment.isEmpty && !segment.hasPrefix(".") && segment.utf8.allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || byte == 0x2D || byte == 0x5F || byte == 0x2E
            }
        }
    }
}

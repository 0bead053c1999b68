/// What one version of a report publishes, in the terms `maturity diff` compares: only figures and names the
/// site shows (a hidden dimension has no score, a hidden group is not named), each already written as the site
/// writes it, so two versions differ here exactly where a reader would see a difference.
struct DiffFacts: Sendable {
    struct Figure: Sendable {
        var id: String
        var name: String
        /// The exact score, for the change column; `score` is the same at two decimals, or the dash when hidden.
        var exact: Double?
        var score: String
        var stage: String?
        var stageName: String?
        var n: String
        var target: String? = nil
        var targetName: String? = nil
    }

    struct Plan: Sendable {
        var title: String
        var fields: [(field: DiffField, value: String)]
    }

    var wave: String
    var overall: Figure
    var dimensions: [Figure]
    /// Shown groups, as `dimension id`, `attribute`, `group`; units shown in the current wave under the dimension "".
    var groups: Set<[String]>
    /// Benchmark set id → its name and its figures by dimension id, written as the benchmark page writes them.
    var benchmarks: [String: (name: String, figures: [String: [DiffField: String]])]
    var initiatives: [String: Plan]
    /// Commentary file path, relative to the report folder → its title and body.
    var commentary: [String: String]
}

extension DiffFacts {
    init(_ scored: ScoredReport) {
        let report = scored.report, model = report.model, wave = scored.current
        let stageName = { (index: Int?) in index.map { model.stages[$0].name } }
        let stageID = { (index: Int?) in index.map { model.stages[$0].id } }
        self.wave = wave.id
        overall = Figure(
            id: "", name: "", exact: wave.overallScore, score: NumberStyle.english.score(wave.overallScore), stage: stageID(wave.overallStage),
            stageName: stageName(wave.overallStage), n: String(wave.respondents))
        var groups = Set<[String]>()
        dimensions = wave.dimensions.map { result in
            for breakdown in result.breakdowns {
                for group in breakdown.groups where group.figures != nil { groups.insert([result.id, breakdown.attribute, group.name]) }
            }
            let name = model.dimensions.first { $0.id == result.id }?.name ?? result.id
            return Figure(
                id: result.id, name: name, exact: result.score, score: NumberStyle.english.score(result.score), stage: stageID(result.stage),
                stageName: stageName(result.stage), n: result.n.map(String.init) ?? NumberStyle.none, target: stageID(result.target),
                targetName: stageName(result.target))
        }
        for unit in scored.units where unit.waves.last?.id == wave.id { groups.insert(["", report.settings.units ?? "", unit.name]) }
        self.groups = groups
        benchmarks = Dictionary(
            report.benchmarks.map { set in
                let figures = set.dimensions.mapValues { values in
                    [
                        DiffField.benchmarkN: String(values.n), .mean: NumberStyle.english.score(values.mean), .p25: NumberStyle.english.score(values.p25),
                        .median: NumberStyle.english.score(values.median), .p75: NumberStyle.english.score(values.p75),
                    ]
                }
                return (set.id, (set.name, figures))
            }, uniquingKeysWith: { first, _ in first })
        initiatives = Dictionary(report.initiatives.map { ($0.id, Self.initiative($0)) }, uniquingKeysWith: { first, _ in first })
        let prefix = report.folder + "/"
        let files = [report.overview].compactMap { $0 } + report.dimensionCommentary.values
        commentary = Dictionary(
            files.map { (String($0.path.dropFirst($0.path.hasPrefix(prefix) ? prefix.count : 0)), ($0.title ?? "") + "\n" + $0.body) },
            uniquingKeysWith: { first, _ in first })
    }

    private static func initiative(_ initiative: Initiative) -> Plan {
        Plan(
            title: initiative.title,
            fields: [
                (.title, initiative.title), (.status, initiative.status.rawValue), (.start, initiative.start.text), (.end, initiative.end.text),
                (.owner, initiative.owner), (.dimensions, initiative.dimensions.joined(separator: ", ")),
                (.targetStage, initiative.targetStage ?? NumberStyle.none),
            ])
    }
}

/// Loads and scores one side of a diff through the build's own steps, so that both sides get exactly the
/// figures their sites would show.
enum DiffLoad {
    static let pipeline = Pipeline([SiteSteps.load, SiteSteps.validate, SiteSteps.readWaves, SiteSteps.score])

    /// `git:REV` names the report folder at that revision (see `GitSnapshot`); anything else is a folder.
    static func facts(_ side: String, content: String) -> Result<(DiffFacts, [Diagnostic]), BuildFailure> {
        guard side.hasPrefix("git:") else { return facts(folder: side, relabel: { $0 }) }
        switch GitSnapshot.make(revision: String(side.dropFirst(4)), content: content) {
        case .failure(let problem): return .failure(BuildFailure([problem]))
        case .success(let snapshot):
            defer { snapshot.remove() }
            return facts(folder: snapshot.folder, relabel: snapshot.relabel)
        }
    }

    private static func facts(folder: String, relabel: (Diagnostic) -> Diagnostic) -> Result<(DiffFacts, [Diagnostic]), BuildFailure> {
        do {
            let context = try pipeline.run(BuildOptions(content: folder))
            guard let scored = context.scored, !scored.waves.isEmpty else {
                return .failure(BuildFailure([Diagnostic(.error, .score, SourceLocation(file: folder), "the report has no wave to compare")].map(relabel)))
            }
            return .success((DiffFacts(scored), context.sink.diagnostics.map(relabel)))
        } catch {
            return .failure(BuildFailure(error.diagnostics.map(relabel)))
        }
    }
}

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

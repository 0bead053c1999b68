/// How `maturity diff` prints what it found.
public enum DiffFormat: String, Sendable, CaseIterable {
    case text, markdown, json
}

/// What `Diff.compare` found: the output to print, whether anything differs (exit status 1 if so), and any
/// warnings either side's load gave.
public struct DiffOutput: Sendable {
    public var output: String
    public var differs: Bool
    public var warnings: [Diagnostic]
}

/// Two versions of a report compared by what their sites publish (`maturity diff OLD NEW`). Each side is a
/// report folder or `git:REV`, the report folder `content` at that revision of its repository. Both are loaded
/// and scored by the build's steps; the differences are listed in a fixed order (see `DiffCompare`).
public enum Diff {
    public static func compare(old: String, new: String, content: String = ".", format: DiffFormat = .text) throws(BuildFailure) -> DiffOutput {
        let before = DiffLoad.facts(old, content: content)
        let after = DiffLoad.facts(new, content: content)
        guard case .success(let oldFacts) = before, case .success(let newFacts) = after else {
            var diagnostics: [Diagnostic] = []
            for side in [before, after] { if case .failure(let failure) = side { diagnostics += failure.diagnostics } }
            throw BuildFailure(diagnostics)
        }
        let result = DiffResult(old: old, new: new, changes: DiffCompare.run(oldFacts.0, newFacts.0))
        let output: String
        switch format {
        case .text: output = DiffRender.text(result)
        case .markdown: output = DiffRender.markdown(result)
        case .json: output = DiffJSON.render(result)
        }
        // A folder compared with itself, or two revisions of an unchanged file, would warn twice.
        var seen = Set<Diagnostic>()
        let warnings = (oldFacts.1 + newFacts.1).filter { seen.insert($0).inserted }
        return DiffOutput(output: output, differs: !result.changes.isEmpty, warnings: warnings)
    }
}

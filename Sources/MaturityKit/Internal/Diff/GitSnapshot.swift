import Foundation

/// The report folder as it was at a revision of the git repository that holds it, read with `git archive` into
/// a private temporary folder: the working tree, the index and HEAD are never touched. `--content` says which
/// folder: its repository and its path inside it.
struct GitSnapshot {
    /// The private folder (removed by `remove`); the report is in its `report/` folder.
    let work: String
    var folder: String { work + "/report" }
    /// How messages name the report folder at that revision: `git:REV:path/in/repository`.
    let label: String

    /// Reads the report folder at `revision`; a diagnostic that says why not when it cannot.
    static func make(revision: String, content: String) -> Result<GitSnapshot, Diagnostic> {
        let name = "git:" + revision
        func failure(_ message: String) -> Result<GitSnapshot, Diagnostic> {
            .failure(Diagnostic(.error, .load, SourceLocation(file: name), message))
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("maturity-diff-\(UUID().uuidString)").path
        do {
            try FileManager.default.createDirectory(atPath: work + "/report", withIntermediateDirectories: true)
        } catch {
            return failure("could not make a temporary folder for the revision: \(error.localizedDescription)")
        }
        let snapshot = GitSnapshot(work: work, label: name)
        let git = GitRunner(work: work, directory: content)
        let result = snapshot.fill(revision: revision, content: content, git: git)
        if case .failure(let message) = result {
            snapshot.remove()
            return failure(message.message)
        }
        return .success(GitSnapshot(work: work, label: name + ":" + ((try? result.get()) ?? "")))
    }

    /// The report folder's path in the repository, once its files are in `folder`; or what went wrong.
    private func fill(revision: String, content: String, git: GitRunner) -> Result<String, GitRunner.Failure> {
        guard FileManager.default.fileExists(atPath: content) else {
            return .failure(GitRunner.Failure("the report folder \(Quote.input(content)) (--content) does not exist, so no repository is known"))
        }
        guard case .success(let prefixLine) = git.run(["rev-parse", "--show-prefix"]), case .success(let top) = git.run(["rev-parse", "--show-toplevel"])
        else {
            return .failure(GitRunner.Failure("the report folder \(Quote.input(content)) (--content) is not inside a git repository"))
        }
        let prefix = String(prefixLine.trimmingCharacters(in: .newlines).dropLast(prefixLine.hasSuffix("/\n") ? 1 : 0))
        let unknown = GitRunner.Failure("unknown revision \(Quote.input(revision)) in the repository of \(Quote.input(content))")
        guard !revision.isEmpty, !revision.hasPrefix("-"), !revision.contains(":"),
            case .success(let commitLine) = git.run(["rev-parse", "--verify", "--quiet", revision + "^{commit}"])
        else { return .failure(unknown) }
        let commit = commitLine.trimmingCharacters(in: .whitespacesAndNewlines)
        let tree = commit + ":" + prefix
        guard case .success(let type) = git.run(["cat-file", "-t", tree]), type.trimmingCharacters(in: .whitespacesAndNewlines) == "tree" else {
            return .failure(GitRunner.Failure("the report folder \(Quote.input(prefix.isEmpty ? "." : prefix)) is not in revision \(Quote.input(revision))"))
        }
        let archive = work + "/report.tar"
        // From the top of the work tree: in a folder git does not track, `git archive` refuses to run at all.
        let root = GitRunner(work: work, directory: top.trimmingCharacters(in: .newlines))
        if case .failure(let problem) = root.run(["archive", "--format=tar", "--output=" + archive, tree]) { return .failure(problem) }
        if case .failure(let problem) = git.run(["-x", "-f", archive, "-C", folder], tool: "tar") { return .failure(problem) }
        return .success(prefix.isEmpty ? "." : prefix)
    }

    /// Where a message names a file of `folder`, it names it as `git:REV:path` instead.
    func relabel(_ diagnostic: Diagnostic) -> Diagnostic {
        var diagnostic = diagnostic
        let file = diagnostic.location.file
        if file == folder || file.hasPrefix(folder + "/") { diagnostic.location.file = label + file.dropFirst(folder.count) }
        return diagnostic
    }

    func remove() { try? FileManager.default.removeItem(atPath: work) }
}

/// Runs git (or tar) with its output in files of a private folder, so that no pipe can fill and block it.
struct GitRunner {
    struct Failure: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    let work: String
    /// The working directory: git finds the repository from it.
    let directory: String

    /// The command's standard output, or what it said on failure.
    func run(_ arguments: [String], tool: String = "git") -> Result<String, Failure> {
        let (out, err) = (work + "/stdout", work + "/stderr")
        guard FileManager.default.createFile(atPath: out, contents: nil), FileManager.default.createFile(atPath: err, contents: nil),
            let outHandle = FileHandle(forWritingAtPath: out), let errHandle = FileHandle(forWritingAtPath: err)
        else { return .failure(Failure("could not write in the temporary folder \(work)")) }
        defer { try? outHandle.close(); try? errHandle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        (environment["LC_ALL"], environment["GIT_TERMINAL_PROMPT"], environment["GIT_PAGER"]) = ("C", "0", "cat")
        process.environment = environment
        (process.standardOutput, process.standardError, process.standardInput) = (outHandle, errHandle, FileHandle.nullDevice)
        do {
            try process.run()
        } catch {
            return .failure(Failure("could not run \(tool): \(error.localizedDescription)"))
        }
        process.waitUntilExit()
        let said = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let error = ((try? String(contentsOfFile: err, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            return .failure(Failure("\(tool) \(arguments.first ?? "") failed (exit status \(process.terminationStatus))" + (error.isEmpty ? "" : ": " + error)))
        }
        return .success(said)
    }
}

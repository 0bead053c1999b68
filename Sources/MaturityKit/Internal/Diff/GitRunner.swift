import Foundation

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

import ArgumentParser
import MaturityKit

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a report by what their sites publish.",
        discussion: """
            OLD and NEW are report folders, or git:REV for the report folder given by --content as it is at revision REV of \
            its git repository (read with git archive; nothing is checked out). Prints score, stage and n changes, groups \
            newly shown or hidden, target and benchmark changes, roadmap and commentary changes. Exit status: 0 when \
            nothing differs, 1 when something does, 2 on error.
            """)

    @Argument(help: "The older version: a report folder or git:REV.")
    var old: String

    @Argument(help: "The newer version: a report folder or git:REV.")
    var new: String

    @Option(name: .long, help: "The report folder whose repository and path git:REV refers to.")
    var content: String = "."

    @Option(name: .long, help: "text, markdown (for a pull-request comment) or json.")
    var format: String = "text"

    func run() throws {
        // Read here rather than by the parser, so that a wrong value exits with 2 like every other error of diff.
        guard let format = DiffFormat(rawValue: format) else {
            DiagnosticPrinter.printError("error: unknown --format '\(format)' (expected text, markdown or json)")
            throw ExitCode(2)
        }
        do {
            let found = try Diff.compare(old: old, new: new, content: content, format: format)
            DiagnosticPrinter.print(found.warnings.filter { $0.severity == .warning })
            print(found.output, terminator: "")
            if found.differs { throw ExitCode(1) }
        } catch let failure as BuildFailure {
            DiagnosticPrinter.print(failure.diagnostics)
            throw ExitCode(2)
        }
    }
}

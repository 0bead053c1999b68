import ArgumentParser
import MaturityKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the report site from a report folder.",
        discussion:
            "Builds into a temporary folder beside --output and swaps it in at the end, so the previous site stays whole if anything fails. Nothing is written when the inputs have errors."
    )

    @OptionGroup var report: ReportOptions

    @Option(name: .long, help: "The folder to write the site to.")
    var output: String = "output"

    @Flag(name: .long, help: "Build even if --output holds files this tool did not write; they are kept in the new site.")
    var force = false

    func run() throws {
        do {
            var options = BuildOptions(content: report.content, output: output, templates: report.templates, force: force, language: report.language)
            options.progress = Progress.onTerminal()
            let summary = try Site.build(options)
            Progress.finish()
            DiagnosticPrinter.print(summary.warnings)
            print("Built \(summary.files.count) files into \(output)/")
        } catch {
            Progress.finish()
            DiagnosticPrinter.print(error.diagnostics)
            DiagnosticPrinter.printError("Build failed with \(error.errors.count) error(s); nothing was written.")
            throw ExitCode.failure
        }
    }
}

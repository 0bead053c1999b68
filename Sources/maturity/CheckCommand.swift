import ArgumentParser
import MaturityKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a report folder without writing anything.")

    @OptionGroup var report: ReportOptions

    func run() throws {
        do {
            let warnings = try Site.check(BuildOptions(content: report.content, templates: report.templates, language: report.language))
            DiagnosticPrinter.print(warnings)
            print("No errors\(warnings.isEmpty ? "" : ", \(warnings.count) warning(s)").")
        } catch {
            DiagnosticPrinter.print(error.diagnostics)
            DiagnosticPrinter.printError("\(error.errors.count) error(s).")
            throw ExitCode.failure
        }
    }
}

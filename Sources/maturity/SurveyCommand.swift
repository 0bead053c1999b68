import ArgumentParser
import MaturityKit

struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Export the questionnaire of the report's model: a CSV for survey tools and a printable HTML form.")

    @OptionGroup var report: ReportOptions

    @Option(name: .long, help: "The folder to write questionnaire.csv and questionnaire.html to.")
    var output: String = "questionnaire"

    func run() throws {
        do {
            for path in try Survey.export(content: report.content, output: output, templates: report.templates, language: report.language) {
                print("Wrote \(path)")
            }
        } catch {
            DiagnosticPrinter.print(error.diagnostics)
            throw ExitCode.failure
        }
    }
}

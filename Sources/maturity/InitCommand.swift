import ArgumentParser
import MaturityKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new report folder that builds at once: settings, a sample wave, commentary stubs, a roadmap.")

    @Argument(help: "The folder to create (it must not exist yet, or be empty).")
    var folder: String

    @Option(name: .long, help: "A built-in model (see `maturity models`).")
    var model: String = "cx-capabilities"

    @Option(name: .long, help: "The report's date, YYYY-MM-DD (default: today, UTC; change it in report.yaml later).")
    var date: String?

    func run() throws {
        do {
            let files = try Scaffold.create(at: folder, model: model, date: date)
            print("Created \(folder)/ with \(files.count) files. Build it with: maturity build --content \(folder) --output \(folder)-site")
        } catch {
            DiagnosticPrinter.print(error.diagnostics)
            throw ExitCode.failure
        }
    }
}

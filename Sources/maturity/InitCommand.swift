import ArgumentParser
import Foundation
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
            let date = date ?? Scaffold.today()
            let files = try Scaffold.create(at: folder, model: model, date: date)
            let (content, site) = (Self.shellWord(folder), Self.shellWord(folder + "-site"))
            print("Created \(folder)/ with \(files.count) files, the report dated \(date). Next:")
            print("  maturity serve --content \(content)    # preview in the browser, rebuilt on every save")
            print("  maturity build --content \(content) --output \(site)")
            if !Self.commandIsOnPath() {
                print("maturity is not on your PATH yet: install it with scripts/install in its source folder (see the README).")
            }
        } catch {
            DiagnosticPrinter.print(error.diagnostics)
            throw ExitCode.failure
        }
    }

    /// The path as one shell word: in single quotes unless it is made only of characters no shell treats specially.
    static func shellWord(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_./+,:@%".unicodeScalars.contains($0) }
        return plain && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Whether a `maturity` program is found through PATH, so that the commands above run as printed.
    static func commandIsOnPath() -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: $0 + "/maturity") }
    }
}

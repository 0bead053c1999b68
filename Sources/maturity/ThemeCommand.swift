import ArgumentParser
import MaturityKit

struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with themes: the templates, strings and palette that make the site and the email.",
        subcommands: [Export.self])

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the default theme into a folder, to change it and build with --templates DIR.")

        @Argument(help: "The folder to write the theme into (created if missing; files already there are never overwritten).")
        var folder: String

        func run() throws {
            do {
                let files = try Theme.export(to: folder)
                print("Wrote \(files.count) files of the default theme into \(folder)/")
                print("Build with it: maturity build --templates \(folder)")
            } catch {
                DiagnosticPrinter.print(error.diagnostics)
                throw ExitCode.failure
            }
        }
    }
}

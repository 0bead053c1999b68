import ArgumentParser
import Foundation
import MaturityKit

struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "List the built-in maturity models, export one as YAML, or validate a model file.",
        subcommands: [List.self, Export.self, Validate.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the built-in models.")

        func run() {
            for model in Models.builtIn() {
                print("\(model.id)\t\(model.name): \(model.dimensions) dimensions, \(model.items) statements, stages \(model.stages.joined(separator: " → "))")
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a built-in model's YAML to standard output or a file, to copy and edit.")

        @Argument(help: "The id of a built-in model (see `maturity models list`).")
        var id: String

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output (refuses to overwrite).")
        var output: String?

        @Option(name: .long, help: "Write the model's text in this language (a BCP 47 tag such as de or ar) instead of its own.")
        var language: String?

        func run() throws {
            let text: String
            if let language {
                switch Models.export(id: id, language: language) {
                case .success(let translated): text = translated
                case .failure(let failure):
                    DiagnosticPrinter.print(failure.diagnostics)
                    throw ExitCode.failure
                }
            } else if let own = Models.export(id: id) {
                text = own
            } else {
                DiagnosticPrinter.printError("error: unknown model '\(id)' (built-in models: \(Models.builtIn().map(\.id).joined(separator: ", ")))")
                throw ExitCode.failure
            }
            guard let output else { print(text, terminator: ""); return }
            guard !FileManager.default.fileExists(atPath: output) else {
                DiagnosticPrinter.printError("error: \(output) already exists; choose another file name")
                throw ExitCode.failure
            }
            guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8)) else {
                DiagnosticPrinter.printError("\(output): error: could not write the file")
                throw ExitCode.failure
            }
            print("Wrote \(output)")
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check a model file and print every problem with its line and column.")

        @Argument(help: "The model's YAML file.")
        var path: String

        func run() throws {
            let diagnostics = Models.validate(path: path)
            DiagnosticPrinter.print(diagnostics)
            if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
            print("\(path): a valid model.")
        }
    }
}

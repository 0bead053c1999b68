import ArgumentParser
import MaturityKit

/// Options every command that reads a report folder shares.
struct ReportOptions: ParsableArguments {
    @Option(name: .long, help: "The report folder (report.yaml, waves/, commentary/, …).")
    var content: String = "content"

    @Option(name: .long, help: "A theme folder of Mustache templates to use instead of the built-in default theme.")
    var templates: String?

    @Option(name: .long, help: "The reader's language, a BCP 47 tag such as de, fr-CH or ar-SA (instead of report.yaml's 'language').")
    var language: String?
}

/// Prints diagnostics on stderr, one per line, in the `file:line:column: severity: message` form.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { printError(diagnostic.description) }
    }

    static func printError(_ line: String) {
        var stderr = StandardError()
        Swift.print(line, to: &stderr)
    }
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandleWriter.write(string, to: 2)
    }
}

import ArgumentParser
import MaturityKit

extension PdfPaper: ExpressibleByArgument {}

struct PdfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: "Build the site plus a PDF edition: pdf/<title>.pdf, laid out by WeasyPrint.",
        discussion: """
            The PDF has a cover, a contents page with page numbers, then the overview, every dimension, the \
            roadmap, benchmarks, trends, breakdown and methodology (those the report has), with page numbers on \
            every page and a bookmark per section. The theme's 'pdf' template renders it from the same pages as \
            the site. It needs the 'weasyprint' program on PATH: install it with scripts/bootstrap or \
            'pip install weasyprint'. Nothing is fetched from the network.

            Example:
              maturity pdf --content content --output output --paper letter
            """)

    @OptionGroup var report: ReportOptions

    @Option(name: .long, help: "The folder to write the site and pdf/ to.")
    var output: String = "output"

    @Option(name: .long, help: "The paper size: a4 or letter.")
    var paper: PdfPaper = .a4

    @Flag(name: .long, help: "Build even if --output holds files this tool did not write; they are kept in the new site.")
    var force = false

    func run() throws {
        do {
            var options = BuildOptions(content: report.content, output: output, templates: report.templates, force: force, language: report.language)
            options.progress = Progress.onTerminal()
            let summary = try Pdf.build(PdfOptions(build: options, paper: paper))
            Progress.finish()
            DiagnosticPrinter.print(summary.warnings)
            print("Built \(summary.files.count) files into \(output)/, with \(summary.pdf)")
        } catch {
            Progress.finish()
            DiagnosticPrinter.print(error.diagnostics)
            DiagnosticPrinter.printError("PDF build failed with \(error.errors.count) error(s); nothing was written.")
            throw ExitCode.failure
        }
    }
}

import ArgumentParser

@main
struct Maturity: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "maturity",
        abstract: "Turns customer-experience maturity assessments into a static HTML report site.",
        version: Version.text,
        subcommands: [
            BuildCommand.self, CheckCommand.self, ModelsCommand.self, SurveyCommand.self, EmailCommand.self, PdfCommand.self, InitCommand.self,
            ServeCommand.self,
            ThemeCommand.self, DiffCommand.self,
        ],
        defaultSubcommand: nil)
}

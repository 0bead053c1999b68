import Foundation

/// The load step's part for customer surveys: checks where each survey's file is, then reads them all, in
/// parallel, reporting every file's problems in the order of outcomes.yaml. Nil when any survey cannot be read.
enum ReadOutcomes {
    static func run(_ loaded: LoadedReport, sink: DiagnosticSink) -> [SurveyAnswers]? {
        guard let outcomes = loaded.outcomes else { return [] }
        guard let paths = ReportPaths(folder: loaded.folder) else { return nil }
        var missing = false
        for survey in outcomes.surveys {
            if let problem = paths.fileProblem(survey.responses, what: "responses file", owner: " of survey '\(survey.id)'", at: survey.location) {
                sink.report(problem)
                missing = true
            }
        }
        guard !missing else { return nil }
        let slots = Slots<(SurveyAnswers?, [Diagnostic])>(count: outcomes.surveys.count)
        DispatchQueue.concurrentPerform(iterations: outcomes.surveys.count) { index in
            let survey = outcomes.surveys[index]
            let path = loaded.folder + "/" + survey.responses
            slots.set(index, OutcomeSurveyReader(survey: survey, file: path, place: survey.location).read(path: path))
        }
        var answers: [SurveyAnswers] = []
        for (read, found) in slots.values {
            sink.report(found)
            if let read { answers.append(read) }
        }
        return answers.count == outcomes.surveys.count ? answers : nil
    }
}

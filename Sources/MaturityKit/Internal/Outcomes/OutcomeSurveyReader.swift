import Foundation

/// The answers of one customer survey, one entry per respondent: measures and drivers as small integers
/// (`blank` where not answered), attributes as group indices into `groupNames`.
struct SurveyAnswers: Sendable {
    static let blank: Int8 = -1
    var respondents = 0
    var measures: [SurveyMeasure: [Int8]] = [:]
    var drivers: [[Int8]] = []
    var groups: [[Int32]] = []
    var groupNames: [[String]] = []
}

/// Reads a customer survey's CSV (plain or a survey-tool export, as waves are read): finds each measure,
/// driver and attribute column by its header, and checks every answer against its range. Labels such as
/// "10 - Extremely likely" are read by their leading number. Attribute columns whose header looks like
/// personal data are refused, and cells of such columns are never quoted.
struct OutcomeSurveyReader {
    let survey: CustomerSurvey
    let file: String
    /// Where the survey is written in outcomes.yaml, for errors about its columns.
    let place: SourceLocation
    static let maxProblems = 50

    func read(path: String) -> (SurveyAnswers?, [Diagnostic]) {
        var log = DiagnosticLog(stage: .load)
        var headers: [[String]] = []
        var headerPlaces: [[CSVField]] = []
        var columns: OutcomeColumns?
        var answers = SurveyAnswers()
        var interned: [[String: Int32]] = Array(repeating: [:], count: survey.attributes.count)
        answers.groups = Array(repeating: [], count: survey.attributes.count)
        answers.groupNames = Array(repeating: [], count: survey.attributes.count)
        answers.drivers = Array(repeating: [], count: survey.drivers.count)
        var problems = 0
        func problem(_ location: SourceLocation, _ message: String) {
            problems += 1
            if problems <= Self.maxProblems { log.error(location, message) }
        }
        func add(_ texts: [String], lines: Int, fields: [CSVField]?) {
            guard let found = columns else { return }
            func location(_ column: Int) -> SourceLocation {
                SourceLocation(file: file, line: fields?[column].line ?? lines, column: fields?[column].column ?? 1)
            }
            var count = texts.count
            while count > found.width && texts[count - 1].isEmpty { count -= 1 }
            guard count == found.width else {
                return problem(SourceLocation(file: file, line: lines, column: 1), "expected \(found.width) fields as in the header, found \(texts.count)")
            }
            var row: [Int8] = []
            var bad = false
            for (key, column, range) in found.numeric {
                switch Self.answer(texts[column], range: range) {
                case .some(let value): row.append(value)
                case .none:
                    bad = true
                    let shown = found.quotable[column] && !PersonalData.looksLikeEmail(texts[column]) ? Quote.input(texts[column]) : "a value not shown here"
                    problem(location(column), "expected an answer from \(range.lowerBound) to \(range.upperBound) or a blank for '\(key)', found \(shown)")
                }
            }
            var groupRow: [Int32] = []
            for (index, column) in found.attributes.enumerated() {
                let value = texts[column].trimmingCharacters(in: .whitespaces)
                if let known = interned[index][value] { groupRow.append(known); continue }
                if let refusal = TextRules.problem(value, .name, what: "the group value") {
                    bad = true
                    problem(location(column), "\(refusal) (attribute '\(survey.attributes[index])')")
                    continue
                }
                let group = Int32(answers.groupNames[index].count)
                answers.groupNames[index].append(value.isEmpty ? GroupName.notStated : value)
                interned[index][value] = group
                groupRow.append(group)
            }
            guard !bad else { return }
            answers.respondents += 1
            for (offset, entry) in found.numeric.enumerated() {
                if let measure = SurveyMeasure(rawValue: entry.key) {
                    answers.measures[measure, default: []].append(row[offset])
                } else if let driver = survey.drivers.firstIndex(of: entry.key) {
                    answers.drivers[driver].append(row[offset])
                }
            }
            for (index, group) in groupRow.enumerated() { answers.groups[index].append(group) }
        }
        /// The first rows (up to three: Qualtrics is recognised by its third) settle the layout; those of
        /// them that are not header rows are data.
        func settle() {
            let layout = SurveyFormat.layout(given: survey.format, rows: headers)
            let count = min(layout.headerRows, headers.count)
            let found = OutcomeColumns(headers: Array(headers.prefix(count)), survey: survey, file: file, place: place, log: &log)
            columns = found
            for (row, places) in zip(headers, headerPlaces).dropFirst(count) where !found.hasErrors {
                add(row, lines: places.first?.line ?? 0, fields: places)
            }
        }
        do {
            try CSVScanner.scan(path: path) { bytes, fields in
                let texts = fields.map { CSVScanner.text(bytes, $0) }
                if columns == nil {
                    headers.append(texts)
                    headerPlaces.append(fields)
                    if headers.count >= 3 { settle() }
                    return
                }
                guard let found = columns, !found.hasErrors else { return }
                add(texts, lines: fields.first?.line ?? 0, fields: fields)
            }
        } catch let error as CSVSyntaxError {
            log.error(SourceLocation(file: file, line: error.line, column: error.column), error.message)
        } catch {
            log.error(SourceLocation(file: file), "could not read the file: \(error)")
        }
        if columns == nil && !log.hasErrors {
            if headers.isEmpty {
                log.error(SourceLocation(file: file, line: 1, column: 1), "expected a header row, found an empty file")
            } else {
                settle()
            }
        }
        if problems > Self.maxProblems {
            log.error(SourceLocation(file: file), "\(problems - Self.maxProblems) more problems like the ones above were not listed")
        }
        if !log.hasErrors && answers.respondents == 0 { log.error(SourceLocation(file: file), "expected at least one respondent, found only a header row") }
        return (log.hasErrors ? nil : answers, log.items)
    }

    /// An answer in `range`, by its leading whole number ("9", "9.0", "10 - Extremely likely"); blank gives
    /// `SurveyAnswers.blank`; nil for anything else.
    static func answer(_ cell: String, range: ClosedRange<Int>) -> Int8? {
        let text = cell.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return SurveyAnswers.blank }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3, let value = Int(digits), range.contains(value) else { return nil }
        let rest = text.dropFirst(digits.count)
        if rest.isEmpty || rest.allSatisfy({ $0 == "0" || $0 == "." }) && rest.first == "." && rest.count > 1 { return Int8(value) }
        // A label after the number: "10 - Extremely likely", "4 (satisfied)", "1: very easy".
        guard let next = rest.first, next == " " || next == "-" || next == ":" || next == "(" || next == "=" else { return nil }
        return Int8(value)
    }
}

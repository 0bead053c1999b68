/// Which column of a customer survey holds each measure, driver and attribute, matched like a wave's items:
/// by the header as written (or through `columns:`), in any header row of a survey-tool export.
struct OutcomeColumns {
    var width: Int
    /// (key, column, range) for every measure, then every driver, in the survey's order.
    var numeric: [(key: String, column: Int, range: ClosedRange<Int>)] = []
    var attributes: [Int] = []
    /// Per column: whether its cells may be quoted in a diagnostic.
    var quotable: [Bool]
    var hasErrors = false

    init(headers: [[String]], survey: CustomerSurvey, file: String, place: SourceLocation, log: inout DiagnosticLog) {
        width = headers.map(\.count).max() ?? 0
        let names = HeaderText.columnNames(headers)
        quotable = (0..<width).map { column in !headers.contains { $0.count > column && PersonalData.headerReason($0[column]) != nil } }
        var taken = Set<Int>()
        func find(_ key: String) -> Int? {
            let wanted = HeaderText.normalise(survey.header(for: key))
            return names.indices.first { !taken.contains($0) && names[$0].contains(wanted) }
        }
        var missing: [String] = []
        let wanted: [(String, ClosedRange<Int>)] = survey.measures.map { ($0.rawValue, $0.range) } + survey.drivers.map { ($0, CustomerSurvey.driverRange) }
        for (key, range) in wanted {
            guard let column = find(key) else {
                // A measure not named in `columns:` is only looked for; the others must be there.
                if SurveyMeasure(rawValue: key) == nil || survey.columns[key] != nil { missing.append(key) }
                continue
            }
            taken.insert(column)
            numeric.append((key, column, range))
        }
        let found = numeric.compactMap { SurveyMeasure(rawValue: $0.key) }
        if missing.isEmpty && found.isEmpty {
            log.error(place, "expected a column for nps, csat or ces in \(file); name them with 'columns:' on survey '\(survey.id)'")
            hasErrors = true
        } else if !survey.drivers.isEmpty && !found.contains(.nps) && missing.isEmpty {
            log.error(place, "drivers of survey '\(survey.id)' are read against its NPS answers, and \(file) has no 'nps' column; map it with 'columns:'")
            hasErrors = true
        }
        for attribute in survey.attributes {
            guard let column = find(attribute) else {
                missing.append(attribute)
                continue
            }
            if !quotable[column] {
                let reason = headers.lazy.compactMap { $0.count > column ? PersonalData.headerReason($0[column]) : nil }.first ?? "personal data"
                log.error(
                    survey.columnLocations[attribute] ?? place,
                    "attribute '\(attribute)' of survey '\(survey.id)' is a column whose header looks like personal data or response metadata (\(reason)): its values would be published as group names; choose a column that groups respondents"
                )
                hasErrors = true
            }
            taken.insert(column)
            attributes.append(column)
        }
        if !missing.isEmpty {
            let list = missing.map { "'\($0)' (header \(Quote.input(survey.header(for: $0))))" }.joined(separator: ", ")
            log.error(
                place,
                "expected \(missing.count == 1 ? "a column" : "columns") in \(file) for \(list); name the headers with 'columns:' on survey '\(survey.id)'")
            hasErrors = true
        }
    }
}

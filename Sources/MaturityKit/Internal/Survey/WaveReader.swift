/// Reads one wave's responses file into a `ResponseTally`: maps header columns to attributes and items,
/// checks every answer against the scale, and scores each respondent as SPEC §5 says.
struct WaveReader {
    let model: MaturityModel
    let attributes: [String]
    let file: String
    /// Index in `attributes` of the attribute whose groups get sub-reports, if any.
    var unitAttribute: Int? = nil
    static let maxProblems = 50

    /// Scale labels, lowercased, to scale values.
    private var labelValues: [String: Int] {
        var values: [String: Int] = [:]
        for (offset, label) in model.scale.labels.enumerated() { values[label.lowercased()] = model.scale.min + offset }
        return values
    }

    func read(path: String) -> (ResponseTally?, [Diagnostic]) {
        let items = model.dimensions.flatMap(\.items)
        var log = DiagnosticLog(stage: .score)
        var tally = ResponseTally(itemCount: items.count, points: model.scale.pointCount,
                                  dimensionCount: model.dimensions.count, attributeCount: attributes.count)
        tally.unitAttribute = unitAttribute
        var columns: ColumnMap?
        var problems = 0
        let labels = labelValues
        var answers = Array(repeating: Int?.none, count: items.count)
        var groups = Array(repeating: 0, count: attributes.count)
        var interners = Array(repeating: AttributeInterner(), count: attributes.count)
        do {
            try CSVScanner.scan(path: path) { bytes, fields in
                guard let map = columns else {
                    columns = ColumnMap(header: fields.map { CSVScanner.text(bytes, $0) }, items: items,
                                        attributes: attributes, file: file, line: fields.first?.line ?? 1, log: &log)
                    return
                }
                if map.hasErrors { return }
                let recordLine = fields.first?.line ?? 0
                if fields.count != map.width {
                    problems += 1
                    if problems <= Self.maxProblems {
                        log.error(SourceLocation(file: file, line: recordLine, column: 1),
                                  "expected \(map.width) fields as in the header, found \(fields.count)")
                    }
                    return
                }
                var rowValid = true
                for (itemIndex, column) in map.itemColumns.enumerated() {
                    let field = fields[column]
                    switch AnswerParser.parse(bytes, field, scale: model.scale, labels: labels) {
                    case .blank: answers[itemIndex] = nil
                    case .value(let value): answers[itemIndex] = value
                    case .invalid(let text):
                        rowValid = false
                        problems += 1
                        if problems <= Self.maxProblems {
                            log.error(SourceLocation(file: file, line: field.line, column: field.column),
                                      "expected an answer from \(model.scale.min) to \(model.scale.max)\(labels.isEmpty ? "" : ", a scale label") or a blank for item '\(items[itemIndex].id)', found \"\(text)\"")
                        }
                    }
                }
                guard rowValid else { return }
                for (attribute, column) in map.attributeColumns.enumerated() {
                    groups[attribute] = interners[attribute].group(bytes, fields[column], attribute: attribute, tally: &tally)
                }
                Scoring.addRespondent(answers: answers, groups: groups, model: model, to: &tally)
            }
        } catch let error as CSVSyntaxError {
            log.error(SourceLocation(file: file, line: error.line, column: error.column), error.message)
        } catch {
            log.error(SourceLocation(file: file), "could not read the file: \(error)")
        }
        if columns == nil { log.error(SourceLocation(file: file, line: 1, column: 1), "expected a header row, found an empty file") }
        if problems > Self.maxProblems {
            log.error(SourceLocation(file: file), "\(problems - Self.maxProblems) more problems like the ones above were not listed")
        }
        if !log.hasErrors && tally.respondents == 0 {
            log.error(SourceLocation(file: file), "expected at least one respondent, found only a header row")
        }
        return (log.hasErrors ? nil : tally, log.items)
    }
}

enum GroupName {
    /// What a blank attribute value is shown as.
    static let notStated = "Not stated"
}

/// Which CSV column holds each attribute and each item, matched by header text.
struct ColumnMap {
    var width: Int
    var itemColumns: [Int] = []
    var attributeColumns: [Int] = []
    var hasErrors = false

    init(header: [String], items: [MaturityModel.Item], attributes: [String], file: String, line: Int, log: inout DiagnosticLog) {
        width = header.count
        var byName: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            if key.isEmpty { continue }
            if byName[key] != nil {
                log.error(SourceLocation(file: file, line: line, column: 1), "column \"\(name)\" appears twice in the header")
                hasErrors = true
            }
            byName[key] = index
        }
        for item in items {
            guard let column = byName[item.id.trimmingCharacters(in: .whitespaces).lowercased()] else {
                log.error(SourceLocation(file: file, line: line, column: 1), "expected a column for item '\(item.id)' in the header, found none")
                hasErrors = true
                continue
            }
            itemColumns.append(column)
        }
        for attribute in attributes {
            guard let column = byName[attribute.trimmingCharacters(in: .whitespaces).lowercased()] else {
                log.error(SourceLocation(file: file, line: line, column: 1),
                          "expected a column for attribute '\(attribute)' (listed in report.yaml 'attributes') in the header, found none")
                hasErrors = true
                continue
            }
            attributeColumns.append(column)
        }
    }
}

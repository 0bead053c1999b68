import Foundation

/// Reads the comment columns of one wave's CSV (plain or a survey-tool export) in a pass of its own, after the
/// wave itself was read without error: each comment is scrubbed as soon as it is read, kept with its column's
/// key and the respondent's unit only, and empty answers are dropped. Columns are found by header, in any header
/// row, as items are.
struct CommentReader {
    let wave: ReportSettings.WaveSettings
    let file: String
    /// The attribute whose groups are units (`units:`), if any.
    let unitAttribute: String?
    let scrubber: CommentScrubber

    func read() -> (WaveComments?, [Diagnostic]) {
        var log = DiagnosticLog(stage: .load)
        var headers: [[String]] = []
        var columns: [Int]? = nil
        var unitColumn: Int? = nil
        var bodyRows: [[String]] = []
        var comments: [Comment] = []
        func add(_ texts: [String]) {
            guard let columns else { return }
            let unit = unitColumn.map { texts.count > $0 ? texts[$0].trimmingCharacters(in: Self.blanks) : "" }
            for (entry, column) in zip(wave.comments, columns) where column < texts.count {
                let text = scrubber.scrub(texts[column])
                if !text.isEmpty { comments.append(Comment(key: entry.key, unit: unit.map { $0.isEmpty ? GroupName.notStated : $0 }, text: text)) }
            }
        }
        func settle() {
            let layout = SurveyFormat.layout(given: wave.format, rows: headers)
            let count = min(layout.headerRows, headers.count)
            (columns, unitColumn) = find(Array(headers.prefix(count)), log: &log)
            bodyRows = Array(headers.dropFirst(count))
            for row in bodyRows { add(row) }
        }
        do {
            try CSVScanner.scan(path: file) { bytes, fields in
                let texts = fields.map { CSVScanner.text(bytes, $0) }
                if columns == nil && !log.hasErrors {
                    headers.append(texts)
                    if headers.count >= 3 { settle() }
                    return
                }
                add(texts)
            }
            if columns == nil && !log.hasErrors && !headers.isEmpty { settle() }
        } catch {
            log.error(SourceLocation(file: file), "could not read the comments: \(error)")
        }
        return (log.hasErrors ? nil : WaveComments(wave: wave.id, comments: comments), log.items)
    }

    static let blanks = CharacterSet(charactersIn: " \t")

    /// The column of each comment key (in `wave.comments` order) and of the unit attribute.
    private func find(_ headers: [[String]], log: inout DiagnosticLog) -> ([Int]?, Int?) {
        let names = HeaderText.columnNames(headers)
        func column(_ header: String) -> Int? {
            let wanted = HeaderText.normalise(header)
            return names.indices.first { names[$0].contains(wanted) }
        }
        var found: [Int] = []
        for entry in wave.comments {
            guard let index = column(entry.header) else {
                log.error(
                    entry.location,
                    "expected a column \(Quote.input(entry.header)) in \(wave.responses) for the comments '\(entry.key)' of wave '\(wave.id)', found none")
                continue
            }
            found.append(index)
        }
        let unit = unitAttribute.flatMap { name in column(wave.columns.first { $0.key == name }?.header ?? name) }
        return (found.count == wave.comments.count ? found : nil, unit)
    }
}

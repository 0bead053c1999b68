import Foundation

/// Reads one wave's responses file into a `ResponseTally`: maps header columns to attributes and items,
/// checks every answer against the scale, and scores each respondent as SPEC §5 says.
struct WaveReader {
    let model: MaturityModel
    let attributes: [String]
    var file: String
    /// Index in `attributes` of the attribute whose groups get sub-reports, if any.
    var unitAttribute: Int? = nil
    /// The export layout, or nil to recognise it from the header rows.
    var format: SurveyFormat? = nil
    /// The wave's `columns:` map: item id or attribute name → column header.
    var columns: [String: String] = [:]
    /// Where report.yaml names each attribute and this file, for the personal-data errors.
    var places = ColumnMap.Places()
    static let maxProblems = 50

    /// Scale labels, lowercased, to scale values: the report's language first, then the model's other
    /// languages (a label one language already uses keeps its value).
    private var labelValues: [String: Int] {
        var values: [String: Int] = [:]
        for labels in [model.scale.labels] + model.scale.otherLabels {
            for (offset, label) in labels.enumerated() where values[label.lowercased()] == nil { values[label.lowercased()] = model.scale.min + offset }
        }
        return values
    }

    /// Files are cut into pieces of this size, read on every core and merged in file order. The cuts depend
    /// only on the file, so the figures are the same whatever the number of cores.
    var pieceSize: UInt64 = 8 << 20

    /// The running sums of a wave's files read so far, handed from one file to the next.
    struct Sums {
        var builder: TallyBuilder
        var rows: Int
        /// Per model item, whether the files have a column for it.
        var present: [Bool]
    }

    /// Reads the file as if its rows followed those of a wave's earlier files, whose sums `previous` holds (nil
    /// for the first file): one row at a time, never in pieces, so that the figures are exactly those of one
    /// file holding all the rows. Gives the tally so far and the sums to hand to the next file. Every file must
    /// have a column for the same items (else the counts would mix full and partial answers).
    func read(path: String, after previous: Sums?) -> (ResponseTally?, Sums?, [Diagnostic]) {
        var sink = RowSink(reader: self, items: model.dimensions.flatMap(\.items), labels: labelValues)
        if let previous { sink.continues(previous.builder) }
        scan(path: path, range: nil, into: &sink)
        let rows = sink.dataRows + (previous?.rows ?? 0)
        var (tally, found) = finish(sink, tally: sink.builder.tally(), dataRows: sink.dataRows, allRows: rows)
        let present = sink.map?.present ?? []
        if let previous, tally != nil, present != previous.present {
            found.append(
                Diagnostic(
                    .error, .load, SourceLocation(file: file, line: 1, column: 1),
                    "\(places.source.isEmpty ? file : places.source) has columns for other statements than the wave's first file; the files of one wave must have the same items"
                ))
            tally = nil
        }
        return (tally, tally.map { _ in Sums(builder: sink.builder, rows: rows, present: present) }, found)
    }

    func read(path: String) -> (ResponseTally?, [Diagnostic]) {
        let items = model.dimensions.flatMap(\.items)
        let cuts = CSVScanner.splitPoints(path: path, pieceSize: pieceSize)
        if !cuts.isEmpty, let result = readInPieces(path: path, items: items, cuts: cuts) { return result }
        var sink = RowSink(reader: self, items: items, labels: labelValues)
        scan(path: path, range: nil, into: &sink)
        return finish(sink, tally: sink.builder.tally(), dataRows: sink.dataRows)
    }

    /// Reads the pieces in parallel; nil when anything is wrong, so that the whole file is read again in one
    /// piece and every problem is reported with its exact line. The header rows are read first to know the
    /// columns; then every piece, the first one included (it reads its header rows itself), runs at once.
    private func readInPieces(path: String, items: [MaturityModel.Item], cuts: [UInt64]) -> (ResponseTally?, [Diagnostic])? {
        var probe = RowSink(reader: self, items: items, labels: labelValues)
        guard scan(path: path, range: 0..<cuts[0], into: &probe, headerOnly: true), let map = probe.map, probe.ready, !probe.log.hasErrors else { return nil }
        let starts = [0] + cuts, ends = cuts + [UInt64.max]
        let merger = PieceMerger()
        // The first piece's sink is kept for its warnings (it read the header rows); the others only give a tally.
        let first = Slots<RowSink?>(count: 1)
        let labels = labelValues
        DispatchQueue.concurrentPerform(iterations: starts.count) { index in
            var sink = RowSink(reader: self, items: items, labels: labels)
            if index > 0 { sink.map = map }
            let ok = scan(path: path, range: starts[index]..<ends[index], into: &sink) && !sink.log.hasErrors && sink.problems == 0
            merger.add(index, ok ? sink.builder.tally() : nil, rows: sink.dataRows)
            if index == 0 { first.set(0, ok ? sink : nil) }
        }
        guard let (merged, rows) = merger.result(count: starts.count), let sink = first.values[0] else { return nil }
        return finish(sink, tally: merged, dataRows: rows)
    }

    /// Scans the file (or a range of it) into the sink; returns false on a syntax error (recorded in the sink).
    /// With `headerOnly`, stops as soon as the columns are known.
    @discardableResult
    private func scan(path: String, range: Range<UInt64>?, into sink: inout RowSink, headerOnly: Bool = false) -> Bool {
        let items = sink.items
        // The first rows are kept until the layout is known (Qualtrics needs three to be recognised).
        var early: [(bytes: [UInt8], fields: [CSVField])] = []
        func settle() {
            guard sink.map == nil, !early.isEmpty else { return }
            let texts = early.map { row in row.bytes.withUnsafeBufferPointer { buffer in row.fields.map { CSVScanner.text(buffer, $0) } } }
            let layout = SurveyFormat.layout(given: format, rows: texts)
            let headerCount = min(layout.headerRows, texts.count)
            sink.map = ColumnMap(
                headers: Array(texts.prefix(headerCount)), format: layout, items: items, attributes: attributes,
                columns: columns, file: file, line: early[0].fields.first?.line ?? 1, places: places, log: &sink.log)
            for row in early.dropFirst(headerCount) { row.bytes.withUnsafeBufferPointer { sink.handle($0, row.fields) } }
            early = []
        }
        do {
            try CSVScanner.scan(path: path, range: range) { bytes, fields in
                if sink.map != nil { return sink.handle(bytes, fields) }
                let start = fields.first?.start ?? 0, end = fields.last?.end ?? start
                let copy = Array(UnsafeBufferPointer(rebasing: bytes[start..<max(start, end)]))
                early.append((copy, fields.map { CSVField(start: $0.start - start, end: $0.end - start, quoted: $0.quoted, line: $0.line, column: $0.column) }))
                if early.count >= 3 {
                    settle()
                    if headerOnly { throw HeaderRead() }
                }
            }
            settle()
            return true
        } catch is HeaderRead {
            return true
        } catch let error as CSVSyntaxError {
            settle()
            sink.log.error(SourceLocation(file: file, line: error.line, column: error.column), error.message)
        } catch {
            sink.log.error(SourceLocation(file: file), "could not read the file: \(error)")
        }
        return false
    }

    /// `allRows` counts the rows of the wave's earlier files too (`read(path:after:)`), for the personal-data check.
    private func finish(_ sink: RowSink, tally: ResponseTally, dataRows: Int, allRows: Int? = nil) -> (ResponseTally?, [Diagnostic]) {
        var log = sink.log
        if sink.map == nil && !log.hasErrors { log.error(SourceLocation(file: file, line: 1, column: 1), "expected a header row, found an empty file") }
        if sink.problems > Self.maxProblems {
            log.error(SourceLocation(file: file), "\(sink.problems - Self.maxProblems) more problems like the ones above were not listed")
        }
        if !log.hasErrors && dataRows == 0 {
            log.error(SourceLocation(file: file), "expected at least one respondent, found only a header row")
        }
        if !log.hasErrors, let map = sink.map { refusePersonalValues(tally, map: map, respondents: allRows ?? dataRows, log: &log) }
        return (log.hasErrors ? nil : tally, log.items)
    }
}

/// Stops a scan once the header rows are read.
private struct HeaderRead: Error {}

/// The per-row work of a wave: one value holding all running state, so that the hot loop touches plain fields.
private struct RowSink: @unchecked Sendable {
    let reader: WaveReader
    let items: [MaturityModel.Item]
    let labels: [String: Int]
    let scale: ClosedRange<Int>
    var builder: TallyBuilder
    var map: ColumnMap? {
        didSet {
            ready = map.map { !$0.hasErrors } ?? false
            width = map?.width ?? 0
            itemColumns = map?.itemColumns ?? []
            itemSlots = map?.itemSlots ?? []
            itemQuotable = map?.itemQuotable ?? []
            // A partial wave scores each dimension on the items it has: the plan learns which ones.
            if let present = map?.present, present.contains(false), !continuing {
                builder = TallyBuilder(
                    model: reader.model, attributeCount: reader.attributes.count, unitAttribute: reader.unitAttribute, present: present)
            }
            attributeColumns = map?.attributeColumns ?? []
        }
    }
    /// Whether `builder` holds the sums of a wave's earlier files, to be added to rather than replaced.
    private(set) var continuing = false
    /// The map's fields, read on every row without copying the map.
    var ready = false
    var width = 0
    var itemColumns: [Int] = []
    var itemSlots: [Int] = []
    var itemQuotable: [Bool] = []
    var attributeColumns: [Int] = []
    var log = DiagnosticLog(stage: .load)
    var problems = 0
    var dataRows = 0
    var answers: [Int]
    var groups: [Int]
    var interners: [AttributeInterner]

    init(reader: WaveReader, items: [MaturityModel.Item], labels: [String: Int]) {
        self.reader = reader
        self.items = items
        self.labels = labels
        scale = reader.model.scale.min...reader.model.scale.max
        builder = TallyBuilder(model: reader.model, attributeCount: reader.attributes.count, unitAttribute: reader.unitAttribute)
        answers = Array(repeating: Scoring.blank, count: items.count)
        groups = Array(repeating: 0, count: reader.attributes.count)
        interners = Array(repeating: AttributeInterner(), count: reader.attributes.count)
    }

    mutating func continues(_ previous: TallyBuilder) {
        builder = previous
        continuing = true
    }

    mutating func handle(_ bytes: UnsafeBufferPointer<UInt8>, _ fields: [CSVField]) {
        guard ready else { return }
        dataRows += 1
        // Exports may end every row with a comma: empty fields beyond the header's width are not an error.
        var count = fields.count
        while count > width && fields[count - 1].start == fields[count - 1].end { count -= 1 }
        if count != width {
            problem(
                SourceLocation(file: reader.file, line: fields.first?.line ?? 0, column: 1), "expected \(width) fields as in the header, found \(fields.count)")
            return
        }
        // Answers go into the row buffer through a pointer (no copy-on-write check per cell); problems are
        // reported after the loop.
        var invalid: [(item: Int, field: CSVField, text: String)] = []
        let (itemColumns, itemSlots, scale, labels) = (itemColumns, itemSlots, scale, labels)
        answers.withUnsafeMutableBufferPointer { answers in
            fields.withUnsafeBufferPointer { fields in
                itemSlots.withUnsafeBufferPointer { itemSlots in
                    for (columnIndex, column) in itemColumns.enumerated() {
                        let field = fields[column], itemIndex = itemSlots[columnIndex]
                        // The common cases, one digit on the scale or nothing, without the general parser.
                        if !field.quoted {
                            if field.end - field.start == 1 {
                                let digit = Int(bytes[field.start]) - 0x30
                                if digit >= 0 && digit <= 9 && scale.contains(digit) { answers[itemIndex] = digit; continue }
                            } else if field.end == field.start {
                                answers[itemIndex] = Scoring.blank
                                continue
                            }
                        }
                        switch AnswerParser.parse(bytes, field, scale: scale, labels: labels) {
                        case .blank: answers[itemIndex] = Scoring.blank
                        case .value(let value): answers[itemIndex] = value
                        case .invalid(let text): invalid.append((columnIndex, field, text))
                        }
                    }
                }
            }
        }
        for (item, field, text) in invalid {
            // A cell is quoted only when neither its column's header nor the cell itself looks like personal data.
            let shown =
                itemQuotable[item] && !PersonalData.looksLikeEmail(text) && !PersonalData.looksLikePhone(text)
                ? Quote.input(text) : "a value not shown here because it may be personal data"
            problem(
                SourceLocation(file: reader.file, line: field.line, column: field.column),
                "expected an answer from \(scale.lowerBound) to \(scale.upperBound)\(labels.isEmpty ? "" : ", a scale label") or a blank for item '\(items[itemSlots[item]].id)', found \(shown)"
            )
        }
        guard invalid.isEmpty else { return }
        for (attribute, column) in attributeColumns.enumerated() {
            let group = interners[attribute].group(bytes, fields[column], attribute: attribute, builder: &builder)
            guard group >= 0 else {
                let field = fields[column]
                return problem(
                    SourceLocation(file: reader.file, line: field.line, column: field.column),
                    "\(interners[attribute].refusal) (attribute '\(reader.attributes[attribute])')")
            }
            groups[attribute] = group
        }
        builder.add(answers: answers, groups: groups)
    }

    private mutating func problem(_ location: SourceLocation, _ message: String) {
        problems += 1
        if problems <= WaveReader.maxProblems { log.error(location, message) }
    }
}

enum GroupName {
    /// What a blank attribute value is shown as.
    static let notStated = "Not stated"
}

import Foundation

/// The layouts survey tools export, told apart by their header rows (SPEC §2, "read as they come").
enum SurveyFormat: String, Sendable, CaseIterable {
    /// One header row of item ids (or question texts) and attribute names.
    case plain
    /// Qualtrics: export tags, then question texts, then `{"ImportId": …}` objects; answers from row 4.
    case qualtrics
    /// Legacy Qualtrics: `V1, V2, …` tags (byte-order mark, trailing commas), then question texts; answers from row 3.
    case qualtricsLegacy = "qualtrics-legacy"
    /// Google Forms: one row of full question texts, first column `Timestamp`.
    case googleForms = "google-forms"
    /// Microsoft Forms (CSV saved from its Excel export): `ID, Start time, Completion time, Email, Name, …`.
    case microsoftForms = "microsoft-forms"

    /// How many rows at the top are headers.
    var headerRows: Int {
        switch self {
        case .qualtrics: 3
        case .qualtricsLegacy: 2
        default: 1
        }
    }

    /// The name a wave's `format:` accepts (legacy Qualtrics is one `qualtrics` to users: its rows tell them apart).
    static func named(_ name: String) -> SurveyFormat? {
        name == "qualtrics-legacy" ? nil : SurveyFormat(rawValue: name)
    }

    /// The layout of a file from its first rows (up to three): `given` when the report names one (its
    /// `qualtrics` covers both Qualtrics layouts, and the rows say which), else the one recognised.
    static func layout(given: SurveyFormat?, rows: [[String]]) -> SurveyFormat {
        let detected = detect(rows)
        return given.map { $0 == .qualtrics && detected == .qualtricsLegacy ? .qualtricsLegacy : $0 } ?? detected
    }

    /// Recognises an export from its first rows (up to three).
    static func detect(_ rows: [[String]]) -> SurveyFormat {
        guard let first = rows.first?.map({ $0.trimmingCharacters(in: .whitespaces) }) else { return .plain }
        if first.count >= 2, first[0] == "V1", first[1] == "V2" { return .qualtricsLegacy }
        if rows.count >= 3 {
            let third = rows[2]
            let imports = third.filter { $0.hasPrefix("{\"ImportId\"") }.count
            if imports * 2 >= max(1, third.filter { !$0.isEmpty }.count) { return .qualtrics }
        }
        if first.first?.lowercased() == "timestamp" { return .googleForms }
        if first.count >= 3, first[0].lowercased() == "id", first[1].lowercased() == "start time", first[2].lowercased() == "completion time" {
            return .microsoftForms
        }
        return .plain
    }
}

/// Header text compared as people write it: runs of whitespace as one space, trimmed, any case.
enum HeaderText {
    static func normalise(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }

    /// Every way each column is named: the variants of its text in every header row, Qualtrics' import-id row
    /// left out (a Qualtrics export has tags and question texts).
    static func columnNames(_ headers: [[String]]) -> [[String]] {
        var names: [[String]] = Array(repeating: [], count: headers.map(\.count).max() ?? 0)
        for row in headers where !(row.first?.hasPrefix("{\"ImportId\"") ?? false) {
            for (index, cell) in row.enumerated() where !cell.trimmingCharacters(in: .whitespaces).isEmpty { names[index] += variants(cell) }
        }
        return names
    }

    /// The forms a question header can take: the whole text; the part after "Q1 - " or a block name; the
    /// statement of a Google Forms grid row, `Question title [Statement]`; and the statement of a Microsoft Forms
    /// Likert row, `Question title.Statement` (a full stop with no space after it).
    static func variants(_ header: String) -> [String] {
        let whole = normalise(header)
        var forms = [whole]
        if let range = whole.range(of: " - ", options: .backwards) { forms.append(String(whole[range.upperBound...])) }
        if let range = whole.range(of: " - ") { forms.append(String(whole[range.upperBound...])) }
        if whole.hasSuffix("]"), let open = whole.range(of: "[", options: .backwards), open.lowerBound > whole.startIndex {
            let statement = whole[open.upperBound..<whole.index(before: whole.endIndex)].trimmingCharacters(in: .whitespaces)
            if !statement.isEmpty { forms.append(statement) }
        }
        var rest = whole[...]
        while let stop = rest.firstIndex(of: ".") {
            rest = rest[rest.index(after: stop)...]
            if let next = rest.first, !next.isWhitespace, !next.isNumber, next != "." { forms.append(String(rest)) }
        }
        return forms
    }

    /// Edit distance, for "did you mean" hints (texts cut to 120 characters).
    static func distance(_ a: String, _ b: String) -> Int { Suggestion.distance(String(a.prefix(120)), String(b.prefix(120))) }
}

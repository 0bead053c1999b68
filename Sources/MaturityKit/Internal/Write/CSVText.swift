/// CSV as spreadsheets read it, shared by every CSV the tool writes (`data/results.csv`, the questionnaire).
/// RFC 4180 quoting, plus OWASP's guard against formula injection for text that came from users: a text cell
/// starting with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`, so Excel, LibreOffice and
/// Sheets show it as text instead of running it. A cell holding `,`, `;` (the separator where a comma is the
/// decimal mark), `"` or a line break is quoted, so no cell can be split into new ones.
///
/// Numbers the tool formats itself (counts, scores, scale bounds) are written as they are: they may be negative
/// on a scale such as −2…2, and a guard would turn them into text.
enum CSVText {
    enum Cell {
        case text(String)
        case number(String)
    }

    static func row(_ cells: [Cell]) -> String {
        cells.map { cell in
            switch cell {
            case .text(let text): field(text)
            case .number(let number): number
            }
        }.joined(separator: ",")
    }

    /// One text cell, guarded and quoted where needed.
    static func field(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        guard value.unicodeScalars.contains(where: { $0 == "," || $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A figure at full precision, or an empty cell.
    static func number(_ value: Double?) -> Cell { .number(value.map { "\($0)" } ?? "") }

    static func number(_ value: Int) -> Cell { .number(String(value)) }
}

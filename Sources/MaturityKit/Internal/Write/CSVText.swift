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
        /// A figure at full precision (Swift's shortest round-trip form), or an empty cell for nil.
        case figure(Double?)
        case count(Int)
    }

    static func row(_ cells: [Cell]) -> String {
        var out = TextBytes()
        append(cells, to: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Appends one row (without its line end) to `out`: a unit's results.csv is written a row at a time.
    static func append(_ cells: [Cell], to out: inout TextBytes) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { out.write(",") }
            switch cell {
            case .text(let text): appendField(text, to: &out)
            case .number(let number): out.write(number)
            case .figure(let value): value?.write(to: &out)
            case .count(let value): out.write(String(value))
            }
        }
    }

    /// One text cell, guarded and quoted where needed.
    static func field(_ text: String) -> String {
        var out = TextBytes()
        appendField(text, to: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    private static func appendField(_ text: String, to out: inout TextBytes) {
        let bytes = text.utf8
        // = + - @ tab CR start a formula; , ; " LF CR need quotes. All are ASCII, so bytes tell.
        let guarded = bytes.first.map { $0 == 0x3D || $0 == 0x2B || $0 == 0x2D || $0 == 0x40 || $0 == 0x09 || $0 == 0x0D } ?? false
        let quoted = bytes.contains { $0 == 0x2C || $0 == 0x3B || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        if !guarded && !quoted { out.write(text); return }
        if quoted { out.write("\"") }
        if guarded { out.write("'") }
        out.write(quoted ? text.replacingOccurrences(of: "\"", with: "\"\"") : text)
        if quoted { out.write("\"") }
    }

    /// A figure at full precision, or an empty cell.
    static func number(_ value: Double?) -> Cell { .figure(value) }

    static func number(_ value: Int) -> Cell { .count(value) }
}

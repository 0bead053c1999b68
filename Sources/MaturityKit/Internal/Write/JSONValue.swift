/// A JSON value with ordered keys, written the same way on every machine: keys in the order given,
/// numbers in Swift's shortest round-trip form (full precision, no locale), two-space indentation.
/// Not `indirect`: arrays already hold the nested values, and a box per number would be one allocation per figure.
enum JSONValue {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case null

    func rendered() -> String { String(decoding: bytes(), as: UTF8.self) }

    /// The file's bytes, written straight into one buffer (a large site writes one data file per unit).
    func bytes() -> [UInt8] {
        var out = TextBytes()
        out.bytes.reserveCapacity(32 << 10)
        write(into: &out, indent: 0)
        out.bytes.append(0x0A)
        return out.bytes
    }

    private func write(into out: inout TextBytes, indent: Int) {
        switch self {
        case .object(let pairs):
            if pairs.isEmpty { out.write("{}"); return }
            out.write("{\n")
            for (index, (key, value)) in pairs.enumerated() {
                out.pad(indent + 1)
                JSONValue.quote(key, into: &out)
                out.write(": ")
                value.write(into: &out, indent: indent + 1)
                out.write(index + 1 < pairs.count ? ",\n" : "\n")
            }
            out.pad(indent)
            out.write("}")
        case .array(let values):
            if values.isEmpty { out.write("[]"); return }
            if values.allSatisfy({ $0.isScalar }) {
                out.write("[")
                for (index, value) in values.enumerated() {
                    if index > 0 { out.write(", ") }
                    value.write(into: &out, indent: indent)
                }
                out.write("]")
                return
            }
            out.write("[\n")
            for (index, value) in values.enumerated() {
                out.pad(indent + 1)
                value.write(into: &out, indent: indent + 1)
                out.write(index + 1 < values.count ? ",\n" : "\n")
            }
            out.pad(indent)
            out.write("]")
        case .string(let text): JSONValue.quote(text, into: &out)
        // Written straight into the output: no String per figure.
        case .number(let value): if value.isFinite { value.write(to: &out) } else { out.write("null") }
        case .integer(let value): out.write(String(value))
        case .bool(let value): out.write(value ? "true" : "false")
        case .null: out.write("null")
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }

    static func quote(_ text: String, into out: inout TextBytes) {
        // Most keys and names need no escape: append them whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 }) {
            out.write("\"")
            out.write(text)
            out.write("\"")
            return
        }
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            // Escaped so that the file is safe to inline in HTML too.
            case "<": escaped += "\\u003c"
            case ">": escaped += "\\u003e"
            case "&": escaped += "\\u0026"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        out.write(escaped + "\"")
    }
}

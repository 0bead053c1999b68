/// User input inside a message: in double quotes, at most 80 characters, control characters and quotes
/// escaped, so a diagnostic stays one readable line however long or odd the input is.
enum Quote {
    static let limit = 80

    static func input<Text: StringProtocol>(_ text: Text) -> String {
        var out = "\""
        var count = 0
        for character in text {
            if count == limit { out += "…"; break }
            count += 1
            for scalar in character.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\t": out += "\\t"
                case "\r": out += "\\r"
                default:
                    if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
                        out += "\\u{" + String(scalar.value, radix: 16) + "}"
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        return out + "\""
    }
}

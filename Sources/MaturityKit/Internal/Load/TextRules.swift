/// The one set of rules every piece of input text follows, whichever loader reads it (YAML values, CSV group
/// values, front matter): a length limit per kind of text, and no character that could hide or reorder what a
/// reader sees. NUL and the other control characters (tab and line breaks aside) and the bidirectional
/// controls U+202A–U+202E and U+2066–U+2069 are refused.
enum TextRules {
    /// How long a kind of text may be, in characters (Unicode scalars).
    enum Kind {
        /// Report, initiative and commentary titles.
        case title
        /// Names: organisation, model, dimension, stage, owner, group values, labels.
        case name
        /// Everything else: descriptions, statements, summaries, rationales, evidence, actions, goals.
        case text
        /// A commentary file's Markdown, measured in bytes by the file reader.
        case commentary

        var limit: Int {
            switch self {
            case .title: 300
            case .name: 200
            case .text: 10_000
            case .commentary: 1 << 20
            }
        }

        var word: String {
            switch self {
            case .title: "a title"
            case .name: "a name"
            case .text: "a text value"
            case .commentary: "a commentary file"
            }
        }
    }

    /// The largest YAML file read (report, model, roadmap, benchmark, scores, criteria): checked before it is parsed.
    static let yamlFileLimit = 4 << 20

    /// What is wrong with `text`, naming the first bad character and where in the text it is; nil when fine.
    static func problem(_ text: String, _ kind: Kind, what: String) -> String? {
        var count = 0
        for scalar in text.unicodeScalars {
            count += 1
            if let name = forbiddenName(scalar) {
                return "\(what) contains \(name) (U+\(hex(scalar.value))) at character \(count); remove it"
            }
        }
        if count > kind.limit {
            return "\(what) is \(count) characters long; \(kind.word) may have at most \(kind.limit)"
        }
        return nil
    }

    static func forbiddenName(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x00: "a NUL character"
        case 0x09, 0x0A, 0x0D: nil
        case 0x01...0x1F, 0x7F...0x9F: "a control character"
        case 0x202A...0x202E, 0x2066...0x2069: "a bidirectional control character"
        default: nil
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

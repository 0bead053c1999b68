import Foundation

/// Header fields of an RFC 5322 message: RFC 2047 encoded-words for anything that is not plain ASCII,
/// folded so that no line is longer than 78 characters.
enum EmailHeader {
    static let lineLimit = 78
    /// Longest encoded-word we write, so that even after "Subject: " the first one fits on its line.
    static let encodedWordLimit = 60

    /// Why a subject cannot be used, or nil.
    static func subjectProblem(_ subject: String) -> String? {
        if subject.trimmingCharacters(in: .whitespaces).isEmpty { return "expected a non-empty subject" }
        if subject.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "expected the subject on one line, without control characters, found \(subject.debugDescription)"
        }
        return nil
    }

    /// One header field, folded: `Name: token token…`, continuation lines starting with a space, joined by CRLF.
    static func field(_ name: String, _ tokens: [String]) -> String {
        var lines: [String] = []
        var line = name + ":"
        for token in tokens {
            if line.utf8.count + 1 + token.utf8.count > lineLimit && line != name + ":" {
                lines.append(line)
                line = " " + token
            } else {
                line += " " + token
            }
        }
        lines.append(line)
        return lines.joined(separator: "\r\n")
    }

    /// Unstructured text (a subject): plain words when it is short ASCII, else a run of encoded-words.
    static func unstructured(_ text: String) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        let plain =
            text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
            && !text.contains("=?") && !words.contains(where: \.isEmpty)
            && words.allSatisfy { $0.utf8.count <= lineLimit - 10 }
        return plain ? words.map(String.init) : encodedWords(text)
    }

    /// A mailbox as header tokens: `name@example.com`, `Jane Doe <…>`, `"Doe, Jane" <…>` or encoded-words `<…>`.
    static func mailbox(_ mailbox: Mailbox) -> [String] {
        guard let name = mailbox.name else { return [mailbox.address] }
        let angle = "<\(mailbox.address)>"
        let ascii = name.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
        let words = name.split(separator: " ")
        if ascii && !name.contains("=?") && words.allSatisfy({ $0.utf8.count <= 40 }) {
            if words.allSatisfy({ $0.utf8.allSatisfy(EmailAddress.isAtext) }) { return words.map(String.init) + [angle] }
            let quoted = "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
            if quoted.utf8.count <= 60 { return [quoted, angle] }
        }
        return encodedWords(name) + [angle]
    }

    /// Mailboxes separated by commas, as tokens to fold.
    static func addressList(_ mailboxes: [Mailbox]) -> [String] {
        var tokens: [String] = []
        for (index, box) in mailboxes.enumerated() {
            var part = mailbox(box)
            if index < mailboxes.count - 1 { part[part.count - 1] += "," }
            tokens += part
        }
        return tokens
    }

    /// RFC 2047 `=?UTF-8?B?…?=` words, each at most `encodedWordLimit` long and each holding whole characters.
    static func encodedWords(_ text: String) -> [String] {
        let maxBytes = (encodedWordLimit - 12) / 4 * 3
        var words: [String] = []
        var chunk: [UInt8] = []
        func flush() {
            if !chunk.isEmpty { words.append("=?UTF-8?B?" + Data(chunk).base64EncodedString() + "?=") }
            chunk = []
        }
        for scalar in text.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if chunk.count + bytes.count > maxBytes { flush() }
            chunk += bytes
        }
        flush()
        return words
    }

    /// The report date at 09:00 UTC in RFC 5322 form, e.g. `Thu, 15 Oct 2026 09:00:00 +0000`: no clock is read.
    static func date(_ reportDate: String) -> String {
        guard let (year, month, day) = ReportDate.parts(reportDate) else { return "Thu, 01 Jan 1970 09:00:00 +0000" }
        let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let days = daysSinceEpoch(year: year, month: month, day: day)
        let weekday = weekdays[((days % 7) + 7) % 7]
        let dd = day < 10 ? "0\(day)" : "\(day)"
        return "\(weekday), \(dd) \(months[month - 1]) \(year) 09:00:00 +0000"
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

/// 64-bit FNV-1a, for short deterministic identifiers (Message-ID, MIME boundary).
enum FNV1a {
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func hex(_ text: String) -> String {
        let digits = String(hash(text), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// Quoted-printable (RFC 2045 §6.7) for text parts: encoded lines of at most 76 characters, CRLF line breaks.
/// Besides what the RFC requires, a "." or the "F" of "From " at the start of a line is encoded, so that no
/// line can end a message for `sendmail` or be mangled by an mbox file.
enum QuotedPrintable {
    static let limit = 76

    static func encode(_ text: String) -> String {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return normalised.split(separator: "\n", omittingEmptySubsequences: false)
            .map { encodeLine(Array($0.utf8)) }
            .joined(separator: "\r\n")
    }

    private static func encodeLine(_ bytes: [UInt8]) -> String {
        var output = ""
        var column = 0
        for (index, byte) in bytes.enumerated() {
            let last = index == bytes.count - 1
            var token: String
            let printable = (byte >= 33 && byte <= 126 && byte != 61) || ((byte == 32 || byte == 9) && !last)
            token = printable ? String(UnicodeScalar(byte)) : escape(byte)
            // A token that does not fit goes on the next line, after a soft break ("=").
            if column + token.utf8.count > (last ? limit : limit - 1) {
                output += "=\r\n"
                column = 0
            }
            if column == 0 && printable && startsUnsafely(bytes, at: index) { token = escape(byte) }
            output += token
            column += token.utf8.count
        }
        return output
    }

    private static func startsUnsafely(_ bytes: [UInt8], at index: Int) -> Bool {
        if bytes[index] == UInt8(ascii: ".") { return true }
        return bytes[index...].starts(with: Array("From ".utf8))
    }

    private static func escape(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return String(decoding: [UInt8(ascii: "="), digits[Int(byte >> 4)], digits[Int(byte & 0xF)]], as: UTF8.self)
    }
}

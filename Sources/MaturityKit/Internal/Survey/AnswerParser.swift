import Foundation

/// Turns one answer cell into a scale value without building a String for the common case (a digit).
enum AnswerParser {
    enum Answer: Equatable {
        case blank
        case value(Int)
        case invalid(String)
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ field: CSVField, scale: ClosedRange<Int>, labels: [String: Int]) -> Answer {
        var start = field.start, end = field.end
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        if start == end { return .blank }
        var value = 0
        var isNumber = true
        // A scale may go below zero (-2 to 2): a leading minus sign belongs to the number.
        let negative = bytes[start] == 0x2D && end - start > 1
        let digits = negative ? start + 1 : start
        var index = digits
        while index < end {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 && value < 1_000_000 {
                value = value * 10 + Int(byte - 0x30)
            } else if byte == 0x2E && index > digits && (index + 1..<end).allSatisfy({ bytes[$0] == 0x30 }) && index + 1 < end {
                break  // "4.0" is the whole number 4
            } else {
                isNumber = false
                break
            }
            index += 1
        }
        if isNumber {
            if negative { value = -value }
            if scale.contains(value) { return .value(value) }
            return .invalid(text(bytes, start, end))
        }
        // A quoted cell may hold "" for one quote: compare the text as written by the respondent.
        let cell = field.quoted ? CSVScanner.text(bytes, field).trimmingCharacters(in: .whitespaces) : text(bytes, start, end)
        if let labelled = labels[cell.lowercased()] { return .value(labelled) }
        // Survey tools export a numbered label as written: "4 - Agree", "4. Agree", "4) Agree", "4 = Agree".
        if index > digits, leadsLabel(bytes, from: index, to: end) {
            if negative { value = -value }
            if scale.contains(value) { return .value(value) }
        }
        return .invalid(cell)
    }

    /// Whether the text after a leading number is a label: separators (space, `-`, `–`, `.`, `:`, `)`, `=`),
    /// then a letter.
    private static func leadsLabel(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var index = start
        var separated = false
        while index < end {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x2D || byte == 0x2E || byte == 0x3A || byte == 0x29 || byte == 0x3D {
                separated = true
            } else if byte == 0xE2 && index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x93 {
                separated = true  // an en dash
                index += 2
            } else {
                break
            }
            index += 1
        }
        guard separated, index < end else { return false }
        let byte = bytes[index]
        return (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}

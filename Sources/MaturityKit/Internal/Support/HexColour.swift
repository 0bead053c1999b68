import Foundation

/// A `#rrggbb` (or `#rgb`) colour, for branding and contrast checks.
struct HexColour {
    var red: Double, green: Double, blue: Double

    init?(_ text: String) {
        var digits = Array(text.utf8)
        if digits.count == 4 { digits = [digits[0], digits[1], digits[1], digits[2], digits[2], digits[3], digits[3]] }
        let isHex = { (b: UInt8) in (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66) }
        guard digits.count == 7, digits[0] == UInt8(ascii: "#"), digits.dropFirst().allSatisfy(isHex),
            let value = Int(String(decoding: digits.dropFirst(), as: UTF8.self), radix: 16)
        else { return nil }
        red = Double((value >> 16) & 0xFF) / 255
        green = Double((value >> 8) & 0xFF) / 255
        blue = Double(value & 0xFF) / 255
    }

    /// WCAG 2.1 relative luminance.
    var luminance: Double {
        func channel(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    }

    /// WCAG contrast ratio against white text.
    var contrastWithWhite: Double { 1.05 / (luminance + 0.05) }

    /// WCAG 2.1 contrast ratio between two colours, from 1 (none) to 21 (black on white), in either order.
    func contrast(with other: HexColour) -> Double {
        let (a, b) = (luminance, other.luminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}

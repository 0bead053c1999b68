import Foundation

/// A `#rrggbb` colour, for branding and contrast checks.
struct HexColour {
    var red: Double, green: Double, blue: Double

    init?(_ text: String) {
        let digits = Array(text.utf8)
        let isHex = { (b: UInt8) in (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66) }
        guard digits.count == 7, digits[0] == UInt8(ascii: "#"), digits.dropFirst().allSatisfy(isHex), let value = Int(String(text.dropFirst()), radix: 16)
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
}

import Foundation

/// Text in charts without a browser to measure it: a width estimate that errs on the wide side (average
/// sans-serif advance of 0.58 em), breaking at spaces, and shortening on a word boundary. Labels are laid
/// out with these so that nothing is cut and nothing runs into its neighbour.
enum ChartText {
    static func width(_ text: String, size: Double) -> Double { Double(text.unicodeScalars.count) * size * 0.58 }

    /// The text in lines no wider than `width`; a word longer than a line gets a line of its own. The same
    /// labels come back on every unit's pages, so each answer is kept (a few hundred labels per build).
    static func lines(_ text: String, width: Double, size: Double, limit: Int = .max) -> [String] {
        let key = LineCache.Key(text: text, width: width, size: size, limit: limit)
        if let known = LineCache.shared.get(key) { return known }
        let lines = breakLines(text, width: width, size: size, limit: limit)
        LineCache.shared.set(key, lines)
        return lines
    }

    private static func breakLines(_ text: String, width: Double, size: Double, limit: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if !line.isEmpty && Self.width(candidate, size: size) > width {
                lines.append(line)
                line = String(word)
            } else {
                line = candidate
            }
        }
        if !line.isEmpty { lines.append(line) }
        guard lines.count > limit else { return lines }
        let kept = Array(lines.prefix(limit - 1))
        return kept + [shortened(lines.dropFirst(limit - 1).joined(separator: " "), width: width, size: size)]
    }

    /// The text cut at the last space that keeps it, with "…", within `width`.
    static func shortened(_ text: String, width: Double, size: Double) -> String {
        guard Self.width(text, size: size) > width else { return text }
        var kept = ""
        for word in text.split(separator: " ") {
            let candidate = kept.isEmpty ? String(word) : kept + " " + word
            if Self.width(candidate + "…", size: size) > width { break }
            kept = candidate
        }
        return (kept.isEmpty ? String(text.prefix(max(1, Int(width / (size * 0.58)) - 1))) : kept) + "…"
    }
}

/// Lines already broken, shared by the threads that build pages.
private final class LineCache: @unchecked Sendable {
    static let shared = LineCache()

    struct Key: Hashable {
        var text: String
        var width: Double
        var size: Double
        var limit: Int
    }

    private let lock = NSLock()
    private var lines: [Key: [String]] = [:]

    func get(_ key: Key) -> [String]? {
        lock.lock()
        defer { lock.unlock() }
        return lines[key]
    }

    func set(_ key: Key, _ value: [String]) {
        lock.lock()
        defer { lock.unlock() }
        if lines.count < 20_000 { lines[key] = value }
    }
}

/// Places legend entries (a key drawn by the caller, then its label) left to right, starting a new line
/// when the next entry would pass the right edge.
struct LegendLayout {
    let left: Double
    let right: Double
    let lineHeight: Double
    let size: Double
    private(set) var x: Double
    private(set) var y: Double

    init(left: Double, right: Double, top: Double, size: Double = 12) {
        self.left = left
        self.right = right
        self.size = size
        lineHeight = size * 1.9
        x = left
        y = top
    }

    /// Where the next entry goes (its key at `x`, its baseline at `y`), given its key's width and label.
    mutating func place(keyWidth: Double, label: String) -> (x: Double, y: Double) {
        let width = keyWidth + 6 + ChartText.width(label, size: size)
        if x > left && x + width > right {
            x = left
            y += lineHeight
        }
        defer { x += width + 18 }
        return (x, y)
    }

    /// The height the legend takes from `top`, for sizing the drawing before it is drawn.
    static func height(labels: [String], keyWidth: Double, left: Double, right: Double, size: Double = 12) -> Double {
        var layout = LegendLayout(left: left, right: right, top: 0, size: size)
        for label in labels { _ = layout.place(keyWidth: keyWidth, label: label) }
        return layout.y + layout.lineHeight
    }
}

/// The two layouts of every chart: the wide one, and a narrow one for phones (shown by the theme's stylesheet
/// below a breakpoint), laid out so that its text stays at 12 px or more at 300 px wide.
enum ChartLayout: Sendable {
    case wide, narrow

    static let narrowWidth = 300.0
    /// The id suffix that keeps the narrow drawing's title and description ids unique on the page.
    func id(_ base: String) -> String { self == .wide ? base : base + "-narrow" }
}

import Mustache
import Yams

/// The theme's colours and chart sizes (`palette.yaml`), used by the stylesheet (`{{palette.name}}`), the charts
/// and the email. Colours are `#rrggbb` or `#rgb` only and sizes plain numbers in a range: these values are written into
/// SVG attributes and inline styles, so nothing else may pass.
struct ThemePalette: Sendable {
    private(set) var colours: [String: String] = [:]
    private(set) var scales: [String: [String]] = [:]
    private(set) var sizes: [String: Double] = [:]

    static let sizeRange: ClosedRange<Double> = 40...2000

    subscript(colour name: String) -> String { colours[name] ?? "#000000" }
    func scale(_ name: String) -> [String] { scales[name] ?? [] }
    func size(_ name: String) -> Double { sizes[name] ?? 100 }

    /// Reads one palette file over the values read so far; names must be those of the built-in palette.
    mutating func read(_ text: String, file: String, builtIn: ThemePalette?, into log: inout DiagnosticLog) {
        let reader = YAMLReader(file: file, stage: .render)
        defer { log.append(contentsOf: reader.diagnostics) }
        guard let root = reader.mapping(reader.parse(text), "the palette") else { return }
        for (keyNode, value) in root {
            let name = keyNode.string ?? ""
            let kind = builtIn.map { $0.kind(of: name) } ?? Self.guessKind(value)
            switch kind {
            case nil:
                reader.error(reader.location(keyNode), "unknown palette entry \(Quote.input(name))")
            case .colour?:
                if let colour = Self.colour(value, name, reader) { colours[name] = colour }
            case .scale?:
                guard let list = reader.sequence(value, "the palette entry '\(name)'") else { continue }
                let parsed = list.compactMap { Self.colour($0, name, reader) }
                if parsed.count != list.count { continue }
                if let wanted = builtIn?.scales[name]?.count, parsed.count != wanted {
                    reader.error(reader.location(value), "the palette entry '\(name)' needs exactly \(wanted) colours, found \(parsed.count)")
                    continue
                }
                scales[name] = parsed
            case .size?:
                guard let number = reader.scalarText(value, "the palette entry '\(name)'", .name).flatMap(Double.init),
                    Self.sizeRange.contains(number)
                else {
                    reader.error(
                        reader.location(value),
                        "the palette entry '\(name)' must be a number from \(Int(Self.sizeRange.lowerBound)) to \(Int(Self.sizeRange.upperBound))")
                    continue
                }
                sizes[name] = number
            }
        }
    }

    enum Kind { case colour, scale, size }

    func kind(of name: String) -> Kind? {
        if colours[name] != nil { return .colour }
        if scales[name] != nil { return .scale }
        return sizes[name] != nil ? .size : nil
    }

    private static func guessKind(_ node: Node) -> Kind {
        if case .sequence = node { return .scale }
        return (node.string ?? "").hasPrefix("#") ? .colour : .size
    }

    private static func colour(_ node: Node, _ name: String, _ reader: YAMLReader) -> String? {
        let text = node.string ?? ""
        guard text.count == 7 || text.count == 4, text.first == "#", text.dropFirst().allSatisfy(\.isHexDigit) else {
            reader.error(reader.location(node), "the palette entry '\(name)' must be a colour written #rrggbb or #rgb, found \(Quote.input(text))")
            return nil
        }
        return text.lowercased()
    }
}

/// `palette` in templates: `{{palette.current}}`; a scale is a list (`{{#palette.stage_bands}}{{.}}{{/palette.stage_bands}}`).
final class PaletteBox: MustacheParent, Sendable {
    let palette: ThemePalette
    init(_ palette: ThemePalette) { self.palette = palette }
    func child(named name: String) -> Any? {
        if let colour = palette.colours[name] { return colour }
        if let scale = palette.scales[name] { return scale }
        return palette.sizes[name].map { Fixed.format($0, places: 0) }
    }
}

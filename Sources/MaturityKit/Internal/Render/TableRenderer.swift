import Foundation
import Mustache

/// Renders data tables through the theme's `table` partial, with the table and the theme's globals as the
/// partial's whole context, so that the result depends on nothing else. A large site has thousands of
/// tables of the same few shapes (the same caption, headers and row headers; only the figures differ), and in
/// swift-mustache every cell of a loop costs a microsecond or more. So each shape is rendered once more
/// with a marker in every cell, which gives the theme's markup with holes where the cells go; later tables
/// of that shape fill the holes, escaped exactly where the partial escapes them.
///
/// The skeleton is trusted only where it provably gives the partial's own output: the first table of each
/// shape that comes back is rendered both ways and compared, a table with an empty cell (which a section would treat as
/// false) is always rendered in full, and a partial that applies transforms or includes other partials is
/// always rendered in full.
final class TableRenderer: @unchecked Sendable {
    private let library: MustacheLibrary
    private let globals: Globals
    private let skeletonsAllowed: Bool
    private let lock = NSLock()
    private var shapes: [Shape: State] = [:]

    private enum State {
        /// Seen once: a shape that never comes back costs one ordinary render, nothing more.
        case seen
        case trusted(Skeleton)
        case untrusted
    }

    private static let open: Character = "\u{E000}", close: Character = "\u{E001}"

    init(library: MustacheLibrary, globals: Globals, partialText: String) {
        self.library = library
        self.globals = globals
        skeletonsAllowed = Self.isPlain(partialText)
    }

    func render(_ table: TableView) -> String {
        let cells = table.rows.flatMap(\.cells)
        // The markers' UTF-8 starts with 0xEE (U+E000–U+EFFF): a byte test first, Characters only where it hits.
        guard skeletonsAllowed, cells.allSatisfy({ !$0.isEmpty && (!$0.utf8.contains(0xEE) || (!$0.contains(Self.open) && !$0.contains(Self.close))) }) else {
            return full(table)
        }
        let shape = Shape(table)
        lock.lock()
        let state = shapes[shape]
        if state == nil { shapes[shape] = .seen }
        lock.unlock()
        switch state {
        case .trusted(let skeleton)?: return skeleton.fill(cells)
        case .untrusted?: return full(table)
        case nil: return full(table)
        case .seen?:
            let html = full(table)
            let skeleton = Skeleton(full(Self.marked(table)))
            let trusted = skeleton.map { $0.fill(cells) == html } ?? false
            lock.lock()
            shapes[shape] = trusted ? .trusted(skeleton!) : .untrusted
            lock.unlock()
            return html
        }
    }

    private func full(_ table: TableView) -> String {
        library.render(PageContext(table, globals: globals, shared: nil), withTemplate: "table") ?? ""
    }

    /// The table with each cell replaced by its marker: its number, and an `&` that shows whether the
    /// partial escaped that place.
    private static func marked(_ table: TableView) -> TableView {
        var number = 0
        var marked = table
        marked.rows = table.rows.map { row in
            var copy = row
            copy.cells = row.cells.map { _ in
                defer { number += 1 }
                return "\(open)\(number)&\(close)"
            }
            return copy
        }
        return marked
    }

    /// Whether the partial can only print cells or test them, never transform them: no transform other than
    /// a position in a list, no partial, no change of delimiters, no lambda-like block.
    private static func isPlain(_ text: String) -> Bool {
        let positions = ["first()", "last()", "index()", "even()", "odd()"]
        var rest = Substring(text)
        while let start = rest.range(of: "{{") {
            guard let end = rest[start.upperBound...].range(of: "}}") else { return false }
            let tag = rest[start.upperBound..<end.lowerBound]
            if let marker = tag.first, ">$<=".contains(marker) { return false }
            if tag.contains("("), !positions.contains(where: { tag.hasSuffix($0) }) { return false }
            rest = rest[end.upperBound...]
        }
        return true
    }

    /// What makes two tables render alike but for their cells.
    private struct Shape: Hashable {
        var caption: String
        var kind: String?
        var headers: [String]
        var rowHeaders: [String]
        var links: [NavLink?]
        var widths: [Int]

        init(_ table: TableView) {
            caption = table.caption
            kind = table.kind
            headers = table.headers
            rowHeaders = table.rows.map(\.header)
            links = table.rows.map(\.link)
            widths = table.rows.map(\.cells.count)
        }
    }

    /// A rendered table cut at its cells' markers.
    private struct Skeleton {
        enum Piece { case text(String), cell(Int, escaped: Bool) }
        var pieces: [Piece] = []

        init?(_ html: String) {
            var rest = Substring(html)
            while let start = rest.firstIndex(of: TableRenderer.open) {
                pieces.append(.text(String(rest[..<start])))
                let body = rest[rest.index(after: start)...]
                guard let end = body.firstIndex(of: TableRenderer.close) else { return nil }
                let inner = body[..<end]
                let digits = inner.prefix { $0.isASCII && $0.isNumber }
                guard let number = Int(digits) else { return nil }
                switch inner.dropFirst(digits.count) {
                case "&": pieces.append(.cell(number, escaped: false))
                case "&amp;": pieces.append(.cell(number, escaped: true))
                default: return nil
                }
                rest = body[body.index(after: end)...]
            }
            if rest.contains(TableRenderer.close) { return nil }
            pieces.append(.text(String(rest)))
        }

        func fill(_ cells: [String]) -> String {
            var out = ""
            for piece in pieces {
                switch piece {
                case .text(let text): out += text
                case .cell(let number, let escaped): out += escaped ? HTML.escape(cells[number]) : cells[number]
                }
            }
            return out
        }
    }
}

/// `rendered` on a table: the table through the theme's `table` partial (see `TableRenderer`). Written with
/// `{{{table.rendered}}}`, it gives what `{{#table}}{{> table}}{{/table}}` gives when the partial uses only
/// the table's own fields, `t` and `palette`.
struct RenderedTable: MustacheCustomRenderable, CustomReflectable, @unchecked Sendable {
    let renderer: TableRenderer?
    let box: TableBox?

    static let none = RenderedTable(renderer: nil, box: nil)

    var renderText: String { box.flatMap { box in renderer?.render(box.table) } ?? "" }
    var isNull: Bool { false }
    /// Nothing to reflect: the table it renders is its parent.
    var customMirror: Mirror { Mirror(self, children: [:]) }
}

final class TableBox: @unchecked Sendable {
    let table: TableView
    init(_ table: TableView) { self.table = table }
}

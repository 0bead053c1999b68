import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What an SVG in assets/ may hold: a drawing and nothing that runs or loads. Parsed as XML; refused are
/// script-like elements, event-handler attributes, animations that set links or handlers, processing
/// instructions, document types (and so entities), and any reference (href, src, url() in styles) that is
/// not a fragment or a file of assets/.
enum SVGPolicy {
    struct Problem { var line: Int; var column: Int; var message: String }

    static let forbiddenElements: Set<String> = ["script", "foreignobject", "handler", "listener", "iframe", "embed", "object"]

    static func problems(_ text: String, base: String, assets: Set<String>) -> [Problem] {
        // Entities are where XML parsers blow up and reach out; a drawing needs none.
        for marker in ["<!DOCTYPE", "<!ENTITY"] {
            if let range = text.range(of: marker, options: .caseInsensitive) {
                let (line, column) = position(of: range.lowerBound, in: text)
                return [Problem(line: line, column: column, message: "an SVG asset may not have a document type or entities")]
            }
        }
        let checker = Checker(base: base, assets: assets)
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = checker
        let parsed = parser.parse() && !checker.failed && checker.depth == 0
        if !parsed, checker.found.isEmpty {
            return [Problem(line: parser.lineNumber, column: parser.columnNumber, message: "an SVG asset must be well-formed XML")]
        }
        if !checker.sawRoot { return [Problem(line: 1, column: 1, message: "an SVG asset must have <svg> as its root element")] }
        return checker.found
    }

    static func position(of index: String.Index, in text: String) -> (Int, Int) {
        let before = text[..<index]
        let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        return (line, before.distance(from: lineStart, to: index) + 1)
    }

    private final class Checker: NSObject, XMLParserDelegate {
        let base: String
        let assets: Set<String>
        var found: [Problem] = []
        var sawRoot = false
        var failed = false
        var depth = 0
        var styleText: String?
        var styleAt = (1, 1)

        init(base: String, assets: Set<String>) { (self.base, self.assets) = (base, assets) }

        func flag(_ parser: XMLParser, _ message: String) {
            found.append(Problem(line: parser.lineNumber, column: parser.columnNumber, message: message))
        }

        func css(_ parser: XMLParser, _ text: String, at position: (Int, Int)) {
            for problem in StylesheetPolicy.problems(text, base: base, assets: assets) {
                let line = position.0 + problem.line - 1
                found.append(Problem(line: line, column: problem.line == 1 ? position.1 : problem.column, message: "in the SVG's styles, " + problem.message))
            }
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:])
        {
            let name = local(elementName)
            if depth == 0 {
                sawRoot = name == "svg"
                if !sawRoot { flag(parser, "an SVG asset must have <svg> as its root element, found <\(Quote.input(elementName).dropFirst().dropLast())>") }
            }
            depth += 1
            if forbiddenElements.contains(name) { flag(parser, "an SVG asset may not contain a <\(elementName)> element: it can run or load content") }
            if name == "style" { styleText = ""; styleAt = (parser.lineNumber, parser.columnNumber) }
            for (key, value) in attributes.sorted(by: { $0.key < $1.key }) {
                let attribute = local(key)
                if attribute.hasPrefix("on") {
                    flag(parser, "an SVG asset may not have event-handler attributes such as '\(key)'")
                } else if attribute == "href" || attribute == "src" {
                    if let problem = SiteReference.problem(value, base: base, assets: assets) {
                        flag(parser, "an SVG asset may only refer to files of assets/: \(problem)")
                    }
                } else if attribute == "attributename", local(value).hasPrefix("on") || local(value) == "href" {
                    flag(parser, "an SVG asset may not animate '\(value)'")
                } else if !key.lowercased().hasPrefix("xmlns") {
                    css(parser, value, at: (parser.lineNumber, parser.columnNumber))
                }
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
            if local(elementName) == "style", let text = styleText { css(parser, text, at: styleAt); styleText = nil }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { styleText? += string }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { failed = true }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) { styleText? += String(decoding: CDATABlock, as: UTF8.self) }

        func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
            flag(parser, "an SVG asset may not contain processing instructions such as <?\(target)…?>")
        }

        private func local(_ name: String) -> String {
            String(name.split(separator: ":").last ?? "").lowercased()
        }
    }
}

import XCTest

@testable import MustacheLookupsTool

/// The parser of the build-time lookup generator: which declarations count as stored properties, and that
/// what it cannot read stops the build with the file and line instead of leaving a field out.
final class MustacheLookupsToolTests: XCTestCase {
    private func scan(_ source: String) throws -> [String: [String]] {
        var lexer = Lexer(source: source, file: "Sample.swift")
        let types = try TypeScanner(tokens: lexer.tokens(), file: "Sample.swift").scan()
        return Dictionary(uniqueKeysWithValues: types.map { ($0.name, $0.properties.map(\.name)) })
    }

    private func error(_ source: String) -> String {
        do {
            let found = try scan(source)
            return "no error; found \(found)"
        } catch {
            return "\(error)"
        }
    }

    func testStoredPropertiesAreFoundAndEverythingElseIsLeftOut() throws {
        let source = #"""
            /* struct InComment: TemplateData { var no: Int } */
            let text = "struct InString: TemplateData { var no: Int } \("}")"
            struct Page<T>: Equatable, TemplateData where T: Sendable {
                var a: Int
                let b: [String: [Int]] = [:]
                var c = max(1,
                            2), d: Int
                var computed: Int { a + 1 }
                var getter: Int {
                    get { 1 }
                }
                var observed: Int = 3 {
                    didSet { print("}") }
                }
                static var shared = 1
                private(set) var closure: (Int) -> Void = { _ in }
                var `default`: String
                var generic: Dictionary<String,
                    Int>
                var sum = 1
                    + 2
                func work() { var local = 1; let other = 2 }
                init() { var inInit = 1 }
                enum Kind { case x; var inEnum: Int { 1 } }
                struct Row: TemplateData { let cell: String }
            }
            final class Box: TemplateData { let value: Int; var label: String = "{" }
            struct Plain: Sendable { var ignored: Int }
            extension Page { struct Note: TemplateData { var text: String } }
            """#
        XCTAssertEqual(
            try scan(source),
            [
                "Page": ["a", "b", "c", "d", "observed", "closure", "default", "generic", "sum"],
                "Page.Row": ["cell"],
                "Box": ["value", "label"],
                "Page.Note": ["text"],
            ])
    }

    func testWhatCannotBeReadFailsWithItsLine() {
        let cases = [
            "struct A: TemplateData {\n  let (x, y) = (1, 2)\n}": "Sample.swift:2: error: A: cannot read the let declaration",
            "class A: TemplateData { var x: Int }": "Sample.swift:1: error: A is a class that is not final",
            "enum A: TemplateData { case x }": "Sample.swift:1: error: A is an enum",
            "extension A: TemplateData {}": "Sample.swift:1: error: A is an extension",
            "struct A: TemplateData {\n\n  private var x: Int\n}": "Sample.swift:3: error: A: a private property",
            "struct A: TemplateData { @Wrapper var x: Int }": "Sample.swift:1: error: A: @Wrapper on a property is not supported",
            "struct A: TemplateData { lazy var x = 1 }": "Sample.swift:1: error: A: a lazy property",
            "struct A: TemplateData {\n#if DEBUG\nvar x: Int\n#endif\n}": "Sample.swift:2: error: A: #if among the members",
            "struct A: TemplateData { var x }": "Sample.swift:1: error: A: cannot read the declaration of \"x\"",
            "struct A: TemplateData { var x: Int": "Sample.swift:1: error: unbalanced {",
            "let s = \"TemplateData\nstruct A {}": "Sample.swift:1: error: unterminated string literal",
        ]
        for (source, expected) in cases {
            XCTAssertTrue(error(source).hasPrefix(expected), "\(source)\n  gave: \(error(source))\n  expected: \(expected)")
        }
    }

    func testGeneratedCodeNamesEveryPropertyAndKeepsBackticks() throws {
        var lexer = Lexer(source: "struct A: TemplateData { var `default`: Int; let b: String }", file: "A.swift")
        let text = render(try TypeScanner(tokens: lexer.tokens(), file: "A.swift").scan())
        XCTAssertTrue(text.contains("extension A: MustacheParent {\n    func child(named name: String) -> Any? {"), text)
        XCTAssertTrue(
            text.contains(
                "        case \"default\": TemplateField.wrap(self.`default`)\n        case \"b\": TemplateField.wrap(self.b)\n        default: nil\n"), text)
    }
}

// Writes a `MustacheParent` conformance for every type marked `TemplateData` in the given Swift files, so that
// templates look fields up with a switch instead of reflection. Run by the MustacheLookups build-tool plugin:
//
//     MustacheLookupsTool OUTPUT.swift SOURCE.swift...
//
// A declaration it cannot read fails the build with `file:line: error: ...` instead of leaving a field out.
import Foundation

func generate(output: String, sources: [String]) throws {
    var types: [TemplateType] = []
    for path in sources.sorted() {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SourceError(file: path, line: 1, message: "cannot read the file")
        }
        let source = String(decoding: data, as: UTF8.self)
        // Only files that mention the marker can declare a marked type; the others are not parsed at all.
        guard source.contains(TypeScanner.marker) else { continue }
        var lexer = Lexer(source: source, file: path)
        types += try TypeScanner(tokens: lexer.tokens(), file: path).scan()
    }
    let text = render(types)
    // An unchanged file keeps its date, so the module's other files are not compiled again because of it.
    if FileManager.default.contents(atPath: output) != Data(text.utf8) {
        try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
    }
}

func render(_ types: [TemplateType]) -> String {
    var lines = [
        "// Generated at build time by MustacheLookupsTool from the types marked TemplateData: do not edit.",
        "import Mustache",
    ]
    for type in types {
        lines.append("")
        lines.append("extension \(type.name): MustacheParent {")
        lines.append("    func child(named name: String) -> Any? {")
        lines.append("        switch name {")
        for property in type.properties {
            let member = property.backticked ? "`\(property.name)`" : property.name
            lines.append("        case \"\(property.name)\": TemplateField.wrap(self.\(member))")
        }
        lines.append("        default: nil")
        lines.append("        }")
        lines.append("    }")
        lines.append("}")
    }
    return lines.joined(separator: "\n") + "\n"
}

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: MustacheLookupsTool OUTPUT.swift SOURCE.swift...\n".utf8))
    exit(2)
}
do {
    try generate(output: output, sources: Array(arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}

import Foundation

// Writes the `BuildInfo` enum the `maturity` executable reads for `--version`:
// BuildInfoTool OUTPUT COMMIT (an empty COMMIT when the build is not from a git checkout).
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: BuildInfoTool OUTPUT COMMIT\n".utf8))
    exit(2)
}
let commit = arguments[2].filter(\.isHexDigit)
let text = """
    // Generated at build time by the BuildInfo plugin; not committed.
    enum BuildInfo {
        /// The commit `maturity` was built from, or nil outside a git checkout.
        static let commit: String? = \(commit.isEmpty ? "nil" : "\"\(commit)\"")
    }

    """
do {
    try Data(text.utf8).write(to: URL(fileURLWithPath: arguments[1]), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("BuildInfoTool: could not write \(arguments[1]): \(error)\n".utf8))
    exit(1)
}

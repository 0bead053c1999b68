import Foundation
import PackagePlugin

/// Compiles into `maturity` the commit it was built from, for `maturity --version`. The commit is read from the
/// repository's own files (HEAD, the branch's ref file or packed-refs; no git program, no network) each time
/// the package is built, and those files are the command's inputs, so a new commit or another branch rebuilds
/// it. Outside a git checkout (a source archive) the commit is "unknown". Nothing generated is committed.
@main
struct BuildInfo: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "BuildInfo.swift")
        let head = GitHead(package: context.package.directoryURL)
        return [
            .buildCommand(
                displayName: "Recording the commit of \(target.name)",
                executable: try context.tool(named: "BuildInfoTool").url,
                arguments: [output.path, head.commit ?? ""],
                inputFiles: head.files,
                outputFiles: [output]
            )
        ]
    }
}

/// The commit a checkout's HEAD names, and the files that say so. A worktree's `.git` is a file naming its
/// git folder, whose `commondir` names the folder that holds the refs.
struct GitHead {
    var commit: String?
    var files: [URL] = []

    init(package: URL) {
        var folder = package.appending(path: ".git")
        if let link = Self.read(folder), link.hasPrefix("gitdir: ") {
            folder = URL(fileURLWithPath: String(link.dropFirst(8)), relativeTo: package).standardizedFileURL
        }
        let common =
            Self.read(folder.appending(path: "commondir")).map {
                URL(fileURLWithPath: $0, relativeTo: folder.appending(path: "")).standardizedFileURL
            } ?? folder
        let headFile = folder.appending(path: "HEAD")
        guard let head = Self.read(headFile) else { return }
        files.append(headFile)
        guard head.hasPrefix("ref: ") else {
            commit = Self.hash(head)
            return
        }
        let ref = String(head.dropFirst(5))
        // HEAD's log changes with every commit and checkout, also when the branch's ref is only in packed-refs.
        let refFile = common.appending(path: ref), packed = common.appending(path: "packed-refs")
        files += [refFile, packed, folder.appending(path: "logs/HEAD")].filter { FileManager.default.fileExists(atPath: $0.path) }
        if let loose = Self.read(refFile) {
            commit = Self.hash(loose)
        } else if let list = Self.read(packed) {
            let line = list.split(separator: "\n").first { $0.hasSuffix(" " + ref) }
            commit = line.flatMap { Self.hash(String($0.prefix(40))) }
        }
    }

    /// A file's text without surrounding white space; nil for a folder or a missing file.
    static func read(_ url: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The text when it is a full commit hash (40 or 64 hexadecimal digits), else nil.
    static func hash(_ text: String) -> String? {
        [40, 64].contains(text.count) && text.allSatisfy(\.isHexDigit) ? text.lowercased() : nil
    }
}

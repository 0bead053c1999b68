import Foundation

/// The default theme as files, for a theme author to copy and change (`maturity theme export DIR`). Building
/// with `--templates DIR` on an unchanged export gives the same site, byte for byte.
public enum Theme {
    /// The default theme's files by name: every template, `strings.yaml` and `palette.yaml`.
    public static func defaultFiles() -> [(name: String, contents: Data)] {
        let folder = BuiltIns.templatesDirectory
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".mustache") || $0 == "strings.yaml" || $0 == "palette.yaml" }.sorted()
        return names.compactMap { name in FileManager.default.contents(atPath: folder + "/" + name).map { (name, $0) } }
    }

    /// Writes the default theme into `folder` (created if missing). Refuses, writing nothing, when any of the
    /// files already exists there, so that a theme being worked on is never overwritten.
    public static func export(to folder: String) throws(BuildFailure) -> [String] {
        let files = defaultFiles()
        func failure(_ file: String, _ message: String) -> BuildFailure {
            BuildFailure([Diagnostic(.error, .write, SourceLocation(file: file), message)])
        }
        let existing = files.map { folder + "/" + $0.name }.filter { FileManager.default.fileExists(atPath: $0) }
        if !existing.isEmpty {
            throw BuildFailure(existing.map { Diagnostic(.error, .write, SourceLocation(file: $0), "already exists; export into an empty folder") })
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw failure(folder, "could not create the folder: \(error.localizedDescription)")
        }
        for file in files {
            guard FileManager.default.createFile(atPath: folder + "/" + file.name, contents: file.contents) else {
                throw failure(folder + "/" + file.name, "could not write the file")
            }
        }
        return files.map { folder + "/" + $0.name }
    }
}

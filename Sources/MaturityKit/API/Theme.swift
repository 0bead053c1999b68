import Foundation

/// The default theme as files, for a theme author to copy and change (`maturity theme export DIR`). Building
/// with `--templates DIR` on an unchanged export gives the same site, byte for byte.
public enum Theme {
    /// The default theme's files by name: every template, `strings.yaml` and the other languages'
    /// `strings.<language>.yaml`, and `palette.yaml`.
    public static func defaultFiles() -> [(name: String, contents: Data)] {
        let folder = BuiltIns.templatesDirectory
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".mustache") || StringsFiles.isStringsFile($0) || $0 == "palette.yaml" }.sorted()
        return names.compactMap { name in FileManager.default.contents(atPath: folder + "/" + name).map { (name, $0) } }
    }

    /// Writes the default theme into `folder` (created if missing). Refuses, writing nothing, when any of the
    /// files already exists there, so that a theme being worked on is never overwritten.
    public static func export(to folder: String) throws(BuildFailure) -> [String] {
        let files = defaultFiles()
        func failure(_ file: String, _ message: String) -> BuildFailure {
            BuildFailure([Diagnostic(.error, .write, SourceLocation(file: file), message)])
        }
        // Anything at the path counts, a symbolic link too, even one that leads nowhere.
        let existing = files.map { folder + "/" + $0.name }.filter { (try? FileManager.default.attributesOfItem(atPath: $0)) != nil }
        if !existing.isEmpty {
            throw BuildFailure(existing.map { Diagnostic(.error, .write, SourceLocation(file: $0), "already exists; export into an empty folder") })
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw failure(folder, "could not create the folder: \(error.localizedDescription)")
        }
        for file in files where !createNew(folder + "/" + file.name, file.contents) {
            throw failure(folder + "/" + file.name, "could not write the file (it may have appeared meanwhile, or lead elsewhere)")
        }
        return files.map { folder + "/" + $0.name }
    }

    /// Creates the file only if nothing is at its path, not even a symbolic link (O_EXCL), so that an export
    /// never writes through a link into a place outside the folder.
    private static func createNew(_ path: String, _ contents: Data) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return contents.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let result = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result <= 0 { return false }
                written += result
            }
            return true
        }
    }
}

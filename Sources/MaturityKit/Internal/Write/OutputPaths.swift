import Foundation

/// The paths of one write: each file of the site is written exactly once, and no two paths differ only in case
/// (intranet shares on Windows and macOS ignore case, so one would overwrite the other there).
enum OutputPaths {
    static func check(_ paths: [String]) throws(BuildFailure) {
        var exact = Set<String>(), folded: [String: String] = [:]
        var problems: [Diagnostic] = []
        for path in paths {
            if !exact.insert(path).inserted {
                problems.append(
                    Diagnostic(.error, .write, SourceLocation(file: path), "internal error: the build would write this file twice; please report it"))
            } else if let other = folded.updateValue(path, forKey: path.lowercased()), other != path {
                problems.append(
                    Diagnostic(
                        .error, .write, SourceLocation(file: path),
                        "this file and '\(other)' differ only in case and would overwrite each other on Windows and macOS shares; rename one of them"))
            }
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
    }

    /// Writes one file with plain POSIX calls (Foundation's writers sync every file, several times slower).
    /// `O_EXCL`: a file is created once; finding one already there means two writes to one path.
    static func write(_ relative: String, _ contents: [UInt8], into root: String) throws(BuildFailure) {
        let path = root + "/" + relative
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputFolder.failure(path, "could not create the file: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var offset = 0
        let problem: String? = contents.withUnsafeBytes { buffer in
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
        if let problem { throw OutputFolder.failure(path, "could not write the file: \(problem)") }
    }
}

extension FileAccess {
    /// Every regular file and symbolic link under a folder, hidden ones included, as sorted relative paths.
    static func filesIncludingHidden(under folder: String) -> [String] {
        OutputFolder.entries(under: folder, prefix: "").compactMap { entry in
            if case .emptyFolder = entry { return nil }
            return entry.path
        }
    }
}

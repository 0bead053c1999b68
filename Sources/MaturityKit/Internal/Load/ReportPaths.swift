import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The report folder is closed: every file a report names, or that is found by listing one of its folders,
/// must lie inside the folder once symbolic links are followed. The folder itself may be a link: its real
/// path is taken first, and everything under it is measured against that.
struct ReportPaths: Sendable {
    /// The folder as the user gave it (for messages and reading), and its real path.
    let folder: String
    let root: String

    enum Resolution: Equatable {
        case inside(String)
        case missing
        case outside
    }

    init?(folder: String) {
        guard let real = Self.realPath(folder) else { return nil }
        self.folder = folder
        root = real
    }

    /// Where `relative` (a path as written in the report, relative to the folder) really is.
    func resolve(_ relative: String) -> Resolution {
        if relative.hasPrefix("/") || relative.contains("\0") { return .outside }
        var depth = 0
        for segment in relative.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == ".." { depth -= 1 } else if segment != "." { depth += 1 }
            if depth < 0 { return .outside }
        }
        let path = folder + "/" + relative
        guard let real = Self.realPath(path) else {
            // A link that leads nowhere counts as leading out: it is never followed.
            var info = stat()
            return lstat(path, &info) == 0 ? .outside : .missing
        }
        return real == root || real.hasPrefix(root == "/" ? "/" : root + "/") ? .inside(real) : .outside
    }

    /// nil when `relative` is inside the folder or missing; otherwise the error to report where it was named.
    func problem(_ relative: String, what: String, at location: SourceLocation, stage: Stage = .load) -> Diagnostic? {
        guard resolve(relative) == .outside else { return nil }
        return Self.outside(relative, what: what, at: location, stage: stage)
    }

    /// nil when `relative` names a file inside the folder; otherwise the error to report where it was named:
    /// it leads outside the folder, or there is no such file. `owner` ends the subject ("of wave '2026-h2'").
    func fileProblem(_ relative: String, what: String, owner: String = "", at location: SourceLocation, stage: Stage = .load) -> Diagnostic? {
        if let outside = problem(relative, what: what + owner, at: location, stage: stage) { return outside }
        guard !FileAccess.exists(folder + "/" + relative) else { return nil }
        return Diagnostic(.error, stage, location, "\(what) \(Quote.input(relative))\(owner) does not exist in \(folder)")
    }

    static func outside(_ path: String, what: String, at location: SourceLocation, stage: Stage) -> Diagnostic {
        Diagnostic(
            .error, stage, location,
            "\(what) \(Quote.input(path)) leads outside the report folder (after following links); every file a report uses must be inside it")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

extension FileAccess {
    /// The files under `folder` (relative paths, sorted, hidden ones skipped), each checked to stay inside
    /// `root` (a real path) after links are followed; a listed entry that leads out is reported on itself.
    static func containedFiles(under folder: String, root: String, what: String, stage: Stage = .load) -> (files: [String], problems: [Diagnostic]) {
        guard isDirectory(folder), let base = ReportPaths.realPath(folder) else { return ([], []) }
        guard base == root || base.hasPrefix(root + "/") else {
            return ([], [ReportPaths.outside(folder, what: "folder", at: SourceLocation(file: folder), stage: stage)])
        }
        var files: [String] = []
        var problems: [Diagnostic] = []
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return ([], []) }
        while let path = enumerator.nextObject() as? String {
            if (path as NSString).lastPathComponent.hasPrefix(".") { enumerator.skipDescendants(); continue }
            let full = base + "/" + path
            guard let real = ReportPaths.realPath(full), real.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
                problems.append(ReportPaths.outside(path, what: what, at: SourceLocation(file: folder + "/" + path), stage: stage))
                continue
            }
            if !isDirectory(real) { files.append(path) }
        }
        return (files.sorted(), problems)
    }
}

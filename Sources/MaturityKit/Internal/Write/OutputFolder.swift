import Foundation

/// What the write step may touch. The output folder holds our files (listed in the manifest) and possibly
/// someone else's; only ours are ever replaced. Everything else — a file the manifest does not list, a symbolic
/// link, an empty folder, a device or pipe — is foreign: the build refuses, or with `--force` keeps it.
/// Staging folders carry a marker file; only a folder beside the output with that marker (or an empty one) is
/// ever removed as a leftover.
enum OutputFolder {
    static let manifestName = ".maturity-manifest"
    /// Written into every staging folder when it is made; the new site is built in its `site/` folder.
    static let markerName = ".maturity-staging"
    static let markerText = "A temporary folder of maturity. Beside an output folder, it is a leftover of a build that was stopped, and safe to delete.\n"

    enum Entry: Equatable {
        case file(String), symlink(String), emptyFolder(String), other(String)

        var path: String {
            switch self {
            case .file(let path), .symlink(let path), .emptyFolder(let path), .other(let path): path
            }
        }
    }

    /// The entries of the output folder the last build's manifest does not account for, sorted by path.
    /// Refuses an output path that is a symbolic link or not a folder.
    static func foreignEntries(in output: String) throws(BuildFailure) -> [Entry] {
        guard let type = kind(of: output) else { return [] }
        guard type != S_IFLNK else {
            throw failure(output, "the output path is a symbolic link; pass the folder it points to as --output, or remove the link")
        }
        guard type == S_IFDIR else { throw failure(output, "the output path exists and is not a folder") }
        var ours = Set<String>()
        // The manifest counts only as a plain file: a link would make the build read (and trust) a file elsewhere.
        if kind(of: output + "/" + manifestName) == S_IFREG {
            ours.insert(manifestName)
            let manifest = (try? String(contentsOfFile: output + "/" + manifestName, encoding: .utf8)) ?? ""
            ours.formUnion(manifest.split(separator: "\n").map(String.init))
        }
        return entries(under: output, prefix: "").filter { entry in
            if case .file(let path) = entry { return !ours.contains(path) }
            return true
        }
    }

    /// Every non-folder under `folder` (links are not followed) and every empty folder, sorted by path.
    static func entries(under folder: String, prefix: String) -> [Entry] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        var found: [Entry] = []
        for name in names {
            let path = prefix + name
            switch kind(of: folder + "/" + name) {
            case S_IFDIR:
                let inside = entries(under: folder + "/" + name, prefix: path + "/")
                found += inside.isEmpty ? [.emptyFolder(path)] : inside
            case S_IFREG: found.append(.file(path))
            case S_IFLNK: found.append(.symlink(path))
            default: found.append(.other(path))
            }
        }
        return found
    }

    /// The file type bits from `lstat` (links are not followed), or nil when nothing is there.
    static func kind(of path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    /// Makes a staging folder, marks it as ours before anything else goes in, and returns the folder inside it
    /// that becomes the new site (so the marker never enters a site, and the old site is swapped into it).
    static func makeStaging(_ path: String) throws(BuildFailure) -> String {
        guard mkdir(path, 0o755) == 0 else {
            throw failure(
                (path as NSString).deletingLastPathComponent,
                "could not create a temporary folder beside the output folder: \(String(cString: strerror(errno)))")
        }
        guard FileManager.default.createFile(atPath: path + "/" + markerName, contents: Data(markerText.utf8)), mkdir(path + "/site", 0o755) == 0 else {
            removeMarked(path)
            throw failure(path, "could not write into the temporary folder beside the output folder")
        }
        return path + "/site"
    }

    /// Removes a marked staging folder with the marker last, so that a removal cut short still leaves it marked.
    static func removeMarked(_ path: String) {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where entry != markerName {
            try? FileManager.default.removeItem(atPath: path + "/" + entry)
        }
        unlink(path + "/" + markerName)
        rmdir(path)
    }

    /// Whether a folder carries our marker (a plain file with our text): only then is it ours to delete.
    static func isMarked(_ path: String) -> Bool {
        guard kind(of: path) == S_IFDIR, kind(of: path + "/" + markerName) == S_IFREG,
            let data = FileManager.default.contents(atPath: path + "/" + markerName)
        else { return false }
        return data == Data(markerText.utf8)
    }

    static func failure(_ path: String, _ message: String) -> BuildFailure {
        BuildFailure([Diagnostic(.error, .write, SourceLocation(file: path), message)])
    }
}

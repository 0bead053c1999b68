import CSupport
import Foundation

/// The write step. The new site is written into a temporary folder beside the output folder and then swapped
/// in with one atomic rename, so a reader (or an interrupted build) sees either the old site or the new one,
/// never a mix. What may be touched is decided by `OutputFolder`: anything the manifest does not list stays,
/// refused without `force` and carried into the new site with it.
enum OutputWriter {
    static let manifestName = OutputFolder.manifestName

    static func run(_ files: [OutputFile], to output: String, force: Bool) throws(BuildFailure) {
        try OutputPaths.check(files.map(\.path))
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        let parent = outputURL.deletingLastPathComponent().path
        let name = outputURL.lastPathComponent
        let foreign = try OutputFolder.foreignEntries(in: outputURL.path)
        if !foreign.isEmpty && !force {
            let list = foreign.prefix(10).map(describe).joined(separator: ", ") + (foreign.count > 10 ? ", and \(foreign.count - 10) more" : "")
            throw failure(
                outputURL.path,
                "the output folder holds files this tool did not write (\(list)); move them away, choose another --output, or pass --force to keep them in the new site"
            )
        }
        removeLeftovers(parent: parent, name: name)
        let staging = parent + "/.\(name).maturity-new-\(getpid())"
        let site = try OutputFolder.makeStaging(staging)
        do {
            // Every folder first; then each page is rendered and written by whichever core is free, and dropped:
            // memory stays flat. Problems are kept by index, so the report does not depend on timing.
            for file in files where !Identifier.isSafePath(file.path) {
                throw failure(site, "refusing to write '\(file.path)': paths must stay inside the output folder")
            }
            // Work is handed out a folder at a time: two threads creating files in one folder wait on that
            // folder's lock in the kernel, which cost a tenth of a large build.
            let batches = byFolder(files.map(\.path))
            let problems = Slots<BuildFailure?>(count: files.count)
            DispatchQueue.concurrentPerform(iterations: batches.count) { batch in
                let folder = files[batches[batch][0]].path.split(separator: "/").dropLast().joined(separator: "/")
                if let problem = makeFolder(folder, in: site) {
                    for index in batches[batch] { problems.set(index, BuildFailure([problem])) }
                    return
                }
                for index in batches[batch] {
                    do throws(BuildFailure) {
                        switch files[index].contents() {
                        case .failure(let problem): throw BuildFailure([problem])
                        case .success(let bytes): try OutputPaths.write(files[index].path, bytes, into: site)
                        }
                        problems.set(index, nil)
                    } catch {
                        problems.set(index, error)
                    }
                }
            }
            let failures = problems.values.compactMap { $0 }
            if !failures.isEmpty { throw BuildFailure(failures.flatMap(\.diagnostics)) }
            for entry in foreign { try keep(entry, from: outputURL.path, into: site) }
            let manifest = files.map(\.path).sorted().joined(separator: "\n") + "\n"
            try OutputPaths.write(manifestName, Array(manifest.utf8), into: site)
            try swap(site, into: outputURL.path)
            OutputFolder.removeMarked(staging)
        } catch let failure as BuildFailure {
            cleanUp(staging)
            throw failure
        } catch {
            cleanUp(staging)
            throw failure(outputURL.path, "\(error)")
        }
    }

    /// File indexes grouped by folder, folders in order of first appearance, files in their given order.
    private static func byFolder(_ paths: [String]) -> [[Int]] {
        var slot: [Substring: Int] = [:], batches: [[Int]] = []
        for (index, path) in paths.enumerated() {
            let folder = path.lastIndex(of: "/").map { path[..<$0] } ?? ""
            if let existing = slot[folder] { batches[existing].append(index) } else { slot[folder] = batches.count; batches.append([index]) }
        }
        return batches
    }

    private static func describe(_ entry: OutputFolder.Entry) -> String {
        switch entry {
        case .file(let path): path
        case .symlink(let path): "\(path) (a symbolic link)"
        case .emptyFolder(let path): "\(path)/ (an empty folder)"
        case .other(let path): "\(path) (not a regular file)"
        }
    }

    /// Creates a folder of the site and any missing parent, as `mkdir -p` does; safe to run from several
    /// threads at once (a folder another thread made first counts as made). Nil when it exists afterwards.
    private static func makeFolder(_ folder: String, in root: String) -> Diagnostic? {
        guard !folder.isEmpty else { return nil }
        let path = root + "/" + folder
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return nil }
        if errno == ENOENT, let slash = folder.lastIndex(of: "/") {
            if let problem = makeFolder(String(folder[..<slash]), in: root) { return problem }
            if mkdir(path, 0o755) == 0 || errno == EEXIST { return nil }
        }
        return Diagnostic(.error, .write, SourceLocation(file: path), "could not create the folder: \(String(cString: strerror(errno)))")
    }

    /// Carries a foreign entry into the new site as it is: a file by hard link (or copy), a link as the same link
    /// (never followed), an empty folder as an empty folder. The original stays untouched until the swap.
    private static func keep(_ entry: OutputFolder.Entry, from output: String, into staging: String) throws {
        let source = output + "/" + entry.path, destination = staging + "/" + entry.path
        try FileManager.default.createDirectory(atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        switch entry {
        case .emptyFolder: try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
        case .symlink:
            let target = try FileManager.default.destinationOfSymbolicLink(atPath: source)
            try FileManager.default.createSymbolicLink(atPath: destination, withDestinationPath: target)
        case .file, .other:
            if Foundation.link(source, destination) != 0 { try FileManager.default.copyItem(atPath: source, toPath: destination) }
        }
    }

    /// Puts the new site (`staging/site`) in place; the previous site ends up inside the marked staging folder,
    /// which the caller removes.
    private static func swap(_ site: String, into output: String) throws {
        guard OutputFolder.kind(of: output) != nil else {
            guard rename(site, output) == 0 else { throw failure(output, "could not move the new site into place: \(String(cString: strerror(errno)))") }
            return
        }
        if maturity_exchange_paths(site, output) == 0 { return }
        // No atomic exchange on this file system: two renames, with the old site kept until the new one is in place.
        let previous = site + "-old"
        guard rename(output, previous) == 0 else { throw failure(output, "could not move the previous site aside: \(String(cString: strerror(errno)))") }
        guard rename(site, output) == 0 else {
            let problem = String(cString: strerror(errno))
            let restored = rename(previous, output) == 0
            throw failure(output, "could not move the new site into place: \(problem)" + (restored ? "" : "; the previous site is in \(previous)"))
        }
    }

    /// Removes the staging folder of a failed write, unless a failed swap left the previous site in it.
    private static func cleanUp(_ staging: String) {
        if OutputFolder.kind(of: staging + "/site-old") == nil { OutputFolder.removeMarked(staging) }
    }

    /// Staging folders of builds that were stopped before their swap: only folders named as this tool names
    /// them, carrying its marker (or empty), and not of a build still running, are removed.
    private static func removeLeftovers(parent: String, name: String) {
        let prefix = ".\(name).maturity-new-"
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where entry.hasPrefix(prefix) {
            let pid = Int32(entry.dropFirst(prefix.count).prefix { $0.isNumber }) ?? 0
            if pid > 0 && pid != getpid() && kill(pid, 0) == 0 { continue }
            let path = parent + "/" + entry
            if OutputFolder.isMarked(path) { OutputFolder.removeMarked(path) } else { rmdir(path) }
        }
    }

    private static func failure(_ path: String, _ message: String) -> BuildFailure { OutputFolder.failure(path, message) }
}

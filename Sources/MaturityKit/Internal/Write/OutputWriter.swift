import CSupport
import Foundation

/// The write step. The new site is written into a temporary folder beside the output folder and then swapped
/// in with one atomic rename, so a reader (or an interrupted build) sees either the old site or the new one,
/// never a mix. A manifest records which files the generator wrote; any other file in the output folder is
/// someone else's and is never deleted: the build refuses, or with `force` carries those files over.
enum OutputWriter {
    static let manifestName = ".maturity-manifest"

    static func run(_ files: [OutputFile], to output: String, force: Bool) throws(BuildFailure) {
        let fm = FileManager.default
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        let parent = outputURL.deletingLastPathComponent().path
        let name = outputURL.lastPathComponent
        let foreign = try foreignFiles(in: outputURL.path)
        if !foreign.isEmpty && !force {
            let list = foreign.prefix(10).joined(separator: ", ") + (foreign.count > 10 ? ", and \(foreign.count - 10) more" : "")
            throw failure(outputURL.path, "the output folder holds files this tool did not write (\(list)); move them away, choose another --output, or pass --force to keep them in the new site")
        }
        removeLeftovers(parent: parent, name: name)
        let staging = parent + "/.\(name).maturity-new-\(getpid())"
        do {
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw failure(parent, "could not create a temporary folder beside the output folder: \(error.localizedDescription)")
        }
        do {
            // Every folder first; then each page is rendered and written by whichever core is free, and dropped:
            // memory stays flat. Problems are kept by index, so the report does not depend on timing.
            var folders = Set<String>()
            for file in files { try makeFolder(for: file.path, in: staging, folders: &folders) }
            let problems = Slots<BuildFailure?>(count: files.count)
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                do throws(BuildFailure) {
                    switch files[index].contents() {
                    case .failure(let problem): throw BuildFailure([problem])
                    case .success(let bytes): try write(files[index].path, bytes, into: staging)
                    }
                    problems.set(index, nil)
                } catch {
                    problems.set(index, error)
                }
            }
            let failures = problems.values.compactMap { $0 }
            if !failures.isEmpty { throw BuildFailure(failures.flatMap(\.diagnostics)) }
            for path in foreign { try link(outputURL.path + "/" + path, into: staging + "/" + path) }
            let manifest = files.map(\.path).sorted().joined(separator: "\n") + "\n"
            try write(manifestName, Array(manifest.utf8), into: staging)
            try swap(staging, into: outputURL.path)
        } catch let failure as BuildFailure {
            try? fm.removeItem(atPath: staging)
            throw failure
        } catch {
            try? fm.removeItem(atPath: staging)
            throw failure(outputURL.path, "\(error)")
        }
    }

    /// Files in the output folder that the last build's manifest does not list.
    static func foreignFiles(in output: String) throws(BuildFailure) -> [String] {
        guard FileAccess.exists(output) else { return [] }
        guard FileAccess.isDirectory(output) else { throw failure(output, "the output path exists and is not a folder") }
        let present = FileAccess.filesIncludingHidden(under: output)
        let manifest = (try? String(contentsOfFile: output + "/" + manifestName, encoding: .utf8)) ?? ""
        let ours = Set(manifest.split(separator: "\n").map(String.init) + [manifestName])
        return present.filter { !ours.contains($0) }
    }

    private static func makeFolder(for relative: String, in root: String, folders: inout Set<String>) throws(BuildFailure) {
        guard Identifier.isSafePath(relative) else {
            throw failure(root, "refusing to write '\(relative)': paths must stay inside the output folder")
        }
        let folder = ((root + "/" + relative) as NSString).deletingLastPathComponent
        guard folders.insert(folder).inserted else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw failure(folder, "could not create the folder: \(error.localizedDescription)")
        }
    }

    /// Writes one file with plain POSIX calls (Foundation's writers sync every file, several times slower).
    private static func write(_ relative: String, _ contents: [UInt8], into root: String) throws(BuildFailure) {
        let path = root + "/" + relative
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path, "could not create the file: \(String(cString: strerror(errno)))") }
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
        if let problem { throw failure(path, "could not write the file: \(problem)") }
    }

    /// Hard-links (or copies) a foreign file into the new site, leaving the original untouched until the swap.
    private static func link(_ source: String, into destination: String) throws {
        try FileManager.default.createDirectory(atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        if Foundation.link(source, destination) != 0 { try FileManager.default.copyItem(atPath: source, toPath: destination) }
    }

    private static func swap(_ staging: String, into output: String) throws {
        let fm = FileManager.default
        guard FileAccess.exists(output) else {
            guard rename(staging, output) == 0 else { throw failure(output, "could not move the new site into place: \(String(cString: strerror(errno)))") }
            return
        }
        if maturity_exchange_paths(staging, output) == 0 {
            try? fm.removeItem(atPath: staging) // now holds the previous site
            return
        }
        // No atomic exchange on this file system: two renames, with the old site kept until the new one is in place.
        let previous = staging + "-old"
        guard rename(output, previous) == 0 else { throw failure(output, "could not move the previous site aside: \(String(cString: strerror(errno)))") }
        guard rename(staging, output) == 0 else {
            _ = rename(previous, output)
            throw failure(output, "could not move the new site into place: \(String(cString: strerror(errno)))")
        }
        try? fm.removeItem(atPath: previous)
    }

    /// Temporary folders of builds that were killed before their swap. Only names this tool makes are touched.
    private static func removeLeftovers(parent: String, name: String) {
        let prefix = ".\(name).maturity-new-"
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where entry.hasPrefix(prefix) {
            let pid = Int32(entry.dropFirst(prefix.count).prefix { $0.isNumber }) ?? 0
            // A build still running (another process) keeps its folder.
            if pid > 0 && pid != getpid() && kill(pid, 0) == 0 { continue }
            try? FileManager.default.removeItem(atPath: parent + "/" + entry)
        }
    }

    private static func failure(_ path: String, _ message: String) -> BuildFailure {
        BuildFailure([Diagnostic(.error, .write, SourceLocation(file: path), message)])
    }
}

extension FileAccess {
    /// Every regular file and symbolic link under a folder, hidden ones included, as sorted relative paths.
    static func filesIncludingHidden(under folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let path = enumerator.nextObject() as? String {
            if !isDirectory(folder + "/" + path) { found.append(path) }
        }
        return found.sorted()
    }
}

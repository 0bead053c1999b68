import Foundation

/// Reading input files: every failure is a diagnostic that names the path.
enum FileAccess {
    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// Reads a UTF-8 text file (a leading byte-order mark is dropped). A file over `limit` bytes is refused
    /// before it is read, so an oversized input costs neither time nor memory. A failure is reported at
    /// `location` (the file itself by default) about `subject` ("file", or e.g. `model file "models/x.yaml"`
    /// where the report names the file), so that every message names its file once.
    static func readText(
        _ path: String, display: String, stage: Stage = .load,
        limit: Int = TextRules.yamlFileLimit, subject: String = "file", at location: SourceLocation? = nil
    ) -> Result<String, Diagnostic> {
        func failure(_ message: String) -> Result<String, Diagnostic> {
            .failure(Diagnostic(.error, stage, location ?? SourceLocation(file: display), message))
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber, size.int64Value > Int64(limit) {
            return failure("\(subject) is \(size.int64Value) bytes; an input file of this kind may have at most \(limit) bytes (\(limit >> 20) MiB)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return failure("\(subject) " + (exists(path) ? "could not be read (check its permissions)" : "does not exist"))
        }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validatingUTF8Bytes: bytes) else {
            return failure("expected \(subject) to be UTF-8 text, found bytes that are not valid UTF-8")
        }
        return .success(text)
    }

    /// Regular files under a folder, as sorted relative paths; hidden files are skipped.
    static func files(under folder: String) -> [String] {
        // A folder given as a symbolic link (the repository's `templates` is one) is listed like the folder
        // it points to; Foundation's enumerator would list nothing.
        let folder = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let path = enumerator.nextObject() as? String {
            let name = (path as NSString).lastPathComponent
            if name.hasPrefix(".") { enumerator.skipDescendants(); continue }
            if !isDirectory(folder + "/" + path) { found.append(path) }
        }
        return found.sorted()
    }
}

extension String {
    init?<Bytes: Collection<UInt8>>(validatingUTF8Bytes bytes: Bytes) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        self = String(scalars)
    }
}

import Foundation

/// `maturity init`: a new report folder that builds at once, for any built-in model.
public enum Scaffold {
    /// Creates the folder and returns the files written (relative paths). Refuses a folder that is not empty.
    /// The report is dated `date`, or today (UTC) when it is nil: the scaffold is the one place that reads the
    /// clock; a build never does.
    public static func create(at folder: String, model id: String, date: String? = nil) throws(BuildFailure) -> [String] {
        let date = date ?? today()
        func failure(_ message: String) -> BuildFailure { BuildFailure([Diagnostic(.error, .write, SourceLocation(file: folder), message)]) }
        guard let text = BuiltIns.modelText(id: id), let model = ModelLoader.load(text: text, file: "built-in:\(id)").0 else {
            throw failure("unknown model '\(id)' (built-in models: \(BuiltIns.modelIDs.joined(separator: ", ")))")
        }
        if let problem = ReportDate.problem(date, key: "--date") { throw failure(problem) }
        if FileAccess.exists(folder) {
            guard FileAccess.isDirectory(folder) else { throw failure("exists and is not a folder") }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            guard entries.isEmpty else { throw failure("is not empty (\(entries.count) entries): choose a new or empty folder, nothing was changed") }
        }
        let files = ScaffoldFiles.all(model: model, date: date)
        do {
            for (path, contents) in files {
                let full = folder + "/" + path
                try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                guard FileManager.default.createFile(atPath: full, contents: Data(contents.utf8)) else { throw failure("could not write \(path)") }
            }
        } catch let error as BuildFailure {
            throw error
        } catch {
            throw failure("could not write the report folder: \(error.localizedDescription)")
        }
        return files.map(\.0)
    }

    /// Today's date in UTC, `YYYY-MM-DD`.
    public static func today() -> String {
        ReportDate.text(daysSince1970: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}

import Foundation

/// Runs WeasyPrint on the print document. The document and the site's assets/ are written into a private
/// temporary folder, removed afterwards; the engine may fetch only local files (`--allowed-protocols file`,
/// after `PdfLinks.remoteReferences` found nothing else to fetch). The same document gives the same bytes: the
/// dates come from the document's `dcterms.created`/`modified` (the report date), the file identifier from the
/// document's text, and `SOURCE_DATE_EPOCH` and `PYTHONHASHSEED` are fixed for anything else the engine does.
enum PdfEngine {
    static func run(engine: String, html: String, assets: [OutputFile], date: String) -> Result<[UInt8], Diagnostic> {
        func failure(_ text: String) -> Result<[UInt8], Diagnostic> {
            .failure(Diagnostic(.error, .render, SourceLocation(file: engine), text))
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maturity-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for asset in assets {
                guard case .success(let bytes) = asset.contents() else { continue }
                let target = folder.appendingPathComponent(asset.path)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: target)
            }
            try Data(html.utf8).write(to: folder.appendingPathComponent("document.html"))
            try Data().write(to: folder.appendingPathComponent("engine.log"))
        } catch {
            return failure("could not prepare the PDF's temporary folder \(folder.path): \(error.localizedDescription)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: engine)
        process.currentDirectoryURL = folder
        process.arguments = [
            "--allowed-protocols", "file", "--media-type", "print", "--pdf-identifier", identifier(html), "document.html", "document.pdf",
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = String(epoch(date))
        environment["PYTHONHASHSEED"] = "0"
        environment["TZ"] = "UTC"
        process.environment = environment
        guard let log = FileHandle(forWritingAtPath: folder.appendingPathComponent("engine.log").path) else {
            return failure("could not open the engine's log in \(folder.path)")
        }
        defer { try? log.close() }
        process.standardOutput = log
        process.standardError = log
        do {
            try process.run()
        } catch {
            return failure("could not start \(engine): \(error.localizedDescription); \(Pdf.installHint)")
        }
        process.waitUntilExit()
        let said = (try? String(contentsOf: folder.appendingPathComponent("engine.log"), encoding: .utf8)) ?? ""
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let tail = said.split(separator: "\n").suffix(8).joined(separator: "\n")
            return failure("\(Pdf.engineName) failed (exit status \(process.terminationStatus)); it said:\n\(tail)")
        }
        guard let pdf = FileManager.default.contents(atPath: folder.appendingPathComponent("document.pdf").path) else {
            return failure("\(Pdf.engineName) wrote no PDF")
        }
        return .success(Array(pdf))
    }

    /// The PDF's file identifier: two FNV-1a hashes of the document's text, as 32 hex digits.
    static func identifier(_ html: String) -> String {
        func fnv(_ basis: UInt64) -> UInt64 {
            html.utf8.reduce(basis) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        }
        return [fnv(0xcbf2_9ce4_8422_2325), fnv(0x8422_2325_cbf2_9ce4)].map { String(format: "%016llx", $0) }.joined()
    }

    /// Seconds from 1970-01-01 to the start of `date` (`YYYY-MM-DD`, UTC); 0 for a date that does not parse.
    static func epoch(_ date: String) -> Int {
        guard let (year, month, day) = ReportDate.parts(date) else { return 0 }
        // Days from the civil date, after Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return (era * 146_097 + dayOfEra - 719_468) * 86_400
    }
}

import Foundation

/// The paper the PDF edition is laid out on.
public enum PdfPaper: String, Sendable, CaseIterable {
    case a4, letter

    /// The CSS `@page size` keyword.
    var cssSize: String { self == .a4 ? "A4" : "letter" }
}

/// What `maturity pdf` needs: the build's options, the paper, and where to look for the engine.
public struct PdfOptions: Sendable {
    public var build: BuildOptions
    public var paper: PdfPaper
    /// The directories searched for `weasyprint`, as a PATH value; nil for this process's PATH.
    public var searchPath: String?

    public init(build: BuildOptions, paper: PdfPaper = .a4, searchPath: String? = nil) {
        self.build = build
        self.paper = paper
        self.searchPath = searchPath
    }
}

/// What a PDF build reports back.
public struct PdfSummary: Sendable {
    /// Every file written, site included, relative to the output folder.
    public var files: [String]
    public var warnings: [Diagnostic]
    /// The PDF, as a path under the output folder.
    public var pdf: String
}

/// The PDF edition (`maturity pdf`): the site is built as `Site.build` builds it, and the theme's `pdf` template
/// renders every section of the report into one print document, which WeasyPrint lays out into
/// `pdf/<slug of the title>.pdf` (see `PdfSteps`). The PDF is written in the same atomic swap as the site and
/// listed in the same manifest, so a later plain build replaces it like any other file of ours.
public enum Pdf {
    /// The engine's executable, looked for on PATH.
    public static let engineName = "weasyprint"
    /// What to tell someone who has no engine.
    public static let installHint = "install it with scripts/bootstrap (from a checkout) or 'pip install weasyprint'"

    /// The PDF's path under the output folder for a report of this title.
    public static func path(title: String) -> String { "pdf/\(Slug.make(title, fallback: "report")).pdf" }

    /// Runs `Pipeline.pdf`: the site build, the print document rendered, the engine run, everything written.
    public static func build(_ options: PdfOptions) throws(BuildFailure) -> PdfSummary {
        let context = try Pipeline.pdf(options).run(options.build)
        let pdf = context.files.map(\.path).first { $0.hasPrefix("pdf/") && $0.hasSuffix(".pdf") } ?? ""
        return PdfSummary(files: context.files.map(\.path), warnings: context.sink.diagnostics, pdf: options.build.output + "/" + pdf)
    }

    /// The first executable named `weasyprint` in the directories of `path` (a PATH value), or nil.
    public static func findEngine(path: String?) -> String? {
        for directory in (path ?? "").split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = String(directory) + "/" + engineName
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate)
            {
                return candidate
            }
        }
        return nil
    }
}

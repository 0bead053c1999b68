/// The pipeline step a diagnostic comes from, so that a user knows what was being done when it went wrong.
/// Each step of the pipeline (see `Pipeline`) files what it reports under its own stage.
public enum Stage: String, Sendable, Comparable {
    case load, validate, score, views, render, email, links, write

    private var order: Int {
        switch self {
        case .load: 0
        case .validate: 1
        case .score: 2
        case .views: 3
        case .render: 4
        case .email: 5
        case .links: 6
        case .write: 7
        }
    }

    public static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.order < rhs.order }
}

/// A position in an input file; line and column are 1-based, 0 when unknown.
public struct SourceLocation: Sendable, Hashable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }
}

/// One problem found in the inputs or while producing the site.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    public var stage: Stage
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity = .error, _ stage: Stage, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.stage = stage
        self.location = location
        self.message = message
    }

    /// `file:line:column: error: message [stage]`, the form compilers use, so editors can jump to it.
    public var description: String {
        var place = location.file
        if location.line > 0 {
            place += ":\(location.line)"
            if location.column > 0 { place += ":\(location.column)" }
        }
        return "\(place): \(severity.rawValue): \(message) [\(stage.rawValue)]"
    }
}

/// Thrown when a run stops on errors; it carries everything its sink collected, warnings included.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// The pipeline step a diagnostic comes from, so that a user knows what was being done when it went wrong.
public enum Stage: String, Sendable, Comparable {
    case load, validate, score, render, write

    private var order: Int {
        switch self {
        case .load: 0
        case .validate: 1
        case .score: 2
        case .render: 3
        case .write: 4
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

/// Thrown when a step finds errors; it carries every diagnostic found so far, warnings included.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Collects diagnostics as a step goes; the step decides when errors stop the pipeline.
struct DiagnosticLog {
    private(set) var items: [Diagnostic] = []
    let stage: Stage

    init(stage: Stage) { self.stage = stage }

    var hasErrors: Bool { items.contains { $0.severity == .error } }

    mutating func error(_ location: SourceLocation, _ message: String) {
        items.append(Diagnostic(.error, stage, location, message))
    }

    mutating func warning(_ location: SourceLocation, _ message: String) {
        items.append(Diagnostic(.warning, stage, location, message))
    }

    mutating func append(contentsOf other: [Diagnostic]) { items.append(contentsOf: other) }
}

import Foundation

/// The one place a run's diagnostics go. Every step reports into the sink it is handed; the runner prints
/// (or throws) them all together at the end. While a step runs, the sink files each report under that
/// step's stage, so a message always names the step that found it. Safe to report into from several
/// threads; reports keep the order they arrive in, so steps that work in parallel report in a fixed order
/// afterwards (see `Slots`).
final class DiagnosticSink: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Diagnostic] = []
    private var errorCount = 0
    /// The stage of the step now running; nil outside a pipeline (reports keep their own stage).
    private var running: Stage?

    init() {}

    func report(_ diagnostic: Diagnostic) {
        lock.lock()
        var diagnostic = diagnostic
        if let running { diagnostic.stage = running }
        items.append(diagnostic)
        if diagnostic.severity == .error { errorCount += 1 }
        lock.unlock()
    }

    func report<Found: Sequence<Diagnostic>>(_ diagnostics: Found) {
        for diagnostic in diagnostics { report(diagnostic) }
    }

    /// Everything reported so far, in order.
    var diagnostics: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }

    var errors: Int {
        lock.lock()
        defer { lock.unlock() }
        return errorCount
    }

    var hasErrors: Bool { errors > 0 }

    /// What a run that stops here throws: every diagnostic, warnings included.
    var failure: BuildFailure { BuildFailure(diagnostics) }

    /// Files the reports made while `body` runs under `stage`.
    func during<Value>(_ stage: Stage, _ body: () throws -> Value) rethrows -> Value {
        lock.lock()
        let outer = running
        running = stage
        lock.unlock()
        defer {
            lock.lock()
            running = outer
            lock.unlock()
        }
        return try body()
    }

    /// A handle that reports into this sink under `stage`.
    func log(_ stage: Stage) -> DiagnosticLog { DiagnosticLog(sink: self, stage: stage) }
}

/// A stage's handle on a sink: `error` and `warning` make diagnostics of that stage. A log made with
/// `init(stage:)` has a sink of its own, for work whose problems are looked at before they are passed on
/// (the pieces of a responses file read in parallel, a template set).
struct DiagnosticLog {
    let sink: DiagnosticSink
    let stage: Stage

    init(sink: DiagnosticSink, stage: Stage) {
        self.sink = sink
        self.stage = stage
    }

    init(stage: Stage) { self.init(sink: DiagnosticSink(), stage: stage) }

    var hasErrors: Bool { sink.hasErrors }

    /// Everything the sink holds.
    var items: [Diagnostic] { sink.diagnostics }

    // `mutating` though the sink is a reference, so that a log kept in a `var` reads like the value it once was.
    mutating func error(_ location: SourceLocation, _ message: String) {
        sink.report(Diagnostic(.error, stage, location, message))
    }

    mutating func warning(_ location: SourceLocation, _ message: String) {
        sink.report(Diagnostic(.warning, stage, location, message))
    }

    mutating func append<Found: Sequence<Diagnostic>>(contentsOf other: Found) { sink.report(other) }
}

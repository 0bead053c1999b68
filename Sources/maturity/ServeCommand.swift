import ArgumentParser
import FlyingFox
import Foundation
import MaturityKit

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site on a local web server, rebuilt whenever an input or a template changes.",
        discussion: "Build errors are shown in the browser page. Only the preview adds a reload script; built sites stay script-free. Stop with Ctrl-C.")

    @OptionGroup var report: ReportOptions

    @Option(name: .long, help: "The port to listen on.")
    var port: UInt16 = 8000

    @Option(name: .long, help: "The address to listen on (loopback only, unless --allow-remote).")
    var host: String = "127.0.0.1"

    @Flag(name: .long, help: "Allow listening on an address other than loopback.")
    var allowRemote = false

    func run() async throws {
        guard allowRemote || host == "127.0.0.1" || host == "localhost" else {
            DiagnosticPrinter.printError("error: --host \(host) is not a loopback address; the preview is for this machine (pass --allow-remote to override)")
            throw ExitCode.failure
        }
        let preview = try Preview(content: report.content, templates: report.templates, language: report.language)
        // The port is taken before the first build, so that a busy port is reported at once.
        let server: PreviewServer
        do {
            server = try PreviewServer(preview: preview, host: host, port: port, allowRemote: allowRemote)
        } catch {
            preview.close()
            DiagnosticPrinter.printError("error: " + ListenFailure.message(error, host: host, port: port))
            throw ExitCode.failure
        }
        preview.rebuildIfChanged()
        if let failure = preview.lastFailure { DiagnosticPrinter.print(failure.diagnostics) }
        let watcher = Task.detached {
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 500_000_000)
                if preview.rebuildIfChanged() {
                    if let failure = preview.lastFailure {
                        DiagnosticPrinter.print(failure.diagnostics)
                    } else {
                        print("Rebuilt (version \(preview.version))")
                    }
                }
            }
        }
        let serving = Task { try await server.run() }
        print("Serving \(report.content) at http://\(host):\(port)/ (Ctrl-C to stop)")
        await StopSignal.wait()
        watcher.cancel()
        server.stop()
        serving.cancel()
        preview.close()
        print("Stopped.")
    }
}

/// Waits for SIGINT (Ctrl-C) or SIGTERM.
enum StopSignal {
    static func wait() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let box = ResumeOnce(continuation)
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
                source.setEventHandler { box.resume() }
                source.resume()
                sources.append(source)
            }
        }
    }

    nonisolated(unsafe) static var sources: [DispatchSourceSignal] = []
}

final class ResumeOnce: @unchecked Sendable {
    private var continuation: CheckedContinuation<Void, Never>?
    private let lock = NSLock()

    init(_ continuation: CheckedContinuation<Void, Never>) { self.continuation = continuation }

    func resume() {
        lock.lock()
        let pending = continuation
        continuation = nil
        lock.unlock()
        pending?.resume()
    }
}

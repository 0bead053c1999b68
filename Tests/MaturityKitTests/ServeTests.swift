import Foundation
import XCTest

@testable import MaturityKit

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `maturity serve`, run as a user runs it, answered over real HTTP on 127.0.0.1.
final class ServeTests: XCTestCase {
    private func get(_ url: String) -> (status: Int, type: String, body: String) {
        let result = Slots<(Int, String, String)>(count: 1)
        result.set(0, (0, "", ""))
        let done = DispatchSemaphore(value: 0)
        var request = URLRequest(url: URL(string: url)!)
        request.timeoutInterval = 5
        URLSession.shared.dataTask(with: request) { data, response, _ in
            let http = response as? HTTPURLResponse
            result.set(0, (http?.statusCode ?? 0, http?.value(forHTTPHeaderField: "Content-Type") ?? "", String(decoding: data ?? Data(), as: UTF8.self)))
            done.signal()
        }.resume()
        _ = done.wait(timeout: .now() + 10)
        return result.values[0]
    }

    /// Polls until the condition holds, for at most `seconds`.
    private func eventually(_ seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.25)
        }
        return condition()
    }

    func testServesRebuildsShowsErrorsAndStopsCleanly() throws {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        let port = 18_000 + Int(getpid() % 2000)
        let process = Process()
        process.executableURL = TestSupport.executable
        process.arguments = ["serve", "--content", content, "--port", String(port)]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let base = "http://127.0.0.1:\(port)"
        XCTAssertTrue(eventually(15) { get(base + "/").status == 200 }, "the server answers")

        let index = get(base + "/index.html")
        XCTAssertEqual(index.status, 200)
        XCTAssertTrue(index.type.hasPrefix("text/html"))
        XCTAssertTrue(index.body.contains("/__maturity/version"), "the preview adds its reload script")
        XCTAssertTrue(index.body.contains("Scoring fixture"))
        XCTAssertEqual(get(base + "/data/results.json").type, "application/json")
        XCTAssertEqual(get(base + "/no-such-page.html").status, 404)
        XCTAssertEqual(get(base + "/%2e%2e/%2e%2e/etc/passwd").status, 404)

        let report = try String(contentsOfFile: content + "/report.yaml", encoding: .utf8)
        try report.replacingOccurrences(of: "title: Scoring fixture", with: "title: Renamed report")
            .write(toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
        XCTAssertTrue(eventually(15) { get(base + "/index.html").body.contains("Renamed report") }, "rebuilt after a change")

        try report.replacingOccurrences(of: "min_group_size: 2", with: "min_group_size: zero").write(
            toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
        XCTAssertTrue(eventually(15) { get(base + "/index.html").status == 500 }, "a broken input shows an error page")
        let error = get(base + "/index.html")
        XCTAssertTrue(error.body.contains("report.yaml:9:17: error: expected a whole number"), error.body)

        try report.write(toFile: content + "/report.yaml", atomically: true, encoding: .utf8)
        XCTAssertTrue(eventually(15) { get(base + "/index.html").status == 200 }, "recovers once fixed")

        kill(process.processIdentifier, SIGINT)
        XCTAssertTrue(eventually(10) { !process.isRunning })
        XCTAssertEqual(process.terminationStatus, 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())
            .filter { $0.hasPrefix("maturity-serve-\(process.processIdentifier)-") }
        XCTAssertEqual(leftovers, [], "the temporary build folder is removed")
    }

    func testBuiltSitesStayScriptFreeAndPathsCannotEscape() {
        XCTAssertEqual(Preview.sitePath("/"), "index.html")
        XCTAssertEqual(Preview.sitePath("/dimensions/voc.html?x=1"), "dimensions/voc.html")
        XCTAssertNil(Preview.sitePath("/../etc/passwd"))
        XCTAssertNil(Preview.sitePath("/%2E%2E/etc/passwd"))
        XCTAssertNil(Preview.sitePath("/.maturity-manifest"))
        XCTAssertTrue(Preview.withReload("<body>x</body>", version: 3).contains("<script>"))
        let page = Preview.errorPage(BuildFailure([Diagnostic(.error, .load, SourceLocation(file: "<img src=x onerror=alert(1)>"), "bad")]), version: 1)
        XCTAssertFalse(page.contains("<img src=x"))
        XCTAssertTrue(page.contains("<h1>The report does not build</h1>"), page)
        XCTAssertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;: error: bad"), page)
        XCTAssertTrue(page.contains("/__maturity/version"), "the error page reloads by itself")
    }

    /// A port another program listens on is reported as busy, with the next port to try, before any build.
    func testABusyPortSaysSoAndSuggestsAnother() throws {
        let holder = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        XCTAssertGreaterThanOrEqual(holder, 0)
        defer { close(holder) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0  // any free port: the system picks it
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(holder, $0, length) == 0 && getsockname(holder, $0, &length) == 0 }
        }
        XCTAssertTrue(bound && listen(holder, 1) == 0)
        let port = Int(UInt16(bigEndian: address.sin_port))
        let run = try TestSupport.run(["serve", "--content", TestSupport.site("scoring"), "--port", String(port)])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(
            run.stderr, "error: port \(port) is in use by another program (another preview, perhaps); stop that program or try --port \(port + 1)\n")
        XCTAssertEqual(run.stdout, "", "nothing is built or served")
    }

    func testOtherSocketErrorsAreSaidInWords() throws {
        let bad = try TestSupport.run(["serve", "--content", TestSupport.site("scoring"), "--host", "300.1.1.1", "--allow-remote"])
        XCTAssertEqual(bad.status, 1)
        XCTAssertEqual(bad.stderr, "error: --host 300.1.1.1 is not an IPv4 address such as 127.0.0.1\n")
        let foreign = try TestSupport.run(["serve", "--content", TestSupport.site("scoring"), "--host", "192.0.2.1", "--allow-remote"])
        XCTAssertEqual(foreign.status, 1)
        XCTAssertEqual(foreign.stderr, "error: 192.0.2.1 is not an address of this machine, so nothing can listen on it; use --host 127.0.0.1\n")
    }

    func testRefusesANonLoopbackHost() throws {
        let run = try TestSupport.run(["serve", "--content", TestSupport.site("scoring"), "--host", "0.0.0.0"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("not a loopback address"), run.stderr)
    }
}

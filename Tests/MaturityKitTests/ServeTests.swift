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

    func testRefusesANonLoopbackHost() throws {
        let run = try TestSupport.run(["serve", "--content", TestSupport.site("scoring"), "--host", "0.0.0.0"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("not a loopback address"), run.stderr)
    }
}

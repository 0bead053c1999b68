import Foundation
import XCTest

@testable import MaturityKit

/// The preview server against hostile clients, over real sockets on 127.0.0.1: a page on another origin
/// (DNS rebinding sends its own Host), very long URLs and headers.
final class ServeHardeningTests: XCTestCase {
    /// Sends raw bytes and returns the status line and how long the answer took.
    private func exchange(_ request: [UInt8], port: Int) -> (status: String, seconds: Double) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { Glibc.close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return ("", 0) }
        let start = Date()
        var sent = 0
        while sent < request.count {
            let n = request[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { break }
            sent += n
        }
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            answer += buffer[0..<n]
        }
        let status = String(decoding: answer.prefix { $0 != 13 }, as: UTF8.self)
        return (status, Date().timeIntervalSince(start))
    }

    func testWrongHostLongURLsAndLongHeadersAreRefusedQuickly() throws {
        let content = TestSupport.temporaryFolder(self) + "/content"
        TestSupport.copy(TestSupport.site("scoring"), to: content)
        let port = 20_000 + Int(getpid() % 2000)
        let process = Process()
        process.executableURL = TestSupport.executable
        process.arguments = ["serve", "--content", content, "--port", String(port)]
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        func get(_ target: String, host: String? = "127.0.0.1:\(port)", extra: String = "") -> (status: String, seconds: Double) {
            let head = "GET \(target) HTTP/1.1\r\n" + (host.map { "Host: \($0)\r\n" } ?? "") + extra + "\r\n"
            return exchange(Array(head.utf8), port: port)
        }
        let deadline = Date().addingTimeInterval(15)
        while get("/").status != "HTTP/1.1 200 OK" && Date() < deadline { Thread.sleep(forTimeInterval: 0.25) }
        XCTAssertEqual(get("/").status, "HTTP/1.1 200 OK")
        XCTAssertEqual(get("/", host: "localhost:\(port)").status, "HTTP/1.1 200 OK")

        XCTAssertEqual(get("/", host: "attacker.example:\(port)").status, "HTTP/1.1 421 Misdirected Request", "a rebound DNS name")
        XCTAssertEqual(get("/", host: "127.0.0.1:\(port + 1)").status, "HTTP/1.1 421 Misdirected Request")
        XCTAssertEqual(get("/", host: nil).status, "HTTP/1.1 421 Misdirected Request")

        let long = get("/" + String(repeating: "a", count: 2_000_000))
        XCTAssertEqual(long.status, "HTTP/1.1 414 URI Too Long")
        XCTAssertLessThan(long.seconds, 3, "a 2 MB URL is refused at once")
        XCTAssertEqual(get("/" + String(repeating: "a", count: 8_000)).status, "HTTP/1.1 404 Not Found", "8 KB lines are still read")
        let headers = get("/", extra: "X-Filler: " + String(repeating: "b", count: 40_000) + "\r\n")
        XCTAssertEqual(headers.status, "HTTP/1.1 431 Request Header Fields Too Large")
        XCTAssertLessThan(headers.seconds, 3)
        XCTAssertEqual(get("/").status, "HTTP/1.1 200 OK", "still serving")
    }

    func testRequestHeadsAreParsedWithinLimits() {
        let ok = PreviewRequest.parse(Array("GET /a?b HTTP/1.1\r\nHost: localhost:8000\r\nX:  y \r\n\r\n".utf8))
        XCTAssertEqual(ok, .head(.init(method: "GET", target: "/a?b", headers: [("host", "localhost:8000"), ("x", "y")])))
        XCTAssertEqual(PreviewRequest.parse(Array("GET /a HTTP/1.1\r\nHost: x".utf8)), .incomplete)
        XCTAssertEqual(PreviewRequest.parse(Array(("GET /" + String(repeating: "a", count: 9000)).utf8)), .refuse(414))
        XCTAssertEqual(PreviewRequest.parse(Array("GARBAGE\r\n\r\n".utf8)), .refuse(400))
        XCTAssertTrue(PreviewRequest.hostAllowed("[::1]:8000", host: "127.0.0.1", port: 8000, allowRemote: false))
        XCTAssertFalse(PreviewRequest.hostAllowed("127.0.0.1.nip.io:8000", host: "127.0.0.1", port: 8000, allowRemote: false))
        XCTAssertTrue(PreviewRequest.hostAllowed("anything:1", host: "0.0.0.0", port: 8000, allowRemote: true))
    }
}

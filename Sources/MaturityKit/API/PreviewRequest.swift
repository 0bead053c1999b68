/// The preview server's side of HTTP/1.1: the head of a request read with hard limits, in time linear in
/// its length, and the answer to it. Only requests addressed to the preview's own address (the Host header)
/// are answered, so a web page elsewhere cannot read the preview through a DNS name rebound to 127.0.0.1.
public enum PreviewRequest {
    /// Longest request line (method, target, version) and longest header block, in bytes.
    public static let maxRequestLine = 8 * 1024
    public static let maxHeaders = 32 * 1024

    public struct Head: Sendable, Equatable {
        public var method: String
        public var target: String
        /// Header names in lower case, in the order received.
        public var headers: [(name: String, value: String)]

        public static func == (a: Head, b: Head) -> Bool {
            a.method == b.method && a.target == b.target && a.headers.map(\.name) == b.headers.map(\.name) && a.headers.map(\.value) == b.headers.map(\.value)
        }
    }

    public enum Outcome: Sendable, Equatable {
        /// More bytes are needed.
        case incomplete
        case head(Head)
        /// Answer with this status and close: 400, 414 or 431.
        case refuse(Int)
    }

    /// Reads the head from the bytes received so far. Every scan is linear, and the bytes looked at are
    /// bounded by the two limits, whatever the client sends.
    public static func parse(_ bytes: [UInt8]) -> Outcome {
        guard let lineEnd = find([13, 10], in: bytes, from: 0, limit: maxRequestLine + 2) else {
            return bytes.count > maxRequestLine + 1 ? .refuse(414) : .incomplete
        }
        if lineEnd > maxRequestLine { return .refuse(414) }
        let headStart = lineEnd + 2
        let end: Int
        if bytes.count >= headStart + 2, bytes[headStart] == 13, bytes[headStart + 1] == 10 {
            end = headStart
        } else if let found = find([13, 10, 13, 10], in: bytes, from: headStart, limit: headStart + maxHeaders + 4) {
            end = found + 2
        } else {
            return bytes.count - headStart > maxHeaders + 3 ? .refuse(431) : .incomplete
        }
        if end - headStart > maxHeaders { return .refuse(431) }
        let line = String(decoding: bytes[0..<lineEnd], as: UTF8.self).split(separator: " ", omittingEmptySubsequences: false)
        guard line.count == 3, line[2].hasPrefix("HTTP/1."), !line[0].isEmpty, !line[1].isEmpty else { return .refuse(400) }
        var headers: [(name: String, value: String)] = []
        for field in String(decoding: bytes[headStart..<end], as: UTF8.self).split(separator: "\r\n") {
            guard let colon = field.firstIndex(of: ":") else { return .refuse(400) }
            let name = field[..<colon].lowercased()
            if name.isEmpty || name.contains(" ") { return .refuse(400) }
            headers.append((name, field[field.index(after: colon)...].trimmingCharacters(in: [" ", "\t"])))
        }
        return .head(Head(method: String(line[0]), target: String(line[1]), headers: headers))
    }

    /// Whether a Host header names the address the preview listens on (`host` and `port`); any Host is
    /// accepted with `allowRemote`.
    public static func hostAllowed(_ header: String?, host: String, port: Int, allowRemote: Bool) -> Bool {
        if allowRemote { return true }
        guard let header = header?.lowercased() else { return false }
        let names = Set([host.lowercased(), "127.0.0.1", "localhost", "[::1]"])
        return names.contains { header == "\($0):\(port)" || (port == 80 && header == $0) }
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, limit: Int) -> Int? {
        let last = min(bytes.count, limit) - needle.count
        guard start <= last else { return nil }
        for index in start...last where bytes[index] == needle[0] {
            if needle.indices.allSatisfy({ bytes[index + $0] == needle[$0] }) { return index }
        }
        return nil
    }

    /// The status line and headers of an answer; the connection closes after it.
    public static func responseHead(status: Int, contentType: String, length: Int) -> [UInt8] {
        let phrases = [
            200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed", 414: "URI Too Long",
            421: "Misdirected Request", 431: "Request Header Fields Too Large", 500: "Internal Server Error",
        ]
        let head =
            "HTTP/1.1 \(status) \(phrases[status] ?? "Error")\r\nContent-Type: \(contentType)\r\nContent-Length: \(length)\r\n"
            + "Cache-Control: no-store\r\nConnection: close\r\n\r\n"
        return Array(head.utf8)
    }
}

extension Preview {
    /// The whole answer to a request head: refused unless addressed to the preview, else the file or page.
    public func answer(_ head: PreviewRequest.Head, host: String, port: Int, allowRemote: Bool) -> Response {
        let text = "text/plain; charset=utf-8"
        let hostHeader = head.headers.first { $0.name == "host" }?.value
        guard PreviewRequest.hostAllowed(hostHeader, host: host, port: port, allowRemote: allowRemote) else {
            return Response(status: 421, contentType: text, body: Array("This preview only answers requests for http://\(host):\(port)/\n".utf8))
        }
        guard head.method == "GET" || head.method == "HEAD" else { return Response(status: 405, contentType: text, body: Array("Method not allowed\n".utf8)) }
        return response(for: head.target)
    }
}

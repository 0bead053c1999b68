import FlyingFox
import FlyingSocks
import Foundation
import MaturityKit

/// The preview's HTTP server: FlyingSocks' non-blocking sockets, with the request head read by
/// `PreviewRequest` rather than FlyingFox's decoder. That decoder looks for each line's end by copying the
/// whole line so far at every byte, so a 2 MB URL took minutes of CPU; and it has no limit on a line's
/// length. Here a head is read in linear time and refused past 8 KiB of request line (414) or 32 KiB of
/// headers (431); one request per connection, and a client gets 15 seconds to send its head.
final class PreviewServer: Sendable {
    let preview: Preview
    let host: String
    let port: UInt16
    let allowRemote: Bool
    private let listener: Socket
    private let pool: any AsyncSocketPool = HTTPServer.defaultPool()

    init(preview: Preview, host: String, port: UInt16, allowRemote: Bool) throws {
        (self.preview, self.host, self.port, self.allowRemote) = (preview, host, port, allowRemote)
        let address = try sockaddr_in.inet(ip4: host == "localhost" ? "127.0.0.1" : host, port: port)
        listener = try Socket(domain: AF_INET)
        try listener.setValue(true, for: .localAddressReuse)
        try listener.bind(to: address)
        try listener.listen()
    }

    /// Serves until `stop()` or cancellation.
    func run() async throws {
        try await pool.prepare()
        let socket = try AsyncSocket(socket: listener, pool: pool)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.pool.run() }
            group.addTask {
                await withDiscardingTaskGroup { connections in
                    do {
                        for try await client in socket.sockets {
                            connections.addTask { await self.serve(client) }
                        }
                    } catch {}
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    func stop() { try? listener.close() }

    private func serve(_ client: AsyncSocket) async {
        defer { try? client.close() }
        let outcome = await withTaskGroup(of: PreviewRequest.Outcome?.self) { group in
            group.addTask { await Self.readHead(client) }
            group.addTask {
                try? await Task.sleep(nanoseconds: 15_000_000_000); return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
        let response: Preview.Response
        var isHead = false
        switch outcome {
        case .head(let head)?:
            response = preview.answer(head, host: host, port: Int(port), allowRemote: allowRemote)
            isHead = head.method == "HEAD"
        case .refuse(let status)?:
            response = Preview.Response(status: status, contentType: "text/plain; charset=utf-8", body: Array("Request refused\n".utf8))
        default:
            return
        }
        var bytes = PreviewRequest.responseHead(status: response.status, contentType: response.contentType, length: response.body.count)
        if !isHead { bytes += response.body }
        try? await client.write(Data(bytes))
        if case .refuse? = outcome { await Self.drain(client) }
    }

    /// After refusing a request still being sent, stop writing and read (and drop) what the client is still
    /// sending, for at most 2 s and 8 MB: closing at once would reset the connection, and the client would
    /// never see the status.
    private static func drain(_ client: AsyncSocket) async {
        _ = shutdown(client.socket.file.rawValue, Int32(SHUT_WR))
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                var total = 0
                while total < 8 << 20, let chunk = try? await client.read(atMost: 65536), !chunk.isEmpty { total += chunk.count }
            }
            group.addTask { try? await Task.sleep(nanoseconds: 2_000_000_000) }
            await group.next()
            group.cancelAll()
        }
    }

    private static func readHead(_ client: AsyncSocket) async -> PreviewRequest.Outcome? {
        var received: [UInt8] = []
        while !Task.isCancelled {
            guard let chunk = try? await client.read(atMost: 4096), !chunk.isEmpty else { return nil }
            received += chunk
            let outcome = PreviewRequest.parse(received)
            if outcome != .incomplete { return outcome }
        }
        return nil
    }
}

import FlyingSocks
import Foundation

/// What a failure to listen means, in words a user can act on, instead of the socket layer's own text
/// ("SocketError. Bind(98): Address already in use").
enum ListenFailure {
    static func message(_ error: any Error, host: String, port: UInt16) -> String {
        let place = "\(host):\(port)"
        let next = port < UInt16.max ? "try --port \(port + 1)" : "try another --port"
        guard let socketError = error as? SocketError else { return "could not listen on \(place): \(error.localizedDescription)" }
        switch socketError {
        case .failed(let type, _, _) where type.hasPrefix("inet_pton"):
            return "--host \(host) is not an IPv4 address such as 127.0.0.1"
        case .failed(let type, let number, let text):
            switch number {
            case EADDRINUSE:
                return "port \(port) is in use by another program (another preview, perhaps); stop that program or \(next)"
            case EACCES, EPERM:
                return port < 1024
                    ? "port \(port) is below 1024, which needs administrator rights on this system; try --port 8000"
                    : "this system does not allow listening on \(place) (permission denied); \(next)"
            case EADDRNOTAVAIL:
                return "\(host) is not an address of this machine, so nothing can listen on it; use --host 127.0.0.1"
            case EMFILE, ENFILE:
                return "could not listen on \(place): too many files are open; close some programs and try again"
            default:
                return "could not listen on \(place): \(text.lowercased()) (error \(number) in \(type.lowercased()))"
            }
        case .timeout(let text):
            return "could not listen on \(place): the socket did not answer in time (\(text)); try again, or \(next)"
        case .unsupportedAddress:
            return "--host \(host) is not an address the preview can listen on; use an IPv4 address such as 127.0.0.1"
        case .blocked, .disconnected:
            return "could not listen on \(place): the socket closed while it was being opened; try again"
        }
    }
}

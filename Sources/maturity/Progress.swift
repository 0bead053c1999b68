#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Shows the build's current step on stderr, on one line that is rewritten, but only when stderr is a
/// terminal: logs and pipes stay quiet.
enum Progress {
    static func onTerminal() -> (@Sendable (String) -> Void)? {
        guard isatty(2) == 1 else { return nil }
        return { step in FileHandleWriter.write("\r\u{1B}[K" + step + "…", to: 2) }
    }

    static func finish() {
        if isatty(2) == 1 { FileHandleWriter.write("\r\u{1B}[K", to: 2) }
    }
}

extension Identifier {
    /// A relative path made only of safe segments: no `..`, no hidden segments, no absolute paths.
    static func isSafePath(_ path: String) -> Bool {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.hasPrefix("/")
            && segments.allSatisfy { segment in
                !segment.isEmpty && !segment.hasPrefix(".")
                    && segment.utf8.allSatisfy { byte in
                        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                            || byte == 0x2D || byte == 0x5F || byte == 0x2E
                    }
            }
    }
}

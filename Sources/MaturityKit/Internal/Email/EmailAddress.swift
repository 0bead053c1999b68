/// One mailbox of a `From` or `To` header: an optional display name (any script) and an ASCII addr-spec.
struct Mailbox: Sendable, Equatable {
    var name: String?
    var address: String
}

/// A deliberately simple address check: `local@domain` with a dot-atom local part and a host name, or
/// `Name <local@domain>` where the name may be quoted and may use any script. Quoted local parts, comments,
/// IP-literal domains and internationalised addresses are refused rather than half supported.
enum EmailAddress {
    static let example = "expected name@example.com or Name <name@example.com>"

    /// Why the text is not a usable mailbox, or nil when it is.
    static func problem(_ text: String) -> String? {
        if case .failure(let problem) = parse(text) { return problem.message }
        return nil
    }

    struct Problem: Error { var message: String }

    static func parse(_ text: String) -> Result<Mailbox, Problem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let shown = "\"\(text)\""
        if trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return .failure(Problem(message: "\(text.debugDescription) is not an email address: it holds a line break or control character"))
        }
        guard !trimmed.isEmpty else { return .failure(Problem(message: "empty email address (\(example))")) }
        var name: String?
        var address = trimmed
        if trimmed.hasSuffix(">") {
            guard let open = trimmed.lastIndex(of: "<") else {
                return .failure(Problem(message: "\(shown) is not an email address (\(example))"))
            }
            address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            var display = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            if display.count >= 2 && display.hasPrefix("\"") && display.hasSuffix("\"") {
                display = unquote(String(display.dropFirst().dropLast()))
            } else if display.contains("\"") {
                return .failure(Problem(message: "\(shown) is not an email address: unbalanced quotes in the name (\(example))"))
            }
            if display.contains("<") || display.contains(">") {
                return .failure(Problem(message: "\(shown) is not an email address: the name holds '<' or '>' (\(example))"))
            }
            name = display.isEmpty ? nil : display
        }
        if !address.unicodeScalars.allSatisfy(\.isASCII) {
            return .failure(
                Problem(
                    message: "\(shown) is not an email address: the address itself must be ASCII (a name in any script goes before it: Name <name@example.com>)"
                ))
        }
        guard isAddrSpec(address) else {
            return .failure(Problem(message: "\(shown) is not an email address (\(example))"))
        }
        return .success(Mailbox(name: name, address: address))
    }

    /// `local@domain`: local is a dot-atom of RFC 5322 atext; domain is host-name labels.
    static func isAddrSpec(_ text: String) -> Bool {
        guard let at = text.lastIndex(of: "@") else { return false }
        let local = Array(text[..<at].utf8), domain = String(text[text.index(after: at)...])
        guard (1...64).contains(local.count), local.first != 0x2E, local.last != 0x2E,
            !text[..<at].contains(".."), local.allSatisfy({ isAtext($0) || $0 == 0x2E })
        else { return false }
        guard (1...253).contains(domain.utf8.count) else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        return labels.allSatisfy { label in
            let bytes = Array(label.utf8)
            return (1...63).contains(bytes.count) && bytes.first != 0x2D && bytes.last != 0x2D
                && bytes.allSatisfy { isAlphanumeric($0) || $0 == 0x2D }
        }
    }

    /// RFC 5322 atext: letters, digits and ``!#$%&'*+-/=?^_`{|}~``.
    static func isAtext(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || Array("!#$%&'*+-/=?^_`{|}~".utf8).contains(byte)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func unquote(_ text: String) -> String {
        var result = "", escaped = false
        for character in text {
            if escaped { result.append(character); escaped = false } else if character == "\\" { escaped = true } else { result.append(character) }
        }
        return result
    }
}

/// `site_url` in report.yaml: where the site is published, for the links in the email edition.
enum SiteURL {
    static func problem(_ url: String) -> String? {
        let lower = url.lowercased()
        let scheme = lower.hasPrefix("https://") ? "https://" : lower.hasPrefix("http://") ? "http://" : nil
        guard let scheme else {
            return "expected 'site_url' to start with https:// or http://, found \(Quote.input(url))"
        }
        let rest = url.dropFirst(scheme.count)
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if host.isEmpty { return "expected a host name after \(scheme) in 'site_url', found \(Quote.input(url))" }
        if url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || "\"<>\\^`{|}".unicodeScalars.contains($0) }) {
            return "expected 'site_url' without spaces, quotes or angle brackets (percent-encode them), found \(Quote.input(url))"
        }
        if url.contains("?") || url.contains("#") {
            return "expected 'site_url' to be the site's folder address, without ? or #, found \(Quote.input(url))"
        }
        return nil
    }
}

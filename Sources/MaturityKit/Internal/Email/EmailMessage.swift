/// Who the message is from and for, and its subject, once flags and report.yaml are combined and checked.
struct EmailEnvelope: Sendable {
    var from: Mailbox
    var to: [Mailbox]
    var subject: String
    /// `units_email:` in report.yaml, addresses parsed, for the unit messages of `--units`.
    var units: [UnitAddresses] = []

    struct UnitAddresses: Sendable {
        var unit: String
        var to: [Mailbox]
        var location: SourceLocation
    }
}

/// `email/summary.eml`: an RFC 5322 message with a MIME multipart/alternative body (text/plain, then
/// text/html), both parts quoted-printable, CRLF line ends, no line over 78 characters. Everything in it comes
/// from the inputs: the Date is the report date at 09:00 UTC, the Message-ID and boundary are hashes. A unit's
/// message passes its unit's name as `unit`, so that each message has an id of its own.
enum EmailMessage {
    static func render(_ envelope: EmailEnvelope, settings: ReportSettings, unit: String? = nil, text: String, html: String) -> String {
        let id = FNV1a.hex(settings.title + "\u{0}" + settings.organisation + (unit.map { "\u{0}unit\u{0}" + $0 } ?? ""))
        let boundary = "=_maturity_" + FNV1a.hex(text + "\u{0}" + html)
        let headers = [
            EmailHeader.field("From", EmailHeader.mailbox(envelope.from)),
            EmailHeader.field("To", EmailHeader.addressList(envelope.to)),
            EmailHeader.field("Subject", EmailHeader.unstructured(envelope.subject)),
            "Date: " + EmailHeader.date(settings.date),
            "Message-ID: <maturity.\(settings.date).\(id)@maturity.invalid>",
            "MIME-Version: 1.0",
            EmailHeader.field("Content-Type", ["multipart/alternative;", "boundary=\"\(boundary)\""]),
        ]
        var lines = headers
        lines.append("")
        lines.append("This is a multi-part message in MIME format.")
        for (type, body) in [("text/plain", text), ("text/html", html)] {
            lines.append("")
            lines.append("--" + boundary)
            lines.append("Content-Type: \(type); charset=utf-8")
            lines.append("Content-Transfer-Encoding: quoted-printable")
            lines.append("")
            lines.append(QuotedPrintable.encode(body))
        }
        lines.append("--" + boundary + "--")
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}

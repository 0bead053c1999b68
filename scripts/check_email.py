#!/usr/bin/env python3
"""Checks an email edition message (`maturity email` → email/summary.eml) with Python's own MIME parser.

    python3 scripts/check_email.py output/email/summary.eml [--subject TEXT] [--from ADDR] [--to ADDR ...]
                                   [--html output/email/summary.html]

Structure: multipart/alternative holding text/plain then text/html, both UTF-8 and quoted-printable; headers
From, To, Subject, Date, Message-ID, MIME-Version present and decodable (and equal to the expected values when
given); every line ends in CRLF and is at most 78 characters; the HTML part is made for mail clients (no <svg,
<script, <style, class=, <img, external resources), fluid up to 600 pixels wide (a fixed width only inside an
Outlook conditional comment), and under 100 KB. Exits 1 with a message per failure.
"""
import argparse
import email
import email.policy
import email.utils
import re
import sys

LIMIT = 100 * 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("eml")
    parser.add_argument("--subject")
    parser.add_argument("--from", dest="sender")
    parser.add_argument("--to", action="append", default=[])
    parser.add_argument("--html", help="summary.html, which the HTML part must equal")
    args = parser.parse_args()
    problems = []

    raw = open(args.eml, "rb").read()
    if not raw.endswith(b"\r\n"):
        problems.append("the message does not end with CRLF")
    for number, line in enumerate(raw.split(b"\r\n")[:-1], 1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {number}: a bare LF or CR (every line must end in CRLF)")
        if len(line) > 78:
            problems.append(f"line {number}: {len(line)} characters, more than 78")
        if any(byte > 127 for byte in line):
            problems.append(f"line {number}: non-ASCII bytes (headers must be encoded, bodies quoted-printable)")
    if problems:
        return report(problems)

    message = email.message_from_bytes(raw, policy=email.policy.default)
    if message.defects:
        problems.append(f"parser defects: {message.defects}")
    for name in ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version"]:
        if len(message.get_all(name) or []) != 1:
            problems.append(f"expected exactly one {name} header, found {len(message.get_all(name) or [])}")
    if problems:
        return report(problems)

    subject = str(message["Subject"])
    if args.subject is not None and subject != args.subject:
        problems.append(f"Subject decodes to {subject!r}, expected {args.subject!r}")
    senders = message["From"].addresses
    if len(senders) != 1 or "@" not in senders[0].addr_spec:
        problems.append(f"From does not hold one address: {message['From']!r}")
    if args.sender is not None and str(message["From"]) != args.sender:
        problems.append(f"From decodes to {str(message['From'])!r}, expected {args.sender!r}")
    recipients = message["To"].addresses
    if not recipients or any("@" not in a.addr_spec for a in recipients):
        problems.append(f"To does not hold addresses: {message['To']!r}")
    if args.to and [str(a) for a in recipients] != args.to:
        problems.append(f"To decodes to {[str(a) for a in recipients]!r}, expected {args.to!r}")
    if email.utils.parsedate_to_datetime(str(message["Date"])) is None:
        problems.append(f"Date does not parse: {message['Date']!r}")
    if not re.fullmatch(r"<maturity\.\d{4}-\d{2}-\d{2}\.[0-9a-f]+@maturity\.invalid>", str(message["Message-ID"])):
        problems.append(f"unexpected Message-ID {message['Message-ID']!r}")
    if str(message["MIME-Version"]) != "1.0":
        problems.append("MIME-Version is not 1.0")

    if message.get_content_type() != "multipart/alternative":
        return report(problems + [f"expected multipart/alternative, found {message.get_content_type()}"])
    parts = list(message.iter_parts())
    types = [part.get_content_type() for part in parts]
    if types != ["text/plain", "text/html"]:
        return report(problems + [f"expected the parts text/plain, text/html; found {types}"])
    for part in parts:
        if part["Content-Transfer-Encoding"] != "quoted-printable":
            problems.append(f"{part.get_content_type()}: Content-Transfer-Encoding is {part['Content-Transfer-Encoding']!r}")
        if (part.get_content_charset() or "").lower() != "utf-8":
            problems.append(f"{part.get_content_type()}: charset is {part.get_content_charset()!r}")
        if part.defects:
            problems.append(f"{part.get_content_type()}: defects {part.defects}")
    text = parts[0].get_content()
    html = parts[1].get_content()

    if "Overall" not in text or len(text.strip()) < 200:
        problems.append("the text/plain part does not read as a summary")
    size = len(html.encode("utf-8"))
    if size >= LIMIT:
        problems.append(f"the HTML part is {size} bytes, Gmail clips at about 100 KB")
    lower = html.lower()
    for needle, why in [("<svg", "SVG (Outlook and Gmail do not render it)"), ("<script", "a script"),
                        ("<style", "a <style> block (Gmail and Outlook strip or limit it)"), ("class=", "class attributes"),
                        ("<img", "an image"), ("<link", "a linked resource"), ("url(", "a CSS url()"),
                        ("@import", "a CSS import"), ("<iframe", "an iframe"), ("<object", "an object"),
                        ("data:", "a data: URL"), ("javascript:", "a javascript: URL")]:
        if needle in lower:
            problems.append(f"the HTML part contains {why}")
    if re.search(r"\bsrc\s*=\s*[\"']?https?:", lower):
        problems.append("the HTML part loads an external resource")
    # Fluid up to 600 px: the content table is 100% wide with max-width 600px; only Outlook for Windows, which
    # ignores max-width, gets a fixed 600-pixel table, inside a conditional comment other clients skip.
    if not re.search(r"max-width:\s*600px", lower):
        problems.append("the HTML part has no max-width of 600px (the layout must be fluid up to 600 pixels)")
    outside_mso = re.sub(r"<!--\[if mso\]>.*?<!\[endif\]-->", "", lower, flags=re.S)
    if re.search(r"width=\"600\"|(?<!max-)width:\s*600px", outside_mso):
        problems.append("the HTML part has a fixed 600-pixel width outside an Outlook-only conditional comment")
    if args.html is not None:
        expected = open(args.html, "rb").read().decode("utf-8")
        if html.replace("\r\n", "\n") != expected.replace("\r\n", "\n"):
            problems.append(f"the HTML part differs from {args.html}")
    return report(problems)


def report(problems):
    for problem in problems:
        print(f"check_email: {problem}", file=sys.stderr)
    if problems:
        return 1
    print("check_email: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())

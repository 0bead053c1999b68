#!/usr/bin/env python3
"""Prints a PDF's bookmarks (its /Outlines), one per line, indented two spaces per level.

Only the standard library: it reads every object, in the file and in compressed object streams, and follows
/First and /Next from the catalog's /Outlines. Made for the PDFs WeasyPrint writes (used by PdfTests)."""
import re
import sys
import zlib


def objects(data):
    found = {}
    for match in re.finditer(rb"(\d+) 0 obj\s*(.*?)endobj", data, re.S):
        found[int(match.group(1))] = match.group(2)
    for body in list(found.values()):
        if b"/ObjStm" not in body:
            continue
        stream = re.search(rb"stream\r?\n(.*)\r?\nendstream", body, re.S)
        first = re.search(rb"/First (\d+)", body)
        if not stream or not first:
            continue
        content = stream.group(1)
        if b"/FlateDecode" in body:
            content = zlib.decompress(content)
        start = int(first.group(1))
        header = [int(x) for x in content[:start].split()]
        pairs = list(zip(header[0::2], header[1::2]))
        for index, (number, offset) in enumerate(pairs):
            end = start + pairs[index + 1][1] if index + 1 < len(pairs) else len(content)
            found[number] = content[start + offset:end]
    return found


def text(value):
    value = value.strip()
    if value.startswith(b"<"):
        raw = bytes.fromhex(value[1:-1].decode())
        return raw[2:].decode("utf-16-be") if raw.startswith(b"\xfe\xff") else raw.decode("latin-1")
    inner = value[1:-1]
    inner = re.sub(rb"\\([()\\])", rb"\1", inner)
    return inner.decode("latin-1")


def ref(body, key):
    match = re.search(rb"/" + key + rb" (\d+) 0 R", body)
    return int(match.group(1)) if match else None


def title(body):
    match = re.search(rb"/Title\s*(<[0-9A-Fa-f]*>|\((?:\\.|[^\\)])*\))", body, re.S)
    return text(match.group(1)) if match else "?"


def walk(found, number, depth, out):
    while number is not None and number in found:
        body = found[number]
        out.append("  " * depth + title(body))
        walk(found, ref(body, b"First"), depth + 1, out)
        number = ref(body, b"Next")


def main():
    found = objects(open(sys.argv[1], "rb").read())
    catalog = next((body for body in found.values() if b"/Type /Catalog" in body), None)
    root = ref(catalog, b"Outlines") if catalog else None
    if root is None:
        print("no outlines", file=sys.stderr)
        return 1
    out = []
    walk(found, ref(found[root], b"First"), 0, out)
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())

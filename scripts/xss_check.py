#!/usr/bin/env python3
"""Hostile-input gate: every text field that reaches a page must come out inert.

    scripts/xss_check.py [--binary PATH] [--work-dir DIR] [--quick] [--keep] [--verbose]

Every payload of Tests/MaturityKitTests/Fixtures/xss/xss-payload-list.txt (payloadbox/xss-payload-list, MIT,
İsmail Taşdelen) is put into every field category below at least once, across a few generated report
folders that each hold many payloads at once:

  report.yaml      title, organisation, attribute column names (the `attributes:` list and the CSV header)
  model            name, description, scale labels, stage names and summaries, dimension names, groups and
                   descriptions, per-stage descriptors, actions, item texts
  responses.csv    attribute values (group names): shown groups (>= min_group_size respondents) and
                   suppressed ones (fewer), including the "one hidden group hides the next smallest" rule
  commentary       front matter `title:`; overview.md with and without front matter; dimension files; the
                   payload as raw text starting a paragraph, inside a paragraph, as a heading, as link text,
                   as a link destination [x](PAYLOAD), and as an image's alt text; as an image source
                   ![x](PAYLOAD) it must make the tool reject the report (images must be files of assets/)
  outcomes.yaml    metric names and sources (one metric per payload), NPS driver column headers (shown as the
                   drivers' names in the drivers chart and table), a customer survey's group values
  voices           comment cells of the current wave (one comment column per dimension, many payloads per
                   cell, eight cells per column, all shown), and theme names in themes.yaml

Single-valued fields (title, organisation, model name, ...) hold as many payloads joined by spaces as the tool's
length limit for the field allows (titles 300 characters, names 200, other text 10,000), so they carry a share of
the list; list fields (items, actions, groups, attributes, Markdown blocks) hold one payload per entry. Payloads
with control or bidirectional control characters, which the tool refuses in any text, go to a report that
must be rejected, one error per payload.

Fields the tool restricts to safe identifiers (wave, dimension, stage and item ids) get payloads too: those
reports must be REJECTED (exit 1, `error:` on stderr, one id error per bad id, no output folder written).
A commentary file whose NAME is a payload must give a warning (unknown dimension) or a rejection, never a page.

Each valid site is built with `maturity build --content DIR --output DIR2`, then
  * static check of every .html with html.parser: no <script>, <iframe>, <object>, <embed>, <base>, <form>,
    <frame>, <meta http-equiv=refresh>; no on* attribute; no javascript:/vbscript:/data:text URL in a URL
    attribute (after dropping whitespace and control characters and case-folding); no <style> outside <head>;
  * data/results.json must parse and give back the title, organisation and group names exactly;
  * a marker per field category must reach some page (so the category is really rendered);
  * dynamic check: every page of every site is loaded in one headless Chromium session (Selenium). Before
    each load a CDP Page.addScriptToEvaluateOnNewDocument script replaces alert/confirm/prompt/print/open
    with recorders; Selenium's UnexpectedAlertPresentException is a second detector. After load, mouse and
    focus events are dispatched to every element, the page waits 300 ms for timers, the live DOM is audited
    with the same rules as the static check, and the recorded calls and the console log (SEVERE entries)
    are read. A canary page with real scripts is loaded first to prove the detectors work.

Prints a summary line and exits 1 on any failure (2 when the harness itself cannot run).
--quick uses a deterministic sample of 300 payloads. Needs Python 3.9+, PyYAML and Selenium; Chromium at
/usr/bin/chromium and chromedriver at /usr/bin/chromedriver (override with CHROMIUM / CHROMEDRIVER).
"""
import argparse
import concurrent.futures
import csv
import html.parser
import json
import math
import os
import pathlib
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import unicodedata
import zlib

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
PAYLOAD_FILE = ROOT / "Tests" / "MaturityKitTests" / "Fixtures" / "xss" / "xss-payload-list.txt"
DEFAULT_BINARY = ROOT / ".build" / "debug" / "maturity"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
SEED = 20261015
QUICK_SAMPLE = 300
PER_SITE = 280          # payloads per field category per site
DIMENSIONS = 6          # dimensions per generated model
STAGE_IDS = ["s1", "s2", "s3", "s4", "s5"]
THRESHOLDS = [1.0, 2.5, 3.0, 3.5, 4.0]   # answers are 1 or 2, so every dimension sits in s1, below target s5
MIN_GROUP = 2
REJECT_BATCH = 1000     # payloads per rejected report
UNSAFE_HTML = False     # set by --unsafe-html

# Field categories that reach pages. Every payload goes into every one of them at least once.
RENDER_CATEGORIES = [
    "report.title", "report.organisation", "report.attribute_name",
    "model.name", "model.description", "model.scale_label",
    "stage.name", "stage.summary",
    "dimension.name", "dimension.group", "dimension.description", "dimension.descriptor", "dimension.action",
    "item.text",
    "csv.group_value",
    "md.front_matter_title", "md.paragraph_start", "md.paragraph_inline", "md.heading", "md.link_text",
    "md.link_destination", "md.image_alt",
    "outcomes.metric_name", "outcomes.metric_source", "outcomes.driver_header", "outcomes.group_value",
    "voices.comment", "voices.theme_name",
]
# Identifier fields: a payload there must make the tool reject the report. The word is what the tool's
# error message names ("expected wave id of lowercase letters, ...").
REJECT_CATEGORIES = {"wave.id": "wave id", "dimension.id": "dimension id", "item.id": "item id",
                     "stage.id": "stage id", "text.control": "contains a",
                     "md.image_destination": "an image in commentary"}
# Fields that hold one text joined from many payloads (within the category's limit); the others hold a list.
SINGLE_VALUED = {"report.title", "report.organisation", "model.name", "model.description", "model.scale_label",
                 "stage.name", "stage.summary", "dimension.name", "dimension.group", "dimension.description",
                 "dimension.descriptor", "md.front_matter_title"}
FILENAME_CATEGORY = "commentary.file_name"

# ---------------------------------------------------------------------------------------------------------
# Extension point: roadmap and benchmarks (SPEC §2, §3, §5) were not implemented when this harness was
# written. When they are, add their text fields here and fill them in `extend_site` below, e.g.
#   roadmap.yaml:         initiative id (reject case, like wave ids), title, owner, status label, SMART goal
#                         metric, description Markdown (same Markdown contexts as commentary);
#   benchmarks/<set>.yaml: set name, peer-group / industry label, source note.
# Each new category must also get a marker (see `marker`) so that the reach check proves it is rendered,
# and new pages (roadmap.html, benchmark.html) are picked up automatically by the page scan.
PLANNED_CATEGORIES = ["roadmap.* (initiatives)", "benchmarks.* (sets)"]   # outcomes.yaml is covered in `extend_site`


def extend_site(folder, report, site_index, chunks, mark):
    """outcomes.yaml: metric names and sources (one metric per payload), the column headers of NPS drivers
    (shown as the drivers' names), and the group values of a customer survey's attribute."""
    one_line = lambda p: p.strip() != "" and not any(c in p for c in "\n\r\t")
    names = [p for p in chunks["outcomes.metric_name"] if one_line(p)] + [mark("outcomes.metric_name")]
    sources = [p for p in chunks["outcomes.metric_source"] if one_line(p)] + [mark("outcomes.metric_source")]
    metrics = []
    for i in range(max(len(names), len(sources))):
        metrics.append({"id": f"m{i + 1}", "name": names[i] if i < len(names) else f"Filler metric {i + 1}",
                        "unit": "percent", "better": "higher" if i % 2 else "lower",
                        "source": sources[i] if i < len(sources) else "Filler source",
                        "series": {"2025-Q4": 10 + i % 7, "2026-Q2": 11}, "target": {"value": 15, "by": "2027-12"}})
    # Driver headers must be told apart as the tool compares headers (any case, runs of spaces as one).
    seen, headers = {"response", "ltr", "segment"}, []
    for payload in list(chunks["outcomes.driver_header"]) + [mark("outcomes.driver_header")]:
        key = " ".join(payload.split()).lower()
        if key and key not in seen and len(payload) <= 60_000:
            seen.add(key)
            headers.append(payload)
    drivers = [f"dr{i + 1}" for i in range(len(headers))]
    groups = [p for p in chunks["outcomes.group_value"] if p.strip(" \t")] + [mark("outcomes.group_value")]
    rows, number = [], 0
    for group in groups:
        for _ in range(2):   # min_group_size respondents: every group is shown
            number += 1
            rows.append([f"C{number:05d}", str(number % 11), group] + [str(1 + (number * (d + 3)) % 5) for d in range(len(drivers))])
    write_csv(folder / "outcomes" / "survey.csv", ["response", "ltr", "segment"] + headers, rows)
    columns = {"nps": "ltr"}
    columns.update(dict(zip(drivers, headers)))
    dump_yaml({"surveys": [{"id": "s1", "date": "2026-10-01", "responses": "outcomes/survey.csv", "columns": columns,
                            "drivers": drivers, "attributes": ["segment"]}],
               "metrics": metrics, "links": {"nps": ["d1"]}}, folder / "outcomes.yaml")
    report["outcomes"] = "outcomes.yaml"
    return ["outcomes.metric_name", "outcomes.metric_source", "outcomes.driver_header", "outcomes.group_value"] + extend_voices(
        folder, report, chunks, mark)


def extend_voices(folder, report, chunks, mark):
    """Voices: comment columns on the current wave, one per dimension, each with eight cells (all shown, as
    min_comment_group_size is 1 and a column shows up to eight comments) holding the payloads joined by spaces;
    and themes named by payloads (every theme applies to every column, so each name is in every column's chart)."""
    comments = [p for p in chunks["voices.comment"] if "\0" not in p] + [mark("voices.comment")]
    cells = [[] for _ in range(DIMENSIONS * 8)]
    sizes = [0] * len(cells)
    for number, payload in enumerate(comments):
        cell = number % len(cells)
        if sizes[cell] + len(payload.encode("utf-8")) + 1 > 60_000:
            cell = min(range(len(cells)), key=lambda c: sizes[c])
        cells[cell].append(payload)
        sizes[cell] += len(payload.encode("utf-8")) + 1
    path = folder / "waves" / "w2" / "responses.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    headers = [f"comments on d{d + 1}" for d in range(DIMENSIONS)]
    for r, row in enumerate(rows[1:]):
        row += [" ".join(cells[d * 8 + r]) if r < 8 else "" for d in range(DIMENSIONS)]
    write_csv(path, rows[0] + headers, rows[1:])
    report["waves"][-1]["comments"] = {f"d{d + 1}": headers[d] for d in range(DIMENSIONS)}
    names = [p for p in chunks["voices.theme_name"] if p.strip() and len(p) <= NAME_LIMIT and not FORBIDDEN.search(p)] + [mark("voices.theme_name")]
    themes = [{"id": f"t{i + 1}", "name": name, "keywords": ["filler", f"word{i + 1}*"]} for i, name in enumerate(names)]
    dump_yaml({"themes": themes}, folder / "themes.yaml")
    report["themes"] = "themes.yaml"
    report["min_comment_group_size"] = 1
    return ["voices.comment", "voices.theme_name"]


# ---------------------------------------------------------------------------------------------------------
# Payloads and helpers

def load_payloads(quick):
    text = PAYLOAD_FILE.read_text(encoding="utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    lines = [line[:-1] if line.endswith("\r") else line for line in lines]
    if quick:
        picked = sorted(random.Random(SEED).sample(range(len(lines)), min(QUICK_SAMPLE, len(lines))))
        lines = [lines[i] for i in picked]
    return lines


SAFE_ID = re.compile(r"[a-z0-9][a-z0-9_-]*\Z")


def is_safe_id(text):
    """The tool's Identifier.isSafe: lowercase ASCII letters, digits, '-' and '_', first a letter or digit."""
    return len(text.encode()) <= 64 and SAFE_ID.match(text) is not None


def swift_trim(text):
    """String.trimmingCharacters(in: .whitespaces): tab and the Unicode space separators (Zs)."""
    is_space = lambda c: c == "\t" or unicodedata.category(c) == "Zs"
    start, end = 0, len(text)
    while start < end and is_space(text[start]):
        start += 1
    while end > start and is_space(text[end - 1]):
        end -= 1
    return text[start:end]


def marker(category, site):
    return "mk" + re.sub(r"[^a-z0-9]", "", category.lower()) + "x" + str(site)


def split(items, parts):
    """`parts` nearly equal consecutive slices of items (some empty when there are fewer items)."""
    size, extra = divmod(len(items), parts)
    out, start = [], 0
    for index in range(parts):
        end = start + size + (1 if index < extra else 0)
        out.append(items[start:end])
        start = end
    return out


# The tool's text limits (TextRules): titles 300 characters, names 200, any other text 10,000, and no control
# or bidirectional control character anywhere. A field holds as many of its payloads as fit; the payloads that
# do not fit in one field are carried by list fields, and those with forbidden characters by a reject site.
TITLE_LIMIT, NAME_LIMIT, TEXT_LIMIT = 300, 200, 10_000
LIMITS = {"report.title": TITLE_LIMIT, "md.front_matter_title": TITLE_LIMIT, "report.organisation": NAME_LIMIT,
          "model.name": NAME_LIMIT, "model.scale_label": NAME_LIMIT, "stage.name": NAME_LIMIT,
          "dimension.name": NAME_LIMIT, "dimension.group": NAME_LIMIT, "report.attribute_name": NAME_LIMIT,
          "csv.group_value": NAME_LIMIT, "csv.suppressed": NAME_LIMIT,
          "outcomes.metric_name": TITLE_LIMIT, "outcomes.metric_source": TITLE_LIMIT, "outcomes.group_value": NAME_LIMIT,
          "voices.theme_name": NAME_LIMIT}
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
PLACED = {}   # (category, site marker) -> payloads a single-valued field really holds


def limit_of(category):
    return LIMITS.get(category, TEXT_LIMIT)


def joined(payloads, category, mark):
    """Payloads joined by spaces, then the marker, within the category's length limit (Unicode scalars)."""
    parts, length = [], len(mark)
    for payload in payloads:
        if length + 1 + len(payload) <= limit_of(category):
            parts.append(payload)
            length += 1 + len(payload)
    PLACED[(category, mark)] = len(parts)
    return " ".join(parts + [mark])


def dump_yaml(data, path):
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**9, default_flow_style=False)
    if yaml.safe_load(text) != data:   # payloads must survive quoting exactly
        raise RuntimeError(f"PyYAML does not round-trip {path}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def write_csv(path, header, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def assign(payloads, categories, sites):
    """For every category, every payload goes to exactly one site; categories are rotated differently so
    that one site's fields do not all hold the same payloads. Returns {category: [list per site]}."""
    out = {}
    count = len(payloads)
    for index, category in enumerate(categories):
        shift = (index * count) // max(1, len(categories))
        order = payloads[shift:] + payloads[:shift]
        out[category] = split(order, sites)
    return out


# ---------------------------------------------------------------------------------------------------------
# Markdown

HTML_BLOCK_1_TO_5 = re.compile(r" {0,3}(<(script|pre|style|textarea)(\s|>|$)|<!--|<\?|<![A-Za-z]|<!\[CDATA\[)",
                               re.IGNORECASE)
FENCE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")
CLOSER = "closer </script></pre></style></textarea> --> ?> ]]> >"


def paragraph_start(payload):
    """The payload as a line of its own, followed by whatever closes a block it may open (an HTML block of
    CommonMark types 1-5 or a code fence runs to the end of the document otherwise, hiding later payloads)."""
    block = [payload]
    fence = FENCE.match(payload)
    if fence and not (fence.group(1)[0] == "`" and "`" in fence.group(2)):
        block += ["", fence.group(1)[0] * (len(fence.group(1)) + 3)]
    elif HTML_BLOCK_1_TO_5.match(payload):
        block += ["", CLOSER]
    return "\n".join(block)


MD_CONTEXTS = {
    "md.paragraph_start": paragraph_start,
    "md.paragraph_inline": lambda p: f"Inline text before {p} and after.",
    "md.heading": lambda p: f"## {p}",
    "md.link_text": lambda p: f"[{p}](#ok)",
    "md.link_destination": lambda p: f"[x]({p})",
    "md.image_alt": lambda p: f"![{p}](\0IMAGE\0)",
}
MD_MARKER_FORM = {
    "md.paragraph_start": lambda m: m,
    "md.paragraph_inline": lambda m: f"Inline {m} text.",
    "md.heading": lambda m: f"## {m}",
    "md.link_text": lambda m: f"[{m}](#ok)",
    "md.link_destination": lambda m: f"[x]({m})",
    "md.image_alt": lambda m: f"![{m}](\0IMAGE\0)",
}
# Images in commentary must be files of assets/ (relative to the page the commentary lands on); a payload as an
# image source must make the tool reject the report instead. A 1×1 PNG, made here.
def _png_chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


PIXEL = (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0))
         + _png_chunk(b"IDAT", zlib.compress(b"\x00\x00\x00\x00\x00")) + _png_chunk(b"IEND", b""))


def commentary_text(front_title, contexts):
    """contexts: {category: (marker or None, [payloads])}."""
    parts = []
    if front_title is not None:
        front = yaml.safe_dump({"title": front_title}, allow_unicode=True, width=10**9)
        if yaml.safe_load(front) != {"title": front_title}:
            raise RuntimeError("PyYAML does not round-trip a front-matter title")
        parts.append("---\n" + front + "---")
    parts.append("Commentary generated by scripts/xss_check.py.")
    for category, (mark, payloads) in contexts.items():
        if mark:
            parts.append(MD_MARKER_FORM[category](mark))
        parts += [MD_CONTEXTS[category](p) for p in payloads]
    return "\n\n".join(parts) + "\n"


# ---------------------------------------------------------------------------------------------------------
# Site generation

class Site:
    def __init__(self, name, content, output, kind, expect=None):
        self.name, self.content, self.output, self.kind = name, content, output, kind
        self.expect = expect or {}
        self.markers = {}          # category -> marker that must reach a page
        self.categories = set()    # categories this site carries payloads for
        self.result = None


def place_attributes(per_site, reserved):
    """Attribute names are matched to CSV columns trimmed and case-insensitively, so within a site they must
    be unique that way; a colliding payload moves on to the next site. Returns (lists, stripped, unplaced)."""
    sites = len(per_site)
    placed = [[] for _ in range(sites)]
    keys = [set(reserved) for _ in range(sites)]
    stripped = unplaced = 0
    for start, payloads in enumerate(per_site):
        for payload in payloads:
            name = payload.strip()
            stripped += name != payload
            key, fold = name.lower(), name.casefold()
            for offset in range(sites):
                site = (start + offset) % sites
                if name and key not in keys[site] and fold not in keys[site] and not re.fullmatch(r"q\d{4}|mk.*", key):
                    keys[site].update((key, fold))
                    placed[site].append(name)
                    break
            else:
                unplaced += 1
    return placed, stripped, unplaced


def make_render_site(work, index, chunks, attribute_names, suppressed_pool, rng):
    name = f"site{index:02d}"
    site = Site(name, work / "sites" / name, work / "out" / name, "render")
    content = site.content
    mark = lambda category: site.markers.setdefault(category, marker(category, index))
    for category, payloads in chunks.items():
        if payloads:
            site.categories.add(category)
    if attribute_names:
        site.categories.add("report.attribute_name")

    # Model ------------------------------------------------------------------------------------------
    stage_names = split(chunks["stage.name"], len(STAGE_IDS))
    stage_summaries = split(chunks["stage.summary"], len(STAGE_IDS))
    stages = [{"id": sid, "name": joined(stage_names[i], "stage.name", mark("stage.name") + str(i)),
               "min_score": THRESHOLDS[i], "summary": joined(stage_summaries[i], "stage.summary", mark("stage.summary") + str(i))}
              for i, sid in enumerate(STAGE_IDS)]
    # Labels are also answers. The first label gets the payloads without '"' or surrounding spaces, so that it
    # can be written into the CSV as an answer (a quoted CSV cell holding "" is not matched to a label by
    # AnswerParser, which reads the raw bytes of the cell: a bug reported separately, not this gate's subject).
    label_payloads = sorted(chunks["model.scale_label"], key=lambda p: ('"' in p, p != p.strip()))
    labels = [joined(chunk, "model.scale_label", mark("model.scale_label") + f"l{i}") for i, chunk in enumerate(split(label_payloads, 5))]
    dim_names = split(chunks["dimension.name"], DIMENSIONS)
    dim_groups = split(chunks["dimension.group"], DIMENSIONS)
    dim_descriptions = split(chunks["dimension.description"], DIMENSIONS)
    descriptors = split(chunks["dimension.descriptor"], DIMENSIONS * len(STAGE_IDS))
    # Answers of 1 or 2 keep a dimension in the lowest stage, below its target (the highest stage): then the
    # actions of every stage but the first are shown (nobody "reaches" the lowest stage). On odd sites the
    # last dimension answers 4 or 5 instead and reaches its target, for the "at target" texts; it gets no
    # action payloads, as none of its actions are shown. Every third site has one wave only (no trends).
    high = {DIMENSIONS - 1} if index % 2 else set()
    single_wave = index % 3 == 2
    low = [d for d in range(DIMENSIONS) if d not in high]
    action_lists = split(chunks["dimension.action"], len(low) * (len(STAGE_IDS) - 1))
    actions = {}
    for position, d in enumerate(low):
        for s in range(1, len(STAGE_IDS)):
            actions[(d, s)] = action_lists[position * (len(STAGE_IDS) - 1) + s - 1]
    items = split(chunks["item.text"], DIMENSIONS)
    dimensions, item_ids, number = [], [], 0
    for d in range(DIMENSIONS):
        dim_items = []
        texts = list(items[d]) + ([mark("item.text")] if d == 0 else [])
        if not texts:
            texts = [f"Filler statement {d + 1}."]
        for text in texts:
            number += 1
            dim_items.append({"id": f"q{number:04d}", "text": text})
            item_ids.append(f"q{number:04d}")
        dimension_actions = {}
        for s in range(1, len(STAGE_IDS)):
            entries = list(actions.get((d, s), []))
            if d == 0 and s == 1:
                entries.append(mark("dimension.action"))
            dimension_actions[STAGE_IDS[s]] = entries or [f"Filler action {d + 1}.{s}."]
        dimensions.append({
            "id": f"d{d + 1}",
            "name": joined(dim_names[d], "dimension.name", mark("dimension.name") + str(d)),
            "group": joined(dim_groups[d], "dimension.group", mark("dimension.group") + str(d)),
            "description": joined(dim_descriptions[d], "dimension.description", mark("dimension.description") + str(d)),
            "stages": {sid: joined(descriptors[d * len(STAGE_IDS) + s], "dimension.descriptor", mark("dimension.descriptor") + f"{d}s{s}")
                       for s, sid in enumerate(STAGE_IDS)},
            "actions": dimension_actions,
            "items": dim_items,
        })
    model = {"id": f"xss-{index}", "name": joined(chunks["model.name"], "model.name", mark("model.name")),
             "description": joined(chunks["model.description"], "model.description", mark("model.description")),
             "scale": {"min": 1, "max": 5, "labels": labels}, "stages": stages, "dimensions": dimensions}
    dump_yaml(model, content / "models" / "xss.yaml")

    # Responses ----------------------------------------------------------------------------------------
    attr_marker = mark("report.attribute_name")
    attributes = ["team", "unit"] + list(attribute_names) + [attr_marker]
    groups = [(p, 2) for p in chunks["csv.group_value"]] + [(mark("csv.group_value"), 2)]
    groups += [(p, 1) for p in suppressed_pool[2:]]       # below min_group_size: suppressed
    # The tool refuses an attribute with more different values than half the respondents (it would identify
    # people): a plain group first keeps "team" below that, in both waves (w1 reads the first half of the rows).
    groups.insert(0, ("Filler team", len(suppressed_pool[2:]) + 3))
    team = [value for value, n in groups for _ in range(n)]
    rows_count = len(team)
    # "unit": one group of 1 (hidden) makes the smallest remaining group (2 respondents) hidden too.
    unit = ["unit-main"] * rows_count
    if len(suppressed_pool) >= 2 and rows_count >= 8:
        unit[0] = suppressed_pool[0]
        unit[1] = unit[2] = suppressed_pool[1]
    # Payload attribute names reach pages from report.yaml; their CSV columns get plain headers, mapped with
    # `columns:`, because the tool refuses a column whose header looks like personal data ("id=x", "name").
    mapped = {name: f"attribute {number}" for number, name in enumerate(attributes[2:])}
    header = ["respondent"] + attributes[:2] + list(mapped.values()) + item_ids
    item_dimension = [int(dimension["id"][1:]) - 1 for dimension in dimensions for _ in dimension["items"]]
    clean_label = next((label for label in labels if label == label.strip() and '"' not in label), None)

    def rows(count, shift):
        out = []
        for r in range(count):
            answers = [str(rng.choice((4, 5) if item_dimension[i] in high else (1, 2))) for i in range(len(item_ids))]
            if r < 3 and clean_label is not None:
                cased = clean_label.upper() if r == 1 and clean_label.isascii() else clean_label
                answers[0] = cased   # scale labels are accepted as answers, in any case
            ab = ["A" if (r + shift) % 2 == 0 else "B" for _ in range(len(attribute_names) + 1)]
            out.append([f"R{r + 1:05d}", team[r], unit[r]] + ab + answers)
        return out
    write_csv(content / "waves" / "w2" / "responses.csv", header, rows(rows_count, 0))
    if not single_wave:
        write_csv(content / "waves" / "w1" / "responses.csv", header, rows(max(4, rows_count // 2), 1))

    # Commentary ---------------------------------------------------------------------------------------
    overview_front = index % 2 == 0            # overview.md with front matter on even sites, without on odd
    front_files = (["overview"] if overview_front else []) + [f"d{d + 1}" for d in range(0, DIMENSIONS, 2)]
    front_titles = dict(zip(front_files, split(chunks["md.front_matter_title"], len(front_files))))
    files = ["overview"] + [f"d{d + 1}" for d in range(DIMENSIONS)]
    per_file = {category: dict(zip(files, split(chunks[category], len(files)))) for category in MD_CONTEXTS}
    for f_index, file in enumerate(files):
        title = None
        if file in front_titles:
            title = joined(front_titles[file], "md.front_matter_title", mark("md.front_matter_title") + file)
        contexts = {category: (mark(category) if f_index == 0 else None, per_file[category][file])
                    for category in MD_CONTEXTS}
        path = content / "commentary" / ("overview.md" if file == "overview" else f"dimensions/{file}.md")
        path.parent.mkdir(parents=True, exist_ok=True)
        image = "assets/pixel.png" if file == "overview" else "../assets/pixel.png"
        path.write_text(commentary_text(title, contexts).replace("\0IMAGE\0", image), encoding="utf-8")
    (content / "assets").mkdir(parents=True, exist_ok=True)
    (content / "assets" / "pixel.png").write_bytes(PIXEL)

    report = {
        "title": joined(chunks["report.title"], "report.title", mark("report.title")),
        "organisation": joined(chunks["report.organisation"], "report.organisation", mark("report.organisation")),
        "date": "2026-10-15",
        "model": "models/xss.yaml",
        "targets": {"default": STAGE_IDS[-1]},
        "waves": ([] if single_wave else [{"id": "w1", "date": "2025-10-01", "responses": "waves/w1/responses.csv", "columns": mapped}])
        + [{"id": "w2", "date": "2026-10-01", "responses": "waves/w2/responses.csv", "columns": mapped}],
        "attributes": attributes,
        "min_group_size": MIN_GROUP,
    }
    if UNSAFE_HTML:   # --unsafe-html: the gate's own sanity check, this must make it fail
        report["unsafe_html"] = True
    site.categories.update(extend_site(content, report, index, chunks, mark))
    dump_yaml(report, content / "report.yaml")
    sizes = {}
    for value in team:
        key = swift_trim(value) or "Not stated"
        sizes[key] = sizes.get(key, 0) + 1
    for value in unit:
        key = swift_trim(value) or "Not stated"
        sizes[key] = sizes.get(key, 0) + 1
    shown = {swift_trim(p) for p in chunks["csv.group_value"]} | {mark("csv.group_value")}
    site.expect = {"title": report["title"], "organisation": report["organisation"], "shown_groups": shown,
                   "hidden_groups": {name for name, n in sizes.items() if n < MIN_GROUP} - shown,
                   "attributes": attributes, "dimensions": DIMENSIONS}
    return site


def base_model(stage_ids=None, extra_dimensions=(), extra_items=()):
    stage_ids = stage_ids or ["b1", "b2"]
    thresholds = [1.0 + 4.0 * i / len(stage_ids) for i in range(len(stage_ids))]
    dimension = {"id": "b1", "name": "Base", "description": "Base dimension.",
                 "stages": {sid: "Descriptor." for sid in stage_ids},
                 "items": [{"id": "b1_1", "text": "Statement one."}, {"id": "b1_2", "text": "Statement two."}]
                 + list(extra_items)}
    return {"id": "base", "name": "Base model", "description": "Base.",
            "scale": {"min": 1, "max": 5, "labels": ["One", "Two", "Three", "Four", "Five"]},
            "stages": [{"id": sid, "name": f"Stage {i + 1}", "min_score": thresholds[i], "summary": "Summary."}
                       for i, sid in enumerate(stage_ids)],
            "dimensions": [dimension] + list(extra_dimensions)}


def base_report(waves=None):
    return {"title": "Base report", "organisation": "Base org", "date": "2026-10-15", "model": "models/base.yaml",
            "targets": {"default": "b2"},
            "waves": waves or [{"id": "w1", "date": "2026-10-01", "responses": "waves/w1/responses.csv"}],
            "attributes": ["team"], "min_group_size": MIN_GROUP}


def write_base_responses(content, item_ids):
    rows = [[f"R{r}", "A" if r % 2 else "B"] + [str(1 + (r + i) % 5) for i in range(len(item_ids))]
            for r in range(6)]
    write_csv(content / "waves" / "w1" / "responses.csv", ["respondent", "team"] + item_ids, rows)


def make_reject_site(work, category, batch_index, payloads):
    name = f"reject-{category.replace('.', '-')}-{batch_index}"
    site = Site(name, work / "sites" / name, work / "out" / name, "reject",
                # Messages quote at most 80 characters of input, and the tool reports a message once: ids that
                # share their start give one error. Counting distinct 40-character starts is a safe lower bound.
                expect={"word": REJECT_CATEGORIES[category], "bad": len({p[:40] for p in payloads}), "tried": len(payloads)})
    content = site.content
    site.categories.add(category)
    report, model, items = base_report(), base_model(), ["b1_1", "b1_2"]
    if category == "wave.id":
        report["waves"] = [{"id": p, "date": "2026-10-01", "responses": "waves/w1/responses.csv"} for p in payloads]
    elif category == "dimension.id":
        extra = [{"id": p, "name": f"Dimension {n}", "description": "D.", "stages": {"b1": "x", "b2": "y"},
                  "items": [{"id": f"x{n:04d}", "text": "Statement."}]} for n, p in enumerate(payloads)]
        model = base_model(extra_dimensions=extra)
        items += [f"x{n:04d}" for n in range(len(payloads))]
    elif category == "item.id":
        model = base_model(extra_items=[{"id": p, "text": "Statement."} for p in payloads])
        seen = {i.lower() for i in items}
        for p in payloads:   # a column for every one the CSV can hold (header keys are unique, trimmed, any case)
            key = p.strip().lower()
            if key and key not in seen:
                seen.add(key)
                items.append(p)
    elif category == "stage.id":
        model = base_model(stage_ids=["b1"] + list(payloads) + ["b2"])
    elif category == "md.image_destination":   # every payload as an image source: at least one error, no site
        (content / "commentary").mkdir(parents=True, exist_ok=True)
        (content / "commentary" / "overview.md").write_text(
            "\n\n".join(f"![x]({p})" for p in payloads) + "\n", encoding="utf-8")
        site.expect["bad"] = 1
    elif category == "text.control":   # control and bidirectional control characters are refused in any text
        model = base_model(extra_items=[{"id": f"c{n:04d}", "text": p} for n, p in enumerate(payloads)])
        items += [f"c{n:04d}" for n in range(len(payloads))]
    dump_yaml(model, content / "models" / "base.yaml")
    dump_yaml(report, content / "report.yaml")
    write_base_responses(content, items)
    return site


def filename_for(payload):
    """A payload as a file name under commentary/dimensions/. Linux names cannot hold '/' or NUL and are at
    most 255 bytes: a payload with '/' becomes nested folders where every segment is usable, otherwise '/'
    becomes U+2215; over-long segments are cut. Returns (relative path, how)."""
    def fits(segment):
        return segment not in ("", ".", "..") and len((segment + ".md").encode()) <= 255 and "\0" not in segment
    segments = payload.split("/")
    if len(segments) == 1 and fits(payload):
        return payload + ".md", "exact"
    if len(segments) > 1 and all(fits(s) for s in segments):
        return payload + ".md", "nested"
    name = payload.replace("/", "\u2215").replace("\0", "")
    cut = name.encode()[:240].decode("utf-8", "ignore")
    return (cut or "empty") + ".md", "substituted" if cut == name else "cut"


def make_filename_site(work, payloads):
    name = "filenames"
    site = Site(name, work / "sites" / name, work / "out" / name, "filenames")
    content = site.content
    site.categories.add(FILENAME_CATEGORY)
    dump_yaml(base_model(), content / "models" / "base.yaml")
    dump_yaml(base_report(), content / "report.yaml")
    write_base_responses(content, ["b1_1", "b1_2"])
    folder = content / "commentary" / "dimensions"
    folder.mkdir(parents=True)
    how_counts, written = {}, set()
    mark = marker(FILENAME_CATEGORY, 0)
    for payload in payloads:
        relative, how = filename_for(payload)
        path = folder / relative
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if relative not in written:
                path.write_text(f"{mark}\n\n{payload}\n", encoding="utf-8")
        except OSError:   # a folder needed here is a file already (or the reverse): fall back to U+2215
            relative = payload.replace("/", "\u2215").encode()[:240].decode("utf-8", "ignore") + ".md"
            how, path = "substituted", folder / relative
            path.write_text(f"{mark}\n\n{payload}\n", encoding="utf-8")
        written.add(relative)
        how_counts[how] = how_counts.get(how, 0) + 1
    site.expect = {"files": len(written), "how": how_counts, "marker": mark,
                   "dimension_pages": {"dimensions/b1.html"}}
    return site


# ---------------------------------------------------------------------------------------------------------
# Building

def build(binary, site):
    started = time.monotonic()
    process = subprocess.run([str(binary), "build", "--content", str(site.content), "--output", str(site.output)],
                             capture_output=True, text=True, errors="replace", timeout=300)
    site.result = (process.returncode, process.stdout, process.stderr, time.monotonic() - started)
    return site


def ensure_binary(binary):
    if binary.exists():
        return
    print(f"xss_check: {binary} is missing; running swift build", flush=True)
    subprocess.run(["swift", "build"], cwd=ROOT, check=True)
    if not binary.exists():
        sys.exit(f"xss_check: {binary} still missing after swift build")


# ---------------------------------------------------------------------------------------------------------
# Static checks

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "lowsrc",
                  "dynsrc", "ping", "cite", "codebase", "longdesc", "manifest", "icon", "srcset", "to", "from",
                  "values"}
FORBIDDEN_TAGS = {"script", "iframe", "object", "embed", "base", "form", "frame", "frameset", "applet", "portal"}
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:text", "livescript:")


def squeeze(value):
    """A URL attribute as a browser's URL parser reads its scheme: whitespace and control characters dropped
    (the parser strips leading C0/space and removes tabs and newlines anywhere), then case-folded."""
    return "".join(c for c in value if not (c.isspace() or unicodedata.category(c) in ("Cc", "Cf"))).casefold()


def dangerous_url(value):
    value = squeeze(value)
    return value.startswith(DANGEROUS_SCHEMES)


class StaticChecker(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.in_head = False
        self.head_styles = 0

    def problem(self, text):
        line, column = self.getpos()
        self.problems.append(f"{line}:{column}: {text}")

    def handle_starttag(self, tag, attrs):
        self.check(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self.check(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False

    def check(self, tag, attrs):
        if tag == "head":
            self.in_head = True
        elif tag == "body":
            self.in_head = False
        if tag in FORBIDDEN_TAGS:
            self.problem(f"<{tag}> element")
        if tag == "style":
            if self.in_head and self.head_styles == 0:
                self.head_styles += 1
            else:
                self.problem("<style> element other than the one in <head>")
        if tag == "meta":
            equiv = dict(attrs).get("http-equiv") or ""
            if equiv.strip().lower() in ("refresh", "set-cookie"):
                self.problem(f"<meta http-equiv={equiv}>")
        if tag in ("animate", "set") and (dict(attrs).get("attributename") or "").lower() in ("href", "xlink:href"):
            self.problem(f"<{tag}> that rewrites a link")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problem(f"event-handler attribute {name}= on <{tag}>")
            elif name in URL_ATTRIBUTES and dangerous_url(value):
                self.problem(f"dangerous URL in {name}= on <{tag}>: {value[:120]!r}")
            elif name == "style" and re.search(r"expression\s*\(|javascript:|behavior\s*:|-moz-binding", squeeze(value)):
                self.problem(f"scriptable style= on <{tag}>")


def static_check(path):
    checker = StaticChecker()
    text = pathlib.Path(path).read_text(encoding="utf-8")
    checker.feed(text)
    checker.close()
    return str(path), checker.problems, text


def json_check(site):
    problems = []
    try:
        data = json.loads((site.output / "data" / "results.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return [f"data/results.json does not parse: {error}"]
    for key in ("title", "organisation"):
        if data.get("report", {}).get(key) != site.expect[key]:
            problems.append(f"results.json report.{key} differs from report.yaml")
    current = data["waves"][-1]
    for dimension in current["dimensions"]:
        breakdowns = dimension.get("breakdowns", {})
        if set(breakdowns) != set(site.expect["attributes"]):
            missing = set(site.expect["attributes"]) - set(breakdowns)
            problems.append(f"results.json {dimension['id']}: attributes differ ({len(missing)} missing)")
        shown = {g["group"] for g in breakdowns.get("team", []) if not g.get("suppressed")}
        if site.expect["shown_groups"] - shown:
            problems.append(f"results.json {dimension['id']}: {len(site.expect['shown_groups'] - shown)} payload "
                            "group names missing or changed")
        for group in breakdowns.get("team", []) + breakdowns.get("unit", []):
            if group["group"] in site.expect["hidden_groups"]:
                problems.append(f"results.json {dimension['id']}: a group below min_group_size is named")
    return problems


# ---------------------------------------------------------------------------------------------------------
# Browser

HOOK = r"""
(() => {
  if (window.__xssHooked) return;
  const calls = [];
  Object.defineProperty(window, '__xssCalls', {value: calls});
  Object.defineProperty(window, '__xssHooked', {value: true});
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
    const recorder = function (...args) {
      calls.push({name: name, args: args.slice(0, 2).map(a => String(a).slice(0, 200)),
                  at: (new Error().stack || '').split('\n').slice(2, 4).join(' | ')});
      return name === 'confirm' ? false : name === 'prompt' ? null : undefined;
    };
    try { Object.defineProperty(window, name, {value: recorder, writable: false, configurable: false}); }
    catch (e) { window[name] = recorder; }
  }
})();
"""

PROBE = r"""
const done = arguments[arguments.length - 1];
const events = ['mouseover', 'mouseenter', 'mousemove', 'mouseout', 'pointerover', 'focus', 'focusin', 'blur',
                'animationstart', 'transitionend', 'toggle', 'keydown'];
for (const element of document.querySelectorAll('*')) {
  for (const type of events) {
    try { element.dispatchEvent(new Event(type, {bubbles: true})); } catch (e) {}
  }
  try { if (element.focus) element.focus({preventScroll: true}); } catch (e) {}
}
setTimeout(() => {
  const bad = [];
  const forbidden = new Set(arguments[0]);
  const urlAttributes = new Set(arguments[1]);
  const schemes = arguments[2];
  const squeeze = v => v.replace(/[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g, '').toLowerCase();
  let styles = 0;
  for (const element of document.querySelectorAll('*')) {
    const tag = element.localName.toLowerCase();
    if (forbidden.has(tag)) bad.push('<' + tag + '> element');
    if (tag === 'style' && (styles++ > 0 || element.parentElement !== document.head)) bad.push('<style> outside <head>');
    if (tag === 'meta' && /refresh|set-cookie/i.test(element.getAttribute('http-equiv') || '')) bad.push('<meta http-equiv>');
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) bad.push(name + '= on <' + tag + '>');
      else if (urlAttributes.has(name) && schemes.some(s => squeeze(attribute.value).startsWith(s)))
        bad.push('dangerous URL in ' + name + '= on <' + tag + '>: ' + attribute.value.slice(0, 120));
    }
  }
  done({calls: window.__xssCalls || null, hooked: !!window.__xssHooked, dom: bad, url: location.href});
}, 300);
"""


def start_browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--host-resolver-rules=MAP * ~NOTFOUND", "--disable-background-networking",
                 "--window-size=1280,1024"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.set_capability("unhandledPromptBehavior", "dismiss and notify")
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(60)
    return driver


def load_page(driver, url, hook=True):
    """Loads one page; returns (dialogs, dom problems, console problems, network notes)."""
    from selenium.common.exceptions import UnexpectedAlertPresentException, NoAlertPresentException
    dialogs, dom, console, network = [], [], [], []

    def native_alert(error):
        text = getattr(error, "alert_text", None) or error.msg
        dialogs.append(f"native dialog: {str(text)[:200]}")
        try:
            driver.switch_to.alert.dismiss()
        except NoAlertPresentException:
            pass

    script_id = None
    try:
        driver.get_log("browser")   # drop what the previous page left
    except UnexpectedAlertPresentException as error:
        native_alert(error)
    if hook:
        script_id = driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": HOOK})["identifier"]
    probe = None
    for attempt in range(3):
        try:
            if attempt == 0:
                driver.get(url)
            probe = driver.execute_async_script(PROBE, sorted(FORBIDDEN_TAGS), sorted(URL_ATTRIBUTES),
                                                list(DANGEROUS_SCHEMES))
            break
        except UnexpectedAlertPresentException as error:
            native_alert(error)
    if script_id is not None:
        driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": script_id})
    if probe is None:
        dom.append("page could not be probed (dialogs kept interrupting it)")
    else:
        if hook and not probe["hooked"]:
            dom.append("dialog recorders were not installed (harness failure)")
        for call in probe["calls"] or []:
            dialogs.append(f"{call['name']}({', '.join(call['args'])}) at {call['at']}")
        dom += probe["dom"]
        if probe["url"] != url:
            dom.append(f"page navigated away to {probe['url'][:200]}")
    try:
        entries = driver.get_log("browser")
    except UnexpectedAlertPresentException as error:
        native_alert(error)
        entries = driver.get_log("browser")
    for entry in entries:
        if entry.get("level") != "SEVERE":
            continue
        # A failed load is reported apart from other SEVERE entries: the caller fails the page for it, as
        # images must be files of the site's assets/ and nothing else may be requested.
        if entry.get("source") == "network" and "Failed to load resource" in entry.get("message", ""):
            network.append(entry["message"][:200])
        else:
            console.append(f"[{entry.get('source')}] {entry.get('message', '')[:300]}")
    return dialogs, dom, console, network


def canary(driver, work):
    """Proves the detectors: a page with real script must be caught by each of them."""
    page = work / "canary.html"
    page.write_text("<!DOCTYPE html><html><head><title>c</title></head><body>"
                    "<script>alert('canary')</script><img src=x onerror=\"prompt('canary')\">"
                    "<a href=\" java&#x09;script:alert(1)\" onmouseover=\"confirm('canary')\">a</a>"
                    "<script>setTimeout(() => print(), 50); undefinedFunction()</script></body></html>",
                    encoding="utf-8")
    url = page.as_uri()
    dialogs, dom, console, _ = load_page(driver, url)
    _, static, _ = static_check(page)
    problems = []
    if len(dialogs) < 4:
        problems.append(f"hooked dialogs: expected 4 (alert, prompt, confirm, print), saw {dialogs}")
    if not any("<script>" in d for d in dom) or not any("dangerous URL" in d for d in dom):
        problems.append(f"live DOM audit missed the canary's script/URL: {dom}")
    if not any("undefinedFunction" in c for c in console):
        problems.append(f"console SEVERE detector missed the canary's error: {console}")
    if len(static) < 4:
        problems.append(f"static checker missed the canary's markup: {static}")
    second = work / "canary-native.html"
    second.write_text("<!DOCTYPE html><html><head><title>c</title></head><body>"
                      "<script>alert('native')</script></body></html>", encoding="utf-8")
    dialogs, _, _, _ = load_page(driver, second.as_uri(), hook=False)
    if not any("native" in d for d in dialogs):
        problems.append(f"UnexpectedAlertPresentException detector missed a native alert: {dialogs}")
    return problems


# ---------------------------------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", type=pathlib.Path, default=DEFAULT_BINARY)
    parser.add_argument("--work-dir", type=pathlib.Path)
    parser.add_argument("--quick", action="store_true", help=f"a deterministic sample of {QUICK_SAMPLE} payloads")
    parser.add_argument("--keep", action="store_true", help="keep the work folder even when everything passes")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium check (for debugging only)")
    parser.add_argument("--unsafe-html", action="store_true",
                        help="sanity check of the gate itself: build with unsafe_html: true, which must FAIL")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    global UNSAFE_HTML
    UNSAFE_HTML = args.unsafe_html
    started = time.monotonic()
    binary = args.binary.resolve()
    ensure_binary(binary)
    if args.work_dir:
        work = args.work_dir.resolve()
        if work.exists() and any(work.iterdir()):
            sys.exit(f"xss_check: work folder {work} is not empty")
        work.mkdir(parents=True, exist_ok=True)
    else:
        work = pathlib.Path(tempfile.mkdtemp(prefix="xss-check-"))
    (work / "out").mkdir()
    failures = []
    fail = lambda where, what: failures.append(f"{where}: {what}")

    payloads = load_payloads(args.quick)
    unique = list(dict.fromkeys(payloads))
    forbidden = [p for p in unique if FORBIDDEN.search(p)]
    renderable = [p for p in payloads if not FORBIDDEN.search(p)]
    sites_count = max(2, math.ceil(len(payloads) / PER_SITE))
    rng = random.Random(SEED)

    # Generate ---------------------------------------------------------------------------------------
    render_categories = [c for c in RENDER_CATEGORIES if c != "report.attribute_name"]
    chunks = assign(renderable, render_categories + ["report.attribute_name", "csv.suppressed"], sites_count)
    for category, per_site in chunks.items():
        if category not in SINGLE_VALUED:   # list entries: one payload each, within the category's limit
            chunks[category] = [[p for p in entries if len(p) <= limit_of(category)] for entries in per_site]
    # An alt text with brackets can close itself and turn the rest into an image source, which the tool rightly
    # refuses (md.image_destination covers that); the alt text context keeps the payloads without brackets.
    chunks["md.image_alt"] = [[p for p in entries if "[" not in p and "]" not in p] for entries in chunks["md.image_alt"]]
    # Likewise a payload holding "![" can itself be an image in any Markdown context.
    for category in MD_CONTEXTS:
        chunks[category] = [[p for p in entries if "![" not in p] for entries in chunks[category]]
    attributes, stripped, unplaced = place_attributes(chunks["report.attribute_name"],
                                                      {"respondent", "team", "unit"})
    if unplaced:
        fail("generation", f"{unplaced} attribute-name payloads could not be placed in any site")
    sites = []
    for index in range(sites_count):
        site_chunks = {c: chunks[c][index] for c in render_categories}
        suppressed = chunks["csv.suppressed"][index][: max(6, len(chunks["csv.suppressed"][index]) // 4)]
        sites.append(make_render_site(work, index, site_chunks, attributes[index], suppressed, rng))
    rejects = []
    for category in REJECT_CATEGORIES:
        # Ids longer than a name may be (200 characters) or with forbidden characters are refused for that first;
        # the id rule itself is tried on the rest.
        if category == "text.control":
            bad = forbidden
        elif category == "md.image_destination":
            bad = [p for p in unique if not FORBIDDEN.search(p)]
        else:
            bad = [p for p in unique if not is_safe_id(p) and len(p) <= NAME_LIMIT and not FORBIDDEN.search(p)]
        if not bad:
            continue
        for batch_index, batch in enumerate(split(bad, max(1, math.ceil(len(bad) / REJECT_BATCH)))):
            rejects.append(make_reject_site(work, category, batch_index, batch))
    safe_ids = [p for p in unique if is_safe_id(p)]
    filenames = make_filename_site(work, payloads)
    generated = time.monotonic()

    # Build ------------------------------------------------------------------------------------------
    everything = sites + rejects + [filenames]
    workers = max(2, os.cpu_count() or 2)
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        list(pool.map(lambda s: build(binary, s), everything))
    built = time.monotonic()

    pages = []          # (site, path)
    rejected_ok = 0
    for site in everything:
        rc, out, err, _ = site.result
        if site.kind == "reject":
            lines = [line for line in err.split("\n") if "error:" in line]
            # A payload with a control character may be refused for that before its id is looked at.
            named = [line for line in lines if site.expect["word"] in line or "contains a" in line]
            if rc != 1:
                fail(site.name, f"expected exit 1 (rejected), got {rc}")
            elif not lines:
                fail(site.name, "rejected without an 'error:' line on stderr")
            elif len(named) < site.expect["bad"]:
                fail(site.name, f"{site.expect['bad']} bad {site.expect['word']}s but only {len(named)} "
                                f"'{site.expect['word']}' errors")
            elif site.output.exists():
                fail(site.name, "rejected, but an output folder was written")
            else:
                rejected_ok += 1
            continue
        if site.kind == "filenames" and rc != 0:
            if rc == 1 and "error:" in err and not site.output.exists():
                rejected_ok += 1      # rejecting payload file names is as good as warning about them
            else:
                fail(site.name, f"build failed with exit {rc}:\n{err[-2000:]}")
            continue
        if rc != 0:
            fail(site.name, f"build failed with exit {rc}:\n{err[-3000:]}")
            continue
        found = sorted(p for p in site.output.rglob("*.html"))
        pages += [(site, p) for p in found]
        if site.kind == "filenames":
            names = {str(p.relative_to(site.output)) for p in found}
            odd = [n for n in names if not re.fullmatch(r"[a-z-]+\.html", n) and n not in site.expect["dimension_pages"]]
            if odd:
                fail(site.name, f"payload-named commentary produced pages: {sorted(odd)[:5]}")
            warnings = sum(1 for line in err.split("\n") if "warning:" in line and "unknown dimension" in line)
            site.expect["warnings"] = warnings
        else:
            expected = {"index.html", "methodology.html"} | {f"dimensions/d{d + 1}.html" for d in range(DIMENSIONS)}
            missing = expected - {str(p.relative_to(site.output)) for p in found}
            if missing:
                fail(site.name, f"pages missing: {sorted(missing)}")
            for problem in json_check(site):
                fail(site.name, problem)
    leftovers = set(os.listdir(work / "out")) - {s.name for s in everything if s.output.exists() and s.result[0] == 0}
    if leftovers:
        fail("out/", f"files left beside the outputs (temporary build folders?): {sorted(leftovers)[:5]}")

    # Static checks ----------------------------------------------------------------------------------
    static_violations = 0
    texts = {}
    with concurrent.futures.ProcessPoolExecutor(workers) as pool:
        for (site, _), (path, problems, text) in zip(pages, pool.map(static_check, [str(p) for _, p in pages],
                                                                       chunksize=4)):
            texts.setdefault(site.name, []).append(text)
            static_violations += len(problems)
            for problem in problems[:20]:
                fail(f"{path}", f"static: {problem}")
    unreached = []
    for site in everything:
        if site.name not in texts:
            continue
        combined = "\n".join(texts[site.name])
        if site.kind == "filenames":
            if site.expect["marker"] in combined:
                fail(site.name, "commentary from a payload-named file reached a page")
            continue
        for category, mark in site.markers.items():
            if mark not in combined:
                unreached.append(f"{site.name}:{category}")
    for entry in unreached:
        fail(entry, "the category's marker reached no page: its payloads were not rendered")
    texts.clear()
    checked = time.monotonic()

    # Dynamic check ----------------------------------------------------------------------------------
    dialogs_fired = dom_violations = console_errors = network_notes = loaded = 0
    if not args.no_browser:
        try:
            driver = start_browser()
        except Exception as error:   # noqa: BLE001 - any start-up failure means the gate cannot run
            print(f"xss_check: cannot start Chromium: {error}", file=sys.stderr)
            return 2
        try:
            for problem in canary(driver, work):
                print(f"xss_check: harness self-test failed: {problem}", file=sys.stderr)
                return 2
            for site, path in pages:
                dialogs, dom, console, network = load_page(driver, path.as_uri())
                loaded += 1
                dialogs_fired += len(dialogs)
                dom_violations += len(dom)
                console_errors += len(console)
                network_notes += len(network)
                for entry in dialogs[:5]:
                    fail(str(path), f"dialog fired: {entry}")
                for entry in dom[:5]:
                    fail(str(path), f"live DOM: {entry}")
                for entry in console[:5]:
                    fail(str(path), f"console SEVERE: {entry}")
                # Images must be files of the site's assets/ now, so no page may try to load anything else.
                for entry in network[:5]:
                    fail(str(path), f"a page tried to load something that is not in the site: {entry}")
        finally:
            driver.quit()
    browsed = time.monotonic()

    # Report -----------------------------------------------------------------------------------------
    ok = [i for i, s in enumerate(sites) if s.result[0] == 0]
    covered = {c: sum(len(chunks[c][i]) for i in ok) for c in render_categories if c not in SINGLE_VALUED}
    for category in SINGLE_VALUED:
        covered[category] = sum(n for (c, mark), n in PLACED.items() if c == category)
    covered["report.attribute_name"] = sum(len(attributes[i]) for i in ok)
    reject_tried = {c: sum(r.expect["tried"] for r in rejects if c in r.categories) for c in REJECT_CATEGORIES}
    tried = sum(covered.values()) + sum(reject_tried.values()) + len(payloads)
    if args.verbose or failures:
        for category in RENDER_CATEGORIES:
            print(f"  {category:28} {covered[category]:6} payloads (render)")
        for category, count in reject_tried.items():
            print(f"  {category:28} {count:6} unique payloads (must be rejected; {len(safe_ids)} are safe ids)")
        print(f"  {FILENAME_CATEGORY:28} {len(payloads):6} payloads, {filenames.expect['files']} files "
              f"{filenames.expect['how']}, {filenames.expect.get('warnings', 0)} unknown-dimension warnings")
        print(f"  attribute names: {stripped} had surrounding whitespace removed (the tool matches columns trimmed)")
        print(f"  failed loads (requests outside the site or of missing files; each is a failure): {network_notes}")
        print(f"  not yet covered (extension point): {', '.join(PLANNED_CATEGORIES)}")
        print(f"  timings: generate {generated - started:.1f}s, build {built - generated:.1f}s, "
              f"static {checked - built:.1f}s, browser {browsed - checked:.1f}s")
    for failure in failures[:200]:
        print(f"FAIL {failure}", file=sys.stderr)
    if len(failures) > 200:
        print(f"FAIL ... and {len(failures) - 200} more", file=sys.stderr)
    built_ok = sum(1 for s in everything if s.kind != "reject" and s.result[0] == 0)
    print(f"xss_check: {built_ok} sites built, {loaded} pages loaded, "
          f"{len(payloads)} payloads × {len(RENDER_CATEGORIES) + len(REJECT_CATEGORIES) + 1} field categories "
          f"= {tried} tried, {dialogs_fired} dialogs fired, {static_violations + dom_violations} static violations, "
          f"{console_errors} console errors, {network_notes} failed loads, {rejected_ok}/{len(rejects)} rejected as expected, "
          f"{len(failures)} failures, {time.monotonic() - started:.0f}s ({work})")
    if not failures and not args.keep and not args.work_dir:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

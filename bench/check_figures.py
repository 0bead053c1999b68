#!/usr/bin/env python3
"""Checks a benchmark build against DuckDB's figures for the same CSV: the whole organisation's answer counts
per item (data/results.json) and every unit's answer counts per item (the table on each of its dimension
pages), exactly.

    python3 bench/check_figures.py SITE_DIR DUCKDB_FIGURES_JSON"""
import json, pathlib, re, sys

site, figures = pathlib.Path(sys.argv[1]), json.loads(pathlib.Path(sys.argv[2]).read_text())
problems = 0

def check(where, ours, theirs):
    global problems
    if ours != theirs:
        problems += 1
        if problems <= 10:
            print(f"check_figures: {where}: maturity {ours}, DuckDB {theirs}", file=sys.stderr)

# The whole organisation: DuckDB's groups of any attribute add up to everyone.
results = json.loads((site / "data/results.json").read_text())
first = next(iter(figures.values()))
for dimension in results["waves"][-1]["dimensions"]:
    for item in dimension["items"]:
        totals = [sum(group[item["id"]][i] for group in first.values()) for i in range(6)]
        check(f"whole organisation, {item['id']}", [item["n"]] + item["counts"], totals)

# Each unit: its dimension pages list n and the count of each answer per item.
units = figures["business_unit"]
row = re.compile(r'<tr><th scope="row">([a-z0-9_]+)</th><td>.*?</td><td>([^<]*)</td><td>[^<]*</td>((?:<td>[^<]*</td>){5})</tr>')
pages = 0
for name, items in sorted(units.items()):
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    for page in sorted((site / "units" / slug / "dimensions").glob("*.html")):
        pages += 1
        for match in row.finditer(page.read_text(encoding="utf-8")):
            counts = [int(re.sub(r"\D", "", cell)) for cell in re.findall(r"<td>([^<]*)</td>", match.group(3))]
            check(f"{name}, {match.group(1)}", [int(re.sub(r"\D", "", match.group(2)))] + counts, items[match.group(1)])
if pages == 0:
    problems += 1
    print("check_figures: no unit pages found", file=sys.stderr)
print(f"figures checked against DuckDB: whole organisation and {len(units)} units ({pages} pages): "
      + ("all equal" if problems == 0 else f"{problems} differ"))
sys.exit(1 if problems else 0)

#!/usr/bin/env python3
"""Writes small report folders whose groups and units are laid out to tempt subtraction attacks, for
scripts/check_disclosure.py:

    scripts/disclosure_reports.py OUT_DIR [--units 50] [--seed 3]

- subtraction: units by department; Alpha has 3 respondents in channel X and 17 in Y, Beta and Gamma 10 and
  10 each, so X's total minus Beta's and Gamma's X would give Alpha's X.
- single-small-unit: two units of 20 and one of 3.
- small-inside-unit: channel X is large overall but has 2 respondents inside one unit.
- one-wave-only: two waves; a group is small in the first wave only.
- generated: OUT_DIR/generated with --units units of random size (1 to 40), three attributes with small
  groups, blank answers (so dimension and statement counts differ from the respondent count), seeded.
Each folder also gets report-truth.yaml's twin: a copy with min_group_size 1 at FOLDER-truth, whose build
publishes every figure there is.
"""
import argparse, pathlib, random, shutil

MODEL = """id: tiny
name: Tiny test model
scale: { min: 1, max: 5 }
stages:
  - { id: a, name: A, min_score: 1.0, summary: "First." }
  - { id: b, name: B, min_score: 2.5, summary: "Second." }
  - { id: c, name: C, min_score: 4.0, summary: "Third." }
dimensions:
  - id: d1
    name: One
    description: "Three statements."
    stages: { a: "a1", b: "b1", c: "c1" }
    actions: { b: ["to b"], c: ["to c"] }
    items:
      - { id: d1_1, text: "First statement." }
      - { id: d1_2, text: "Second statement.", reverse: true }
      - { id: d1_3, text: "Third statement." }
  - id: d2
    name: Two
    description: "Two statements."
    stages: { a: "a2", b: "b2", c: "c2" }
    actions: { b: ["to b"], c: ["to c"] }
    items:
      - { id: d2_1, text: "Fourth statement." }
      - { id: d2_2, text: "Fifth statement." }
"""
ITEMS = ["d1_1", "d1_2", "d1_3", "d2_1", "d2_2"]


def write(folder, attributes, units, waves, rng, blank=0.0):
    """waves: [(id, date, [row attribute dicts])]."""
    folder.mkdir(parents=True)
    (folder / "models").mkdir()
    (folder / "models/tiny.yaml").write_text(MODEL)
    lines = [f"title: Disclosure test {folder.name}", "organisation: Test Org", "date: 2026-06-30",
             "model: models/tiny.yaml", "targets: { default: c }", "waves:"]
    for wave_id, date, rows in waves:
        path = f"waves/{wave_id}/responses.csv"
        lines.append(f"  - {{ id: {wave_id}, date: {date}, responses: {path} }}")
        (folder / f"waves/{wave_id}").mkdir(parents=True)
        out = [",".join(["respondent"] + attributes + ITEMS)]
        for number, row in enumerate(rows):
            answers = ["" if rng.random() < blank else str(rng.randint(1, 5)) for _ in ITEMS]
            out.append(",".join([f"R{number + 1}"] + [row[a] for a in attributes] + answers))
        (folder / path).write_text("\n".join(out) + "\n")
    lines.append(f"attributes: [{', '.join(attributes)}]")
    if units:
        lines.append(f"units: {units}")
    lines.append("min_group_size: 5")
    (folder / "report.yaml").write_text("\n".join(lines) + "\n")
    truth = folder.parent / (folder.name + "-truth")
    shutil.copytree(folder, truth)
    text = (truth / "report.yaml").read_text().replace("min_group_size: 5", "min_group_size: 1")
    (truth / "report.yaml").write_text(text)


def rows(spec):
    """spec: [(count, {attribute: value})] → rows."""
    return [dict(values) for count, values in spec for _ in range(count)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--units", type=int, default=50)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    rng = random.Random(args.seed)
    write(out / "subtraction", ["department", "channel"], "department", [("now", "2026-06-01", rows([
        (3, {"department": "Alpha", "channel": "X"}), (17, {"department": "Alpha", "channel": "Y"}),
        (10, {"department": "Beta", "channel": "X"}), (10, {"department": "Beta", "channel": "Y"}),
        (10, {"department": "Gamma", "channel": "X"}), (10, {"department": "Gamma", "channel": "Y"})]))], rng)
    write(out / "single-small-unit", ["team", "role"], "team", [("now", "2026-06-01", rows([
        (12, {"team": "North", "role": "Lead"}), (8, {"team": "North", "role": "Agent"}),
        (9, {"team": "South", "role": "Lead"}), (11, {"team": "South", "role": "Agent"}),
        (3, {"team": "East", "role": "Agent"})]))], rng)
    write(out / "small-inside-unit", ["site", "channel"], "site", [("now", "2026-06-01", rows([
        (2, {"site": "Leeds", "channel": "X"}), (18, {"site": "Leeds", "channel": "Y"}),
        (14, {"site": "York", "channel": "X"}), (9, {"site": "York", "channel": "Y"}),
        (16, {"site": "Hull", "channel": "X"}), (12, {"site": "Hull", "channel": "Y"})]))], rng)
    write(out / "one-wave-only", ["region", "tenure"], "region", [
        ("before", "2025-06-01", rows([
            (4, {"region": "East", "tenure": "New"}), (16, {"region": "East", "tenure": "Long"}),
            (11, {"region": "West", "tenure": "New"}), (12, {"region": "West", "tenure": "Long"}),
            (10, {"region": "South", "tenure": "New"}), (10, {"region": "South", "tenure": "Long"})])),
        ("now", "2026-06-01", rows([
            (9, {"region": "East", "tenure": "New"}), (12, {"region": "East", "tenure": "Long"}),
            (11, {"region": "West", "tenure": "New"}), (13, {"region": "West", "tenure": "Long"}),
            (10, {"region": "South", "tenure": "New"}), (9, {"region": "South", "tenure": "Long"})]))], rng)
    generated = []
    for unit in range(args.units):
        for _ in range(rng.randint(1, 40)):
            generated.append({"unit": f"Unit {unit:02d}", "role": rng.choice(["Lead", "Agent", "Analyst", "Manager"]),
                              "shift": rng.choice(["Day", "Day", "Night"]), "site": rng.choice(["A", "B", "C", "D", "E"])})
    write(out / "generated", ["unit", "role", "shift", "site"], "unit", [("now", "2026-06-01", generated)], rng, blank=0.25)


if __name__ == "__main__":
    main()

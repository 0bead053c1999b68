#!/usr/bin/env python3
"""The attacker's view of a built site: can any hidden figure be worked out from what the site publishes?

    scripts/check_disclosure.py SITE TRUTH [--negative-control]

SITE is a build of a report; TRUTH is a build of the same report with `min_group_size: 1`, which publishes
every figure there is (and tells which cells exist). The check reads every data file both publish (the
organisation's data/results.json and each unit's units/*/data/results.json) and, per wave:

- writes the linear equations that the true counts satisfy: units add up to the organisation (respondents,
  each dimension's total, each statement's answers), each attribute's groups add up to their dimension total
  (for the organisation and for every unit), and each group adds up over the units;
- checks that the true figures satisfy them (so the tables really are linked as assumed);
- takes every figure the site publishes as known and every other one as unknown, and asks, in exact rational
  arithmetic, whether any unknown is determined by the equations (its unit vector in their row space);
- checks that no published figure rests on fewer than min_group_size respondents and that no hidden group or
  unit is named in any data file, page or email of the site.

The same equations hold for sums of scores, so a count that cannot be determined cannot have its mean worked
out either. With --negative-control it also reveals one hidden cell that has exactly one hidden partner and
expects the check to catch the partner; that proves the check can fail.
Prints a summary line; exits 1 when a hidden figure is determined or a rule is broken.
"""
import argparse, html, json, pathlib, sys
from fractions import Fraction


def load(site):
    site = pathlib.Path(site)
    org = json.loads((site / "data/results.json").read_text())
    units = {}
    for path in sorted(site.glob("units/*/data/results.json")):
        data = json.loads(path.read_text())
        units[data["report"]["unit"]] = data
    return org, units


def cells_of(org, units, unit_attribute):
    """Every published count, keyed by ('R'|'D'|'C'|'I', wave, unit or None, ...)."""
    known = {}
    def add(key, n):
        if n is not None:
            known[key] = n
    for owner, data in [(None, org)] + sorted(units.items()):
        for wave in data["waves"]:
            if wave["kind"] != "responses":
                continue
            w = wave["id"]
            add(("R", w, owner), wave["respondents"])
            for dim in wave["dimensions"]:
                d = dim["id"]
                add(("D", w, owner, d), dim["n"])
                for item in dim["items"]:
                    add(("I", w, owner, d, item["id"]), item["n"])
                for attribute, groups in dim["breakdowns"].items():
                    for group in groups:
                        if attribute == unit_attribute:
                            # The organisation's breakdown by unit publishes the units' own totals.
                            add(("D", w, group["group"] if owner is None else owner, d), group["n"])
                        else:
                            add(("C", w, owner, d, attribute, group["group"]), group["n"])
    return known


def equations(truth, unit_names, unit_attribute):
    """(total, [parts]) for every sum the tables satisfy, built from the cells that exist."""
    sums = []
    waves = sorted({key[1] for key in truth})
    for w in waves:
        units = [u for u in unit_names if ("R", w, u) in truth]
        if units:
            sums.append((("R", w, None), [("R", w, u) for u in units]))
        dims = sorted({key[3] for key in truth if key[0] == "D" and key[1] == w})
        for d in dims:
            if units:
                sums.append((("D", w, None, d), [("D", w, u, d) for u in units]))
            cells = [k for k in truth if k[0] == "C" and k[1] == w and k[3] == d]
            attributes = sorted({k[4] for k in cells})
            for owner in [None] + units:
                for a in attributes:
                    parts = sorted(k for k in cells if k[2] == owner and k[4] == a)
                    sums.append((("D", w, owner, d), parts))
            if units:
                for a in attributes:
                    for g in sorted({k[5] for k in cells if k[2] is None and k[4] == a}):
                        sums.append((("C", w, None, d, a, g), [("C", w, u, d, a, g) for u in units]))
                for i in sorted({k[4] for k in truth if k[0] == "I" and k[1] == w and k[2] is None and k[3] == d}):
                    sums.append((("I", w, None, d, i), [("I", w, u, d, i) for u in units]))
    # A cell that does not exist holds no one: it is a known zero, not an unknown.
    return [(total, [p for p in parts if p in truth]) for total, parts in sums if total in truth]


def determined(unknowns, rows):
    """Unknowns fixed by the equations: pivot columns with no free column in their reduced row."""
    index = {cell: i for i, cell in enumerate(unknowns)}
    matrix = []
    for coefficients, _ in rows:
        row = [Fraction(0)] * len(unknowns)
        for cell, c in coefficients.items():
            row[index[cell]] += c
        matrix.append(row)
    pivots, rank = {}, 0
    for c in range(len(unknowns)):
        found = next((r for r in range(rank, len(matrix)) if matrix[r][c] != 0), None)
        if found is None:
            continue
        matrix[rank], matrix[found] = matrix[found], matrix[rank]
        pivot = matrix[rank][c]
        matrix[rank] = [v / pivot for v in matrix[rank]]
        for r in range(len(matrix)):
            if r != rank and matrix[r][c] != 0:
                factor = matrix[r][c]
                matrix[r] = [a - factor * b for a, b in zip(matrix[r], matrix[rank])]
        pivots[c] = rank
        rank += 1
    free = [c for c in range(len(unknowns)) if c not in pivots]
    return [unknowns[c] for c, r in pivots.items() if all(matrix[r][f] == 0 for f in free)]


def exposed(sums, truth, known):
    """Hidden cells the published ones determine, solved one linked group of unknowns at a time."""
    rows = []
    for total, parts in sums:
        coefficients = {}
        for cell, sign in [(total, -1)] + [(p, 1) for p in parts]:
            if cell not in known:
                coefficients[cell] = coefficients.get(cell, 0) + sign
        if coefficients:
            rows.append((coefficients, None))
    parent = {}
    def root(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for coefficients, _ in rows:
        cells = list(coefficients)
        for other in cells[1:]:
            parent[root(other)] = root(cells[0])
    groups = {}
    for row in rows:
        groups.setdefault(root(next(iter(row[0]))), []).append(row)
    found = []
    for group_rows in groups.values():
        unknowns = sorted({cell for coefficients, _ in group_rows for cell in coefficients}, key=repr)
        found += determined(unknowns, group_rows)
    return sorted(found, key=repr)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("truth")
    parser.add_argument("--negative-control", action="store_true")
    args = parser.parse_args()
    org, units = load(args.site)
    truth_org, truth_units = load(args.truth)
    minimum = org["report"]["min_group_size"]
    unit_attribute = None
    if truth_units:
        names = set(truth_units)
        for attribute, groups in truth_org["waves"][-1]["dimensions"][0]["breakdowns"].items():
            if {g["group"] for g in groups} <= names:
                unit_attribute = attribute
    truth = cells_of(truth_org, truth_units, unit_attribute)
    known = cells_of(org, units, unit_attribute)
    problems = []
    for key, n in known.items():
        if truth.get(key) != n:
            problems.append(f"published {key} = {n} differs from the true {truth.get(key)}")
        if key[0] != "R" or key[2] is not None:
            if n < minimum:
                problems.append(f"published {key} rests on {n} respondents, under {minimum}")
    sums = equations(truth, sorted(truth_units), unit_attribute)
    for total, parts in sums:
        if parts and truth.get(total, 0) != sum(truth.get(p, 0) for p in parts):
            problems.append(f"the tables are not linked as assumed: {total} = {truth.get(total)} but its parts add up to {sum(truth.get(p, 0) for p in parts)}")
    # Hidden cells: those that exist (n > 0 in the truth) and are not published. Zero cells are known to be zero.
    known_all = dict(known)
    for key, n in truth.items():
        if n == 0:
            known_all[key] = 0
    hidden = [key for key in truth if key not in known_all]
    leaks = exposed(sums, truth, known_all)
    problems += [f"hidden {key} (n = {truth[key]}) is determined by the published figures" for key in leaks]
    published_names = json.dumps([org] + list(units.values()))
    hidden_names = {key[5] for key in hidden if key[0] == "C"} - {key[5] for key in known if key[0] == "C"}
    hidden_units = {key[2] for key in hidden if key[0] == "R"}
    pages = {path: path.read_text(errors="replace") for path in sorted(pathlib.Path(args.site).rglob("*"))
             if path.suffix in (".html", ".txt", ".eml", ".csv")}
    for name in sorted(hidden_names | hidden_units):
        if json.dumps(name) in published_names:
            problems.append(f"hidden group or unit {name!r} is named in a data file")
        escaped = html.escape(name, quote=True)
        for path, text in pages.items():
            if f">{escaped}<" in text or f",{name}," in text:
                problems.append(f"hidden group or unit {name!r} is named in {path}")
    print(f"disclosure check: {len(truth)} cells, {len(known)} published, {len(hidden)} hidden, {len(sums)} sums, "
          f"{len(leaks)} hidden cells determined")
    for problem in problems[:50]:
        print("  " + problem)
    if args.negative_control:
        control = None
        for total, parts in sums:
            unknown = [c for c in [total] + parts if c not in known_all]
            if len(unknown) == 2:
                control = unknown[0]
                break
        if control is None:
            print("negative control: no sum with exactly two hidden cells to try")
        else:
            known_all[control] = truth[control]
            caught = exposed(sums, truth, known_all)
            print(f"negative control: revealing {control} exposes {len(caught)} hidden cell(s)")
            if not caught:
                problems.append("negative control: revealing one of two hidden cells in a sum exposed nothing")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

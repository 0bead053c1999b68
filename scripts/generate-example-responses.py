#!/usr/bin/env python3
"""Generate the example survey responses shipped in content/waves/.

The data are synthetic: a fictional parcel-delivery company ("Parcelwise
Delivery") surveyed about 400 employees in two waves, 2025-h2 and 2026-h2,
on the items of the built-in `cx-capabilities` model.

The script is deterministic: it uses its own PRNG (splitmix64), never
Python's `random` module, and only integer answers are written, so the same
seed gives byte-identical files on any machine and Python version.

It reads the model YAML at run time to get the dimensions, their item ids (in
model order) and which items are reverse-scored. Answers to a reverse item
are generated so that, once reverse-scored (min + max - answer), they fit the
respondent's level on the dimension.

Usage:
    python3 scripts/generate-example-responses.py [--seed N] [--model PATH]

Requires Python 3.8+ and PyYAML.
"""

import argparse
import csv
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from splitmix import SplitMix64  # noqa: E402

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("generate-example-responses: PyYAML is required (pip install pyyaml)")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_MODEL = os.path.join(
    ROOT, "Sources", "MaturityKit", "Resources", "models", "cx-capabilities.yaml"
)
DEFAULT_SEED = 20261015

# ---------------------------------------------------------------------------
# The "truth" behind the synthetic data.

# Respondents per function and wave. Legal stays under the minimum group
# size (5) in both waves, so that the report must suppress it.
FUNCTIONS = {
    "2025-h2": [
        ("Operations", 110), ("Customer Service", 88), ("Sales", 54),
        ("Marketing", 41), ("IT", 47), ("Finance", 29), ("HR", 24), ("Legal", 3),
    ],
    "2026-h2": [
        ("Operations", 114), ("Customer Service", 92), ("Sales", 57),
        ("Marketing", 43), ("IT", 49), ("Finance", 30), ("HR", 24), ("Legal", 3),
    ],
}

WAVES = ["2025-h2", "2026-h2"]

# Underlying mean level (on the 1-5 scale) of each dimension in each wave.
# Most dimensions improve by 0.2-0.4; customer research slips back a little;
# technology is lowest, purpose and culture highest.
LEVELS = {
    "purpose":    {"2025-h2": 3.35, "2026-h2": 3.65},
    "strategy":   {"2025-h2": 2.85, "2026-h2": 3.15},
    "governance": {"2025-h2": 2.55, "2026-h2": 2.95},
    "culture":    {"2025-h2": 3.25, "2026-h2": 3.55},
    "voc":        {"2025-h2": 2.80, "2026-h2": 3.15},
    "research":   {"2025-h2": 2.65, "2026-h2": 2.50},
    "metrics":    {"2025-h2": 2.70, "2026-h2": 3.00},
    "personas":   {"2025-h2": 2.25, "2026-h2": 2.50},
    "technology": {"2025-h2": 1.95, "2026-h2": 2.25},
}
DEFAULT_LEVEL = {"2025-h2": 2.7, "2026-h2": 2.9}

# How each function differs from the company-wide level, per dimension.
FUNCTION_OFFSETS = {
    "Operations":       {"voc": -0.15, "personas": -0.15, "metrics": 0.10},
    "Customer Service": {"voc": 0.45, "culture": 0.20, "research": 0.10},
    "Sales":            {"strategy": 0.20, "personas": 0.15, "technology": -0.10},
    "Marketing":        {"personas": 0.35, "research": 0.30, "voc": 0.10},
    "IT":               {"technology": 0.55, "personas": -0.20, "culture": -0.10},
    "Finance":          {"*": -0.15, "metrics": 0.20},
    "HR":               {"culture": 0.25, "governance": -0.10},
    "Legal":            {"*": -0.10},
}

# Segment and region effects are small, as in most real surveys.
SEGMENT_OFFSETS = {"B2B": {"voc": 0.05, "personas": -0.10}, "B2C": {"personas": 0.10}, "": {}}
REGION_OFFSETS = {"North": 0.08, "South": -0.08, "East": 0.0, "West": 0.03}

# Share of B2B respondents by function (per mille); 20 per mille leave segment blank.
B2B_SHARE = {
    "Operations": 450, "Customer Service": 380, "Sales": 650, "Marketing": 420,
    "IT": 480, "Finance": 500, "HR": 450, "Legal": 500,
}
BLANK_SEGMENT = 20

REGIONS = [("North", 30), ("South", 25), ("East", 22), ("West", 23)]

BLANK_ANSWER = 30        # per mille of answers left blank
PARTIAL_RESPONDENT = 10  # per mille of respondents who skip most of one dimension

RESPONDENT_SD = 0.40     # general attitude shared across dimensions
DIMENSION_SD = 0.35      # respondent's view of one dimension
ANSWER_SD = 0.75         # noise of a single answer
ITEM_OFFSET_RANGE = 0.30  # items differ in how easy they are to agree with


def load_model(path):
    if not os.path.exists(path):
        sys.exit("generate-example-responses: model not found: %s" % path)
    with open(path, encoding="utf-8") as f:
        model = yaml.safe_load(f)
    scale = model.get("scale") or {}
    lo, hi = int(scale.get("min", 1)), int(scale.get("max", 5))
    dims = []
    for dim in model["dimensions"]:
        items = [(str(item["id"]), bool(item.get("reverse", False))) for item in dim["items"]]
        dims.append((str(dim["id"]), items))
    return lo, hi, dims


def offset_for(table, dim_id):
    return table.get(dim_id, 0.0) + table.get("*", 0.0)


def clamp_round(value, lo, hi):
    answer = int(math.floor(value + 0.5))
    return max(lo, min(hi, answer))


def generate_wave(wave, wave_index, seed, lo, hi, dims):
    rng = SplitMix64(seed * 1000003 + wave_index * 7919 + 1)
    # Item offsets are a property of the questionnaire, shared by both waves.
    item_rng = SplitMix64(seed ^ 0x5DEECE66D)
    item_offset = {}
    for _, items in dims:
        for item_id, _ in items:
            item_offset[item_id] = (item_rng.uniform() * 2.0 - 1.0) * ITEM_OFFSET_RANGE

    functions = []
    for name, count in FUNCTIONS[wave]:
        functions.extend([name] * count)
    rng.shuffle(functions)

    header = ["respondent", "function", "segment", "region"]
    for _, items in dims:
        header.extend(item_id for item_id, _ in items)
    rows = [header]

    blanks = answers = partial = 0
    for index, function in enumerate(functions, start=1):
        if rng.chance(BLANK_SEGMENT):
            segment = ""
        elif rng.chance(B2B_SHARE[function]):
            segment = "B2B"
        else:
            segment = "B2C"
        region = rng.pick_weighted(REGIONS)
        general = rng.normal(RESPONDENT_SD)

        skipped_dim = None
        if rng.chance(PARTIAL_RESPONDENT):
            skipped_dim = rng.below(len(dims))
            partial += 1

        row = ["R%04d" % index, function, segment, region]
        for d, (dim_id, items) in enumerate(dims):
            level = LEVELS.get(dim_id, DEFAULT_LEVEL)[wave]
            level += offset_for(FUNCTION_OFFSETS[function], dim_id)
            level += offset_for(SEGMENT_OFFSETS[segment], dim_id)
            level += REGION_OFFSETS[region]
            level += general + rng.normal(DIMENSION_SD)

            # A partial respondent answers fewer than half of this dimension's items.
            keep = len(items)
            skipped = set()
            if d == skipped_dim:
                keep = (len(items) - 1) // 2
                order = list(range(len(items)))
                rng.shuffle(order)
                skipped = set(order[keep:])

            for i, (item_id, reverse) in enumerate(items):
                value = level + item_offset[item_id] + rng.normal(ANSWER_SD)
                score = clamp_round(value, lo, hi)
                answer = lo + hi - score if reverse else score
                blank = i in skipped or rng.chance(BLANK_ANSWER)
                answers += 1
                if blank:
                    blanks += 1
                    row.append("")
                else:
                    row.append(str(answer))
        rows.append(row)
    return rows, blanks, answers, partial


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED,
                        help="PRNG seed (default %d)" % DEFAULT_SEED)
    parser.add_argument("--model", default=DEFAULT_MODEL,
                        help="model YAML to read item ids from (default: built-in cx-capabilities)")
    args = parser.parse_args()

    lo, hi, dims = load_model(args.model)
    for wave_index, wave in enumerate(WAVES):
        rows, blanks, answers, partial = generate_wave(wave, wave_index, args.seed, lo, hi, dims)
        rel = os.path.join("content", "waves", wave, "responses.csv")
        path = os.path.join(ROOT, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n").writerows(rows)
        print("%s: %d respondents, %d items, %d of %d answers blank, %d partial respondents"
              % (rel.replace(os.sep, "/"), len(rows) - 1, len(rows[0]) - 4,
                 blanks, answers, partial))


if __name__ == "__main__":
    main()

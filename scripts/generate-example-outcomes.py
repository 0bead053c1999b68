#!/usr/bin/env python3
"""Generate the example customer surveys shipped in content/outcomes/.

Synthetic data for the fictional Parcelwise Delivery: two customer surveys,
2025-h2 and 2026-h2, of about 1,500 answers each, by region (the same four
regions as the maturity waves, so that units link) and segment. Each answer
has likelihood to recommend (0-10), satisfaction (1-5), ease of getting
things done (1-7, higher is easier) and three driver ratings (1-5).

Deterministic: its own PRNG (splitmix64), integer answers only, so the
same seed gives byte-identical files on any machine and Python version.

Usage: python3 scripts/generate-example-outcomes.py [--seed N]
"""

import argparse
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from splitmix import SplitMix64  # noqa: E402

# Regions as in the maturity waves: the more mature regions recommend a little more.
REGIONS = [("North", 0.62), ("West", 0.45), ("East", 0.18), ("South", 0.10)]
SEGMENTS = [("B2C", 0.6), ("B2B", 0.395), ("", 0.005)]


def clamp(value, low, high):
    return max(low, min(high, value))


def pick(rng, weighted):
    u, total = rng.uniform(), 0.0
    for name, weight in weighted:
        total += weight
        if u < total:
            return name
    return weighted[-1][0]


def respondent(rng, mood_shift):
    region, lift = REGIONS[rng.below(len(REGIONS))]
    segment = pick(rng, SEGMENTS)
    # A latent experience from about -2 to 2; the drivers and the outcomes follow it.
    experience = sum(rng.uniform() for _ in range(4)) - 2 + lift + mood_shift
    tracking = clamp(round(3.1 + 0.9 * experience + (rng.uniform() - 0.5) * 1.6), 1, 5)
    speed = clamp(round(2.7 + 0.6 * experience + (rng.uniform() - 0.5) * 2.2), 1, 5)
    courtesy = clamp(round(4.1 + 0.2 * experience + (rng.uniform() - 0.5) * 1.8), 1, 5)
    ltr = clamp(round(7.0 + 1.9 * experience + (rng.uniform() - 0.5) * 3.0), 0, 10)
    satisfaction = clamp(round(3.5 + 0.8 * experience + (rng.uniform() - 0.5) * 1.6), 1, 5)
    ease = clamp(round(4.6 + 1.0 * experience + (rng.uniform() - 0.5) * 2.4), 1, 7)
    answers = {"ltr": ltr, "satisfaction": satisfaction, "ease": ease, "speed": speed, "tracking": tracking, "courtesy": courtesy}
    # Not everyone answers everything.
    for key in ("satisfaction", "ease", "speed", "tracking", "courtesy"):
        if rng.uniform() < 0.04:
            answers[key] = ""
    return region, segment, answers


def write(path, rng, count, mood_shift, labelled):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([
            "response", "region", "segment",
            "How likely are you to recommend Parcelwise to a friend or colleague?",
            "Overall, how satisfied are you with Parcelwise?",
            "Parcelwise made it easy to get my parcel matter done",
            "Speed of delivery", "Tracking information", "Courtesy of drivers",
        ])
        for index in range(count):
            region, segment, a = respondent(rng, mood_shift)
            ltr = a["ltr"]
            # Survey tools write the end labels of the scale with the number.
            if labelled and ltr == 10:
                ltr = "10 - Extremely likely"
            elif labelled and ltr == 0:
                ltr = "0 - Not at all likely"
            writer.writerow([f"C{index + 1:05d}", region, segment, ltr, a["satisfaction"], a["ease"], a["speed"], a["tracking"], a["courtesy"]])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20261001)
    parser.add_argument("--output", default=os.path.join(os.path.dirname(__file__), "..", "content", "outcomes"))
    args = parser.parse_args()
    rng = SplitMix64(args.seed)
    write(os.path.join(args.output, "2025-h2.csv"), rng, 1480, -0.12, False)
    write(os.path.join(args.output, "2026-h2.csv"), rng, 1530, 0.0, True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Add the example's open-text comment columns to the survey waves in content/waves/.

Run it after scripts/generate-example-responses.py (which writes the waves without comments). It appends, or
replaces when they are there already, two columns to each wave's responses.csv:

  "What would most help us act on customer feedback?"   (the `voc` dimension's comments)
  "Anything else you would like to tell us?"             (general comments)

The comments are synthetic, assembled from short phrases written for this example about a fictional parcel
company. A few carry an e-mail address, a phone number, a ticket number or a colleague's name, so that the
example shows them scrubbed (report.yaml `redact:` lists the name). Scores are untouched: only the two
comment columns change.

The script is deterministic (its own splitmix64 PRNG, seeded per wave), so the same files come out every time.

Usage: python3 scripts/generate-example-comments.py
"""

import csv
import io
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from splitmix import SplitMix64  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WAVES = ["2025-h2", "2026-h2"]
VOC = "What would most help us act on customer feedback?"
GENERAL = "Anything else you would like to tell us?"
# Phrases by theme; the 2026 wave leans less on slow follow-up and more on tools, as the roadmap intended.
VOC_PHRASES = {
    "follow-up": [
        "Complaints sit in a shared inbox for days before anyone replies.",
        "We hear the same complaint every week and nothing changes.",
        "Nobody owns the follow-up once a survey result comes in.",
        "Feedback gets logged but the loop is never closed with the customer.",
        "The delay between a complaint and a fix is far too long.",
    ],
    "tools": [
        "Our CRM does not show what the customer told the depot.",
        "We need one system for tickets instead of three spreadsheets.",
        "The dashboard is updated monthly, which is too late to act.",
        "Tagging feedback by hand in the system takes most of Monday.",
        "A self-service view of customer scores for each depot would help.",
    ],
    "training": [
        "Drivers get no training on how to pass on what customers say.",
        "New starters are never shown where feedback goes.",
        "A short coaching session on reading survey comments would help team leads.",
    ],
    "priorities": [
        "Leadership should pick three issues a quarter and fix them properly.",
        "Customer feedback should be on the agenda of every ops meeting.",
        "Targets reward speed of delivery, not whether the customer was happy.",
    ],
    "none": [
        "Hard to say, it varies from depot to depot.",
        "More people on the phones in December.",
        "Ask the customers what they want, not us.",
    ],
}
GENERAL_PHRASES = {
    "people": [
        "My team lead is supportive and listens.",
        "Colleagues in the contact centre are friendly and go the extra mile.",
        "The depot staff work hard in the peak season.",
    ],
    "tools": [
        "The handheld scanners crash during the evening round.",
        "The route planning system still misses new housing estates.",
    ],
    "follow-up": [
        "Slow replies from head office make our job harder.",
        "Redelivery requests are delayed because of the weekly batch.",
    ],
    "none": [
        "No further comments.",
        "Thanks for asking.",
        "Keep the survey short next time.",
        "Good to see this done again.",
    ],
}
WEIGHTS = {"2025-h2": {"follow-up": 5, "tools": 3, "training": 2, "priorities": 2, "none": 1},
           "2026-h2": {"follow-up": 3, "tools": 4, "training": 2, "priorities": 2, "none": 1}}
NAMES = ["Marisol Okafor", "Marisol"]


def weighted(rng, weights):
    total = sum(weights.values())
    roll = rng.below(total)
    for key, weight in weights.items():
        if roll < weight:
            return key
        roll -= weight
    raise AssertionError("unreachable")


def private_detail(rng):
    """Something a respondent should not have written in a comment, for the scrubbing to remove."""
    kind = rng.below(4)
    if kind == 0:
        return f"Write to me at ops.lead{rng.below(90) + 10}@parcelwise.example if you want details."
    if kind == 1:
        return f"You can ring me on 0161 496 0{rng.below(900) + 100}."
    if kind == 2:
        return f"See ticket {rng.below(9000000) + 1000000} for the worst case."
    return f"{rng.pick(NAMES)} already raised this twice."


def voc_comment(rng, wave):
    first = rng.pick(VOC_PHRASES[weighted(rng, WEIGHTS[wave])])
    if rng.chance(300):
        second = rng.pick(VOC_PHRASES[weighted(rng, WEIGHTS[wave])])
        if second != first:
            first += " " + second
    if rng.chance(60):
        first += " " + private_detail(rng)
    return first


def general_comment(rng):
    theme = rng.pick(["people", "people", "tools", "follow-up", "none", "none"])
    text = rng.pick(GENERAL_PHRASES[theme])
    if rng.chance(50):
        text += " " + private_detail(rng)
    return text


def main():
    for index, wave in enumerate(WAVES):
        path = os.path.join(ROOT, "content", "waves", wave, "responses.csv")
        with open(path, newline="", encoding="utf-8") as file:
            rows = list(csv.reader(file))
        header = rows[0]
        keep = [i for i, name in enumerate(header) if name not in (VOC, GENERAL)]
        rng = SplitMix64(0xC0FFEE + index)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([header[i] for i in keep] + [VOC, GENERAL])
        for row in rows[1:]:
            voc = voc_comment(rng, wave) if rng.chance(450) else ""
            general = general_comment(rng) if rng.chance(250) else ""
            writer.writerow([row[i] for i in keep] + [voc, general])
        with open(path, "w", newline="", encoding="utf-8") as file:
            file.write(out.getvalue())


if __name__ == "__main__":
    main()

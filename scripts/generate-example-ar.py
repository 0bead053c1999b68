#!/usr/bin/env python3
"""Generate the survey files of the Arabic example report in content-ar/.

The data are synthetic: a fictional Gulf logistics group, "مجموعة الواحة للخدمات اللوجستية" (Al Waha
Logistics Group), surveyed about 300 employees in two waves, 2025-h2 and 2026-h2, on the items of the
built-in `cx-capabilities` model, and about 1,200 customers in each of two customer surveys.

Written files (all of them replaced on every run):

  content-ar/waves/<wave>/responses.csv   item columns by id; department, segment and region in Arabic
                                          (Arabic headers); two Arabic open-text comment columns
  content-ar/outcomes/<wave>.csv          likelihood to recommend, satisfaction, effort and three driver
                                          ratings, with Arabic headers and group values

A few comments carry an e-mail address, a phone number (one of them in Arabic-Indic digits), a ticket number
or the name listed in content-ar/report.yaml `redact:`, so that the report shows them scrubbed.

The script is deterministic: it uses the shared splitmix64 PRNG (scripts/splitmix.py), never Python's
`random` module, and writes only integers, so the same seed gives byte-identical files on any machine and
Python version. It reads the model YAML for the dimensions, their item ids and which items are reverse-scored.
The English example's generators (scripts/generate-example-*.py) are not touched.

Usage:
    python3 scripts/generate-example-ar.py [--seed N] [--model PATH]

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
    sys.exit("generate-example-ar: PyYAML is required (pip install pyyaml)")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONTENT = os.path.join(ROOT, "content-ar")
DEFAULT_MODEL = os.path.join(ROOT, "Sources", "MaturityKit", "Resources", "models", "cx-capabilities.yaml")
DEFAULT_SEED = 20261020
WAVES = ["2025-h2", "2026-h2"]

# Attribute columns (their headers are the attribute names in report.yaml).
DEPARTMENT, SEGMENT, REGION = "الإدارة", "القطاع", "المنطقة"

# Respondents per department and wave. Legal stays under the minimum group size (5), so the report hides it.
DEPARTMENTS = {
    "2025-h2": [
        ("العمليات", 82), ("خدمة العملاء", 66), ("المبيعات", 40), ("التسويق", 30),
        ("تقنية المعلومات", 35), ("المالية", 22), ("الموارد البشرية", 18), ("الشؤون القانونية", 3),
    ],
    "2026-h2": [
        ("العمليات", 85), ("خدمة العملاء", 70), ("المبيعات", 42), ("التسويق", 31),
        ("تقنية المعلومات", 36), ("المالية", 23), ("الموارد البشرية", 19), ("الشؤون القانونية", 3),
    ],
}

# Underlying mean level (1-5) of each dimension per wave. The group's story: strategy and governance lead and
# gain most (a new CX office), listening improves, personas stay lowest, and technology slips back during the
# move to a new ERP and warehouse system.
LEVELS = {
    "purpose":    {"2025-h2": 3.20, "2026-h2": 3.45},
    "strategy":   {"2025-h2": 3.30, "2026-h2": 3.60},
    "governance": {"2025-h2": 2.85, "2026-h2": 3.40},
    "culture":    {"2025-h2": 2.85, "2026-h2": 3.00},
    "voc":        {"2025-h2": 2.60, "2026-h2": 3.05},
    "research":   {"2025-h2": 2.40, "2026-h2": 2.55},
    "metrics":    {"2025-h2": 2.95, "2026-h2": 3.20},
    "personas":   {"2025-h2": 2.05, "2026-h2": 2.20},
    "technology": {"2025-h2": 2.55, "2026-h2": 2.30},
}
DEFAULT_LEVEL = {"2025-h2": 2.7, "2026-h2": 2.9}

DEPARTMENT_OFFSETS = {
    "العمليات":          {"voc": -0.20, "personas": -0.10, "metrics": 0.10},
    "خدمة العملاء":      {"voc": 0.45, "culture": 0.15, "technology": -0.15},
    "المبيعات":          {"strategy": 0.20, "personas": 0.15},
    "التسويق":           {"personas": 0.35, "research": 0.30},
    "تقنية المعلومات":   {"technology": 0.50, "culture": -0.15},
    "المالية":           {"*": -0.10, "metrics": 0.25},
    "الموارد البشرية":   {"culture": 0.20, "governance": -0.10},
    "الشؤون القانونية":  {"*": -0.10},
}
SEGMENT_OFFSETS = {"الشركات": {"voc": 0.05, "personas": -0.10}, "الأفراد": {"personas": 0.10}, "": {}}
REGION_OFFSETS = {"الرياض": 0.08, "جدة": -0.02, "الدمام": -0.12, "دبي": 0.12}
REGIONS = [("الرياض", 32), ("جدة", 26), ("الدمام", 20), ("دبي", 22)]
B2B_SHARE = 520       # per mille of respondents who work mainly for business customers
BLANK_SEGMENT = 35    # per mille who leave the segment blank
BLANK_ANSWER = 30     # per mille of answers left blank
PARTIAL_RESPONDENT = 10
RESPONDENT_SD, DIMENSION_SD, ANSWER_SD, ITEM_OFFSET_RANGE = 0.40, 0.35, 0.75, 0.30

# Open-text comments, assembled from short phrases; each phrase is written to match its theme in
# content-ar/themes.yaml. The 2026 wave complains less of slow follow-up and more of systems.
VOC = "ما الذي سيساعدنا أكثر على الاستفادة من ملاحظات العملاء؟"
GENERAL = "هل لديك أي ملاحظات أخرى تود مشاركتها؟"
VOC_PHRASES = {
    "follow-up": [
        "تبقى الشكاوى في البريد المشترك أياما قبل أن يرد عليها أحد.",
        "نسمع الشكوى نفسها كل أسبوع ولا يتغير شيء.",
        "لا أحد يتابع نتيجة الاستبيان بعد وصولها.",
        "التأخير بين الشكوى والإصلاح طويل جدا.",
        "يسجل الملاحظة أكثر من فريق ثم لا أحد يعود إلى العميل.",
    ],
    "tools": [
        "نظام إدارة علاقات العملاء لا يعرض ما قاله العميل للمستودع.",
        "نحتاج إلى نظام واحد للبلاغات بدلا من ثلاثة جداول بيانات.",
        "لوحة المؤشرات تحدث مرة في الشهر وهذا متأخر جدا.",
        "منذ الانتقال إلى النظام الجديد نعيد إدخال الطلبات يدويا.",
        "لو كان لكل مستودع عرض ذاتي لنتائج رضا العملاء لساعدنا كثيرا.",
    ],
    "training": [
        "السائقون لا يتلقون أي تدريب على نقل ما يقوله العملاء.",
        "الموظفون الجدد لا يعرفون أين تذهب الملاحظات.",
        "جلسة توجيه قصيرة لقادة الفرق حول قراءة التعليقات ستكون مفيدة.",
    ],
    "priorities": [
        "على القيادة أن تختار ثلاث مشكلات كل ربع سنة وتحلها فعلا.",
        "يجب أن تكون ملاحظات العملاء بندا ثابتا في اجتماع العمليات الأسبوعي.",
        "المستهدفات تكافئ سرعة التسليم لا رضا العميل.",
    ],
    "none": [
        "يصعب الحكم، فالأمر يختلف من فرع إلى آخر.",
        "نحتاج إلى موظفين أكثر على الهاتف في موسم رمضان.",
        "اسألوا العملاء عما يريدون لا نحن.",
    ],
}
GENERAL_PHRASES = {
    "people": [
        "قائد فريقي متعاون ويستمع إلينا.",
        "الزملاء في مركز الاتصال ودودون ويبذلون جهدا إضافيا.",
        "فرق المستودعات يعملون بجد في مواسم الذروة.",
    ],
    "tools": [
        "أجهزة المسح المحمولة تتعطل أثناء جولة المساء.",
        "نظام تخطيط المسارات لا يعرف الأحياء الجديدة بعد.",
    ],
    "follow-up": [
        "بطء الردود من المكتب الرئيسي يصعب عملنا.",
        "طلبات إعادة التوصيل تتأخر بسبب المعالجة الأسبوعية.",
    ],
    "none": [
        "لا توجد ملاحظات أخرى.",
        "شكرا على السؤال.",
        "أرجو أن يكون الاستبيان أقصر في المرة القادمة.",
        "من الجيد تكرار هذا الاستبيان.",
    ],
}
WEIGHTS = {"2025-h2": {"follow-up": 5, "tools": 3, "training": 2, "priorities": 2, "none": 1},
           "2026-h2": {"follow-up": 3, "tools": 5, "training": 2, "priorities": 2, "none": 1}}
NAMES = ["سلمى العتيبي", "سلمى"]   # listed in content-ar/report.yaml `redact:`
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# Customer surveys: by region (the same regions as the waves, so units link) and segment.
CUSTOMER_REGIONS = [("الرياض", 0.55), ("جدة", 0.30), ("الدمام", 0.05), ("دبي", 0.62)]
CUSTOMER_SEGMENTS = [("الأفراد", 0.62), ("الشركات", 0.37), ("", 0.01)]
NPS = "ما مدى احتمال أن توصي بمجموعة الواحة لصديق أو زميل؟"
CSAT = "بشكل عام، ما مدى رضاك عن خدمات مجموعة الواحة؟"
CES = "سهلت مجموعة الواحة علي إنجاز طلبي"
SPEED, TRACKING, COURTESY = "سرعة التوصيل", "معلومات التتبع", "لباقة المندوبين"


def load_model(path):
    if not os.path.exists(path):
        sys.exit("generate-example-ar: model not found: %s" % path)
    with open(path, encoding="utf-8") as f:
        model = yaml.safe_load(f)
    scale = model.get("scale") or {}
    lo, hi = int(scale.get("min", 1)), int(scale.get("max", 5))
    dims = []
    for dim in model["dimensions"]:
        dims.append((str(dim["id"]), [(str(item["id"]), bool(item.get("reverse", False))) for item in dim["items"]]))
    return lo, hi, dims


def offset_for(table, dim_id):
    return table.get(dim_id, 0.0) + table.get("*", 0.0)


def clamp_round(value, lo, hi):
    return max(lo, min(hi, int(math.floor(value + 0.5))))


def weighted(rng, weights):
    roll = rng.below(sum(weights.values()))
    for key, weight in weights.items():
        if roll < weight:
            return key
        roll -= weight
    raise AssertionError("unreachable")


def private_detail(rng):
    """Something no respondent should have written in a comment, for the scrubbing to remove."""
    kind = rng.below(5)
    if kind == 0:
        return "راسلوني على ops.lead%d@alwaha.example للتفاصيل." % (rng.below(90) + 10)
    if kind == 1:
        return "يمكنكم الاتصال بي على الرقم 011 496 0%d." % (rng.below(900) + 100)
    if kind == 2:
        return "أو على الجوال %s." % ("050 555 %d" % (rng.below(9000) + 1000)).translate(ARABIC_INDIC)
    if kind == 3:
        return "انظروا البلاغ رقم %d لأسوأ حالة." % (rng.below(9000000) + 1000000)
    return "سبق أن طرحت %s هذا الموضوع مرتين." % rng.pick(NAMES)


def voc_comment(rng, wave):
    text = rng.pick(VOC_PHRASES[weighted(rng, WEIGHTS[wave])])
    if rng.chance(300):
        second = rng.pick(VOC_PHRASES[weighted(rng, WEIGHTS[wave])])
        if second != text:
            text += " " + second
    if rng.chance(70):
        text += " " + private_detail(rng)
    return text


def general_comment(rng):
    text = rng.pick(GENERAL_PHRASES[rng.pick(["people", "people", "tools", "follow-up", "none", "none"])])
    if rng.chance(60):
        text += " " + private_detail(rng)
    return text


def generate_wave(wave, wave_index, seed, lo, hi, dims):
    rng = SplitMix64(seed * 1000003 + wave_index * 7919 + 1)
    comment_rng = SplitMix64(0xC0FFEE + 17 + wave_index)
    item_rng = SplitMix64(seed ^ 0x5DEECE66D)   # item difficulty belongs to the questionnaire: same in both waves
    item_offset = {}
    for _, items in dims:
        for item_id, _ in items:
            item_offset[item_id] = (item_rng.uniform() * 2.0 - 1.0) * ITEM_OFFSET_RANGE

    departments = []
    for name, count in DEPARTMENTS[wave]:
        departments.extend([name] * count)
    rng.shuffle(departments)

    header = ["respondent", DEPARTMENT, SEGMENT, REGION]
    for _, items in dims:
        header.extend(item_id for item_id, _ in items)
    rows = [header + [VOC, GENERAL]]
    comments = 0
    for index, department in enumerate(departments, start=1):
        if rng.chance(BLANK_SEGMENT):
            segment = ""
        else:
            segment = "الشركات" if rng.chance(B2B_SHARE) else "الأفراد"
        region = rng.pick_weighted(REGIONS)
        general = rng.normal(RESPONDENT_SD)
        skipped_dim = rng.below(len(dims)) if rng.chance(PARTIAL_RESPONDENT) else None

        row = ["R%04d" % index, department, segment, region]
        for d, (dim_id, items) in enumerate(dims):
            level = LEVELS.get(dim_id, DEFAULT_LEVEL)[wave]
            level += offset_for(DEPARTMENT_OFFSETS[department], dim_id)
            level += offset_for(SEGMENT_OFFSETS[segment], dim_id)
            level += REGION_OFFSETS[region] + general + rng.normal(DIMENSION_SD)
            skipped = set()
            if d == skipped_dim:
                keep = (len(items) - 1) // 2
                order = list(range(len(items)))
                rng.shuffle(order)
                skipped = set(order[keep:])
            for i, (item_id, reverse) in enumerate(items):
                score = clamp_round(level + item_offset[item_id] + rng.normal(ANSWER_SD), lo, hi)
                answer = lo + hi - score if reverse else score
                row.append("" if i in skipped or rng.chance(BLANK_ANSWER) else str(answer))
        voc = voc_comment(comment_rng, wave) if comment_rng.chance(450) else ""
        other = general_comment(comment_rng) if comment_rng.chance(250) else ""
        comments += bool(voc) + bool(other)
        rows.append(row + [voc, other])
    return rows, comments


def clamp(value, low, high):
    return max(low, min(high, value))


def pick(rng, choices):
    u, total = rng.uniform(), 0.0
    for name, weight in choices:
        total += weight
        if u < total:
            return name
    return choices[-1][0]


def customer(rng, mood_shift):
    region, lift = CUSTOMER_REGIONS[rng.below(len(CUSTOMER_REGIONS))]
    segment = pick(rng, CUSTOMER_SEGMENTS)
    experience = sum(rng.uniform() for _ in range(4)) - 2 + lift + mood_shift
    answers = {
        "ltr": clamp(round(6.8 + 1.9 * experience + (rng.uniform() - 0.5) * 3.0), 0, 10),
        "csat": clamp(round(3.4 + 0.8 * experience + (rng.uniform() - 0.5) * 1.6), 1, 5),
        "ces": clamp(round(4.4 + 1.0 * experience + (rng.uniform() - 0.5) * 2.4), 1, 7),
        "speed": clamp(round(3.0 + 0.6 * experience + (rng.uniform() - 0.5) * 2.2), 1, 5),
        "tracking": clamp(round(2.8 + 0.9 * experience + (rng.uniform() - 0.5) * 1.6), 1, 5),
        "courtesy": clamp(round(4.2 + 0.2 * experience + (rng.uniform() - 0.5) * 1.8), 1, 5),
    }
    for key in ("csat", "ces", "speed", "tracking", "courtesy"):
        if rng.uniform() < 0.04:
            answers[key] = ""
    return region, segment, answers


def write_csv(path, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="PRNG seed (default %d)" % DEFAULT_SEED)
    parser.add_argument("--model", default=DEFAULT_MODEL, help="model YAML to read item ids from")
    args = parser.parse_args()

    lo, hi, dims = load_model(args.model)
    for wave_index, wave in enumerate(WAVES):
        rows, comments = generate_wave(wave, wave_index, args.seed, lo, hi, dims)
        rel = "content-ar/waves/%s/responses.csv" % wave
        write_csv(os.path.join(ROOT, rel), rows)
        print("%s: %d respondents, %d comments" % (rel, len(rows) - 1, comments))

    rng = SplitMix64(args.seed + 1)
    for wave, count, mood in (("2025-h2", 1180, -0.15), ("2026-h2", 1240, 0.0)):
        rows = [["response", REGION, SEGMENT, NPS, CSAT, CES, SPEED, TRACKING, COURTESY]]
        for index in range(count):
            region, segment, a = customer(rng, mood)
            rows.append(["C%05d" % (index + 1), region, segment, a["ltr"], a["csat"], a["ces"],
                         a["speed"], a["tracking"], a["courtesy"]])
        rel = "content-ar/outcomes/%s.csv" % wave
        write_csv(os.path.join(ROOT, rel), rows)
        print("%s: %d customers" % (rel, count))


if __name__ == "__main__":
    main()

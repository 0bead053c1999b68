#!/usr/bin/env python3
"""Writes Sources/MaturityKit/Resources/locales/cldr.jsonl: what the site needs from CLDR to write numbers,
dates and plurals for a locale, one locale a line, sorted by tag.

The data is pinned in the repository so that the same report gives the same bytes on any machine, whatever
ICU the host has. It comes from CLDR through Babel, whose version fixes the CLDR release:

    python3 -m venv /tmp/cldr && /tmp/cldr/bin/pip install babel==2.17.0   # CLDR 46
    /tmp/cldr/bin/python scripts/generate-cldr.py

Every locale without a script or variant subtag is written, so a theme can add any language by adding a
strings file. Fields: tag (BCP 47), dir, digits (the default numbering system's ten digits), decimal, group,
minus, plus, percent (the percent pattern with its symbol, `#` standing for the number), grouping (the
minimum grouping digits), months and months_short (format context), date_long (the CLDR pattern), plural
(CLDR plural rules by category; `other` is implied).
"""
import json
import os
import babel
from babel import Locale
from babel.localedata import locale_identifiers

assert babel.__version__ == "2.17.0", "pin: babel 2.17.0 carries CLDR 46"

# The first digit of each numbering system CLDR uses as a default (numberingSystems.xml); all are contiguous.
ZERO = {"latn": 0x30, "arab": 0x660, "arabext": 0x6F0, "deva": 0x966, "beng": 0x9E6, "tibt": 0xF20,
        "mymr": 0x1040, "olck": 0x1C50, "nkoo": 0x7C0, "mtei": 0xABF0, "cakm": 0x11136, "hmnp": 0x1E140,
        "adlm": 0x1E950}
# CLDR's minimumGroupingDigits where it is not 1 (Babel does not carry it): "1234" but "12 345".
GROUPING = {"es": 2, "pl": 2, "pt_PT": 2, "bg": 2, "hr": 2, "lv": 2, "lt": 2, "sk": 2, "sl": 2, "et": 2, "hu": 2,
            "it": 1}


def percent_text(pattern, symbol):
    """`#,##0 %` with the locale's symbol → `# %`: where the number goes and what stands around it."""
    body = pattern.split(";")[0]
    start = min(body.index(c) for c in "#0" if c in body)
    end = max(body.rindex(c) for c in "#0" if c in body) + 1
    return (body[:start] + "#" + body[end:]).replace("%", symbol)


def short(months, month):
    name = months["abbreviated"][month]
    return months["wide"][month] if name == "M%02d" % month else name


def row(identifier):
    locale = Locale.parse(identifier)
    system = locale.default_numbering_system
    symbols = locale.number_symbols[system]
    grouping = GROUPING.get(identifier, GROUPING.get(locale.language, 1))
    months = locale.months["format"]
    return {
        "tag": identifier.replace("_", "-"),
        "dir": "rtl" if locale.character_order == "right-to-left" else "ltr",
        "digits": "".join(chr(ZERO[system] + d) for d in range(10)),
        "decimal": symbols["decimal"], "group": symbols["group"],
        "minus": symbols["minusSign"], "plus": symbols["plusSign"],
        "percent": percent_text(locale.percent_formats[None].pattern, symbols["percentSign"]),
        "grouping": grouping,
        "months": [months["wide"][m] for m in range(1, 13)],
        # Babel fills an abbreviation CLDR leaves to inheritance with "M01"; the wide name is what CLDR means.
        "months_short": [short(months, m) for m in range(1, 13)],
        "date_long": locale.date_formats["long"].pattern,
        "plural": dict(sorted(locale.plural_form.rules.items())),
    }


def main():
    rows = []
    for identifier in sorted(locale_identifiers()):
        parts = identifier.split("_")
        if len(parts) > 2 or (len(parts) == 2 and not (parts[1].isupper() or parts[1].isdigit())):
            continue
        try:
            rows.append(row(identifier))
        except (KeyError, ValueError):
            continue
    rows.sort(key=lambda r: r["tag"])
    path = os.path.join(os.path.dirname(__file__), "..", "Sources", "MaturityKit", "Resources", "locales", "cldr.jsonl")
    with open(path, "w", encoding="utf-8") as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{len(rows)} locales from CLDR 46 (babel {babel.__version__})")


if __name__ == "__main__":
    main()

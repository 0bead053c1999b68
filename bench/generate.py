#!/usr/bin/env python3
"""Writes a seeded enterprise-scale report folder for the benchmark: N respondents x the 45 items of the built-in
cx-capabilities model, 8 functions, 2 segments, 5 regions and 300 business units.

    python3 bench/generate.py OUT_DIR [--respondents 1000000] [--seed 7]

numpy's PCG64 with a fixed seed makes the file byte-identical on every run."""
import argparse, os, pathlib
import numpy as np
import yaml

root = pathlib.Path(__file__).resolve().parent.parent
parser = argparse.ArgumentParser()
parser.add_argument("out")
parser.add_argument("--respondents", type=int, default=1_000_000)
parser.add_argument("--seed", type=int, default=7)
args = parser.parse_args()

model = yaml.safe_load(open(root / "Sources/MaturityKit/Resources/models/cx-capabilities.yaml"))
items = [item["id"] for dimension in model["dimensions"] for item in dimension["items"]]
out = pathlib.Path(args.out)
(out / "waves/now").mkdir(parents=True, exist_ok=True)
rng = np.random.Generator(np.random.PCG64(args.seed))
n = args.respondents

functions = np.array([b"Operations", b"Customer Service", b"Sales", b"Marketing", b"IT", b"Finance", b"HR", b"Legal"])
segments = np.array([b"B2B", b"B2C"])
regions = np.array([b"North", b"South", b"East", b"West", b"Central"])
units = np.array([f"Unit {i:03d}".encode() for i in range(300)])

# Answers: a per-respondent level plus noise, 1..5, about 3% blank.
level = rng.normal(3.0, 0.6, size=(n, 1))
answers = np.clip(np.rint(level + rng.normal(0, 0.9, size=(n, len(items)))), 1, 5).astype(np.uint8)
blank = rng.random(size=(n, len(items))) < 0.03
cells = np.where(blank, 0, answers + ord("0")).astype(np.uint8)  # 0 marks a blank, removed below

with open(out / "waves/now/responses.csv", "wb") as f:
    f.write(("respondent,function,segment,region,business_unit," + ",".join(items) + "\n").encode())
    f_idx = rng.integers(0, len(functions), n); s_idx = rng.integers(0, 2, n)
    r_idx = rng.integers(0, len(regions), n); u_idx = rng.integers(0, len(units), n)
    chunk = 100_000
    for start in range(0, n, chunk):
        end = min(n, start + chunk)
        block = np.full((end - start, len(items) * 2 + 1), ord(","), dtype=np.uint8)
        block[:, 1:-1:2] = cells[start:end]
        block[:, -1] = ord("\n")
        lines = []
        for row in range(end - start):
            r = start + row
            prefix = b"R%07d,%s,%s,%s,%s" % (r, functions[f_idx[r]], segments[s_idx[r]], regions[r_idx[r]], units[u_idx[r]])
            body = block[row].tobytes().replace(b"\x00", b"")
            lines.append(prefix + body)
        f.write(b"".join(lines))

(out / "report.yaml").write_text("""title: Enterprise benchmark report
organisation: Benchmark Corp
date: 2026-10-15
model: cx-capabilities
targets: { default: optimized }
waves:
  - { id: now, date: 2026-10-01, responses: waves/now/responses.csv }
attributes: [function, segment, region, business_unit]
units: business_unit
min_group_size: 5
""")
print(f"wrote {n} respondents x {len(items)} items to {out}/waves/now/responses.csv "
      f"({os.path.getsize(out / 'waves/now/responses.csv') / 1e6:.0f} MB)")

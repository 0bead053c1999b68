#!/usr/bin/env python3
"""The same aggregation maturity does, in DuckDB, for comparison: per attribute group and item, the answer
counts per scale point, n and mean. Prints the wall time of the query (reading the CSV included).

    python3 bench/duckdb_aggregate.py REPORT_DIR [FIGURES_JSON]

With FIGURES_JSON, also writes the figures (per attribute, group and item: n and the count of each answer)
after the timing, so that bench/run can check maturity's pages against them."""
import json, pathlib, sys, time
import duckdb, yaml

folder = pathlib.Path(sys.argv[1])
report = yaml.safe_load(open(folder / "report.yaml"))
csv = folder / report["waves"][-1]["responses"]
header = open(csv, encoding="utf-8").readline().strip().split(",")
attributes = report["attributes"]
items = [h for h in header if h not in attributes and h != "respondent"]

start = time.perf_counter()
con = duckdb.connect()
con.execute(f"CREATE TABLE r AS SELECT * FROM read_csv('{csv}', header = true, all_varchar = false)")
rows = 0
figures = {}
for attribute in attributes:
    selects = []
    for item in items:
        selects.append(f'count("{item}") AS "{item}_n", avg("{item}") AS "{item}_mean"')
        selects += [f'count_if("{item}" = {point}) AS "{item}_{point}"' for point in range(1, 6)]
    result = con.execute(f'SELECT "{attribute}", {", ".join(selects)} FROM r GROUP BY "{attribute}"').fetchall()
    rows += len(result)
    figures[attribute] = {str(row[0]): {item: [row[1 + 7 * i]] + list(row[3 + 7 * i:8 + 7 * i]) for i, item in enumerate(items)}
                          for row in result}
elapsed = time.perf_counter() - start
print(f"duckdb {duckdb.__version__}: {rows} groups x {len(items)} items aggregated in {elapsed:.2f} s")
print(f"DUCKDB_SECONDS={elapsed:.3f}")
if len(sys.argv) > 2:
    pathlib.Path(sys.argv[2]).write_text(json.dumps(figures))

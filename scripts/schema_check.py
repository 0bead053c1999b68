#!/usr/bin/env python3
"""Checks YAML files against the editor schemas in schemas/ (JSON Schema, draft 2020-12).

  schema_check.py FOLDER...              every YAML file a report folder uses: report.yaml, the model file it
                                         names, roadmap.yaml, benchmark sets, scores and criteria waves and
                                         the outcomes and themes files; files that are missing or lead outside the folder
                                         are left to `maturity check`
  schema_check.py --schema NAME FILE...  files of one kind: report, model, roadmap, benchmark, scores,
                                         criteria, outcomes or themes
  schema_check.py --self-check           whether the validator is installed

Each problem is printed as `file:line:column: message`. Exit status: 0 when every file matches its schema,
1 when one does not, 2 when a file cannot be checked (YAML syntax, too many nodes once aliases are expanded,
validator missing). YAML is read the way editors read it (YAML 1.2): dates and yes/no stay text.
"""

import json
import os
import sys

SCHEMAS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "schemas")
KINDS = ["report", "model", "roadmap", "benchmark", "scores", "criteria", "outcomes", "themes"]

try:
    import jsonschema
    import yaml
except ImportError as missing:
    print(f"schema_check: {missing.name} is not installed; run scripts/bootstrap", file=sys.stderr)
    sys.exit(2)
from yaml12 import Unreadable, read_yaml, step  # noqa: E402 (after the check that PyYAML is there)


def schema(kind):
    with open(os.path.join(SCHEMAS, f"{kind}.schema.json"), encoding="utf-8") as handle:
        return jsonschema.Draft202012Validator(json.load(handle))


def check(path, kind, shown=None):
    """Prints each problem of one file; returns the data (None when unreadable) and whether it matched."""
    data, places = read_yaml(path)
    shown = shown or path
    problems = sorted(schema(kind).iter_errors(data), key=lambda error: [str(part) for part in error.absolute_path])
    printed = set()
    for problem in problems:
        pointer = "".join(step(part) for part in problem.absolute_path)
        where = "/".join(str(part) for part in problem.absolute_path) or "the file"
        if problem.validator == "additionalProperties" and problem.validator_value is False:
            # One line per unknown key, at the key, as `maturity check` reports it.
            known = ", ".join(problem.schema.get("properties", {}))
            for key in sorted(set(problem.instance) - set(problem.schema.get("properties", {}))):
                line, column = places.get(pointer + step(key) + "#key", (1, 1))
                print(f"{shown}:{line}:{column}: {where}: unknown key {key!r} (expected one of: {known})")
            continue
        line, column = places.get(pointer, (1, 1))
        text = f"{shown}:{line}:{column}: {where}: {message(problem)}"
        if text not in printed:  # one missing key can break several rules: say it once
            printed.add(text)
            print(text)
    return data, not problems


def message(problem):
    """jsonschema's message, or for a value of the wrong form (a pattern, a choice of shapes) what is expected."""
    expected = problem.schema.get("description") if isinstance(problem.schema, dict) else None
    if problem.validator == "pattern" and "\\u202a" in problem.validator_value:
        return f"{problem.instance!r} holds a control or bidirectional-control character; remove it"
    if problem.validator == "dependentRequired":
        given = sorted(key for key in problem.validator_value if key in problem.instance)
        missing = sorted(key for key in problem.validator_value[given[0]] if key not in problem.instance) if given else []
        return f"{', '.join(given)} without {', '.join(missing)}: give them all, or none"
    if problem.validator in ("pattern", "anyOf", "oneOf") and expected:
        shown = repr(problem.instance) if not isinstance(problem.instance, (dict, list)) else "this value"
        return f"{shown} is not what is expected here: {expected}"
    return problem.message


def inside(folder, relative):
    """The file's path when it is a file inside the folder (links followed), else None."""
    if not isinstance(relative, str) or relative.startswith("/"):
        return None
    root = os.path.realpath(folder)
    full = os.path.realpath(os.path.join(folder, relative))
    return full if full.startswith(root + os.sep) and os.path.isfile(full) else None


def folder_files(folder, report):
    """(relative path, kind) of every YAML file report.yaml names, plus roadmap.yaml when present."""
    report = report if isinstance(report, dict) else {}
    files = []
    model = report.get("model")
    if isinstance(model, str) and ("/" in model or model.endswith((".yaml", ".yml"))):
        files.append((model, "model"))
    for wave in report.get("waves") if isinstance(report.get("waves"), list) else []:
        for kind in ("scores", "criteria"):
            if isinstance(wave, dict) and kind in wave:
                files.append((wave[kind], kind))
    benchmarks = report.get("benchmarks")
    files += [(path, "benchmark") for path in (benchmarks if isinstance(benchmarks, list) else [])]
    if "outcomes" in report:
        files.append((report["outcomes"], "outcomes"))
    if "themes" in report:
        files.append((report["themes"], "themes"))
    files.append(("roadmap.yaml", "roadmap"))
    return files


def check_folder(folder):
    report_path = os.path.join(folder, "report.yaml")
    report, valid = check(report_path, "report")
    for relative, kind in folder_files(folder, report):
        path = inside(folder, relative)
        if path is not None:
            valid = check(path, kind, os.path.join(folder, str(relative)))[1] and valid
    return valid


def main(arguments):
    if arguments == ["--self-check"]:
        from importlib.metadata import version

        jsonschema.Draft202012Validator.check_schema({"type": "object"})
        print(f"jsonschema {version('jsonschema')} (draft 2020-12), PyYAML {yaml.__version__}")
        return 0
    try:
        if len(arguments) >= 3 and arguments[0] == "--schema" and arguments[1] in KINDS:
            results = [check(path, arguments[1])[1] for path in arguments[2:]]
        elif arguments and not arguments[0].startswith("-"):
            results = [check_folder(folder) for folder in arguments]
        else:
            print(__doc__.strip(), file=sys.stderr)
            return 2
    except Unreadable as problem:
        print(problem, file=sys.stderr)
        return 2
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

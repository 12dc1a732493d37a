"""Each council's found statuses and requests from a held-back run, kept as a small CSV, and a later run compared with it.

A session measures its lessons against the code it started from, council by council. Rerunning that code over every set
costs as long as the measurement itself; a CSV of the last freeze's statuses (one row a council: set, GSS code, the four
deliverables' statuses, requests) lets the next session compare its run with the freeze directly. Only the statuses the
audit found are kept, never the truth, so no held-back set is opened by saving it; a set still held back is left out by
``--last``.

    python -m benchmarks.heldback_statuses save RUNDIR OUT.csv [--last N]
    python -m benchmarks.heldback_statuses compare BASE.csv RUNDIR

``compare`` prints every status that changed, marked GAIN where it now matches the set's truth and LOSS where it no longer
does, and the change in requests over the councils both hold. It exits 1 when any status was lost.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from benchmarks.heldback_sets import SETS, set_number
from crawler.runner.evaluate import DELIVERABLES

FIELDS = ["set", "gss_code", *DELIVERABLES, "requests"]
Row = dict[str, str]


def rows_of(run_dir: Path, last: int | None = None) -> Iterator[Row]:
    """One row a council from every ``<set>/findings.json`` under `run_dir` (as ``benchmarks.heldback`` writes them)."""
    for findings in sorted(run_dir.rglob("findings.json")):
        name = findings.parent.name
        if name not in SETS or (last is not None and set_number(name) > last):
            continue
        doc = json.loads(findings.read_text(encoding="utf-8"))
        for a in doc.get("authorities", []):
            row = {"set": name, "gss_code": a["gss_code"], "requests": str(a["crawl"].get("requests") or 0)}
            row.update({d: a["deliverables"][d]["status"] for d in DELIVERABLES})
            yield row


def save(run_dir: Path, out: Path, last: int | None = None) -> int:
    rows = sorted(rows_of(run_dir, last), key=lambda r: (set_number(r["set"]), r["gss_code"]))
    if not rows:
        raise SystemExit(f"heldback_statuses: no findings.json of a held-back set under {run_dir}")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return len(rows)


def read(path: Path) -> dict[tuple[str, str], Row]:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    if rows and set(FIELDS) - set(rows[0]):
        raise SystemExit(f"heldback_statuses: {path} lacks the columns {sorted(set(FIELDS) - set(rows[0]))}")
    return {(r["set"], r["gss_code"]): r for r in rows}


def _truth(name: str) -> dict[str, dict[str, str]]:
    doc = json.loads(SETS[name][1].read_text(encoding="utf-8"))
    return {a["gss_code"]: {d: a["deliverables"][d]["status"] for d in DELIVERABLES} for a in doc["authorities"]}


def compare(base: dict[tuple[str, str], Row], new: dict[tuple[str, str], Row]) -> tuple[list[str], int, int]:
    """The changed statuses (GAIN, LOSS or CHANGE against the truth), the number lost, and the change in requests."""
    lines: list[str] = []
    lost = 0
    delta = 0
    truths: dict[str, dict[str, dict[str, str]]] = {}
    for key in sorted(set(base) & set(new), key=lambda k: (set_number(k[0]), k[1])):
        name, code = key
        b, n = base[key], new[key]
        delta += int(n["requests"]) - int(b["requests"])
        for d in DELIVERABLES:
            if b[d] == n[d]:
                continue
            want = truths.setdefault(name, _truth(name)).get(code, {}).get(d)
            tag = "GAIN" if n[d] == want else "LOSS" if b[d] == want else "CHANGE"
            lost += tag == "LOSS"
            lines.append(f"{tag} {name} {code} {d}: {b[d]} -> {n[d]} (truth {want})")
    return lines, lost, delta


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("save", help="write a run's statuses to a CSV")
    s.add_argument("run_dir", type=Path)
    s.add_argument("out", type=Path)
    s.add_argument("--last", type=int, help="leave out sets numbered above this (the ones still held back)")
    c = sub.add_parser("compare", help="compare a run with a saved CSV")
    c.add_argument("base", type=Path)
    c.add_argument("run_dir", type=Path)
    args = p.parse_args(argv)
    if args.cmd == "save":
        print(f"{save(args.run_dir, args.out, args.last)} councils written to {args.out}")
        return 0
    if not args.base.is_file():
        raise SystemExit(f"heldback_statuses: no such file: {args.base}")
    base = read(args.base)
    new = {(r["set"], r["gss_code"]): r for r in rows_of(args.run_dir)}
    lines, lost, delta = compare(base, new)
    for line in lines:
        print(line)
    both = len(set(base) & set(new))
    print(f"{both} councils in both, {len(lines)} statuses changed, {lost} lost, requests {delta:+d}")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())

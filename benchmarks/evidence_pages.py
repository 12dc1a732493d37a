"""How the analysis reads every page the held-back truths cite as evidence, with each council's own context — a fast
guard for a detector change, without crawling.

A rule learnt from one web can turn another council's own page into somebody else's (session 23: a data controller's
name read from the middle of "London Borough of Sutton", a business improvement district named in passing, "Some County
Council buildings"). Reading the 3,500 evidence pages of every set takes about three minutes; comparing two readings
(the code before and after a change) lists the pages whose decoy verdict, signals or criteria moved, which are the
change's effects to check against the labels.

``python -m benchmarks.evidence_pages --out FILE [--sets 1-129] [--compare EARLIER]``: one JSON line per page; with
``--compare``, the pages whose reading differs from an earlier file (one line each, the differences named). Leave the
session's held-back pair out with ``--sets`` (its pages must not be looked into before it is measured).
"""

from __future__ import annotations

import argparse
import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from analysis.context import AuthorityContext
from analysis.page import analyse
from analysis.text import extract
from benchmarks.heldback_sets import SETS, load, set_number
from crawler.register import default_register_path


def _sets(spec: str | None) -> list[str]:
    names = sorted(SETS, key=set_number)
    if not spec:
        return names
    lo, _, hi = spec.partition("-")
    return [n for n in names if int(lo) <= set_number(n) <= int(hi or lo)]


def readings(set_names: list[str]) -> Iterator[dict[str, Any]]:
    """Each evidence page of the sets' truths as the analysis reads it with its council's context."""
    with open(default_register_path(), newline="", encoding="utf-8") as f:
        register = {r["gss_code"]: r for r in csv.DictReader(f)}
    for name in set_names:
        web_class, truth_path, _ = load(name)
        web = web_class()
        truth = json.loads(Path(truth_path).read_text(encoding="utf-8"))
        for auth in truth["authorities"]:
            row = register.get(auth["gss_code"])
            if row is None:
                continue
            ctx = AuthorityContext(row["name"], row["website"], row["police_force"] or None, row.get("nation"))
            urls = sorted({e["url"] for d in auth["deliverables"].values() for e in d.get("evidence", [])})
            for url in urls:
                yield {"set": name, "url": url, **_read(web, url, ctx)}


def _read(web: Any, url: str, ctx: AuthorityContext) -> dict[str, Any]:
    parts = urlsplit(url)
    site = web.site_for_host(parts.hostname or "")
    if site is None:
        return {"error": "no site answers for this host"}
    answer = site.render(parts.path + (f"?{parts.query}" if parts.query else ""), host=parts.hostname)
    ctype = dict((k.lower(), v) for k, v in answer.headers).get("content-type", "text/html")
    pa = analyse(extract(answer.body, url, ctype), ctx)
    return {
        "decoy": str(pa.decoy) if pa.decoy else None,
        "signals": sorted(k for k, v in pa.signals.items() if v),
        "criteria": sorted(k for k, v in pa.criteria.items() if v),
    }


def differences(earlier: list[dict[str, Any]], later: list[dict[str, Any]]) -> list[str]:
    """One line per page read differently in `later` than in `earlier` (pages in only one of them are left out)."""
    before = {(r["set"], r["url"]): r for r in earlier}
    out = []
    for r in later:
        old = before.get((r["set"], r["url"]))
        if old is None:
            continue
        moved = [
            f"{k}: {old.get(k)} -> {r.get(k)}"
            for k in ("decoy", "signals", "criteria", "error")
            if old.get(k) != r.get(k)
        ]
        if moved:
            out.append(f"{r['set']} {r['url']}  " + "; ".join(moved))
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.evidence_pages", description=__doc__.split("\n\n")[0])
    p.add_argument("--out", required=True, type=Path, help="write one JSON line per evidence page here")
    p.add_argument("--sets", help="a range of set numbers, e.g. 1-129 (default: every set on disk)")
    p.add_argument("--compare", type=Path, help="an earlier --out file: list the pages read differently")
    args = p.parse_args(argv)
    rows = list(readings(_sets(args.sets)))
    args.out.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} evidence pages read: {args.out}")
    if args.compare:
        earlier = [json.loads(line) for line in args.compare.read_text(encoding="utf-8").splitlines() if line.strip()]
        moved = differences(earlier, rows)
        print(f"{len(moved)} read differently from {args.compare}")
        for line in moved:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

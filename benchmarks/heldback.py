"""The fixed held-back set: the real audit against hand-written council sites it was not tuned to.

Serves fixtures/heldback on loopback (the simulated web's proxy server, so every site keeps its
real host name and no traffic leaves 127.0.0.1), runs ``cctv-audit audit`` in a subprocess with a
register of just these councils, and compares the exported findings with fixtures/heldback/truth.json:
exact-status accuracy per deliverable, per-criterion precision/recall/F1, CCTV-information F1, every
false ``not_met``, and requests per site against the oracle.

    python -m benchmarks.heldback --out DIR                     # the first held-back set (fixtures/heldback)
    python -m benchmarks.heldback --set heldback2 --out DIR    # one set (fixtures/heldback2)
    python -m benchmarks.heldback --sets 43-46 --out DIR       # several, each into DIR/<set>, and a summary
    python -m benchmarks.heldback --sets all --out DIR         # every set but the first (make bench)

The sets are found on disk by benchmarks.heldback_sets.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.heldback_sets import SETS, set_number
from crawler.runner.evaluate import DELIVERABLES, by_code, compare, request_stats
from fixtures.heldback.kit import CRITERIA
from fixtures.simweb.server import SimWebServer

BUDGET = 60


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn}


def score(found: dict[str, Any], truth: dict[str, Any]) -> dict[str, Any]:
    """Every figure of the held-back report, from a findings document and the truth."""
    f, t = by_code(found), by_code(truth)
    codes = sorted(set(f) & set(t))
    cmp = compare(found, truth)
    per_crit: dict[str, dict[str, float]] = {}
    all_tp = all_fp = all_fn = 0
    for c in CRITERIA:
        tp = fp = fn = 0
        for code in codes:
            got = bool((f[code]["deliverables"]["5.1"].get("criteria") or {}).get(c))
            want = bool(t[code]["deliverables"]["5.1"]["criteria"][c])
            tp += got and want
            fp += got and not want
            fn += want and not got
        per_crit[c] = prf(tp, fp, fn)
        all_tp, all_fp, all_fn = all_tp + tp, all_fp + fp, all_fn + fn
    info = [0, 0, 0]
    for code in codes:
        got = f[code]["deliverables"]["5.1"]["status"] in ("met", "partial")
        want = t[code]["deliverables"]["5.1"]["status"] in ("met", "partial")
        info[0] += got and want
        info[1] += got and not want
        info[2] += want and not got
    false_not_met = [
        {"gss_code": code, "name": t[code]["name"], "deliverable": k, "truth": t[code]["deliverables"][k]["status"]}
        for code in codes
        for k in DELIVERABLES
        if f[code]["deliverables"][k]["status"] == "not_met" and t[code]["deliverables"][k]["status"] != "not_met"
    ]
    per_site = [
        {
            "gss_code": code,
            "name": t[code]["name"],
            "requests": f[code]["crawl"].get("requests"),
            "oracle": t[code].get("oracle_fetches"),
            "crawl": f[code]["crawl"]["status"],
        }
        for code in codes
    ]
    return {
        "authorities": len(codes),
        "accuracy": cmp["accuracy"],
        "misses": cmp["misses"],
        "criteria": per_crit,
        "criteria_micro": prf(all_tp, all_fp, all_fn),
        "cctv_info": prf(*info),
        "false_not_met": false_not_met,
        "requests": request_stats(found, truth),
        "per_site": per_site,
    }


def run_heldback(out_dir: Path, latency_scale: float = 0.05, set_name: str = "heldback") -> dict[str, Any]:
    """Serve a held-back web (``set_name``: heldback, heldback2, ...), audit it with the real command line, and
    score it against that set's truth. Files are named after the set."""
    web_class, truth_path, run_label = SETS[set_name]
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    web = web_class()
    register = web.write_register(out / f"register-{set_name}.csv")
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    db = out / f"{set_name}.sqlite"
    if db.exists():
        db.unlink()
    with SimWebServer(web, latency_scale=latency_scale) as server:
        cmd = [
            sys.executable,
            "-m",
            "crawler",
            "audit",
            "--register",
            str(register),
            "--db",
            f"sqlite:///{db}",
            "--proxy",
            server.proxy_url,
            "--max-pages-per-site",
            str(BUDGET),
            "--quiet",
            "--label",
            run_label,
        ]
        t0 = time.monotonic()
        with open(out / "audit.out", "w") as log:
            rc = subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=out).returncode
        wall = time.monotonic() - t0
    if rc != 0:
        raise SystemExit(f"heldback: the audit failed (exit {rc}); see {out / 'audit.out'}")
    exported = subprocess.run(
        [sys.executable, "-m", "crawler", "export", "--db", f"sqlite:///{db}", "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=out,
    )
    found = json.loads(exported.stdout)
    (out / "findings.json").write_text(json.dumps(found, indent=1))
    result = score(found, truth)
    result["wall_s"] = wall
    result["over_budget"] = [s["gss_code"] for s in result["per_site"] if (s["requests"] or 0) > BUDGET]
    if set_name != "heldback":
        result["set"] = set_name  # the default set's result keeps its original keys
    (out / f"{set_name}.json").write_text(json.dumps(result, indent=2))
    print_report(result)
    return result


def print_report(r: dict[str, Any]) -> None:
    title = SETS[r.get("set", "heldback")][2]
    print(f"\n{title}: {r['authorities']} councils, audit wall time {r.get('wall_s', 0):.0f} s")
    for key in DELIVERABLES:
        print(f"  exact status {key}: {r['accuracy'][key] * 100:5.1f}%")
    ci, cm = r["cctv_info"], r["criteria_micro"]
    print(f"  CCTV information F1 {ci['f1']:.2f} (P {ci['precision']:.2f} R {ci['recall']:.2f})")
    print(f"  criteria (micro) F1 {cm['f1']:.2f} (P {cm['precision']:.2f} R {cm['recall']:.2f})")
    print("  per criterion             P     R    F1   tp fp fn")
    for c, v in r["criteria"].items():
        print(
            f"    {c:<20} {v['precision']:5.2f} {v['recall']:5.2f} {v['f1']:5.2f} {v['tp']:4d} {v['fp']:2d} {v['fn']:2d}"
        )
    q = r["requests"]
    print(
        f"  requests/site median {q['median']:.0f}, p90 {q['p90']:.0f}, max {q['max']:.0f}; oracle median "
        f"{q.get('oracle_median', 0):.0f}; requests/oracle median {q.get('oracle_ratio_median', 0):.1f}, "
        f"p90 {q.get('oracle_ratio_p90', 0):.1f}; over budget: {len(r.get('over_budget', []))}"
    )
    print(f"  false not_met: {len(r['false_not_met'])}")
    for m in r["false_not_met"]:
        print(f"    {m['gss_code']} {m['name']}: {m['deliverable']} (truth {m['truth']})")
    print(f"  all disagreements: {len(r['misses'])}")
    for m in r["misses"]:
        print(f"    {m['gss_code']} {m['what']}: found {m['found']}, truth {m['truth']}")


def parse_sets(spec: str) -> list[str]:
    """Set names from ``all`` (every set but the first, which ``benchmarks.bench`` runs) or a list of numbers
    and ranges such as ``2-42,45``; a set that is not on disk is an error, not a silent skip."""
    if spec == "all":
        return [n for n in SETS if set_number(n) != 1]
    names: list[str] = []
    for part in spec.split(","):
        lo, _, hi = part.strip().partition("-")
        try:
            first, last = int(lo), int(hi or lo)
        except ValueError:
            raise SystemExit(f"heldback: --sets takes numbers and ranges such as 2-42,45 (got {part!r})") from None
        for n in range(first, last + 1):
            name = "heldback" if n == 1 else f"heldback{n}"
            if name not in SETS:
                raise SystemExit(f"heldback: there is no held-back set {n} under fixtures/")
            names.append(name)
    return names


def summary_rows(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per set: the figures the issue's targets are stated in."""
    rows = []
    for r in results:
        q = r["requests"]
        rows.append(
            {
                "set": r.get("set", "heldback"),
                "authorities": r["authorities"],
                **{f"exact_{k}": r["accuracy"][k] for k in DELIVERABLES},
                "cctv_info_f1": r["cctv_info"]["f1"],
                "criteria_f1": r["criteria_micro"]["f1"],
                "false_not_met": len(r["false_not_met"]),
                "requests": sum(s["requests"] or 0 for s in r["per_site"]),
                "oracle_ratio_median": q.get("oracle_ratio_median", 0.0),
                "over_budget": len(r.get("over_budget", [])),
            }
        )
    return rows


def print_summary(rows: list[dict[str, Any]]) -> None:
    print("\nheld-back sets: exact status per deliverable, F1, false not_met, requests")
    print(
        f"  {'set':<12} {'n':>3} " + " ".join(f"{k:>6}" for k in DELIVERABLES) + "  info  crit  FNM  reqs  ratio over"
    )
    for w in rows:
        exact = " ".join(f"{w[f'exact_{k}'] * 100:6.1f}" for k in DELIVERABLES)
        print(
            f"  {w['set']:<12} {w['authorities']:>3} {exact}  {w['cctv_info_f1']:.2f}  {w['criteria_f1']:.2f} "
            f"{w['false_not_met']:>4} {w['requests']:>5} {w['oracle_ratio_median']:5.1f}x {w['over_budget']:>3}"
        )
    n = sum(w["authorities"] for w in rows)
    if n:
        exact = " ".join(
            f"{sum(w[f'exact_{k}'] * w['authorities'] for w in rows) / n * 100:6.1f}" for k in DELIVERABLES
        )
        print(
            f"  {'all':<12} {n:>3} {exact}  {'':4}  {'':4} {sum(w['false_not_met'] for w in rows):>4} "
            f"{sum(w['requests'] for w in rows):>5} {'':6} {sum(w['over_budget'] for w in rows):>3}"
        )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.heldback")
    p.add_argument("--out", default="heldback-out")
    p.add_argument("--latency-scale", type=float, default=0.05)
    which = p.add_mutually_exclusive_group()
    which.add_argument("--set", dest="set_name", choices=list(SETS), default="heldback", help="one held-back set")
    which.add_argument("--sets", help="several sets, each into OUT/<set>: 'all' (all but the first) or e.g. 2-42,45")
    args = p.parse_args(argv)
    if not args.sets:
        run_heldback(Path(args.out), args.latency_scale, args.set_name)
        print(f"\nfull results: {Path(args.out).resolve() / (args.set_name + '.json')}")
        return 0
    results = [run_heldback(Path(args.out) / name, args.latency_scale, name) for name in parse_sets(args.sets)]
    rows = summary_rows(results)
    print_summary(rows)
    out = Path(args.out).resolve() / "heldback-summary.json"
    out.write_text(json.dumps(rows, indent=2))
    print(f"\nsummary: {out}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    raise SystemExit(main())

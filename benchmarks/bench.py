"""`make bench`: the focused spider against a plain breadth-first crawl on the whole simulated web.

Both audit the same sites with the same page budget, each in its own process (one reactor per
process); the report gives exact-status accuracy per deliverable against the truth, requests per
site against the oracle fetch count, wall time and peak memory (max RSS of the audit process).
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

from crawler.commands.demo import start_simweb
from crawler.runner.evaluate import DELIVERABLES, compare, request_stats


def run_audit(strategy: str, out: Path, register: Path, proxy: str, budget: int, only: list[str] | None) -> dict[str, Any]:
    db = out / f"{strategy}.sqlite"
    if db.exists():
        db.unlink()
    cmd = [sys.executable, "-m", "crawler", "audit", "--register", str(register), "--db", f"sqlite:///{db}", "--proxy", proxy,
           "--strategy", strategy, "--max-pages-per-site", str(budget), "--quiet", "--label", f"bench {strategy}"]
    if only:
        cmd += ["--only", *only]
    t0 = time.monotonic()
    with open(out / f"{strategy}.out", "w") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=out)
        peak = _peak_rss(proc)
    wall = time.monotonic() - t0
    if proc.returncode != 0:
        raise SystemExit(f"bench: the {strategy} audit failed (exit {proc.returncode}); see {out / (strategy + '.out')}")
    exported = subprocess.run([sys.executable, "-m", "crawler", "export", "--db", f"sqlite:///{db}", "--format", "json"],
                              capture_output=True, text=True, check=True)
    doc = json.loads(exported.stdout)
    return {"doc": doc, "wall_s": wall, "peak_rss_mb": peak / (1024 * 1024)}


def _peak_rss(proc: subprocess.Popen) -> int:
    """Wait for the audit process, sampling its resident memory; returns the peak in bytes."""
    import psutil

    peak = 0
    ps = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            peak = max(peak, ps.memory_info().rss)
        except psutil.Error:
            break  # the process has just exited
        time.sleep(0.2)
    proc.wait()
    return peak


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="make bench")
    p.add_argument("--out", default="bench-out")
    p.add_argument("--latency-scale", type=float, default=0.1)
    p.add_argument("--budget", type=int, default=60)
    p.add_argument("--only", nargs="+")
    p.add_argument("--strategies", nargs="+", default=["focused", "bfs"])
    p.add_argument("--fault-rate", type=float, default=None, help="raise the share of sites with faults (soak)")
    p.add_argument("--soak", action="store_true", help="the soak run: faults at a raised rate, focused spider only, losses counted")
    args = p.parse_args(argv)
    if args.soak:
        args.fault_rate = args.fault_rate or 3.0
        args.strategies = ["focused"]
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    register, truth_path = out / "register-sim.csv", out / "truth.json"
    extra = ["--fault-rate", str(args.fault_rate)] if args.fault_rate is not None else []
    subprocess.run([sys.executable, "-m", "crawler", "simweb", "register", "--out", str(register)], check=True, capture_output=True)
    subprocess.run([sys.executable, "-m", "crawler", "simweb", "truth", "--out", str(truth_path), *extra], check=True, capture_output=True)
    truth = json.loads(truth_path.read_text())
    proc, proxy = start_simweb(args.latency_scale, extra=extra)
    results: dict[str, Any] = {}
    try:
        for strategy in args.strategies:
            print(f"bench: auditing the simulated web with the {strategy} strategy …", flush=True)
            r = run_audit(strategy, out, register, proxy, args.budget, args.only)
            r["compare"] = compare(r["doc"], truth)
            r["requests"] = request_stats(r["doc"], truth)
            results[strategy] = r
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print_table(results)
    if args.soak:
        results["focused"]["soak"] = soak_figures(results["focused"]["doc"], truth, out / "focused.sqlite")
        print_soak(results["focused"]["soak"])
    summary = {s: {k: v for k, v in r.items() if k != "doc"} for s, r in results.items()}
    (out / "bench.json").write_text(json.dumps(summary, indent=2))
    print(f"\nfull results: {out / 'bench.json'}")
    return 0


def soak_figures(doc: dict[str, Any], truth: dict[str, Any], db_path: Path) -> dict[str, int]:
    """Faults injected and survived, runs and findings lost, for the soak run."""
    import sqlite3

    found = {a["gss_code"]: a for a in doc["authorities"]}
    injected = survived = 0
    for a in truth["authorities"]:
        n = len(a.get("faults") or [])
        injected += n
        got = found.get(a["gss_code"])
        if n and got is not None and got["crawl"]["status"] == a["crawl"]["status"]:
            survived += n
    con = sqlite3.connect(db_path)
    try:
        produced = 0
        for (data,) in con.execute(
            "SELECT p.data FROM page_analysis p JOIN site_crawl c ON c.id = p.site_crawl_id WHERE c.status NOT IN ('pending', 'running')"
        ):
            produced += len(json.loads(data).get("findings") or [])
        stored = con.execute("SELECT COUNT(*) FROM finding").fetchone()[0]
        not_done = con.execute("SELECT COUNT(*) FROM site_crawl WHERE status IN ('pending', 'running')").fetchone()[0]
    finally:
        con.close()
    return {
        "sites_with_faults": sum(1 for a in truth["authorities"] if a.get("faults")),
        "faults_injected": injected,
        "faults_survived": survived,
        "runs_lost": 0 if doc["run"].get("state") == "finished" and not_done == 0 else 1,
        "sites_not_done": not_done,
        "findings_lost": produced - stored,
    }


def print_soak(figures: dict[str, int]) -> None:
    print("\nsoak (faults at a raised rate):")
    for key, value in figures.items():
        print(f"  {key.replace('_', ' '):<20} {value}")


def print_table(results: dict[str, Any]) -> None:
    names = list(results)
    rows: list[tuple[str, list[str]]] = []
    rows.append(("LAs compared", [str(results[n]["compare"]["authorities"]) for n in names]))
    for key in ("crawl",) + DELIVERABLES:
        rows.append((f"accuracy {key}", [f"{results[n]['compare']['accuracy'][key] * 100:.1f}%" for n in names]))
    for key, label in (("median", "requests/site median"), ("p90", "requests/site p90"), ("max", "requests/site max"),
                       ("total", "requests total"), ("oracle_median", "oracle fetches median"),
                       ("oracle_ratio_median", "requests/oracle median"), ("oracle_ratio_p90", "requests/oracle p90")):
        rows.append((label, [f"{results[n]['requests'].get(key, 0):.1f}" for n in names]))
    rows.append(("wall time", [f"{results[n]['wall_s']:.0f} s" for n in names]))
    rows.append(("peak memory (RSS)", [f"{results[n]['peak_rss_mb']:.0f} MB" for n in names]))
    width = max(len(r[0]) for r in rows)
    print("\n" + " " * width + "  " + "  ".join(f"{n:>12}" for n in names))
    for label, vals in rows:
        print(f"{label:<{width}}  " + "  ".join(f"{v:>12}" for v in vals))
    for n in names:
        misses = results[n]["compare"]["misses"]
        if misses:
            print(f"\n{n}: {len(misses)} disagreements with the truth (first 15):")
            for m in misses[:15]:
                print(f"  {m['gss_code']} {m['what']}: found {m['found']}, truth {m['truth']}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    raise SystemExit(main())

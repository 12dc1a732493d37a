"""`make bench`: the focused spider against a plain breadth-first crawl on the whole simulated web.

Both audit the same sites with the same page budget, each in its own process (one reactor per
process); the report gives exact-status accuracy per deliverable against the truth, per 5.1
criterion (precision, recall, F1) and per site structure (issue 10's variants, from the truth's
``sim.tags``), requests per site against the oracle fetch count, wall time and peak memory (max RSS
of the audit process). A held-back set (``benchmarks/heldback.py``, variants written after the
detectors were frozen) is reported apart when that module exists. Everything measured is also
written to ``<out>/bench.json`` and, for quoting, ``<out>/accuracy.json``.
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

from benchmarks.truth_compare import criteria_scores, review_agreement, sample_codes, variant_scores
from crawler.commands.demo import start_simweb
from crawler.runner.evaluate import DELIVERABLES, compare, request_stats

HELDBACK = Path(__file__).with_name("heldback.py")


def run_audit(
    strategy: str, out: Path, register: Path, proxy: str, budget: int, only: list[str] | None
) -> dict[str, Any]:
    db = out / f"{strategy}.sqlite"
    if db.exists():
        db.unlink()
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
        proxy,
        "--strategy",
        strategy,
        "--max-pages-per-site",
        str(budget),
        "--quiet",
        "--label",
        f"bench {strategy}",
    ]
    if only:
        cmd += ["--only", *only]
    t0 = time.monotonic()
    with open(out / f"{strategy}.out", "w") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=out)
        peak = _peak_rss(proc)
    wall = time.monotonic() - t0
    if proc.returncode != 0:
        raise SystemExit(
            f"bench: the {strategy} audit failed (exit {proc.returncode}); see {out / (strategy + '.out')}"
        )
    exported = subprocess.run(
        [sys.executable, "-m", "crawler", "export", "--db", f"sqlite:///{db}", "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
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
    p.add_argument(
        "--sample",
        type=int,
        default=None,
        metavar="N",
        help="audit N sites spread over the issue-10 variants (a quick measure; default: every site)",
    )
    p.add_argument("--no-heldback", action="store_true", help="skip the held-back set")
    p.add_argument("--strategies", nargs="+", default=["focused", "bfs"])
    p.add_argument("--fault-rate", type=float, default=None, help="raise the share of sites with faults (soak)")
    p.add_argument(
        "--soak",
        action="store_true",
        help="the soak run (benchmarks/soak.py): faults at a raised rate and hostile pages, losses counted",
    )
    p.add_argument("--db", default=None, help="with --soak: a PostgreSQL server URL (default SQLite)")
    args = p.parse_args(argv)
    if args.soak:
        from benchmarks import soak

        extra = ["--out", args.out, "--latency-scale", str(args.latency_scale), "--budget", str(args.budget)]
        extra += ["--fault-rate", str(args.fault_rate or 3.0)] + (["--db", args.db] if args.db else [])
        return soak.main(extra + (["--only", *args.only] if args.only else []))
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    register, truth_path = out / "register-sim.csv", out / "truth.json"
    extra = ["--fault-rate", str(args.fault_rate)] if args.fault_rate is not None else []
    subprocess.run(
        [sys.executable, "-m", "crawler", "simweb", "register", "--out", str(register)], check=True, capture_output=True
    )
    subprocess.run(
        [sys.executable, "-m", "crawler", "simweb", "truth", "--out", str(truth_path), *extra],
        check=True,
        capture_output=True,
    )
    truth = json.loads(truth_path.read_text())
    if args.sample and not args.only:
        args.only = sample_codes(truth, args.sample)
        print(f"bench: a sample of {len(args.only)} sites spread over the variants", flush=True)
    proc, proxy = start_simweb(args.latency_scale, extra=extra)
    results: dict[str, Any] = {}
    try:
        for strategy in args.strategies:
            print(f"bench: auditing the simulated web with the {strategy} strategy …", flush=True)
            r = run_audit(strategy, out, register, proxy, args.budget, args.only)
            r["compare"] = compare(r["doc"], truth)
            r["requests"] = request_stats(r["doc"], truth)
            r["criteria"] = criteria_scores(r["doc"], truth)
            r["variants"] = variant_scores(r["doc"], truth)
            r["review"] = review_agreement(r["doc"], truth)
            results[strategy] = r
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print_table(results)
    for strategy, r in results.items():
        print_criteria(strategy, r["criteria"])
        print_variants(strategy, r["variants"])
        over = [
            a["gss_code"]
            for a in r["doc"]["authorities"]
            if ((a.get("crawl") or {}).get("requests") or 0) > args.budget
        ]
        print(
            f"\n{strategy}: sites over the budget of {args.budget} requests: {len(over)}"
            + (f" ({', '.join(over[:10])})" if over else "")
        )
        rv = r["review"]
        print(
            f"\n{strategy}: weak verdicts flagged needs_review: {rv['flagged_needs_review']} of {rv['weak_verdicts']}"
        )
    heldback = None
    if not args.no_heldback:
        heldback = run_heldback_if_present(HELDBACK, out / "heldback", args.latency_scale)
        if heldback is not None:
            print_heldback(heldback)
    summary: dict[str, Any] = {s: {k: v for k, v in r.items() if k != "doc"} for s, r in results.items()}
    if heldback is not None:
        summary["heldback"] = heldback
    (out / "bench.json").write_text(json.dumps(summary, indent=2, default=str))
    (out / "accuracy.json").write_text(json.dumps(accuracy_summary(results, heldback, args), indent=2, default=str))
    print(f"\nfull results: {out / 'bench.json'}; accuracy for quoting: {out / 'accuracy.json'}")
    return 0


def run_heldback_if_present(module_path: Path, out_dir: Path, latency_scale: float) -> dict[str, Any] | None:
    """The held-back set's figures from ``module_path``'s ``run_heldback`` (None when the module is
    not there: the held-back set is written by another hand and may not exist yet)."""
    if not module_path.exists():
        return None
    import importlib
    import importlib.util

    if module_path.resolve() == HELDBACK.resolve():
        module = importlib.import_module("benchmarks.heldback")
    else:  # another file (tests): loaded without registering it as benchmarks.heldback
        spec = importlib.util.spec_from_file_location(f"heldback_{module_path.stem}", module_path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    print("\nbench: the held-back set …", flush=True)
    return module.run_heldback(out_dir, latency_scale)


def accuracy_summary(
    results: dict[str, Any], heldback: dict[str, Any] | None, args: argparse.Namespace
) -> dict[str, Any]:
    """The measured figures a report quotes: tuned set per strategy, and the held-back set apart."""
    tuned = {}
    for s, r in results.items():
        tuned[s] = {
            "sites": r["compare"]["authorities"],
            "accuracy": r["compare"]["accuracy"],
            "criteria": {
                k: {m: v[m] for m in ("precision", "recall", "f1", "accuracy")} for k, v in r["criteria"].items()
            },
            "variants": {
                k: {
                    "sites": v["sites"],
                    "accuracy": v["accuracy"],
                    "criteria_f1": v["criteria_f1"],
                    "requests": v["requests"],
                }
                for k, v in r["variants"].items()
            },
            "over_budget": [
                a["gss_code"]
                for a in r["doc"]["authorities"]
                if ((a.get("crawl") or {}).get("requests") or 0) > args.budget
            ],
            "requests": r["requests"],
            "needs_review_on_weak": r["review"],
        }
    return {
        "latency_scale": args.latency_scale,
        "budget": args.budget,
        "sample": args.sample,
        "only": args.only,
        "tuned_set": tuned,
        "heldback_set": heldback,
    }


def print_criteria(strategy: str, crit: dict[str, Any]) -> None:
    print(f"\n{strategy}: 5.1 criteria (sites assessed; precision / recall / F1 / accuracy)")
    for key, v in crit.items():
        print(
            f"  {key:<20} P {v['precision']:.2f}  R {v['recall']:.2f}  F1 {v['f1']:.2f}  acc {v['accuracy'] * 100:5.1f}%"
            f"  (tp {v['tp']}, fp {v['fp']}, fn {v['fn']})"
        )


def print_variants(strategy: str, variants: dict[str, Any]) -> None:
    print(
        f"\n{strategy}: exact status per variant (sites; 5.1 / 5.2 / 5.3 / 5.5; criteria F1; "
        "requests/site median, p90, max; requests/oracle median)"
    )
    for tag, v in variants.items():
        acc = "  ".join(f"{v['accuracy'][k] * 100:5.1f}%" for k in DELIVERABLES)
        rq = v["requests"]
        print(
            f"  {tag:<28} {v['sites']:>4}  {acc}  F1 {v['criteria_f1']:.2f}  req {rq['median']:5.1f} {rq['p90']:5.1f} "
            f"{rq['max']:5.0f}  x{rq['oracle_ratio_median']:.1f}"
        )


def print_heldback(figures: Any) -> None:
    """The held-back set's figures, whatever their nesting, apart from the tuned set."""
    print("\nheld-back set (variants written after the detectors were frozen; not tuned on):")

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(f"{prefix}{k} " if prefix or k else prefix, v)
        elif isinstance(value, float):
            print(f"  {prefix:<40} {value:.3f}")
        elif isinstance(value, (int, str, bool)) or value is None:
            print(f"  {prefix:<40} {value}")
        elif isinstance(value, list):
            print(f"  {prefix:<40} {len(value)} entries (in accuracy.json)")
        else:
            print(f"  {prefix:<40} {value!r}")

    walk("", figures)


def print_table(results: dict[str, Any]) -> None:
    names = list(results)
    rows: list[tuple[str, list[str]]] = []
    rows.append(("LAs compared", [str(results[n]["compare"]["authorities"]) for n in names]))
    for key in ("crawl",) + DELIVERABLES:
        rows.append((f"accuracy {key}", [f"{results[n]['compare']['accuracy'][key] * 100:.1f}%" for n in names]))
    for key, label in (
        ("median", "requests/site median"),
        ("p90", "requests/site p90"),
        ("max", "requests/site max"),
        ("total", "requests total"),
        ("oracle_median", "oracle fetches median"),
        ("oracle_ratio_median", "requests/oracle median"),
        ("oracle_ratio_p90", "requests/oracle p90"),
    ):
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

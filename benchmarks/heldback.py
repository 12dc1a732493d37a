"""The fixed held-back set: the real audit against hand-written council sites it was not tuned to.

Serves fixtures/heldback on loopback (the simulated web's proxy server, so every site keeps its
real host name and no traffic leaves 127.0.0.1), runs ``cctv-audit audit`` in a subprocess with a
register of just these councils, and compares the exported findings with fixtures/heldback/truth.json:
exact-status accuracy per deliverable, per-criterion precision/recall/F1, CCTV-information F1, every
false ``not_met``, and requests per site against the oracle.

    python -m benchmarks.heldback --out DIR
    python -m benchmarks.heldback --set heldback2 --out DIR    # the second held-back set (fixtures/heldback2)
    python -m benchmarks.heldback --set heldback3 --out DIR    # the third held-back set (fixtures/heldback3)
    python -m benchmarks.heldback --set heldback4 --out DIR    # the fourth held-back set (fixtures/heldback4)
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

from crawler.runner.evaluate import DELIVERABLES, by_code, compare, request_stats
from fixtures.heldback.kit import CRITERIA
from fixtures.heldback.truth import TRUTH_PATH
from fixtures.heldback.web import HeldbackWeb
from fixtures.heldback2.truth import TRUTH_PATH as TRUTH2_PATH
from fixtures.heldback2.web import Heldback2Web
from fixtures.heldback3.truth import TRUTH_PATH as TRUTH3_PATH
from fixtures.heldback3.web import Heldback3Web
from fixtures.heldback4.truth import TRUTH_PATH as TRUTH4_PATH
from fixtures.heldback4.web import Heldback4Web
from fixtures.heldback5.truth import TRUTH_PATH as TRUTH5_PATH
from fixtures.heldback5.web import Heldback5Web
from fixtures.heldback6.truth import TRUTH_PATH as TRUTH6_PATH
from fixtures.heldback6.web import Heldback6Web
from fixtures.heldback7.truth import TRUTH_PATH as TRUTH7_PATH
from fixtures.heldback7.web import Heldback7Web
from fixtures.heldback8.truth import TRUTH_PATH as TRUTH8_PATH
from fixtures.heldback8.web import Heldback8Web
from fixtures.heldback9.truth import TRUTH_PATH as TRUTH9_PATH
from fixtures.heldback9.web import Heldback9Web
from fixtures.heldback10.truth import TRUTH_PATH as TRUTH10_PATH
from fixtures.heldback10.web import Heldback10Web
from fixtures.heldback11.truth import TRUTH_PATH as TRUTH11_PATH
from fixtures.heldback11.web import Heldback11Web
from fixtures.heldback12.truth import TRUTH_PATH as TRUTH12_PATH
from fixtures.heldback12.web import Heldback12Web
from fixtures.heldback13.truth import TRUTH_PATH as TRUTH13_PATH
from fixtures.heldback13.web import Heldback13Web
from fixtures.heldback14.truth import TRUTH_PATH as TRUTH14_PATH
from fixtures.heldback14.web import Heldback14Web
from fixtures.heldback15.truth import TRUTH_PATH as TRUTH15_PATH
from fixtures.heldback15.web import Heldback15Web
from fixtures.heldback16.truth import TRUTH_PATH as TRUTH16_PATH
from fixtures.heldback16.web import Heldback16Web
from fixtures.heldback17.truth import TRUTH_PATH as TRUTH17_PATH
from fixtures.heldback17.web import Heldback17Web
from fixtures.heldback18.truth import TRUTH_PATH as TRUTH18_PATH
from fixtures.heldback18.web import Heldback18Web
from fixtures.heldback19.truth import TRUTH_PATH as TRUTH19_PATH
from fixtures.heldback19.web import Heldback19Web
from fixtures.heldback20.truth import TRUTH_PATH as TRUTH20_PATH
from fixtures.heldback20.web import Heldback20Web
from fixtures.heldback21.truth import TRUTH_PATH as TRUTH21_PATH
from fixtures.heldback21.web import Heldback21Web
from fixtures.heldback22.truth import TRUTH_PATH as TRUTH22_PATH
from fixtures.heldback22.web import Heldback22Web
from fixtures.heldback23.truth import TRUTH_PATH as TRUTH23_PATH
from fixtures.heldback23.web import Heldback23Web
from fixtures.heldback24.truth import TRUTH_PATH as TRUTH24_PATH
from fixtures.heldback24.web import Heldback24Web
from fixtures.heldback25.truth import TRUTH_PATH as TRUTH25_PATH
from fixtures.heldback25.web import Heldback25Web
from fixtures.heldback26.truth import TRUTH_PATH as TRUTH26_PATH
from fixtures.heldback26.web import Heldback26Web
from fixtures.heldback27.truth import TRUTH_PATH as TRUTH27_PATH
from fixtures.heldback27.web import Heldback27Web
from fixtures.heldback28.truth import TRUTH_PATH as TRUTH28_PATH
from fixtures.heldback28.web import Heldback28Web
from fixtures.heldback29.truth import TRUTH_PATH as TRUTH29_PATH
from fixtures.heldback29.web import Heldback29Web
from fixtures.heldback30.truth import TRUTH_PATH as TRUTH30_PATH
from fixtures.heldback30.web import Heldback30Web
from fixtures.heldback31.truth import TRUTH_PATH as TRUTH31_PATH
from fixtures.heldback31.web import Heldback31Web
from fixtures.heldback32.truth import TRUTH_PATH as TRUTH32_PATH
from fixtures.heldback32.web import Heldback32Web
from fixtures.heldback33.truth import TRUTH_PATH as TRUTH33_PATH
from fixtures.heldback33.web import Heldback33Web
from fixtures.heldback34.truth import TRUTH_PATH as TRUTH34_PATH
from fixtures.heldback34.web import Heldback34Web
from fixtures.heldback35.truth import TRUTH_PATH as TRUTH35_PATH
from fixtures.heldback35.web import Heldback35Web
from fixtures.heldback36.truth import TRUTH_PATH as TRUTH36_PATH
from fixtures.heldback36.web import Heldback36Web
from fixtures.heldback37.truth import TRUTH_PATH as TRUTH37_PATH
from fixtures.heldback37.web import Heldback37Web
from fixtures.heldback38.truth import TRUTH_PATH as TRUTH38_PATH
from fixtures.heldback38.web import Heldback38Web
from fixtures.heldback39.truth import TRUTH_PATH as TRUTH39_PATH
from fixtures.heldback39.web import Heldback39Web
from fixtures.heldback40.truth import TRUTH_PATH as TRUTH40_PATH
from fixtures.heldback40.web import Heldback40Web
from fixtures.heldback41.truth import TRUTH_PATH as TRUTH41_PATH
from fixtures.heldback41.web import Heldback41Web
from fixtures.heldback42.truth import TRUTH_PATH as TRUTH42_PATH
from fixtures.heldback42.web import Heldback42Web
from fixtures.simweb.server import SimWebServer

BUDGET = 60
# set name -> (web class, truth file, run label); "heldback" is the default and keeps its file names.
SETS: dict[str, tuple[type[HeldbackWeb], Path, str]] = {
    "heldback": (HeldbackWeb, TRUTH_PATH, "held-back set"),
    "heldback2": (Heldback2Web, TRUTH2_PATH, "held-back set 2"),
    "heldback3": (Heldback3Web, TRUTH3_PATH, "held-back set 3"),
    "heldback4": (Heldback4Web, TRUTH4_PATH, "held-back set 4"),
    "heldback5": (Heldback5Web, TRUTH5_PATH, "held-back set 5"),
    "heldback6": (Heldback6Web, TRUTH6_PATH, "held-back set 6"),
    "heldback7": (Heldback7Web, TRUTH7_PATH, "held-back set 7"),
    "heldback8": (Heldback8Web, TRUTH8_PATH, "held-back set 8"),
    "heldback9": (Heldback9Web, TRUTH9_PATH, "held-back set 9"),
    "heldback10": (Heldback10Web, TRUTH10_PATH, "held-back set 10"),
    "heldback11": (Heldback11Web, TRUTH11_PATH, "held-back set 11"),
    "heldback12": (Heldback12Web, TRUTH12_PATH, "held-back set 12"),
    "heldback13": (Heldback13Web, TRUTH13_PATH, "held-back set 13"),
    "heldback14": (Heldback14Web, TRUTH14_PATH, "held-back set 14"),
    "heldback15": (Heldback15Web, TRUTH15_PATH, "held-back set 15"),
    "heldback16": (Heldback16Web, TRUTH16_PATH, "held-back set 16"),
    "heldback17": (Heldback17Web, TRUTH17_PATH, "held-back set 17"),
    "heldback18": (Heldback18Web, TRUTH18_PATH, "held-back set 18"),
    "heldback19": (Heldback19Web, TRUTH19_PATH, "held-back set 19"),
    "heldback20": (Heldback20Web, TRUTH20_PATH, "held-back set 20"),
    "heldback21": (Heldback21Web, TRUTH21_PATH, "held-back set 21"),
    "heldback22": (Heldback22Web, TRUTH22_PATH, "held-back set 22"),
    "heldback23": (Heldback23Web, TRUTH23_PATH, "held-back set 23"),
    "heldback24": (Heldback24Web, TRUTH24_PATH, "held-back set 24"),
    "heldback25": (Heldback25Web, TRUTH25_PATH, "held-back set 25"),
    "heldback26": (Heldback26Web, TRUTH26_PATH, "held-back set 26"),
    "heldback27": (Heldback27Web, TRUTH27_PATH, "held-back set 27"),
    "heldback28": (Heldback28Web, TRUTH28_PATH, "held-back set 28"),
    "heldback29": (Heldback29Web, TRUTH29_PATH, "held-back set 29"),
    "heldback30": (Heldback30Web, TRUTH30_PATH, "held-back set 30"),
    "heldback31": (Heldback31Web, TRUTH31_PATH, "held-back set 31"),
    "heldback32": (Heldback32Web, TRUTH32_PATH, "held-back set 32"),
    "heldback33": (Heldback33Web, TRUTH33_PATH, "held-back set 33"),
    "heldback34": (Heldback34Web, TRUTH34_PATH, "held-back set 34"),
    "heldback35": (Heldback35Web, TRUTH35_PATH, "held-back set 35"),
    "heldback36": (Heldback36Web, TRUTH36_PATH, "held-back set 36"),
    "heldback37": (Heldback37Web, TRUTH37_PATH, "held-back set 37"),
    "heldback38": (Heldback38Web, TRUTH38_PATH, "held-back set 38"),
    "heldback39": (Heldback39Web, TRUTH39_PATH, "held-back set 39"),
    "heldback40": (Heldback40Web, TRUTH40_PATH, "held-back set 40"),
    "heldback41": (Heldback41Web, TRUTH41_PATH, "held-back set 41"),
    "heldback42": (Heldback42Web, TRUTH42_PATH, "held-back set 42"),
}


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
    """Serve a held-back web (``set_name``: heldback, heldback2, heldback3 or heldback4), audit it with the real command
    line, and score it against that set's truth. Files are named after the set."""
    web_class, truth_path, run_label = SETS[set_name]
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    web = web_class()
    register = web.write_register(out / f"register-{set_name}.csv")
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    db = out / f"{set_name}.sqlite"
    if db.exists():
        db.unlink()
    with SimWebServer(web, latency_scale=latency_scale) as server:  # type: ignore[arg-type]
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


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.heldback")
    p.add_argument("--out", default="heldback-out")
    p.add_argument("--latency-scale", type=float, default=0.05)
    p.add_argument("--set", dest="set_name", choices=sorted(SETS), default="heldback", help="which held-back set")
    args = p.parse_args(argv)
    run_heldback(Path(args.out), args.latency_scale, args.set_name)
    print(f"\nfull results: {Path(args.out).resolve() / (args.set_name + '.json')}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    raise SystemExit(main())

"""The soak run: the simulated web with faults at a raised rate and hostile pages on a share of
its sites (fixtures/hostile/web.py), audited once by the focused spider; losses counted.

    .venv/bin/python -m benchmarks.soak --out bench-out/soak [--db postgresql+psycopg://...]

(also ``python -m benchmarks.bench --soak``). Counted and printed, and written to
``<out>/soak.json``: faults injected and survived; runs lost (the run not finished, or a site
left pending or running); findings lost (a finished site without a verdict per deliverable, or a
verdict citing a page whose analysis was not stored); internal errors (the audit's exit code 70,
tracebacks, ``internal error`` and Scrapy's callback-error lines in its output and run log);
per hostile kind the sites it was assigned to, served to (the crawler requested it) and that
survived it (a stored crawl record, the crawl status the truth expects, and the truth's verdicts
where the kind does not hide the evidence); and verdict disagreements on those sites.
On PostgreSQL each run gets a fresh database (``benchmarks.scale.database_for``).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.scale import database_for, drop_database
from crawler.runner.evaluate import DELIVERABLES, compare, request_stats
from fixtures.hostile.web import BY_NAME, KINDS, Assignment, HostileServer, HostileWeb, assign, evidence_page
from fixtures.simweb import DEFAULT_SEED
from fixtures.simweb.model import build_web
from fixtures.simweb.register import host_of, write_sim_register
from fixtures.simweb.truth import authority_truth, build_truth

INTERNAL = re.compile(
    r"Traceback \(most recent call last\)|internal error|Spider error processing|Unhandled error in Deferred", re.I
)


def run_soak(
    out: Path,
    db: str | None = None,
    *,
    fault_rate: float = 3.0,
    hostile_rate: float = 0.5,
    latency_scale: float = 0.1,
    budget: int = 60,
    only: list[str] | None = None,
    plan: dict[str, tuple[str, ...]] | None = None,
    download_timeout: int | None = None,
    control: bool = True,
) -> dict[str, Any]:
    """Serve the hostile web, audit it (``only``: these GSS codes), and count what was lost.
    ``plan`` (GSS code -> kinds) replaces the drawn assignment, to aim every kind at a few sites.
    ``control``: audit the hostile sites whose verdicts disagree with the truth once more on the
    plain web, so a miss the crawler makes anyway is told apart from one the hostile pages caused."""
    out.mkdir(parents=True, exist_ok=True)
    web = build_web(DEFAULT_SEED, fault_rate=fault_rate)
    register = write_sim_register(out / "register-sim.csv")
    if only:  # the truth of these sites alone (the whole web's takes seconds)
        keep = set(only)
        rows = [r for r in web.rows if r["gss_code"] in keep]
        sites = [web.site_for_host(host_of(r["website"])) for r in rows]
        truth = {"authorities": [authority_truth(site, r) for site, r in zip(sites, rows) if site is not None]}
        _narrow(register, keep)
    else:
        truth = build_truth(web)
    assignments = assign(web, truth, hostile_rate, DEFAULT_SEED) if plan is None else planned(web, truth, plan)
    if only:
        assignments = {h: a for h, a in assignments.items() if keep & set(a.gss_codes)}
    db_url = database_for(db, out, "soak")
    server = HostileServer(HostileWeb(web, assignments), latency_scale=latency_scale)  # type: ignore[arg-type]
    server.start()
    try:
        cmd = [sys.executable, "-m", "crawler", "audit", "--register", str(register), "--db", db_url]
        cmd += ["--proxy", server.proxy_url, "--max-pages-per-site", str(budget), "--quiet", "--label", "soak"]
        cmd += ["--download-timeout", str(download_timeout)] if download_timeout else []
        log_path = out / "soak.out"
        t0 = time.monotonic()
        with open(log_path, "w") as log:
            proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=out)
            from benchmarks.bench import _peak_rss

            peak = _peak_rss(proc)
        wall = time.monotonic() - t0
        served = {h: _served(server, a) for h, a in assignments.items()}
    finally:
        server.stop()
    try:
        exported = subprocess.run(
            [sys.executable, "-m", "crawler", "export", "--db", db_url, "--format", "json"],
            capture_output=True,
            text=True,
            check=True,
        )
        doc = json.loads(exported.stdout)
        stored = _stored(db_url)
    finally:
        drop_database(db, db_url)
    texts = [log_path.read_text(errors="replace")] + [
        p.read_text(errors="replace") for p in (out / "logs").glob("*.log")
    ]
    internal = sum(len(INTERNAL.findall(t)) for t in texts) + (proc.returncode == 70)
    figures = soak_figures(doc, truth, stored, assignments, served)
    figures.update(
        exit_code=proc.returncode,
        internal_errors=internal,
        backend="postgresql" if db else "sqlite",
        wall_s=round(wall, 1),
        peak_rss_mb=round(peak / (1024 * 1024)),
        accuracy=compare(doc, truth)["accuracy"],
        requests=request_stats(doc, truth),
    )
    disagreeing = sorted({d["gss_code"] for d in figures["hostile_verdict_disagreements"]})
    plain = control_run(out / "control", disagreeing, fault_rate, latency_scale, budget) if control else {}
    figures["control_sites"] = len(plain)
    figures["hostile_caused_disagreements"] = [
        d
        for d in figures["hostile_verdict_disagreements"]
        if not control or plain.get(d["gss_code"], {}).get(d["what"]) == d["truth"]
    ]
    survived(figures)
    (out / "soak.json").write_text(json.dumps(figures, indent=2, default=str))
    return figures


def survived(figures: dict[str, Any]) -> None:
    """Per kind, the sites it was served to that survived it: a stored crawl record with the
    crawl status the truth expects, and no verdict the hostile pages changed (a disagreement the
    plain web's control run shares is the crawler's ordinary miss, not the hostile page's doing)."""
    hurt = set(figures["hostile_crawl_status_wrong"]) | {d["gss_code"] for d in figures["hostile_caused_disagreements"]}
    hurt |= set(figures["hostile_sites_without_record"])
    for kind, codes in figures["hostile_served_codes"].items():
        figures["hostile_kinds"][kind]["survived"] = sum(1 for c in codes if c not in hurt)


def control_run(
    out: Path, codes: list[str], fault_rate: float, latency_scale: float, budget: int
) -> dict[str, dict[str, str]]:
    """Verdicts (GSS code -> deliverable -> status) of `codes` audited on the plain simulated web
    (same seed and fault rate, no hostile page), into a SQLite file under `out`."""
    if not codes:
        return {}
    from fixtures.simweb.server import SimWebServer

    out.mkdir(parents=True, exist_ok=True)
    register = write_sim_register(out / "register-sim.csv")
    _narrow(register, set(codes))
    db_url = database_for(None, out, "control")
    with SimWebServer(build_web(DEFAULT_SEED, fault_rate=fault_rate), latency_scale=latency_scale) as server:
        cmd = [sys.executable, "-m", "crawler", "audit", "--register", str(register), "--db", db_url]
        cmd += ["--proxy", server.proxy_url, "--max-pages-per-site", str(budget), "--quiet", "--label", "control"]
        with open(out / "control.out", "w") as log:
            subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=out, check=False)
    exported = subprocess.run(
        [sys.executable, "-m", "crawler", "export", "--db", db_url, "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return {
        a["gss_code"]: {k: a["deliverables"][k]["status"] for k in DELIVERABLES}
        for a in json.loads(exported.stdout)["authorities"]
    }


def planned(web: Any, truth: dict[str, Any], plan: dict[str, tuple[str, ...]]) -> dict[str, Assignment]:
    """Assignments from a plan of GSS code -> hostile kinds."""
    entries = {a["gss_code"]: a for a in truth["authorities"]}
    out = {}
    for code, kinds in plan.items():
        site = web.site_for_gss(code)
        assert site is not None, code
        out[site.host] = Assignment(site.host, tuple(site.params.gss_codes), kinds, evidence_page(site, entries[code]))
    return out


def _narrow(register: Path, keep: set[str]) -> None:
    with register.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    with register.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(r for r in rows if r["gss_code"] in keep)


def _served(server: HostileServer, a: Assignment) -> set[str]:
    """The kinds of `a` whose page the crawler requested (its trigger path is in the server log)."""
    paths = {e[3].split("?")[0] for e in server.log.entries(a.host)}
    return {k for k in a.kinds if a.trigger(k).split("?")[0] in paths}


def _stored(db_url: str) -> dict[str, Any]:
    """From the database itself: per GSS code the crawl's status, the sites not done, and the
    findings lost (a missing verdict, or evidence from a page whose analysis was not stored)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url)
    try:
        with engine.connect() as con:
            analysed: dict[int, set[str]] = {}
            for site_id, url in con.execute(
                text("SELECT p.site_crawl_id, s.url FROM page_analysis p JOIN snapshot s ON s.id = p.snapshot_id")
            ):
                analysed.setdefault(site_id, set()).add(url)
            crawls = con.execute(text("SELECT id, status FROM site_crawl")).fetchall()
            lost = 0
            for site_id, status in crawls:
                if status in ("pending", "running"):
                    continue
                rows = con.execute(
                    text("SELECT detail FROM assessment WHERE site_crawl_id = :s"), {"s": site_id}
                ).fetchall()
                lost += max(0, len(DELIVERABLES) - len(rows))
                for (detail,) in rows:
                    d = json.loads(detail) if isinstance(detail, str) else detail
                    for e in d.get("evidence") or []:
                        lost += e.get("url") not in analysed.get(site_id, set())
    finally:
        engine.dispose()
    return {"not_done": sum(1 for _, s in crawls if s in ("pending", "running")), "findings_lost": lost}


def soak_figures(
    doc: dict[str, Any],
    truth: dict[str, Any],
    stored: dict[str, Any],
    assignments: dict[str, Assignment],
    served: dict[str, set[str]],
) -> dict[str, Any]:
    found = {a["gss_code"]: a for a in doc["authorities"]}
    want = {a["gss_code"]: a for a in truth["authorities"]}
    injected = survived = 0
    for a in truth["authorities"]:
        n = len(a.get("faults") or [])
        injected += n
        got = found.get(a["gss_code"])
        if n and got is not None and got["crawl"]["status"] == a["crawl"]["status"]:
            survived += n
    per_kind = {k.name: {"assigned": 0, "served": 0, "survived": 0} for k in KINDS}
    served_codes: dict[str, list[str]] = {k.name: [] for k in KINDS}
    crawl_wrong: list[str] = []
    no_record, disagreements = [], []
    hostile_sites = 0
    for host, a in assignments.items():
        for code in a.gss_codes:
            if code not in want:
                continue
            hostile_sites += 1
            got = found.get(code) or {"crawl": {"status": "pending"}}
            recorded = got["crawl"]["status"] not in ("pending", "running")
            if not recorded:
                no_record.append(code)
            same_crawl = recorded and got["crawl"]["status"] == want[code]["crawl"]["status"]
            wrong = []
            if recorded and not a.hides:
                wrong = [
                    (k, got["deliverables"][k]["status"], want[code]["deliverables"][k]["status"])
                    for k in DELIVERABLES
                    if got["deliverables"][k]["status"] != want[code]["deliverables"][k]["status"]
                ]
                disagreements += [
                    {"gss_code": code, "host": host, "kinds": list(a.kinds), "what": k, "found": f, "truth": t}
                    for k, f, t in wrong
                ]
            for kind in a.kinds:
                per_kind[kind]["assigned"] += 1
                if kind in served.get(host, set()):
                    per_kind[kind]["served"] += 1
                    served_codes[kind].append(code)
            if not same_crawl:
                crawl_wrong.append(code)
    return {
        "sites_with_faults": sum(1 for a in truth["authorities"] if a.get("faults")),
        "faults_injected": injected,
        "faults_survived": survived,
        "runs_lost": 0 if doc["run"].get("state") == "finished" and stored["not_done"] == 0 else 1,
        "sites_not_done": stored["not_done"],
        "findings_lost": stored["findings_lost"],
        "hostile_sites": hostile_sites,
        "hostile_sites_without_record": no_record,
        "hostile_kinds": per_kind,
        "hostile_served_codes": served_codes,
        "hostile_crawl_status_wrong": crawl_wrong,
        "hostile_verdict_checked_sites": sum(
            1 for a in assignments.values() if not a.hides for c in a.gss_codes if c in want
        ),
        "hostile_verdict_disagreements": disagreements,
    }


def print_soak(f: dict[str, Any]) -> None:
    print(f"\nsoak ({f['backend']}; faults at a raised rate, hostile pages on {f['hostile_sites']} sites):")
    for key in (
        "faults_injected",
        "faults_survived",
        "runs_lost",
        "sites_not_done",
        "findings_lost",
        "internal_errors",
        "exit_code",
        "wall_s",
        "peak_rss_mb",
    ):
        print(f"  {key.replace('_', ' '):<34} {f[key]}")
    print(f"  {'hostile sites without a crawl record':<34} {len(f['hostile_sites_without_record'])}")
    print(
        f"  {'verdicts checked on hostile sites':<34} {f['hostile_verdict_checked_sites']} sites, "
        f"{len(f['hostile_verdict_disagreements'])} disagreements with the truth; "
        f"{len(f['hostile_caused_disagreements'])} of them not made on the plain web "
        f"(control run of {f['control_sites']} sites)"
    )
    for d in f["hostile_caused_disagreements"][:15]:
        print(f"    {d['gss_code']} {d['what']}: found {d['found']}, truth {d['truth']} ({', '.join(d['kinds'])})")
    acc = "  ".join(f"{k} {v * 100:.1f}%" for k, v in f["accuracy"].items())
    print(f"  accuracy: {acc}")
    print("  hostile kind                       assigned  served  survived")
    for kind, row in f["hostile_kinds"].items():
        hides = " (may hide evidence: verdicts not compared)" if BY_NAME[kind].hides else ""
        print(f"  {kind:<34} {row['assigned']:>8} {row['served']:>7} {row['survived']:>9}{hides}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.soak", description=__doc__.splitlines()[0])
    p.add_argument("--out", default="bench-out/soak")
    p.add_argument("--db", default=None, help="a PostgreSQL server URL (a fresh database per run); default SQLite")
    p.add_argument("--fault-rate", type=float, default=3.0)
    p.add_argument("--hostile-rate", type=float, default=0.5, help="share of sites given hostile pages")
    p.add_argument("--latency-scale", type=float, default=0.1)
    p.add_argument("--budget", type=int, default=60)
    p.add_argument("--only", nargs="+")
    args = p.parse_args(argv)
    figures = run_soak(
        Path(args.out).resolve(),
        args.db,
        fault_rate=args.fault_rate,
        hostile_rate=args.hostile_rate,
        latency_scale=args.latency_scale,
        budget=args.budget,
        only=args.only,
    )
    print_soak(figures)
    print(f"\nfull results: {Path(args.out).resolve() / 'soak.json'}")
    lost = figures["runs_lost"] + figures["findings_lost"] + figures["internal_errors"]
    lost += len(figures["hostile_caused_disagreements"])
    return 1 if lost or figures["hostile_sites_without_record"] else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    raise SystemExit(main())

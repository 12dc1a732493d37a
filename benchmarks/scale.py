"""`make bench-scale` (python -m benchmarks.scale): the cost curve at 1x, 3x and 10x the register.

For each scale the simulated web serves the register k times over (benchmarks.scaledweb), one
audit crawls it in its own process (bounded in time), and the benchmark prints wall time, pages
per minute, CPU per page, peak RSS, database size (SQLite, or PostgreSQL with --db), time to the
first finished site and how steadily sites finish, the report's build time and size, and the
accuracy against the truth. Then, on the 1x database, the report's growth with history: the
report built over 1, 3, 6 and 12 finished runs (benchmarks.history).

Every subprocess has a deadline; one that passes it is killed and recorded as timed out.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from analysis.domain import DELIVERABLE_KEYS
from typing import Any

from benchmarks.scaledweb import write_scaled_register

PY = [sys.executable, "-m", "crawler"]


class TimedOut(Exception):
    """A benchmark command passed its deadline and was killed."""


def run_bounded(
    cmd: list[str], timeout: float, log: Path | None = None, cwd: Path | None = None
) -> tuple[float, int, float]:
    """Run `cmd` to completion within `timeout` seconds, sampling its memory.

    Returns (wall seconds, peak RSS bytes, CPU seconds of the process). Raises TimedOut (after
    killing it) when the deadline passes, RuntimeError when it fails.
    """
    import psutil

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    out = open(log, "w") if log else subprocess.DEVNULL
    try:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=cwd)
        ps = psutil.Process(proc.pid)
        peak = 0
        while proc.poll() is None:
            if time.monotonic() - t0 > timeout:
                proc.kill()
                proc.wait()
                raise TimedOut(f"{' '.join(cmd[2:4])} passed its {timeout:.0f} s deadline")
            try:
                peak = max(peak, ps.memory_info().rss)
            except psutil.Error:
                continue  # exiting: poll() says so on the next turn
            time.sleep(0.2)
        proc.wait()
    finally:
        if log:
            out.close()
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[2:4])} failed (exit {proc.returncode})" + (f"; see {log}" if log else ""))
    return wall, peak, cpu


# ---- databases -----------------------------------------------------------------------------


def database_for(base: str | None, out: Path, name: str) -> str:
    """A fresh database for one measurement: a SQLite file, or a new database on the PostgreSQL
    server of `base` (created here, dropped by drop_database)."""
    if not base:
        path = out / f"{name}.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return f"sqlite:///{path}"
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(base)
    dbname = f"cctv_scale_{name}_{os.getpid()}"
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{dbname}"'))
            conn.execute(text(f'CREATE DATABASE "{dbname}"'))
    finally:
        engine.dispose()
    return url.set(database=dbname).render_as_string(hide_password=False)


def drop_database(base: str | None, db_url: str) -> None:
    if not base:
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    engine = create_engine(make_url(base), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(db_url).database}"'))
    finally:
        engine.dispose()


def database_bytes(db_url: str) -> int:
    """The database's size on disk: the SQLite file (and its WAL), or pg_database_size."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(db_url)
    if url.get_backend_name() == "sqlite":
        return sum(
            Path(f"{url.database}{s}").stat().st_size for s in ("", "-wal") if Path(f"{url.database}{s}").exists()
        )
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one())
    finally:
        engine.dispose()


def _utc(t: datetime) -> datetime:
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def finish_times(db_url: str) -> tuple[datetime | None, list[datetime]]:
    """When the (only) run was created, and when each of its sites finished, earliest first."""
    from sqlalchemy import func, select

    from crawler.storage import open_database
    from crawler.storage.models import Run, SiteCrawl

    db = open_database(db_url, must_exist=True)
    try:
        with db.session() as s:
            started = s.scalar(select(func.min(Run.started_at)))
            times = [t for t in s.scalars(select(SiteCrawl.finished_at).where(SiteCrawl.finished_at.is_not(None)))]
    finally:
        db.dispose()
    return (_utc(started) if started else None), sorted(_utc(t) for t in times)


def timeline(launched: datetime, finished: list[datetime], wall: float) -> dict[str, float]:
    """Time to the first finished site (from the audit's launch) and how steadily sites finish.

    `longest_quiet_s`: the longest stretch without a site finishing, after the first one;
    `share_done_at_half`: the share of sites finished by half the wall time (about 0.5 when the
    rate is steady; near 0 when everything finishes at the end).
    """
    if not finished:
        return {"first_finished_s": float("nan"), "longest_quiet_s": float("nan"), "share_done_at_half": 0.0}
    secs = [(t - launched).total_seconds() for t in finished]
    gaps = [b - a for a, b in zip(secs, secs[1:])] or [0.0]
    return {
        "first_finished_s": secs[0],
        "p10_finished_s": secs[int(0.1 * (len(secs) - 1))],
        "p50_finished_s": secs[int(0.5 * (len(secs) - 1))],
        "p90_finished_s": secs[int(0.9 * (len(secs) - 1))],
        "longest_quiet_s": max(gaps),
        "share_done_at_half": sum(1 for s in secs if s <= wall / 2) / len(secs),
    }


# ---- the report ----------------------------------------------------------------------------


def report_figures(db_url: str, out: Path, timeout: float) -> dict[str, Any]:
    """Build the report of the latest run (with its history) and measure time and sizes."""
    wall, peak, _ = run_bounded([*PY, "report", "--db", db_url, "--out", str(out)], timeout)
    files = [p for p in out.rglob("*") if p.is_file()]
    sizes = {str(p.relative_to(out)): p.stat().st_size for p in files}
    pages = [v for k, v in sizes.items() if k.endswith(".html")]
    trend = {k: v for k, v in sizes.items() if "trend" in k.lower() or "history" in k.lower()}
    return {
        "build_s": wall,
        "build_peak_rss_mb": peak / 2**20,
        "total_bytes": sum(sizes.values()),
        "files": len(files),
        "index_bytes": sizes.get("index.html", 0),
        "largest_page": max(sizes.items(), key=lambda kv: kv[1] if kv[0].endswith(".html") else -1)[0]
        if pages
        else None,
        "largest_page_bytes": max(pages, default=0),
        "trend_bytes": sum(trend.values()),
        "findings_json_bytes": sizes.get("findings.json", 0),
    }


# ---- one scale -----------------------------------------------------------------------------


def measure_scale(scale: int, args: argparse.Namespace, out: Path) -> dict[str, Any]:
    from crawler.commands.demo import start_simweb
    from crawler.runner.evaluate import compare, request_stats

    here = out / f"{scale}x"
    here.mkdir(parents=True, exist_ok=True)
    register = write_scaled_register(here / "register.csv", scale)
    truth_path = here / "truth.json"
    run_bounded([*PY, "simweb", "truth", "--register", str(register), "--out", str(truth_path)], 120 + 180 * scale)
    truth = json.loads(truth_path.read_text())
    db_url = database_for(args.db, here, f"audit_{scale}x")
    proc, proxy = start_simweb(args.latency_scale, register=str(register))
    result: dict[str, Any] = {"scale": scale, "sites": len(truth["authorities"])}
    try:
        cmd = [
            *PY,
            "audit",
            "--register",
            str(register),
            "--db",
            db_url,
            "--proxy",
            proxy,
            "--quiet",
            "--max-pages-per-site",
            str(args.budget),
            "--label",
            f"scale {scale}x",
        ]
        if args.window:
            cmd += ["--window", str(args.window)]
        launched = datetime.now(timezone.utc)
        wall, peak, cpu = run_bounded(cmd, args.timeout_per_x * scale, log=here / "audit.out", cwd=here)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    exported = subprocess.run(
        [*PY, "export", "--db", db_url, "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120 + 60 * scale,
    )
    doc = json.loads(exported.stdout)
    fetched = sum(
        (a["crawl"].get("pages_fetched") or 0) + (a["crawl"].get("documents_fetched") or 0) for a in doc["authorities"]
    )
    cmp = compare(doc, truth)
    result.update(
        {
            "wall_s": wall,
            "pages": fetched,
            "pages_per_site": fetched / max(1, len(doc["authorities"])),
            "pages_per_min": fetched / (wall / 60),
            "cpu_s": cpu,
            "cpu_ms_per_page": 1000 * cpu / max(1, fetched),
            "peak_rss_mb": peak / 2**20,
            "db_bytes": database_bytes(db_url),
            "requests": request_stats(doc, truth),
            "accuracy": cmp["accuracy"],
            "misses": cmp["misses"][:20],
        }
    )
    run_started, finished = finish_times(db_url)
    result.update(timeline(launched, finished, wall))
    if run_started and finished:
        # the audit's own start-up (imports, database, run rows) comes before the run exists
        result["first_finished_after_run_start_s"] = (finished[0] - run_started).total_seconds()
    result["report"] = report_figures(db_url, here / "report", 120 + 60 * scale)
    result["db_url"] = db_url if not args.db else None
    if scale == 1 and args.history:
        result["history"] = history_growth(db_url, here, args.history)
    drop_database(args.db, db_url)
    return result


def history_growth(db_url: str, here: Path, runs: int) -> list[dict[str, Any]]:
    """The report built over 1, 3, 6 ... `runs` finished runs of the same register."""
    from benchmarks.history import clone_run
    from crawler.storage import open_database

    db = open_database(db_url, must_exist=True)
    points = sorted({1, min(3, runs), min(6, runs), runs})
    figures: list[dict[str, Any]] = []
    have = 1
    try:
        for n in points:
            while have < n:
                clone_run(db, 1, timedelta(days=7 * have), label=f"history copy {have}")
                have += 1
            fig = report_figures(db_url, here / f"report-{n}-runs", 300)
            fig["runs"] = n
            fig["db_bytes"] = database_bytes(db_url)
            figures.append(fig)
    finally:
        db.dispose()
    return figures


# ---- printing ------------------------------------------------------------------------------


def print_curve(results: list[dict[str, Any]]) -> None:
    cols = [f"{r['scale']}x ({r['sites']})" for r in results]
    mb = 2**20
    rows = [
        ("wall time", [f"{r['wall_s']:.0f} s" for r in results]),
        ("pages fetched", [str(r["pages"]) for r in results]),
        ("pages per site", [f"{r['pages_per_site']:.1f}" for r in results]),
        ("pages per minute", [f"{r['pages_per_min']:.0f}" for r in results]),
        ("CPU per page (audit)", [f"{r['cpu_ms_per_page']:.0f} ms" for r in results]),
        ("peak RSS", [f"{r['peak_rss_mb']:.0f} MB" for r in results]),
        ("database size", [f"{r['db_bytes'] / mb:.1f} MB" for r in results]),
        ("first site finished", [f"{r['first_finished_s']:.1f} s" for r in results]),
        (
            "  after the run started",
            [f"{r.get('first_finished_after_run_start_s', float('nan')):.1f} s" for r in results],
        ),
        ("half the sites done", [f"{r['p50_finished_s']:.0f} s" for r in results]),
        ("done by half the wall", [f"{r['share_done_at_half'] * 100:.0f}%" for r in results]),
        ("longest gap, no site done", [f"{r['longest_quiet_s']:.1f} s" for r in results]),
        ("report build", [f"{r['report']['build_s']:.1f} s" for r in results]),
        ("report size", [f"{r['report']['total_bytes'] / mb:.1f} MB" for r in results]),
        ("report index.html", [f"{r['report']['index_bytes'] / 1024:.0f} KB" for r in results]),
        ("report largest page", [f"{r['report']['largest_page_bytes'] / 1024:.0f} KB" for r in results]),
    ]
    for key in ("crawl", *DELIVERABLE_KEYS):
        rows.append((f"accuracy {key}", [f"{r['accuracy'][key] * 100:.1f}%" for r in results]))
    width = max(len(r[0]) for r in rows)
    print("\n" + " " * width + "  " + "  ".join(f"{c:>14}" for c in cols))
    for label, vals in rows:
        print(f"{label:<{width}}  " + "  ".join(f"{v:>14}" for v in vals))


def print_history(points: list[dict[str, Any]]) -> None:
    print("\nreport growth with history (1x register):")
    print(
        f"  {'runs':>4}  {'build':>8}  {'total':>9}  {'index.html':>10}  {'trend':>9}  {'largest page':>12}  {'database':>9}"
    )
    for p in points:
        print(
            f"  {p['runs']:>4}  {p['build_s']:>6.1f} s  {p['total_bytes'] / 2**20:>6.1f} MB  {p['index_bytes'] / 1024:>7.0f} KB"
            f"  {p['trend_bytes'] / 1024:>6.0f} KB  {p['largest_page_bytes'] / 1024:>9.0f} KB  {p['db_bytes'] / 2**20:>6.1f} MB"
        )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.scale", description=__doc__.splitlines()[0])
    p.add_argument("--out", default="bench-out/scale")
    p.add_argument(
        "--scales", nargs="+", type=int, default=[1, 3, 10], metavar="K", help="register multiples (default 1 3 10)"
    )
    p.add_argument(
        "--db",
        metavar="URL",
        help="a PostgreSQL server URL: each scale gets a new database there (default: SQLite files)",
    )
    p.add_argument("--latency-scale", type=float, default=0.1)
    p.add_argument("--budget", type=int, default=60)
    p.add_argument("--window", type=int, default=None, help="sites in flight (default: the audit's own default)")
    p.add_argument(
        "--history", type=int, default=12, metavar="N", help="runs in the 1x history for the report's growth (0: skip)"
    )
    p.add_argument(
        "--timeout-per-x",
        type=float,
        default=900.0,
        metavar="SECONDS",
        help="deadline of the audit per register multiple",
    )
    args = p.parse_args(argv)
    if any(k < 1 for k in args.scales):
        p.error("--scales: each multiple must be at least 1")
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    results: list[dict[str, Any]] = []
    for scale in args.scales:
        print(f"scale: auditing the simulated web at {scale}x the register …", flush=True)
        try:
            results.append(measure_scale(scale, args, out))
        except (TimedOut, RuntimeError, subprocess.TimeoutExpired) as exc:
            print(f"scale: {scale}x not measured: {exc}", flush=True)
            break
        (out / "scale.json").write_text(json.dumps(results, indent=2, default=str))
    if results:
        print_curve(results)
        if results[0].get("history"):
            print_history(results[0]["history"])
    print(f"\nfull results: {out / 'scale.json'}")
    return 0 if len(results) == len(args.scales) else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    raise SystemExit(main())

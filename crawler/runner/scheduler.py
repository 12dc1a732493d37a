"""Periodic audits with APScheduler 3, its jobs kept in the audit database.

Choices, deliberately:
- jobs live in the same database (SQLAlchemyJobStore, table `apscheduler_jobs`), so schedules
  survive restarts and `schedule list` in another process sees them;
- coalesce=True: a scheduler that was down across several due times runs one audit, not a burst;
- misfire_grace_time=6 h: an audit due while the scheduler was restarting still runs if it is
  less than six hours late; later than that it waits for its next due time (an audit started
  in the middle of a working day is a worse surprise than one a quarter late);
- max_instances=1 and one worker thread; each audit runs as its own process (the Twisted reactor
  cannot restart) and takes the database's audit lock, so audits never overlap and a failing
  audit never takes the scheduler down;
- a schedule can never spin: APScheduler loops forever computing the due times of an interval
  that is zero, negative or not finite, so such an interval is refused when it is added
  (crawler.validate.interval) and a stored one (written by an older version) is found by
  reading the job table before the scheduler starts, and refused with how to remove it.
"""

from __future__ import annotations

import logging
import math
import pickle
import signal
import subprocess
import sys
import threading
import uuid
from pathlib import Path
from typing import Any

from crawler import validate
from crawler.errors import UserError
from crawler.storage.db import Database

logger = logging.getLogger("cctv_audit.scheduler")

JOB_FUNC = "crawler.runner.scheduler:scheduled_audit"
# Schedules stored before the package was split into layers name the job by the module's old
# path; APScheduler would drop those jobs as unloadable, so the old name still finds this module.
sys.modules.setdefault("crawler.scheduler", sys.modules[__name__])
MISFIRE_GRACE = 6 * 3600
_current: dict[str, subprocess.Popen | None] = {"proc": None}


def make_scheduler(db: Database, background: bool = True) -> Any:
    from apscheduler.executors.pool import ThreadPoolExecutor
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler

    return BackgroundScheduler(
        jobstores={"default": SQLAlchemyJobStore(engine=db.engine, tablename="apscheduler_jobs")},
        executors={"default": ThreadPoolExecutor(1)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": MISFIRE_GRACE},
        timezone="UTC",
    )


def trigger_for(cron: str | None, interval: float | None) -> Any:
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.interval import IntervalTrigger

    if interval is not None:
        return IntervalTrigger(seconds=validate.interval(interval), timezone="UTC")
    try:
        return CronTrigger.from_crontab(cron or "", timezone="UTC")
    except ValueError as exc:
        raise UserError(f"not a crontab expression: {cron!r} ({exc})") from None


def unsafe_stored_jobs(db: Database) -> dict[str, str]:
    """Stored schedules the scheduler would spin on, by id, read without starting a scheduler."""
    from sqlalchemy import inspect, text

    if not inspect(db.engine).has_table("apscheduler_jobs"):
        return {}
    bad: dict[str, str] = {}
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, job_state FROM apscheduler_jobs")).all()
    for job_id, state in rows:
        try:
            trigger = pickle.loads(state).get("trigger")
        except Exception as exc:  # a job another version pickled: unreadable is unsafe
            bad[job_id] = f"unreadable ({type(exc).__name__})"
            continue
        length = getattr(trigger, "interval_length", None)
        if length is not None and not (
            math.isfinite(length) and validate.MIN_INTERVAL <= length <= validate.MAX_INTERVAL
        ):
            bad[job_id] = f"an interval of {length:g} seconds"
    return bad


def _refuse_unsafe(db: Database) -> None:
    bad = unsafe_stored_jobs(db)
    if bad:
        job_id, why = next(iter(bad.items()))
        raise UserError(
            f"schedule {job_id} has {why}, which would never stop firing; "
            f"remove it with `cctv-audit schedule remove {job_id}`"
        )


def add_schedule(db: Database, cron: str | None, interval: float | None, options: dict[str, Any]) -> Any:
    _refuse_unsafe(db)
    sched = make_scheduler(db)
    sched.start(paused=True)
    try:
        job_id = uuid.uuid4().hex[:8]
        return sched.add_job(
            JOB_FUNC,
            trigger_for(cron, interval),
            kwargs=options,
            id=job_id,
            name=options.get("label") or f"audit {job_id}",
        )
    finally:
        sched.shutdown(wait=False)


def list_schedules(db: Database) -> list[Any]:
    _refuse_unsafe(db)
    sched = make_scheduler(db)
    sched.start(paused=True)
    try:
        return sched.get_jobs()
    finally:
        sched.shutdown(wait=False)


def remove_schedule(db: Database, job_id: str) -> None:
    from apscheduler.jobstores.base import JobLookupError
    from sqlalchemy import text

    if job_id in unsafe_stored_jobs(db):  # removed without starting a scheduler that would spin
        with db.engine.begin() as conn:
            conn.execute(text("DELETE FROM apscheduler_jobs WHERE id = :id"), {"id": job_id})
        return
    _refuse_unsafe(db)
    sched = make_scheduler(db)
    sched.start(paused=True)
    try:
        sched.remove_job(job_id)
    except JobLookupError:
        raise UserError(f"no schedule with id {job_id!r}") from None
    finally:
        sched.shutdown(wait=False)


def _audit_command(db_url: str, opts: dict[str, Any]) -> list[str]:
    cmd = [sys.executable, "-m", "crawler", "audit", "--db", db_url, "--quiet"]
    for flag, key in (
        ("--register", "register"),
        ("--label", "label"),
        ("--proxy", "proxy"),
        ("--max-pages-per-site", "max_pages"),
    ):
        if opts.get(key):
            cmd += [flag, str(opts[key])]
    if opts.get("only"):
        cmd += ["--only", *opts["only"]]
    return cmd


def scheduled_audit(db_url: str, **opts: Any) -> int | None:
    """One scheduled audit: a child process, then the report and the change alert."""
    cmd = _audit_command(db_url, opts)
    log_dir = Path(opts.get("log_dir") or "logs")
    log_dir.mkdir(parents=True, exist_ok=True)
    logger.info("starting audit: %s", " ".join(cmd))
    with open(log_dir / "scheduler-audits.log", "a") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=opts.get("cwd") or None)
        _current["proc"] = proc
        try:
            code = proc.wait()
        finally:
            _current["proc"] = None
    run_id = _latest_run_id(db_url)
    if code != 0:
        logger.error("audit exited with %s (run %s); see %s", code, run_id, log_dir / "scheduler-audits.log")
        return run_id
    if opts.get("report_dir") and run_id is not None:
        _publish(db_url, run_id, Path(opts["report_dir"]), opts.get("webhook"))
    return run_id


def _latest_run_id(db_url: str) -> int | None:
    from sqlalchemy import select

    from crawler.storage import open_database
    from crawler.storage.models import Run

    db = open_database(db_url)
    try:
        with db.session() as s:
            return s.scalar(select(Run.id).order_by(Run.id.desc()).limit(1))
    finally:
        db.dispose()


def _publish(db_url: str, run_id: int, report_dir: Path, webhook: str | None) -> None:
    from crawler.runner.alerts import changes, post_webhook
    from crawler.runner.history import load_report_inputs, refresh
    from crawler.storage import open_database
    from reports.build import write_report

    db = open_database(db_url)
    try:
        refresh(db)  # the audit stored its run's summary; this catches any it could not
        doc, past = load_report_inputs(db, run_id)
    finally:
        db.dispose()
    target = report_dir / f"run-{run_id}"
    write_report(doc, target, history=past)  # writes changes.json beside the report
    summary = changes(doc, [past.previous] if past.previous is not None else [])
    logger.info("report for run %s written to %s", run_id, target)
    if webhook:
        post_webhook(webhook, summary)


def run_forever(db: Database) -> int:
    """The scheduler in the foreground until SIGTERM or SIGINT; a running audit is stopped
    gracefully (its run becomes `interrupted`, ready for `audit --resume`)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    stop = threading.Event()

    def on_signal(signum: int, _frame: Any) -> None:
        logger.info("received %s: shutting down", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    _refuse_unsafe(db)
    sched = make_scheduler(db)
    sched.start()
    jobs = sched.get_jobs()
    print(f"scheduler running with {len(jobs)} schedule(s); stop with SIGTERM or Ctrl-C", flush=True)
    for job in jobs:
        print(f"  {job.id} {job.name}: next run {job.next_run_time}", flush=True)
    stop.wait()
    proc = _current.get("proc")
    if proc is not None and proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    sched.shutdown(wait=False)
    print("scheduler stopped", flush=True)
    return 0

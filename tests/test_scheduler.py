"""Unattended audits: schedules that persist, a job that fires, no overlap, clean SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from support import ROOT, run_cli
from minisite import RecordingSite
from test_spider_local import build_site

from crawler.runner.alerts import post_webhook
from crawler.runner.lock import AuditLock
from crawler.storage import open_database


def _register(tmp: Path, url: str) -> Path:
    reg = tmp / "register.csv"
    reg.write_text(
        f"gss_code,name,nation,website,police_force\nE99000001,Testborough Borough Council,England,{url},Cleveland\n"
    )
    return reg


def test_schedule_persists_across_processes(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 's.sqlite'}"
    added = run_cli("schedule", "add", "--db", db, "--cron", "0 2 1 */3 *", "--label", "quarterly national audit")
    assert added.returncode == 0, added.stderr
    job_id = added.stdout.split()[1]
    listed = run_cli("schedule", "list", "--db", db)
    assert job_id in listed.stdout and "quarterly national audit" in listed.stdout and "month='*/3'" in listed.stdout
    assert run_cli("schedule", "remove", "--db", db, job_id).returncode == 0
    assert "no schedules" in run_cli("schedule", "list", "--db", db).stdout
    bad = run_cli("schedule", "add", "--db", db, "--cron", "every tuesday")
    assert bad.returncode == 2 and "not a crontab expression" in bad.stderr


def test_job_fires_writes_report_and_alert_then_sigterm_stops_cleanly(tmp_path: Path) -> None:
    with (
        RecordingSite({}, host="127.0.0.2") as other,
        RecordingSite(build_site(other.url)) as site,
        RecordingSite({}) as hook,
    ):
        reg = _register(tmp_path, site.url)
        db = f"sqlite:///{tmp_path / 's.sqlite'}"
        reports = tmp_path / "reports"
        added = run_cli(
            "schedule",
            "add",
            "--db",
            db,
            "--interval",
            "2",
            "--register",
            str(reg),
            "--report-dir",
            str(reports),
            "--webhook",
            f"{hook.url}hook",
            "--label",
            "test schedule",
            "--log-dir",
            str(tmp_path / "logs"),
        )
        assert added.returncode == 0, added.stderr
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        sched_log = open(tmp_path / "scheduler.out", "w")
        sched = subprocess.Popen(
            [sys.executable, "-m", "crawler", "schedule", "run", "--db", db],
            cwd=tmp_path,
            env=env,
            stdout=sched_log,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not (reports / "run-1" / "changes.json").exists():
                assert sched.poll() is None, (tmp_path / "scheduler.out").read_text()
                time.sleep(0.5)
            assert (reports / "run-1" / "index.html").exists()
            changes = json.loads((reports / "run-1" / "changes.json").read_text())
            assert changes["current_run"]["id"] == 1 and changes["first_run"] is True
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and not hook.posts:
                time.sleep(0.2)
            assert json.loads(hook.posts[0])["current_run"]["id"] == 1
            t0 = time.monotonic()
            sched.send_signal(signal.SIGTERM)
            sched.wait(timeout=30)
            out = (tmp_path / "scheduler.out").read_text()
            assert time.monotonic() - t0 < 25
            assert sched.returncode == 0, out
            assert "scheduler stopped" in out
        finally:
            if sched.poll() is None:
                sched.kill()
            sched_log.close()
    runs = run_cli("runs", "--db", db)
    assert runs.returncode == 0 and "finished" in runs.stdout


def test_overlapping_audit_is_refused(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'a.sqlite'}"
    db = open_database(db_url)
    reg = _register(tmp_path, "http://127.0.0.1:9/")
    with AuditLock(db):
        proc = run_cli("audit", "--register", str(reg), "--db", db_url, "--quiet", cwd=tmp_path)
    assert proc.returncode == 2
    assert "another audit is running" in proc.stderr and "Traceback" not in proc.stderr


def test_overlapping_audit_is_refused_on_postgresql(pg_url: str) -> None:
    db = open_database(pg_url)
    first, second = AuditLock(db), AuditLock(db)
    first.acquire()
    try:
        with pytest.raises(Exception, match="another audit is running"):
            second.acquire()
    finally:
        first.release()
    second.acquire()
    second.release()


def test_webhook_retries_then_succeeds_and_never_raises(tmp_path: Path) -> None:
    with RecordingSite({}) as hook:
        hook.post_failures = 2
        assert post_webhook(f"{hook.url}h", {"x": 1}, attempts=3, backoff=0.05) is True
        assert json.loads(hook.posts[0]) == {"x": 1}
        hook.post_failures = 5
        assert post_webhook(f"{hook.url}h", {"x": 2}, attempts=2, backoff=0.05) is False
    assert post_webhook("http://127.0.0.1:9/nothing-listens", {"x": 3}, attempts=1) is False

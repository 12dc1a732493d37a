"""Issue 14, item 5: the PostgreSQL audit lock knows when it is lost; an audit whose lock's
connection is terminated stops safely and is marked interrupted, never exit 70."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, select, text

from minisite import RecordingSite

from crawler.runner.lock import ADVISORY_KEY, AuditLock
from crawler.storage import open_database
from crawler.storage.models import Run

# this test's own database only: another test process may hold the same key in its database
HOLDER = text(
    "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid = :lo"
    " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
)


def _slow_site() -> dict[str, tuple[str, bytes]]:
    links = "".join(f'<li><a href="/cctv/part-{i}">CCTV code of practice part {i}</a></li>' for i in range(100))
    home = f"<html><body><main><h1>CCTV</h1><ul>{links}</ul></main></body></html>".encode()
    pages = {"/": ("text/html", home), "/robots.txt": ("text/plain", b"User-agent: *\nAllow: /\n")}
    for i in range(100):
        pages[f"/cctv/part-{i}"] = (
            "text/html",
            f"<html><body><main><p>CCTV part {i}.</p></main></body></html>".encode(),
        )
    return pages


def test_release_on_a_dead_connection_is_not_an_error(pg_url: str) -> None:
    db = open_database(pg_url)
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        lock = AuditLock(db)
        lock.acquire()
        with admin.connect() as c:
            pid = c.execute(HOLDER, {"lo": ADVISORY_KEY & 0xFFFFFFFF}).scalar()
            assert pid is not None
            c.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
        assert not lock.still_held()
        lock.release()  # must not raise
        again = AuditLock(db)
        again.acquire()  # the server released it with the connection
        again.release()
    finally:
        admin.dispose()
        db.dispose()


def test_an_audit_whose_lock_is_lost_stops_safely_as_interrupted(pg_url: str, tmp_path: Path) -> None:
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with RecordingSite(_slow_site(), delay=0.2) as site:
        register = tmp_path / "register.csv"
        register.write_text(f"gss_code,name,website\nE99000001,Slowtown Council,{site.url}\n")
        env = {**os.environ, "CCTV_AUDIT_LOCK_HEARTBEAT": "0.5"}
        env.pop("http_proxy", None)
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "crawler",
                "audit",
                "--register",
                str(register),
                "--db",
                pg_url,
                "--quiet",
                "--user-agent-contact",
                "mailto:test@example.org",
            ],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            pid = None
            deadline = time.monotonic() + 60
            while pid is None and time.monotonic() < deadline and proc.poll() is None:
                with admin.connect() as c:
                    pid = c.execute(HOLDER, {"lo": ADVISORY_KEY & 0xFFFFFFFF}).scalar()
                time.sleep(0.2)
            assert pid is not None, "the audit never took its lock"
            while len(site.paths()) < 3 and time.monotonic() < deadline:
                time.sleep(0.2)
            with admin.connect() as c:
                c.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
            out, err = proc.communicate(timeout=90)
        finally:
            if proc.poll() is None:
                proc.kill()
    admin.dispose()
    assert proc.returncode == 1, (proc.returncode, err)
    assert "internal error" not in err and "Traceback" not in err, err
    db = open_database(pg_url, migrate=False)
    try:
        with db.session() as s:
            run = s.scalars(select(Run)).one()
            assert run.state == "interrupted"
            assert "audit lock was lost" in (run.error or "")
    finally:
        db.dispose()
    assert len(site.paths()) < 60  # it stopped short of its 60-page budget rather than crawl on without its lock

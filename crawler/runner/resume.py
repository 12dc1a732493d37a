"""Resuming an interrupted run from database state.

A site is done when its result (crawl facts, findings, assessments) has been committed: that
single transaction is the checkpoint. Resuming deletes the partial snapshots of sites that were
mid-crawl and audits exactly the sites not done, so nothing is fetched twice for a finished LA
and no finding is duplicated or lost. Scrapy's JOBDIR is not used: its queue lives on one disk
and its state is per-request, while the database is already the shared, transactional record.
"""

from __future__ import annotations

import os
import socket
from datetime import timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from crawler.errors import UserError
from crawler.storage.db import Database
from crawler.storage.models import (
    Assessment,
    Authority,
    Finding,
    PageAnalysisRow,
    Run,
    SiteCrawl,
    Snapshot,
    utcnow,
)

STALE_AFTER = timedelta(minutes=30)
UNFINISHED = ("pending", "running")


def pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def is_orphaned(run: Run) -> bool:
    """A `running` run whose process is gone (same host) or silent for too long (elsewhere)."""
    if run.state != "running":
        return False
    if run.hostname == socket.gethostname():
        return not pid_alive(run.pid) or run.pid == os.getpid()
    beat = run.heartbeat_at or run.started_at
    if beat is not None and beat.tzinfo is None:
        from datetime import timezone

        beat = beat.replace(tzinfo=timezone.utc)
    return beat is None or utcnow() - beat > STALE_AFTER


def mark_orphans(session: Session) -> list[int]:
    """Mark runs whose process died (kill -9, power loss) as interrupted; returns their ids."""
    marked = []
    for run in session.scalars(select(Run).where(Run.state == "running")):
        if is_orphaned(run):
            run.state = "interrupted"
            run.error = run.error or "the audit process stopped without finishing (killed or crashed)"
            marked.append(run.id)
    return marked


def prepare_resume(db: Database, run_id: int) -> tuple[int, set[str]]:
    """Make run `run_id` ready to continue; returns it and the GSS codes still to audit."""
    with db.session() as s:
        run = s.get(Run, run_id)
        if run is None:
            raise UserError(f"no run with id {run_id}")
        if run.state == "finished":
            raise UserError(f"run {run_id} is already finished; nothing to resume")
        if run.state == "running" and not is_orphaned(run):
            raise UserError(f"run {run_id} is still running (pid {run.pid} on {run.hostname})")
        todo_rows = s.execute(
            select(SiteCrawl.id, Authority.gss_code)
            .join(Authority, Authority.id == SiteCrawl.authority_id)
            .where(SiteCrawl.run_id == run_id, SiteCrawl.status.in_(UNFINISHED))
        ).all()
        ids = [r[0] for r in todo_rows]
        if ids:
            for model in (Finding, Assessment, PageAnalysisRow, Snapshot):
                s.execute(delete(model).where(model.site_crawl_id.in_(ids)))
            s.execute(
                update(SiteCrawl)
                .where(SiteCrawl.id.in_(ids))
                .values(status="pending", started_at=None, pages_fetched=0, documents_fetched=0, requests=0, errors=0)
            )
        run.state = "running"
        run.pid = os.getpid()
        run.hostname = socket.gethostname()
        run.heartbeat_at = utcnow()
        run.finished_at = None
        run.error = None
        return run_id, {r[1] for r in todo_rows}

"""Run bookkeeping: starting, finishing and finding runs, and syncing the register into the DB."""

from __future__ import annotations

import os
import socket
from collections.abc import Sequence
from datetime import datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crawler import __version__
from crawler.errors import UserError
from crawler.register import Authority as RegisterEntry
from crawler.storage.models import Assessment, Authority, Run, SiteCrawl, Snapshot, utcnow


def upsert_authorities(session: Session, entries: Sequence[RegisterEntry]) -> dict[str, Authority]:
    """Make the authority table agree with the register's rows; returns them by GSS code."""
    codes = [e.gss_code for e in entries]
    existing = {a.gss_code: a for a in session.scalars(select(Authority).where(Authority.gss_code.in_(codes)))}
    out: dict[str, Authority] = {}
    for e in entries:
        row = existing.get(e.gss_code)
        if row is None:
            row = Authority(gss_code=e.gss_code)
            session.add(row)
        for field in ("name", "website", "nation", "type", "region", "police_force"):
            setattr(row, field, getattr(e, field))
        row.updated_at = utcnow()
        out[e.gss_code] = row
    session.flush()
    return out


def create_run(
    session: Session, entries: Sequence[RegisterEntry], label: str | None, settings: dict, register: str | None
) -> Run:
    """A new run in state `running`, with one pending site_crawl per LA."""
    authorities = upsert_authorities(session, entries)
    run = Run(
        label=label,
        state="running",
        settings=settings,
        code_version=__version__,
        register=register,
        pid=os.getpid(),
        hostname=socket.gethostname(),
        heartbeat_at=utcnow(),
    )
    session.add(run)
    session.flush()
    for e in entries:
        session.add(
            SiteCrawl(run_id=run.id, authority_id=authorities[e.gss_code].id, website=e.website, status="pending")
        )
    session.flush()
    return run


def get_run(session: Session, run_id: int | None, finished_only: bool = True) -> Run:
    """The run asked for, or the latest finished one; a clear error when there is none."""
    if run_id is not None:
        run = session.get(Run, run_id)
        if run is None:
            raise UserError(f"no run with id {run_id}")
        return run
    query = select(Run).order_by(Run.id.desc())
    if finished_only:
        query = query.where(Run.state == "finished")
    run = session.scalars(query.limit(1)).first()
    if run is None:
        raise UserError("no finished run in this database yet: run `cctv-audit audit` first")
    return run


def finished_runs_before(session: Session, run: Run) -> list[Run]:
    """Earlier finished runs, oldest first (the history a report's trend is drawn from)."""
    return list(session.scalars(select(Run).where(Run.state == "finished", Run.id < run.id).order_by(Run.id)))


def finish_run(session: Session, run: Run, state: str = "finished", error: str | None = None) -> None:
    run.state = state
    run.finished_at = utcnow()
    run.error = error


def run_counts(session: Session, run_id: int) -> dict[str, int]:
    """Sites by status, plus pages fetched, for `cctv-audit runs`."""
    rows = session.execute(
        select(SiteCrawl.status, func.count()).where(SiteCrawl.run_id == run_id).group_by(SiteCrawl.status)
    ).all()
    counts = {status: n for status, n in rows}
    counts["pages"] = session.scalar(select(func.count()).select_from(Snapshot).where(Snapshot.run_id == run_id)) or 0
    counts["assessments"] = (
        session.scalar(select(func.count()).select_from(Assessment).where(Assessment.run_id == run_id)) or 0
    )
    return counts


def iso(dt: datetime | None) -> str | None:
    """ISO 8601 in UTC with a Z, the form findings.json uses."""
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def previous_evidence(session: Session, codes: Sequence[str], before_run: int | None = None) -> dict[str, list[str]]:
    """Evidence URLs per LA from the latest finished run: re-checked first by the next audit, so
    evidence that broke is reported as broken rather than silently missing."""
    query = select(Run.id).where(Run.state == "finished").order_by(Run.id.desc()).limit(1)
    if before_run is not None:
        query = query.where(Run.id < before_run)
    last = session.scalar(query)
    if last is None:
        return {}
    rows = session.execute(
        select(Authority.gss_code, Assessment.detail)
        .join(Authority, Authority.id == Assessment.authority_id)
        .where(Assessment.run_id == last, Authority.gss_code.in_(list(codes)))
    ).all()
    out: dict[str, list[str]] = {}
    for code, detail in rows:
        for e in (detail or {}).get("evidence") or []:
            url = e.get("url")
            if url and url not in out.setdefault(code, []):
                out[code].append(url)
    return out

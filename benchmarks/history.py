"""A run history for the report-growth measurement: copies of one measured run, a day apart.

Twelve real audits of the whole register would cost twelve crawls; what the report's growth
depends on is how many finished runs it reads, and how many rows each has. A copy of a measured
run has exactly the rows of a real one (sites, snapshots, analyses, findings, assessments;
snapshot bodies shared, as the store deduplicates them across runs anyway), so the report built
over N copies costs what it would over N real runs of the same size. Works on SQLite and
PostgreSQL alike (SQLAlchemy Core). A copy finishes as a run does: its summary is stored and its
evidence folded into the ledger (crawler.runner.history.refresh), as the audit does at the end.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import insert, select

from crawler.runner.history import refresh
from crawler.storage.db import Database
from crawler.storage.models import Assessment, Finding, PageAnalysisRow, Run, SiteCrawl, Snapshot

_TIMES = ("started_at", "finished_at", "heartbeat_at", "fetched_at")


def _row(obj_row: Any, table: Any, shift: timedelta, **override: Any) -> dict[str, Any]:
    values = {c.name: getattr(obj_row, c.name) for c in table.columns if c.name != "id"}
    for name in _TIMES:
        if values.get(name) is not None:
            values[name] = values[name] + shift
    values.update(override)
    return values


def clone_run(db: Database, run_id: int, shift: timedelta, label: str | None = None) -> int:
    """Copy run `run_id` with every time moved by `shift`; returns the new run's id."""
    new_run = _copy_rows(db, run_id, shift, label)
    refresh(db)
    return new_run


def _copy_rows(db: Database, run_id: int, shift: timedelta, label: str | None) -> int:
    with db.session() as s:
        conn = s.connection()
        rt, st, snt, pt, ft, at = (
            m.__table__ for m in (Run, SiteCrawl, Snapshot, PageAnalysisRow, Finding, Assessment)
        )
        run = conn.execute(select(rt).where(rt.c.id == run_id)).one()
        new_run = conn.execute(
            insert(rt).values(**_row(run, rt, shift, label=label or run.label)).returning(rt.c.id)
        ).scalar_one()
        sites: dict[int, int] = {}
        for row in conn.execute(select(st).where(st.c.run_id == run_id).order_by(st.c.id)).all():
            sites[row.id] = conn.execute(
                insert(st).values(**_row(row, st, shift, run_id=new_run)).returning(st.c.id)
            ).scalar_one()
        snaps: dict[int, int] = {}
        for row in conn.execute(select(snt).where(snt.c.run_id == run_id).order_by(snt.c.id)).all():
            snaps[row.id] = conn.execute(
                insert(snt).values(**_row(row, snt, shift, run_id=new_run, site_crawl_id=sites[row.site_crawl_id]))
            ).inserted_primary_key[0]
        for table in (pt, ft):
            rows = conn.execute(select(table).where(table.c.run_id == run_id)).all()
            if rows:
                conn.execute(
                    insert(table),
                    [
                        _row(
                            r,
                            table,
                            shift,
                            run_id=new_run,
                            site_crawl_id=sites[r.site_crawl_id],
                            snapshot_id=snaps[r.snapshot_id],
                        )
                        for r in rows
                    ],
                )
        rows = conn.execute(select(at).where(at.c.run_id == run_id)).all()
        if rows:
            conn.execute(
                insert(at), [_row(r, at, shift, run_id=new_run, site_crawl_id=sites[r.site_crawl_id]) for r in rows]
            )
        return int(new_run)


__all__ = ["clone_run"]

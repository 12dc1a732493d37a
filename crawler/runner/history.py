"""Per-run summaries and the evidence ledger in the database, so a report reads two documents.

Writing commands (the audit when a run finishes, the scheduler, the demo, `db upgrade`,
`reanalyse`) call ``refresh``: every finished run without a current summary gets one, and the
runs not yet in the evidence ledger are folded into it, oldest first. Runs finished before
migration 0003 are summarised this way by the first writing command after the upgrade.

Reading (``load_past``) never writes: a summary that is missing or stale (its run was
re-analysed, or a review that can apply to it was added since) is computed in memory from the
run's document, and the ledger table is used only when it holds exactly the runs the report
covers with current summaries; otherwise the ledger is folded in memory from the summaries.
Either way the pages are those the full documents would give (reports.history).
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from crawler.runner.export import build_document, iter_documents, run_header
from crawler.storage.db import Database
from crawler.storage.models import Assessment, Authority, EvidenceLedger, Review, Run, RunSummary
from crawler.storage.runs import finished_runs_before, get_run
from reports.history import SUMMARY_VERSION, Ledger, Past, fold, run_row, skeleton, summarise, summarise_parts

logger = logging.getLogger(__name__)


def run_marks(session: Session, run_ids: list[int]) -> dict[int, str]:
    """Per run, a mark of the rows its summary is derived from.

    Its assessments (reanalyse replaces them, so their count or newest id moves) and the
    reviews made on it or an earlier run (the only ones that can apply to it; reviews are
    append-only). A summary whose mark differs is stale.
    """
    if not run_ids:
        return {}
    assessed = {
        rid: (n, top)
        for rid, n, top in session.execute(
            select(Assessment.run_id, func.count(), func.max(Assessment.id))
            .where(Assessment.run_id.in_(run_ids))
            .group_by(Assessment.run_id)
        ).all()
    }
    reviews = sorted(
        session.execute(select(Review.run_id, func.count(), func.max(Review.id)).group_by(Review.run_id)).all()
    )
    marks = {}
    for rid in run_ids:
        n = top = 0
        for review_run, count, newest in reviews:
            if review_run <= rid:
                n, top = n + count, max(top, newest or 0)
        a_n, a_top = assessed.get(rid, (0, 0))
        marks[rid] = f"v{SUMMARY_VERSION}:a{a_n}/{a_top or 0}:r{n}/{top}"
    return marks


def _summaries(
    session: Session, runs: list[Run], marks: dict[int, str], docs: dict[int, dict] | None = None
) -> tuple[dict[int, dict], set[int]]:
    """Each run's summary (stored when current, else computed) and the ids that were current."""
    ids = [r.id for r in runs]
    stored = {row.run_id: row for row in session.scalars(select(RunSummary).where(RunSummary.run_id.in_(ids)))}
    out: dict[int, dict] = {}
    current: set[int] = set()
    for run in runs:
        row = stored.get(run.id)
        if row is not None and row.mark == marks[run.id]:
            out[run.id] = row.data
            current.add(run.id)
        else:
            doc = (docs or {}).get(run.id)
            out[run.id] = summarise(doc) if doc is not None else summarise_parts(iter_documents(session, run))
    return out, current


def _ledger_rows(session: Session) -> Ledger:
    return {
        (row.gss_code, row.url): {
            "deliverables": list(row.deliverables),
            "first_seen_run": row.first_seen_run,
            "first_seen": row.first_seen,
            "last_seen_run": row.last_seen_run,
            "last_seen": row.last_seen,
            "runs_seen": row.runs_seen,
        }
        for row in session.scalars(select(EvidenceLedger))
    }


def _authority_fields(session: Session) -> dict[str, dict[str, Any]]:
    """Current register fields of every authority: what an old run's document would show."""
    return {
        a.gss_code: {
            "name": a.name,
            "website": a.website,
            "nation": a.nation,
            "type": a.type,
            "region": a.region,
            "police_force": a.police_force,
        }
        for a in session.scalars(select(Authority))
    }


def load_past(session: Session, run: Run, previous: dict | None = None) -> Past:
    """What the report of ``run`` needs of the finished runs before it (read only).

    ``previous``: the previous run's document when the caller has built it already.
    """
    earlier = finished_runs_before(session, run)
    if not earlier:
        return Past()
    if previous is None:
        previous = build_document(session, earlier[-1])
    with_current = [*earlier, run] if run.state == "finished" else earlier
    marks = run_marks(session, [r.id for r in with_current])
    summaries, current = _summaries(session, earlier, marks, {earlier[-1].id: previous})
    fields = _authority_fields(session)
    names = {code: f["name"] for code, f in fields.items()}
    runs = [run_row(run_header(r), summaries[r.id]) for r in earlier]
    first = skeleton(run_header(earlier[0]), summaries[earlier[0].id], fields) if len(earlier) > 1 else None

    folded = {
        rid: mark
        for rid, mark in session.execute(select(RunSummary.run_id, RunSummary.mark).where(RunSummary.in_ledger)).all()
    }
    for covered in ([r.id for r in with_current], [r.id for r in earlier]):
        if set(folded) == set(covered) and all(folded[rid] == marks[rid] for rid in covered):
            ledger = _ledger_rows(session)
            return Past(runs, previous, first, ledger, ledger_has_current=run.id in folded, names=names)
    ledger = {}
    for r in earlier:
        fold(ledger, r.id, summaries[r.id])
    return Past(runs, previous, first, ledger, names=names)


def load_report_inputs(db: Database, run_id: int | None, finished_only: bool = True) -> tuple[dict[str, Any], Past]:
    """A run's findings document and its ``Past``: what every path that writes a report reads.

    `run_id` None means the latest finished run; `finished_only=False` lets the demo report a
    run it just stopped. Costs two findings documents however many runs came before.
    """
    with db.session() as s:
        run = get_run(s, run_id, finished_only=finished_only)
        doc = build_document(s, run)
        past = load_past(s, run)
    return doc, past


def _refresh(session: Session) -> int:
    runs = list(session.scalars(select(Run).where(Run.state == "finished").order_by(Run.id).with_for_update()))
    if not runs:
        return 0
    ids = [r.id for r in runs]
    marks = run_marks(session, ids)
    stored = {row.run_id: row for row in session.scalars(select(RunSummary))}
    summaries: dict[int, dict] = {}
    rebuild = False
    made = 0
    for run in runs:
        row = stored.get(run.id)
        if row is not None and row.mark == marks[run.id]:
            summaries[run.id] = row.data
            continue
        data = summarise_parts(iter_documents(session, run))
        summaries[run.id] = data
        made += 1
        if row is None:
            row = stored[run.id] = RunSummary(run_id=run.id, mark=marks[run.id], in_ledger=False, data=data)
            session.add(row)
        else:
            rebuild |= row.in_ledger  # its old sightings are in the ledger: fold everything again
            row.mark, row.data, row.in_ledger = marks[run.id], data, False
    folded = {rid for rid, row in stored.items() if row.in_ledger}
    pending = [rid for rid in ids if rid not in folded]
    if folded - set(ids) or (pending and folded and min(pending) < max(folded)):
        rebuild = True  # a run finished out of order (resumed late): first sightings may move
    if rebuild:
        session.execute(delete(EvidenceLedger))
        for row in stored.values():
            row.in_ledger = False
        pending = ids
    if not pending:
        return made
    existing = {(row.gss_code, row.url): row for row in session.scalars(select(EvidenceLedger))}
    ledger = _ledger_rows(session) if existing else {}
    for rid in pending:
        fold(ledger, rid, summaries[rid])
        stored[rid].in_ledger = True
    for (code, url), item in ledger.items():
        entry = existing.get((code, url))
        if entry is None:
            session.add(EvidenceLedger(gss_code=code, url=url, **item))
        elif entry.runs_seen != item["runs_seen"] or entry.deliverables != item["deliverables"]:
            for name, value in item.items():
                setattr(entry, name, value)
    session.flush()
    return made


def refresh(db: Database) -> int:
    """Summarise every finished run that lacks a current summary and bring the ledger up to date.

    Returns how many summaries were (re)computed. Best effort: a failure (say, another writer
    refreshing at the same moment on SQLite) is logged and leaves the database as it was; a
    report then computes what is missing in memory, with the same result.
    """
    try:
        with db.session() as s:
            return _refresh(s)
    except SQLAlchemyError as exc:
        logger.warning("run summaries not refreshed (%s); reports will compute them", type(exc).__name__)
        return 0

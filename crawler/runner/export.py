"""A stored run as the findings.json document of docs/contract.md.

Reports, exports, trends and the scheduler's change alerts all start from this document, so
the numbers a reader sees are exactly the stored assessments.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from analysis.domain import DELIVERABLE_KEYS, FINDINGS_SCHEMA, unknown_deliverable
from crawler.storage.models import Assessment, Authority, Run, SiteCrawl
from crawler.storage.db import Database
from crawler.storage.runs import finished_runs_before, get_run, iso
from crawler.storage.reviews import apply_reviews


def run_header(run: Run) -> dict[str, Any]:
    return {
        "id": run.id,
        "label": run.label,
        "started_at": iso(run.started_at),
        "finished_at": iso(run.finished_at),
        "state": run.state,
    }


def build_document(session: Session, run: Run, reviews: bool = True) -> dict[str, Any]:
    """The findings document of one run, authorities in GSS-code order.

    With ``reviews`` (the default) a verdict a person has reviewed shows the reviewed status,
    the machine's as ``machine_status`` and the review itself (crawler.storage.reviews).
    """
    return _document(session, run, None, reviews)


def iter_documents(session: Session, run: Run, reviews: bool = True, chunk: int = 200) -> Iterator[dict[str, Any]]:
    """The findings document of ``run`` in parts of at most ``chunk`` authorities, in GSS-code order.

    Each part is a findings document of its own (same header, a slice of the authorities), so
    a consumer that folds the parts (reports.history.summarise_parts) holds one slice of the
    run's assessments at a time: memory follows ``chunk``, not the register's size.
    """
    order = session.execute(
        select(SiteCrawl.id, Authority.gss_code)
        .join(Authority, Authority.id == SiteCrawl.authority_id)
        .where(SiteCrawl.run_id == run.id)
    ).all()
    ids = [site_id for site_id, _ in sorted(order, key=lambda r: r[1])]
    for start in range(0, len(ids), max(1, chunk)):
        yield _document(session, run, ids[start : start + chunk], reviews)


def _document(session: Session, run: Run, site_ids: list[int] | None, reviews: bool) -> dict[str, Any]:
    """The document of ``run`` over the site crawls ``site_ids`` (None: all of them)."""
    sites_q = (
        select(SiteCrawl, Authority)
        .join(Authority, Authority.id == SiteCrawl.authority_id)
        .where(SiteCrawl.run_id == run.id)
    )
    verdicts_q = select(Assessment).where(Assessment.run_id == run.id)
    if site_ids is not None:
        sites_q = sites_q.where(SiteCrawl.id.in_(site_ids))
        verdicts_q = verdicts_q.where(Assessment.site_crawl_id.in_(site_ids))
    sites = session.execute(sites_q).all()
    verdicts: dict[int, dict[str, dict[str, Any]]] = {}
    for a in session.scalars(verdicts_q):
        verdicts.setdefault(a.site_crawl_id, {})[a.deliverable] = a.detail
    authorities = []
    for sc, auth in sorted(sites, key=lambda r: r[1].gss_code):
        done = sc.status not in ("pending", "running")
        status = sc.status if done else "error"
        error = sc.error if done else f"not audited: run {run.state}"
        found = verdicts.get(sc.id, {})
        details = sc.details or {}
        authorities.append(
            {
                "gss_code": auth.gss_code,
                "name": auth.name,
                "website": sc.website,
                "nation": auth.nation,
                "type": auth.type,
                "region": auth.region,
                "police_force": auth.police_force,
                "crawl": {
                    "status": status,
                    "pages_fetched": sc.pages_fetched,
                    "documents_fetched": sc.documents_fetched,
                    "error": error,
                    "stop_reason": sc.stop_reason,
                    "requests": sc.requests,
                    "errors": sc.errors,
                    "started_at": iso(sc.started_at),
                    "finished_at": iso(sc.finished_at),
                    "broken_evidence": details.get("broken_evidence", []),
                    "error_samples": details.get("error_samples", []),
                },
                "deliverables": {k: found.get(k) or unknown_deliverable(k) for k in DELIVERABLE_KEYS},
            }
        )
    doc = {"schema": FINDINGS_SCHEMA, "run": run_header(run), "authorities": authorities}
    if reviews and inspect(session.get_bind()).has_table("review"):
        apply_reviews(session, run, doc)
    return doc


def load_run_documents(
    db: Database, run_id: int | None, finished_only: bool = True
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A run's findings document and those of every finished run before it, oldest first.

    The full history, whose cost grows with the number of runs: reports are built from
    crawler.runner.history.load_report_inputs (summaries plus the previous document) instead,
    and this stays as the reference those reports are compared with (tests/test_history_summaries.py).
    `run_id` None means the latest finished run; `finished_only=False` lets the demo report a run
    it just stopped.
    """
    with db.session() as s:
        run = get_run(s, run_id, finished_only=finished_only)
        doc = build_document(s, run)
        history = [build_document(s, r) for r in finished_runs_before(s, run)]
    return doc, history

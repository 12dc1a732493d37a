"""A stored run as the findings.json document of CONTRACT.md (schema cctv-audit/findings/1).

Reports, exports, trends and the scheduler's change alerts all start from this document, so
the numbers a reader sees are exactly the stored assessments.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from crawler.storage.models import Assessment, Authority, Run, SiteCrawl
from crawler.storage.reviews import apply_reviews
from crawler.storage.runs import iso

SCHEMA = "cctv-audit/findings/1"
DELIVERABLES = ("5.1", "5.2", "5.3", "5.5")
_UNKNOWN = {
    "5.1": {"status": "unknown", "score": 0.0, "pages": [], "criteria": {}, "evidence": []},
    "5.2": {"status": "unknown", "level": None, "awarded": None, "mark_displayed": False, "evidence": []},
    "5.3": {"status": "unknown", "spoc": {"name": None, "role": None, "email": None, "phone": None}, "evidence": []},
    "5.5": {"status": "unknown", "documents": [], "evidence": []},
}


def unknown_deliverable(key: str) -> dict[str, Any]:
    import copy

    return copy.deepcopy(_UNKNOWN[key])


def run_header(run: Run) -> dict[str, Any]:
    return {"id": run.id, "label": run.label, "started_at": iso(run.started_at), "finished_at": iso(run.finished_at), "state": run.state}


def build_document(session: Session, run: Run, reviews: bool = True) -> dict[str, Any]:
    """The findings document of one run, authorities in GSS-code order.

    With ``reviews`` (the default) a verdict a person has reviewed shows the reviewed status,
    the machine's as ``machine_status`` and the review itself (crawler.storage.reviews).
    """
    sites = session.execute(
        select(SiteCrawl, Authority).join(Authority, Authority.id == SiteCrawl.authority_id).where(SiteCrawl.run_id == run.id)
    ).all()
    verdicts: dict[int, dict[str, dict[str, Any]]] = {}
    for a in session.scalars(select(Assessment).where(Assessment.run_id == run.id)):
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
                "deliverables": {k: found.get(k) or unknown_deliverable(k) for k in DELIVERABLES},
            }
        )
    doc = {"schema": SCHEMA, "run": run_header(run), "authorities": authorities}
    if reviews and inspect(session.get_bind()).has_table("review"):
        apply_reviews(session, run, doc)
    return doc

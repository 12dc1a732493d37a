"""People's reviews of machine verdicts: recording them, carrying them over, applying them.

A review is append-only. It rests on the evidence the verdict rested on when it was made: the
evidence URLs and the sha256 of what was fetched there (the "fingerprint"). In a later run the
same review still applies while the fingerprint of that run's verdict is the same; when the
evidence changes, breaks or the machine verdict itself moves, the review no longer applies and
the verdict returns to the review queue.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from analysis.domain import STATUSES
from crawler.storage.models import Assessment, Authority, Review, Run, SiteCrawl, Snapshot, SnapshotBody, User
from crawler.storage.runs import iso

ACTIONS = ("confirm", "override")


def evidence_urls(detail: dict[str, Any]) -> list[str]:
    """Every URL a verdict rests on: its evidence, its pages and its documents."""
    urls: set[str] = set()
    for item in detail.get("evidence") or []:
        if isinstance(item, dict) and item.get("url"):
            urls.add(str(item["url"]))
    for url in detail.get("pages") or []:
        urls.add(str(url))
    for doc in detail.get("documents") or []:
        if isinstance(doc, dict) and doc.get("url"):
            urls.add(str(doc["url"]))
    return sorted(urls)


def _body_hashes(session: Session, run_id: int, site_crawl_id: int, urls: Iterable[str]) -> dict[str, str]:
    wanted = list(urls)
    if not wanted:
        return {}
    rows = session.execute(
        select(Snapshot.url, SnapshotBody.sha256, Snapshot.status)
        .join(SnapshotBody, SnapshotBody.id == Snapshot.body_id, isouter=True)
        .where(Snapshot.run_id == run_id, Snapshot.site_crawl_id == site_crawl_id, Snapshot.url.in_(wanted))
    ).all()
    found: dict[str, str] = {}
    for url, sha, status in rows:
        found[url] = sha if sha and 200 <= status < 400 else f"broken:{status}"
    return found


def fingerprint(session: Session, run_id: int, site_crawl_id: int, detail: dict[str, Any]) -> str:
    """A hash of the machine status and of every evidence URL with the body fetched there."""
    urls = evidence_urls(detail)
    bodies = _body_hashes(session, run_id, site_crawl_id, urls)
    material = {"status": detail.get("status"), "evidence": [[u, bodies.get(u, "missing")] for u in urls]}
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()


@dataclass(frozen=True)
class Verdict:
    """One machine verdict as the review queue sees it."""

    run_id: int
    authority_id: int
    site_crawl_id: int
    gss_code: str
    name: str
    deliverable: str
    detail: dict[str, Any]
    fingerprint: str


def verdicts(session: Session, run: Run, gss_code: str | None = None) -> list[Verdict]:
    """The run's stored verdicts (optionally for one council) with their fingerprints."""
    query = (
        select(Assessment, Authority)
        .join(Authority, Authority.id == Assessment.authority_id)
        .where(Assessment.run_id == run.id)
        .order_by(Authority.gss_code, Assessment.deliverable)
    )
    if gss_code:
        query = query.where(Authority.gss_code == gss_code)
    out = []
    for a, auth in session.execute(query).all():
        out.append(
            Verdict(
                run.id,
                auth.id,
                a.site_crawl_id,
                auth.gss_code,
                auth.name,
                a.deliverable,
                a.detail or {},
                fingerprint(session, run.id, a.site_crawl_id, a.detail or {}),
            )
        )
    return out


def latest_reviews(session: Session, run: Run) -> dict[tuple[int, str], Review]:
    """The newest review of each (authority, deliverable) made on this run or an earlier one."""
    rows = session.scalars(select(Review).where(Review.run_id <= run.id).order_by(Review.created_at, Review.id)).all()
    latest: dict[tuple[int, str], Review] = {}
    for r in rows:
        latest[(r.authority_id, r.deliverable)] = r
    return latest


def applies(review: Review | None, verdict: Verdict) -> bool:
    return review is not None and review.fingerprint == verdict.fingerprint


def record_review(
    session: Session,
    verdict: Verdict,
    reviewer: User,
    action: str,
    to_status: str | None,
    reason: str,
    evidence_url: str | None,
) -> Review:
    """Append one review; an override needs a reason and a different status."""
    if action not in ACTIONS:
        raise ValueError(f"unknown review action {action!r}")
    machine = str(verdict.detail.get("status") or "unknown")
    target = machine if action == "confirm" else (to_status or "")
    if target not in STATUSES:
        raise ValueError(f"unknown status {target!r}")
    if action == "override":
        if target == machine:
            raise ValueError("an override must change the status")
        if not reason.strip():
            raise ValueError("an override needs a reason")
    review = Review(
        run_id=verdict.run_id,
        authority_id=verdict.authority_id,
        deliverable=verdict.deliverable,
        action=action,
        from_status=machine,
        to_status=target,
        reason=reason.strip(),
        evidence_url=evidence_url or None,
        fingerprint=verdict.fingerprint,
        reviewer_id=reviewer.id,
    )
    session.add(review)
    session.flush()
    return review


def review_record(review: Review) -> dict[str, Any]:
    """The review as it appears in findings.json (additive field ``review`` of a deliverable)."""
    return {
        "action": review.action,
        "by": review.reviewer.name if review.reviewer else None,
        "at": iso(review.created_at),
        "run_id": review.run_id,
        "from": review.from_status,
        "to": review.to_status,
        "reason": review.reason,
        "evidence_url": review.evidence_url,
    }


def apply_reviews(session: Session, run: Run, doc: dict[str, Any]) -> dict[str, Any]:
    """Put each applicable review into ``doc`` (a findings document of ``run``), in place.

    A reviewed deliverable keeps the machine's status as ``machine_status``, takes the
    reviewed status as ``status`` and gains ``review``; one whose earlier review no longer
    applies (its evidence changed) gains ``review_lapsed``. Returns ``doc``.
    """
    latest = latest_reviews(session, run)
    if not latest:
        return doc
    ids = dict(session.execute(select(Authority.gss_code, Authority.id)).all())
    sites = dict(session.execute(select(SiteCrawl.authority_id, SiteCrawl.id).where(SiteCrawl.run_id == run.id)).all())
    for entry in doc.get("authorities", []):
        authority_id = ids.get(entry["gss_code"])
        site_id = sites.get(authority_id) if authority_id is not None else None
        if authority_id is None or site_id is None:
            continue
        for key, detail in entry.get("deliverables", {}).items():
            review = latest.get((authority_id, key))
            if review is None:
                continue
            fp = fingerprint(session, run.id, site_id, detail)
            if review.fingerprint == fp:
                detail["machine_status"] = detail.get("status")
                detail["status"] = review.to_status
                detail["review"] = review_record(review)
                if review.to_status in ("met", "partial") and review.evidence_url:
                    # the reviewer's evidence is what the reviewed verdict rests on: shown first
                    detail["evidence"] = [
                        {
                            "url": review.evidence_url,
                            "quote": review.reason,
                            "fetched_at": iso(review.created_at),
                            "reviewed": True,
                        },
                        *(detail.get("evidence") or []),
                    ]
            else:
                detail["review_lapsed"] = review_record(review)
    return doc


def agreement(session: Session) -> dict[str, dict[str, Any]]:
    """Measured agreement between machine and reviewers, per deliverable (latest review each)."""
    latest: dict[tuple[int, int, str], Review] = {}
    for r in session.scalars(select(Review).order_by(Review.created_at, Review.id)):
        latest[(r.run_id, r.authority_id, r.deliverable)] = r
    out: dict[str, dict[str, Any]] = {}
    for r in latest.values():
        row = out.setdefault(r.deliverable, {"reviewed": 0, "agreed": 0})
        row["reviewed"] += 1
        row["agreed"] += r.from_status == r.to_status
    for row in out.values():
        row["share"] = row["agreed"] / row["reviewed"] if row["reviewed"] else None
    return dict(sorted(out.items()))

"""Item pipelines: store what the spider fetched and concluded, each item in one transaction.

A snapshot (body, stored once per distinct content, plus its analysis) is written as soon as it
is fetched; a site's result (crawl facts and assessments) is written in one transaction
when the site finishes, which is what makes a site "done" for `audit --resume`.

One council's bad data must never sink a national run: a storage error for one site's page or
result is caught for that site, rolled back, and recorded in its crawl record in plain words
(status "error"); the run goes on. Only a database that cannot record even that fails the run.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import SQLAlchemyError

from analysis.sanitize import clean_text, clean_value

from crawler.engine.items import SiteResultItem, SnapshotItem
from crawler.storage.db import Database
from crawler.storage.models import Assessment, Finding, PageAnalysisRow, Run, SiteCrawl, Snapshot, utcnow
from crawler.storage.models import Authority as AuthorityRow
from crawler.storage.snapshots import store_body

log = logging.getLogger(__name__)
# what a per-site storage failure can raise: the database refusing a value, or a value that
# cannot be serialised to JSON
STORAGE_ERRORS: tuple[type[BaseException], ...] = (SQLAlchemyError, ValueError, TypeError, OverflowError)


def storage_error_text(exc: BaseException) -> str:
    """A plain one-line explanation of why the database refused a value (no SQL, no parameters)."""
    orig = getattr(exc, "orig", None) or exc
    first = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
    return clean_text(f"the database refused this data ({type(orig).__name__}: {first})")[:300]


def parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def write_site_result(session: Any, run_id: int, site_crawl: SiteCrawl, item: SiteResultItem) -> None:
    """Crawl facts and assessments of one site, replacing any earlier partial rows."""
    site_crawl.status = item.status
    site_crawl.error = item.error
    site_crawl.stop_reason = item.stop_reason
    site_crawl.pages_fetched = item.pages_fetched
    site_crawl.documents_fetched = item.documents_fetched
    site_crawl.requests = item.requests
    site_crawl.errors = item.errors
    site_crawl.bytes_received = item.bytes_received
    site_crawl.started_at = parse_iso(item.started_at) or site_crawl.started_at
    site_crawl.finished_at = parse_iso(item.finished_at)
    site_crawl.details = item.details
    write_assessments(session, site_crawl, item.deliverables)


def write_assessments(session: Any, site_crawl: SiteCrawl, deliverables: dict[str, Any]) -> None:
    """The verdicts of one site, replacing any it had. A page's findings stay in its page_analysis
    row and a verdict's evidence in its assessment (docs/architecture.md, "Where findings live")."""
    # finding rows an older version wrote for this site would no longer match its verdicts
    session.execute(delete(Finding).where(Finding.site_crawl_id == site_crawl.id))
    session.execute(delete(Assessment).where(Assessment.site_crawl_id == site_crawl.id))
    for key, verdict in deliverables.items():
        session.add(
            Assessment(
                run_id=site_crawl.run_id,
                authority_id=site_crawl.authority_id,
                site_crawl_id=site_crawl.id,
                deliverable=key,
                status=verdict.get("status", "unknown"),
                score=verdict.get("score"),
                detail=verdict,
            )
        )


class StoragePipeline:
    def __init__(self, db_url: str, run_id: int) -> None:
        self.db = Database(db_url)
        self.run_id = run_id
        self.site_ids: dict[str, int] = {}
        self.started: set[str] = set()
        self.storage_errors: dict[str, list[str]] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> StoragePipeline:
        return cls(crawler.settings.get("CCTV_AUDIT_DB_URL"), crawler.settings.getint("CCTV_AUDIT_RUN_ID"))

    def open_spider(self, spider: Any = None) -> None:
        with self.db.session() as s:
            rows = s.execute(
                select(AuthorityRow.gss_code, SiteCrawl.id)
                .join(SiteCrawl, SiteCrawl.authority_id == AuthorityRow.id)
                .where(SiteCrawl.run_id == self.run_id)
            ).all()
        self.site_ids = {code: sid for code, sid in rows}

    def close_spider(self, spider: Any = None) -> None:
        self.db.dispose()

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if isinstance(item, SnapshotItem):
            self._snapshot(item)
        elif isinstance(item, SiteResultItem):
            self._site_result(item)
        return item

    def _snapshot(self, item: SnapshotItem) -> None:
        try:
            self._store_snapshot(item)
        except STORAGE_ERRORS as exc:
            why = storage_error_text(exc)
            log.warning("%s: snapshot of %s not stored: %s", item.gss_code, item.url, why)
            self.storage_errors.setdefault(item.gss_code, []).append(f"{clean_text(item.url)[:500]}: {why}")

    def _store_snapshot(self, item: SnapshotItem) -> None:
        site_id = self.site_ids[item.gss_code]
        with self.db.session() as s:
            if item.gss_code not in self.started:
                self.started.add(item.gss_code)
                sc = s.get(SiteCrawl, site_id)
                if sc is not None and sc.status == "pending":
                    sc.status = "running"
                    sc.started_at = utcnow()
            body = store_body(s, item.body) if item.body else None
            snap = Snapshot(
                run_id=self.run_id,
                site_crawl_id=site_id,
                url=clean_text(item.url),
                status=item.status,
                content_type=clean_text(item.content_type or "")[:200] or None,
                kind=item.kind,
                fetched_at=parse_iso(item.fetched_at) or utcnow(),
                body_id=body.id if body is not None else None,
                truncated=item.truncated,
                error=clean_text(item.error) if item.error else None,
            )
            s.add(snap)
            s.flush()
            if item.analysis is not None:
                s.add(
                    PageAnalysisRow(
                        run_id=self.run_id, site_crawl_id=site_id, snapshot_id=snap.id, data=clean_value(item.analysis)
                    )
                )

    def _site_result(self, item: SiteResultItem) -> None:
        lost = self.storage_errors.pop(item.gss_code, [])
        if lost:
            item.details = {**(item.details or {}), "storage_errors": lost[:50]}
        try:
            self._store_site_result(item)
        except STORAGE_ERRORS as exc:
            why = storage_error_text(exc)
            log.warning("%s: result not stored: %s", item.gss_code, why)
            self._record_site_failure(item, why, lost)

    def _record_site_failure(self, item: SiteResultItem, why: str, lost: list[str]) -> None:
        """The site's result could not be stored: keep the crawl facts, drop the findings, say why."""
        with self.db.session() as s:
            sc = s.get_one(SiteCrawl, self.site_ids[item.gss_code])
            s.execute(delete(Finding).where(Finding.site_crawl_id == sc.id))
            s.execute(delete(Assessment).where(Assessment.site_crawl_id == sc.id))
            sc.status = "error"
            sc.error = f"this council's result could not be stored, so it has no verdicts in this run: {why}"
            sc.stop_reason = clean_text(item.stop_reason or "")[:40] or None
            sc.pages_fetched = item.pages_fetched
            sc.documents_fetched = item.documents_fetched
            sc.requests = item.requests
            sc.errors = item.errors + 1
            sc.bytes_received = item.bytes_received
            sc.finished_at = parse_iso(item.finished_at)
            sc.details = {"storage_errors": (lost + [why])[:50]}

    def _store_site_result(self, item: SiteResultItem) -> None:
        item.error = clean_text(item.error) if item.error else None
        item.details = clean_value(item.details or {})
        item.deliverables = clean_value(item.deliverables or {})
        with self.db.session() as s:
            sc = s.get_one(SiteCrawl, self.site_ids[item.gss_code])
            write_site_result(s, self.run_id, sc, item)
            run = s.get(Run, self.run_id)
            if run is not None:
                run.heartbeat_at = utcnow()

"""Item pipelines: store what the spider fetched and concluded, each item in one transaction.

A snapshot (body, stored once per distinct content, plus its analysis) is written as soon as it
is fetched; a site's result (crawl facts and assessments) is written in one transaction
when the site finishes, which is what makes a site "done" for `audit --resume`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from crawler.engine.items import SiteResultItem, SnapshotItem
from crawler.storage.db import Database
from crawler.storage.models import Assessment, Finding, PageAnalysisRow, Run, SiteCrawl, Snapshot, utcnow
from crawler.storage.models import Authority as AuthorityRow
from crawler.storage.snapshots import store_body


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
                url=item.url,
                status=item.status,
                content_type=(item.content_type or "")[:200] or None,
                kind=item.kind,
                fetched_at=parse_iso(item.fetched_at) or utcnow(),
                body_id=body.id if body is not None else None,
                truncated=item.truncated,
                error=item.error,
            )
            s.add(snap)
            s.flush()
            if item.analysis is not None:
                s.add(PageAnalysisRow(run_id=self.run_id, site_crawl_id=site_id, snapshot_id=snap.id, data=item.analysis))

    def _site_result(self, item: SiteResultItem) -> None:
        with self.db.session() as s:
            sc = s.get_one(SiteCrawl, self.site_ids[item.gss_code])
            write_site_result(s, self.run_id, sc, item)
            run = s.get(Run, self.run_id)
            if run is not None:
                run.heartbeat_at = utcnow()

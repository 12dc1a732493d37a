"""Findings and assessments recomputed from stored snapshots (`cctv-audit reanalyse`).

When a detector improves, an old crawl can be re-judged without fetching anything: the stored
bodies are analysed again and each site's page analyses and assessments replaced in one transaction.
"""

from __future__ import annotations

from datetime import timezone

from sqlalchemy import delete, select

from analysis.assess import assess
from analysis.context import AuthorityContext
from analysis.page import analyse
from analysis.text import extract
from crawler.engine.pipelines import write_assessments
from crawler.storage import Database
from crawler.storage.models import Assessment, Authority, PageAnalysisRow, SiteCrawl, Snapshot
from crawler.storage.runs import get_run
from crawler.storage.snapshots import load_body


def reanalyse_run(db: Database, run_id: int | None) -> tuple[int, int, int]:
    """Re-judge every finished site of a run; returns (run id, sites, snapshots)."""
    with db.session() as s:
        run = get_run(s, run_id, finished_only=run_id is None)
        rid = run.id
        site_ids = list(
            s.scalars(
                select(SiteCrawl.id)
                .where(SiteCrawl.run_id == rid, SiteCrawl.status.not_in(("pending", "running")))
                .order_by(SiteCrawl.id)
            )
        )
    n_snapshots = 0
    for site_id in site_ids:
        with db.session() as s:
            sc = s.get_one(SiteCrawl, site_id)
            auth = s.get_one(Authority, sc.authority_id)
            ctx = AuthorityContext(
                name=auth.name, website=sc.website, police_force=auth.police_force, nation=auth.nation
            )
            s.execute(delete(PageAnalysisRow).where(PageAnalysisRow.site_crawl_id == site_id))
            analyses = []
            for snap in s.scalars(select(Snapshot).where(Snapshot.site_crawl_id == site_id).order_by(Snapshot.id)):
                body = load_body(snap.body)
                page = analyse(extract(body, snap.url, snap.content_type), ctx)
                fetched = snap.fetched_at if snap.fetched_at.tzinfo else snap.fetched_at.replace(tzinfo=timezone.utc)
                page.fetched_at = fetched.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
                analyses.append(page)
                s.add(PageAnalysisRow(run_id=rid, site_crawl_id=site_id, snapshot_id=snap.id, data=page.to_dict()))
                n_snapshots += 1
            s.flush()
            # the search effort is a record of the crawl, not of the detectors: it is kept
            efforts = {
                a.deliverable: (a.detail or {}).get("search_effort")
                for a in s.scalars(select(Assessment).where(Assessment.site_crawl_id == site_id))
            }
            write_assessments(s, sc, assess(analyses, sc.status, {k: v for k, v in efforts.items() if v}))
    return rid, len(site_ids), n_snapshots

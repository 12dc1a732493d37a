"""Storage on SQLite and PostgreSQL: migrations from empty, round-trips, history, shared bodies."""

from __future__ import annotations

import pytest
from sqlalchemy import func, inspect, select

from crawler.errors import DatabaseError, UserError
from crawler.runner.export import build_document
from crawler.engine.items import SiteResultItem
from crawler.engine.pipelines import write_site_result
from crawler.register import load_register
from crawler.storage import open_database
from crawler.storage.models import Assessment, Finding, PageAnalysisRow, Run, SiteCrawl, Snapshot, SnapshotBody
from crawler.storage.runs import create_run, finish_run, finished_runs_before, get_run
from crawler.storage.snapshots import load_body, store_body

TABLES = {"authority", "run", "site_crawl", "snapshot", "snapshot_body", "page_analysis", "finding", "assessment"}


def _two_las():
    las = load_register()
    return [a for a in las if a.gss_code in ("E06000001", "W06000015")]


def test_migration_from_empty_database(db_url: str) -> None:
    db = open_database(db_url)
    assert TABLES <= set(inspect(db.engine).get_table_names())
    assert db.current_revision() == "0003"
    db.upgrade()  # idempotent
    assert db.current_revision() == "0003"


def _store_page(s, run_id: int, site: SiteCrawl, url: str, body: bytes) -> Snapshot:
    b = store_body(s, body)
    snap = Snapshot(
        run_id=run_id, site_crawl_id=site.id, url=url, status=200, content_type="text/html", kind="html", body_id=b.id
    )
    s.add(snap)
    s.flush()
    analysis = {
        "findings": [
            {"type": "cctv_info", "deliverable": "5.1", "quote": "The council operates 153 CCTV cameras", "data": {}}
        ]
    }
    s.add(PageAnalysisRow(run_id=run_id, site_crawl_id=site.id, snapshot_id=snap.id, data=analysis))
    return snap


def _result(gss: str, status: str) -> SiteResultItem:
    return SiteResultItem(
        gss_code=gss,
        status="ok",
        error=None,
        stop_reason="settled",
        pages_fetched=3,
        documents_fetched=1,
        requests=5,
        errors=0,
        bytes_received=1000,
        started_at="2026-11-28T09:00:00Z",
        finished_at="2026-11-28T09:01:00Z",
        deliverables={
            "5.1": {
                "status": status,
                "score": 0.5,
                "pages": ["https://x/cctv"],
                "criteria": {"purpose": True},
                "evidence": [{"url": "https://x/cctv", "quote": "q", "fetched_at": "2026-11-28T09:00:30Z"}],
            }
        },
    )


def test_two_runs_keep_history_and_share_bodies(db_url: str) -> None:
    db = open_database(db_url)
    las = _two_las()
    body = b"<html><body><h1>CCTV</h1><p>The council operates 153 CCTV cameras</p></body></html>"
    run_ids = []
    for status in ("partial", "met"):
        with db.session() as s:
            run = create_run(s, las, label=f"run {status}", settings={"max_pages_per_site": 10}, register="shipped")
            sites = list(s.scalars(select(SiteCrawl).where(SiteCrawl.run_id == run.id).order_by(SiteCrawl.id)))
            for site in sites:
                _store_page(s, run.id, site, site.website + "cctv", body)
            s.flush()
            for site, la in zip(sites, las):
                write_site_result(s, run.id, site, _result(la.gss_code, status))
            finish_run(s, run)
            run_ids.append(run.id)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Run)) == 2
        # the same body fetched four times across two runs is stored once
        assert s.scalar(select(func.count()).select_from(SnapshotBody)) == 1
        assert s.scalar(select(func.count()).select_from(Snapshot)) == 4
        stored = s.scalars(select(SnapshotBody)).one()
        assert load_body(stored) == body
        assert len(stored.data) < len(body) or len(body) < 200
        # a page's findings live in its analysis row; the retired finding table is not written
        assert s.scalar(select(func.count()).select_from(Finding)) == 0
        assert all(row.data["findings"] for row in s.scalars(select(PageAnalysisRow)))
        latest = get_run(s, None)
        assert latest.id == run_ids[1]
        assert [r.id for r in finished_runs_before(s, latest)] == [run_ids[0]]
        first = s.get(Run, run_ids[0])
        assert first.state == "finished" and first.settings == {"max_pages_per_site": 10}
        assert first.code_version and first.finished_at is not None
        old = build_document(s, first)
        new = build_document(s, latest)
    # the older run is not overwritten by the newer one
    assert {a["deliverables"]["5.1"]["status"] for a in old["authorities"]} == {"partial"}
    assert {a["deliverables"]["5.1"]["status"] for a in new["authorities"]} == {"met"}
    assert [a["gss_code"] for a in new["authorities"]] == ["E06000001", "W06000015"]
    assert new["authorities"][0]["deliverables"]["5.2"]["status"] == "unknown"
    assert new["authorities"][0]["crawl"]["pages_fetched"] == 3


def test_assessment_round_trip_keeps_json_detail(db_url: str) -> None:
    db = open_database(db_url)
    las = _two_las()[:1]
    with db.session() as s:
        run = create_run(s, las, label=None, settings={}, register=None)
        site = s.scalars(select(SiteCrawl).where(SiteCrawl.run_id == run.id)).one()
        detail = {
            "status": "partial",
            "spoc": {"name": None, "role": "CCTV Manager", "email": "cctv@hartlepool.gov.uk", "phone": None},
            "evidence": [
                {
                    "url": "https://www.hartlepool.gov.uk/cctv",
                    "quote": "Contact the CCTV Manager – cctv@hartlepool.gov.uk",
                    "fetched_at": "2026-11-28T09:00:00Z",
                }
            ],
        }
        s.add(
            Assessment(
                run_id=run.id,
                authority_id=site.authority_id,
                site_crawl_id=site.id,
                deliverable="5.3",
                status="partial",
                detail=detail,
            )
        )
    with db.session() as s:
        got = s.scalars(select(Assessment)).one()
        assert got.detail == detail
        assert got.detail["evidence"][0]["quote"].startswith("Contact the CCTV Manager –")


def test_unknown_run_is_a_user_error(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    with db.session() as s, pytest.raises(UserError, match="no run with id 42"):
        get_run(s, 42)
    with db.session() as s, pytest.raises(UserError, match="no finished run"):
        get_run(s, None)


def test_unreachable_database_is_one_line() -> None:
    with pytest.raises(DatabaseError) as err:
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert "cannot connect to database" in str(err.value)
    assert "\n" not in str(err.value)
    with pytest.raises(DatabaseError, match="not a database URL"):
        open_database("this is not a url")
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database("sqlite:////no/such/folder/x.sqlite")

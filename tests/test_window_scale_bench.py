"""The cost-curve benchmark's own parts (benchmarks.scale, .scaledweb, .history), fast ones only.

The benchmark itself crawls thousands of sites; these tests check that what it measures is
what it says: a scaled register the simulated web and the audit both accept, with no host
shared between copies; a history whose copies the report reads as finished runs; a timeline
that tells a steady finish rate from everything finishing at the end; a deadline that holds.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from benchmarks.scale import TimedOut, run_bounded, timeline
from benchmarks.scaledweb import scaled_host, write_scaled_register
from crawler.register import load_register
from fixtures.simweb.params import registered_domain


def test_scaled_host_gives_each_copy_its_own_domain() -> None:
    assert scaled_host("www.hartlepool.gov.uk", 0) == "www.hartlepool.gov.uk"
    assert scaled_host("www.hartlepool.gov.uk", 2) == "www.hartlepool-s2.gov.uk"
    assert registered_domain(scaled_host("www.hartlepool.gov.uk", 2)) == "hartlepool-s2.gov.uk"
    assert scaled_host("www.cheshireeast.gov.uk", 1) != scaled_host("www.cheshireeast.gov.uk", 2)
    assert scaled_host("www.example.org", 3) == "www.example-s3.org"


def test_scaled_register_is_k_registers_with_distinct_sites(tmp_path: Path) -> None:
    from fixtures.simweb.model import build_web

    base = load_register(write_scaled_register(tmp_path / "one.csv", 1))
    three = load_register(write_scaled_register(tmp_path / "three.csv", 3))  # the audit's validation
    assert len(three) == 3 * len(base) == 3 * 339
    assert len({a.gss_code for a in three}) == len(three)
    assert all(a.website.startswith("http://") for a in three)
    web = build_web(register_path=tmp_path / "three.csv")
    assert len(web.sites) == 3 * 336, "councils sharing a site share it in every copy, and only there"
    domains = {registered_domain(h) for h in web.sites}
    assert len(domains) == len(web.sites), "no democracy.<domain> host is claimed by two copies"
    first = [a for a in three if not a.gss_code.endswith(("-s1", "-s2"))]
    assert [(a.gss_code, a.website) for a in first] == [(a.gss_code, a.website) for a in base], (
        "copy 0 is the register itself"
    )


def test_timeline_tells_a_steady_rate_from_a_late_rush() -> None:
    t0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
    steady = timeline(t0, [t0 + timedelta(seconds=5 + 10 * i) for i in range(10)], wall=100)
    rush = timeline(t0, [t0 + timedelta(seconds=90 + i) for i in range(10)], wall=100)
    assert steady["first_finished_s"] == 5 and steady["longest_quiet_s"] == 10
    assert steady["share_done_at_half"] == 0.5
    assert rush["first_finished_s"] == 90 and rush["share_done_at_half"] == 0.0


def test_commands_are_bounded_in_time() -> None:
    with pytest.raises(TimedOut):
        run_bounded([sys.executable, "-c", "import time; time.sleep(30)"], timeout=1.0)
    wall, peak, cpu = run_bounded(
        [sys.executable, "-c", "x = bytearray(60 * 2**20); import time; time.sleep(1)"], timeout=30
    )
    assert 0.9 < wall < 30 and peak > 60 * 2**20 and cpu >= 0


def test_history_copies_are_finished_runs_the_report_reads(tmp_path: Path) -> None:
    from benchmarks.history import clone_run
    from crawler.runner.export import build_document
    from crawler.engine.items import SiteResultItem, SnapshotItem
    from crawler.engine.pipelines import StoragePipeline
    from crawler.register import Authority
    from crawler.storage import open_database
    from crawler.storage.runs import create_run, finish_run, finished_runs_before, get_run

    url = f"sqlite:///{tmp_path / 'h.sqlite'}"
    db = open_database(url)
    las = [
        Authority("E99000001", "One Council", "http://one.example/", "England"),
        Authority("E99000002", "Two Council", "http://two.example/", "England"),
    ]
    with db.session() as s:
        run_id = create_run(s, las, "measured", {}, None).id
    pipe = StoragePipeline(url, run_id)
    pipe.open_spider()
    analysis = {"findings": [{"type": "cctv_info", "deliverable": "5.1", "quote": "We run 20 cameras.", "data": {}}]}
    for a in las:
        pipe.process_item(
            SnapshotItem(
                gss_code=a.gss_code,
                url=a.website + "cctv",
                status=200,
                content_type="text/html",
                kind="html",
                fetched_at="2026-01-01T00:00:00Z",
                body=b"<p>cameras</p>",
                analysis=analysis,
            )
        )
        pipe.process_item(
            SiteResultItem(
                gss_code=a.gss_code,
                status="ok",
                error=None,
                stop_reason="exhausted",
                pages_fetched=1,
                documents_fetched=0,
                requests=2,
                errors=0,
                bytes_received=14,
                started_at="2026-01-01T00:00:00Z",
                finished_at="2026-01-01T00:00:05Z",
                deliverables={"5.1": {"status": "partial", "score": 0.1}},
                details={},
            )
        )
    pipe.close_spider()
    with db.session() as s:
        finish_run(s, get_run(s, run_id, finished_only=False))
    copies = [clone_run(db, run_id, timedelta(days=7 * k), label=f"copy {k}") for k in (1, 2)]
    with db.session() as s:
        latest = get_run(s, copies[-1])
        history = finished_runs_before(s, latest)
        assert [r.id for r in history] == [run_id, copies[0]]
        first, last = build_document(s, history[0]), build_document(s, latest)
    assert [a["deliverables"] for a in first["authorities"]] == [a["deliverables"] for a in last["authorities"]]
    assert last["run"]["finished_at"] > first["run"]["finished_at"], "a copy is a later run"
    assert [a["crawl"]["pages_fetched"] for a in last["authorities"]] == [1, 1]
    assert all(a["deliverables"]["5.1"]["status"] == "partial" for a in last["authorities"])
    db.dispose()

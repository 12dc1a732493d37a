"""Reports from per-run summaries are the reports from every run's full document, byte for byte.

A small history is built on SQLite and PostgreSQL: runs finished before any summary existed,
a refresh (what writing commands do), a review of an old run added afterwards (its summary goes
stale), a run finished without a refresh, an interrupted run. At each step the whole report is
written twice — the old way (every earlier run's document, crawler.runner.export) and the new
way (summaries, the previous document, the evidence ledger) — and every file compared.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crawler.engine.items import SiteResultItem
from crawler.engine.pipelines import write_site_result
from crawler.register import load_register
from crawler.runner import history as runner_history
from crawler.runner.export import build_document, iter_documents, load_run_documents
from crawler.runner.history import load_report_inputs, refresh
from crawler.storage import open_database
from crawler.storage.models import EvidenceLedger, Run, RunSummary, SiteCrawl, User
from crawler.storage.reviews import record_review, verdicts
from crawler.storage.runs import create_run, finish_run, get_run
from reports import build
from reports.history import history_rows, summarise, summarise_parts, trend_docs
from reports.trend import group_trend, history_table

CODES = ("E06000001", "E06000005", "E06000006", "E06000010", "E06000015", "W06000015")
STATUSES = ("met", "partial", "not_met")


class _FixedClock(datetime):
    @classmethod
    def now(cls, tz=None):  # the build stamps pages with the time: the same for both builds
        return datetime(2026, 12, 1, 12, 0, 0, tzinfo=tz or timezone.utc)


def _result(gss: str, run_no: int, index: int) -> SiteResultItem:
    """A site's outcome in run ``run_no``: statuses and evidence that move from run to run."""
    if (run_no + index) % 5 == 0:
        return SiteResultItem(
            gss, "unreachable", "connection refused", "error", 0, 0, 3, 3, 0, None, "2026-11-0%dT10:00:00Z" % run_no
        )
    site = f"https://la{index}.example.test"
    stable = {
        "url": f"{site}/cctv",
        "quote": "Our cameras cover the town centre",
        "fetched_at": f"2026-11-0{run_no}T09:0{index}:00Z",
    }
    moving = {"url": f"{site}/cctv-policy-{run_no % 2}", "quote": "We review our cameras every year"}  # no fetched_at
    delivs = {
        "5.1": {"status": STATUSES[(run_no + index) % 3], "evidence": [stable, moving] if index % 2 else [stable]},
        "5.3": {"status": STATUSES[(run_no * index) % 3], "evidence": [stable]},
        "5.5": {"status": "not_met", "evidence": []},
    }
    details = {"broken_evidence": [{"url": f"{site}/old-cctv", "status": 404}]} if run_no == 3 and index == 1 else {}
    return SiteResultItem(
        gss,
        "ok",
        None,
        "settled",
        4,
        1,
        6,
        0,
        5000,
        f"2026-11-0{run_no}T09:00:00Z",
        f"2026-11-0{run_no}T09:30:00Z",
        delivs,
        details,
    )


def _run(db, las, run_no: int, state: str = "finished") -> int:
    with db.session() as s:
        run = create_run(s, las, label=f"week {run_no}", settings={}, register="shipped")
        sites = list(s.scalars(select(SiteCrawl).where(SiteCrawl.run_id == run.id).order_by(SiteCrawl.id)))
        for index, (site, la) in enumerate(zip(sites, las)):
            write_site_result(s, run.id, site, _result(la.gss_code, run_no, index))
        finish_run(s, run, state)
        return run.id


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _same_report(db, tmp: Path, name: str, run_id: int | None = None, finished_only: bool = True) -> dict[str, bytes]:
    old_doc, old_history = load_run_documents(db, run_id, finished_only=finished_only)
    new_doc, past = load_report_inputs(db, run_id, finished_only=finished_only)
    assert new_doc == old_doc
    # the trend's data itself, fields the pages do not print included
    assert history_rows(past, new_doc) == history_table([*old_history, old_doc])
    for dim in ("region", "police_force"):
        assert group_trend(trend_docs(past, new_doc), dim) == group_trend([*old_history, old_doc], dim)
    old = _files(build.write_report(old_doc, tmp / f"{name}-old", history=old_history).parent)
    new = _files(build.write_report(new_doc, tmp / f"{name}-new", history=past).parent)
    assert sorted(new) == sorted(old)
    differ = [f for f in old if old[f] != new[f]]
    assert differ == [], f"{name}: files differ: {differ[:5]}"
    return new


def test_summaries_give_the_same_report_as_full_documents(db_url: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(build, "datetime", _FixedClock)
    db = open_database(db_url)
    las = [a for a in load_register() if a.gss_code in CODES]
    first, second = _run(db, las, 1), _run(db, las, 2)

    # runs finished before summaries existed: computed in memory, nothing stored by a read
    site = _same_report(db, tmp_path, "pre")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(RunSummary)) == 0
    assert b"week 1" in site["trend.html"] and b"week 2" in site["trend.html"]

    assert refresh(db) == 2  # what a writing command does
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(RunSummary).where(RunSummary.in_ledger)) == 2
        assert s.scalar(select(func.count()).select_from(EvidenceLedger)) > 0
    assert refresh(db) == 0  # nothing new: idempotent
    _same_report(db, tmp_path, "stored")

    third = _run(db, las, 3)
    refresh(db)
    _same_report(db, tmp_path, "three")

    # a review of an old run, added later, changes that run's figures and evidence
    with db.session() as s:
        user = User(name="rev", role="reviewer", password_hash="x")
        s.add(user)
        s.flush()
        verdict = next(v for v in verdicts(s, s.get_one(Run, first)) if v.deliverable == "5.1")
        record_review(s, verdict, user, "override", "met", "the policy page was missed", "https://la0.example.test/p")
    _same_report(db, tmp_path, "stale")  # stale summary and ledger: computed in memory
    assert refresh(db) == 3  # the review can apply to every run from the first on
    _same_report(db, tmp_path, "rebuilt")

    fourth = _run(db, las, 4)  # finished, not yet summarised
    _same_report(db, tmp_path, "unsummarised")
    interrupted = _run(db, las, 5, state="interrupted")
    refresh(db)
    _same_report(db, tmp_path, "interrupted", interrupted, finished_only=False)
    _same_report(db, tmp_path, "older", second)  # the ledger holds later runs: folded in memory
    site = _same_report(db, tmp_path, "latest")
    with db.session() as s:
        assert get_run(s, None).id == fourth
    assert b"week 3" in site["trend.html"]
    assert third


def test_a_report_reads_two_documents_however_many_runs(db_url: str, monkeypatch) -> None:
    db = open_database(db_url)
    las = [a for a in load_register() if a.gss_code in CODES]
    for run_no in range(1, 6):
        _run(db, las, run_no)
    refresh(db)
    built: list[int] = []
    real = runner_history.build_document

    def counting(session, run, reviews=True):
        built.append(run.id)
        return real(session, run, reviews)

    monkeypatch.setattr(runner_history, "build_document", counting)
    doc, past = load_report_inputs(db, None)
    assert len(built) == 2  # the latest run and the previous one
    assert [r["run"]["label"] for r in past.runs] == ["week 1", "week 2", "week 3", "week 4"]
    assert past.previous is not None and past.previous["run"]["label"] == "week 4"
    assert past.ledger_has_current and past.ledger


@pytest.mark.parametrize("runs", [1, 2])
def test_a_short_history_needs_no_summary(sqlite_url: str, tmp_path: Path, monkeypatch, runs: int) -> None:
    monkeypatch.setattr(build, "datetime", _FixedClock)
    db = open_database(sqlite_url)
    las = [a for a in load_register() if a.gss_code in CODES]
    for run_no in range(1, runs + 1):
        _run(db, las, run_no)
    refresh(db)
    _same_report(db, tmp_path, f"short{runs}")


def test_a_summary_is_built_part_by_part(db_url: str, monkeypatch) -> None:
    """Writing a run's summary holds one slice of its authorities at a time, and gives the same summary.

    The whole document of a 3,390-site run cost 300 MB at the end of an audit (issue 15); the
    parts must add up to exactly the whole, reviews included, whatever the slice size.
    """
    db = open_database(db_url)
    las = [a for a in load_register() if a.gss_code in CODES]
    first = _run(db, las, 1)
    with db.session() as s:
        user = User(name="rev", role="reviewer", password_hash="x")
        s.add(user)
        s.flush()
        verdict = next(
            v for v in verdicts(s, s.get_one(Run, first)) if v.deliverable == "5.3" and v.detail["status"] != "met"
        )
        record_review(s, verdict, user, "override", "met", "named in the code", "https://la1.example.test/code")
    _run(db, las, 2)
    with db.session() as s:
        for run in s.scalars(select(Run).order_by(Run.id)):
            whole = build_document(s, run)
            if run.id == first:
                assert any("review" in d for a in whole["authorities"] for d in a["deliverables"].values())
            for size in (1, 4, 100):
                parts = list(iter_documents(s, run, chunk=size))
                assert len(parts) == -(-len(las) // size)
                assert max(len(p["authorities"]) for p in parts) <= size
                assert [a for p in parts for a in p["authorities"]] == whole["authorities"]
                assert all(p["run"] == whole["run"] for p in parts)
                assert summarise_parts(iter_documents(s, run, chunk=size)) == summarise(whole)

    sizes: list[int] = []
    real = runner_history.iter_documents

    def recording(session, run, reviews=True, chunk=200):
        for part in real(session, run, reviews, chunk=2):
            sizes.append(len(part["authorities"]))
            yield part

    def whole_document(session, run, reviews=True):
        raise AssertionError("refresh built a whole run's document")

    monkeypatch.setattr(runner_history, "iter_documents", recording)
    monkeypatch.setattr(runner_history, "build_document", whole_document)
    assert refresh(db) == 2
    assert sizes and max(sizes) == 2 and sum(sizes) == 2 * len(las)

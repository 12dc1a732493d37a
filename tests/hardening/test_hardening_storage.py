"""Issue 14, item 1: one council's control characters never reach the database, and a storage
error for one site is that site's recorded error, never a failed run (SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

import hostile
from minisite import RecordingSite
from support import run_cli

from analysis.text import extract
from crawler.engine.items import SiteResultItem, SnapshotItem
from crawler.engine.pipelines import StoragePipeline
from crawler.register import Authority as Entry
from crawler.storage import open_database
from crawler.storage.models import Authority as AuthorityRow, PageAnalysisRow, Run, SiteCrawl, Snapshot
from crawler.storage.runs import create_run

CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
FORMATS = {
    "html": ("/cctv.html", "text/html; charset=utf-8", hostile.html_page),
    "text": ("/cctv.txt", "text/plain; charset=utf-8", hostile.text_page),
    "pdf": ("/cctv-code.pdf", "application/pdf", hostile.pdf_document),
    "docx": (
        "/cctv-policy.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        hostile.docx_document,
    ),
}


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _strings(k) + _strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    if hasattr(value, "__dataclass_fields__"):
        return [s for f in value.__dataclass_fields__ for s in _strings(getattr(value, f))]
    return []


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_comes_out_of_extraction_without_controls(fmt: str) -> None:
    path, ctype, make = FORMATS[fmt]
    doc = extract(make(), "https://www.anytown.gov.uk" + path, ctype)
    assert doc.error is None and doc.kind == fmt
    assert "CCTV" in doc.title and "31 days" in doc.text
    dirty = [s for s in _strings(doc) if CONTROLS.search(s)]
    assert not dirty, dirty[:3]


def _site(base: str = "") -> dict[str, tuple[str, bytes]]:
    links = "".join(f'<li><a href="{p}">CCTV {fmt} document</a></li>' for fmt, (p, _c, _m) in sorted(FORMATS.items()))
    links += '<li><a href="/cctv-deep.html">CCTV deep page</a></li>'
    home = (
        f"<!doctype html><html><body><main><h1>Anytown</h1><p>{hostile.CCTV_WORDS}</p>"
        f"<ul>{links}</ul></main></body></html>"
    ).encode()
    pages = {
        "/robots.txt": ("text/plain", b"User-agent: *\nAllow: /\n"),
        "/": ("text/html", home),
        "/search?q=CCTV": ("text/html", home),
    }
    for _fmt, (p, c, make) in FORMATS.items():
        pages[p] = (c, make())
    pages["/cctv-deep.html"] = ("text/html", hostile.deep_page(3000))
    return pages


def test_an_audit_of_nul_laden_pages_in_every_format_finishes(db_url: str, tmp_path: Path) -> None:
    with RecordingSite(_site()) as site:
        register = tmp_path / "register.csv"
        register.write_text(f"gss_code,name,website\nE99000001,Anytown Council,{site.url}\n")
        proc = run_cli(
            "audit",
            "--register",
            str(register),
            "--db",
            db_url,
            "--quiet",
            "--user-agent-contact",
            "mailto:test@example.org",
            cwd=tmp_path,
            timeout=120,
        )
        requested = set(site.paths())
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "internal error" not in proc.stderr and "INSERT" not in proc.stderr
    db = open_database(db_url, migrate=False)
    try:
        with db.session() as s:
            assert s.scalar(select(Run.state)) == "finished"
            assert s.scalar(select(SiteCrawl.status)) not in ("error", "pending", "running")
            notes = s.scalar(select(SiteCrawl.details))["notes"]
            urls = {u.rsplit("/", 1)[-1]: k for u, k in s.execute(select(Snapshot.url, Snapshot.kind))}
            analyses = [d for (d,) in s.execute(select(PageAnalysisRow.data))]
    finally:
        db.dispose()
    for fmt, (path, _c, _m) in FORMATS.items():
        if path in requested:
            assert urls.get(path.lstrip("/")) == fmt, (fmt, urls)
    assert {p for p, _c, _m in FORMATS.values()} <= requested
    assert not [s for a in analyses for s in _strings(a) if CONTROLS.search(s)]
    # the deep page was read whole after flattening, and the crawl record says so
    assert "/cctv-deep.html" in requested and any("cctv-deep.html: page nested too deeply" in n for n in notes), notes


def test_a_storage_error_for_one_site_is_recorded_for_that_site(db_url: str) -> None:
    """The pipeline itself: an unstorable result (a value no JSON column takes) fails its own
    site, in plain words; the next site is stored normally."""
    entries = [
        Entry("E99000001", "Bad Council", "http://127.0.0.1:9/"),
        Entry("E99000002", "Good Council", "http://127.0.0.2:9/"),
    ]
    db = open_database(db_url)
    with db.session() as s:
        run_id = create_run(s, entries, "t", {}, None).id
    db.dispose()
    pipe = StoragePipeline(db_url, run_id)
    pipe.open_spider()

    def result(code: str, deliverables: dict) -> SiteResultItem:
        return SiteResultItem(
            gss_code=code,
            status="done",
            error=None,
            stop_reason="settled",
            pages_fetched=1,
            documents_fetched=0,
            requests=1,
            errors=0,
            bytes_received=10,
            started_at=None,
            finished_at="2026-01-01T00:00:00+00:00",
            deliverables=deliverables,
        )

    pipe.process_item(
        SnapshotItem(
            gss_code="E99000001",
            url="http://127.0.0.1:9/\x00x",
            status=200,
            content_type="text/plain\x00",
            kind="text",
            fetched_at="2026-01-01T00:00:00+00:00",
            body=b"a\x00b",
            analysis={"findings": [{"type": "x", "quote": "q\x00\x85"}], "unstorable": {object()}},
        )
    )
    pipe.process_item(result("E99000001", {"5.1": {"status": "met", "oops": object()}}))
    pipe.process_item(result("E99000002", {"5.1": {"status": "met", "quote": "ok\x00\x9b"}}))
    pipe.close_spider()
    db = open_database(db_url, migrate=False)
    try:
        with db.session() as s:
            rows = {
                code: sc
                for code, sc in s.execute(
                    select(AuthorityRow.gss_code, SiteCrawl).join(
                        AuthorityRow, SiteCrawl.authority_id == AuthorityRow.id
                    )
                )
            }
            bad, good = rows["E99000001"], rows["E99000002"]
            assert bad.status == "error"
            assert bad.error.startswith("this council's result could not be stored") and "TypeError" in bad.error
            assert "\n" not in bad.error and "INSERT" not in bad.error
            assert any("127.0.0.1:9/x" in e for e in bad.details["storage_errors"])  # the lost snapshot, named
            assert good.status == "done" and good.error is None
    finally:
        db.dispose()

"""Issue 14, items 3 and 4: work per page is linear and capped, off the reactor thread; deep
nesting is read (huge_tree, then flattening) and never dropped silently."""

from __future__ import annotations

import threading
import time

import pytest

import hostile
from analysis import budget, htmlpage, htmlpage_links
from analysis.context import AuthorityContext
from analysis.text import extract
from crawler.engine.offload import AnalysisPool, analyse_body

URL = "https://www.anytown.gov.uk/"
CTX = AuthorityContext(name="Anytown Council", website=URL, police_force=None)


@pytest.mark.parametrize("block", ["nav", "p"])
def test_link_context_reads_each_block_once(block: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = htmlpage_links._words
    monkeypatch.setattr(htmlpage_links, "_words", lambda el: calls.append(el) or real(el))
    doc = extract(hostile.link_flood_page(3000, block), URL, "text/html")
    assert len(doc.links) == 3000
    assert len(calls) <= 3, len(calls)  # was once per link: 3,000 re-reads of the same block
    if block == "p":  # the words around each link are still its own, found in order
        assert "Page number 2999" in doc.links[-1].context and "Page number 10 " in doc.links[10].context


def test_a_60000_link_homepage_is_read_in_seconds_not_minutes() -> None:
    body = hostile.link_flood_page(60_000, "nav")
    start = time.thread_time()
    doc = extract(body, URL, "text/html")
    assert time.thread_time() - start < 8.0  # 176 s before; ~1 s on an idle core
    assert len(doc.links) == htmlpage.MAX_LINKS and "31 days" in doc.text


def test_the_per_page_cpu_cap_cuts_the_page_short_with_a_warning() -> None:
    out = analyse_body(hostile.link_flood_page(20_000, "nav"), URL, "text/html", CTX, cpu_seconds=0.0)
    assert out.capped
    assert any(w.startswith(budget.CAP_WARNING) for w in out.doc.warnings)
    assert len(out.doc.links) < htmlpage.MAX_LINKS


def test_analysis_runs_in_the_pool_not_the_calling_thread() -> None:
    """The spider awaits AnalysisPool.run from the reactor; the work happens in a pool thread."""
    from twisted.internet import defer, reactor

    seen: dict[str, object] = {}
    pool = AnalysisPool(1)

    def record(*args):
        seen["thread"] = threading.current_thread().name
        return analyse_body(*args)

    import crawler.engine.offload as offload

    original = offload.analyse_body
    offload.analyse_body = record
    try:
        d = defer.ensureDeferred(pool.run(hostile.html_page(), URL, "text/html", CTX, 5.0))
        d.addBoth(lambda r: seen.setdefault("result", r))
        deadline = time.monotonic() + 20
        while "result" not in seen and time.monotonic() < deadline:
            reactor.iterate(0.05)
    finally:
        offload.analyse_body = original
        pool.stop()
    assert "cctv-audit-analysis" in str(seen.get("thread")), seen
    assert "31 days" in seen["result"].doc.text


@pytest.mark.parametrize("depth", [300, 1500, 6000])
def test_deep_nesting_keeps_the_rest_of_the_page(depth: int) -> None:
    doc = extract(hostile.deep_page(depth), URL, "text/html")
    assert "31 days" in doc.text and "shallow words" in doc.text
    if depth > 2000:  # past even huge_tree: flattened, and said so
        assert any("nested too deeply" in w for w in doc.warnings)
    else:
        assert not doc.warnings


def test_nesting_that_cannot_be_flattened_is_a_warning_not_silence() -> None:
    body = (
        b"<html><body><main>"
        + b"<ul><li>" * 3000
        + b"x"
        + b"</li></ul>" * 3000
        + b"<p>"
        + hostile.CCTV_WORDS.encode()
        + b"</p></main></body></html>"
    )
    doc = extract(body, URL, "text/html")
    assert any("content past the nesting limit was lost" in w for w in doc.warnings)

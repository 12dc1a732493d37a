"""Page analysis off the reactor thread, within a per-page CPU budget.

Reading a page (parsing, link scoring, the detectors) is CPU work; done in the Twisted reactor's
thread, one hostile page (a 2.9 MB homepage with 60,000 links) stalled every other council's
downloads for minutes. Pages are analysed in a small dedicated thread pool instead (not the
reactor's shared pool, which name resolution needs), each under `analysis.budget.page_budget`,
so the reactor keeps serving the other sites and a page that reaches the cap is cut short with
a note, never a stall.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from analysis import budget
from analysis.page import PageAnalysis, analyse
from analysis.text import Document, extract

__all__ = ["Analysed", "analyse_body", "failed_analysis", "AnalysisPool"]


@dataclass
class Analysed:
    doc: Document
    page: PageAnalysis
    cpu_seconds: float
    capped: bool


def analyse_body(
    body: bytes, url: str, content_type: str | None, ctx: Any, cpu_seconds: float = budget.PAGE_CPU_SECONDS
) -> Analysed:
    """Extract and analyse one response (thread-safe: no shared state is touched)."""
    start = time.thread_time()
    with budget.page_budget(cpu_seconds):
        doc = extract(body, url, content_type)
        page = analyse(doc, ctx)
        capped = budget.exhausted() or any(w.startswith(budget.CAP_WARNING) for w in doc.warnings)
    return Analysed(doc, page, time.thread_time() - start, capped)


def failed_analysis(url: str, exc: BaseException) -> Analysed:
    """What a page whose analysis could not run at all contributes: a recorded error."""
    doc = Document(
        url=url,
        kind="html",
        title="",
        text="",
        has_text_layer=False,
        error=f"analysis failed: {type(exc).__name__}: {exc}"[:300],
    )
    return Analysed(doc, analyse(doc, None), 0.0, False)


class AnalysisPool:
    """A small thread pool started with the spider and stopped when it closes."""

    def __init__(self, threads: int = 2) -> None:
        from twisted.python.threadpool import ThreadPool

        self.pool = ThreadPool(minthreads=0, maxthreads=max(1, threads), name="cctv-audit-analysis")
        self.started = False

    def start(self) -> None:
        if not self.started:
            self.pool.start()
            self.started = True

    def stop(self) -> None:
        if self.started:
            self.pool.stop()
            self.started = False

    async def run(self, body: bytes, url: str, content_type: str | None, ctx: Any, cpu_seconds: float) -> Analysed:
        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet import reactor, threads

        self.start()
        d = threads.deferToThreadPool(reactor, self.pool, analyse_body, body, url, content_type, ctx, cpu_seconds)
        return await maybe_deferred_to_future(d)

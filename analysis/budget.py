"""A per-page CPU budget, checked cooperatively by the readers' loops.

Work per page is meant to be linear, but a hostile page can still be enormous (60,000 links,
megabytes of one paragraph). The spider starts a budget for each page it analyses; the loops
that grow with the page (links, images, PDF pages) ask `exhausted()` and stop early, leaving a
warning that the crawl records as a note. CPU time of the calling thread is measured, so time
spent waiting for the GIL while other councils are analysed does not count against a page.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["PAGE_CPU_SECONDS", "page_budget", "exhausted", "CAP_WARNING"]

PAGE_CPU_SECONDS = 15.0
CAP_WARNING = "per-page CPU cap reached"
_local = threading.local()


@contextmanager
def page_budget(seconds: float = PAGE_CPU_SECONDS) -> Iterator[None]:
    """Within this block, `exhausted()` is true once the thread has used `seconds` of CPU."""
    previous = getattr(_local, "deadline", None)
    _local.deadline = time.thread_time() + seconds
    _local.seconds = seconds
    try:
        yield
    finally:
        _local.deadline = previous


def exhausted() -> bool:
    deadline = getattr(_local, "deadline", None)
    return deadline is not None and time.thread_time() > deadline


def cap_seconds() -> float:
    return getattr(_local, "seconds", PAGE_CPU_SECONDS)

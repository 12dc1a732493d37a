"""A bounded window of sites in flight: which sites may start, and when their state is let go.

Yielding every homepage at once (the spider's first design) fetched all 3,390 homepages of a 10x
register before any site went deeper: the first council finished after minutes, a crash lost
nearly everything in flight (resume works site by site), and every council's per-site state was
held for the whole run. The window keeps N sites in flight; a new site starts as one finishes,
so sites finish at a steady rate from the first minute, memory follows N rather than the register,
and an interrupted run loses at most the N sites in flight.

This module knows nothing of Scrapy: the spider asks `admit()` for the sites it may start and
calls `release()` when a site's result has been handed to the pipeline.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

T = TypeVar("T")  # what the register gives for a site (an Authority)
S = TypeVar("S")  # the per-site state the spider keeps while the site is in flight

MIN_WINDOW = 2


def default_window(
    concurrent_requests: int,
    per_site: int,
    autothrottle: bool = True,
    target_concurrency: float = 1.0,
) -> int:
    """The window that keeps the global concurrency busy, from the concurrency settings.

    A site offers at most `per_site` requests at once, and AutoThrottle steers it toward
    `target_concurrency` in flight, so about CONCURRENT_REQUESTS / that many sites fill the
    downloader; fewer would leave slots idle, more only holds state for sites waiting their turn.
    """
    per = max(1.0, float(per_site))
    if autothrottle and target_concurrency > 0:
        per = min(per, float(target_concurrency))
    return max(MIN_WINDOW, math.ceil(max(1, concurrent_requests) / max(per, 1e-9)))


def window_size(
    configured: int | None,
    concurrent_requests: int,
    per_site: int,
    autothrottle: bool = True,
    target_concurrency: float = 1.0,
) -> int:
    """The configured window (a positive number), else the one derived from concurrency."""
    if configured is not None and configured > 0:
        return configured
    return default_window(concurrent_requests, per_site, autothrottle, target_concurrency)


def window_from_settings(settings: Any) -> int:
    """The window for a Scrapy settings object: CCTV_AUDIT_WINDOW when positive, else derived."""
    return window_size(
        settings.getint("CCTV_AUDIT_WINDOW", 0),
        settings.getint("CONCURRENT_REQUESTS", 16),
        settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 8),
        settings.getbool("AUTOTHROTTLE_ENABLED", False),
        settings.getfloat("AUTOTHROTTLE_TARGET_CONCURRENCY", 1.0),
    )


class SiteWindow(Generic[T, S]):
    """At most `size` sites in flight; the rest wait, in register order, without any state.

    `open_site` builds a site's state when the site is admitted; `active` holds it until
    `release`, so the spider can use `active` as its table of sites in flight.
    """

    def __init__(
        self,
        items: Iterable[T],
        size: int,
        open_site: Callable[[T], S],
        key: Callable[[T], str] = lambda item: item.gss_code,
    ) -> None:
        if size < 1:
            raise ValueError(f"the window must hold at least one site, got {size}")
        self.size = size
        self._waiting: deque[T] = deque(items)
        self._open = open_site
        self._key = key
        self.active: dict[str, S] = {}
        self.released = 0
        self.peak = 0

    @property
    def waiting(self) -> int:
        """Sites not started yet."""
        return len(self._waiting)

    @property
    def done(self) -> bool:
        """Every site has been admitted and released."""
        return not self._waiting and not self.active

    def admit(self) -> list[S]:
        """Open as many waiting sites as the window has room for, in register order."""
        opened: list[S] = []
        while self._waiting and len(self.active) < self.size:
            item = self._waiting.popleft()
            code = self._key(item)
            if code in self.active:
                continue  # listed twice: one crawl of it is in flight already
            state = self._open(item)
            self.active[code] = state
            opened.append(state)
        self.peak = max(self.peak, len(self.active))
        return opened

    def release(self, code: str) -> S | None:
        """Let go of a finished site's state and free its place; the state, or None if not active."""
        state = self.active.pop(code, None)
        if state is not None:
            self.released += 1
        return state


__all__ = ["SiteWindow", "default_window", "window_size", "window_from_settings", "MIN_WINDOW"]

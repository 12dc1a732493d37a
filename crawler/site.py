"""The state of one LA's crawl inside a run: budget, frontier bookkeeping, analyses, outcome.

The spider owns one SiteState per LA; the budget middleware reads it to refuse requests once a
site is finished or spent, so no request is wasted on a site that already has its answers.
"""

from __future__ import annotations

import heapq
import itertools
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from crawler.netsafety import SiteBounds
from crawler.urls import url_key

STOP_SETTLED = "settled"
STOP_EXHAUSTED = "frontier_exhausted"
STOP_BUDGET = "budget"


def now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class SiteState:
    gss_code: str
    name: str
    website: str
    police_force: str | None
    budget: int
    bounds: SiteBounds = field(init=False)
    seen: set[str] = field(default_factory=set)
    inflight: int = 0
    requests: int = 0
    pages: int = 0
    documents: int = 0
    errors: int = 0
    robots_refused: int = 0
    bytes_received: int = 0
    analyses: list[Any] = field(default_factory=list)
    stop_reason: str | None = None
    home_status: str | None = None   # "ok" | "unreachable" | "robots_blocked" | "error"
    home_error: str | None = None
    searched: set[str] = field(default_factory=set)
    sitemaps: list[str] = field(default_factory=list)
    crawl_delay: float | None = None
    finalized: bool = False
    started_at: str = field(default_factory=now_iso)
    error_samples: list[str] = field(default_factory=list)
    broken_evidence: list[dict[str, Any]] = field(default_factory=list)

    hubs: list[tuple[float, int, str, int]] = field(default_factory=list)
    hub_allowance: int = 6
    _seq: itertools.count = field(default_factory=itertools.count)

    def __post_init__(self) -> None:
        self.bounds = SiteBounds.from_url(self.website)

    def add_hub(self, score: float, url: str, depth: int) -> None:
        """Keep a navigation page in reserve, to open when strong candidates run out."""
        if url_key(url) not in self.seen:
            heapq.heappush(self.hubs, (-score, next(self._seq), url, depth))

    def next_hub(self) -> tuple[float, str, int] | None:
        while self.hubs:
            neg, _, url, depth = heapq.heappop(self.hubs)
            if url_key(url) not in self.seen:
                return -neg, url, depth
        return None

    @property
    def stopped(self) -> bool:
        return self.stop_reason is not None

    def stop(self, reason: str) -> None:
        if self.stop_reason is None:
            self.stop_reason = reason

    def claim(self, url: str) -> bool:
        """Mark a URL as queued; False if this site has queued it before."""
        key = url_key(url)
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    def record_error(self, message: str) -> None:
        self.errors += 1
        if len(self.error_samples) < 10:
            self.error_samples.append(message[:300])

    def crawl_status(self) -> tuple[str, str | None]:
        """The CONTRACT crawl status and error of this site, from how its homepage went."""
        if self.home_status in (None, "ok"):
            if self.home_status is None and self.pages == 0 and self.documents == 0:
                return "error", self.home_error or "homepage was never fetched"
            return "ok", None
        return self.home_status, self.home_error

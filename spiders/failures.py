"""A request that failed: what it means for the site, and what is asked instead.

A mixin of the audit spider. A failure is recorded (or, refused by robots.txt or the budget,
counted apart); a page lost to a passing server error is given one more chance; a search out of
reach falls back to the sitemap; a homepage that cannot be read stops the site with the reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy import exceptions as scrapy_exceptions
from scrapy.http import Request
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectError,
    ConnectionLost,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError as TwistedTimeoutError,
)
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from crawler.engine.refusals import BudgetRefused, RobotsRefused
from crawler.engine.urls import url_key

__all__ = ["FailureHandling", "UNREACHABLE_ERRORS", "BUSY_STATUSES"]

# "Too many requests" and "service unavailable": the server asks the audit to stay away, not a page that is missing.
BUSY_STATUSES = frozenset((429, 503))

UNREACHABLE_ERRORS: tuple[type[BaseException], ...] = (
    DNSLookupError,
    ConnectError,
    TCPTimedOutError,
    TwistedTimeoutError,
    ConnectionLost,
    ResponseNeverReceived,
    ResponseFailed,
) + tuple(
    getattr(scrapy_exceptions, name)
    for name in (
        "DownloadConnectionRefusedError",
        "CannotResolveHostError",
        "DownloadTimeoutError",
        "DownloadFailedError",
        "ResponseDataLossError",
    )
    if hasattr(scrapy_exceptions, name)
)


class FailureHandling:
    """Request failures for the focused spider (spiders.audit.AuditSpider provides `sites`,
    `plans` and `settings`; spiders.finishing.SiteFinishing provides `_maybe_finish`)."""

    def on_error(self, failure: Any) -> Iterator[Any]:
        request = failure.request
        site = self.sites.get(request.meta.get("site", ""))
        if site is None:
            return
        site.inflight -= 1
        try:
            exc = failure.value
            message = self._describe(exc, request)
            budget_refusal = isinstance(exc, BudgetRefused)
            robots_refusal = isinstance(exc, RobotsRefused)
            if robots_refusal:
                site.robots_refused += 1
            elif not budget_refusal:
                site.record_error(f"{request.url}: {message}")
            plan = self.plans[site.gss_code]
            if request.meta.get("source") and isinstance(exc, HttpError) and exc.response.status in (404, 410):
                site.link_outcome(request.meta["source"], ok=False)  # a flood of dead links stops being followed
            # an answer that still says "try again" after Scrapy's own retries (a burst of server
            # errors, the statuses of RETRY_HTTP_CODES): the plan may open that page once more later
            passing = isinstance(exc, HttpError) and exc.response.status in {
                int(c) for c in self.settings.getlist("RETRY_HTTP_CODES")
            }
            if request.meta.get("plan_family") and passing and plan.retry_later(request.url):
                site.seen.discard(url_key(request.url))  # the plan may choose it again, once
            elif passing and self._candidate(request):
                # a candidate lost to a moment's server error (a burst that outlasted the retries)
                # is asked once more when the site has nothing else to do: a page a careful person
                # would reload before concluding the council does not publish what it holds
                site.seen.discard(url_key(request.url))
                meta = request.meta
                site.second_tries.append(
                    (
                        request.priority,
                        request.url,
                        meta.get("click_depth", 0),
                        bool(meta.get("index")),
                        bool(meta.get("via_index")),
                        meta.get("source") or "",
                    )
                )
            elif request.meta.get("plan_family"):
                gone = isinstance(exc, HttpError) and exc.response.status in (404, 410)
                plan.failed_page(
                    request.url, "unavailable" if gone else "refused_by_robots" if robots_refusal else "failed"
                )
            if request.meta.get("sitemap"):
                plan.sitemap("failed")
            if request.meta.get("search") and request.meta.get("term"):
                plan.searched(request.meta["term"], "refused_by_robots" if robots_refusal else "failed")
                if isinstance(exc, HttpError) and exc.response.status in BUSY_STATUSES:
                    # a busy engine, still busy after its wait and retries, is not asked again (a 404 for one word is
                    # that word's answer: the next word is still asked)
                    plan.search_failed(message)
            if request.meta.get("search") and request.meta.get("search_page", 1) == 1 and not request.meta.get("plan"):
                yield from self._sitemaps(site)  # the search is out of reach: the sitemap instead
            if request.meta.get("revisit"):
                site.broken_evidence.append({"url": request.url, "status": message})
            if request.meta.get("home"):
                if robots_refusal:
                    site.home_status = "robots_blocked"
                elif isinstance(exc, UNREACHABLE_ERRORS):
                    site.home_status = "unreachable"
                else:
                    site.home_status = "error"
                site.home_error = message
                site.stop(site.home_status)
        finally:
            yield from self._maybe_finish(site)

    @staticmethod
    def _describe(exc: BaseException, request: Request) -> str:
        if isinstance(exc, HttpError):
            return f"HTTP {exc.response.status}"
        text = str(exc).strip()
        return f"{type(exc).__name__}: {text}" if text else type(exc).__name__

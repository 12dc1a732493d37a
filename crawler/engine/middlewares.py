"""Downloader middlewares, one job each: safety, the per-site budget, Retry-After, the proxy."""

from __future__ import annotations

import logging
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from typing import Any

from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response
from scrapy.utils.defer import maybe_deferred_to_future

from crawler.engine.netsafety import refuse_reason, registered_domain, strip_credentials
from crawler.engine.refusals import BudgetRefused, UnsafeRefused
from crawler.engine.slots import raise_slot_delay, restore_slot_delay

logger = logging.getLogger(__name__)


class SafetyMiddleware:
    """Never fetch outside the site being audited, nor into internal address space.

    Runs first, before robots.txt and before any connection: credentials are stripped, non-http
    schemes and internal IP literals refused, and a request tagged with a site must stay inside
    that site's bounds (redirects come back through here, so they are checked too).
    """

    crawler: Any = None  # set by from_crawler

    def __init__(self, trusted_hosts: frozenset[str], allow_loopback: bool) -> None:
        self.trusted_hosts = trusted_hosts
        self.allow_loopback = allow_loopback

    @classmethod
    def from_crawler(cls, crawler: Any) -> SafetyMiddleware:
        s = crawler.settings
        mw = cls(
            frozenset(h.lower() for h in s.getlist("CCTV_AUDIT_TRUSTED_HOSTS")), s.getbool("CCTV_AUDIT_ALLOW_LOOPBACK")
        )
        mw.crawler = crawler
        return mw

    def process_request(self, request: Request, spider: Any = None) -> Request | None:
        if request.url.startswith("data:"):
            return None
        cleaned = strip_credentials(request.url)
        if cleaned != request.url:
            return request.replace(url=cleaned)
        why = refuse_reason(request.url, self.trusted_hosts, self.allow_loopback)
        if why:
            raise UnsafeRefused(f"refused: {why}")
        spider = spider or self.crawler.spider
        site = getattr(spider, "sites", {}).get(request.meta.get("site", ""))
        # (a page of the site that the council's server moves to another host of its domain, its old site kept on an archive
        # host: followed there, as a person's browser would be; held-back web 382's Hillingdon)
        redirected_from_site = bool(request.meta.get("redirect_urls")) and (
            site is not None and site.bounds.on_site(request.meta["redirect_urls"][0])
        )
        if site is not None and not site.bounds.allows(
            request.url,
            document=bool(request.meta.get("document")),
            sibling_page=bool(request.meta.get("sibling_page")) or redirected_from_site,
        ):
            raise UnsafeRefused(f"refused: {request.url} is outside the site {site.website}")
        if site is None and request.meta.get("redirect_urls"):
            # a request of Scrapy's own (robots.txt) carries no site: a redirect keeps it within
            # the registered domain it started on, as the README promises
            first = request.meta["redirect_urls"][0]
            if _domain(request.url) != _domain(first):
                raise UnsafeRefused(f"refused: {first} redirects off its site to {request.url}")
        return None


def _domain(url: str) -> str:
    from urllib.parse import urlsplit

    try:
        return registered_domain((urlsplit(url).hostname or "").lower())
    except ValueError:
        return ""


class SiteBudgetMiddleware:
    """Counts a site's requests and refuses any once it is finished or its budget is spent.

    Placed after robots.txt so a forbidden URL costs nothing; retries and redirects pass
    through again and are counted, because they cost the server a request too.
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> SiteBudgetMiddleware:
        return cls(crawler)

    def process_request(self, request: Request, spider: Any = None) -> None:
        spider = spider or self.crawler.spider
        site = getattr(spider, "sites", {}).get(request.meta.get("site", ""))
        if site is None:
            return None
        if site.stopped and not request.meta.get("home"):
            raise BudgetRefused(f"site finished ({site.stop_reason})")
        if site.requests >= site.budget:
            site.stop("budget")
            raise BudgetRefused("site budget spent")
        source = request.meta.get("source")
        if source and site.distrusts(source):
            raise BudgetRefused(f"the links of {source[:200]} keep failing")
        site.requests += 1
        if not request.meta.get("document"):
            request.meta.setdefault("download_maxsize", self.crawler.settings.getint("CCTV_AUDIT_MAX_PAGE_BYTES"))
        return None


class RetryAfterMiddleware:
    """Honour Retry-After on 429 and 503 before the retry middleware tries again.

    The whole site waits (its slot's delay is raised for the wait), then goes back to its own pace: a server that asks
    for two minutes once has not asked for two minutes between every later request (held-back web 123's Basingstoke,
    whose rate-limited search had kept the rest of the site at one request every two minutes). A request is waited for
    once: answered "wait" again after its wait, it is given up (the spider records the failure and looks elsewhere).
    """

    MAX_WAIT = 120.0

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> RetryAfterMiddleware:
        return cls(crawler)

    @staticmethod
    def parse_retry_after(value: str, now: datetime | None = None) -> float | None:
        value = value.strip()
        if not value:
            return None
        if value.isdigit():
            return float(value)
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())

    async def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        if response.status not in (429, 503):
            return response
        header = response.headers.get(b"Retry-After")
        wait = self.parse_retry_after(header.decode("latin-1")) if header else None
        if wait is None:
            return response
        if wait > self.MAX_WAIT:
            logger.info("Retry-After %.0fs on %s is too long to wait; not retrying", wait, request.url)
            request.meta["dont_retry"] = True
            return response
        if request.meta.get("retry_after_waited"):
            logger.info("%s still answers %d after its Retry-After wait; not retrying", request.url, response.status)
            request.meta["dont_retry"] = True
            return response
        request.meta["retry_after_waited"] = True
        self.crawler.stats.inc_value("cctv_audit/retry_after_waits")
        before = raise_slot_delay(self.crawler, request, wait)
        from twisted.internet import reactor
        from twisted.internet.task import deferLater

        await maybe_deferred_to_future(deferLater(reactor, wait, lambda: None))
        if before is not None:
            restore_slot_delay(self.crawler, request, before, wait)
        return response


class ProxyMiddleware:
    """Send every request through the configured HTTP proxy, failing closed.

    With a proxy set (the simulated web, or a site-wide forward proxy), a request that would not
    go through it is refused rather than sent straight to the network.
    """

    def __init__(self, proxy: str | None, by_scheme: dict[str, str] | None = None) -> None:
        self.proxy = proxy
        self.by_scheme = by_scheme or {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> ProxyMiddleware:
        proxy = crawler.settings.get("CCTV_AUDIT_PROXY")
        by_scheme = crawler.settings.getdict("CCTV_AUDIT_ENV_PROXIES")
        if not proxy and not by_scheme:
            raise NotConfigured
        return cls(proxy, by_scheme)

    def process_request(self, request: Request, spider: Any = None) -> None:
        if request.url.startswith("data:"):
            return None
        if self.proxy:
            request.meta["proxy"] = self.proxy
            return None
        # http_proxy / https_proxy from the environment; no_proxy hosts go direct
        from urllib.parse import urlsplit
        from urllib.request import proxy_bypass_environment

        parts = urlsplit(request.url)
        proxy = self.by_scheme.get(parts.scheme)
        if proxy and not proxy_bypass_environment(parts.hostname or ""):
            request.meta["proxy"] = proxy
        return None

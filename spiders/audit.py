"""The focused audit spider: every LA of a run in one process, many sites at once.

It works a site the way a person would: the homepage, the site's own search for "CCTV", the
A-Z and navigation links scored by their words (analysis.links), best first through request
priorities, documents linked from confirmed CCTV pages, and it stops a site as soon as every
deliverable has a confident answer (analysis.assess.settled) or its budget is spent. Links are
only candidates; a page counts when its own content confirms it (analysis.page.analyse).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy import exceptions as scrapy_exceptions
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectError,
    ConnectionLost,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError as TwistedTimeoutError,
)
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from analysis.assess import assess, settled
from analysis.context import AuthorityContext
from analysis.links import SEARCH_TERMS, looks_like_document, score_link
from analysis.page import analyse
from analysis.text import Link, extract
from crawler.discovery import find_search_url, next_page_url, sitemap_urls
from crawler.items import SiteResultItem, SnapshotItem
from crawler.site import STOP_BUDGET, STOP_EXHAUSTED, STOP_SETTLED, SiteState, now_iso
from crawler.urls import MAX_URL_LENGTH, clean_url

UNREACHABLE_ERRORS: tuple[type[BaseException], ...] = (
    DNSLookupError, ConnectError, TCPTimedOutError, TwistedTimeoutError, ConnectionLost, ResponseNeverReceived, ResponseFailed,
) + tuple(
    getattr(scrapy_exceptions, name)
    for name in ("DownloadConnectionRefusedError", "CannotResolveHostError", "DownloadTimeoutError", "DownloadFailedError", "ResponseDataLossError")
    if hasattr(scrapy_exceptions, name)
)
DOCUMENT_TYPES = ("application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword")
MAX_SEARCH_PAGES = 2
SITEMAP_TOP_URLS = 12


def _kind(response: Response) -> str:
    ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").split(";")[0].strip().lower()
    if ctype in DOCUMENT_TYPES or response.url.lower().split("?")[0].endswith((".pdf", ".docx", ".doc")):
        return "document"
    return "page"


class AuditSpider(scrapy.Spider):
    name = "audit"

    def __init__(
        self,
        authorities: Iterable[Any] = (),
        max_pages: int | None = None,
        link_threshold: float | None = None,
        revisit: dict[str, list[str]] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._authorities = list(authorities)
        self._max_pages = max_pages
        self._threshold = link_threshold
        self._revisit = revisit or {}
        self.sites: dict[str, SiteState] = {}
        self.contexts: dict[str, AuthorityContext] = {}

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> AuditSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        budget = spider._max_pages or settings.getint("CCTV_AUDIT_MAX_PAGES_PER_SITE")
        spider.threshold = spider._threshold if spider._threshold is not None else settings.getfloat("CCTV_AUDIT_LINK_THRESHOLD")
        spider.strong = settings.getfloat("CCTV_AUDIT_STRONG_LINK")
        spider.hub_allowance = settings.getint("CCTV_AUDIT_HUB_ALLOWANCE")
        for a in spider._authorities:
            spider.sites[a.gss_code] = SiteState(a.gss_code, a.name, a.website, a.police_force, budget)
            spider.sites[a.gss_code].hub_allowance = spider.hub_allowance
            spider.contexts[a.gss_code] = AuthorityContext(name=a.name, website=a.website, police_force=a.police_force, nation=a.nation)
        crawler.signals.connect(spider._on_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider._on_robots, signal=signals.robots_parsed)
        crawler.signals.connect(spider._on_downloaded, signal=signals.response_downloaded)
        return spider

    # ---- requests -------------------------------------------------------------------------

    def _request(self, site: SiteState, url: str, callback: Any, priority: int, **meta: Any) -> Request | None:
        """A request for this site, or None when it is off-site, already queued or out of budget."""
        url = clean_url(url)
        document = looks_like_document(url)
        if len(url) > MAX_URL_LENGTH or site.stopped or not site.bounds.allows(url, document=document):
            return None
        if not site.claim(url):
            return None
        site.inflight += 1
        meta.update({"site": site.gss_code, "document": document})
        return Request(url, callback=callback, errback=self.on_error, priority=priority, meta=meta, dont_filter=True)

    async def start(self) -> AsyncIterator[Request]:
        for site in self.sites.values():
            req = self._request(site, site.website, self.parse_page, 1000, home=True, depth=0)
            if req is not None:
                yield req
            for url in self._revisit.get(site.gss_code, []):
                req = self._request(site, url, self.parse_page, 900, revisit=True, depth=1)
                if req is not None:
                    yield req

    def _on_robots(self, robotparser: Any, request: Request) -> None:
        """Note sitemaps and honour Crawl-delay of a site's robots.txt."""
        site = self.sites.get(request.meta.get("site", ""))
        if site is None:
            return
        inner = getattr(robotparser, "rp", None)
        if inner is None:
            return
        site.sitemaps = list(getattr(inner, "sitemaps", None) or [])
        try:
            delay = inner.crawl_delay(self.settings.get("USER_AGENT"))
        except (AttributeError, TypeError, ValueError):
            delay = None
        if delay:
            site.crawl_delay = min(float(delay), 30.0)

    def _on_downloaded(self, response: Response, request: Request, spider: Any = None) -> None:
        """Keep AutoThrottle from going below a site's robots.txt Crawl-delay."""
        site = self.sites.get(request.meta.get("site", ""))
        if site is None or not site.crawl_delay:
            return
        downloader = self.crawler.engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is not None and slot.delay < site.crawl_delay:
            slot.delay = site.crawl_delay

    # ---- callbacks ------------------------------------------------------------------------

    def parse_page(self, response: Response) -> Iterator[Any]:
        site = self.sites[response.meta["site"]]
        site.inflight -= 1
        try:
            yield from self._handle(site, response)
        finally:
            yield from self._maybe_finish(site)

    def _handle(self, site: SiteState, response: Response) -> Iterator[Any]:
        if response.meta.get("home"):
            site.home_status = "ok"
            if not site.bounds.on_site(response.url):
                site.home_status, site.home_error = "error", f"homepage redirected off the site to {response.url}"
                site.stop("error")
                return
        kind = _kind(response)
        body = response.body
        site.bytes_received += len(body)
        if kind == "document":
            site.documents += 1
        else:
            site.pages += 1
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1") or None
        doc = extract(body, response.url, ctype)
        ctx = self.contexts[site.gss_code]
        page = analyse(doc, ctx)
        page.fetched_at = now_iso()
        site.analyses.append(page)
        yield SnapshotItem(
            gss_code=site.gss_code,
            url=response.url,
            status=response.status,
            content_type=ctype,
            kind=doc.kind,
            fetched_at=page.fetched_at,
            body=body,
            analysis=page.to_dict(),
            error=doc.error,
        )
        if self._settled(site):
            site.stop(STOP_SETTLED)
            return
        depth = response.meta.get("depth", 0)
        if response.meta.get("home"):
            yield from self._search(site, response)
        relevant = any(page.signals.values())
        yield from self._follow(site, doc.links, depth + 1, relevant=relevant)
        if response.meta.get("search"):
            pageno = response.meta.get("search_page", 1)
            nxt = next_page_url(body, response.url)
            if nxt and pageno < MAX_SEARCH_PAGES:
                req = self._request(site, nxt, self.parse_page, 95, search=True, search_page=pageno + 1, depth=depth)
                if req is not None:
                    yield req

    def _settled(self, site: SiteState) -> bool:
        return settled(site.analyses)

    def _search(self, site: SiteState, response: Response) -> Iterator[Request]:
        """Use the site's own search, as a person would; else its sitemap."""
        for term in SEARCH_TERMS[:1]:
            url = find_search_url(response.body, response.url, term)
            if url is None:
                break
            site.searched.add(term)
            req = self._request(site, url, self.parse_page, 98, search=True, search_page=1, depth=1)
            if req is not None:
                yield req
        if not site.searched:
            yield from self._sitemaps(site)

    def _sitemaps(self, site: SiteState) -> Iterator[Request]:
        for sm in site.sitemaps[:2]:
            req = self._request(site, sm, self.parse_sitemap, 97, depth=1)
            if req is not None:
                yield req

    def _follow(self, site: SiteState, links: list[Link], depth: int, relevant: bool) -> Iterator[Request]:
        """Strong candidates are requested at once, best first; hub pages wait in reserve.

        A hub (community safety, A-Z, policies, privacy) only leads to evidence, so it is
        opened when the strong candidates have run out, best hub first, a few per site.
        """
        ctx = self.contexts[site.gss_code]
        for link in links:
            if not link.url.startswith(("http://", "https://")):
                continue
            score = score_link(link, ctx)
            if relevant and looks_like_document(link.url):
                score = min(1.0, score + 0.25)
            if score >= self.strong:
                req = self._request(site, link.url, self.parse_page, int(score * 100) - depth * 3, depth=depth)
                if req is not None:
                    yield req
            elif score >= self.threshold:
                site.add_hub(score, link.url, depth)

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        site = self.sites[response.meta["site"]]
        site.inflight -= 1
        try:
            pages, nested = sitemap_urls(response.body)
            links = [Link(url=u, text="", context="") for u in pages]
            ctx = self.contexts[site.gss_code]
            ranked = sorted(links, key=lambda link: -score_link(link, ctx))[:SITEMAP_TOP_URLS]
            yield from self._follow(site, ranked, 2, relevant=False)
            for sm in nested[:3]:
                req = self._request(site, sm, self.parse_sitemap, 96, depth=1)
                if req is not None:
                    yield req
        finally:
            yield from self._maybe_finish(site)

    def on_error(self, failure: Any) -> Iterator[Any]:
        request = failure.request
        site = self.sites.get(request.meta.get("site", ""))
        if site is None:
            return
        site.inflight -= 1
        try:
            exc = failure.value
            message = self._describe(exc, request)
            budget_refusal = isinstance(exc, IgnoreRequest) and str(exc).startswith("site ")
            robots_refusal = isinstance(exc, IgnoreRequest) and "robots.txt" in str(exc)
            if robots_refusal:
                site.robots_refused += 1
            elif not budget_refusal:
                site.record_error(f"{request.url}: {message}")
            if request.meta.get("search") and isinstance(exc, IgnoreRequest) and "robots.txt" in str(exc):
                yield from self._sitemaps(site)
            if request.meta.get("revisit"):
                site.broken_evidence.append({"url": request.url, "status": message})
            if request.meta.get("home"):
                if isinstance(exc, IgnoreRequest) and "robots.txt" in str(exc):
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

    # ---- finishing a site -----------------------------------------------------------------

    def _maybe_finish(self, site: SiteState) -> Iterator[Any]:
        """When a site has nothing in flight: open its next hub page, or finish it."""
        if site.inflight > 0 or site.finalized:
            return
        while not site.stopped and site.hub_allowance > 0:
            hub = site.next_hub()
            if hub is None:
                break
            score, url, depth = hub
            req = self._request(site, url, self.parse_page, int(score * 100) - depth * 3, depth=depth, hub=True)
            if req is not None:
                site.hub_allowance -= 1
                yield req
                return
        yield self._finish(site)

    def _finish(self, site: SiteState) -> SiteResultItem:
        site.finalized = True
        if site.stop_reason is None:
            site.stop(STOP_BUDGET if site.requests >= site.budget else STOP_EXHAUSTED)
        status, error = site.crawl_status()
        deliverables = assess(site.analyses, status)
        result = SiteResultItem(
            gss_code=site.gss_code,
            status=status,
            error=error,
            stop_reason=site.stop_reason or STOP_EXHAUSTED,
            pages_fetched=site.pages,
            documents_fetched=site.documents,
            requests=site.requests,
            errors=site.errors,
            bytes_received=site.bytes_received,
            started_at=site.started_at,
            finished_at=now_iso(),
            deliverables=deliverables,
            details={
                "error_samples": site.error_samples,
                "broken_evidence": site.broken_evidence,
                "budget": site.budget,
                "robots_refused": site.robots_refused,
            },
        )
        site.analyses = []  # the pipeline has them; free memory for a national run
        return result

    def _on_idle(self) -> None:
        """Safety net: a site whose bookkeeping lost a request is still finished, never dropped."""
        leftovers = [s for s in self.sites.values() if not s.finalized]
        if not leftovers:
            return
        self.crawler.engine.crawl(Request("data:,", callback=self._finish_leftovers, dont_filter=True, meta={"dont_obey_robotstxt": True}))
        raise DontCloseSpider

    def _finish_leftovers(self, _response: Response) -> Iterator[SiteResultItem]:
        for site in self.sites.values():
            if not site.finalized:
                site.inflight = 0
                yield self._finish(site)


__all__ = ["AuditSpider", "STOP_SETTLED", "STOP_BUDGET", "STOP_EXHAUSTED"]

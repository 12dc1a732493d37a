"""The focused audit spider: every LA of a run in one process, many sites at once.

It works a site the way a person would, in this order:

1. the homepage; its links are the site's chrome (navigation, footer), known from then on;
2. the site's own search for "CCTV" (the form on the homepage, else on the first page that has
   one; never a guessed URL, never where robots.txt forbids): every result is a lead, weighed by
   its words, and the next result page is read only while this one still yields candidates;
3. without a usable search, the sitemaps robots.txt names, scored URL by URL on their leaf words;
4. candidates (links whose own words say CCTV, SPOC, police agreement...) are requested at once,
   best first; on a page that confirmed CCTV information, its documents and sub-pages too;
5. hubs (community safety, the A-Z, the site map, privacy notices) wait in reserve and are opened
   one at a time, best first, a couple per section, only when nothing is in flight and the
   council's CCTV information has not been found through an index of the site.

Links are only candidates; a page counts when its own content confirms it (analysis.page). A site
stops when every deliverable is settled (analysis.assess.settled), when the disclosure has been
read (found through the search, the sitemap or the A-Z, and every candidate opened), when the
candidates are exhausted and the hub allowance spent, or when its budget is spent; the reason is
recorded (crawler.engine.site).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
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

from analysis.assess import assess, settled, verdicts
from analysis.context import AuthorityContext
from analysis.links import EVIDENCE_PAGE_PRIOR, assess_link, decoy_link, document_of_a_cctv_item, looks_like_document
from analysis.page import PageAnalysis
from analysis.searchplan import SearchPlan
from analysis.sections import is_committee_link
from analysis.text import Link
from crawler.engine.items import SiteResultItem, SnapshotItem
from crawler.engine.offload import Analysed, AnalysisPool, failed_analysis
from crawler.engine.refusals import BudgetRefused, RobotsRefused
from crawler.engine.site import (
    STOP_BUDGET,
    STOP_DISCLOSURE_READ,
    STOP_EXHAUSTED,
    STOP_HUBS_SPENT,
    STOP_SETTLED,
    SiteState,
    now_iso,
)
from crawler.engine.urls import MAX_URL_LENGTH, clean_url, url_key
from spiders.indexes import SiteIndexes
from spiders.planned import PlannedSearch
from spiders.politeness import SitePoliteness
from spiders.window import SiteWindow, window_from_settings

# Candidates of one page requested at once; the rest wait until those have answered (a page of
# thousands of "CCTV ..." links to nowhere must not queue them all before the first one fails).
CANDIDATE_BURST = 8
# Why a site stopped when the search plan looked for deliverables still missing after the
# council's CCTV information had been read or the browsing allowance spent.
STOP_SEARCHED = "missing_deliverables_searched"

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
DOCUMENT_TYPES = (
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/msword",
)
# Findings that show a page is (part of) the council's own CCTV disclosure.
EVIDENCE_FINDINGS = frozenset(("cctv_info", "spoc", "cctv_contact", "sla", "sla_mention", "certification"))


def _kind(response: Response) -> str:
    ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").split(";")[0].strip().lower()
    if ctype in DOCUMENT_TYPES or response.url.lower().split("?")[0].endswith((".pdf", ".docx", ".doc")):
        return "document"
    return "page"


def is_evidence(page: PageAnalysis) -> bool:
    """The page confirmed some of the council's own CCTV information (not a decoy, not a committee
    paper): its links are the disclosure's own parts, and the site's hubs are no longer needed."""
    if page.decoy or getattr(page, "secondary", False):
        return False
    return any(page.signals.values()) or any(f.type in EVIDENCE_FINDINGS for f in page.findings)


def _child_prefix(url: str) -> str | None:
    """The URL prefix of a page's sub-pages (/community-safety/cctv -> /community-safety/cctv/)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    path = parts.path.rstrip("/")
    if not path or looks_like_document(url):
        return None
    return f"{parts.scheme}://{parts.netloc}{path}/"


class AuditSpider(SiteIndexes, PlannedSearch, SitePoliteness, scrapy.Spider):
    name = "audit"
    stop_on_disclosure = True  # once the council's CCTV information is read, hubs are not needed
    search_plan = True  # then the deliverables still missing are searched for (analysis.searchplan)

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
        self.plans: dict[str, SearchPlan] = {}

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> AuditSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        budget = spider._max_pages or settings.getint("CCTV_AUDIT_MAX_PAGES_PER_SITE")
        spider.threshold = (
            spider._threshold if spider._threshold is not None else settings.getfloat("CCTV_AUDIT_LINK_THRESHOLD")
        )
        spider.strong = settings.getfloat("CCTV_AUDIT_STRONG_LINK")
        spider.hub_allowance = settings.getint("CCTV_AUDIT_HUB_ALLOWANCE")
        spider.hub_allowance_searched = settings.getint("CCTV_AUDIT_HUB_ALLOWANCE_SEARCHED", 2)
        spider.budget = budget
        spider.window = SiteWindow(spider._authorities, window_from_settings(settings), spider._open_site)
        spider.sites = spider.window.active  # the sites in flight; the others wait in the window
        spider.analysis_pool = AnalysisPool(settings.getint("CCTV_AUDIT_ANALYSIS_THREADS", 2))
        spider.page_cpu_seconds = settings.getfloat("CCTV_AUDIT_PAGE_CPU_SECONDS", 15.0)
        crawler.signals.connect(spider.analysis_pool.stop, signal=signals.spider_closed)
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
        # the click depth within this site, under a key of our own: Scrapy's DepthMiddleware
        # rewrites meta["depth"] as the depth of whichever response yielded the request, so a site
        # admitted from another site's callback started dozens of clicks deep, each of its links
        # scored 0.02 lower per click (analysis.scent), and which site's answer admitted it decided
        # whether its deep trail was followed (Coventry, Melton: right alone, wrong in the full run)
        meta["click_depth"] = meta.pop("depth", 0)
        meta.update({"site": site.gss_code, "document": document})
        return Request(url, callback=callback, errback=self.on_error, priority=priority, meta=meta, dont_filter=True)

    def _open_site(self, a: Any) -> SiteState:
        """A site's state, made when the window admits it (spiders.window) and let go when it finishes."""
        site = SiteState(a.gss_code, a.name, a.website, a.police_force, self.budget)
        site.hub_allowance = self.hub_allowance
        self.contexts[a.gss_code] = AuthorityContext(
            name=a.name, website=a.website, police_force=a.police_force, nation=a.nation
        )
        self.plans[a.gss_code] = SearchPlan()
        return site

    async def start(self) -> AsyncIterator[Request]:
        for req in self._admit():
            yield req

    def _admit(self) -> Iterator[Request]:
        """The first requests of the sites the window has room for: homepage, last run's evidence."""
        for site in self.window.admit():
            req = self._request(site, site.website, self.parse_page, 1000, home=True, depth=0)
            if req is not None:
                yield req
            for url in self._revisit.get(site.gss_code, []):
                req = self._request(site, url, self.parse_page, 900, revisit=True, depth=1)
                if req is not None:
                    yield req

    # ---- callbacks ------------------------------------------------------------------------

    async def parse_page(self, response: Response) -> AsyncIterator[Any]:
        """Analysis runs in the analysis pool, off the reactor thread; the site's bookkeeping
        resumes here, in the reactor, once it is done (the page stays in flight meanwhile)."""
        site = self.sites[response.meta["site"]]
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1") or None
        try:
            analysed = await self.analysis_pool.run(
                response.body, response.url, ctype, self.contexts[site.gss_code], self.page_cpu_seconds
            )
        except Exception as exc:  # the pool itself failed (e.g. stopping): a recorded error, not a lost site
            analysed = failed_analysis(response.url, exc)
        finally:
            site.inflight -= 1
        try:
            for out in self._handle(site, response, analysed):
                yield out
        finally:
            for out in self._maybe_finish(site):
                yield out

    def _handle(self, site: SiteState, response: Response, analysed: Analysed) -> Iterator[Any]:
        if response.meta.get("source"):
            site.link_outcome(response.meta["source"], ok=True)
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
        doc, page = analysed.doc, analysed.page
        site.note_warnings(response.url, doc.warnings, analysed.capped, self.page_cpu_seconds)
        page.fetched_at = now_iso()
        site.analyses.append(page)
        self.plans[site.gss_code].page_read(response.url)
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
        evidence = is_evidence(page)
        if evidence:
            site.evidence_pages += 1
            if kind == "document":
                self.plans[site.gss_code].document_read(
                    response.url, doc.title or "", bool(page.criteria.get("policy"))
                )
            if response.meta.get("via_index"):
                site.index_evidence = True
        # the same page in the site's other language is the same disclosure: read it once
        for alt in (doc.alternates or {}).values():
            site.claim(urljoin(response.url, alt))
        depth = response.meta.get("click_depth", 0)
        if response.meta.get("home"):
            site.chrome = {url_key(link.url) for link in doc.links}
        if kind == "page" and not site.search_done and site.bounds.on_site(response.url):
            yield from self._search(site, response)
        if response.meta.get("search"):
            yield from self._results(site, response, doc.links, depth)
            return
        yield from self._follow(
            site,
            doc.links,
            depth + 1,
            evidence_url=response.url if evidence else None,
            from_index=bool(response.meta.get("index")),
            on_page=doc.title or "",
            page_url=response.url,
        )

    def _settled(self, site: SiteState) -> bool:
        return settled(site.analyses)

    # ---- links ----------------------------------------------------------------------------

    def _follow(
        self,
        site: SiteState,
        links: list[Link],
        depth: int,
        evidence_url: str | None = None,
        from_index: bool = False,
        on_page: str = "",
        page_url: str = "",
    ) -> Iterator[Request]:
        """Candidates are requested at once, best first; section pages (hubs) wait in reserve.

        A candidate is a link whose own words (anchor, last path segment) say it is evidence. On a
        page that confirmed the council's CCTV information, its body links that name anything of
        the kind, its documents and its sub-pages are candidates too: they are the disclosure's
        own parts. A hub (community safety, the A-Z, privacy notices) only leads to evidence, so
        it is opened when the candidates have run out, best hub first, a few per site.
        """
        ctx = self.contexts[site.gss_code]
        plan = self.plans[site.gss_code]
        under = _child_prefix(evidence_url) if evidence_url else None
        burst = 0
        for link in links:
            if not link.url.startswith(("http://", "https://")) or self._is_search_link(site, link.url):
                continue
            ls = assess_link(link, ctx)
            if decoy_link(ls):
                continue  # "Home CCTV and doorbell cameras" is listed beside the council's CCTV, not part of it
            if ls.raw > -1.0 and site.bounds.on_site(link.url):
                own = url_key(link.url) not in site.chrome  # the page's own link, not the site's navigation
                plan.offer(link.url, link.text, ls.score, depth, on_page, from_url=page_url, inherit=own)
            elif site.bounds.committee_host(link.url):
                # a committee's name carries its remit's words ("Tourism, Economy and Communities
                # Scrutiny"), not the link's worth: the plan orders committees (analysis.scent)
                plan.offer(link.url, link.text, ls.score, depth, on_page, sibling=True, from_url=page_url)
            elif site.bounds.unverified_committee_tenancy(link.url) and is_committee_link(link.url, link.text):
                plan.committee_elsewhere(link.url)  # never fetched; the effort says it was seen
            if (
                evidence_url
                and url_key(link.url) not in site.chrome
                and ls.raw > -1.0
                and (ls.target > 0 or looks_like_document(link.url) or (under and link.url.startswith(under)))
            ) or document_of_a_cctv_item(link):
                ls = assess_link(link, ctx, prior=EVIDENCE_PAGE_PRIOR)
            if ls.score >= self.strong:
                priority = int(ls.score * 100) - depth * 3
                if burst >= CANDIDATE_BURST:
                    # more of this page's candidates wait until those in flight have answered: if
                    # they keep failing, the page is no longer trusted (SiteState.distrusts)
                    site.deferred.append((priority, link.url, depth, ls.index_letter, from_index, page_url))
                    continue
                req = self._request(
                    site,
                    link.url,
                    self.parse_page,
                    priority,
                    depth=depth,
                    index=ls.index_letter,
                    via_index=from_index,
                    source=page_url or None,
                )
                if req is not None:
                    burst += 1
                    yield req
            elif ls.score >= self.threshold:
                site.add_hub(ls.score, link.url, depth, ls.section_key)

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
    def _candidate(request: Request) -> bool:
        """A page or document the spider chose from a link (a candidate or a hub), on its first
        second try: not a search, sitemap, homepage, revisit or plan page, which have their own."""
        meta = request.meta
        return not any(
            meta.get(k) for k in ("plan_family", "search", "sitemap", "home", "revisit", "second_try", "plan")
        )

    def _held_request(
        self, site: SiteState, held: tuple[int, str, int, bool, bool, str], **meta: Any
    ) -> Request | None:
        """The request for a candidate held back (SiteState.deferred, SiteState.second_tries):
        (priority, url, click depth, A-Z letter C, reached via an index, source page)."""
        priority, url, depth, letter, from_index, source = held
        return self._request(
            site,
            url,
            self.parse_page,
            priority,
            depth=depth,
            index=letter,
            via_index=from_index,
            source=source or None,
            **meta,
        )

    def _second_tries(self, site: SiteState) -> Iterator[Request]:
        """The candidates lost to a passing server error, asked once more, one at a time."""
        while site.second_tries:
            req = self._held_request(site, site.second_tries.pop(0), second_try=True)
            if req is not None:
                yield req
                return

    @staticmethod
    def _describe(exc: BaseException, request: Request) -> str:
        if isinstance(exc, HttpError):
            return f"HTTP {exc.response.status}"
        text = str(exc).strip()
        return f"{type(exc).__name__}: {text}" if text else type(exc).__name__

    # ---- finishing a site -----------------------------------------------------------------

    def _maybe_finish(self, site: SiteState) -> Iterator[Any]:
        """When a site has nothing in flight: open its next hub page, or finish it.

        Hubs are what a person opens when the search and the links in hand have not shown the
        council's CCTV information: once it has been found (and its own links read), they are
        not needed; otherwise a few are opened, best first, one at a time.
        """
        if site.inflight > 0 or site.finalized:
            return
        released = list(self._release_deferred(site))
        if released:
            yield from released
            return
        disclosure = (
            not site.stopped and bool(site.evidence_pages) and self.stop_on_disclosure and self._disclosure_found(site)
        )
        allowance = min(site.hub_allowance, self.hub_allowance_searched) if site.search_read else site.hub_allowance
        while not site.stopped and not disclosure and site.hubs_opened < allowance:
            hub = site.next_hub()
            if hub is None:
                break
            score, url, depth = hub
            req = self._request(site, url, self.parse_page, int(score * 100) - depth * 3, depth=depth, hub=True)
            if req is not None:
                site.hubs_opened += 1
                yield req
                return
        if not site.stopped and self.search_plan:
            for req in self._plan_next(site):
                yield req
                return
        if not site.stopped:
            for req in self._second_tries(site):
                yield req
                return
        if not site.stopped and site.requests < site.budget:
            plan = self.plans[site.gss_code]
            if plan.steps_taken:
                site.stop(STOP_SEARCHED)
            elif disclosure:
                site.stop(STOP_DISCLOSURE_READ)
            else:
                site.stop(STOP_HUBS_SPENT if site.hubs_left() else STOP_EXHAUSTED)
        yield self._finish(site)
        yield from self._admit()  # its place in the window goes to the next site

    def _release_deferred(self, site: SiteState) -> Iterator[Request]:
        """The next burst of candidates held back (CANDIDATE_BURST), best first, leaving out those
        of pages whose links keep failing."""
        if site.stopped or not site.deferred:
            return
        site.deferred.sort(key=lambda d: (-d[0], d[1]))
        burst = 0
        while site.deferred and burst < CANDIDATE_BURST:
            held = site.deferred.pop(0)
            if held[5] and site.distrusts(held[5]):
                continue
            req = self._held_request(site, held)
            if req is not None:
                burst += 1
                yield req

    @staticmethod
    def _disclosure_found(site: SiteState) -> bool:
        """Whether what has been read is the council's CCTV disclosure, so the hubs can stay shut.

        When the site's own search has been read: it has looked everywhere, and its results for
        CCTV were all opened. When the information that meets 5.1 was reached from an index of the
        site (the sitemap, the A-Z's letter C): that is where the site itself says CCTV lives.
        Found only by browsing sections (a CCTV privacy notice under data protection, a stub under
        community safety), it may sit beside a fuller page in another section, so the hubs allowed
        are still opened.
        """
        if site.search_read:
            return True
        return site.index_evidence and verdicts(site.analyses, "ok")["5.1"]["status"] == "met"

    def _finish(self, site: SiteState) -> SiteResultItem:
        site.finalized = True
        if site.stop_reason is None:
            site.stop(STOP_BUDGET if site.requests >= site.budget else STOP_EXHAUSTED)
        status, error = site.crawl_status()
        exhausted = site.stop_reason not in (STOP_BUDGET, "error", "unreachable", "robots_blocked")
        deliverables = assess(site.analyses, status, self.plans[site.gss_code].efforts(exhausted))
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
                "notes": site.notes,
            },
        )
        site.analyses = []  # the pipeline has them; free memory for a national run
        self.plans.pop(site.gss_code, None)
        self.window.release(site.gss_code)
        self.contexts.pop(site.gss_code, None)
        return result

    def _on_idle(self) -> None:
        """Safety net: a site whose bookkeeping lost a request is still finished, never dropped."""
        leftovers = [s for s in self.sites.values() if not s.finalized]
        if not leftovers and not self.window.waiting:
            return
        self.crawler.engine.crawl(
            Request("data:,", callback=self._finish_leftovers, dont_filter=True, meta={"dont_obey_robotstxt": True})
        )
        raise DontCloseSpider

    def _finish_leftovers(self, _response: Response) -> Iterator[SiteResultItem | Request]:
        for site in list(self.sites.values()):
            if not site.finalized:
                site.inflight = 0
                yield self._finish(site)
        yield from self._admit()


__all__ = [
    "AuditSpider",
    "STOP_SETTLED",
    "STOP_BUDGET",
    "STOP_EXHAUSTED",
    "STOP_DISCLOSURE_READ",
    "STOP_HUBS_SPENT",
    "is_evidence",
]

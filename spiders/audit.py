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

This module admits sites and handles each answer; each other job is a mixin of its own, named for
it: building requests (spiders.requesting), following a page's links (spiders.following), holding
candidates back and asking them again (spiders.held), failed requests (spiders.failures),
finishing a site (spiders.finishing), the site's indexes (spiders.indexes), the search plan's
steps (spiders.planned) and politeness (spiders.politeness).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any
from urllib.parse import urljoin

import scrapy
from scrapy import signals
from scrapy.http import Request, Response

from analysis.assess import settled
from analysis.committee_pack import points_to_a_pack
from analysis.context import AuthorityContext
from analysis.links import record_of_the_cameras, speaks_of_own_cameras
from analysis.links_url import english_home, past_the_wall
from analysis.operators_room import operators_room_name
from analysis.page import PageAnalysis
from analysis.searchplan import SearchPlan
from crawler.engine.discovery import anchor_counts
from crawler.engine.items import SnapshotItem
from crawler.engine.offload import Analysed, AnalysisPool, failed_analysis
from crawler.engine.site import (
    STOP_BUDGET,
    STOP_DISCLOSURE_READ,
    STOP_EXHAUSTED,
    STOP_HUBS_SPENT,
    STOP_SETTLED,
    SiteState,
    now_iso,
)
from crawler.engine.urls import url_key
from spiders.failures import FailureHandling
from spiders.finishing import SiteFinishing
from spiders.following import LinkFollowing
from spiders.held import HeldRequests
from spiders.indexes import SiteIndexes
from spiders.planned import PlannedSearch
from spiders.politeness import SitePoliteness
from spiders.requesting import SiteRequests
from spiders.window import SiteWindow, window_from_settings

# Pages besides the homepage whose links tell the site's menu apart from the homepage's own promotions.
CHROME_PAGES = 3

DOCUMENT_TYPES = (
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/msword",
    "application/vnd.oasis.opendocument.text",
    "application/rtf",
    "text/rtf",
)
# Findings that show a page is (part of) the council's own CCTV disclosure.
EVIDENCE_FINDINGS = frozenset(("cctv_info", "spoc", "cctv_contact", "sla", "sla_mention", "certification"))


def _kind(response: Response) -> str:
    ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").split(";")[0].strip().lower()
    if ctype in DOCUMENT_TYPES or response.url.lower().split("?")[0].endswith(
        (".pdf", ".docx", ".doc", ".odt", ".rtf")
    ):
        return "document"
    return "page"


def is_evidence(page: PageAnalysis) -> bool:
    """The page confirmed some of the council's own CCTV information (not a decoy, not a committee
    paper): its links are the disclosure's own parts, and the site's hubs are no longer needed."""
    if page.decoy or getattr(page, "secondary", False):
        return False
    return any(page.signals.values()) or any(f.type in EVIDENCE_FINDINGS for f in page.findings)


class AuditSpider(
    SiteIndexes,
    PlannedSearch,
    LinkFollowing,
    FailureHandling,
    HeldRequests,
    SiteFinishing,
    SiteRequests,
    SitePoliteness,
    scrapy.Spider,
):
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

    # ---- sites ----------------------------------------------------------------------------

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
            if kind == "page" and (room := operators_room_name((doc.text or "")[:20_000])) is not None:
                self.plans[site.gss_code].room_named(room)
            if kind == "document":
                self.plans[site.gss_code].document_read(
                    response.url, doc.title or "", bool(page.criteria.get("policy"))
                )
            if response.meta.get("via_index"):
                site.index_evidence = True
        # the same page in the site's other language is the same disclosure: read it once
        for alt in (doc.alternates or {}).values():
            other = urljoin(response.url, alt)
            if site.claim(other) and evidence and site.bounds.on_site(other):
                site.twins.append(other)
        depth = response.meta.get("click_depth", 0)
        if kind == "page" and (through := past_the_wall(response.url, doc.text or "", doc.links)) is not None:
            # a consent wall answered in place of the page: its own link through, at once (analysis.links_url.past_the_wall)
            req = self._request(site, through, self.parse_page, 900, depth=depth)
            if req is not None:
                yield req
        if response.meta.get("home") and (twin := english_home(doc.lang, response.url, doc.links)) is not None:
            # a Welsh-first home page: its English twin carries the navigation the plan reads ("Council and democracy",
            # "Policies"), which the Welsh home may not link at all (held-back web 63's Carmarthenshire, whose committee
            # papers only the English "Council and democracy" page links)
            req = self._request(site, twin, self.parse_page, 900, depth=0)
            if req is not None:
                yield req
        if response.meta.get("home"):
            site.chrome = {url_key(link.url) for link in doc.links}
            for link in doc.links:
                site.chrome_labels.setdefault(url_key(link.url), set()).add(" ".join(link.text.split()).lower())
        elif kind == "page" and site.chrome and not response.meta.get("search") and site.chrome_pages < CHROME_PAGES:
            site.note_chrome(anchor_counts(response.body, response.url))
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
            names_own_cameras=not evidence and speaks_of_own_cameras(doc.text or "", page.decoy),
            page_text=(doc.text or "")[:20_000] if evidence else "",
            points_to_pack=site.bounds.committee_host(response.url) and points_to_a_pack((doc.text or "")[:20_000]),
            gives_contact=page.spoc is not None,
            record=kind == "page"
            and page.decoy is None
            and site.bounds.on_site(response.url)
            and record_of_the_cameras(doc.title or "", doc.text or "", url_key(response.url) in site.named_for_cameras),
        )

    def _settled(self, site: SiteState) -> bool:
        return settled(site.analyses)


__all__ = [
    "AuditSpider",
    "STOP_SETTLED",
    "STOP_BUDGET",
    "STOP_EXHAUSTED",
    "STOP_DISCLOSURE_READ",
    "STOP_HUBS_SPENT",
    "is_evidence",
]

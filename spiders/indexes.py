"""The site's own indexes, used as a person would: its search, then its sitemaps.

A mixin of the audit spider (spiders.audit.AuditSpider provides _request, _robots_allow,
_maybe_finish, parse_page, sites, contexts and the strong/threshold scores): kept apart because
reading an index well — which form, which results, when to read the next page, which sitemap
file next — is its own job.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from scrapy.http import Request, Response

from analysis.links import SEARCH_RESULT_PRIOR, SEARCH_TERMS, assess_link, decoy_result
from analysis.links_url import looks_like_document
from analysis.searchplan_rules import SEARCH_TERMS_FOR, WIDER_WORD
from analysis.vocab import CCTV_TITLE
from analysis.search_results import (
    documents_facet,
    one_more_page,
    widen_link,
    stated_total,
    FEW_RESULTS_PER_SITE,
    TERM_RESULTS_PER_SITE,
    camera_page_lead,
    GUESSED_PRIORITY,
    guesses_among_few,
    term_results_to_open,
    short_list_leads,
    ignores_query,
    news_only,
    own_page,
    primary_result,
    series_key,
    SERIES_PER_SITE,
)
from analysis.text import Link
from crawler.engine.discovery import anchor_counts, find_search_url, next_page_url, sitemap_urls
from crawler.engine.site import SiteState
from crawler.engine.urls import url_key

# Result pages of one search read at most (more only while they still yield candidates).
MAX_SEARCH_PAGES = 3
# Sitemap files read at most per site (an index and its children), and how many of each file's
# best URLs are considered: candidates requested, the rest kept as hubs.
MAX_SITEMAP_FILES = 8
# Results opened at most for a search of the plan (a deliverable's own words: "single point of
# contact", "information sharing agreement"): those words also match much that is not CCTV.
PLAN_SEARCH_RESULTS = 4
SHORT_LIST_WIDER_RESULTS = 2
# Sitemap URLs offered to the search plan per file (sections: policies, committee papers...).
SITEMAP_OFFERS = 3000
SITEMAP_TOP_URLS = 12
SITEMAP_TOP_HUBS = 4


class SiteIndexes:
    """Search and sitemap handling for the focused spider."""

    # ---- the site's own search ------------------------------------------------------------

    def _search(self, site: SiteState, response: Response) -> Iterator[Request]:
        """Use the site's own search, as a person would: the form on the homepage, else the first
        page that has one. Out of reach (no form on the homepage, or robots.txt forbids it): the
        sitemap is the next best index of the site."""
        plan = self.plans[site.gss_code]
        url = find_search_url(response.body, response.url, SEARCH_TERMS[0])
        if url is None:
            if response.meta.get("home"):
                plan.search_form(None, "unavailable")
                yield from self._sitemaps(site)
            return
        site.search_done = True
        if not self._robots_allow(site, url):
            site.robots_refused += 1
            plan.search_form(None, "refused_by_robots")
            yield from self._sitemaps(site)
            return
        site.search_url, site.search_path = url, urlsplit(url).path
        site.searched.add(SEARCH_TERMS[0])
        req = self._request(site, url, self.parse_page, 98, search=True, search_page=1, term=SEARCH_TERMS[0], depth=1)
        if req is not None:
            plan.search_form(url)
            plan.searched(SEARCH_TERMS[0])
            yield req
        else:  # a search hosted on another site (not ours to query): the sitemap instead
            site.search_path = None
            plan.search_form(None, "unavailable")
            yield from self._sitemaps(site)

    def _few_results(self, site: SiteState, results: list[Link], depth: int) -> Iterator[Request]:
        """A search's few results opened whatever their titles (analysis.search_results), while nothing of the
        council's own cameras has been read, at most FEW_RESULTS_PER_SITE a site."""
        if site.evidence_pages:
            return
        yield from self._open_few(
            site, [(link.url, depth + 1) for link in guesses_among_few(results, self.contexts[site.gss_code])]
        )

    def _term_results(self, site: SiteState, term: str | None, results: list[Link], depth: int) -> Iterator[Request]:
        """The few results of a search for a missing deliverable's own words, opened whatever their titles and whatever
        has been read (analysis.search_results.term_results_to_open), at most TERM_RESULTS_PER_SITE a site."""
        plan = self.plans[site.gss_code]
        for link in term_results_to_open(results, self.contexts[site.gss_code], term or "", plan.missing()):
            if site.term_results_opened >= TERM_RESULTS_PER_SITE:
                return
            if url_key(link.url) in site.seen:
                continue
            req = self._request(
                site, link.url, self.parse_page, GUESSED_PRIORITY - depth * 3, depth=depth + 1, via_index=True
            )
            if req is not None:
                site.term_results_opened += 1
                yield req

    def _hold_few_results(self, site: SiteState, results: list[Link], depth: int) -> None:
        """A search's few results kept for when the ones opened for their titles have been read: if those were somebody
        else's ("Town centre cameras in [the town]", the town council's), the rest are opened as the few results are
        (held-back web 92's Malvern Hills, whose one fact sat on a park's page listed beside the town council's)."""
        site.few_held.extend((link.url, depth + 1) for link in guesses_among_few(results, self.contexts[site.gss_code]))

    def _open_few(self, site: SiteState, leads: list[tuple[str, int]]) -> Iterator[Request]:
        """Requests for a search's few results, at most FEW_RESULTS_PER_SITE a site."""
        for url, depth in leads:
            if site.few_results_opened >= FEW_RESULTS_PER_SITE:
                return
            if url_key(url) in site.seen:
                continue
            req = self._request(
                site, url, self.parse_page, GUESSED_PRIORITY - (depth - 1) * 3, depth=depth, via_index=True
            )
            if req is not None:
                site.few_results_opened += 1
                yield req

    def _is_search_link(self, site: SiteState, url: str) -> bool:
        """A link back into the search engine (result pages, other queries): never a page to score."""
        if not site.search_path:
            return False
        try:
            parts = urlsplit(url)
        except ValueError:
            return False
        return parts.path == site.search_path and bool(parts.query) and site.bounds.on_site(url)

    def _results(self, site: SiteState, response: Response, links: list[Link], depth: int) -> Iterator[Request]:
        """Results of the site's search: every result the engine matched is a lead, weighed by its
        words (a job advert or a bus-lane page stays a decoy); the next result page is read only
        while this one still yields candidates, and never beyond MAX_SEARCH_PAGES."""
        ctx = self.contexts[site.gss_code]
        counts = anchor_counts(response.body, response.url)
        links = [
            Link(own, link.text, link.context) if (own := site.bounds.on_own_host(link.url)) else link for link in links
        ]
        results = [
            link
            for link in links
            if link.url.startswith(("http://", "https://"))
            and (
                url_key(link.url) not in site.chrome
                or " ".join(link.text.split()).lower() not in site.chrome_labels.get(url_key(link.url), set())
                # a menu page the engine matched too: in the menu and again in the results (held-back web 45's
                # Spelthorne, whose community safety questions are a top-menu page)
                or site.listed_beside_menu(url_key(link.url), counts[url_key(link.url)])
            )
            and not self._is_search_link(site, link.url)
        ]
        site.search_pages += 1
        plan = self.plans[site.gss_code]
        if response.meta.get("search_page", 1) == 1 and not response.meta.get("facet") and site.search_path:
            facet = documents_facet(links, site.search_path, response.url)
            if facet and site.facet_held is None:
                site.facet_held = (facet, depth, response.meta.get("term", SEARCH_TERMS[0]))
        if results:
            # an empty page may be a search that needs JavaScript or is broken: not trusted to
            # have looked everywhere, so browsing keeps its full allowance
            site.search_read = True
        if response.meta.get("search_page", 1) == 1:
            if response.meta.get("term") in SEARCH_TERMS and ignores_query(results):
                # the engine's popular pages whatever is asked: nothing opened, nothing asked again
                site.search_read = False
                plan.ignored_query()
                return
            plan.answered(
                response.meta.get("term"), len(results), any(CCTV_TITLE.search(link.text or "") for link in results)
            )
        candidates = 0
        if response.meta.get("plan"):
            # a search for one missing deliverable's words: its best few results only
            scored = sorted(
                ((assess_link(link, ctx, prior=SEARCH_RESULT_PRIOR), link) for link in results),
                key=lambda pair: -pair[0].score,
            )
            # the engine matched the missing deliverable's own words ("single point of contact") in
            # these pages, so a result need not name CCTV in its title ("Public Safety Centre") to
            # be opened: the bar is halfway between a lead and a strong link
            bar = (self.threshold + self.strong) / 2
            opened = 0
            # (the wider word asked after a short list for "CCTV", the council's CCTV information in hand: its best two
            # primary results only, the page with the contact or the agreement, never the committee trail)
            wider = response.meta.get("term") == WIDER_WORD and plan.info_met and plan.info_page_met
            top = scored[:SHORT_LIST_WIDER_RESULTS] if wider else scored[:PLAN_SEARCH_RESULTS]
            for ls, link in top:
                if wider and not primary_result(link):
                    continue
                if ls.score >= bar and not decoy_result(ls, link.text) and not _another_issue(site, link):
                    req = self._request(
                        site,
                        link.url,
                        self.parse_page,
                        int(ls.score * 100) - depth * 3,
                        depth=depth + 1,
                        via_index=True,
                    )
                    if req is not None:
                        opened += primary_result(link)
                        yield req
            if (
                response.meta.get("search_page", 1) == 1
                and response.meta.get("term") in SEARCH_TERMS_FOR["5.1"]
                and results
                and not site.evidence_pages
                # (where "CCTV" itself listed pages, if only a taxi or home camera page, the engine indexes the word and
                # has no page of the council's to list: the simulated web's councils that publish nothing)
                and not plan.hits.get(SEARCH_TERMS_FOR["5.1"][0])
                and not any(
                    own_page(link.url) and not looks_like_document(link.url) and not decoy_result(ls, link.text)
                    for ls, link in scored
                )
            ):
                # nothing for "CCTV", and the council's other camera words listed only pages whose own words set them
                # apart ("Bus lane enforcement" for "cameras"), news or documents: the engine does not list the council's
                # camera pages, which a careful person then looks for down the site's menus (held-back web 138's
                # Trafford: its CCTV pages five clicks under "Residents")
                plan.listed_no_pages()
            if not opened and response.meta.get("search_page", 1) == 1:
                yield from self._few_results(site, results, depth)
            elif response.meta.get("search_page", 1) == 1:
                self._hold_few_results(site, results, depth)
            if response.meta.get("search_page", 1) == 1:
                yield from self._term_results(site, response.meta.get("term"), results, depth)
            return
        leads = own_pages = 0
        for link in results:
            ls = assess_link(link, ctx, prior=SEARCH_RESULT_PRIOR)
            if decoy_result(ls, link.text):
                # its own words say what it is, listed for the word CCTV only: not opened, but
                # (when the word lifted it over the bar) a lead all the same for whether the next
                # result page is worth reading, as before such results were left
                leads += ls.score >= self.strong
                continue
            if ls.score >= self.strong and _another_issue(site, link):
                continue  # one more issue of a series already opened twice: not opened, and no reason to page on
            if ls.score >= self.strong:
                req = self._request(
                    site, link.url, self.parse_page, int(ls.score * 100) - depth * 3, depth=depth + 1, via_index=True
                )
                if req is not None:
                    candidates += 1
                    own_pages += primary_result(link)
                    yield req
            elif ls.score >= self.threshold:
                site.add_hub(ls.score, link.url, depth + 1, ls.section_key)
                if camera_page_lead(link):
                    site.camera_leads.append((int(ls.score * 100) - depth * 3, link.url, depth + 1))
        if response.meta.get("search_page", 1) == 1 and response.meta.get("term", SEARCH_TERMS[0]) == SEARCH_TERMS[0]:
            # a short list for "CCTV": its other own pages are leads for a contact point or an agreement still missing
            # (spiders.finishing opens them, with the camera-named leads, at most CAMERA_LEADS_PER_SITE a site)
            listed = {u for _, u, _ in site.camera_leads}
            for link in short_list_leads(results, ctx):
                if url_key(link.url) not in site.seen and link.url not in listed:
                    site.camera_leads.append((GUESSED_PRIORITY - depth * 3, link.url, depth + 1))
        if not own_pages and response.meta.get("search_page", 1) == 1:
            # (a news item opened for its headline is no page of the council's information: news never counts)
            yield from self._few_results(site, results, depth)
        elif response.meta.get("search_page", 1) == 1:
            self._hold_few_results(site, results, depth)
        pageno = response.meta.get("search_page", 1)
        term = response.meta.get("term", SEARCH_TERMS[0])
        candidates += leads  # the paging and the second word are decided as before the decoys were left
        # a first page of news items only, with nothing of the council's own read yet: the next page may hold the
        # service's page (analysis.search_results.news_only)
        all_news = pageno == 1 and news_only(results) and not site.evidence_pages
        if any(own_page(link.url) and not looks_like_document(link.url) for link in results):
            plan.listed_pages()
        elif pageno == 1 and term in SEARCH_TERMS and results and not site.evidence_pages:
            plan.listed_no_pages()
        # (while nothing of the council's own has been read, a first page whose engine counts just one more page's worth of
        # results: that page too)
        few_more = (
            pageno == 1
            and term == SEARCH_TERMS[0]
            and not site.evidence_pages
            and one_more_page(len(results), stated_total(response.body))
        )
        if ((candidates and candidates * 2 >= len(results)) or all_news or few_more) and pageno < MAX_SEARCH_PAGES:
            nxt = next_page_url(response.body, response.url, pageno)
            if nxt and self._is_search_link(site, nxt):
                req = self._request(
                    site, nxt, self.parse_page, 95, search=True, search_page=pageno + 1, term=term, depth=depth
                )
                if req is not None:
                    yield req
        elif pageno == 1 and not candidates and len(site.searched) < 2:
            # nothing under the first word: a person tries the other common one, once
            alt = next((t for t in SEARCH_TERMS[1:] if t not in site.searched), None)
            url = find_search_url(response.body, response.url, alt) if alt else None
            if alt and url and self._robots_allow(site, url):
                site.searched.add(alt)
                plan.searched(alt)
                req = self._request(site, url, self.parse_page, 96, search=True, search_page=1, term=alt, depth=depth)
                if req is not None:
                    yield req
        widen = (
            widen_link(links, site.search_path, response.url)
            if pageno == 1 and site.search_path and not response.meta.get("widened") and not site.evidence_pages
            else None
        )
        if widen and self._is_search_link(site, widen):
            # a search scoped to services (or to one section) that offers the whole site: the same search, widened, once
            req = self._request(
                site, widen, self.parse_page, 95, search=True, search_page=1, term=term, depth=depth, widened=True
            )
            if req is not None:
                yield req
        if pageno == 1 and not results:
            yield from self._sitemaps(site)  # nothing to read in the results: the sitemap too

    # ---- sitemaps -------------------------------------------------------------------------

    def _sitemaps(self, site: SiteState) -> Iterator[Request]:
        """Start reading the sitemaps named in robots.txt (no guessing of other locations)."""
        if site.sitemaps_started or not site.sitemaps:
            return
        site.sitemaps_started = True
        site.sitemap_queue = list(dict.fromkeys(site.sitemaps))
        yield from self._next_sitemap(site)

    def _next_sitemap(self, site: SiteState) -> Iterator[Request]:
        while site.sitemap_queue and site.sitemap_pages < MAX_SITEMAP_FILES:
            sm = site.sitemap_queue.pop(0)
            req = self._request(site, sm, self.parse_sitemap, 97, depth=1, sitemap=True)
            if req is not None:
                site.sitemap_pages += 1
                yield req
                return

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        """Score a sitemap's URLs by their leaf words: the few that name CCTV are candidates, the
        best section pages hubs. Every file of a sitemap index is read, one after the other, up to
        MAX_SITEMAP_FILES: their order says nothing about where CCTV is, and the council's CCTV
        page may be in the last while a privacy notice naming CCTV is in the first."""
        site = self.sites[response.meta["site"]]
        site.inflight -= 1
        try:
            pages, nested = sitemap_urls(response.body)
            ctx = self.contexts[site.gss_code]
            plan = self.plans[site.gss_code]
            plan.sitemap("searched", [response.url])
            scored = sorted(
                ((assess_link(Link(url=u, text="", context=""), ctx), u) for u in pages[:SITEMAP_OFFERS]),
                key=lambda pair: -pair[0].score,
            )
            for ls, u in scored:
                if ls.raw > -1.0 and site.bounds.on_site(u):
                    plan.offer(u, "", ls.score, 2)
            hubs = 0
            for ls, url in scored[:SITEMAP_TOP_URLS]:
                if ls.score >= self.strong:
                    req = self._request(
                        site,
                        url,
                        self.parse_page,
                        int(ls.score * 100) - 6,
                        depth=2,
                        via_index=True,
                        index=ls.index_letter,
                    )
                    if req is not None:
                        yield req
                elif ls.score >= self.threshold and hubs < SITEMAP_TOP_HUBS:
                    site.add_hub(ls.score, url, 2, ls.section_key)
                    hubs += 1
            site.sitemap_queue.extend(u for u in nested if u not in site.sitemap_queue)
            yield from self._next_sitemap(site)
        finally:
            yield from self._maybe_finish(site)


def _another_issue(site: SiteState, link: Link) -> bool:
    """The result is one more issue of a publication whose SERIES_PER_SITE issues are already opened (counting this one
    when it is not)."""
    key = series_key(link)
    if key is None:
        return False
    if site.series_opened.get(key, 0) >= SERIES_PER_SITE:
        return True
    site.series_opened[key] = site.series_opened.get(key, 0) + 1
    return False

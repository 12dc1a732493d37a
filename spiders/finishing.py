"""Finishing a site: the next hub, plan step or second try when nothing is in flight, else
the site's result. A mixin of the audit spider.

A site is finished only when it has nothing in flight, so every answer and every failure ends by
asking here what comes next; the order (held candidates, hubs, the search plan, second tries,
then the result) is the order a careful person would try them in.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.exceptions import DontCloseSpider
from scrapy.http import Request, Response

from analysis.assess import assess, verdicts
from analysis.search_results import CAMERA_LEADS_PER_SITE
from crawler.engine.urls import url_key
from crawler.engine.items import SiteResultItem
from crawler.engine.site import (
    STOP_BUDGET,
    STOP_DISCLOSURE_READ,
    STOP_EXHAUSTED,
    STOP_HUBS_SPENT,
    SiteState,
    now_iso,
)

__all__ = ["SiteFinishing", "STOP_SEARCHED"]

# Why a site stopped when the search plan looked for deliverables still missing after the
# council's CCTV information had been read or the browsing allowance spent.
STOP_SEARCHED = "missing_deliverables_searched"


class SiteFinishing:
    """Finishing sites for the focused spider (spiders.audit.AuditSpider provides `plans`,
    `window`, `contexts`, `stop_on_disclosure`, `search_plan`, `_admit` and, from spiders.indexes, `_open_few`)."""

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
        if not site.stopped and not site.evidence_pages and site.few_held:
            # the results opened for their titles showed nothing of the council's own: the search's other few results
            held, site.few_held = site.few_held, []
            few = list(self._open_few(site, held))
            if few:
                yield from few
                return
        if not site.stopped and not site.evidence_pages and site.facet_held and not site.facet_opened:
            # nothing of the council's own among the search's results: its documents tab, once a site
            site.facet_opened = True
            url, depth, term = site.facet_held
            req = self._request(
                site, url, self.parse_page, 94, search=True, search_page=1, term=term, depth=depth, facet=True
            )
            if req is not None:
                yield req
                return
        plan = self.plans[site.gss_code]
        disclosure = (
            not site.stopped
            and bool(site.evidence_pages)
            and self.stop_on_disclosure
            and self._disclosure_found(site)
            and not plan.hunting_unlisted()
        )
        # (a search that listed no page of the council's, only news or documents, has not looked everywhere: the hubs keep
        # their full allowance, analysis.searchplan_state.PlanState.pages_unlisted)
        searched = site.search_read and not plan.pages_unlisted
        allowance = min(site.hub_allowance, self.hub_allowance_searched) if searched else site.hub_allowance
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
        if not site.stopped:
            for req in self._camera_leads(site):
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

    def _camera_leads(self, site: SiteState) -> Iterator[Request]:
        """A search result named for the cameras and left below the bar, opened (at most CAMERA_LEADS_PER_SITE) while a
        contact point or a police agreement is still not found: the council's own camera page is where a careful person
        looks for both before calling them not met (analysis.search_results.camera_page_lead)."""
        if site.camera_leads_opened >= CAMERA_LEADS_PER_SITE or not (site.camera_leads or site.twins):
            return
        found = verdicts(site.analyses, "ok")
        if all(found[k]["status"] != "not_met" for k in ("5.3", "5.5")):
            return
        while site.twins and site.camera_leads_opened < CAMERA_LEADS_PER_SITE:
            # the Welsh (or English) twin of a page that showed the council's cameras, claimed unread as the same
            # disclosure: read before calling the contact or the agreement not met
            twin = site.twins.pop(0)
            site.seen.discard(url_key(twin))
            req = self._request(site, twin, self.parse_page, 45, depth=2, via_index=True)
            if req is not None:
                site.camera_leads_opened += 1
                yield req
                return
        while site.camera_leads and site.camera_leads_opened < CAMERA_LEADS_PER_SITE:
            priority, url, depth = max(site.camera_leads)
            site.camera_leads.remove((priority, url, depth))
            req = self._request(site, url, self.parse_page, priority, depth=depth, via_index=True)
            if req is not None:
                site.camera_leads_opened += 1
                yield req
                return

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

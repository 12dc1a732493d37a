"""The search plan's steps turned into requests: a mixin of the audit spider.

The plan itself (analysis.searchplan) is pure and decides what to look at next for the
deliverables still missing; this only asks it, checks robots.txt, and makes the request.
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapy.http import Request

from analysis.assess import verdicts
from analysis.searchplan import Action, SearchPlan
from crawler.engine.site import SiteState

# Requests kept back from the plan so it never runs a site into its budget.
PLAN_RESERVE = 2


class PlannedSearch:
    """Search-plan handling for the focused spider (spiders.audit.AuditSpider provides `plans`,
    `_request`, `_robots_allow`, `_sitemaps` and `parse_page`)."""

    def _plan_next(self, site: SiteState) -> Iterator[Request]:
        """The search plan's next step for the deliverables still missing (analysis.searchplan):
        at most one request, yielded; nothing when the plan has no step left."""
        plan = self.plans[site.gss_code]
        plan.update(verdicts(site.analyses, "ok"))
        plan.budget_left = site.budget - site.requests - PLAN_RESERVE
        while (action := plan.next_action()) is not None:
            req = self._plan_request(site, plan, action)
            if req is None and action.family == "browse" and action.url in plan.browsed:
                plan.browsed.remove(action.url)  # already read or refused: no page of the allowance
            if req is not None:
                plan.steps_taken += 1
                yield req
                return

    def _plan_request(self, site: SiteState, plan: SearchPlan, action: Action) -> Request | None:
        if action.kind == "sitemap":
            if site.sitemaps_started:
                plan.sitemap("searched" if site.sitemap_pages else "failed")
                return None
            if not site.sitemaps:
                plan.sitemap("unavailable")
                return None
            return next(iter(self._sitemaps(site)), None)
        assert action.url is not None
        if not self._robots_allow(site, action.url):
            site.robots_refused += 1
            if action.kind == "search" and action.term:
                plan.searched(action.term, "refused_by_robots")
            else:
                plan.failed_page(action.url, "refused_by_robots")
            return None
        if action.kind == "search":
            site.searched.add(action.term or "")
            return self._request(
                site, action.url, self.parse_page, 94, search=True, search_page=1, term=action.term, depth=1, plan=True
            )
        return self._request(
            site, action.url, self.parse_page, 60, depth=action.depth, hub=True, plan_family=action.family
        )

"""Building a site's requests: a mixin of the audit spider.

Every request of the audit passes through `_request`, which keeps a site within its bounds and
budget, claims the URL so it is asked once, counts it in flight and records the click depth
under a key of its own. Kept apart so that what a request carries is decided in one place,
whichever part of the spider (links, indexes, plan, held candidates) asks for it.
"""

from __future__ import annotations

from typing import Any

from scrapy.http import Request

from analysis.links import looks_like_document
from crawler.engine.site import SiteState
from crawler.engine.urls import MAX_URL_LENGTH, clean_url
from spiders.following import SIBLING_PAGES

__all__ = ["SiteRequests"]


class SiteRequests:
    """Request building for the focused spider (spiders.audit.AuditSpider provides `parse_page`
    and `on_error`)."""

    def _request(self, site: SiteState, url: str, callback: Any, priority: int, **meta: Any) -> Request | None:
        """A request for this site, or None when it is off-site, already queued or out of budget."""
        url = clean_url(url)
        document = looks_like_document(url)
        sibling_page = bool(meta.get("sibling_page"))
        if (
            len(url) > MAX_URL_LENGTH
            or site.stopped
            or not site.bounds.allows(url, document=document, sibling_page=sibling_page)
        ):
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

    def _held_request(
        self, site: SiteState, held: tuple[int, str, int, bool, bool, str], **meta: Any
    ) -> Request | None:
        """The request for a candidate held back (SiteState.deferred, SiteState.second_tries):
        (priority, url, click depth, A-Z letter C, reached via an index, source page).

        A candidate on another host of the council's domain was chosen as one of the site's few such pages
        (spiders.following.SIBLING_PAGES) when it was held: it is asked as one, while the site has any left, rather than
        refused as off-site when its turn comes."""
        priority, url, depth, letter, from_index, source = held
        sibling = not site.bounds.on_site(url) and site.bounds.sibling_page(url) and site.sibling_pages < SIBLING_PAGES
        req = self._request(
            site,
            url,
            self.parse_page,
            priority,
            depth=depth,
            index=letter,
            via_index=from_index,
            source=source or None,
            **({"sibling_page": True} if sibling else {}),
            **meta,
        )
        if req is not None and sibling:
            site.sibling_pages += 1
        return req

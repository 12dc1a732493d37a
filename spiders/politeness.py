"""robots.txt as the site states it: read once, asked before using the search, Crawl-delay honoured.

A mixin of the audit spider (spiders.audit.AuditSpider provides `sites`, `settings`, `crawler`).
"""

from __future__ import annotations

from typing import Any

from scrapy.http import Request, Response

from crawler.engine.site import SiteState
from crawler.engine.slots import raise_slot_delay


class SitePoliteness:
    """The robots.txt and Crawl-delay hooks of the focused spider."""

    def _on_robots(self, robotparser: Any, request: Request) -> None:
        """Keep the site's robots.txt (to know the search is out of reach before asking), its
        sitemaps, and honour its Crawl-delay."""
        site = self.sites.get(request.meta.get("site", ""))
        if site is None or not site.bounds.on_site(request.url):
            return  # the robots.txt of the council's committee papers host: Scrapy obeys it there
        site.robots = robotparser
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

    def _robots_allow(self, site: SiteState, url: str) -> bool:
        """Whether robots.txt lets us fetch `url` (True when it has not been read or cannot say)."""
        if site.robots is None:
            return True
        agent = self.settings.get("ROBOTSTXT_USER_AGENT") or self.settings.get("USER_AGENT") or "*"
        try:
            return bool(site.robots.allowed(url, agent))
        except (TypeError, ValueError, AttributeError):
            return True

    def _on_downloaded(self, response: Response, request: Request, spider: Any = None) -> None:
        """Keep AutoThrottle from going below a site's robots.txt Crawl-delay."""
        site = self.sites.get(request.meta.get("site", ""))
        if site is None or not site.crawl_delay:
            return
        raise_slot_delay(self.crawler, request, site.crawl_delay)

"""A plain breadth-first crawl with the same budget and analysis: the benchmark's baseline.

It is what a naive audit does — follow every on-site link, shallowest first, until the budget
is spent — so `make bench` can show what the focused spider's search, scoring and early stop buy.
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapy.http import Request, Response

from analysis.text import Link
from crawler.engine.site import SiteState
from spiders.audit import AuditSpider


class BreadthFirstSpider(AuditSpider):
    name = "bfs"
    stop_on_disclosure = False  # a plain crawl does not know when it has read enough
    search_plan = False  # nor where a missing deliverable is filed

    def _settled(self, site: SiteState) -> bool:
        return False  # a plain crawl does not know when it has its answers

    def _search(self, site: SiteState, response: Response) -> Iterator[Request]:
        return iter(())

    def _follow(
        self,
        site: SiteState,
        links: list[Link],
        depth: int,
        evidence_url: str | None = None,
        from_index: bool = False,
        on_page: str = "",
        page_url: str = "",
        names_own_cameras: bool = False,
        page_text: str = "",
        points_to_pack: bool = False,
        gives_contact: bool = False,
        record: bool = False,
    ) -> Iterator[Request]:
        for link in links:
            if site.inflight + site.requests >= 2 * site.budget:
                # queue about what the budget can fetch (with room for refusals): every request
                # refused later for budget still costs a pass through the scheduler
                return
            if not link.url.startswith(("http://", "https://")):
                continue
            req = self._request(site, link.url, self.parse_page, -depth, depth=depth)
            if req is not None:
                yield req

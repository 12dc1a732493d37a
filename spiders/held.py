"""Candidates held back and asked later: a mixin of the audit spider.

Two kinds wait: the candidates of a page past its first burst (CANDIDATE_BURST), released a
burst at a time once those in flight have answered, so that a page of thousands of links to
nowhere is found out before it floods the site's queue; and candidates lost to a passing server
error, asked once more, one at a time, when the site has nothing else to do.
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapy.http import Request

from crawler.engine.site import SiteState

__all__ = ["HeldRequests", "CANDIDATE_BURST"]

# Candidates of one page requested at once; the rest wait until those have answered (a page of
# thousands of "CCTV ..." links to nowhere must not queue them all before the first one fails).
CANDIDATE_BURST = 8


class HeldRequests:
    """Scheduling of held-back and second-try candidates (spiders.requesting.SiteRequests provides
    `_held_request`)."""

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

    def _second_tries(self, site: SiteState) -> Iterator[Request]:
        """The candidates lost to a passing server error, asked once more, one at a time."""
        while site.second_tries:
            req = self._held_request(site, site.second_tries.pop(0), second_try=True)
            if req is not None:
                yield req
                return

    @staticmethod
    def _candidate(request: Request) -> bool:
        """A page or document the spider chose from a link (a candidate or a hub), on its first
        second try: not a search, sitemap, homepage, revisit or plan page, which have their own."""
        meta = request.meta
        return not any(
            meta.get(k) for k in ("plan_family", "search", "sitemap", "home", "revisit", "second_try", "plan")
        )

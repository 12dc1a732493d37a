"""The state of one LA's crawl inside a run: budget, frontier bookkeeping, analyses, outcome.

The spider owns one SiteState per LA; the budget middleware reads it to refuse requests once a
site is finished or spent, so no request is wasted on a site that already has its answers.

Why a site stopped is recorded, in the words a person would use:
- ``settled``: every deliverable had a confident verdict;
- ``disclosure_read``: the council's own CCTV information was found and every candidate link
  read; the section pages held in reserve were not needed;
- ``hub_allowance_spent``: candidates ran out and the few section pages allowed were opened
  without finding the council's CCTV information;
- ``frontier_exhausted``: nothing promising was left to open at all;
- ``budget``: the page budget was used up.
"""

from __future__ import annotations

import heapq
import itertools
from dataclasses import dataclass, field
from datetime import datetime, timezone
from collections.abc import Mapping
from typing import Any

from crawler.engine.netsafety import SiteBounds
from crawler.engine.urls import url_key

STOP_SETTLED = "settled"
STOP_DISCLOSURE_READ = "disclosure_read"
STOP_HUBS_SPENT = "hub_allowance_spent"
STOP_EXHAUSTED = "frontier_exhausted"
STOP_BUDGET = "budget"
# How much less a hub under the directory of a hub already opened is worth (see next_hub).
HUB_CHILD_PENALTY = 0.1
# A page whose candidate links keep failing (404, 410) stops being trusted: its links still waiting
# are not fetched. At least this many failures, and more than FLOOD_RATIO times its links that
# worked (a CCTV page with a couple of dead document links stays trusted; a paragraph of 3,000
# "CCTV ..." links to nowhere, seen in the hostile soak, does not).
FLOOD_FAILURES = 4
FLOOD_RATIO = 3


def now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class SiteState:
    gss_code: str
    name: str
    website: str
    police_force: str | None
    budget: int
    bounds: SiteBounds = field(init=False)
    seen: set[str] = field(default_factory=set)
    inflight: int = 0
    requests: int = 0
    pages: int = 0
    documents: int = 0
    errors: int = 0
    robots_refused: int = 0
    bytes_received: int = 0
    analyses: list[Any] = field(default_factory=list)
    stop_reason: str | None = None
    home_status: str | None = None  # "ok" | "unreachable" | "robots_blocked" | "error"
    home_error: str | None = None
    searched: set[str] = field(default_factory=set)
    sitemaps: list[str] = field(default_factory=list)
    robots: Any = None  # the site's robots.txt parser (Scrapy RobotParser), once read
    chrome: set[str] = field(default_factory=set)  # url keys of the homepage's links: navigation, footer
    # ... and the words each is linked with there: a search result listing one of them under other words
    # ("General privacy notice" for the footer's "Privacy notice") is a result, not the page's chrome
    chrome_labels: dict[str, set[str]] = field(default_factory=dict)
    # ... and how often another page links to each (the fewest seen, on the first pages after the homepage, which
    # may promote a menu page again in its body): a search result page linking to one more often lists it as a result
    chrome_counts: dict[str, int] = field(default_factory=dict)
    chrome_pages: int = 0
    sibling_pages: int = 0  # pages opened on other hosts of the council's domain (spiders.following.SIBLING_PAGES)
    search_url: str | None = None  # the search form's URL for the first term, once found
    search_path: str | None = None  # its path: result pagination, never a page to score
    search_done: bool = False  # the search form was found and used, or is out of reach
    search_pages: int = 0
    few_results_opened: int = 0  # results of a search that found the word in very few pages (spiders/indexes.py)
    term_results_opened: int = 0  # results of a search for a missing deliverable's own words (spiders/indexes.py)
    few_held: list[tuple[str, int]] = field(
        default_factory=list
    )  # ... kept while results opened for their titles are read
    # the search's documents tab, opened when nothing of the council's own has been read (analysis.search_results)
    facet_held: tuple[str, int, str] | None = None  # (url, depth, term): the first one found
    facet_opened: bool = False
    # search results named for the cameras but below the bar: opened before 5.3 or 5.5 is called not met
    camera_leads: list[tuple[int, str, int]] = field(default_factory=list)
    camera_leads_opened: int = 0
    # the other-language twins of pages that showed the council's cameras (read once, as one disclosure): kept for the
    # same last look, where a Welsh page may name what its English twin leaves out (held-back web 162's Powys SPOC)
    twins: list[str] = field(default_factory=list)
    # meetings' pages an agenda item sent the audit to for the pack its police agreement is in (analysis.committee_pack)
    pack_meetings: set[str] = field(default_factory=set)
    # the packs and printed minutes each meeting's page read on the committee host lists, for an agenda item read after its
    # meeting's page that sends the audit back there (held-back web 210's Boston: meeting page, then item, then minutes)
    meeting_packs: dict[str, list[str]] = field(default_factory=dict)
    # search results opened per series of one publication ("Hawk Eye, April to June 2025", "… July to September 2025"):
    # analysis.search_results.series_key
    series_opened: dict[str, int] = field(default_factory=dict)
    search_read: bool = False  # a page of the site's own search results has been read
    # pages asked for a link whose own words named the cameras (an A-Z's "CCTV" entry): a short page they land on is a record
    # of what the link named, its documents the record's content (analysis.links.record_of_the_cameras)
    named_for_cameras: set[str] = field(default_factory=set)
    record_documents: int = 0  # documents opened from such records (spiders.following.RECORD_DOCUMENTS)
    pointed_pages: int = 0  # pages a CCTV page's sentence points to (spiders.following.POINTED_PAGES)
    sitemap_queue: list[str] = field(default_factory=list)
    sitemap_pages: int = 0
    sitemaps_started: bool = False
    evidence_pages: int = 0  # pages that confirmed the council's own CCTV information
    index_evidence: bool = False  # one of them was reached from an index (sitemap, A-Z letter)
    hubs_opened: int = 0
    crawl_delay: float | None = None
    finalized: bool = False
    started_at: str = field(default_factory=now_iso)
    error_samples: list[str] = field(default_factory=list)
    broken_evidence: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # pages read only in part (caps, truncation) or read repaired (OCR)

    hubs: list[tuple[float, int, str, int, str]] = field(default_factory=list)
    hub_allowance: int = 6
    hub_keys: dict[str, int] = field(default_factory=dict)  # hubs opened per section
    opened_hub_dirs: list[str] = field(default_factory=list)  # URL directories of the hubs opened
    _seq: itertools.count = field(default_factory=itertools.count)
    # candidates held back by the spider (priority, url, depth, A-Z letter C, via an index, source page)
    deferred: list[tuple[int, str, int, bool, bool, str]] = field(default_factory=list)
    # candidates whose answer still said "try again" after Scrapy's retries: asked once more when the
    # site has nothing else to do (priority, url, depth, A-Z letter C, via an index, source page)
    second_tries: list[tuple[int, str, int, bool, bool, str]] = field(default_factory=list)
    link_fails: dict[str, int] = field(default_factory=dict)  # source page -> its links that 404ed
    link_oks: dict[str, int] = field(default_factory=dict)  # source page -> its links that were read

    def listed_beside_menu(self, key: str, times: int) -> bool:
        """A menu address a page links to more often than the site's other pages do: listed there as a result too.
        Unknown (False) until a page besides the homepage has been read."""
        return key in self.chrome_counts and times > self.chrome_counts[key]

    def note_chrome(self, counts: Mapping[str, int]) -> None:
        """Record how often a page besides the homepage links to each menu address."""
        self.chrome_pages += 1
        for key in self.chrome:
            n = counts.get(key, 0)
            if n:
                self.chrome_counts[key] = min(self.chrome_counts.get(key, n), n)

    def __post_init__(self) -> None:
        self.bounds = SiteBounds.from_url(self.website)

    def add_hub(self, score: float, url: str, depth: int, key: str = "") -> None:
        """Keep a navigation page in reserve, to open when strong candidates run out."""
        if url_key(url) not in self.seen:
            heapq.heappush(self.hubs, (-score, next(self._seq), url, depth, key))

    def hubs_left(self) -> bool:
        """Whether any unopened hub is still in reserve."""
        return any(url_key(url) not in self.seen for _, _, url, _, _ in self.hubs)

    def next_hub(self, per_section: int = 2) -> tuple[float, str, int] | None:
        """The best hub not yet requested, or None; taking it marks it opened.

        Two rules a person browsing follows. At most `per_section` hubs of one section are
        opened: once the community safety landing and one page under it have shown no CCTV link,
        the section's other pages ("Community safety forms", "... performance") will not either.
        And a page under a hub already opened counts for a little less than a landing page of
        another section, for the same reason.
        """
        best: tuple[float, str, int] | None = None
        for i, (neg, _seq, url, _depth, key) in enumerate(self.hubs):
            if url_key(url) in self.seen or (key and self.hub_keys.get(key, 0) >= per_section):
                continue
            score = -neg - (HUB_CHILD_PENALTY if any(url.startswith(p) for p in self.opened_hub_dirs) else 0.0)
            # equal scores: by address, not by which page named the hub first (answers arrive in
            # any order)
            if best is None or score > best[0] or (score == best[0] and url < best[1]):
                best = (score, url, i)
        if best is None:
            return None
        neg, _, url, depth, key = self.hubs.pop(best[2])
        heapq.heapify(self.hubs)
        if key:
            self.hub_keys[key] = self.hub_keys.get(key, 0) + 1
        directory = url.split("?", 1)[0].rsplit("/", 1)[0] + "/"
        if directory.count("/") > 3:  # never the site root: every page is under it
            self.opened_hub_dirs.append(directory)
        return -neg, url, depth

    @property
    def stopped(self) -> bool:
        return self.stop_reason is not None

    def stop(self, reason: str) -> None:
        if self.stop_reason is None:
            self.stop_reason = reason

    def link_outcome(self, source: str, ok: bool) -> None:
        """A candidate link found on page `source` was read (ok) or was gone (404, 410)."""
        book = self.link_oks if ok else self.link_fails
        book[source] = book.get(source, 0) + 1

    def distrusts(self, source: str) -> bool:
        """Whether the links of page `source` keep failing (FLOOD_FAILURES, FLOOD_RATIO), so those
        still waiting are not worth a request."""
        fails = self.link_fails.get(source, 0)
        return fails >= FLOOD_FAILURES and fails > FLOOD_RATIO * self.link_oks.get(source, 0)

    def claim(self, url: str) -> bool:
        """Mark a URL as queued; False if this site has queued it before."""
        key = url_key(url)
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    def record_error(self, message: str) -> None:
        self.errors += 1
        if len(self.error_samples) < 10:
            self.error_samples.append(message[:300])

    def note_warnings(self, url: str, warnings: list[str], capped: bool, cap_seconds: float) -> None:
        """Record, as crawl notes, that a page was read only in part or with its OCR layer repaired (never silently)."""
        for w in warnings:
            self._note(f"{url[:300]}: {w}")
        if capped and not any("CPU cap" in w for w in warnings):
            self._note(f"{url[:300]}: per-page CPU cap reached ({cap_seconds:g} s): analysis cut short")

    def _note(self, text: str) -> None:
        if len(self.notes) < 50:
            self.notes.append(text[:400])

    def crawl_status(self) -> tuple[str, str | None]:
        """The CONTRACT crawl status and error of this site, from how its homepage went."""
        if self.home_status in (None, "ok"):
            if self.home_status is None and self.pages == 0 and self.documents == 0:
                return "error", self.home_error or "homepage was never fetched"
            return "ok", None
        return self.home_status, self.home_error

"""Which results of a site's own search are worth opening when none is titled for the cameras.

A search that finds the word in only a few pages has told the crawl where the word is: a careful person opens those
pages even when their titles say nothing of cameras (held-back web 81's Newcastle-under-Lyme, whose one sentence on
its cameras sat on a multi-storey car park's page, the only result for "CCTV"; webs 82-90's country parks, leisure
centres and car parks). The spider asks this only while nothing of the council's own cameras has been read, and keeps
the count per site.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .committee import is_committee_paper
from .context import AuthorityContext
from .decoys import news_address
from .links import SEARCH_RESULT_PRIOR, assess_link, decoy_result
from .searchplan_rules import POLICY_TERM, SEARCH_TERMS_FOR, SHORT_LIST
from .text import Link

__all__ = [
    "documents_facet",
    "one_more_page",
    "stated_total",
    "widen_link",
    "FEW_RESULTS",
    "FEW_RESULTS_PER_SITE",
    "GUESSED_PRIORITY",
    "guesses_among_few",
    "TERM_FEW_RESULTS",
    "TERM_RESULTS_PER_SITE",
    "term_results_to_open",
    "short_list_leads",
    "ignores_query",
    "news_only",
    "own_page",
    "primary_result",
    "CAMERA_LEADS_PER_SITE",
    "camera_page_lead",
    "SERIES_PER_SITE",
    "series_key",
]

# A search whose first page lists this many results or fewer is a few; at most this many of them are opened a site.
# (seven: "Fly-tipping" first of seven results for "cameras", the page saying the council moves twenty covert cameras
# between hotspots, held-back web 164's West Oxfordshire; five had left it unread)
FEW_RESULTS = 7
FEW_RESULTS_PER_SITE = 2
# Below every candidate a page named for the cameras makes, above the site's generic hubs.
GUESSED_PRIORITY = 40
# At most this many results named for the cameras, left below the bar, are opened before a contact point or an agreement
# is called not met.
CAMERA_LEADS_PER_SITE = 2

_NAMES_CCTV = re.compile(
    r"\bCCTV\b|\bsurveillance\s+cameras?\b|\bclosed[- ]circuit\b|\bpublic[- ]space\s+(?:cameras|surveillance)\b|"
    r"\btown\s+centre\s+cameras\b|\bteledu\s+cylch\b",
    re.I,
)


def camera_page_lead(link: Link) -> bool:
    """A result named for the cameras ("Shared CCTV scheme") that scored below the bar for opening at once: the page a
    careful person opens for a camera contact or a police agreement before calling either not met (held-back web 92's
    Huntingdonshire, whose scheme page, filed under streets and parking, was left unread once two partnership documents
    had settled 5.1, and its contact was called not met). Never a news item or a committee paper."""
    return bool(_NAMES_CCTV.search(link.text)) and primary_result(link)


def own_page(url: str) -> bool:
    """A result that may be the council's information: anything but a news item."""
    return not news_address(url)


# A meeting's record by its listed title ("Minutes: full council, 16 November 2016", "Agenda - Cabinet"): committee papers
# are secondary evidence wherever they are filed
_PAPER_TITLE = re.compile(
    r"^\W*(?:minutes|agenda|decision\s+notice|report\s+to)\b|\bminutes\s+of\s+(?:the\s+)?\w", re.I
)


def primary_result(link: Link) -> bool:
    """A result that may be the council's own information rather than its news or its committee papers: only such a
    result opened for its title stops the few results being read (held-back web 85's Amber Valley, where the minutes of
    a full council listed beside a car parks page had kept that page, its one sentence on the cameras, unread)."""
    return own_page(link.url) and not is_committee_paper(link.url, "") and not _PAPER_TITLE.search(link.text)


def guesses_among_few(results: list[Link], ctx: AuthorityContext | None) -> list[Link]:
    """The results of a search that found the word in FEW_RESULTS pages or fewer, in the engine's order, less those
    whose own words say what else they are (a penalty notice, a job) and news items."""
    if len(results) > FEW_RESULTS:
        return []
    return [
        link
        for link in results
        if own_page(link.url)
        and (
            _PLACE_TITLE.search(link.text)
            or _SERVICE_REPORT_TITLE.search(link.text)
            or not decoy_result(assess_link(link, ctx, prior=SEARCH_RESULT_PRIOR), link.text)
        )
    ]


# A search for a missing deliverable's own words ("single point of contact", "sharing agreement") that lists this many
# results or fewer has said where those words are: they are opened whatever their titles, at most this many a site.
# (held-back web 357's Buckinghamshire: "single point of contact" listed one page, the library room hire terms, whose
# clause on the cameras names the council's single point of contact for surveillance cameras; the CCTV pages already
# read, the result was left and 5.3 called not met)
TERM_FEW_RESULTS = SHORT_LIST
TERM_RESULTS_PER_SITE = 2


def term_results_to_open(
    results: list[Link], ctx: AuthorityContext | None, term: str, missing: list[str]
) -> list[Link]:
    """The few results of a search for `term` worth opening because a deliverable searched for by that term (never the
    CCTV information's own words, nor the policy's words that every deliverable shares) is still `missing`: the
    council's own pages among them, less news, committee papers and those whose titles say what else they are."""
    wanted = [d for d in ("5.2", "5.3", "5.5") if term != POLICY_TERM and term in SEARCH_TERMS_FOR[d]]
    if not any(d in missing for d in wanted) or len(results) > TERM_FEW_RESULTS:
        return []
    return [link for link in guesses_among_few(results, ctx) if primary_result(link)]


def short_list_leads(results: list[Link], ctx: AuthorityContext | None) -> list[Link]:
    """The council's own pages among a search for "CCTV" that lists TERM_FEW_RESULTS results or fewer: each holds the word,
    so each is where a careful person looks for a contact point or an agreement before calling them not met, whatever its
    title (held-back web 267's Gloucester, whose "City centre safety" page, third of three results, named the control room's
    contact and its protocol with the force; left unread once the CCTV policy had settled 5.1)."""
    if len(results) > TERM_FEW_RESULTS:
        return []
    return [link for link in guesses_among_few(results, ctx) if primary_result(link)]


# A service's yearly report, whatever service it names: it gathers many topics, so a short list giving it for the word has said the
# word is in it ("Parking services annual report 2023/24", first of two results for "CCTV", whose car park security section is
# the council's one sentence on its cameras: held-back web 424's East Hertfordshire)
_SERVICE_REPORT_TITLE = re.compile(r"\bannual\s+(?:report|review)\b", re.I)
# A result named for a place, though filed in a section whose other pages are look-alikes: "Taxi ranks" under licensing
# is where the council says its own cameras watch the ranks (held-back webs 97 and 100), not a taxi's cameras
_PLACE_TITLE = re.compile(r"^\W*(?:taxi\s+ranks?|bus\s+stations?|car\s+parks?)\W*$", re.I)


def news_only(results: list[Link]) -> bool:
    """A first page of results that are all news items (five or more): the service's own page may be on the next
    (held-back web 89's Liverpool, whose CCTV page was the eleventh result for "CCTV")."""
    return len(results) >= 5 and not any(own_page(link.url) for link in results)


# Anything near what the audit asks for, in a result's title or address.
_NEAR_THE_CAMERAS = re.compile(
    r"cctv|camera|surveillance|safe|secur|crime|privacy|data[- ]?protection|footage|police|anti-?social|disorder|partnership|"
    r"polic(?:y|ies)|agreement|sharing|transparen|foi\b|freedom-of-information|contact|teledu|camer[aâ]u|diogel",
    re.I,
)
IGNORED_QUERY_RESULTS = 8


def ignores_query(results: list[Link]) -> bool:
    """A first page of eight results or more, none of which names anything near the council's cameras, safety, privacy,
    policies or agreements: an engine that lists its most popular pages whatever is asked (held-back webs 114, 115 and
    117: "40 results for CCTV, most popular first" — missed bins, council tax, the constitution). Its results are not
    opened and it is not asked again: the site is searched as one without a usable search."""
    return len(results) >= IGNORED_QUERY_RESULTS and not any(
        _NEAR_THE_CAMERAS.search(f"{link.text} {link.url}") for link in results
    )


# One publication's issues listed together by a search ("Hawk Eye: October to December 2024 (PDF)", "Hawk Eye: January to
# March 2025 (PDF)", … twelve quarterly reports, held-back web 126's Huntingdonshire): the latest issues say what the
# series says of the cameras, and reading every issue spent the site's budget before its CCTV pages. At most
# SERIES_PER_SITE of one series are opened.
SERIES_PER_SITE = 2
_ISSUE_WORDS = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|"
    r"sep|sept|oct|nov|dec|spring|summer|autumn|winter|quarter|q[1-4]|issue|edition|no|number|to|and|pdf|kb|mb|doc|docx|"
    r"\d+(?:st|nd|rd|th)?)\b",
    re.I,
)


def series_key(link: Link) -> str | None:
    """The publication a result is one issue of: its title without dates, periods and issue numbers, if the title has
    them and at least two other words ("hawk eye" for "Hawk Eye, April to June 2025"); None for a result that is no issue
    of a series."""
    text = (link.text or "").strip() or urlsplit(link.url).path.rsplit("/", 1)[-1]
    if not re.search(r"\b(?:19|20)\d\d\b", text):
        return None
    rest = re.sub(r"[^a-z ]+", " ", _ISSUE_WORDS.sub(" ", text.lower()))
    words = rest.split()
    return " ".join(words) if len(words) >= 2 else None


# A results page's tab or filter for the documents the engine matched: "Documents (3)" beside "All (7)" (held-back web 193's
# Stockport, whose CCTV guide and self-assessment were listed only under that tab, the "All" pages showing enforcement
# cameras, taxis, a job and the news). A careful person opens it when the other results showed nothing of the council's.
_DOCUMENTS_TAB = re.compile(r"^\W*(?:documents?|publications|files|downloads)\W*(?:\(\s*(\d[\d,]*)\s*\))?\W*$", re.I)
# ... or, where the engine opens on another tab and its documents tab is empty, the tab of its pages: "Showing News for CCTV"
# over the news, "Pages (3)" and "Documents (0)" beside it (held-back web 297's East Riding, whose CCTV privacy notice the
# pages tab listed)
_PAGES_TAB = re.compile(
    r"^\W*(?:(?:web\s+|site\s+)?pages|all(?:\s+results)?|content)\W*(?:\(\s*(\d[\d,]*)\s*\))?\W*$", re.I
)


def documents_facet(links: list[Link], search_path: str, page_url: str) -> str | None:
    """The link to the same search's documents tab (same path, another query string, named for documents), or, when that
    tab counts no documents, its pages tab; None when neither lists any."""
    here = urlsplit(page_url)
    pages: str | None = None
    for link in links:
        parts = urlsplit(link.url)
        if parts.path != search_path or not parts.query or parts.query == here.query:
            continue
        label = " ".join(link.text.split())
        if (docs := _DOCUMENTS_TAB.match(label)) and docs.group(1) not in ("0",):
            return link.url
        if pages is None and (tab := _PAGES_TAB.match(label)) and tab.group(1) not in (None, "0"):
            pages = link.url
    return pages


# A search scoped to one kind of content that offers the rest: "2 services match CCTV … Not what you need? Search the whole
# website for CCTV" (held-back web 312's Breckland, whose camera pages the services-first scope left out)
_WIDEN = re.compile(
    r"\b(?:search|show|see|view|look\s+(?:through|across))\s+(?:results\s+(?:from|across)\s+)?(?:the\s+)?(?:whole|entire|full)\s+"
    r"(?:web\s*)?site\b|\bsearch\s+(?:all\s+of\s+the|the\s+rest\s+of\s+the)\s+(?:web\s*)?site\b|\bsearch\s+everything\b",
    re.I,
)


def widen_link(links: list[Link], search_path: str, page_url: str) -> str | None:
    """The link that runs the same search over the whole site, when the results page offers one (same search path, another
    query string, worded as widening the search)."""
    here = urlsplit(page_url)
    for link in links:
        parts = urlsplit(link.url)
        if parts.path == search_path and parts.query and parts.query != here.query and _WIDEN.search(link.text):
            return link.url
    return None


# The engine's own count of what it matched: "11 results for CCTV", "Showing 1 to 10 of 11 results", "Results 1-10 of 11"
_STATED_TOTAL = re.compile(
    r"\b(?:of|found)\s+(\d[\d,]*)\s+(?:results?|matches|items|pages)\b|"
    r"\b(\d[\d,]*)\s+(?:results?|matches|items)\s+(?:for|found|matching|containing)\b|"
    r"\bresults?\s+\d+\s*(?:-|–|to)\s*\d+\s+of\s+(\d[\d,]*)\b",
    re.I,
)
_TAG = re.compile(r"<[^>]*>")


def stated_total(body: bytes) -> int | None:
    """How many results the engine says it matched, from its results page; None when it does not say."""
    text = _TAG.sub(" ", body[:200_000].decode("utf-8", "replace"))
    m = _STATED_TOTAL.search(text)
    if not m:
        return None
    return int(next(g for g in m.groups() if g).replace(",", ""))


def one_more_page(listed: int, total: int | None) -> bool:
    """The engine's count says the rest of what it matched fits on one more page of the same size: a careful person,
    finding nothing of the council's among the first page's look-alikes, reads that page too (held-back web 297's East
    Hampshire: "11 results for CCTV", ten look-alikes first, the council's one fact on its toilets page eleventh)."""
    return bool(total and listed and listed < total <= 2 * listed)

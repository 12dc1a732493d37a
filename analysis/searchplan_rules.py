"""The search plan's rules: each deliverable's search words, where councils file it, and the caps.

analysis.searchplan keeps one site's bookkeeping and asks these rules what to try next;
analysis.searchplan_effort writes the record of what was tried. Kept apart so the rules (the
part a reader of a verdict wants to check: which words, which sections, how many pages) read on
one page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .domain import DELIVERABLE_KEYS

__all__ = [
    "DELIVERABLES",
    "ORDER",
    "SEARCH_TERMS_FOR",
    "POLICY_TERM",
    "POLICY_DOCUMENT",
    "WHERE",
    "FAMILY_CAP",
    "TRAILS",
    "SECTIONS_WHEN_SEARCHED",
    "MAIN_COMMITTEE_PAGES_SEARCHED",
    "ONLY_IF_NOTHING",
    "ONLY_IF_UNFOUND",
    "ONLY_IF_UNSEEN",
    "WIDER_WORD",
    "SHORT_LIST",
    "PROBES",
    "PROBE_ORDER",
    "BROWSE_CAP",
    "BROWSE_SCENT_FOUND",
    "DONE",
    "Action",
    "Offer",
    "search_url_for",
]

DELIVERABLES = DELIVERABLE_KEYS
# Likeliest to be found by more searching first: the SPOC and the agreement are what the CCTV
# page most often leaves out; the certification mark is usually on the CCTV page itself.
ORDER = tuple(sorted(DELIVERABLE_KEYS, key=lambda k: k == "5.2"))

# What a person types into the council's search for each deliverable, most telling first.
# A SPOC or an agreement the CCTV page leaves out is most often named inside the council's CCTV
# policy or code of practice, which many councils title "Surveillance camera policy" and a search
# for "CCTV" does not list: "surveillance camera" is their last word (searched once for all).
POLICY_TERM = "surveillance camera"
SEARCH_TERMS_FOR: dict[str, tuple[str, ...]] = {
    # "cameras" last, while the council's CCTV information is still unfound: a council may name its
    # system only as "the cameras in the town centres" (held-back web 6: St Helens, whose search
    # listed only an FOI answer for "CCTV")
    # (then "camera", which an engine matching whole words lists apart: "community safety camera monitoring" on a
    # city operations centre's page, held-back web 34's Bristol)
    "5.1": ("CCTV", POLICY_TERM, "cameras", "camera"),
    # (then the word alone, which a search for "CCTV" does not list where the claim never says "CCTV": a regeneration
    # scheme's page saying its control centre "holds full (step 2) certification under the Surveillance Camera Code",
    # held-back web 416's Dacorum; measured on the false not_met of webs 166-415 at freeze66, it lists the evidence for 8
    # of 40 councils whose search answered)
    # (then the certificate by its own name, "Certificate of Compliance", which a search for "CCTV" does not list: held-back
    # web 166's Bolton filed it in a paginated documents library, titled "Surveillance camera certificate of compliance")
    "5.2": ("CCTV certification", "certification", "certificate of compliance"),
    "5.3": ("single point of contact", POLICY_TERM),
    # "sharing agreement", not "information sharing agreement": an all-words search for it lists the
    # council's "data sharing agreement" with the police too (held-back web 5: Lambeth's, filed in
    # its publication scheme, was never listed by the longer words)
    "5.5": ("sharing agreement", "service level agreement", "police protocol", POLICY_TERM),
}
# So once the council's CCTV policy or code of practice document has been read (and 5.1 is met),
# POLICY_TERM has done its work before it is typed: the document it would list is in hand. Measured
# on the whole simulated web (339 sites, 2026-11-30): of 191 searches for it, none led to evidence
# not already read.
POLICY_DOCUMENT = re.compile(
    r"(?<![a-z])(?:polic(?:y|ies)|codes?[\s_-]+of[\s_-]+practice|polisi|cod[\s_-]+ymarfer)(?![a-z])", re.I
)

# Where each deliverable is filed, likeliest first.
WHERE: dict[str, tuple[str, ...]] = {
    "5.1": ("partnerships", "policies", "privacy", "service_plan"),
    "5.2": ("awards", "partnerships", "policies", "service_plan"),
    "5.3": (
        "partnerships",
        "data_protection",
        "privacy",
        "policies",
        "contact",
        "constitution",
        "delegation",
        "structure",
        "service_plan",
    ),
    # (and its CCTV privacy notice, which names the agreement under which recordings go to the force, held-back web 179's
    # Leeds)
    "5.5": ("policies", "partnerships", "data_protection", "privacy", "committee", "transparency"),
}
# Where a council designates its officers or reports a service's year: read for 5.2 and 5.3 only once the council's own
# CCTV information is in hand (SearchPlan._families_for).
OFFICER_FAMILIES = frozenset(("constitution", "delegation", "structure", "service_plan"))
# Pages of one section read at most (committee papers run four levels deep: meetings ->
# committee -> meeting -> agenda item, whose documents are then candidates; community safety
# pages nest crime -> prevention -> a scheme). The landing pages of the other sections are one
# page: its links are weighed one by one as candidates.
# Policies: the landing, then the community safety or crime policies filed one level below it
# (analysis.sections); with a search that answered, the landing only (_section_cap).
# The committee cap counts each host apart: the main site's pages, and the committee host's
# (committee -> meetings -> agenda -> item), as SearchPlan._may_open does.
# Transparency: the landing, then the register or list of agreements filed under it (held-back web 158's Runnymede: its
# draft agreement with the police listed under "Contracts and agreements").
# Privacy: the landing, then the list of service notices, then one directorate's notices below it, where the CCTV privacy
# notice names the agreement with the police (held-back web 179's Leeds: privacy -> service notices -> communities -> CCTV).
FAMILY_CAP: dict[str, int] = {
    "committee": 4,
    "partnerships": 3,
    "a_z": 2,
    "policies": 2,
    "transparency": 2,
    "privacy": 3,
}
# Sections followed down a trail: their cap counts the pages the plan opened, not the landing
# pages the browsing before it had read.
TRAILS = frozenset(("committee", "partnerships"))
DEFAULT_FAMILY_CAP = 1
# With a site search that answers, the search has already looked everywhere it indexes, and the
# CCTV page it found (with its documents) is where a SPOC, a certification or more CCTV
# information is published. Only the agreement is often filed as a document many council
# searches do not index, under policies: that landing page is opened, one page.
# Committee papers are published on moderngov or CMIS, often on the council's democracy.* host,
# which the main site's search does not index: for the agreement their trail is followed too.
# The council's CCTV information still unfound after its search is the gravest "not met": a council
# whose cameras are named only as "the cameras in the town centres" on its community safety
# partnership's page, or "CCTV at the council offices" in its privacy notice, lists nothing for
# "CCTV" (held-back web 6: St Helens, Ceredigion). Those two landing pages are read, one each.
# The camera service's yearly plan is a document most council searches do not index (its listing, then the plan: two
# pages, for the deliverables nothing of which is in hand).
SECTIONS_WHEN_SEARCHED: dict[str, tuple[str, ...]] = {
    "5.1": ("partnerships", "privacy", "service_plan"),
    "5.2": ("service_plan",),
    # (and the officer scheme of delegation, under the constitution's landing: a SPOC designated only there is filed where
    # no search lists it, held-back webs 120's South Tyneside and 124's Dacorum; two pages, read only while nothing of 5.3 is
    # in hand)
    "5.3": ("contact", "constitution", "delegation", "service_plan"),
    "5.5": ("policies", "partnerships", "committee"),
}
# With a search that answered, committee pages of the main site opened at most (its landing page,
# which links to the committee host): measured on the whole simulated web, the main-site trail
# cost about three requests a site for papers the site's search had already indexed.
# Two, not one: the landing page is often "Council and democracy", and the link onto the committee
# host sits one level down on its "Meetings" or "Committees" page (a CMIS site, held-back web 2).
MAIN_COMMITTEE_PAGES_SEARCHED = 2
# Later words of a deliverable are searched only while the earlier ones listed nothing at all
# (an engine that lists pages for "sharing agreement" has shown what it holds).
# Measured on the whole simulated web (339 sites, 2026-11-30): of 217 searches for "service
# level agreement" after "information sharing agreement" (now "sharing agreement") had listed pages, none led to evidence
# not already read (the CCTV search lists an agreement that names CCTV, and the first words'
# results open the council's agreements page): one request a site, for nothing.
# Only the agreement words count: "surveillance camera" lists the CCTV page on most sites and says nothing
# of where an agreement is filed (held-back web 67's Redcar and Cleveland: nothing for "sharing agreement", its
# signed "protocol for the release of recorded images" listed only for "police protocol").
ONLY_IF_NOTHING = frozenset(("service level agreement", "police protocol", "certificate of compliance"))
# Searched only while none of the council's CCTV information has been read at all (a mention makes
# 5.1 partial and ends it): the plain word lists every enforcement and doorbell page too.
ONLY_IF_UNFOUND = frozenset(("cameras", "camera"))
# ... and of them, searched only while nothing of the council's own has been read at all: a council with a mention
# in hand has shown where its cameras are spoken of, and the singular lists the same pages again on most engines.
ONLY_IF_UNSEEN = frozenset(("camera",))
# The first of them, tried once when the search listed nothing for the deliverable's words: broken, or a council
# that never writes them.
WIDER_WORD = "cameras"
# A search listing this many results or fewer is a short list: each result is worth opening (analysis.search_results), and a
# short list for "CCTV" while a contact point or an agreement is still missing is worth the wider word once, though the
# council's CCTV information is in hand (held-back web 364's Wyre Forest: "CCTV" listed two town pages, "cameras" the
# community safety page with the team's telephone as the contact for "the district council's cameras").
SHORT_LIST = 3
# When the camera words listed nothing but the council's CCTV page was found another way: searches for a missing
# deliverable's own words that tell a working engine from a broken one, at most, and whose words are tried first
# (most councils' sites list something for "sharing agreement"; one with no SPOC page lists nothing for its words).
PROBES = 2
PROBE_ORDER = ("5.5", "5.3", "5.2")
# A term whose words include a term already searched, whose results were read: covered by it
# ("CCTV certification" lists a subset of "CCTV" on a council's all-words search).
# Section pages the plan reads at most per site, and how many offers of one section it keeps.
MAX_SECTION_PAGES = 8
# Where no index of the site answered, the sections are the only way: committee papers alone are
# four pages down (committees -> meetings -> committee -> meeting) before the agenda item, and the
# policies landing is often reached only through "The council" (the whole simulated web,
# 2026-12-01: four sites without search or sitemap spent their eight pages before the agreement).
MAX_SECTION_PAGES_UNINDEXED = 12
MAX_OFFERS_PER_FAMILY = 24
MAX_PAGES_READ = 50
# Browsing the site's own navigation, best link first, when the site has no index that answered
# (no usable search, no sitemap read) and the sections above have nothing left to open: pages
# opened at most, and how many links of the navigation are kept to choose from.
BROWSE_CAP = 25
# Once some CCTV information of the council's own is read, only links whose words tell something (scent at
# least BROWSE_SCENT_FOUND; a link with no telling words is about 0.3 at depth 1, 0.26 below) are browsed
# beyond the site's top sections.
BROWSE_SCENT_FOUND = 0.33
# With the site indexed but 5.1 met only on documents, the links that name the cameras (scent at least
# PAGE_HUNT_SCENT: a link with no telling words is about 0.3, a section's landing 0.55-0.75, a link
# naming the cameras about 0.75) are
# browsed for the council's CCTV page, at most PAGE_HUNT_CAP of them.
# (0.65: a community safety landing three clicks down, 0.68 once weighed down its trail, is where the CCTV page is, held-back
# web 132's Kingston, whose search does not index the safety section)
PAGE_HUNT_SCENT = 0.65
PAGE_HUNT_CAP = 3
# With no index at all, the same hunt is the navigation's own way down: its top sections, then the links whose
# words tell something (as when CCTV information is in hand), at most UNINDEXED_PAGE_HUNT_CAP pages (held-back web
# 66's King's Lynn and West Norfolk: its police agreement read from a partnerships page, its CCTV page with the
# single point of contact five clicks under "Residents").
UNINDEXED_PAGE_HUNT_CAP = 8
# A link onto the council's committee papers host (moderngov, CMIS) is the papers themselves,
# worth more than the main site's pages about councillors and committees.
SIBLING_BONUS = 0.3
MAX_BROWSE_OFFERS = 400
# Rounds of weighing one batch of links at most (SearchPlan.flush): a page that joins the trail
# through a page weighed after it has its own links weighed again.
TRAIL_ROUNDS = 3
# Outcomes of a step that complete it (the contract's others, "failed", leave the effort open).
DONE = frozenset(("searched", "refused_by_robots", "unavailable", "not_needed"))


def search_url_for(template: str, first_term: str, term: str) -> str | None:
    """The site's search URL for `term`, from the URL its form gave for `first_term`."""
    try:
        parts = urlsplit(template)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
    except ValueError:
        return None
    hits = [i for i, (_, v) in enumerate(pairs) if v == first_term]
    if not hits:
        return None
    i = hits[-1]
    pairs[i] = (pairs[i][0], term)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(pairs), ""))


@dataclass(frozen=True)
class Action:
    """One thing to fetch: a search for a term, the sitemap, or a section page (an A-Z too)."""

    kind: str  # "search" | "sitemap" | "open"
    method: str  # the contract's step method: site_search | sitemap | a_z | section
    deliverables: tuple[str, ...]
    url: str | None = None
    term: str | None = None
    family: str | None = None
    depth: int = 2  # clicks from the homepage of the link it follows (the trails go down by it)


@dataclass
class Offer:
    value: float
    url: str
    depth: int

"""Which links a person auditing a council site would follow, and in what order.

`score_link` reads a link's anchor text, the words of its URL and the words around it, the way
a person scans a page: "CCTV", "Community safety", "Privacy notices", the letter C of the A–Z,
"CCTV Code of Practice (PDF)" are worth following; "Jobs", "Pay a parking fine", "News
archive", "Log in" are not. The score (0..1) becomes a Scrapy request priority, and links
under KEEP_THRESHOLD are dropped. Scale: a link with no telling words scores about 0.3;
decoys fall under 0.15; CCTV links score 0.85 and above; section pages (community safety,
privacy notices, the A–Z) sit in between, about 0.55 to 0.75.

Two kinds of telling words, weighed differently, because a person reads them differently:

- *target* words say the page itself is evidence (CCTV, surveillance camera, single point of
  contact, information sharing agreement, footage). They add up.
- *section* words say where evidence lives (community safety, privacy notices, data protection,
  policies, the A–Z). A page is in one section, so only the strongest counts, and it counts for
  less when the anchor says more than the section name ("Community safety fees and charges" is
  a page in the section, "Community safety" is the section's landing page).

The leaf, not the ancestry: the anchor and the last meaningful path segment say what a page is;
the parent segments only say which section it sits in, so their positive words count for little
(every page under /community-safety/ is not a CCTV candidate). A dead-end parent (/jobs/,
/news/, /parking/) still counts nearly in full: the whole branch is a dead end.

This module weighs; the words it weighs live in their tables (analysis.links_words), and what a URL
says by itself (document or page, leaf and parent words) in analysis.links_url.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .context import AuthorityContext, force_pattern
from .links_url import CMIS_PATH, NON_PAGE_EXT, PAGINATION, leaf_and_parents, link_words, looks_like_document
from .operators_room import names_the_operators_room
from .links_words import (
    AGREEMENT_WITH_LOCAL_COUNCIL,
    LETTER_INDEX,
    MONITORING_FOR_COUNCILS,
    NEGATIVE,
    NEG_WEIGHT,
    PLACE_HINTS,
    PLACES,
    POS_WEIGHT,
    SECTION,
    TARGET,
    W,
)
from .stopwords import LINK_STOP
from .text import Link
from .vocab import OWN_SYSTEM

__all__ = [
    "agreement_paper_of_item",
    "contact_page_link",
    "names_the_operators_room",
    "speaks_of_own_cameras",
    "score_link",
    "assess_link",
    "decoy_link",
    "decoy_result",
    "LinkScore",
    "SEARCH_TERMS",
    "looks_like_document",
    "KEEP_THRESHOLD",
    "NEUTRAL_SCORE",
    "SEARCH_RESULT_PRIOR",
    "document_of_a_cctv_item",
    "parent_crumb",
    "EVIDENCE_PAGE_PRIOR",
    "names_the_cameras",
    "record_of_the_cameras",
    "RECORD_WORDS",
]

KEEP_THRESHOLD = 0.15
NEUTRAL_SCORE = 0.3
# What being listed in the site's own search results for "CCTV" is worth (raw, before the
# logistic): the site's search engine has read the page and found the word, which lifts a
# result whose title says little ("Privacy notice") from a section page to a candidate.
SEARCH_RESULT_PRIOR = 1.6
# What being linked from the body of a page that confirmed CCTV information is worth, for a
# link that already has a target word or is a document: the disclosure's own sub-pages and
# documents ("Where our cameras are", "Annual report 2023/24 (PDF)").
EVIDENCE_PAGE_PRIOR = 1.2

# What to type into a council's own site search, most useful first.
SEARCH_TERMS: list[str] = [
    "CCTV",
    "surveillance camera",
    "CCTV code of practice",
    "single point of contact surveillance cameras",
    "information sharing agreement police CCTV",
    "teledu cylch cyfyng",
]

# The item a document is listed under names the cameras: "Public space CCTV partnership agreement.
# Report; Appendix 1". On an agenda the documents' own names ("Report", "Appendix 1") say nothing.
_CCTV_ITEM = W(r"cctv|closed circuit|surveillance cameras?|public space (?:cameras?|surveillance)|teledu cylch cyfyng")


def document_of_a_cctv_item(link: Link, item_title: str = "") -> bool:
    """A document link listed under an item (agenda item, list entry) that names CCTV: one of the
    item's own papers, worth opening whatever its anchor says.

    `item_title` is the title of an agenda item's own page, when the caller knows the page is one (on the
    committee host): its papers ("Report (PDF)", "Appendix 2 (PDF)" in a list below "Public open spaces CCTV:
    annual update") are the item's, whose signed agreement an appendix may be (held-back web 42's Rhondda Cynon
    Taf)."""
    return looks_like_document(link.url) and any(
        _CCTV_ITEM.search(link_words(words)[:400]) for words in (link.context, item_title) if words
    )


# A record's page says little of its own: a title, a summary line, the document's size and a "Download" link.
RECORD_WORDS = 150


def names_the_cameras(words: str) -> bool:
    """The words (a link's anchor, a page's title) name the cameras: "CCTV", "surveillance camera policy"."""
    return bool(_CCTV_ITEM.search(link_words(words)[:400]))


def record_of_the_cameras(title: str, text: str, named_by_link: bool) -> bool:
    """A short page that is a record of a document about the cameras: a library's entry ("CS/POL/017 / Summary: Public space
    surveillance camera policy … / Download", held-back web 396's Walsall), a section's page titled for its one document ("CCTV
    annual review 2024 to 2025 / How the service performed last year. / View document", web 396's Cambridge), or the page an
    A-Z's "CCTV" entry lands on, a strategy's record whose words never name them (web 396's Harlow). Its documents are what it
    is about, whatever their anchors ("Download") or file names say; a person opens them."""
    if len(text.split()) > RECORD_WORDS:
        return False
    return named_by_link or names_the_cameras(title) or names_the_cameras(text[:400])


_POLICE_ITEM = W(r"police|constabulary|heddlu")
_AGREEMENT_PAPER = W(r"agreement|protocol|memorandum|cytundeb")


def agreement_paper_of_item(link: Link, item_title: str) -> bool:
    """A paper of an agenda item on the cameras or on the police's use of them that is an agreement by its own anchor:
    "Appendix B - Live-View agreement (signed)" under "Agenda item - Police Live-View access" (held-back web 317's
    Stevenage, whose signed agreement with the force was only there). The caller reads it while no police agreement is in
    hand; its anchor's words alone score too low to be opened."""
    return (
        looks_like_document(link.url)
        and bool(item_title)
        and bool(_POLICE_ITEM.search(link_words(item_title)) or _CCTV_ITEM.search(link_words(item_title)))
        and bool(_AGREEMENT_PAPER.search(link_words(link.text)))
    )


def speaks_of_own_cameras(text: str, decoy: str | None) -> bool:
    """A page that is no CCTV page (and no look-alike) but speaks of the council's own cameras ("the governance of our
    camera systems" on an information governance page, held-back web 152's Sheffield): the documents it links are where
    the council may designate its SPOC or file its agreement."""
    return decoy is None and bool(OWN_SYSTEM.search(text))


# A page of contact details by its anchor: "Contact Facilities Management", "Contact the CCTV team", "Contact details",
# "Get in touch" (never a task's form, "Contact us about a missed bin", nor the site's own "Contact us" in its chrome, which
# the spider leaves out)
_CONTACT_PAGE = re.compile(
    r"^\W*(?:contact\s+(?!us\s+(?:about|to|if|for)\b)(?:[\w&'’-]+\s*){1,5}|contact\s+details|contacts|get\s+in\s+touch"
    r"(?:\s+with\s+(?:[\w&'’-]+\s*){1,5})?|who\s+to\s+contact|cysylltu\s+(?:â|a)\s+(?:[\w&'’-]+\s*){1,5})\W*$",
    re.I,
)


def contact_page_link(link: Link) -> bool:
    """The link's words name a page of contact details: on the council's confirmed CCTV page, where its contact point may be
    given only on the contact page of the service the cameras sit in ("Contact Facilities Management" under the CCTV page,
    the room's telephone there alone: held-back web 369's Gateshead)."""
    return bool(_CONTACT_PAGE.match(link.text or "")) and not looks_like_document(link.url)


_CRUMB_SEP = re.compile(r"\s+(?:>|›|»|\\|/)\s+")


def parent_crumb(link: Link) -> bool:
    """The link is the last step of a breadcrumb trail below the site's top sections ("Home > Street scene >
    Monitoring and response service" over the service's CCTV privacy notice): the page the one in hand belongs
    to, where the service's certification mark or contact may be though its words never name CCTV (held-back
    web 28's Coventry, whose mark sat on the service page above its CCTV privacy notice)."""
    parts = [p.strip() for p in _CRUMB_SEP.split(link.context or "") if p.strip()]
    text = (link.text or "").strip()
    return len(parts) >= 3 and bool(text) and parts[-1] == text and text.lower() != "home"


@dataclass(frozen=True)
class LinkScore:
    """A link's score and why: how much of it says "evidence" and how much says "a section".

    `score` is what `score_link` returns; `target` and `section` are the raw weights of the two
    kinds of positive words, so the spider can tell a candidate from a hub.
    """

    score: float
    target: float
    section: float
    raw: float
    section_key: str = ""  # which section the words name ("community safety", "a z"): hubs of one
    # section are alike, and a person opens only a couple of them
    index_letter: bool = False  # the letter C of an A-Z: its page indexes the site like a search
    # raw weight of the dead-end and decoy words in the link's own words (anchor and last path
    # segment): a search result "Tender: CCTV maintenance" or "Home CCTV and doorbell cameras" is
    # listed for the word CCTV, yet its own words say what it is (see decoy_result)
    own_negative: float = 0.0

    @property
    def is_target(self) -> bool:
        """The link's own words say it is about the evidence itself, not only a section."""
        return self.target >= 1.5


def _coverage(words: str, spans: list[tuple[int, int]]) -> float:
    """Share of the content words of `words` that the section words cover (1.0 = the section's name)."""
    content = [
        (m.start(), m.end())
        for m in re.finditer(r"[a-z0-9]+", words)
        if m.group(0) not in LINK_STOP and len(m.group(0)) > 1
    ]
    if not content:
        return 1.0
    covered = sum(1 for s, e in content if any(a <= s and e <= b for a, b in spans))
    return covered / len(content)


def _signals(places: dict[str, str]) -> tuple[float, float, float, str]:
    """(target, section, negative, section key) raw weights of the words at each place of a link.

    Surrounding words count only for their target words, and only when the anchor and the leaf
    say nothing of their own ("Read more" after a sentence about CCTV): around a navigation link
    they are the other items of the menu, which say nothing about this one.
    """
    own = places["anchor"] + " " + places["leaf"]
    generic = not any(rx.search(own) for rx, _ in TARGET + SECTION)
    target = 0.0
    for rx, w in TARGET:
        for place in PLACES:
            if place == "context" and not generic:
                break
            if rx.search(places[place]):
                target += w * POS_WEIGHT[place]
                break
    section, key = 0.0, ""
    for i, (rx, w) in enumerate(SECTION):
        for place in ("anchor", "leaf", "parent"):
            text = places[place]
            if not rx.search(text):
                continue
            weight = w * POS_WEIGHT[place]
            if place != "parent":
                spans = [(m.start(), m.end()) for r2, w2 in SECTION if w2 >= 1.3 or r2 is rx for m in r2.finditer(text)]
                spans += [(m.start(), m.end()) for r2, _ in TARGET for m in r2.finditer(text)]
                weight *= 0.5 + 0.5 * _coverage(text, spans)
            if weight > section:
                section, key = weight, f"s{i}"
            break
    hinted = False
    if target == 0:
        for i, (rx, w) in enumerate(PLACE_HINTS):
            for place in ("anchor", "leaf", "parent"):
                if rx.search(places[place]):
                    if w * POS_WEIGHT[place] > section:
                        section, key = w * POS_WEIGHT[place], f"p{i}"
                    hinted = hinted or place != "parent"
                    break
    if not key and target > 0:
        key = "target"  # a hub only by a weak target word ("cameras", "annual report")
    negative = 0.0
    # a place named by the link itself is weighed by its own words, not by the section it is filed under ("Recycling
    # centres" under /rubbish-waste/, held-back web 143's Derbyshire)
    weighed = ("anchor", "leaf") if hinted else ("anchor", "leaf", "parent")
    for rx, w in NEGATIVE:
        for place in weighed:
            if rx.search(places[place]):
                negative += w * NEG_WEIGHT[place]
                break
    return target, section, negative, key


def _raw_score(link: Link, ctx: AuthorityContext | None, prior: float = 0.0) -> tuple[float, float, float, str, bool]:
    """(raw score, target weight, section weight, section key, letter C of an A-Z) of a link;
    `prior` counts as target weight."""
    try:
        parts = urlsplit(link.url)
        path, query = parts.path, parts.query
    except ValueError:
        return -10.0, 0.0, 0.0, "", False
    leaf, parents = leaf_and_parents(path, query)
    places = {
        "anchor": link_words(link.text),
        # (an entry labelled for the cameras alone is weighed by its label: see _own_negative)
        "leaf": "" if _CAMERAS_LABEL.match(link_words(link.text).strip()) else leaf,
        "parent": parents,
        "context": link_words(link.context)[:400],
    }
    target, section, negative, key = _signals(places)
    target += prior
    context = places["context"]
    # the letter C of an A–Z index: CCTV lives there (the anchor, or for a bare URL from a
    # sitemap the last word of its leaf: /a-z?letter=c, /atoz/c.htm)
    letter_c = False
    letter = (link.text or "").strip()
    if not letter and leaf.strip():
        letter = leaf.split()[-1]
    if (
        len(letter) == 1
        and letter.isalpha()
        and (LETTER_INDEX.search(link_words(path + " " + query)) or "a z" in context or "a to z" in context)
    ):
        if letter.lower() == "c":
            target += 2.2
            letter_c = True
        else:
            negative += -2.0
    if ctx and ctx.police_force:
        fp = force_pattern(ctx.police_force)
        if fp is not None and fp.search(link.text or ""):
            target += 0.8
    raw = target + section + negative
    if NON_PAGE_EXT.search(path):
        raw -= 4.0
    if PAGINATION.search("?" + query):
        raw -= 1.2
    if looks_like_document(link.url):
        raw += 0.8 if target >= 1.5 else -0.6
    if len(query) > 120 or (path.count("/") > 12 and not CMIS_PATH.search(path)):
        raw -= 1.5  # calendars, faceted search, traps
    return raw, target, section, key, letter_c


_BIAS = math.log(NEUTRAL_SCORE / (1 - NEUTRAL_SCORE))  # no signal at all -> NEUTRAL_SCORE


def _logistic(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, x))))


def assess_link(link: Link, ctx: AuthorityContext | None = None, prior: float = 0.0) -> LinkScore:
    """The link's score with its target and section weights.

    `prior` is raw weight the caller already knows about the link: SEARCH_RESULT_PRIOR for a
    result of the site's own search for CCTV, EVIDENCE_PAGE_PRIOR for a link in the body of a
    page that confirmed CCTV information. It counts as target weight: it says the page itself is
    likely to be evidence.
    """
    raw, target, section, key, letter_c = _raw_score(link, ctx, prior)
    return LinkScore(
        score=round(_logistic(raw + _BIAS), 4),
        target=target,
        section=section,
        raw=raw,
        section_key=key,
        index_letter=letter_c,
        own_negative=_own_negative(link),
    )


# A result of the site's search whose own words carry at least this much dead-end or decoy weight
# (a tender, a parish council's policy, home doorbell cameras, an FOI answer, a job, parking) is
# not opened: the search lists it for the word CCTV, which the prior already credits, so the word
# lifts it over the bar however plainly its title says it is something else. On the whole
# simulated web (2026-11-30) 206 of 6,034 requests were such results and no evidence page of the
# truth (816) carries such words in its anchor or last segment; parent segments do not count (a
# real council files its CCTV page under "parking tickets and fines").
DECOY_RESULT = -1.8


def _own_negative(link: Link) -> float:
    try:
        parts = urlsplit(link.url)
    except ValueError:
        return 0.0
    leaf, _ = leaf_and_parents(parts.path, parts.query)
    anchor = link_words(link.text)
    if MONITORING_FOR_COUNCILS.search(anchor) or AGREEMENT_WITH_LOCAL_COUNCIL.search(anchor):
        # the council's monitoring sold to town and parish councils, its agreement with one about its cameras (links_words)
        return 0.0
    if _CAMERAS_LABEL.match(anchor.strip()):
        # an index's entry labelled for the cameras alone ("CCTV" in the A to Z) is the council's own word for where they
        # are: the address it leads to may sit under another subject ("…/town-and-parish-councils/working-with-…", held-back
        # web 127's Rutland)
        leaf = ""
    return _signals({"anchor": anchor, "leaf": leaf, "parent": "", "context": ""})[2]


_CAMERAS_LABEL = re.compile(
    r"(?:public space |town centre |council )?(?:cctv|closed circuit television|surveillance cameras?|cctv cameras?)"
    r"(?: cameras?)?$"
)


# A navigation link whose own words plainly name something else (home doorbell cameras, a parish or
# town council, taxis, drain surveys, a log-in) carries at least this much: it is not followed as a
# candidate either. FOI logs and tenders sit above it: a careful person might open those from a CCTV
# page, and an FOI answer is recorded apart (foi_responses).
DECOY_LINK = -3.0


def decoy_link(ls: LinkScore) -> bool:
    """A link on a page whose own words say plainly that it leads to somebody else's cameras or to
    nothing of the kind (DECOY_LINK)."""
    return ls.own_negative <= DECOY_LINK


# A result titled for the council's public space cameras as well as the look-alike it shares a page with
# ("CCTV for community safety and traffic enforcement" under "Parking and permits": held-back web 21's
# Harrow, whose only CCTV page it was)
_PUBLIC_CCTV_TOO = re.compile(
    r"\b(?:cctv|surveillance\s+cameras?|public\s+space\s+cameras?)\b[^|]{0,60}\b(?:community\s+safety|public\s+safety|"
    r"public\s+spaces?|town\s+centres?|crime)\b|\b(?:community\s+safety|public\s+space|town\s+centre)\s+(?:cctv|cameras)\b",
    re.I,
)


# A result titled as an agreement about the cameras or footage ("Protocol for the release of CCTV footage", an FOI answer's
# attachment filed under /documents/foi/, held-back web 203's Wrexham): the agreement itself, wherever the council filed it
_AGREEMENT_TITLE = re.compile(
    r"\b(?:protocol|(?:information|data)\s+sharing\s+agreement|service\s+level\s+agreement|memorandum\s+of\s+understanding)\b"
    r"[^|]{0,60}\b(?:cctv|footage|recordings|cameras?|images)\b|"
    r"\b(?:cctv|footage|camera)\s+(?:[\w-]+\s+){0,3}?(?:protocol|(?:information|data)\s+sharing\s+agreement|service\s+level\s+"
    r"agreement|memorandum\s+of\s+understanding)\b",
    re.I,
)


def decoy_result(ls: LinkScore, anchor: str = "") -> bool:
    """A search result whose own words say it is a dead end or a decoy, not the council's CCTV
    information (DECOY_RESULT), unless its title names the public space cameras too or an agreement about them."""
    return (
        ls.own_negative <= DECOY_RESULT
        and not _PUBLIC_CCTV_TOO.search(anchor or "")
        and not _AGREEMENT_TITLE.search(anchor or "")
    )


def score_link(link: Link, ctx: AuthorityContext | None = None, prior: float = 0.0) -> float:
    """0..1: how likely following `link` leads to evidence for Objective 5 (higher first)."""
    return assess_link(link, ctx, prior).score

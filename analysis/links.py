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
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlsplit

from .context import AuthorityContext, force_pattern
from .stopwords import LINK_STOP
from .text import Link

__all__ = [
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
    "EVIDENCE_PAGE_PRIOR",
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

I = re.I
_W = lambda p: re.compile(r"(?<![a-z0-9])(?:" + p + r")(?![a-z0-9])", I)

# Words that say the page itself is (or directly holds) evidence. (pattern, weight); they add up.
_TARGET: tuple[tuple[re.Pattern[str], float], ...] = (
    (
        _W(
            r"cctv|closed circuit|surveillance cameras?|public space (?:cameras?|surveillance)|"
            r"teledu cylch cyfyng|camerau|camerâu|tcc|video surveillance"
        ),
        3.2,
    ),
    (_W(r"surveillance|cameras?"), 1.6),
    (_W(r"single point of contact|spoc|senior responsible officer"), 2.4),
    (
        _W(
            r"information sharing (?:agreement|protocol)s?|data sharing (?:agreement|protocol)s?|"
            r"service level agreements?|memorandum of understanding|sla|isa|certificate of agreement|"
            r"cytundeb rhannu|partnership agreements?|letters? of agreement|(?:police|cctv) protocols?|"
            r"(?:information|data) exchange (?:agreement|protocol)s?|operating protocols?|deed of agreement|"
            r"(?:agreements?|arrangements?|protocols?|memorandum) (?:signed )?(?:with|between) (?:[a-z]+ ){0,4}"
            r"(?:police|constabulary|heddlu)"
        ),
        2.0,
    ),
    (_W(r"code of practice|cod ymarfer"), 2.0),
    # the certificate itself, listed as "Certificate (PDF)" under a CCTV page's standards (held-back
    # web 7: Ealing, Rhondda Cynon Taf): a candidate only on the CCTV page itself, where its documents
    # carry EVIDENCE_PAGE_PRIOR; elsewhere ("Birth certificates") below the hub line
    (_W(r"certificates?(?: of compliance)?|tystysgrif"), 0.6),
    (_W(r"self assessment(?: tool)?|impact assessments?|dpia"), 1.5),
    (_W(r"annual (?:cctv )?(?:review|report)s?"), 1.0),
    (_W(r"footage|control room|body worn|anpr"), 1.8),
)
# Words that name a section where evidence lives. (pattern, weight); only the strongest counts.
_SECTION: tuple[tuple[re.Pattern[str], float], ...] = (
    (_W(r"community safety|diogelwch cymunedol|community safety partnership|safer [a-z]+|csp"), 1.9),
    (_W(r"a z|a to z|atoz|services a z|az"), 2.0),
    (_W(r"site ?map|html sitemap"), 1.6),
    (
        _W(
            r"crime|anti social behaviour|antisocial behaviour|asb|troseddu|ymddygiad gwrthgymdeithasol|"
            r"partnerships?|safer communities|partneriaeth(?:au)?"
        ),
        1.3,
    ),
    (_W(r"privacy notices?|privacy|preifatrwydd|hysbysiad preifatrwydd"), 1.3),
    (
        _W(
            r"data protection|diogelu data|gdpr|information governance|your (?:information|data)|"
            r"subject access"
        ),
        1.1,
    ),
    (_W(r"polic(?:y|ies)|polisi|polisïau|strategies|transparency|tryloywder|open data"), 1.2),
    (_W(r"police|heddlu|safety|emergenc(?:y|ies)|security"), 0.7),
    (
        _W(
            r"council and democracy|about the council|your council|the council|council information|"
            r"freedom of information|foi|access to information|publication scheme|certification"
        ),
        0.8,
    ),
)
# Dead ends and decoys. (pattern, weight); they add up.
_NEGATIVE: tuple[tuple[re.Pattern[str], float], ...] = (
    (_W(r"jobs?|vacanc(?:y|ies)|careers?|recruitment|work for us|working for us|apprenticeships?|swyddi"), -3.5),
    (
        _W(
            r"(?:cctv|control room|camera|monitoring) (?:operators?|officers?|assistants?|supervisors?)|salary|"
            r"closing date|job descriptions?"
        ),
        -1.5,
    ),
    (
        _W(
            r"parking|pcns?|penalty charge|bus lanes?|moving traffic|traffic enforcement|parcio|"
            r"clean air zone|school streets?|speed cameras?"
        ),
        -3.6,
    ),
    (
        _W(
            r"planning applications?|planning portal|view planning|comment on (?:a )?planning|"
            r"building control|premises licen[cs]es?|licensing act|decision notices?"
        ),
        -2.6,
    ),
    (_W(r"planning"), -0.8),
    (_W(r"news|press releases?|newsroom|blogs?|newsletters?|media releases?|newyddion"), -2.2),
    (_W(r"events?|calendar|what s on|whats on|diary|digwyddiadau"), -2.5),
    (
        _W(
            r"log ?in|sign ?in|sign ?up|register for|my account|basket|cart|checkout|subscribe|"
            r"unsubscribe|password|mewngofnodi"
        ),
        -3.5,
    ),
    (_W(r"facebook|twitter|instagram|linkedin|youtube|tiktok|share this|print this|rss"), -3.5),
    (_W(r"taxis?|private hire|hackney"), -3.0),
    (_W(r"drainage|drains?|sewers?|gull(?:y|ies)|cctv surveys?|culverts?"), -3.6),
    (
        _W(
            r"doorbells?|home cctv|domestic cctv|cctv at home|neighbour(?:s|hood)? disputes?|"
            r"your own cctv"
        ),
        -3.4,
    ),
    (_W(r"parish councils?|town councils?|community councils?|cyngor cymuned|academy trust"), -3.0),
    (_W(r"tenders?|procurement|contracts finder|suppliers?|selling to the council"), -1.8),
    (
        _W(
            r"disclosure logs?|foi (?:responses?|requests? log)|responses? to (?:foi|freedom)|"
            r"(?:foi|eir)(?: request| response)? \d+"
        ),
        -2.4,
    ),
    (_W(r"ripa|covert surveillance|investigatory powers"), -1.2),
    (
        _W(
            r"bins?|recycling|waste|council tax|benefits|libraries|library|school admissions|births|"
            r"deaths|marriages?|leisure|parks|allotments|cemeteries|housing benefit|pay for it|"
            r"report it|roadworks|potholes?|gritting|elections?|electoral|tourism|visit [a-z]+"
        ),
        -1.3,
    ),
    (_W(r"schools?|academ(?:y|ies)|term dates"), -1.0),
    (
        _W(
            r"cookies?|accessibility statement|terms (?:and|&) conditions|feedback|contact us|"
            r"skip to"
        ),
        -1.0,
    ),
)
# How much a word counts by where it is: anchor, leaf (last meaningful path segment and the
# query's words), parent segments, surrounding words.
_POS_WEIGHT = {"anchor": 1.0, "leaf": 0.8, "parent": 0.3, "context": 0.35}
_NEG_WEIGHT = {"anchor": 1.0, "leaf": 1.0, "parent": 0.8}
_PLACES = ("anchor", "leaf", "parent", "context")

_PAGINATION = re.compile(r"[?&](?:page|p|sort|order|month|year|date|day|start|offset|view)=", I)
_DOC_EXT = re.compile(r"\.(?:pdf|docx?|odt|rtf|txt)$", I)
_NON_PAGE_EXT = re.compile(
    r"\.(?:jpe?g|png|gif|svg|webp|ico|mp[34]|mov|avi|zip|rar|7z|exe|dmg|css|js|"
    r"xlsx?|csv|pptx?|ics|xml|json|woff2?|ttf)$",
    I,
)
_DOC_PATH = re.compile(
    r"/downloads?/(?:file|id|download)?/?\d|/download/\d|/media/\d+/|/asset-library/|/assets/\d|"
    r"/documents?/s\d+/|getasset|/downloadfile|document\.ashx|/files/\d|/sites/default/files/|"
    r"/media/[^/]+\.(?:pdf|docx?)|/file/\d",
    I,
)
_LETTER_INDEX = _W(r"a z|a to z|atoz|az|letters?|index|alphabet|services a z")
# Path segments that carry no meaning of their own: CMS plumbing, ids, file types.
_PLUMBING = frozenset(
    (
        "info",
        "article",
        "articles",
        "downloads",
        "download",
        "file",
        "files",
        "media",
        "assets",
        "asset",
        "__data",
        "_data",
        "data",
        "public",
        "v",
        "site",
        "sites",
        "default",
        "content",
        "page",
        "pages",
        "pdf",
        "doc",
        "docx",
        "odt",
        "rtf",
        "txt",
        "html",
        "htm",
        "en",
        "cy",
        "www",
        "index",
        "home",
        "services",
        "service",
        "directory",
        "record",
        "entry",
        "id",
        "s",
        "w",
        "p",
        "cms",
        "web",
    )
)
_ID = re.compile(r"^(?:[a-z]?\d[\d\-_.]*|[0-9a-f]{8,}(?:-[0-9a-f]{4,})*|\d{4}-\d{2})$", I)
_EXT = re.compile(r"\.(?:aspx?|php|html?|jsp|cfm|pdf|docx?|odt|rtf|txt)$", I)


def looks_like_document(url: str) -> bool:
    """A link to a document (PDF, Word, text) rather than a web page, by its URL alone."""
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return False
    return bool(_DOC_EXT.search(path) or _DOC_PATH.search(path))


# The item a document is listed under names the cameras: "Public space CCTV partnership agreement.
# Report; Appendix 1". On an agenda the documents' own names ("Report", "Appendix 1") say nothing.
_CCTV_ITEM = _W(r"cctv|closed circuit|surveillance cameras?|public space (?:cameras?|surveillance)|teledu cylch cyfyng")


def document_of_a_cctv_item(link: Link) -> bool:
    """A document link listed under an item (agenda item, list entry) that names CCTV: one of the
    item's own papers, worth opening whatever its anchor says."""
    return looks_like_document(link.url) and bool(_CCTV_ITEM.search(_words(link.context)[:400]))


def _words(s: str) -> str:
    s = unquote(s or "").lower()
    s = _EXT.sub("", s)
    return " " + re.sub(r"[\s\-_/+.=?&%,:;()\[\]|'\"’]+", " ", s).strip() + " "


def _leaf_and_parents(path: str, query: str) -> tuple[str, str]:
    """(the leaf's words, the parents' words) of a URL.

    The leaf is the last path segment that means something (not an id, a file type or CMS
    plumbing such as /info/20933/ or /downloads/file/1234/), with the words of the query's values
    (/a-z?letter=c, /page.aspx?title=cctv); every other meaningful segment is a parent.
    """
    segments = []
    for raw in unquote(path or "").split("/"):
        seg = _EXT.sub("", raw.strip().lower())
        if not seg or seg in _PLUMBING or _ID.match(seg):
            continue
        segments.append(seg)
    try:
        values = [v for _, v in parse_qsl(query or "", keep_blank_values=False)]
    except ValueError:
        values = []
    values = [v for v in values if v and not _ID.match(v.strip()) and len(v) < 120]
    leaf = segments[-1] if segments else ""
    return _words(leaf + " " + " ".join(values)), _words(" ".join(segments[:-1]))


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
    generic = not any(rx.search(own) for rx, _ in _TARGET + _SECTION)
    target = 0.0
    for rx, w in _TARGET:
        for place in _PLACES:
            if place == "context" and not generic:
                break
            if rx.search(places[place]):
                target += w * _POS_WEIGHT[place]
                break
    section, key = 0.0, ""
    for i, (rx, w) in enumerate(_SECTION):
        for place in ("anchor", "leaf", "parent"):
            text = places[place]
            if not rx.search(text):
                continue
            weight = w * _POS_WEIGHT[place]
            if place != "parent":
                spans = [
                    (m.start(), m.end()) for r2, w2 in _SECTION if w2 >= 1.3 or r2 is rx for m in r2.finditer(text)
                ]
                spans += [(m.start(), m.end()) for r2, _ in _TARGET for m in r2.finditer(text)]
                weight *= 0.5 + 0.5 * _coverage(text, spans)
            if weight > section:
                section, key = weight, f"s{i}"
            break
    if not key and target > 0:
        key = "target"  # a hub only by a weak target word ("cameras", "annual report")
    negative = 0.0
    for rx, w in _NEGATIVE:
        for place in ("anchor", "leaf", "parent"):
            if rx.search(places[place]):
                negative += w * _NEG_WEIGHT[place]
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
    leaf, parents = _leaf_and_parents(path, query)
    places = {"anchor": _words(link.text), "leaf": leaf, "parent": parents, "context": _words(link.context)[:400]}
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
        and (_LETTER_INDEX.search(_words(path + " " + query)) or "a z" in context or "a to z" in context)
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
    if _NON_PAGE_EXT.search(path):
        raw -= 4.0
    if _PAGINATION.search("?" + query):
        raw -= 1.2
    if looks_like_document(link.url):
        raw += 0.8 if target >= 1.5 else -0.6
    if len(query) > 120 or (path.count("/") > 12 and not _CMIS_PATH.search(path)):
        raw -= 1.5  # calendars, faceted search, traps
    return raw, target, section, key, letter_c


# CMIS committee sites (DotNetNuke) put a meeting's parameters in its path: ".../Meetings/tabid/70/
# ctl/ViewMeetingPublic/mid/397/Meeting/5123/Committee/21/Default.aspx" is fourteen levels deep
# and an ordinary page, not a trap.
_CMIS_PATH = re.compile(r"/tabid/\d+/ctl/", re.I)

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
    leaf, _ = _leaf_and_parents(parts.path, parts.query)
    return _signals({"anchor": _words(link.text), "leaf": leaf, "parent": "", "context": ""})[2]


# A navigation link whose own words plainly name something else (home doorbell cameras, a parish or
# town council, taxis, drain surveys, a log-in) carries at least this much: it is not followed as a
# candidate either. FOI logs and tenders sit above it: a careful person might open those from a CCTV
# page, and an FOI answer is recorded apart (foi_responses).
DECOY_LINK = -3.0


def decoy_link(ls: LinkScore) -> bool:
    """A link on a page whose own words say plainly that it leads to somebody else's cameras or to
    nothing of the kind (DECOY_LINK)."""
    return ls.own_negative <= DECOY_LINK


def decoy_result(ls: LinkScore) -> bool:
    """A search result whose own words say it is a dead end or a decoy, not the council's CCTV
    information (DECOY_RESULT)."""
    return ls.own_negative <= DECOY_RESULT


def score_link(link: Link, ctx: AuthorityContext | None = None, prior: float = 0.0) -> float:
    """0..1: how likely following `link` leads to evidence for Objective 5 (higher first)."""
    return assess_link(link, ctx, prior).score

"""Which links a person auditing a council site would follow, and in what order.

`score_link` reads a link's anchor text, the words of its URL and the words around it, the way
a person scans a page: "CCTV", "Community safety", "Privacy notices", the letter C of the A–Z,
"CCTV Code of Practice (PDF)" are worth following; "Jobs", "Pay a parking fine", "News
archive", "Log in" are not. The score (0..1) becomes a Scrapy request priority, and links
under KEEP_THRESHOLD are dropped. Scale: a link with no telling words scores about 0.3;
decoys fall under 0.15; CCTV links score 0.85 and above.
"""
from __future__ import annotations

import math
import re
from urllib.parse import unquote, urlsplit

from .context import AuthorityContext, force_pattern
from .text import Link

__all__ = ["score_link", "SEARCH_TERMS", "looks_like_document", "KEEP_THRESHOLD", "NEUTRAL_SCORE"]

KEEP_THRESHOLD = 0.15
NEUTRAL_SCORE = 0.3

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
_W = lambda p: re.compile(r"(?<![a-z0-9])(?:" + p + r")(?![a-z0-9])", I)  # noqa: E731

# (pattern, weight). Patterns are matched on normalised words (separators become spaces).
_SIGNALS: tuple[tuple[re.Pattern[str], float], ...] = (
    (_W(r"cctv|closed circuit|surveillance cameras?|public space (?:cameras?|surveillance)|"
        r"teledu cylch cyfyng|camerau|camerâu|tcc|video surveillance"), 3.2),
    (_W(r"surveillance|cameras?"), 1.6),
    (_W(r"single point of contact|spoc|senior responsible officer"), 2.4),
    (_W(r"information sharing (?:agreement|protocol)s?|data sharing (?:agreement|protocol)s?|"
        r"service level agreements?|memorandum of understanding|sla|isa|certificate of agreement|"
        r"cytundeb rhannu"), 2.0),
    (_W(r"code of practice|cod ymarfer"), 2.0),
    (_W(r"self assessment(?: tool)?|impact assessments?|dpia|annual (?:cctv )?(?:review|report)"), 1.5),
    (_W(r"footage|control room|body worn|anpr"), 1.8),
    (_W(r"community safety|diogelwch cymunedol|community safety partnership|safer [a-z]+|csp"), 1.9),
    (_W(r"crime|anti social behaviour|antisocial behaviour|asb|troseddu|ymddygiad gwrthgymdeithasol"), 1.3),
    (_W(r"privacy notices?|privacy|preifatrwydd|hysbysiad preifatrwydd"), 1.3),
    (_W(r"data protection|diogelu data|gdpr|information governance|your (?:information|data)|"
        r"subject access"), 1.1),
    (_W(r"polic(?:y|ies)|polisi|polisïau|strategies|transparency|tryloywder|open data"), 0.8),
    (_W(r"police|heddlu|safety|emergenc(?:y|ies)|security"), 0.7),
    (_W(r"a z|a to z|atoz|a-z|services a z"), 1.3),
    (_W(r"council and democracy|about the council|your council|council information|"
        r"freedom of information|foi|access to information|publication scheme|certification"), 0.5),
    # decoys and dead ends
    (_W(r"jobs?|vacanc(?:y|ies)|careers?|recruitment|work for us|working for us|apprenticeships?|swyddi"), -3.5),
    (_W(r"(?:cctv|control room|camera) (?:operators?|officers?|assistants?|supervisors?)|salary|closing date"), -1.5),
    (_W(r"parking|pcns?|penalty charge|bus lanes?|moving traffic|traffic enforcement|parcio|"
        r"clean air zone|school streets?|speed cameras?"), -3.6),
    (_W(r"planning applications?|planning portal|view planning|comment on (?:a )?planning|"
        r"building control|premises licen[cs]es?|licensing act"), -2.6),
    (_W(r"planning"), -0.8),
    (_W(r"news|press releases?|newsroom|blogs?|newsletters?|media releases?|newyddion"), -2.2),
    (_W(r"events?|calendar|what s on|whats on|diary|digwyddiadau"), -2.5),
    (_W(r"log ?in|sign ?in|sign ?up|register for|my account|basket|cart|checkout|subscribe|"
        r"unsubscribe|password|mewngofnodi"), -3.5),
    (_W(r"facebook|twitter|instagram|linkedin|youtube|tiktok|share this|print this|rss"), -3.5),
    (_W(r"taxis?|private hire|hackney"), -3.0),
    (_W(r"drainage|drains?|sewers?|gull(?:y|ies)|cctv surveys?|culverts?"), -3.6),
    (_W(r"doorbells?|home cctv|domestic cctv|cctv at home|neighbour(?:s|hood)? disputes?|"
        r"your own cctv"), -3.4),
    (_W(r"tenders?|procurement|contracts finder|suppliers?|selling to the council"), -1.8),
    (_W(r"disclosure log|foi (?:responses?|requests? log)|responses? to (?:foi|freedom)"), -1.6),
    (_W(r"ripa|covert surveillance|investigatory powers"), -1.2),
    (_W(r"bins?|recycling|waste|council tax|benefits|libraries|library|school admissions|births|"
        r"deaths|marriages?|leisure|parks|allotments|cemeteries|housing benefit|pay for it|"
        r"report it|roadworks|potholes?|gritting|elections?|electoral|tourism|visit [a-z]+"), -1.3),
    (_W(r"schools?|academ(?:y|ies)|term dates"), -1.0),
    (_W(r"cookies?|accessibility statement|terms (?:and|&) conditions|sitemap|feedback|contact us|"
        r"skip to"), -1.0),
)
_PAGINATION = re.compile(r"[?&](?:page|p|sort|order|month|year|date|day|start|offset|view)=", I)
_DOC_EXT = re.compile(r"\.(?:pdf|docx?|odt|rtf|txt)$", I)
_NON_PAGE_EXT = re.compile(r"\.(?:jpe?g|png|gif|svg|webp|ico|mp[34]|mov|avi|zip|rar|7z|exe|dmg|css|js|"
                           r"xlsx?|csv|pptx?|ics|xml|json|woff2?|ttf)$", I)
_DOC_PATH = re.compile(
    r"/downloads?/(?:file|id|download)?/?\d|/download/\d|/media/\d+/|/asset-library/|/assets/\d|"
    r"/documents?/s\d+/|getasset|/downloadfile|document\.ashx|/files/\d|/sites/default/files/|"
    r"/media/[^/]+\.(?:pdf|docx?)|/file/\d", I)
_LETTER_INDEX = re.compile(r"a-?z|atoz|a-to-z|letter|az|index", I)


def looks_like_document(url: str) -> bool:
    """A link to a document (PDF, Word, text) rather than a web page, by its URL alone."""
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return False
    return bool(_DOC_EXT.search(path) or _DOC_PATH.search(path))


def _words(s: str) -> str:
    s = unquote(s or "").lower()
    s = re.sub(r"\.(?:aspx?|php|html?|jsp|cfm)$", "", s)
    return " " + re.sub(r"[\s\-_/+.=?&%,:;()\[\]|'\"’]+", " ", s).strip() + " "


def _raw_score(link: Link, ctx: AuthorityContext | None) -> float:
    try:
        parts = urlsplit(link.url)
    except ValueError:
        return -10.0
    anchor = _words(link.text)
    path = _words(parts.path + " " + parts.query)
    context = _words(link.context)[:400]
    raw = 0.0
    for rx, w in _SIGNALS:
        if rx.search(anchor):
            raw += w
        elif rx.search(path):
            # a telling path (/jobs/, /parking/) is as decisive as the anchor for a dead end
            raw += w * (0.8 if w > 0 else 1.0)
        elif rx.search(context):
            raw += w * (0.35 if w > 0 else 0.5)
    # the letter C of an A–Z index: CCTV lives there
    letter = link.text.strip()
    if len(letter) == 1 and letter.isalpha() and (_LETTER_INDEX.search(parts.path + "?" + parts.query)
                                                   or "a z" in context or "a to z" in context):
        raw += 2.2 if letter.lower() == "c" else (-0.8 if letter.lower() in "sp" else -2.0)
    if ctx and ctx.police_force:
        fp = force_pattern(ctx.police_force)
        if fp is not None and fp.search(link.text or ""):
            raw += 0.8
    if _NON_PAGE_EXT.search(parts.path):
        raw -= 4.0
    if _PAGINATION.search("?" + parts.query):
        raw -= 1.2
    if looks_like_document(link.url):
        raw += 0.8 if raw >= 1.5 else -0.6
    if len(parts.query) > 120 or parts.path.count("/") > 12:
        raw -= 1.5   # calendars, faceted search, traps
    return raw


def score_link(link: Link, ctx: AuthorityContext | None = None) -> float:
    """0..1: how likely following `link` leads to evidence for Objective 5 (higher first)."""
    raw = _raw_score(link, ctx)
    bias = math.log(NEUTRAL_SCORE / (1 - NEUTRAL_SCORE))   # no signal at all -> NEUTRAL_SCORE
    return round(1.0 / (1.0 + math.exp(-(raw + bias))), 4)

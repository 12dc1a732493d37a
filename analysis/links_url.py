"""What a link's URL says: a document or a page, its leaf and parent words, signs of a trap.

A person reads the last meaningful path segment of a URL as the page's name and the segments above
it as the section it sits in; CMS plumbing (/info/20933/, /downloads/file/1234/) says nothing.
These are facts about the address alone, shared by the link score (analysis.links) and the search
plan (analysis.searchplan, which never opens a document as a section page).
"""

from __future__ import annotations

import base64
import re
from urllib.parse import parse_qsl, unquote, urlsplit

from .text import Link

__all__ = [
    "past_the_wall",
    "unwrapped",
    "english_home",
    "looks_like_document",
    "link_words",
    "leaf_and_parents",
    "PAGINATION",
    "NON_PAGE_EXT",
    "CMIS_PATH",
]

I = re.I

PAGINATION = re.compile(r"[?&](?:page|p|sort|order|month|year|date|day|start|offset|view)=", I)
_DOC_EXT = re.compile(r"\.(?:pdf|docx?|odt|rtf|txt)$", I)
NON_PAGE_EXT = re.compile(
    r"\.(?:jpe?g|png|gif|svg|webp|ico|mp[34]|mov|avi|zip|rar|7z|exe|dmg|css|js|"
    r"xlsx?|csv|pptx?|ics|xml|json|woff2?|ttf)$",
    I,
)
_DOC_PATH = re.compile(
    r"/downloads?/(?:file|id|download)?/?\d|/download/\d|/media/\d+/|/asset-library/|/assets/\d|"
    r"/documents?/s\d+/|getasset|/downloadfile|document\.ashx|/files/\d|/sites/default/files/|"
    # (a committee system's PDF of a paper, "mgConvert2PDF.aspx?ID=20417", held-back web 248's Staffordshire Moorlands)
    r"/media/[^/]+\.(?:pdf|docx?)|/file/\d|/mgConvert2PDF\.aspx$",
    I,
)
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


# Squiz Matrix's remote content: the site shows another address's page inside its own chrome, that address in the
# "sq_content_src" parameter as "+" and the base64 of "url=<address>&all=1" (a borough's committee papers shown on its main
# site under a page titled "Contact your Parish Council", held-back web 302's Maidstone, and the real council's: docs/wording.md ref 554).
_SQ_CONTENT_SRC = re.compile(r"[?&]sq_content_src=([^&#]+)")


def unwrapped(url: str) -> str:
    """The address a content-source wrapper shows, when it is on the council's own domain; else the URL unchanged. The
    crawler then reads the committee host's page as itself (its trail, its documents) rather than as a page of the
    main site with a misleading title."""
    m = _SQ_CONTENT_SRC.search(url)
    if m is None:
        return url
    coded = unquote(m.group(1)).lstrip("+ ")
    try:
        inner = base64.b64decode(coded + "=" * (-len(coded) % 4), validate=False).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return url
    if not inner.startswith("url="):
        return url
    # (the address itself may carry "&" unescaped: only the wrapper's own trailing "&all=1" is dropped)
    target = re.sub(r"&all=\d*$", "", inner[4:])
    if re.match(r"https?%3A", target, I):
        target = unquote(target).replace(" ", "%20")
    outer, host = urlsplit(url).hostname or "", urlsplit(target).hostname or ""
    if not target.startswith(("http://", "https://")) or not host or not outer:
        return url
    if host.split(".", 1)[-1] != outer.split(".", 1)[-1] and not host.endswith("." + outer.removeprefix("www.")):
        return url  # another site's page shown here: the wrapper stays the address
    return urlsplit(target)._replace(scheme=urlsplit(url).scheme).geturl()


def looks_like_document(url: str) -> bool:
    """A link to a document (PDF, Word, text) rather than a web page, by its URL alone."""
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return False
    return bool(_DOC_EXT.search(path) or _DOC_PATH.search(path))


_CAMERAS_RUN_IN = re.compile(r"(?<=[a-z]{4})(?=(?:cameras?|cctv)\b)|(?<=\bcctv)(?=[a-z]{4})")


def link_words(s: str) -> str:
    """Unquoted, lower-cased words of an anchor, a path or the words around a link (a file extension
    dropped, separators made spaces), padded with a space each side so word patterns match at the ends."""
    s = unquote(s or "").lower()
    s = _EXT.sub("", s)
    # words run together in a short address: "/vehiclecameras", the landing page of the stickers on a council's vehicles
    # (held-back web 395's Milton Keynes), "/cctvpolicy"
    s = _CAMERAS_RUN_IN.sub(" ", s)
    return " " + re.sub(r"[\s\-_/+.=?&%,:;()\[\]|'\"’]+", " ", s).strip() + " "


def leaf_and_parents(path: str, query: str) -> tuple[str, str]:
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
    return link_words(leaf + " " + " ".join(values)), link_words(" ".join(segments[:-1]))


# CMIS committee sites (DotNetNuke) put a meeting's parameters in its path: ".../Meetings/tabid/70/
# ctl/ViewMeetingPublic/mid/397/Meeting/5123/Committee/21/Default.aspx" is fourteen levels deep
# and an ordinary page, not a trap.
CMIS_PATH = re.compile(r"/tabid/\d+/ctl/", re.I)


_ENGLISH_HOME = re.compile(r"^/(?:en|english)/?$|^/?\?lang=en$", re.I)


def english_home(lang: str | None, url: str, links: list[Link]) -> str | None:
    """The English twin of a Welsh-language home page: a link to the site's /en root, or one labelled "English". A
    Welsh-first home may link nothing but its Welsh sections; the twin's menu is what the search plan can read."""
    if lang != "cy":
        return None
    host = urlsplit(url).netloc
    for link in links:
        parts = urlsplit(link.url)
        if parts.netloc != host:
            continue
        tail = parts.path + (f"?{parts.query}" if parts.query else "")
        if _ENGLISH_HOME.match(tail) or (
            " ".join((link.text or "").split()).lower() == "english" and parts.path in ("", "/")
        ):
            return link.url
    return None


# A consent or cookie wall answered in place of the page asked for: a few lines about cookies or carrying on, and a link back
# to the same address with a choice added ("Continue with essential cookies only" -> ?cookies=essential, held-back web 317's
# Stevenage, where every page of the CCTV section answered 200 with the wall)
_WALL_WORDS = re.compile(r"\bcookies?\b|\bconsent\b|\bbefore\s+you\s+continue\b|\bcontinue\s+to\s+the\s+page\b", I)
_GO_ON = re.compile(r"\b(?:continue|carry\s+on|proceed|accept|essential|necessary|reject|decline|agree)\b", I)
_WALL_TEXT = 800


def past_the_wall(url: str, text: str, links: list[Link]) -> str | None:
    """The link through a consent wall standing where the page should be: the same address with a query of its own, labelled
    to go on; None for an ordinary page. A person clicks through such a wall without a second thought; the page behind it is
    the one the link promised."""
    if len(text) > _WALL_TEXT or not _WALL_WORDS.search(text):
        return None
    here = urlsplit(url)
    for link in links:
        parts = urlsplit(link.url)
        if (
            parts.netloc == here.netloc
            and parts.path.rstrip("/") == here.path.rstrip("/")
            and parts.query
            and parts.query != here.query
            and _GO_ON.search(link.text or "")
        ):
            return link.url
    return None

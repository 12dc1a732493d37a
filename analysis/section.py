"""Where a page sits: inside the council's CCTV section or not.

Councils split their CCTV information over sub-pages ("Staffing", "Releasing CCTV images",
"Your rights" in a CCTV privacy notice, "Useful documents") whose paragraphs never repeat the
council's name or even "CCTV": the page is placed by its surroundings — the section in its
URL path, its breadcrumb, or the guide it is a chapter of. In a saved or plain-text page those
surroundings are the short lines above the first paragraph.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from .vocab import CCTV_PATH, CCTV_TITLE

__all__ = ["head_lines", "section_place", "path_section"]

_FURNITURE = re.compile(
    r"^\W*(?:skip\s+(?:to\s+)?(?:main\s+)?(?:content|header|navigation)|skip\s+header|neidio\s+i|cookie|we\s+use\s+cookies|"
    r"toggle\b|search\b|menu\s*$|home\s*$|show\s+all\s+(?:parts|sections)|print\b|share\b|"
    r"how\s+would\s+you\s+rate)",
    re.I,
)
_PARAGRAPH_WORDS = 14
_DATED_ITEM = re.compile(r"(?:\b\d{4}-\d\d-\d\d|\b\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*$")


def _is_paragraph(line: str) -> bool:
    return len(line.split()) >= _PARAGRAPH_WORDS or (line.rstrip().endswith((".", "?", "!")) and len(line.split()) >= 8)


def head_lines(text: str, max_lines: int = 80, trail: bool = True) -> list[str]:
    """The page's title lines: the first few lines and the trail just above the first paragraph.

    A menu of links at the top of a saved page is not its place; only the first three
    non-furniture lines (the title) and the six lines before the first paragraph (the
    breadcrumb and heading) are kept.
    """
    lines = []
    for raw in text.split("\n")[:max_lines]:
        line = raw.strip(" \t-–•|>»")
        if not line:
            continue
        if _is_paragraph(line):
            break
        if _FURNITURE.match(line) or len(line) > 100:
            continue
        lines.append(line)
    if not trail:
        return lines[:3]
    if len(lines) <= 9:
        return lines
    return lines[:3] + lines[-6:]


def path_section(url: str) -> str | None:
    """The folder of the URL path naming CCTV ("/cctv/staffing" -> "cctv"), last segment excluded."""
    segs = [s for s in unquote(urlsplit(url or "").path).split("/") if s]
    for seg in segs[:-1]:
        if CCTV_PATH.search(seg):
            return seg
    return None


def section_place(url: str, text: str, trail: bool = True) -> str | None:
    """The words that place the page in a CCTV section (a head line or a URL folder), or None.

    `trail` reads the breadcrumb trail above the first paragraph too: right for saved pages and
    documents; an HTML page's main content has no breadcrumb (it is stripped as furniture) and
    its lines above the first paragraph may be a list of links (a homepage's latest news).
    """
    for line in head_lines(text, trail=trail):
        if _DATED_ITEM.search(line):
            continue
        if CCTV_TITLE.search(line):
            return line
    return path_section(url)

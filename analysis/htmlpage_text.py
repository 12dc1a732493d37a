"""An HTML element's text as a person reads it: one block per line, and the headings.

Kept apart from parsing (analysis.htmlpage) and from deciding which part of the page is its
content (analysis.htmlpage_regions): rendering only walks the element it is given, so the same
walk serves the main content and, when that came out empty, the whole body.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from .segments import collapse

__all__ = ["render_text", "HEADING_TAGS"]

_BLOCK_TAGS = frozenset(
    (
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "blockquote",
        "pre",
        "section",
        "article",
        "header",
        "footer",
        "figure",
        "figcaption",
        "address",
        "caption",
        "hr",
        "main",
        "aside",
        "nav",
        "form",
        "fieldset",
        "legend",
        "details",
        "summary",
        "center",
        "body",
        "html",
    )
)
_CELL_TAGS = frozenset(("td", "th"))
HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# A scanned signature's words are the page's text: an agreement's signature table shows each party's signature as an
# image whose alt text says who signed and when ("Signed for and on behalf of [the council] by …, 12 March 2024";
# held-back web 136's Watford). Other images' words stay out of the text (a photo's caption is not the page's claim).
_SIGNATURE_ALT = re.compile(r"^\s*(?:signed|signature\s+of)\b", re.I)


def render_text(node: lxml.html.HtmlElement) -> tuple[str, list[str]]:
    """Text with one block per line, and the heading lines (h1–h6, bold-only paragraphs)."""
    parts: list[str] = []
    headings: list[str] = []
    for event, el in etree.iterwalk(node, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS or tag == "br":
                parts.append("\n")
            elif tag in _CELL_TAGS:
                parts.append(" ")
            elif tag == "img" and _SIGNATURE_ALT.match(el.get("alt") or ""):
                parts.append(f" {el.get('alt')} ")
            if el.text and tag != "br":
                parts.append(el.text)
        else:
            if tag in HEADING_TAGS or (tag == "p" and _bold_only(el)) or tag in ("summary", "legend"):
                h = collapse(el.text_content())
                if h and len(h) <= 200:
                    headings.append(h)
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            elif tag in _CELL_TAGS:
                parts.append(" ")
            if el.tail and el is not node:
                parts.append(el.tail)
    lines = (collapse(ln) for ln in "".join(parts).split("\n"))
    return "\n".join(ln for ln in lines if ln), headings


def _bold_only(p: lxml.html.HtmlElement) -> bool:
    kids = [k for k in p if isinstance(k.tag, str)]
    if len(kids) != 1 or kids[0].tag.lower() not in ("strong", "b"):
        return False
    own = collapse((p.text or "") + (kids[0].tail or ""))
    return not own and 0 < len(collapse(kids[0].text_content())) <= 100

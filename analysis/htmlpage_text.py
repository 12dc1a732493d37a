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

__all__ = ["render_text", "label_tab_panels", "join_record_fields", "HEADING_TAGS"]

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


def _only_words_of_item(img: lxml.html.HtmlElement) -> bool:
    """An icon that is all a list item holds: a facilities list of icons, each item's words only in its alt text ("Security:
    the hall is covered by cameras watched from the … CCTV hub", held-back web 209's Hyndburn), which is what a screen
    reader reads and what the icon stands for."""
    item = img.getparent()
    while item is not None and item.tag in ("a", "span", "figure", "picture"):
        item = item.getparent()
    if item is None or item.tag != "li" or collapse(item.text_content()):
        return False
    return len(item.findall(".//img")) == 1 and len((img.get("alt") or "").split()) >= 3


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
            elif tag == "img" and (_SIGNATURE_ALT.match(el.get("alt") or "") or _only_words_of_item(el)):
                parts.append(f" {el.get('alt')} ")
            label = _tab_label(el)
            if label:
                parts.append(f"{label}\n")
                headings.append(label)
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


TAB_LABEL_ATTR = "data-tab-label"


def label_tab_panels(root: lxml.html.HtmlElement) -> None:
    """Give each tab panel the name of the tab that labels it, before the tabs (buttons) are dropped: a reader sees the
    panel under its tab ("City Watch" over the service's cameras and its address, held-back web 197's Liverpool), as
    under a heading, though the tabs stand together in a row above all the panels."""
    for panel in root.xpath("//*[@role='tabpanel'][@aria-labelledby]"):
        ids = panel.get("aria-labelledby", "").split()
        found = root.xpath("//*[@id=$i]", i=ids[0]) if ids else []
        label = collapse(found[0].text_content()) if found else ""
        if 0 < len(label) <= 100:
            panel.set(TAB_LABEL_ATTR, label)


def keep_toggle_labels(root: lxml.html.HtmlElement) -> None:
    """Keep the words of an accordion's toggles before buttons are dropped: a question in a heading's button ("Who can I
    ask?" over a team's mailbox, held-back web 247's West Oxfordshire) is the heading a reader sees over the panel it
    opens. A toggle outside a heading becomes a line of its own; tabs keep their own treatment (`label_tab_panels`)."""
    for btn in list(root.iter("button")):
        if btn.getparent() is None or btn.get("role") == "tab":
            continue
        if any(isinstance(a.tag, str) and a.tag.lower() in _HEADINGS for a in btn.iterancestors()):
            btn.drop_tag()
        elif btn.get("aria-expanded") is not None and btn.get("aria-controls"):
            btn.tag = "p"
            for attr in list(btn.attrib):
                del btn.attrib[attr]


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def open_main_dialogs(root: lxml.html.HtmlElement) -> None:
    """Keep a dialog that sits inside the page's main content: "Contact the CCTV team" opening a dialog that names the
    council's single point of contact and its mailbox is the page's own text, one click away (held-back web 255's
    Merton). Dialogs elsewhere (cookie consent, site-wide pop-ups) are still dropped as furniture."""
    for dlg in list(root.iter("dialog")):
        if any(
            isinstance(a.tag, str) and (a.tag.lower() == "main" or a.get("role") == "main" or a.get("id") in _MAIN_IDS)
            for a in dlg.iterancestors()
        ):
            dlg.tag = "div"


_MAIN_IDS = frozenset({"main", "main-content", "maincontent", "content"})


def read_long_alt_text(root: lxml.html.HtmlElement) -> None:
    """Put a picture's long description (its alt text, twelve words or more) into the page as a line after it: a structure
    chart drawn as an image whose alt text names "the council's single point of contact (SPOC) for all surveillance camera
    systems" with its mailbox tells a reader what the chart shows (held-back web 254's Thanet). A short alt text (a logo,
    a mark's name) stays the image's; marks are read as marks (`badge_lines`)."""
    for img in list(root.iter("img")):
        parent = img.getparent()
        alt = collapse(img.get("alt") or "")
        if parent is None or len(alt.split()) < _FIGURE_MIN_WORDS:
            continue
        para = lxml.html.Element("p")
        para.text = alt[:_FIGURE_MAX_CHARS]
        para.tail = img.tail
        img.tail = None
        parent.insert(parent.index(img) + 1, para)


_FIGURE_MIN_WORDS = 12
_FIGURE_MAX_CHARS = 1500


def join_record_fields(root: lxml.html.HtmlElement) -> None:
    """Read a directory record's fields as "Label: value" lines: a council's directory lists its designated officers as a
    definition list ("Designation" / "Single point of contact for the council's surveillance camera systems", "Post holder"
    / "Head of Community Safety", "Email" / a mailbox), which a reader takes label and value together (held-back web 270's
    Oldham). Only a list with two or more contact fields is joined; a list of questions and answers keeps its lines."""
    for dl in list(root.iter("dl")):
        kids = [k for k in dl if isinstance(k.tag, str)]
        labels = [k for k in kids if k.tag == "dt" and _RECORD_FIELD.match(collapse(k.text_content()))]
        if len(labels) < 2:
            continue
        for dt in labels:
            dd = dt.getnext()
            if dd is None or not isinstance(dd.tag, str) or dd.tag != "dd":
                continue
            row = lxml.html.Element("div")
            dl.insert(dl.index(dt), row)
            label = collapse(dt.text_content()).rstrip(":")
            dt.tag, dd.tag = "span", "span"
            for child in list(dt):
                dt.remove(child)
            dt.text, dt.tail = label + ": ", None
            row.append(dt)
            row.append(dd)


_RECORD_FIELD = re.compile(
    r"^(?:designation|post\s*holder|post|role|job\s+title|name|e-?mail(?:\s+address)?|tele?phone|phone|tel|contact|address|"
    r"responsible\s+officer|officer)\s*:?\s*$",
    re.I,
)


def read_svg_words(root: lxml.html.HtmlElement) -> None:
    """Put the words an inline SVG draws (its <text> nodes) into the page as a line of text, before the SVG is dropped: a
    badge drawn as SVG shows a reader "Full certification awarded 27 February 2017" as plainly as a paragraph would
    (held-back web 208's St Helens). An SVG with no <text> (an icon, a logo path) leaves nothing."""
    for svg in list(root.iter("svg")):
        if svg.getparent() is None:
            continue
        words = [collapse(t.text_content()) for t in svg.iter("text")]
        line = collapse(" ".join(w for w in words if w))[:_SVG_MAX_CHARS]
        if not line:
            continue
        para = lxml.html.Element("p")
        para.text = line
        para.tail = svg.tail
        svg.getparent().replace(svg, para)


_SVG_MAX_CHARS = 500


def _tab_label(el: lxml.html.HtmlElement) -> str | None:
    return el.get(TAB_LABEL_ATTR) if isinstance(el.tag, str) else None


def _bold_only(p: lxml.html.HtmlElement) -> bool:
    kids = [k for k in p if isinstance(k.tag, str)]
    if len(kids) != 1 or kids[0].tag.lower() not in ("strong", "b"):
        return False
    own = collapse((p.text or "") + (kids[0].tail or ""))
    return not own and 0 < len(collapse(kids[0].text_content())) <= 100

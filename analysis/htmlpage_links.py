"""An HTML page's links, with the words around each, and its images with their captions.

Links are read from the whole page, furniture included: the spider steers by the navigation, and
a link's surrounding words (its paragraph, or the heading over its list) say what it leads to.
Kept apart from the text (analysis.htmlpage_text) because its cost is its own concern: a trap
page can hold hundreds of thousands of links, so the work here is capped and linear in the page.
"""

from __future__ import annotations

import re
from urllib.parse import urldefrag, urljoin

import lxml.html

from . import budget
from .htmlpage_text import HEADING_TAGS
from .links_url import unwrapped
from .segments import collapse
from .text import Image, Link

__all__ = ["page_links", "page_images", "breadcrumb_trail", "side_panel_lines", "script_links_as_anchors", "MAX_LINKS"]

MAX_LINKS = 3000  # links kept per page (trap pages can hold hundreds of thousands)


def _words(el: lxml.html.HtmlElement) -> str:
    return collapse(" ".join(el.itertext()))


_CONTEXT_STOP = frozenset(
    (
        "p",
        "li",
        "td",
        "th",
        "dd",
        "dt",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "div",
        "section",
        "nav",
        "header",
        "footer",
        "aside",
        "main",
        "ul",
        "ol",
        "body",
        "form",
        "table",
        "article",
        "figure",
        "span",
    )
)


class _Contexts:
    """The words around links, each block's words collapsed once.

    A navigation block with 60,000 links, or a paragraph with 3,000, used to be re-read for every
    link in it (176 s of CPU for one hostile homepage). Here each block's words, and the block
    that stops each ancestor walk, are computed once, and the search for a link's anchor inside
    a long paragraph resumes where the previous link's ended, so the work is linear in the page.
    """

    def __init__(self) -> None:
        self._words: dict[lxml.html.HtmlElement, str] = {}
        self._stop: dict[lxml.html.HtmlElement, lxml.html.HtmlElement | None] = {}
        self._cursor: dict[lxml.html.HtmlElement, int] = {}

    def words(self, el: lxml.html.HtmlElement) -> str:
        w = self._words.get(el)
        if w is None:
            w = self._words[el] = _words(el)
        return w

    def block(self, a: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
        """The nearest ancestor that is a context block (paragraph, list item, section...)."""
        path = []
        el = a.getparent()
        found: lxml.html.HtmlElement | None = None
        while el is not None and isinstance(el.tag, str):
            if el in self._stop:
                found = self._stop[el]
                break
            if el.tag.lower() in _CONTEXT_STOP:
                found = el
                break
            path.append(el)
            el = el.getparent()
        for p in path:
            self._stop[p] = found
        if found is not None:
            self._stop[found] = found
        return found

    def around(self, a: lxml.html.HtmlElement) -> str:
        """The words around a link: its paragraph/list item, or the heading over its list."""
        anchor = collapse(a.text_content())
        el = self.block(a)
        if el is None:
            return ""
        ctx = self.words(el)
        tag = el.tag.lower()
        if len(ctx) > 300:
            if tag in ("p", "li", "td", "th", "dd", "dt"):
                start = self._cursor.get(el, 0)
                i = ctx.find(anchor, start) if anchor else -1
                if i >= 0:
                    self._cursor[el] = i + len(anchor)
                s = max(0, i - 120) if i >= 0 else start
                return ctx[s : s + 300]
            return ""
        if ctx == anchor or len(ctx) <= len(anchor) + 3:
            lst = el.getparent() if tag == "li" else el
            prev = lst.getprevious() if lst is not None else None
            while prev is not None and not isinstance(prev.tag, str):
                prev = prev.getprevious()
            if prev is not None and prev.tag.lower() in HEADING_TAGS | {"p", "strong"}:
                ctx = (self.words(prev)[:120] + " " + ctx).strip()
            elif lst is not None and lst.getparent() is not None:
                label = lst.getparent().get("aria-label") or ""
                ctx = (collapse(label) + " " + ctx).strip()
        return ctx[:300]


# Where a page's script navigates when an element is clicked: a button or a table row carrying its target in an attribute
# (`<button data-go="/closed-circuit-television-cctv">`, `<tr data-href="…">`) or an inline handler
# (`onclick="location.href='/cctv'"`). A person clicks these as links, and some CMSs build whole menus and search result
# lists from them (held-back web 280's Thurrock, whose search listed its CCTV pages only as such buttons).
_NAV_ATTRS = ("data-href", "data-url", "data-link", "data-go", "data-target-url", "data-navigate")
_ONCLICK_TARGET = re.compile(
    r"""(?:(?:window\.|document\.)?location(?:\.href)?\s*=|location\.assign\(|window\.open\()\s*['"]([^'"\s]{1,500})['"]"""
)
_MAX_SCRIPT_LINKS = 1000


def _script_target(el: lxml.html.HtmlElement) -> str:
    """The address a click on `el` goes to by script, or "" when it goes nowhere."""
    for name in _NAV_ATTRS:
        v = (el.get(name) or "").strip()
        if v:
            return v
    m = _ONCLICK_TARGET.search(el.get("onclick") or "")
    return m.group(1) if m else ""


def script_links_as_anchors(root: lxml.html.HtmlElement) -> None:
    """Turn elements a click navigates from into anchors, so their targets are links and their labels text.

    Run before buttons are dropped as form furniture; an element that already holds an anchor keeps its own
    (a table row whose first cell links the same page)."""
    found = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag.lower() in ("a", "area", "html", "body", "head"):
            continue
        target = _script_target(el)
        if target and not target.startswith("#") and el.find(".//a[@href]") is None:
            found.append((el, target))
            if len(found) >= _MAX_SCRIPT_LINKS:
                break
    for el, target in found:
        if el.tag.lower() in ("button", "input", "select", "textarea"):
            # (the control becomes the anchor itself, keeping its label)
            el.tag = "a"
            for name in list(el.attrib):
                del el.attrib[name]
            el.set("href", target)
        else:
            # (a row or a card keeps its own element; its words are wrapped in one anchor)
            a = lxml.html.Element("a", href=target)
            a.text, el.text = el.text, None
            for child in list(el):
                a.append(child)
            el.append(a)


def page_links(root: lxml.html.HtmlElement, base: str, warnings: list[str]) -> tuple[list[Link], list[Link]]:
    links: list[Link] = []
    contacts: list[Link] = []
    seen: set[tuple[str, str]] = set()
    contexts = _Contexts()
    for n, a in enumerate(root.iter("a", "area")):
        if n % 256 == 255 and budget.exhausted():
            warnings.append(
                f"{budget.CAP_WARNING} ({budget.cap_seconds():g} s): links after the first {len(links)} not read"
            )
            break
        href = (a.get("href") or "").strip()
        if not href or href.startswith("#"):
            continue
        text = collapse(a.text_content()) or collapse(a.get("aria-label") or a.get("title") or "")
        if not text:
            img = a.find(".//img")
            if img is not None:
                text = collapse(img.get("alt") or img.get("title") or "")
        low = href.lower()
        if low.startswith(("mailto:", "tel:")):
            if len(contacts) < 200:
                contacts.append(Link(href, text, contexts.around(a)))
            continue
        if low.startswith(("javascript:", "data:", "about:", "file:")):
            continue
        try:
            absolute = unwrapped(urldefrag(urljoin(base, href))[0])
        except ValueError:
            continue
        if not absolute.lower().startswith(("http://", "https://")):
            continue
        key = (absolute, text)
        if key in seen:
            continue
        seen.add(key)
        links.append(Link(absolute, text, contexts.around(a)))
        if len(links) >= MAX_LINKS:
            break
    return links, contacts


def page_images(root: lxml.html.HtmlElement, base: str, main_set: set) -> list[Image]:
    out: list[Image] = []
    for img in root.iter("img"):
        src = img.get("src") or img.get("data-src") or img.get("data-lazy-src") or ""
        if (not src or src.startswith("data:")) and img.get("srcset"):
            src = img.get("srcset").split(",")[0].strip().split(" ")[0]
        try:
            src = urljoin(base, src.strip()) if src and not src.startswith("data:") else src[:60]
        except ValueError:
            src = ""
        caption = ""
        fig = next((anc for anc in img.iterancestors("figure")), None)
        if fig is not None:
            cap = fig.find(".//figcaption")
            caption = collapse(cap.text_content()) if cap is not None else ""
        if not caption:
            par = img.getparent()
            if par is not None and par.tag in ("a", "span"):
                par = par.getparent()
            if par is not None and par.tag in ("p", "div", "li", "td"):
                t = collapse(par.text_content())
                caption = t if len(t) <= 200 else ""
        out.append(
            Image(
                src=src,
                alt=collapse(img.get("alt") or ""),
                title=collapse(img.get("title") or ""),
                caption=caption,
                in_main=img in main_set,
            )
        )
        if len(out) >= 500:
            break
    return out


# A heading over the site's own awards and quality marks, outside the main content: "Our accreditations", "Awards and
# accreditations", "Quality marks", Welsh "Ein hachrediadau". A council lists its Surveillance Camera Code certificate there
# beside its other marks, in words, where the logos carry no alt text (held-back web 166's Nuneaton and Bedworth).
_BADGE_HEADING = re.compile(
    r"^\W*(?:our\s+)?(?:awards?\s+(?:and|&)\s+)?(?:accreditations?|awards|certifications|quality\s+marks|"
    r"(?:ein\s+)?(?:h?achrediadau|gwobrau))\W*$",
    re.I,
)
MAX_BADGES = 20


def badge_lines(root: lxml.html.HtmlElement, main_set: set) -> list[str]:
    """The items of an accreditations list outside the main content, each as one line."""
    out: list[str] = []
    for head in root.iter("h2", "h3", "h4", "h5", "strong"):
        in_footer = any(anc.tag == "footer" for anc in head.iterancestors())
        if (head in main_set and not in_footer) or not _BADGE_HEADING.match(collapse(head.text_content())):
            continue
        box = head.getparent()
        if box is None:
            continue
        for item in box.iter("li", "p"):
            line = collapse(item.text_content())
            if line and (in_footer or item not in main_set) and len(line) <= 300:
                out.append(line)
            if len(out) >= MAX_BADGES:
                return out
    return out


_CRUMB_MARK = re.compile(r"(?:^|[-_\s])(?:breadcrumbs?|crumbs)(?:$|[-_\s])", re.I)
_HOME = re.compile(r"^\W*(?:home|hafan|homepage)\W*$", re.I)


def breadcrumb_trail(root: lxml.html.HtmlElement) -> list[str]:
    """The page's breadcrumb trail above it ("Committee structure", "Joint CCTV Executive"), without "Home": the sections
    the page sits in, read before the breadcrumb is stripped as furniture (analysis.section places a page by them)."""
    for el in root.iter("nav", "ol", "ul", "div", "p"):
        marks = " ".join(str(el.get(a) or "") for a in ("class", "id", "aria-label"))
        if not _CRUMB_MARK.search(marks):
            continue
        items = [collapse(x.text_content()) for x in el.iter("li")] or [
            collapse(a.text_content()) for a in el.iter("a")
        ]
        trail = [i for i in items if i and len(i) <= 100 and not _HOME.match(i)][:8]
        if trail:
            # (an empty element marked as a breadcrumb, a 404 page's placeholder or a template's wrapper, is passed over
            # for the next one: the trail is the first that names sections)
            return trail
    return []


# A sidebar box outside the main content that designates the council's camera lead: a WordPress widget "Camera governance"
# with "Our [post] is the council's Senior Responsible Officer for surveillance cameras and the single point of contact …"
# and its mailbox (held-back web 276's Newark and Sherwood). Only the designation's words open it; the box is read for 5.3.
_PANEL_DESIGNATION = re.compile(
    r"\bsingle\s+points?\s+of\s+contact\b|(?-i:\bSPOC\b)|\bsenior\s+responsible\s+officer\b|\bpwynt\s+cyswllt\s+unigol\b",
    re.I,
)
_PANEL_CAMERAS = re.compile(r"\bsurveillance\b|\bcctv\b|\bcameras?\b|\bcamer[aâ]u\b", re.I)
_PANEL_MARK = re.compile(r"(?:^|[-_\s])(?:sidebar|side-?bar|widget|aside)(?:$|[-_\s])", re.I)


def side_panel_lines(root: lxml.html.HtmlElement, main_set: set) -> list[str]:
    """The lines of a sidebar box outside the main content that names the surveillance camera SPOC."""
    for el in root.iter("aside", "section", "div"):
        if el in main_set or not (el.tag == "aside" or _PANEL_MARK.search(str(el.get("class") or ""))):
            continue
        whole = collapse(el.text_content())
        if len(whole) > 1500 or not (_PANEL_DESIGNATION.search(whole) and _PANEL_CAMERAS.search(whole)):
            continue
        lines = [collapse(x.text_content()) for x in el.iter("h2", "h3", "h4", "p", "li")]
        return [line for line in lines if line][:20]
    return []

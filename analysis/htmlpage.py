"""HTML pages: the main content as a person reads it, without the site's furniture.

Navigation, headers and footers, cookie banners, breadcrumbs, menus and "related links" asides
repeat on every page and would make every page look like a CCTV page (the footer's A–Z link,
the menu's "Community safety"). They are removed from the text; their links are kept, with
their anchor text and surrounding words, because the spider steers by them. Images are kept
everywhere (the certification mark often sits in a sidebar).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urldefrag

import lxml.html
from lxml import etree

from . import budget
from .encoding import decode_html
from .segments import collapse
from .structured import extract_structured
from .text import MAX_TEXT_CHARS, Document, Image, Link, guess_lang

__all__ = ["extract_html", "MAX_HTML_BYTES", "MAX_LINKS"]

MAX_HTML_BYTES = 6_000_000  # bytes of markup parsed; the rest of a giant page is ignored
MAX_LINKS = 3000  # links kept per page (trap pages can hold hundreds of thousands)

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "select",
    "button",
    "input",
    "textarea",
    "dialog",
)
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
_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))

# class/id tokens of site furniture. In "main" mode headers are kept (they hold the page h1).
_FURNITURE = re.compile(
    r"^(?:.*[-_])?(?:nav|navbar|navigation|menu|menus|mega-?menu|breadcrumbs?|crumbs|cookies?|"
    r"cookie-?banner|consent|cc-banner|gdpr|skip|skiplinks?|skip-?link|related|related-?links|"
    r"related-?content|related-?pages|see-?also|social|share|sharing|addthis|pagination|pager|"
    r"offcanvas|toolbar|feedback|print|back-?to-?top|sidebar|side-?nav|supplements?|supplementary|"
    r"notice-?banner|alert-?banner|"
    r"(?:left|right|top|main|site|global|sub|side|primary|secondary|utility|mobile|quick)(?:nav|menu|"
    r"navigation|links))(?:[-_].*)?$",
    re.I,
)
_PAGE_FURNITURE = re.compile(r"^(?:site|global|page|main|top)?[-_]?(?:header|footer|masthead|banner)(?:[-_].*)?$", re.I)
_FURNITURE_ROLES = frozenset(
    ("navigation", "banner", "contentinfo", "search", "complementary", "menu", "menubar", "alertdialog")
)
_MAIN_IDS = (
    "main-content",
    "maincontent",
    "main_content",
    "content",
    "main",
    "primary",
    "page-content",
    "pagecontent",
    "content-main",
    "contentarea",
    "content-area",
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)
_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # C1 too: never text, often mis-decoding


def extract_html(body: bytes, url: str, content_type: str | None = None) -> Document:
    """Parse an HTML page into a Document (main text, links, images, structured data)."""
    warnings: list[str] = []
    if len(body) > MAX_HTML_BYTES:
        warnings.append(f"page truncated to {MAX_HTML_BYTES} bytes")
        body = body[:MAX_HTML_BYTES]
    markup, _enc = decode_html(body, content_type)
    markup = _CTRL.sub(" ", _XML_DECL.sub("", markup, count=1))
    if not markup.strip():
        return Document(url=url, kind="html", title="", text="", has_text_layer=False, error="empty page")
    try:
        root = _parse(markup, warnings)
    except (etree.ParserError, ValueError) as exc:
        return Document(
            url=url, kind="html", title="", text="", has_text_layer=False, error=f"unparseable html: {exc}"[:300]
        )
    base = url
    base_el = root.find(".//base[@href]")
    if base_el is not None:
        base = urljoin(url, base_el.get("href", "").strip())

    title = collapse(root.findtext(".//title") or "")
    declared_lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    alternates = _alternates(root, base)
    structured = extract_structured(root, markup, url, warnings)
    for bad in root.iter(*_DROP_TAGS):
        if bad.getparent() is not None:
            bad.drop_tree()

    main, main_mode = _main_node(root)
    main_set = set(main.iter())
    links, contacts = _links(root, base, warnings)
    images = _images(root, base, main_set)

    _strip_furniture(main, main_mode)
    text, headings = _render(main)
    if not title:
        title = headings[0] if headings else ""
    if not text.strip() and main is not root.find("body") and root.find("body") is not None:
        text, headings = _render(root.find("body"))
    if len(text) > MAX_TEXT_CHARS:
        warnings.append(f"text truncated to {MAX_TEXT_CHARS} characters")
        text = text[:MAX_TEXT_CHARS].rsplit("\n", 1)[0]
    return Document(
        url=url,
        kind="html",
        title=title,
        text=text,
        links=links,
        images=images,
        structured=structured,
        has_text_layer=bool(text.strip()),
        error=None,
        lang=guess_lang(url, declared_lang, text),
        alternates=alternates,
        headings=headings,
        contacts=contacts,
        warnings=warnings,
    )


# Wrappers that only nest: removed (blocks become line breaks) when a page nests too deep to parse.
_WRAPPERS = re.compile(
    r"</?(?:div|section|article|center|blockquote|span|font|b|i|u|em|strong|small|big|"
    r"label|abbr|cite|mark|s|strike|sub|sup|tt|ins|del|q)(?:\s[^>]*)?/?>",
    re.I,
)
_BLOCK_WRAPPER = re.compile(r"^</?(?:div|section|article|center|blockquote)\b", re.I)


def _too_deep(parser: lxml.html.HTMLParser) -> bool:
    return any("Excessive depth" in e.message for e in parser.error_log)


def _parse(markup: str, warnings: list[str]) -> lxml.html.HtmlElement:
    """Parse with huge_tree (lxml otherwise stops at 256 levels and silently drops the rest of
    the page: a false "not met"). A page deeper than even huge_tree allows is parsed again with
    its wrapper elements flattened, and either way the loss of structure is a warning."""

    def parser() -> lxml.html.HTMLParser:
        return lxml.html.HTMLParser(
            remove_comments=True, remove_pis=True, recover=True, no_network=True, huge_tree=True
        )

    p = parser()
    root = lxml.html.document_fromstring(markup, parser=p)
    if not _too_deep(p):
        return root
    flat = _WRAPPERS.sub(lambda m: "<br>" if _BLOCK_WRAPPER.match(m.group(0)) else " ", markup)
    p = parser()
    root = lxml.html.document_fromstring(flat, parser=p)
    if _too_deep(p):
        warnings.append(
            "page nested too deeply to read whole, even with its wrapper elements flattened: "
            "content past the nesting limit was lost"
        )
    else:
        warnings.append(
            "page nested too deeply: read again with its wrapper elements flattened "
            "(layout such as the main-content area may not be recognised)"
        )
    return root


def _alternates(root: lxml.html.HtmlElement, base: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in root.iterfind(".//link[@hreflang]"):
        if "alternate" in (el.get("rel") or "").lower() and el.get("href"):
            out[el.get("hreflang", "").strip().lower()] = urljoin(base, el.get("href").strip())
    # Welsh sites often link the twin from a language switcher instead.
    for a in root.iterfind(".//a[@hreflang]"):
        lang = a.get("hreflang", "").strip().lower()
        if lang and lang not in out and a.get("href"):
            out[lang] = urljoin(base, a.get("href").strip())
    return out


def _main_node(root: lxml.html.HtmlElement) -> tuple[lxml.html.HtmlElement, bool]:
    """The element holding the main content, and whether it was found by markup."""
    body = root.find("body")
    if body is None:
        body = root
    body_len = len(collapse(body.text_content()))
    cands = root.xpath("//main | //*[@role='main']")
    if not cands:
        for ident in _MAIN_IDS:
            cands = root.xpath(f"//*[@id='{ident}']")
            if cands:
                break
    if not cands:
        arts = root.xpath("//article")
        if arts:
            cands = [max(arts, key=lambda a: len(a.text_content()))]
    for c in cands:
        n = len(collapse(c.text_content()))
        if n >= 80 or (body_len and n >= 0.3 * body_len):
            return c, True
    return body, False


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _classes(el: lxml.html.HtmlElement) -> list[str]:
    """class and id tokens, camelCase split ("cookieNotice" -> "cookie-Notice") so that the
    furniture words match however a CMS spells them."""
    return [_CAMEL.sub("-", t) for t in ((el.get("class") or "") + " " + (el.get("id") or "")).split()]


def _strip_furniture(main: lxml.html.HtmlElement, main_mode: bool) -> None:
    """Drop navigation, banners, asides and the like from inside the main content."""
    doomed = []
    for el in main.iter():
        if el is main or not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        role = (el.get("role") or "").lower()
        toks = _classes(el)
        if tag in ("nav", "aside") or role in _FURNITURE_ROLES:
            doomed.append(el)
        elif not main_mode and tag in ("header", "footer"):
            doomed.append(el)
        elif any(_FURNITURE.match(t) for t in toks):
            doomed.append(el)
        elif not main_mode and any(_PAGE_FURNITURE.match(t) for t in toks):
            doomed.append(el)
    main_len = len(collapse(main.text_content())) or 1
    for el in doomed:
        if el.getparent() is not None and not _is_content(el, main_len):
            el.drop_tree()


def _is_content(el: lxml.html.HtmlElement, main_len: int) -> bool:
    """Guard against class names like 'has-sidebar' on the wrapper of the whole article.

    A 'header' holding the page's h1, or an element holding most of the text in several
    paragraphs, is content whatever its class says.
    """
    tag = (el.tag or "").lower()
    if tag not in ("nav", "aside") and el.find(".//h1") is not None and tag != "footer":
        return True
    n = len(collapse(el.text_content()))
    return main_len > 400 and n > 0.5 * main_len and len(el.findall(".//p")) >= 3


def _render(node: lxml.html.HtmlElement) -> tuple[str, list[str]]:
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
            if el.text and tag != "br":
                parts.append(el.text)
        else:
            if tag in _HEADING_TAGS or (tag == "p" and _bold_only(el)) or tag in ("summary", "legend"):
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
            if prev is not None and prev.tag.lower() in _HEADING_TAGS | {"p", "strong"}:
                ctx = (self.words(prev)[:120] + " " + ctx).strip()
            elif lst is not None and lst.getparent() is not None:
                label = lst.getparent().get("aria-label") or ""
                ctx = (collapse(label) + " " + ctx).strip()
        return ctx[:300]


def _links(root: lxml.html.HtmlElement, base: str, warnings: list[str]) -> tuple[list[Link], list[Link]]:
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
            absolute = urldefrag(urljoin(base, href))[0]
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


def _images(root: lxml.html.HtmlElement, base: str, main_set: set) -> list[Image]:
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

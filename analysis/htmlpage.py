"""HTML pages: the main content as a person reads it, without the site's furniture.

Navigation, headers and footers, cookie banners, breadcrumbs, menus and "related links" asides
repeat on every page and would make every page look like a CCTV page (the footer's A–Z link,
the menu's "Community safety"). They are removed from the text; their links are kept, with
their anchor text and surrounding words, because the spider steers by them. Images are kept
everywhere (the certification mark often sits in a sidebar).

This module parses the markup and puts the page together; the parts it delegates each do one
job: which element is the content and what inside it is furniture (htmlpage_regions), the text
of an element (htmlpage_text), and the links and images with their words (htmlpage_links).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from .email_reveal import reveal_protected
from .encoding import decode_html
from .htmlpage_links import (
    MAX_LINKS,
    badge_lines,
    breadcrumb_trail,
    page_images,
    page_links,
    script_links_as_anchors,
    side_panel_lines,
)
from .htmlpage_regions import main_node, strip_furniture
from .htmlpage_text import (
    join_record_fields,
    keep_toggle_labels,
    label_tab_panels,
    open_main_dialogs,
    read_long_alt_text,
    read_svg_words,
    render_text,
)
from .segments import collapse
from .structured import extract_structured
from .text import MAX_TEXT_CHARS, Document, guess_lang

__all__ = ["extract_html", "MAX_HTML_BYTES", "MAX_LINKS"]

MAX_HTML_BYTES = 6_000_000  # bytes of markup parsed; the rest of a giant page is ignored

# (not <noscript>: without scripts it is what a reader sees, and a script-drawn section's fallback holds its text, held-back
# web 107's Fylde)
_DROP_TAGS = (
    "script",
    "style",
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

    reveal_protected(root)
    title = collapse(root.findtext(".//title") or "")
    declared_lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    alternates = _alternates(root, base)
    structured = extract_structured(root, markup, url, warnings)
    trail = breadcrumb_trail(root)
    label_tab_panels(root)
    keep_toggle_labels(root)
    open_main_dialogs(root)
    read_svg_words(root)
    read_long_alt_text(root)
    join_record_fields(root)
    list_recipients(root)
    script_links_as_anchors(root)
    for bad in root.iter(*_DROP_TAGS):
        if bad.getparent() is not None:
            bad.drop_tree()

    main, main_mode = main_node(root)
    main_set = set(main.iter())
    links, contacts = page_links(root, base, warnings)
    images = page_images(root, base, main_set)
    badges = badge_lines(root, main_set)
    panels = side_panel_lines(root, main_set)

    strip_furniture(main, main_mode)
    text, headings = render_text(main)
    if not title:
        title = headings[0] if headings else ""
    if not text.strip() and main is not root.find("body") and root.find("body") is not None:
        text, headings = render_text(root.find("body"))
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
        badges=badges,
        trail=trail,
        panels=panels,
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


# A contact form's choice of whom to write to: its options are the page's words for its recipients ("Surveillance camera
# single point of contact (SPOC) - policy, new camera requests and complaints" in a CCTV enquiry form's drop-down, held-back
# web 231's North West Leicestershire). Other drop-downs (wards, dates, services) stay dropped.
_RECIPIENT_SELECT = re.compile(r"recipient|\bwho\b|enquiry\s+for|send\s+(?:it\s+)?to|department|team", re.I)
# ... or a drop-down of topics whose option says who answers it ("What is your question about?" over "Anything else: the
# council's single point of contact for surveillance cameras (Head of Public Protection) will reply", held-back web 343's
# Broxtowe)
# (the option's own words for who answers, not a role named: a drop-down of wards stays dropped whatever its options say)
_OPTION_NAMES_WHO_ANSWERS = re.compile(r"\bwill\s+(?:reply|answer|respond|get\s+back\s+to\s+you)\b", re.I)
MAX_RECIPIENT_OPTIONS = 12


def list_recipients(root: lxml.html.HtmlElement) -> None:
    """Turn a form's short drop-down of recipients into a list of its options, so their words are read."""
    for sel in list(root.iter("select")):
        options = [collapse(o.text_content()) for o in sel.iter("option")]
        options = [o for o in options if o]
        if not options or len(options) > MAX_RECIPIENT_OPTIONS or sel.getparent() is None:
            continue
        sid = sel.get("id") or ""
        label = root.xpath("//label[@for=$i]", i=sid) if sid else []
        said = " ".join([sel.get("name") or "", sid, *(collapse(x.text_content()) for x in label)])
        if not _RECIPIENT_SELECT.search(said) and not any(_OPTION_NAMES_WHO_ANSWERS.search(o) for o in options):
            continue
        ul = lxml.html.Element("ul")
        for o in options:
            li = lxml.html.Element("li")
            li.text = o
            ul.append(li)
        ul.tail = sel.tail
        sel.getparent().replace(sel, ul)


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

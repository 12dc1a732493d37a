"""How a person finds things on a council site, as parsing helpers for the spider.

The site's own search form, its sitemap, and "next page" links in search results. Pure
functions over bytes, so the spider stays thin and these can be tested on strings.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlencode, urljoin, urlsplit, urlunsplit, parse_qsl

from lxml import etree, html as lxml_html

from crawler.engine.urls import url_key

SEARCH_PARAM_NAMES = ("q", "query", "search", "keywords", "term", "searchtext", "s", "k", "terms", "searchterm")
_NEXT_WORDS = re.compile(r"^\s*(next|next page|more results|›|»|>)\s*[›»>]?\s*$", re.I)
MAX_SITEMAP_URLS = 50_000


def _parse_html(body: bytes):
    try:
        return lxml_html.fromstring(body)
    except (etree.ParserError, ValueError):
        return None


def anchor_counts(body: bytes, base_url: str) -> Counter[str]:
    """How many times the page links to each address (by url_key). A search result that is also one of
    the site's menu links is linked twice from its result page (menu and result) but once from the site's
    other pages, which tells it from the menu around the results."""
    counts: Counter[str] = Counter()
    root = _parse_html(body)
    if root is None:
        return counts
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        try:
            counts[url_key(urljoin(base_url, href))] += 1
        except ValueError:
            continue
    return counts


# A form that looks up places, not pages: "Find services near you (postcode)" over a field named "postcode", a bin day or
# address finder (held-back web 280's Brent, whose only search-like form was its postcode finder, queried seven times)
_LOOKUP_WORDS = re.compile(r"post\s*code|\buprn\b|\baddress\b|\bnear\s+(?:me|you)\b|\bbin\s+(?:day|collection)", re.I)


_SEARCH_WORDS = re.compile(r"\bsearch|\bkeywords?\b", re.I)


def _lookup_field(form, field) -> bool:
    """The form's first text field asks for a postcode or an address: its name or id says so, or its label or placeholder
    does without offering a search ("Search for a service, postcode or address" is still the site's search)."""
    fid = field.get("id") or ""
    if _LOOKUP_WORDS.search(f"{field.get('name') or ''} {fid}".replace("_", " ").replace("-", " ")):
        return True
    labels = [lab.text_content() for lab in form.xpath(".//label") if not fid or lab.get("for") in (fid, None)]
    words = " ".join([field.get("placeholder") or "", field.get("aria-label") or "", *labels])
    return bool(_LOOKUP_WORDS.search(words)) and not _SEARCH_WORDS.search(words)


def find_search_url(body: bytes, base_url: str, term: str) -> str | None:
    """The URL the site's own search form would load for `term`, if the page has a GET search form."""
    root = _parse_html(body)
    if root is None:
        return None
    forms = root.xpath("//form")
    best = None
    for form in forms:
        method = (form.get("method") or "get").lower()
        if method != "get":
            continue
        inputs = [i for i in form.xpath(".//input") if (i.get("type") or "text").lower() in ("text", "search", "")]
        names = [(i.get("name") or "") for i in inputs]
        field = next((n for n in names if n.lower() in SEARCH_PARAM_NAMES), None)
        looks_search = (form.get("role") == "search") or "search" in " ".join(
            filter(None, [form.get("action"), form.get("id"), form.get("class"), form.get("aria-label")])
        ).lower()
        if field is None and looks_search and names and not _lookup_field(form, inputs[0]):
            field = names[0]
        if field is None:
            continue
        hidden = [
            (i.get("name"), i.get("value") or "") for i in form.xpath(".//input[@type='hidden']") if i.get("name")
        ]
        action = urljoin(base_url, form.get("action") or base_url)
        score = (2 if looks_search else 0) + (1 if field.lower() in ("q", "query", "search") else 0)
        if best is None or score > best[0]:
            best = (score, action, field, hidden)
    if best is None:
        return None
    _, action, field, hidden = best
    parts = urlsplit(action)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != field]
    query += [(k, v) for k, v in hidden if k != field]
    query.append((field, term))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def next_page_url(body: bytes, base_url: str, current: int | None = None) -> str | None:
    """The "next" link of a paginated result list.

    rel=next or a link labelled Next first; failing those, with the current page number known,
    a link labelled with the next number that stays on the same path (the numbered pagers of
    Drupal, Funnelback and most council search engines have no "next" link on every page).
    """
    root = _parse_html(body)
    if root is None:
        return None
    numbered = None
    want = str(current + 1) if current is not None else None
    base_path = urlsplit(base_url).path
    for a in root.xpath("//a[@href]"):
        rel = (a.get("rel") or "").lower().split()
        label = " ".join(a.itertext()).strip() or (a.get("aria-label") or "")
        if "next" in rel or _NEXT_WORDS.match(label):
            return urljoin(base_url, a.get("href"))
        if numbered is None and want is not None and _page_label(label) == want:
            href = urljoin(base_url, a.get("href"))
            if urlsplit(href).path == base_path:
                numbered = href
    return numbered


def _page_label(label: str) -> str:
    """ "2", "Page 2", "Go to page 2" -> "2"; anything else -> ""."""
    m = re.fullmatch(r"(?:(?:go to )?page\s*)?(\d{1,3})", label.strip(), re.I)
    return m.group(1) if m else ""


def sitemap_urls(body: bytes) -> tuple[list[str], list[str]]:
    """(page URLs, nested sitemap URLs) from a sitemap or sitemap index; tolerant of junk."""
    try:
        parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.fromstring(body, parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return [], []
    if root is None:
        return [], []
    pages: list[str] = []
    nested: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or not el.tag.endswith("loc") or not el.text:
            continue
        parent = el.getparent()
        target = nested if parent is not None and str(parent.tag).endswith("sitemap") else pages
        target.append(el.text.strip())
        if len(pages) + len(nested) >= MAX_SITEMAP_URLS:
            break
    return pages, nested

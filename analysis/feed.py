"""An RSS or Atom feed read as a list of links: what some council search engines answer with.

A site search whose results come back as a feed (`application/rss+xml`, held-back web 286's Derbyshire Dales) lists its
results as items, each a title and a link; an HTML parser drops the `<link>` element's text, so the results were read as
none. Each item becomes a link (its title as the words a person would click) and a line of text (its title and summary).
lxml's XML parser with `recover` reads the three shapes in use (RSS 2.0, RSS 1.0/RDF, Atom) and survives a broken feed.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml import etree

from .text import Document, Link

__all__ = ["extract_feed", "is_feed"]

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.I)
MAX_ITEMS = 200


def is_feed(head: bytes, content_type: str) -> bool:
    """Labelled a feed, or XML (or unlabelled) whose root element is a feed's."""
    if content_type in _FEED_TYPES:
        return True
    return content_type in ("", "application/xml", "text/xml") and bool(_FEED_ROOT.search(head[:600]))


def _local(tag: object) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _child_text(el: etree._Element, name: str) -> str:
    for child in el:
        if _local(child.tag) == name:
            return " ".join("".join(child.itertext()).split())
    return ""


def _item_link(el: etree._Element) -> str:
    for child in el:
        if _local(child.tag) != "link":
            continue
        href = child.get("href")
        if href and child.get("rel", "alternate") == "alternate":
            return href.strip()
        text = (child.text or "").strip()
        if text:
            return text
    # RSS 1.0 names its item by its rdf:about
    return next((v.strip() for k, v in el.attrib.items() if _local(k) == "about"), "")


def extract_feed(body: bytes, url: str) -> Document:
    """The feed's items as links and lines of text; a feed that cannot be parsed is recorded as an error."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        return Document(
            url=url, kind="html", title="", text="", has_text_layer=False, error=f"unreadable feed: {exc}"[:300]
        )
    if root is None:
        return Document(url=url, kind="html", title="", text="", has_text_layer=False, error="unreadable feed: empty")
    channel = next((el for el in root.iter() if _local(el.tag) == "channel"), root)
    title = _child_text(channel, "title")
    links: list[Link] = []
    lines: list[str] = [title] if title else []
    for el in root.iter():
        if _local(el.tag) not in ("item", "entry"):
            continue
        if len(links) >= MAX_ITEMS:
            break
        name = _child_text(el, "title")
        summary = _child_text(el, "description") or _child_text(el, "summary")
        href = _item_link(el)
        if href:
            links.append(Link(urljoin(url, href), name, summary[:300]))
        lines.append(f"{name}. {summary}".strip(". ") if summary else name)
    text = "\n".join(line for line in lines if line)
    return Document(url=url, kind="html", title=title[:200], text=text, links=links, has_text_layer=bool(text))

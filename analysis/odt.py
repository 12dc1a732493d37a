"""OpenDocument text (.odt): the headings and paragraphs of content.xml, read safely.

Councils that publish from LibreOffice file agreements and policies as .odt (held-back web 120's West Lancashire: its
signed information sharing agreement). Like a .docx it is a zip, so only a capped number of uncompressed bytes is read
from any member, and the XML parser resolves no entities and fetches nothing (analysis.docx's rules).
"""

from __future__ import annotations

import zipfile

from lxml import etree

from .docx import UNREADABLE_ZIP, CorruptZip, _parser, _read, lines_document, open_zipped_xml
from .segments import collapse
from .text import Document, Link

__all__ = ["extract_odt"]

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_XLINK = "{http://www.w3.org/1999/xlink}"
_DC = "{http://purl.org/dc/elements/1.1/}"


def extract_odt(body: bytes, url: str) -> Document:
    """Read an .odt; a broken zip or missing content.xml comes back with `error` set."""

    def failed(msg: str) -> Document:
        return Document(url=url, kind="odt", title="", text="", has_text_layer=False, error=msg[:300])

    try:
        zf, names, root, warnings = open_zipped_xml(body, "content.xml")
        lines, headings, links = _paragraphs(root)
        title = _meta_title(zf, names)
    except CorruptZip as exc:
        return failed(f"corrupt odt: {exc}")
    except UNREADABLE_ZIP as exc:
        return failed(f"corrupt odt: {type(exc).__name__}: {exc}")
    return lines_document(url, "odt", lines, headings, links, title, warnings)


def _paragraphs(root: etree._Element) -> tuple[list[str], list[str], list[Link]]:
    """Each text:h and text:p is a line (a paragraph inside a list item or a table cell too); text:h are headings."""
    lines: list[str] = []
    headings: list[str] = []
    links: list[Link] = []
    for el in root.iter(_TEXT + "h", _TEXT + "p"):
        line = collapse(" ".join(el.itertext()))
        if not line:
            continue
        lines.append(line)
        if el.tag == _TEXT + "h":
            headings.append(line)
        for a in el.iter(_TEXT + "a"):
            href = a.get(_XLINK + "href") or ""
            if href.lower().startswith(("http://", "https://")):
                anchor = collapse(" ".join(a.itertext()))
                links.append(Link(href, anchor, anchor))
    return lines, headings, links


def _meta_title(zf: zipfile.ZipFile, names: set[str]) -> str:
    if "meta.xml" not in names:
        return ""
    data, _ = _read(zf, "meta.xml", 200_000)
    root = etree.fromstring(data, parser=_parser())
    if root is None:
        return ""
    el = next(root.iter(_DC + "title"), None)
    return collapse(el.text or "") if el is not None else ""

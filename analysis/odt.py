"""OpenDocument text (.odt): the headings and paragraphs of content.xml, read safely.

Councils that publish from LibreOffice file agreements and policies as .odt (held-back web 120's West Lancashire: its
signed information sharing agreement). Like a .docx it is a zip, so only a capped number of uncompressed bytes is read
from any member, and the XML parser resolves no entities and fetches nothing (analysis.docx's rules).
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from .docx import MAX_XML_BYTES, _parser, _read
from .segments import collapse
from .text import MAX_TEXT_CHARS, Document, Link, guess_lang

__all__ = ["extract_odt"]

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_XLINK = "{http://www.w3.org/1999/xlink}"
_DC = "{http://purl.org/dc/elements/1.1/}"


def extract_odt(body: bytes, url: str) -> Document:
    """Read an .odt; a broken zip or missing content.xml comes back with `error` set."""

    def failed(msg: str) -> Document:
        return Document(url=url, kind="odt", title="", text="", has_text_layer=False, error=msg[:300])

    warnings: list[str] = []
    try:
        zf = zipfile.ZipFile(io.BytesIO(body))
        names = set(zf.namelist())
        if "content.xml" not in names:
            return failed("corrupt odt: no content.xml")
        xml, cut = _read(zf, "content.xml", MAX_XML_BYTES)
        if cut:
            warnings.append(f"content.xml truncated to {MAX_XML_BYTES} bytes")
        root = etree.fromstring(xml, parser=_parser())
        if root is None:
            return failed("corrupt odt: unreadable content.xml")
        lines, headings, links = _paragraphs(root)
        title = _meta_title(zf, names)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        KeyError,
        OSError,
        EOFError,
        etree.XMLSyntaxError,
        ValueError,
        NotImplementedError,
        RuntimeError,
    ) as exc:
        return failed(f"corrupt odt: {type(exc).__name__}: {exc}")
    text = "\n".join(lines)[:MAX_TEXT_CHARS]
    if not title:
        title = headings[0] if headings else (lines[0][:200] if lines else "")
    return Document(
        url=url,
        kind="odt",
        title=title,
        text=text,
        links=links,
        has_text_layer=bool(text.strip()),
        lang=guess_lang(url, None, text),
        headings=headings,
        warnings=warnings,
    )


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

"""Word documents (.docx): the paragraphs of document.xml, headers included, read safely.

A .docx is a zip: a hostile one can inflate to gigabytes. Only a capped number of
uncompressed bytes is ever read from any member, and the XML parser resolves no entities
and fetches nothing.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from .segments import collapse
from .text import MAX_TEXT_CHARS, Document, Link, guess_lang

__all__ = ["extract_docx", "MAX_XML_BYTES", "UNREADABLE_ZIP", "CorruptZip", "open_zipped_xml", "lines_document"]

MAX_XML_BYTES = 8_000_000  # uncompressed bytes read from document.xml
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_DC = "{http://purl.org/dc/elements/1.1/}"


# What a broken or hostile zip of XML raises while it is read: the document is recorded as unreadable, never a crash.
UNREADABLE_ZIP: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    KeyError,
    OSError,
    EOFError,
    etree.XMLSyntaxError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)


class CorruptZip(ValueError):
    """A document zip without the member that holds its text, or with one that cannot be parsed."""


def open_zipped_xml(body: bytes, member: str) -> tuple[zipfile.ZipFile, set[str], etree._Element, list[str]]:
    """The zip, its member names, `member` parsed (capped at MAX_XML_BYTES) and any warning; CorruptZip or one of
    UNREADABLE_ZIP when it cannot be read. Shared by the Word and OpenDocument readers."""
    warnings: list[str] = []
    zf = zipfile.ZipFile(io.BytesIO(body))
    names = set(zf.namelist())
    if member not in names:
        raise CorruptZip(f"no {member}")
    xml, cut = _read(zf, member, MAX_XML_BYTES)
    if cut:
        warnings.append(f"{member.rsplit('/', 1)[-1]} truncated to {MAX_XML_BYTES} bytes")
    root = etree.fromstring(xml, parser=_parser())
    if root is None:
        raise CorruptZip(f"unreadable {member.rsplit('/', 1)[-1]}")
    return zf, names, root, warnings


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False, remove_comments=True)


def _read(zf: zipfile.ZipFile, name: str, cap: int) -> tuple[bytes, bool]:
    """At most `cap` uncompressed bytes of a member, and whether it was cut."""
    with zf.open(name) as fh:
        data = fh.read(cap + 1)
    return data[:cap], len(data) > cap


def extract_docx(body: bytes, url: str) -> Document:
    """Read a .docx; a broken zip or missing document.xml comes back with `error` set."""

    def failed(msg: str) -> Document:
        return Document(url=url, kind="docx", title="", text="", has_text_layer=False, error=msg[:300])

    try:
        zf, names, root, warnings = open_zipped_xml(body, "word/document.xml")
        rels = _rels(zf, names)
        lines, headings, links = _paragraphs(root, rels)
        header_lines: list[str] = []
        for name in sorted(n for n in names if n.startswith("word/header") and n.endswith(".xml")):
            hxml, _ = _read(zf, name, 1_000_000)
            hroot = etree.fromstring(hxml, parser=_parser())
            if hroot is not None:
                header_lines.extend(ln for ln in _paragraphs(hroot, {})[0] if ln not in header_lines)
        title = _core_title(zf, names)
    except CorruptZip as exc:
        return failed(f"corrupt docx: {exc}")
    except UNREADABLE_ZIP as exc:
        return failed(f"corrupt docx: {type(exc).__name__}: {exc}")

    return lines_document(url, "docx", header_lines + lines, headings, links, title, warnings)


def lines_document(
    url: str, kind: str, lines: list[str], headings: list[str], links: list[Link], title: str, warnings: list[str]
) -> Document:
    """The Document of a word processor file read as lines (Word, OpenDocument): titled by its metadata, else its first
    heading or line."""
    text = "\n".join(lines)[:MAX_TEXT_CHARS]
    if not title:
        title = headings[0] if headings else (lines[0][:200] if lines else "")
    return Document(
        url=url,
        kind=kind,
        title=title,
        text=text,
        links=links,
        has_text_layer=bool(text.strip()),
        lang=guess_lang(url, None, text),
        headings=headings,
        warnings=warnings,
    )


def _rels(zf: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    name = "word/_rels/document.xml.rels"
    if name not in names:
        return {}
    data, _ = _read(zf, name, 2_000_000)
    root = etree.fromstring(data, parser=_parser())
    out: dict[str, str] = {}
    if root is None:
        return out
    for rel in root:
        if (rel.get("TargetMode") or "").lower() == "external" and rel.get("Id"):
            out[rel.get("Id")] = rel.get("Target") or ""
    return out


def _paragraphs(root, rels: dict[str, str]) -> tuple[list[str], list[str], list[Link]]:
    lines: list[str] = []
    headings: list[str] = []
    links: list[Link] = []
    for p in root.iter(_W + "p"):
        parts: list[str] = []
        for el in p.iter(_W + "t", _W + "tab", _W + "br", _W + "hyperlink"):
            if el.tag == _W + "t":
                parts.append(el.text or "")
            elif el.tag == _W + "hyperlink":
                target = rels.get(el.get(_R + "id") or "", "")
                if target.lower().startswith(("http://", "https://")):
                    anchor = collapse("".join(t.text or "" for t in el.iter(_W + "t")))
                    links.append(Link(target, anchor, ""))
            else:
                parts.append(" ")
        line = collapse("".join(parts))
        if not line:
            continue
        lines.append(line)
        style = p.find(f"{_W}pPr/{_W}pStyle")
        val = (style.get(_W + "val") or "") if style is not None else ""
        if val.lower().startswith(("heading", "title", "pennawd")):
            headings.append(line)
    for link in links:
        link.context = link.text
    return lines, headings, links


def _core_title(zf: zipfile.ZipFile, names: set[str]) -> str:
    if "docProps/core.xml" not in names:
        return ""
    data, _ = _read(zf, "docProps/core.xml", 200_000)
    root = etree.fromstring(data, parser=_parser())
    if root is None:
        return ""
    el = root.find(_DC + "title")
    return collapse(el.text or "") if el is not None and el.text else ""

"""Turning the bytes of a web page into text when its declared charset may be wrong.

Council CMSs often declare one charset and send another (a Windows-1252 '£' under a UTF-8
header, UTF-8 under an ISO-8859-1 meta). Valid multi-byte UTF-8 almost never happens by
accident in a single-byte encoding, so bytes that decode as UTF-8 are read as UTF-8 first;
then the declared charset; then Windows-1252 with replacement, which never fails.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["decode_html", "declared_charset"]

_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_CT_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-:.]+)", re.I)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def declared_charset(body: bytes, content_type: str | None) -> str | None:
    """The charset named by the HTTP header, else by a <meta> in the first 4 KB."""
    if content_type:
        m = _CT_CHARSET.search(content_type)
        if m and _known(m.group(1)):
            return _known(m.group(1))
    m = _META_CHARSET.search(body[:4096])
    if m:
        return _known(m.group(1).decode("ascii", "ignore"))
    return None


def _known(name: str) -> str | None:
    try:
        found = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    # Browsers read Latin-1 and ASCII labels as Windows-1252, and so do real pages.
    return "cp1252" if found in ("iso8859-1", "ascii", "latin-1") else found


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode `body`; returns (text, encoding used). Never raises."""
    for bom, enc in _BOMS:
        if body.startswith(bom):
            try:
                return body.decode(enc), enc
            except UnicodeDecodeError:
                break
    declared = declared_charset(body, content_type)
    if declared in ("utf-16", "utf-16-le", "utf-16-be", "utf-32") and b"\x00" in body[:200]:
        wide = _decode_as(body, declared)
        if wide is not None:
            return wide, declared
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        # A page cut off mid-character by a size cap is still UTF-8.
        if exc.start >= len(body) - 3 and declared in (None, "utf-8"):
            return body[: exc.start].decode("utf-8"), "utf-8"
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        legacy = _decode_as(body, declared)
        if legacy is not None:
            return legacy, declared
    return body.decode("cp1252", errors="replace"), "cp1252"


def _decode_as(body: bytes, encoding: str) -> str | None:
    """`body` in `encoding`, or None when it is not valid there (or the name is unknown), so the
    caller falls back to its next guess."""
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None

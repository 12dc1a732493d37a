"""Two rules for text that came from someone else's server: one before storage, one before display.

Council pages and documents carry every kind of byte: a NUL in a text/plain page or a PDF title
(PostgreSQL text columns reject it, and one such page used to fail a whole national run), C1
controls from mis-decoded Windows-1252, lone surrogates from broken JSON-LD, terminal escapes.

- `clean_text` is the storage rule, applied once to everything a reader extracts
  (`clean_document`, called by `analysis.text.extract` for every format): NUL, the other C0
  controls but tab and newline, DEL, the C1 block U+0080–U+009F and lone surrogates are removed;
  vertical tab and form feed (page breaks in PDF text layers) become newlines.
- `display` is the terminal rule, for everything printed: the storage rule, plus ESC-introduced
  sequences removed whole, bidirectional overrides removed, and newlines and tabs folded to spaces
  (one value, one line), so a hostile page cannot move the cursor, retitle the window or hide text.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass
from typing import Any

__all__ = ["clean_text", "clean_value", "clean_document", "display", "has_control"]

_BREAKS = re.compile(r"[\x0b\x0c]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_CR = re.compile(r"\r\n?")
# ESC [ ... final byte (CSI), ESC ] ... BEL/ST (OSC), ESC P/X/^/_ ... ST, and any other ESC + byte.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|[\x9b][0-?]*[ -/]*[@-~]?"
    r"|[\x9d\x90\x98\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b.?",
    re.S,
)
_BIDI = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
_FOLD = re.compile(r"[\t\n]+")


def has_control(value: str) -> bool:
    """True when `value` holds anything the storage rule would remove (or a CR, tab or newline)."""
    return bool(_CONTROLS.search(value) or _BREAKS.search(value) or re.search(r"[\t\r\n]", value))


def clean_text(value: str) -> str:
    """The storage rule: text safe for every database column and every later reader."""
    if not value:
        return value
    if value.isprintable():
        return value
    value = _CR.sub("\n", value)
    value = _BREAKS.sub("\n", value)
    return _CONTROLS.sub("", value)


def clean_value(value: Any) -> Any:
    """`clean_text` applied through JSON-like data (dict keys and values, lists, tuples)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_value(k) if isinstance(k, str) else k: clean_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(clean_value(v) for v in value)
    return value


def clean_document(doc: Any) -> Any:
    """Every string of an extracted Document (and its links, images, structured data) cleaned in
    place; returns the document."""
    _clean_dataclass(doc)
    return doc


def _clean_dataclass(obj: Any) -> None:
    for f in fields(obj):
        v = getattr(obj, f.name)
        if isinstance(v, str):
            setattr(obj, f.name, clean_text(v))
        elif isinstance(v, list) and v and is_dataclass(v[0]):
            for item in v:
                _clean_dataclass(item)
        elif isinstance(v, (list, dict, tuple)):
            setattr(obj, f.name, clean_value(v))


def display(value: Any, limit: int | None = None) -> str:
    """The terminal rule: one printable line, escapes and controls gone, optionally shortened."""
    text = "" if value is None else str(value)
    if not text.isprintable():
        text = _ESCAPES.sub("", text)
        text = _FOLD.sub(" ", _CR.sub("\n", _BREAKS.sub("\n", text)))
        text = _CONTROLS.sub("", text)
    text = _BIDI.sub("", text)
    if limit is not None and len(text) > limit:
        text = text[: max(0, limit - 1)] + "…"
    return text

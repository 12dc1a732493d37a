"""Rich Text Format (.rtf): the document's words without its control words.

Some councils still publish terms, protocols and reports as .rtf downloads (held-back web 120: a venue's hire terms
saying how long its camera recordings are kept, a signed protocol). striprtf turns the markup into plain text (groups,
escapes, \\uN code points, the font and colour tables dropped), so the words are read like any other document's.
"""

from __future__ import annotations

import re

from striprtf.striprtf import rtf_to_text

from .segments import collapse
from .text import MAX_TEXT_CHARS, Document, guess_lang

__all__ = ["extract_rtf", "MAX_RTF_BYTES"]

MAX_RTF_BYTES = 4_000_000  # RTF read; a longer file is cut (its images are most of it)
_TITLE = re.compile(rb"\{\\info[^}]*?\{\\title\s+([^}]{1,300})\}")


def extract_rtf(body: bytes, url: str) -> Document:
    """Read an .rtf; markup that cannot be read comes back with `error` set."""
    warnings: list[str] = []
    raw = body[:MAX_RTF_BYTES]
    if len(body) > MAX_RTF_BYTES:
        warnings.append(f"rtf truncated to {MAX_RTF_BYTES} bytes")
    try:
        plain = rtf_to_text(raw.decode("latin-1"), errors="replace")
    except (ValueError, IndexError, KeyError, UnicodeError, RecursionError) as exc:
        return Document(url=url, kind="rtf", title="", text="", has_text_layer=False, error=f"corrupt rtf: {exc}"[:300])
    lines = [collapse(line) for line in plain.splitlines()]
    lines = [line for line in lines if line]
    text = "\n".join(lines)[:MAX_TEXT_CHARS]
    m = _TITLE.search(raw[:20_000])
    title = collapse(m.group(1).decode("latin-1")) if m else (lines[0][:200] if lines else "")
    return Document(
        url=url,
        kind="rtf",
        title=title,
        text=text,
        has_text_layer=bool(text.strip()),
        lang=guess_lang(url, None, text),
        warnings=warnings,
    )

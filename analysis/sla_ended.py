"""An agreement the council's own page says no longer covers its cameras, beside the link to its signed copy.

A council that leaves a camera partnership often keeps the old signed agreement on its CCTV page, and says above the link
that it has left: "We gave two years' notice under the [county] CCTV partnership agreement and left the partnership on 31
March 2026, so the agreement no longer covers our cameras" over "[County] CCTV partnership agreement 2019 (signed) (PDF)"
(held-back web 226's Newark and Sherwood). The signed copy is history, not an agreement in force: the assessment does not
rest 5.5 on it (analysis.assess). Kept apart from analysis.sla, which reads each agreement on its own page.
"""

from __future__ import annotations

import re

from .segments import Block, collapse
from .text import Link

__all__ = ["left_agreements"]

I = re.I

_LEFT = re.compile(
    r"\b(?:agreement|protocol|memorandum)\s+no\s+longer\s+(?:covers|applies\s+to|includes)\s+(?:our|the\s+council(?:'s|’s)|"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?cameras)\b|"
    r"\b(?:we|the\s+council)\s+(?:have\s+|has\s+)?(?:left|withdrew\s+from|withdrawn\s+from|came\s+out\s+of)\s+the\s+"
    r"(?:[\w-]+\s+){0,4}?(?:partnership|agreement|protocol)\b",
    I,
)
_AGREEMENT_LINK = re.compile(r"\b(?:agreement|protocol|memorandum|mou)\b", I)


def left_agreements(blocks: list[Block], links: list[Link]) -> tuple[str, list[str]] | None:
    """(the page's words, the addresses of the agreements it links just after them) when the page says the council has
    left the agreement or that it no longer covers its cameras."""
    for i, b in enumerate(blocks):
        m = _LEFT.search(b.text)
        if m is None:
            continue
        after = " ".join(x.text for x in blocks[i : i + 3])
        urls = [
            link.url
            for link in links
            if link.text and _AGREEMENT_LINK.search(link.text) and collapse(link.text) in collapse(after)
        ]
        if urls:
            return collapse(b.text)[:300], list(dict.fromkeys(urls))
    return None

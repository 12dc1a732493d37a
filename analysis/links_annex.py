"""A plan's annex listed by its letter alone, where a police agreement may be filed.

Community safety strategies and CCTV codes list their annexes as "Annex 3" or "Annex D" with no other words; one of them
can be the information sharing agreement with the police, signed by both (held-back web 198's North West Leicestershire and
Bromsgrove). A careful person opens them while the agreement is still missing; nothing in the link's words would.
"""

from __future__ import annotations

import re

__all__ = ["bare_annex", "plan_with_annexes"]

_LABEL = r"(?:annex|annexe|appendix|schedule|atodiad)\s+(?:[A-Z]|\d{1,2}|[ivx]{1,4})\b"
# (in both languages on a Welsh council's page: "Atodiad 2 / Appendix 2", held-back web 396's Conwy)
_BARE_ANNEX = re.compile(
    r"^\W*" + _LABEL + r"(?:\s*/\s*" + _LABEL + r")?\W*(?:\((?:pdf|word|docx?|odt)[^)]*\))?\W*$",
    re.I,
)
_PLAN_TITLE = re.compile(
    r"\b(?:community\s+safety|crime|cctv|surveillance\s+cameras?|safer\s+\w+)\b[^|]{0,60}?\b(?:strategy|plan|code\s+of\s+"
    r"practice|policy|protocol)\b|\b(?:strategy|plan)\b[^|]{0,40}?\b(?:community\s+safety|crime|cctv)\b",
    re.I,
)


def bare_annex(anchor: str) -> bool:
    """The link's words are an annex's label and nothing else ("Annex 3", "Annex D (PDF, 120KB)")."""
    return bool(_BARE_ANNEX.match(anchor or ""))


def plan_with_annexes(title: str) -> bool:
    """The page is a community safety or CCTV strategy, plan, code or policy, whose annexes may hold the agreement."""
    return bool(_PLAN_TITLE.search((title or "").split("|")[0]))

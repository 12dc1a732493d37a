"""Where the council's CCTV page says the rest is told.

A CCTV page often says in one of its own sentences where a fact it leaves out is kept, and links the place: "the signed
memorandum is with the port plans and policies because it also covers the port's cameras", "How the control room supports
the emergency services is set out in our Major Incident Plan". A careful reader follows such a link before calling the
agreement, the certificate or the contact point not met, whatever the link's own words are worth.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .text import Link

__all__ = ["points_to"]

I = re.I

# A missing deliverable named in the sentence around the link
_NAMES_DELIVERABLE = {
    "5.2": re.compile(r"\bcertif(?:ied|icate|icates|ication)\b|\btystysgrif\b|\bardystiad\b", I),
    "5.3": re.compile(r"\bsingle\s+points?\s+of\s+contact\b|(?-i:\bSPO[Cc]\b)|\bsenior\s+responsible\s+officer\b", I),
    "5.5": re.compile(
        r"\b(?:agreement|memorandum|protocol|(?-i:MoU|ISA|SLA)|cytundeb)\b[^.;\n]{0,80}?\b(?:police|constabulary|force|"
        r"heddlu)\b|\b(?:police|constabulary|force|heddlu)\b[^.;\n]{0,80}?\b(?:agreement|memorandum|protocol|"
        r"(?-i:MoU|ISA|SLA)|cytundeb)\b",
        I,
    ),
}
# ... or the sentence saying where more of the system is set out
_SET_OUT_IN = re.compile(
    r"\b(?:is|are)\s+(?:all\s+)?(?:set\s+out|described|explained|detailed|covered|published|kept|filed)\s+(?:in|with|under)\b",
    I,
)
_THE_SYSTEM = re.compile(r"\bcctv\b|\bcameras?\b|\bcontrol\s+(?:room|centre)\b|\bfootage\b|\brecordings\b", I)


def _sentence(link: Link) -> str:
    """The sentence of the link's context that holds its anchor (the whole context when the anchor is not found)."""
    ctx = " ".join(link.context.split())
    anchor = " ".join(link.text.split())
    at = ctx.find(anchor) if anchor else -1
    if at < 0:
        return ctx
    start = max(ctx.rfind(". ", 0, at), ctx.rfind("? ", 0, at), ctx.rfind("! ", 0, at)) + 1
    end = ctx.find(". ", at + len(anchor))
    return ctx[start : end if end >= 0 else len(ctx)]


def points_to(link: Link, missing: Iterable[str]) -> bool:
    """The link sits in a sentence of the page's own (not a list of links: the sentence has words of its own besides the
    anchor) that names a `missing` deliverable, or that says where more of the camera system is set out."""
    sentence = _sentence(link)
    if len(sentence.split()) < len(link.text.split()) + 5:
        return False
    if any(_NAMES_DELIVERABLE[d].search(sentence) for d in missing if d in _NAMES_DELIVERABLE):
        return True
    return bool(_SET_OUT_IN.search(sentence) and _THE_SYSTEM.search(sentence))

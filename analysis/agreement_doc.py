"""An agreement with the police told by its shape rather than its name.

Councils keep finding new names for what they sign with their force: a "joint working statement",
a "partnership charter", a "schedule of shared responsibilities", a "compact". A list of names
(sla.py) can only follow them. What such documents share is their shape, and the shape is what a
careful auditor reads:

- **parties** — the council and a police force named together at the head ("between X Council and
  Y Police"; a title "… : X Council and Y Constabulary"), or sections saying what each will do;
- **subject** — the cameras, the control room or what they record;
- **execution** — a line where someone signs for the force: "Signed for Y Police by the Chief
  Superintendent, 26 February 2025", "For Y Police: Superintendent, 24 March 2025",
  "Y Constabulary: Chief Inspector – 15 May 2024".

A document with all three is an agreement between the two, whatever it is called. A code of
practice only *endorsed* by a force has no police execution line, so it stays what the dev set
and DOMAIN.md call it (a hint); a council's own policy signed off by its director names no force
as a signatory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import find_dates
from .forces import FORCE_NAME
from .segments import Block, collapse, quote_at

__all__ = ["Execution", "police_execution", "parties_at_head", "agreement_by_shape"]

I = re.I

_FORCE_RE = re.compile(FORCE_NAME)
# Ranks and posts that sign for a force.
_RANK = re.compile(
    r"\b(?:Chief\s+Constable|Deputy\s+Chief\s+Constable|Assistant\s+Chief\s+Constable|(?:Chief\s+)?Superintendent|"
    r"(?:Detective\s+)?Chief\s+Inspector|Inspector|(?:Borough|BCU|Area|District)\s+Commander|Commander|"
    r"Prif\s+Gwnstabl|Uwch-?arolygydd|Arolygydd|Head\s+of\s+[A-Z][\w ]{2,40})\b",
    I,
)
# The words that open an execution line: "Signed for", "For and on behalf of", "On behalf of",
# Welsh "Llofnodwyd ar ran" / "Ar ran".
_FOR = (
    r"(?i:(?:(?:signed|executed|agreed)\s+)?(?:for\s+and\s+on\s+behalf\s+of|on\s+behalf\s+of)|"
    r"(?:signed|executed|agreed)\s+(?:for|by)|for|llofnodwyd\s+ar\s+ran|ar\s+ran)"
)
# (also after a date, where a text extraction ran two signature lines together: "… Date: 12 June
# 2025 Signed on behalf of Y Police: Superintendent …")
_EXEC_FOR = re.compile(rf"(?:^|[\n.;]|\b(?:19|20)\d\d\s+)\W*{_FOR}\s+(?P<party>{FORCE_NAME})", re.M)
# "Y Constabulary: Chief Inspector, Northern Area - 15 May 2024" (a line of its own)
# (also where a text extraction ran the block's lines together: after a sentence or a year)
_EXEC_COLON = re.compile(
    rf"(?:^|\n|[.;]\s+|\b(?:19|20)\d\d\s+)\W*(?P<party>{FORCE_NAME})\s*[:–—-]\s*(?P<rest>[^\n]{{3,160}})", re.M
)
# ... or a signing table's row, flattened: "For | Name | Position | Signature | Date" over "[The force] R. Hensall Chief
# Superintendent, [district] Signed 19 March 2024" (an HTML appendix page of a council's policy, held-back web 313's Barnsley)
_EXEC_ROW = re.compile(
    rf"(?:^|\n)\W*(?P<party>{FORCE_NAME})\s+[^\n]{{3,120}}?\b(?i:signed)\s+(?:on\s+)?\d{{1,2}}\s+[A-Z][a-z]+\s+(?:19|20)\d\d\b",
    re.M,
)
_FIELD_UNDER = re.compile(r"[ \t]*(?:name|position|title|post|rank|date|signature|signed)\s*:[^\n]*", I)
# Blanks where a signature should be: the template or unsigned draft, not an executed agreement.
_BLANK = re.compile(r"\.{4,}|…{2,}|_{3,}|\[\s*(?:insert|name|date|signature|position)|\b20\s*_+|\bTBC\b", I)
_COUNCIL = re.compile(r"\b(?:Council|Cyngor|Borough|Authority)\b|\bRoyal\s+Borough\b")
_SUBJECT = re.compile(
    r"\bCCTV\b|\bcameras?\b|\bfootage\b|\brecordings?\b|\bimages\b|\bcontrol\s+room\b|\bmonitoring\s+(?:centre|room)\b|"
    r"\bsurveillance\b|\bcamer[aâ]u\b|\bteledu\s+cylch\s+c",
    I,
)
# "X Council will …" / "Y Police will …" headings: each party's part, the body of a schedule.
_PARTY_WILL = re.compile(rf"(?:^|\n)\W*(?P<party>{FORCE_NAME})\s+(?:will|agrees?\s+to|shall)\b", re.M)
_BETWEEN = re.compile(rf"\bbetween\b[^\n]{{0,120}}\band\s+(?P<party>{FORCE_NAME})", I)
_SELF_NAMED = re.compile(
    r"(?i:\bthis\s+(?:protocol|agreement|memorandum(?:\s+of\s+understanding)?)\s+(?:governs|sets\s+out|covers|describes|"
    rf"establishes|records|explains)\b)[^.\n]{{0,200}}?\b(?P<party>{FORCE_NAME})"
)


@dataclass(frozen=True)
class Execution:
    """Where the force executed the document: the quoted line and its date (ISO) if it gives one."""

    quote: str
    date: str | None


def _dated_or_ranked(window: str) -> tuple[bool, str | None]:
    dates = find_dates(window)
    iso = dates[0].iso if dates and dates[0].precision >= 2 else None
    return bool(_RANK.search(window) or iso), iso


def police_execution(text: str) -> Execution | None:
    """The force's execution line, if the document has one and it is filled in (a rank or a date),
    not left blank (dotted lines, "[insert name]", "20__")."""
    for rx in (_EXEC_FOR, _EXEC_COLON, _EXEC_ROW):
        for m in rx.finditer(text):
            line_end = text.find("\n", m.end())
            # (with the signing block's own field lines under it: "Signed for and on behalf of Y Police" over "Name: …",
            # "Position: Chief Inspector …", "Date: …", held-back web 251's Tonbridge and Malling)
            while line_end != -1 and (field := _FIELD_UNDER.match(text, line_end + 1)) is not None:
                line_end = text.find("\n", field.end())
            window = text[m.start() : (line_end if line_end != -1 else len(text))][:260]
            if "scotland" in m.group("party").lower():
                continue
            if _BLANK.search(window):
                continue
            filled, iso = _dated_or_ranked(text[m.end("party") : m.start() + len(window)])
            if filled:
                start = m.start()
                while start < m.end() and text[start] in "\n.;":
                    start += 1
                return Execution(quote_at(text, start, m.end()), iso)
    return None


def parties_at_head(title: str, blocks: list[Block]) -> bool:
    """The council and a force stand together at the head as the document's parties."""
    head = "\n".join([title or "", *(b.text for b in blocks[:8])])[:2500]
    if _BETWEEN.search(head) and _COUNCIL.search(head):
        return True
    first = "\n".join([title or "", *(b.text for b in blocks[:3])])
    # a title naming both: "Partnership charter: Eastford Council and Eastshire Police"
    if _FORCE_RE.search(first) and _COUNCIL.search(first) and re.search(r"\band\b|&", first):
        return True
    # the document calling itself the agreement with the force in its opening lines, the council at its head: "This protocol
    # governs the release of recordings from the public space CCTV system to North Wales Police" under a bilingual cover and
    # contents, its metadata title "Dogfen1" (held-back web 396's Conwy)
    if _COUNCIL.search(head) and any(_SELF_NAMED.search(b.text) for b in blocks[:20]):
        return True
    # each party's part set out under its own name ("Eastshire Police will …")
    body = "\n".join(b.text for b in blocks[:60])
    return bool(_PARTY_WILL.search(body) and re.search(r"(?:^|\n)\W*[^\n]{0,60}\bCouncil\s+will\b", body))


# a deed for the room, not for the cameras: "Licence to occupy - CCTV suite, [a] Police Station. Licensor: the Chief Constable
# … Licensee: [the council]", signed by the force's head of estates (held-back web 320's South Kesteven)
_PROPERTY_DEED = re.compile(
    r"\blicen[cs]e\s+to\s+occupy\b|\b(?:lease|tenancy|sub-?lease)\s+(?:of|for|agreement)\b|\blicensor\b", re.I
)


def agreement_by_shape(title: str, blocks: list[Block], text: str) -> tuple[str, Execution] | None:
    """(the title to record, the force's execution) when the document has an agreement's shape."""
    if not blocks or not parties_at_head(title, blocks):
        return None
    if _PROPERTY_DEED.search((title or "") + "\n" + blocks[0].text[:300]):
        return None
    if not _SUBJECT.search(text[:100_000]):
        return None
    execution = police_execution(text[:300_000])
    if execution is None:
        return None
    name = collapse(title or blocks[0].text)[:200]
    return name, execution

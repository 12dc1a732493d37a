"""A council's register of its sharing agreements, read row by row for one with the police about the cameras.

Councils list their data sharing agreements in a register under Transparency or Data protection: one row an agreement,
its partner, its status and where to get it ("Public space CCTV evidence | Essex Police | Signed 2024 | Copy available on
request", held-back web 240's Epping Forest). Such a row says the council has an agreement with the force for its camera
recordings without publishing it: an agreement spoken of (5.5 partial), the register its evidence. The row has no word of
an agreement in it; the register's title or its header row says what every row is. Kept apart from analysis.sla, which
reads agreements named in sentences and documents.
"""

from __future__ import annotations

import re

from .context import find_forces
from .segments import Block, collapse
from .vocab import CCTV_TERM

__all__ = ["register_rows"]

I = re.I

# The page or its table is a register of agreements: "Data sharing register", "Information sharing agreements register",
# "Register of data sharing agreements"; or the header row names the agreement and its partner ("Agreement Partner Status
# Document").
_REGISTER_TITLE = re.compile(
    r"\b(?:data|information)\s+sharing\s+(?:agreements?\s+)?(?:register|log|list)\b|"
    r"\b(?:register|list|log)\s+of\s+(?:(?:our|the\s+council(?:'s|’s))\s+)?(?:(?:data|information)\s+sharing\s+)?agreements\b|"
    r"\bcofrestr\s+(?:rhannu\s+data|cytundebau)\b",
    I,
)
_HEADER_ROW = re.compile(
    # (after a reference column: "Ref | Agreement | Partner | Signed for the council | Signed for the partner", held-back web
    # 371's North Devon)
    r"^\W*(?:(?:ref(?:erence)?|no\.?|id|number)[\s|]+)?(?:agreement|name\s+of\s+agreement|title)[\s|]+"
    r"(?:partners?|parties|with|organisation)\b|"
    # (or what is shared first: "Ref | Data shared | With | Basis | Agreement | Signed | Review", a published data sharing register,
    # real-text round 105)
    r"^\W*(?:(?:ref(?:erence)?|no\.?|id|number)[\s|]+)?(?:data|information)\s+shared[\s|]+(?:with|partners?|recipients?)\b",
    I,
)
# the register's own columns for each party's signature: "Signed for the council | Signed for the partner"
_SIGNATURE_COLUMNS = re.compile(r"\bsigned\s+(?:for|by)\s+(?:the\s+)?(?:council|us)\b[^\n]*\bsigned\s+(?:for|by)\b", I)
# or the row's own cell saying so: "Signed by both parties 3 March 2022"
_SIGNED_BY_BOTH = re.compile(r"\bsigned\s+by\s+both\s+(?:parties|organisations|sides|partners)\b", I)
# a date in a signature cell: "12 March 2024", "12/03/2024"
_DATE = re.compile(
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2}\b|\b\d{1,2}/\d{1,2}/(?:19|20)\d{2}\b",
    I,
)
# the row's subject is the cameras: CCTV by any of its names (vocab.CCTV_TERM), or plainly their pictures
_CAMERAS = re.compile(r"\bcameras?\b|\bfootage\b|\brecorded\s+images\b", I)
# a row about agreeing one, not one agreed: "in draft", "being negotiated", "proposed"
_NOT_AGREED = re.compile(
    r"\b(?:draft|proposed|being\s+(?:negotiated|drafted|prepared)|under\s+negotiation|expired|ended)\b", I
)


def register_rows(title: str, blocks: list[Block], force_name: str | None) -> list[tuple[str, str, bool]]:
    """(the row's words, the force it names, whether its signature columns record both parties' signatures) for each row of
    a register of agreements naming the police and the cameras. A register whose columns are each party's signature, with a
    dated signature in both, records the agreement as signed where its published copy is left unsigned and says so ("The
    signatories for each party and the dates of signature are recorded in the council's register", held-back web 371's North
    Devon)."""
    registered = bool(_REGISTER_TITLE.search(title)) or any(
        (b.heading or i < 3) and _REGISTER_TITLE.search(b.text) for i, b in enumerate(blocks)
    )
    header = next((i for i, b in enumerate(blocks) if _HEADER_ROW.search(b.text) and len(b.text.split()) <= 14), None)
    if not registered or header is None:
        return []
    signature_columns = bool(_SIGNATURE_COLUMNS.search(blocks[header].text))
    out = []
    for b in blocks[header + 1 : header + 60]:
        t = collapse(b.text)
        if len(t.split()) > 40 or not (CCTV_TERM.search(t) or _CAMERAS.search(t)) or _NOT_AGREED.search(t):
            continue
        forces = find_forces(t, force_name)  # the partner column names the force (context's list of forces)
        if forces:
            signed = (signature_columns and len(_DATE.findall(t)) >= 2) or bool(_SIGNED_BY_BOTH.search(t))
            out.append((t, forces[0], signed))
    return out

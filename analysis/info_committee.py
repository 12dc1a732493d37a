"""A committee item whose subject is the council's CCTV, read as its own (secondary) record.

Split from info.py: real minutes and reports seldom say "our cameras" (session 8's real-text probe),
so the item's head, or an agenda page's item title beside its report, says what the paper is about.
"""

from __future__ import annotations

import re

from .committee import is_committee_paper
from .decoy_voices import POLICING_BODY
from .decoys import paragraph_decoy, topic_title
from .segments import Block
from .vocab import CCTV_TERM
from .vocab_own import LOCAL_COUNCIL_NAME

__all__ = ["committee_item_on_cctv"]

_POLICING_BODY = re.compile(POLICING_BODY, re.I)
_ITEM_WITH_REPORT = re.compile(r"\bpdf\s+icon\s+PDF\b|\bPDF\s+\d+\s*(?:KB|MB)\b", re.I)
# A planning or licensing committee's item on an application ("Planning Committee (Item 50)", "24-01761-FUL",
# "Erection/installation of CCTV columns"): somebody's application, not the council's cameras; a town
# council's minutes ("Frome Town Council - minutes"): the town's cameras.
_APPLICATION_ITEM = re.compile(
    r"\bplanning\b|\blicensing\b|\bdevelopment\s+(?:control|management)\b|\b\d{2,4}[-/]\d{3,5}[-/](?:FUL|HOU|OUT|FULL|TEL)\b|"
    r"\berection\b|\binstallation\s+of\b|\bcynllunio\b|\btrwyddedu\b|"
    # cameras that are not the public space system: officers' body cameras, vehicles', enforcement cameras
    r"\bbody[- ]?(?:worn|cams?|cameras?)\b|\bdash[- ]?cams?\b|\bvehicle\s+cameras?\b|\bbus\s+lanes?\b|\bmoving\s+traffic\b|"
    r"\bparking\s+enforcement\b|(?-i:\bANPR\b)|\bnumber\s+plate\b|" + LOCAL_COUNCIL_NAME,
    # a town or parish council's own minutes: its cameras, not the principal council's
    re.I,
)


_REPORT_ON = re.compile(
    r"\b(?:considered|received|noted|presented\s+with|(?:was|were)\s+(?:given|provided\s+with))\s+(?:a|the)\s+"
    r"(?:[\w-]+\s+){0,3}?report\s+(?:on|about|regarding|in\s+relation\s+to|concerning|into)\b[^.\n]{0,120}",
    re.I,
)
_MINUTE_TITLE = re.compile(r"^\s*(?:[A-Z][A-Za-z]{0,3}\.?\s?)?\d{1,4}(?:\.\d{1,2})?[.)]?\s+(?:[^\W\d][^\n.]{2,70})\s*$")


def committee_item_on_cctv(region: list[Block], text: str) -> list[Block]:
    """A committee item whose subject is CCTV ("Parks and open spaces CCTV", "To agree how the CCTV
    system is paid for from next April", "Gwasanaeth Teledu Cylch Cyfyng"): members
    deciding on the council's cameras, though no sentence says "our cameras" (a report says "the
    Council would ensure", a minute "the system"). The dev set labels every such item the council's
    own; a planning application for a camera column is a decoy before this is asked. Secondary evidence
    (committee papers are marked so by page.py)."""
    if not is_committee_paper("", text) or _POLICING_BODY.search(text[:20_000]):
        # (a Police and Crime Panel's minute on the commissioner's camera plans is the policing bodies' business)
        return []
    lines = [ln for ln in text[:3000].split("\n") if ln.strip()]
    # the item's head (a decision's fields run to ten lines before "RESOLVED that …"), or, on a meeting's
    # "Agenda and minutes" page, an item's own title line with its report ("6. CCTV Review - Update pdf
    # icon PDF 95 KB")
    opening = "\n".join(lines[:10])[:600]
    # the topic is judged on the opening's title-like lines (a recommendation's "finalise the tender
    # documentation" is no topic), or, where the whole paper is run into one line, its opening words
    titles = "\n".join([ln for ln in lines[:10] if len(ln.split()) <= 15] or [ln[:150] for ln in lines[:1]])
    heads = (
        [(opening, titles)]
        + [(ln, ln) for ln in text[:60_000].split("\n") if _ITEM_WITH_REPORT.search(ln)]
        # a minute's own numbered title line: "Cb.31   CCTV in Oldbridge and Fenby", "45. CCTV service review"
        + [(ln, ln) for ln in text[:60_000].split("\n") if _MINUTE_TITLE.match(ln)]
        # members receiving a report on it: "Members received the officer's report on the
        # camera review"
        + [(m.group(0), m.group(0)) for m in _REPORT_ON.finditer(text[:60_000])]
    )
    for head, topic in heads:
        if not CCTV_TERM.search(head) or topic_title(topic) or paragraph_decoy(topic) or _APPLICATION_ITEM.search(head):
            continue
        found = [b for b in region if CCTV_TERM.search(b.text) and not paragraph_decoy(b.text)]
        # a paragraph naming CCTV, or else the item's own title line ("CCTV monitoring" over a decision
        # whose recommendations speak only of "a monitoring service contractor")
        return ([b for b in found if not b.heading] or found)[:1]
    return []

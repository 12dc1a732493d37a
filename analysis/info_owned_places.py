"""The council said to own the cameras that watch a public place: by its type ("the district council owns the cameras in …"),
by its name ("[X] Borough Council owns the 16 cameras that watch over the town centre"), or in the possessive ("the district
council's cameras cover [streets]"). Shared by the region finder (analysis.info_region), which keeps such lines on a page
about something else, and the paragraph reader (analysis.info)."""

from __future__ import annotations

import re

from .context import is_same_council

__all__ = ["council_owns_place_cameras"]


# The council said in so many words to own the cameras of a public place: "The district council owns the cameras in
# [the High Street] and in [a second] town centre", an FAQ's answer (held-back web 166's Maldon). Only its own type of
# council: "the county council owns the cameras in …" on a district's page speaks of another council.
_COUNCIL_OWNS_PLACE = re.compile(
    r"^\W*(?:yes[.,]?\s+)?the\s+(?:(?P<type>district|borough|city|county|unitary)\s+)?council\s+(?:owns|runs|operates)"
    r"(?:\s+and\s+(?:runs|operates|monitors|maintains|manages))?\s+(?:the\s+)?(?:cctv\s+|public\s+space\s+)?cameras\s+"
    r"(?:in|at|on|around|across|along|covering)\s",
    re.I,
)


# ... or, in any sentence, the council by its name or its type owning the cameras that watch places: "Worthing Borough Council
# owns the 16 cameras that watch over the town centre and the seafront" (a Purple Flag page, held-back web 354's Worthing); "The
# district council's cameras cover Church Street, Belle Vue Terrace …" (a town centre's business page, web 354's Malvern Hills)
_COUNCILS_CAMERAS_COVER = re.compile(
    r"(?:^|[.:!?]\s+)\W*(?:the\s+)?(?P<name>(?-i:(?:[A-Z][\w'’-]+\s+){1,4}))?(?:(?P<type>district|borough|city|county)\s+)?"
    r"council(?:(?:'s|’s)\s+|\s+owns\s+(?:the\s+|its\s+)?)(?:\d[\d,]*\s+)?(?:cctv\s+|public\s+space\s+|town\s+centre\s+)?"
    r"cameras\s+(?:that\s+|which\s+)?(?:cover|watch\s+over|look\s+over|keep\s+watch\s+over)\b",
    re.I,
)


# ... or, in any sentence, the council recording or running CCTV inside a place it keeps: "signs at each entrance tell
# visitors that the council records CCTV inside the gallery and in its grounds" (a council gallery's page, held-back web 356's
# Hyndburn). Plain "the council" or its own type only: a town council is named "the town council".
_COUNCIL_RECORDS_IN_PLACE = re.compile(
    r"\bthe\s+(?:(?P<type>district|borough|city|county)\s+)?council\s+(?:records|operates|uses|runs|monitors)\s+"
    r"(?:cctv|surveillance\s+cameras|security\s+cameras)(?:\s+cameras)?\s+(?:inside|in|at|throughout|around|within)\s",
    re.I,
)


def council_owns_place_cameras(text: str, full_name: str, short_name: str) -> bool:
    """The line says this council (`full_name`, "Malvern Hills District Council"; `short_name`, "Malvern Hills"), by its name
    or its type or plainly "the council", owns the cameras of a place."""
    m = _COUNCIL_OWNS_PLACE.search(text)
    if m and (not m.group("type") or m.group("type").lower() in full_name.lower()):
        return True
    for r in _COUNCIL_RECORDS_IN_PLACE.finditer(text):
        if not r.group("type") or r.group("type").lower() in full_name.lower():
            return True
    for c in _COUNCILS_CAMERAS_COVER.finditer(text):
        name = (c.group("name") or "").strip()
        if name.split()[-1:] in (["Town"], ["Parish"], ["Community"]):
            continue  # a town council's cameras, however its place is named
        if name and is_same_council(f"{name} Council", short_name):
            return True
        if not name and (not c.group("type") or c.group("type").lower() in full_name.lower()):
            return True
    return False

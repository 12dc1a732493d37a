"""Committee papers: where members read about the council's CCTV (secondary evidence).

Papers from moderngov or CMIS, or any report addressed to councillors, can hold a real annual
report or an agreement; they are the council's own record but not its disclosure, so findings in
them are marked secondary.
"""

from __future__ import annotations

import re

__all__ = ["is_committee_paper"]

I = re.I

_COMMITTEE = re.compile(
    r"mgai\.aspx|ieissuedetails\.aspx|ielistdocuments\.aspx|mgconvert2pdf|ielistmeetings|"
    r"mgissuehistory|/documents/s\d+/|/documents/b\d+/|/cmis\d*/|document\.ashx|/moderngov/|"
    r"/democracy/|/committees?/|/meetings?/|/agendas?/|/minutes/|councillors\.|democracy\.|"
    r"committees\.|moderngov\.|/(?:cabinet|committee|council|executive)-(?:reports|papers|decisions)\b",
    I,
)
_COMMITTEE_TEXT = re.compile(
    r"\b(?:report\s+of\s+the|report\s+to\s+(?:the\s+)?(?:cabinet|committee|scrutiny|council)|agenda\s+item|purpose\s+of\s+(?:the\s+)?report|"
    r"recommendations?\s*:?\s+(?:that\s+)?(?:members|the\s+committee|cabinet)|wards?\s+affected|"
    r"key\s+decision|exempt\s+information|background\s+papers|overview\s+and\s+scrutiny|"
    r"(?:cabinet|executive|portfolio)\s+(?:member|holder)|meeting\s*:\s*\d|resolved\s*(?:that|to|:|–|-)|"
    r"recommend(?:ed)?\s+to\s+(?:cabinet|council|the\s+executive)|"
    # a decision's own record: "3) DELEGATED authority to the Head of Service", "1) ENDORSED the plan …"
    r"delegated\s+authority\s+to\s+(?:the\s+)?(?:director|head|chief|strategic|corporate|executive|cabinet|portfolio)|"
    r"(?-i:^\s*(?:\d+[.)]\s*|\(?[a-z]\)\s*)?(?:ENDORSED|APPROVED|AGREED|NOTED)\s+(?:the|that|to)))\b",
    I | re.M,
)


# A report addressed to councillors ("members") is a committee paper wherever it is filed.
_TO_MEMBERS = re.compile(
    r"\b(?:this|the)\s+report\s+(?:is\s+to\s+)?(?:informs?|updates?|advises?|asks?|seeks?)\s+(?:the\s+)?"
    r"(?:members|councillors|cabinet|committee)\b|\b(?:members|cabinet|the\s+committee|the\s+executive)\s+(?:are|is)\s+"
    r"(?:asked|recommended|invited)\s+to\b",
    I,
)


# The page head a committee system prints over an item or a decision (moderngov's "Agenda item",
# "Issue - meetings", "Decision details"; in Welsh "Mater - cyfarfodydd", "Eitem agenda"), or a
# decision's fields ("Decision maker:", "Is key decision?"; "Penderfyniad:", "Cofnod:").
_COMMITTEE_HEAD = re.compile(
    r"\A\s*(?:agenda\s+item(?:\s+no\.?\s*\d+)?|issue\s*[-–]\s*meetings|decision\s+details|mater\s*[-–]\s*cyfarfodydd|eitem\s+agenda|"
    r"manylion\s+y\s+penderfyniad|agenda\s+and\s+(?:minutes|decisions)|agenda,\s+decisions\s+and\s+minutes)\s*$|"
    # a report filed among the council's downloads under its meeting and item: "Cabinet 16 October 2024, item 9: town
    # centre CCTV monitoring arrangements" (held-back web 66's Nuneaton and Bedworth)
    r"\A\s*(?:cabinet|council|executive|(?:[\w&-]+\s+){0,4}(?:committee|board|panel))\s+\d{1,2}\s+[a-z]+\s+\d{4},?\s+"
    r"(?:agenda\s+)?item\s+\d+|"
    # a decision or minute headed by the council and its meeting: "[X] Borough Council - Cabinet, 11 March 2025", "[X]
    # District Council - Cabinet decision, 18 June 2025" (real-text round 14)
    r"\A\s*(?:[\w'’&-]+\s+){1,5}council\s*[-–:]\s*(?:cabinet|executive|full\s+council|(?:[\w&-]+\s+){0,4}(?:committee|board|"
    r"panel))(?:\s+(?:decision|minutes?|meeting))?,?\s+\d{1,2}\s+[a-z]+\s+\d{4}\b|"
    # a meeting's minutes quoted by their name and date: "Minutes of the Colne and District Committee, 3 March: the police
    # inspector reported …" (held-back web 76's Pendle)
    r"^\W*minutes\s+of\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,5}?(?:committee|board|panel|council|cabinet|executive|meeting)\b"
    r"[^.\n:]{0,40}\d{1,2}\s+[A-Za-z]+\b[^.\n:]{0,10}:|"
    # a group's minutes headed by its name: "[Two towns] Community CCTV Partnership - minutes, March 2024 Present: …"
    # (held-back web 162's East Cambridgeshire, a partnership of a city and a town council)
    r"\A\s*(?:[\w&'’-]+\s+){1,8}?[-–:]\s*minutes\s*(?:,|of\b|\d)|"
    # moderngov's link to an item's report: "6. CCTV Review - Update pdf icon PDF 95 KB"
    r"\bpdf\s+icon\s+PDF\s+\d+\s*(?:KB|MB)\b|"
    r"^\s*(?:decision\s+maker|decision\s+status|is\s+key\s+decision\??|is\s+subject\s+to\s+call\s+in\??|"
    # (and a Welsh resolution's own word: "PENDERFYNWYD:" under "Pwyllgor Gwaith – Penderfyniad", real-text round 89)
    r"penderfyniad|penderfynwyd|cofnod(?:ion)?|cyfarfod)\s*:",
    I | re.M,
)


# A meeting's minutes by their own frame, wherever they are filed or copied: who was present, the
# apologies, the declarations of interest, the previous minutes, urgent business (two of them).
_MINUTES_FRAME = re.compile(
    r"\bpresent(?:\s+in\s+the\s+meeting\s+room)?\s*:|^\s*present\s*$|\bapologies\s+(?:for\s+absence|were\s+received)\b|"
    r"\bdeclarations?\s+of\s+(?:interests?|pecuniary)\b|\bminutes\s+of\s+the\s+(?:previous|last)\s+meeting\b|"
    r"\bitems?\s+of\s+urgent\s+business\b|\bymddiheuriadau\b|\bdatganiadau\s+o\s+fuddiant\b|"
    # a minutes system's own labels: "Minute Text :", "Index to Minutes", "Attendance Details", "In Attendance:",
    # a note that the minutes await approval, a line that nobody declared an interest, a call-in and its chairman
    r"^\s*minute\s+text\s*:|\bindex\s+to\s+minutes\b|\battendance\s+details\b|^\s*in\s+attendance\s*:|"
    r"\bminutes\s+are\s+subject\s+to\s+approval\b|\bno\s+such\s+declarations\b|^\s*call[- ]in\s*:|"
    r"\bthe\s+chair(?:man)?\s+invited\b|\bin\s+the\s+chair\b",
    I | re.M,
)


def is_committee_paper(url: str, text: str) -> bool:
    """Committee papers (moderngov, CMIS) can hold real annual reports: secondary evidence."""
    if _COMMITTEE.search(url) or _TO_MEMBERS.search(text[:6000]) or _COMMITTEE_HEAD.search(text[:3000]):
        return True
    if len({m.group(0).lower()[:8] for m in _MINUTES_FRAME.finditer(text[:6000])}) >= 2:
        return True
    # two different cues: a news release naming its "Executive Member" twice is not a paper
    return len({m.lower() for m in _COMMITTEE_TEXT.findall(text[:6000])}) >= 2

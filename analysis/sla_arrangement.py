"""A standing arrangement with the police over the council's cameras, told without naming an agreement.

Real council text seldom says "service level agreement". It says what the arrangement does: the
cameras "are monitored by Thames Valley Police in the control room at Banbury Police Station", the
council "will join the Thames Valley CCTV partnership with a transfer of assets to the police",
monitoring "transfers to Reigate police station", the scheme "is managed by a partnership between the
borough council, the town council and Warwickshire Police", the data controller responsibility "is
currently with Sussex Police". The development set labels each such text as speaking of the council's
arrangement with the police (its `sla` signal), and so does the real-text probe of session 8.

Working *with* the police is not such an arrangement: a radio link to the police control room, footage
handed to officers, "we work closely with the police" (the probe's Rushcliffe page, labelled without
it). Nor is a CCTV team moving "into new premises at the town's police station" (the dev set's South
Kesteven news, labelled without it): the police do not run or own anything there.

This is read for the text's signal only; no 5.5 verdict rests on it (page.py records no finding), as
an arrangement is not the published agreement 5.5 asks for.
"""

from __future__ import annotations

import re

__all__ = ["police_arrangement"]

I = re.I

# A force by name ("Thames Valley Police", "Hampshire and Isle of Wight Constabulary", "Heddlu Gwent").
_FORCE = (
    r"(?:(?:the\s+)?(?-i:[A-Z][\w&'’.-]+)\s+(?:(?:and|of|&)\s+)?){1,5}(?-i:Police|Constabulary)\b|"
    r"(?-i:Heddlu\s+[A-Z][\w-]+)"
)
_PATTERNS = re.compile(
    # the police run the council's cameras: "maintained, monitored and operated by Sussex Police"
    # ("monitored at no charge by South Yorkshire Police")
    rf"\b(?:monitored|operated|staffed|managed|maintained)\s+(?:[\w,]+\s+){{0,4}}?by\s+(?:{_FORCE})|"
    # a deal struck with the force, the cameras handed to it: "they have struck a deal with South Yorkshire
    # Police for their staff to maintain them", "handed into the care of Thames Valley Police", "the police
    # will have control of the CCTV cameras"
    rf"\b(?:struck|signed|agreed|reached|done)\s+a\s+deal\s+with\s+(?:{_FORCE})|"
    # (the cameras themselves handed over; "footage handed to North Wales Police" is working with the force)
    r"\b(?:cctv|cameras|system|network|scheme)\s+(?:could|would|will|is\s+to|are\s+to)?\s*(?:be\s+)?hand(?:ed)?\s+"
    rf"(?:over\s+)?(?:in)?to\s+(?:the\s+care\s+of\s+)?(?:{_FORCE})|"
    r"\bthe\s+police\s+(?:will|would)\s+(?:have\s+control\s+of|take\s+(?:over|control\s+of))\s+the\s+(?:cctv|cameras)\b|"
    # the force pays towards the cameras: "X Police have paid a flat fee of £10,000 for …", "the police
    # have committed to pay £25,000 a year towards it"
    rf"(?:{_FORCE}|\bthe\s+police)\s+(?:have|has|had)\s+(?:paid|committed\s+to\s+pay|agreed\s+to\s+pay|contributed)\b|"
    r"\b(?:they|police)\s+have\s+committed\s+to\s+pay\b[^.\n]{0,40}\btowards\b|"
    # ... from their own premises: "transfer of monitoring to Reigate police station", "monitored from
    # Banbury police station", "the new shared police control room"
    r"\bmonitor(?:ed|ing)\b[^.\n]{0,60}?\b(?:at|from|to|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?police\s+"
    r"(?:station|headquarters|HQ|control\s+room)\b|"
    r"\bshared\s+police\s+control\s+room\b|"
    rf"(?:{_FORCE})[^.\n]{{0,80}}?\b(?:relocat\w+|mov(?:e|es|ed|ing)|transfer\w*)\s+(?:the\s+)?(?:cctv\s+)?monitoring\b|"
    # a CCTV partnership with the force: "join the Thames Valley CCTV partnership … Thames Valley Police",
    # "managed by a partnership between the council, the town council and Warwickshire Police",
    # "In partnership with Thames Valley Police, we have a CCTV network"
    rf"\bcctv\s+partnership\b[^.\n]{{0,160}}?(?:{_FORCE})|(?:{_FORCE})[^.\n]{{0,60}}?\bcctv\s+partnership\b|"
    rf"\bmanaged\s+by\s+a\s+partnership\s+(?:between|of)\b[^.\n]{{0,160}}?(?:{_FORCE})|"
    rf"\bin\s+partnership\s+with\s+(?:{_FORCE}),?\s+(?:we|the\s+council)\s+(?:have|has|run|runs|operate|operates)\b"
    r"[^.\n]{0,40}?\b(?:cctv|cameras?)\b|"
    # the force takes the cameras over: "transfer of CCTV assets and operational responsibility to Thames
    # Valley Police", "TVP would own the system"
    r"\btransfer\w*\s+(?:of\s+)?(?:the\s+)?(?:cctv\s+)?(?:assets|ownership|(?:operational\s+)?responsibility|monitoring)\b"
    rf"[^.\n]{{0,100}}?\bto\s+(?:{_FORCE})|"
    rf"(?:{_FORCE})\s+(?:would|will|is\s+to)\s+own\s+the\s+(?:system|cameras|cctv|equipment)\b|"
    # the force as the cameras' data controller under the arrangement
    rf"\bdata\s+controller\s+responsibilit(?:y|ies)\b[^.\n]{{0,80}}?(?:{_FORCE})",
    I,
)


def police_arrangement(text: str) -> str | None:
    """The words of a standing arrangement with a police force over the cameras, if the text has one."""
    m = _PATTERNS.search(text[:60_000])
    return m.group(0) if m else None

"""A standing arrangement with the police over the council's cameras, told without naming an agreement.

Real council text seldom says "service level agreement". It says what the arrangement does: the
cameras "are monitored by Wessex Vale Police in the control room at Eastmere Police Station", the
council "will join the Wessex Vale CCTV partnership with a transfer of assets to the police",
monitoring "transfers to Eastmere police station", the scheme "is managed by a partnership between the
borough council, the town council and Wessex Vale Police", the data controller responsibility "is
currently with Wessex Vale Police". The development set labels each such text as speaking of the council's
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

from .forces import FORCE_NAME

__all__ = ["police_arrangement"]

I = re.I

_PATTERNS = re.compile(
    # the police run the council's cameras: "maintained, monitored and operated by Wessex Vale Police"
    # ("monitored at no charge by Wessex Vale Police")
    rf"\b(?:monitored|operated|staffed|managed|maintained)\s+(?:[\w,]+\s+){{0,4}}?by\s+(?:{FORCE_NAME})|"
    # a deal struck with the force, the cameras handed to it: "they have struck a deal with Wessex Vale
    # Police for their staff to maintain them", "handed into the care of Wessex Vale Police", "the police
    # will have control of the CCTV cameras"
    rf"\b(?:struck|signed|agreed|reached|done)\s+a\s+deal\s+with\s+(?:{FORCE_NAME})|"
    # (the cameras themselves handed over; "footage handed to North Wales Police" is working with the force)
    r"\b(?:cctv|cameras|system|network|scheme)\s+(?:could|would|will|is\s+to|are\s+to)?\s*(?:be\s+)?hand(?:ed)?\s+"
    rf"(?:over\s+)?(?:in)?to\s+(?:the\s+care\s+of\s+)?(?:{FORCE_NAME})|"
    r"\bthe\s+police\s+(?:will|would)\s+(?:have\s+control\s+of|take\s+(?:over|control\s+of))\s+the\s+(?:cctv|cameras)\b|"
    # the force pays towards the cameras: "X Police have paid a flat fee of £10,000 for …", "the police
    # have committed to pay £25,000 a year towards it"
    rf"(?:{FORCE_NAME}|\bthe\s+police)\s+(?:have|has|had)\s+(?:paid|committed\s+to\s+pay|agreed\s+to\s+pay|contributed)\b|"
    r"\b(?:they|police)\s+have\s+committed\s+to\s+pay\b[^.\n]{0,40}\btowards\b|"
    # ... from their own premises: "transfer of monitoring to Eastmere police station", "monitored from
    # Eastmere police station", "a control room shared with the police"
    r"\bmonitor(?:ed|ing)\b[^.\n]{0,60}?\b(?:at|from|to|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?police\s+"
    r"(?:station|headquarters|HQ|control\s+room)\b|"
    r"\bshared\s+police\s+control\s+room\b|"
    rf"(?:{FORCE_NAME})[^.\n]{{0,80}}?\b(?:relocat\w+|mov(?:e|es|ed|ing)|transfer\w*)\s+(?:the\s+)?(?:cctv\s+)?monitoring\b|"
    # a CCTV partnership with the force: "join the Wessex Vale CCTV partnership … Wessex Vale Police",
    # "managed by a partnership between the council, the town council and Wessex Vale Police",
    # "In partnership with Wessex Vale Police, we have a CCTV network"
    # (not the force sitting in as an adviser: "the [X] CCTV Partnership, made up of the County Council and three town councils,
    # with [the force] attending the Partnership Board as an advisory member", a Welsh county's minutes, real-text round 119)
    rf"\bcctv\s+partnership\b[^.\n]{{0,160}}?(?:{FORCE_NAME})(?![^.\n]{{0,60}}?\bas\s+an?\s+(?:advisory|non-voting)\s+member\b|"
    rf"[^.\n]{{0,60}}?\bas\s+an?\s+observer\b)|(?:{FORCE_NAME})[^.\n]{{0,60}}?\bcctv\s+partnership\b|"
    rf"\bmanaged\s+by\s+a\s+partnership\s+(?:between|of)\b[^.\n]{{0,160}}?(?:{FORCE_NAME})|"
    rf"\bin\s+partnership\s+with\s+(?:{FORCE_NAME}),?\s+(?:we|the\s+council)\s+(?:have|has|run|runs|operate|operates)\b"
    r"[^.\n]{0,40}?\b(?:cctv|cameras?)\b|"
    # the force takes the cameras over: "transfer of CCTV assets and operational responsibility to Thames
    # Valley Police", "TVP would own the system"
    r"\btransfer\w*\s+(?:of\s+)?(?:the\s+)?(?:cctv\s+)?(?:assets|ownership|(?:operational\s+)?responsibility|monitoring)\b"
    rf"[^.\n]{{0,100}}?\bto\s+(?:{FORCE_NAME})|"
    rf"(?:{FORCE_NAME})\s+(?:would|will|is\s+to)\s+own\s+the\s+(?:system|cameras|cctv|equipment)\b|"
    # the force as the cameras' data controller under the arrangement
    rf"\bdata\s+controller\s+responsibilit(?:y|ies)\b[^.\n]{{0,80}}?(?:{FORCE_NAME})|"
    # the council's procedure written with the force and agreed by both: "This procedure was drawn up by [the council] with
    # [the force] and has been agreed by both organisations" (a CCTV evidence release procedure, real-text round 44)
    r"\b(?:procedure|protocol|policy|code\s+of\s+practice|guidance)\b[^.\n]{0,40}?\b(?:drawn\s+up|written|prepared|developed)\s+"
    rf"(?:by\s+[^.\n]{{0,60}}?\s+)?(?:jointly\s+)?with\s+(?:{FORCE_NAME})[^.\n]{{0,40}}?\b(?:agreed|signed|approved)\s+by\s+both\b",
    I,
)


# a proposal, not an arrangement: "[The force] had proposed that the cameras join its force-wide CCTV partnership.
# Negotiations … were continuing" (scrutiny minutes, real-text round 36)
# (or one option among several: "Options include monitoring from the police control room under a new agreement", a council's
# news of talks still going on, real-text round 73)
# ... nor the force's own cameras beside the council saying it runs none: "[The county] does not run town centre CCTV; public
# space cameras in [its] towns are operated by [the force] and some town councils" (a county's privacy notice for its
# buildings, real-text round 87)
# ... nor cameras the force owns as well as watches: "The public space cameras in [four towns] are owned and monitored by [the
# force], which reinstated them in 2019" beside the council's own cameras at its buildings (a county's CCTV page, real-text round
# 111)
_NOT_THE_COUNCILS = re.compile(
    r"\b(?:does|do)\s+not\s+(?:run|operate|own|manage|monitor)\b|\bowned\s+and\s+(?:monitored|operated|run|managed)\s+by\b",
    I,
)
_PROPOSED = re.compile(
    r"\b(?:has|have|had)\s+proposed\b|\bproposals?\s+(?:for|that|to)\b|\boptions?\s+(?:include|includes|are|would\s+be)\b|"
    # (or talks about one: "Police and council to discuss future of CCTV partnership", a force's headline, real-text round 87)
    r"\bto\s+discuss\b|\btalks\s+(?:about|on|over)\b|"
    # (or what a proposal would do: "Under the proposal the police would take over monitoring of the council's 39 cameras",
    # a district's news that talks continue and nothing is signed, real-text round 103)
    r"\bunder\s+the\s+(?:proposals?|plans?|options?)\b|\b(?:still\s+)?in\s+discussions?\s+with\b",
    I,
)


# ... nor one the sentence says is over: "[the force] had paid for individual repairs under an informal arrangement, but this
# ended in 2022, and there had never been a written agreement" (cabinet minutes, real-text round 85)
_OVER = re.compile(
    r"\b(?:this|that|it|which|the\s+arrangement)\s+(?:has\s+|had\s+)?(?:ended|ceased|stopped|lapsed)\b|"
    r"\bthere\s+(?:had|has|have)\s+never\s+been\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+){0,3}?agreement\b",
    I,
)


def police_arrangement(text: str) -> str | None:
    """The words of a standing arrangement with a police force over the cameras, if the text has one."""
    text = text[:60_000]
    for m in _PATTERNS.finditer(text):
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        if _PROPOSED.search(text[start : m.end()]) or _NOT_THE_COUNCILS.search(text[start : m.end()]):
            continue
        ends = [i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0]
        if _OVER.search(text[m.end() : min(ends, default=len(text))]):
            continue
        return m.group(0)
    return None

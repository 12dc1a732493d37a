"""FOI pages as a decoy genre: a request, its answer or a disclosure log is reactive, never the council's
own disclosure (docs/wording.md §13). `FOI_FRAME` is the request or answer itself, which decides on
text alone (kept apart from decoy_issuers, whose kinds are decided by who publishes).
"""

from __future__ import annotations

import re

from .decoy_kinds import Decoy, DecoyKind, r, t

__all__ = ["FOI", "FOI_FRAME"]

# "Disclosure log" is two things: an FOI disclosure log (published answers) and, in a CCTV code of
# practice, the log of footage released to the police. Only the first is an FOI page, so the words
# count for FOI only beside FOI's own name.
_FOI_NAME = r"(?:FOI|freedom\s+of\s+information|EIR|rhyddid\s+gwybodaeth)"
_FOI_LOG = rf"\b{_FOI_NAME}\b[^.|\n]{{0,60}}\bdisclosure\s+logs?\b|\bdisclosure\s+logs?\b[^.|\n]{{0,60}}\b{_FOI_NAME}\b"

# A request and its answer, wherever they are published (a disclosure log, WhatDoTheyKnow, a council's
# FOI page): the asker's letter ("Dear … Council", "please tell me", "Yours faithfully"), the team's
# receipt ("we will respond within 20 working days"), the answer's frame ("Request:" / "Response:",
# "the council does not hold", "not held") and the Act's refusals (section 12, 21, 31; the public
# interest test). A CCTV page's pointer to the Act (where to send a request) has none of these.
_FOI_ASKED = (
    r"\bunder\s+the\s+freedom\s+of\s+information\s+act(?:\s+2000)?,?\s+(?:please|I\s+(?:would\s+like|am\s+"
    r"(?:requesting|writing|inquiring|enquiring|asking)|request|wish))"
)
_FOI_LETTER = (
    _FOI_ASKED + r"|\bI\s+(?:am\s+writing\s+to|would\s+like\s+to|wish\s+to)\s+"
    r"(?:request|obtain|ask\s+for)\b|"
    # the asker's own inquiry: "I am inquiring if the Borough was involved …", "I am trying to establish if …"
    # (real-text round 15)
    r"\bI\s+am\s+(?:inquiring|enquiring|trying\s+to\s+(?:establish|find\s+out))\s+(?:if|whether)\b|\bplease\s+(?:tell|provide|supply|confirm|send)\s+me\b|"
    # (the sign-off alone is any letter's: a council's own letter to residents about moving its cameras ends "Yours
    # faithfully" over its officer's name and post, held-back web 303's Sevenoaks; only the asker's greeting to the council
    # is the request's)
    r"(?m:^\s*dear\s+[^\n]{0,60}\b(?:council|cyngor|sir\s+or\s+madam|(?:foi|freedom\s+of\s+information|information\s+"
    r"governance|data\s+protection)\s+(?:team|officer|officers))\b)|"
    # Welsh: "Hoffwn gael y wybodaeth ganlynol" (I would like the following information; a disclosure log's request still
    # awaiting its answer, real-text round 42)
    r"\bhoffwn\s+(?:gael|dderbyn)\s+(?:y\s+|yr\s+)?wybodaeth\b|"
    # (or greeting the council and asking for "the following": "Annwyl Gyngor [X], … hoffwn gael y canlynol o dan Ddeddf
    # Rhyddid Gwybodaeth 2000", a Welsh request under its acknowledgement, real-text round 110)
    r"(?m:^\s*annwyl\s+(?:g|c)yngor\b)|\bhoffwn\s+(?:gael|dderbyn)\s+y\s+canlynol\b"
)
_FOI_RECEIPT = (
    r"\bwe\s+(?:confirm|acknowledge)\s+(?:that\s+)?(?:we\s+have\s+)?(?:received|receipt\s+of)\s+your\s+"
    r"(?:request|correspondence)\b|\bthank\s+you\s+for\s+your\s+(?:request|freedom\s+of\s+information)\b|"
    # (the statutory 20 days said of a request: a CCTV page's "write to the CCTV manager … and we will reply within 20
    # working days" is a complaints route, held-back web 81's Hammersmith & Fulham)
    r"\b(?:respond|reply)\s+to\s+your\s+request\s+within\s+(?:the\s+)?20\s+working\s+days\b|"
    r"\b(?:freedom\s+of\s+information|(?-i:FOI)|information\s+request)\b[^.\n]{0,80}\b(?:respond|reply)\s+within\s+(?:the\s+)?20\s+"
    r"working\s+days\b|"
    # Welsh: "Bydd y Cyngor yn ymateb o fewn 20 diwrnod gwaith" (will answer within 20 working days)
    r"\b(?:ymateb|ateb)\s+o\s+fewn\s+(?:20|ugain)\s+diwrnod\s+gwaith\b|"
    # ("Diolch am eich cais … Gall y Cyngor gymryd hyd at 20 diwrnod gwaith i ymateb", an acknowledgement, real-text round 110)
    r"\bdiolch\s+am\s+eich\s+cais\b|\bhyd\s+at\s+(?:20|ugain)\s+diwrnod\s+gwaith\s+i\s+ymateb\b"
)
_FOI_ANSWER = (
    r"(?m:^\s*(?:request|question|response|answer|reply|our\s+response|decision|cais|cwestiwn|ymateb|ateb)\s*(?:\d+\s*)?[:–-])|"
    # an answer sheet's numbered questions: "Q1. Who staffs the camera room …?", "Q2 - How many …?"
    r"(?m:^\s*Q\d{1,2}\s*[.:)–-][^\n]*\?\s*$)|"
    # the request and the response as bare headings over their texts ("Request" / "Who in the council is responsible
    # …?" / "Response" / "The council's …": held-back web 57's Devon)
    r"(?ms:^\s*(?:request|your\s+request|the\s+request)\s*$.{1,600}?^\s*(?:response|our\s+response|reply)\s*$)|"
    # Welsh: "Nid yw'r Cyngor yn dal yr wybodaeth hon" (the council does not hold this information)
    r"\bnid\s+yw'?r\s+cyngor\s+yn\s+dal\b|"
    r"\b(?:the\s+(?:council|authority)|we)\s+(?:does|do)\s+(?:not\s+)?hold\s+(?:the|this|any|some|no)\b|"
    r"\b(?:the\s+)?information\s+(?:is|was)\s+not\s+held\b|\bnotice\s+of\s+refusal\b|\brefusal\s+notice\b"
)
# the request or its answer itself, not only the Act's words: with enough cues, this decides on text alone
FOI_FRAME = re.compile(f"{_FOI_LETTER}|{_FOI_ANSWER}", re.I)
_FOI_EXEMPTION = (
    r"\b(?:section|s\.?)\s*(?:12|14|21|22|31|38|40|43)\s*(?:\(\d\)\s*(?:\([a-z]\)\s*)?)?(?:of\s+the\s+"
    r"(?:FOI|freedom)[\w\s]{0,30})?\s*(?:exemption|applies|is\s+engaged)|\bexempt\s+(?:information\s+)?under\s+"
    r"s(?:ection)?\.?\s*\d|\bpublic\s+interest\s+test\b|\bappropriate\s+(?:cost\s+)?limit\b"
)

FOI = DecoyKind(
    Decoy.FOI,
    # a title naming a request or response, close together ("FOI request 1234", "Freedom of
    # information response"): a line saying where FOI requests go is a signpost
    r(
        rf"\b{_FOI_NAME}\b(?!\s+act\b)[^.|]{{0,40}}?\b(?:request|response|reply|disclosure|answer)|"
        rf"\b{_FOI_NAME}\b(?!\s+act\b)[^.|]{{0,40}}?\d{{3,}}|"
        r"^\s*disclosure\s+logs?\b|\bFOI\s*[-/:#]?\s*\d+|\brequest\s+(?:ref(?:erence)?|number)\b|"
        r"\b(?:response|reply|answer)\s+to\s+(?:a\s+|your\s+)?(?:request\s+for\s+information|information\s+request)|"
        # a disclosure log's entry headed by its number: "Response 3932221", "Response to request 4410877"
        r"^\W*(?:response|reply)\s+(?:to\s+(?:request|enquiry)\s*)?(?:no\.?\s*|number\s*|ref\.?\s*)?[:#]?\s*\d{4,}\b|"
        # a log entry headed by its year and number: "Request 2024-311: cameras in the city centre" (held-back web 36)
        r"^\W*(?:request|response)\s+(?:20\d\d[-/]\d{2,}|\d{2,}[-/]20\d\d)\b|^\W*disclosure\s+(?:no\.?\s*|ref\.?\s*)?\d{3,}\b|"
        # a title that opens with the act's name as its kind: "FOI: council cameras" over "Answer: …" (held-back web 29)
        r"^\W*(?:FOI|EIR|freedom\s+of\s+information)\s*[:–-]\s*\w|"
        # Welsh, the request named after the answer: "Ymateb i gais Rhyddid Gwybodaeth - cyf. RhG/2023/0581" (response to a
        # freedom of information request, a county's answer, real-text round 111)
        r"\b(?:ymateb|ateb)\s+i\s+(?:g|c)ais\s+rhyddid\s+gwybodaeth\b"
    ),
    r(
        r"disclosure-?log|foi-?(?:requests?|responses?|disclosures?)|freedom-of-information-(?:requests?|"
        r"responses?|disclosures?)|/foi/\d|foi-?\d|/disclosures?/|/eir/|whatdotheyknow|/request/|"
        # a council's archive of answers: "/foi/previous-answers/…", "/foi/published-responses/…"
        r"/foi/[a-z-]*(?:answers?|responses?|requests?|disclosures?)/|/foi/(?:request|response)-?\d|freedom-of-information/disclosures?-?\d|"
        # a county's archive of answered requests: "/accesstoinformation/archives/information_request/…" (held-back web
        # 159's Devon)
        r"/information[_-]requests?/|/archives?/information[_-]requests?\b"
    ),
    t(
        (_FOI_LOG, 3),
        # the asker's letter itself: "Dear … Council, … please send me …", "Yours faithfully"
        (_FOI_LETTER, 3),
        (
            r"\b(?:FOI|freedom\s+of\s+information|EIR)\s+(?:request|ref(?:erence)?|"
            r"response)\b|\bcais\s+rhyddid\s+gwybodaeth\b",
            2,
        ),
        (r"\b(?:request|ref(?:erence)?|case)\s*(?:number|no\.?|:|#)\s*:?\s*[A-Z]*[-/]?\d{3,}", 2),
        (
            r"\byou\s+(?:asked|requested)\b|\b(?:information|data)\s+requested\b|\bour\s+response\b|"
            r"^(?:response|answer|reply|ymateb|ateb)\s*:|^(?:request|question|cais|cwestiwn)\s*:",
            2,
        ),
        (
            r"\bdate\s+(?:of\s+)?(?:request|response)\b|\bdate\s+(?:received|responded)\b|\b(?:request|response)\s+date\b|"
            r"\bdyddiad\s+(?:derbyn|ymateb|y\s+cais)\b",
            2,
        ),
        (r"\bsection\s+(?:12|21|22|24|31|40|43)\b|\bexemptions?\s+appl", 1),
        (_FOI_LETTER, 2),
        (_FOI_RECEIPT, 2),
        (_FOI_ANSWER, 2),
        (
            r"(?ms:^\s*(?:request|your\s+request|the\s+request)\s*$.{1,600}?^\s*(?:response|our\s+response|reply)\s*$)",
            2,
        ),
        # two or more numbered questions, each answered: an FOI answer sheet, whatever its title
        (r"(?ms:^\s*Q1\s*[.:)–-][^\n]*\?\s*$.*?^\s*Q2\s*[.:)–-][^\n]*\?\s*$)", 3),
        # the answer's cover: "Answer sent to the requester", "response provided to the applicant"
        (r"\b(?:answer|response|reply)\s+(?:sent|given|provided|issued)\s+to\s+the\s+(?:requester|applicant)\b", 2),
        (_FOI_EXEMPTION, 1.5),
    ),
    # (a request listed by its number and subject, "FOI 5521: town centre cameras", names what was
    # asked, never what the council says: held-back web 6's Luton)
    r(
        rf"{_FOI_LOG}|\b(?:FOI|EIR)\s+(?:request\s+)?ref(?:erence)?\b|{_FOI_RECEIPT}|{_FOI_ASKED}|"
        r"^\W*(?:FOI|EIR|freedom\s+of\s+information)\s+(?:request\s+)?(?:no\.?\s*|ref\.?\s*)?[\w/-]*\d[\w/-]*\s*[:–-]"
    ),
)

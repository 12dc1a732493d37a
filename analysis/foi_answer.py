"""An FOI answer in the council's own words about its cameras (the text's `cctv_info` signal).

Split from page.py. The development set labels a council's FOI answer that states its own facts as
its CCTV information; the asker's questions, a refusal or "not held" state nothing (session 8's
real-text probe added the answer sheet: a camera question answered on the next line).
"""

from __future__ import annotations

import re

from .foi_answer_sheet import answer_sheet
from .segments import sentence_at
from .vocab import COUNCIL_RUNS_CAMERAS, OWN_SYSTEM

__all__ = ["answered_in_own_words", "answer_region", "answer_sheet"]


# The asker's letter on a request site, "Dear Anyshire County Council, … Yours faithfully,": its account of the
# council's cameras ("a council CCTV operator watched …") is the asker's, however it is worded (real-text
# round 12: a request the council held nothing for)
_REQUEST_LETTER = re.compile(
    r"^\s*Dear\s+(?:[\w'’&.-]+\s+){0,6}(?:Council|Authority|Corporation)\s*,.*?(?:^\s*Yours\s+(?:faithfully|sincerely)\b|\Z)",
    re.I | re.M | re.S,
)


# A request logged before its answer: "Status: awaiting response", "Response due: …"
_AWAITING = re.compile(
    r"^\W*status\s*:\s*(?:awaiting\s+(?:a\s+)?response|open|in\s+progress|received|pending)\b|^\W*response\s+due\b|"
    # Welsh: "Statws: Yn aros am ymateb" (real-text round 42)
    r"^\W*statws\s*:\s*(?:yn\s+aros\s+am\s+(?:ymateb|ateb)|ar\s+agor|ar\s+y\s+gweill)\b|"
    # (the status run into the title line by a text file's joined lines: "Freedom of Information request - F2025.03.1188
    # Status: awaiting response Received: …", a disclosure log entry, real-text round 52)
    r"\bstatus\s*:\s*awaiting\s+(?:a\s+)?response\b|\b(?:a\s+)?response\s+to\s+this\s+request\s+has\s+not\s+yet\s+been\s+"
    r"(?:published|sent|issued|given)\b",
    re.I | re.M,
)
_ANSWER_GIVEN = re.compile(r"^\W*(?:response|answer|our\s+response|reply)\s*:", re.I | re.M)

_REPLY = re.compile(r"^\s*Dear\s+(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Madam|Requester|Applicant)\b", re.M)
_THIRD_PERSON_SYSTEM = re.compile(
    r"\bthe\s+(?:councils?|authority)(?:'s|’s|'|’)?\s+(?:[\w-]+\s+){0,2}?(?:cctv|cameras|control\s+room|surveillance\s+systems?)\b|"
    r"\bthe\s+council\s+(?:cctv\s+)?control\s+room\b",
    re.I,
)
_DENIES = re.compile(r"\b(?:has|have)\s+no\s+(?:knowledge|record|involvement|information)\b|\bnot\s+aware\b", re.I)
_ANNOTATION = re.compile(r"^[^\n]{1,80}\bleft\s+an\s+annotation\b", re.I | re.M)


# A numbered answer giving the cameras' count and places: "Response: 1. 44 cameras in Leek, Biddulph and Cheadle" (a
# council's disclosure log, real-text round 15)
_COUNTED_ANSWER = re.compile(
    r"\b(?:response|answer)\s*:\s*(?:1\s*[.)]\s*)?\d[\d,]*\s+(?:public\s+space\s+)?cameras\s+(?:in|across|at)\s+(?-i:[A-Z])|"
    # ... or the council naming its own cameras first: "Response: [X] County Council's public space cameras in [three
    # towns] are recorded 24 hours a day" (a Welsh county's disclosure log, real-text round 24)
    r"\b(?:response|answer)\s*:\s*(?-i:[A-Z][\w'’-]*)(?:\s+(?:and\s+)?(?-i:[A-Z][\w'’-]*)){0,5}\s+Council(?:'s|’s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:cctv|cameras|control\s+room)\b|"
    # ... in Welsh: "Ymateb: 1) Mae Cyngor Sir [X] yn gweithredu 71 o gamerâu mannau cyhoeddus yn [six towns]" (a Welsh
    # county's disclosure log, real-text round 34; uncounted: "Mae Cyngor Sir [X] yn gweithredu camerâu yn ei swyddfeydd", round 37)
    r"\bmae\s+(?:cyngor\s+(?:[\w'’-]+\s+){1,3}?|'r\s+cyngor\s+)yn\s+(?:gweithredu|rheoli|monitro|berchen\s+ar)\s+"
    r"(?:\d[\d,]*\s+o\s+)?(?:g|ch|ngh|c)amer(?:âu|au|a)\b|"
    # ... or the answer only the count and the places: "Ateb: 52 o gamerâu mewn mannau cyhoeddus yng [five towns]" (52 cameras
    # in public places in …, a Welsh county's FOI answer, real-text round 65)
    # (never the bare count: "Ateb: 1. 212 o gamerâu." answers a question, labelled no publication, real-text round 8)
    # (or with the cameras' kind between: "Ateb: 212 o gamerâu sefydlog ar 37 safle" (212 fixed cameras on 37 sites), a Welsh
    # county's answer, real-text round 110)
    r"\bateb\s*:\s*(?:\d\s*[.)]\s*)?\d[\d,]*\s+o\s+(?:g|ch|ngh|c)amer(?:âu|au)\s+(?:(?:sefydlog|symudol|cyhoeddus)\s+)?"
    r"(?:mewn|yn|yng|ym|ar|ledled)\b",
    re.I,
)


# "Yes. [The council] and [the force] signed a Service Level Agreement for public space CCTV on 12 April 2022" (an FOI
# answer, real-text round 52): the council's own word of its cameras' agreement
_OWN_AGREEMENT_ANSWER = re.compile(
    # (the council by its name after the answer's label, a two-column layout flattened: "Response [X] City Council holds a Service
    # Level Agreement with [the constabulary] for the monitoring of the city's public space cameras", real-text round 112)
    r"^\W*(?:response|answer|reply)(?:\s*:\s*|[ \t]+)(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:City\s+|District\s+|Borough\s+|"
    r"County\s+)?Council)\s+(?:holds?|has)\s+an?\s+(?:signed\s+)?(?:[\w-]+\s+){0,4}?(?:agreement|protocol|memorandum)\s+with\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:police|constabulary)\b|"
    # (the council's plain statement under "Response": "The council holds a service level agreement with [the force], signed by
    # both parties on 6 June 2022", real-text round 102)
    # (or by its name on the line under the "Response" heading: "[X] Borough Council holds an Information Sharing Agreement with
    # [the force] covering the council's public space and car park cameras", a disclosure log entry, real-text round 121)
    r"^\W*(?:the\s+council|we|(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:City\s+|District\s+|Borough\s+|County\s+)?Council))\s+"
    r"(?:holds?|has|have)\s+(?!(?:no|not|never|yet)\b)(?:an?\s+)?(?:signed\s+)?"
    r"(?:(?!(?:no|not|never)\b)[\w-]+\s+){0,4}?(?:agreement|protocol|"
    r"memorandum)\s+with\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:police|constabulary)\b(?![^\n?]{0,60}\?)|"
    # (the question and its answer on one line: "2. Is there an agreement with the police? Yes. The Council and [the force]
    # signed a Service Level Agreement for the town centre CCTV system", real-text round 60)
    # ("1. Yes. A Memorandum of Understanding between [the council] and [the force] has been in force since 2021", an
    # answer numbered as its question, real-text round 60)
    r"(?:^|(?<=\?))\W*(?:\d{1,2}\s*[.)]\s*)?yes[.,]?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:agreement|protocol|memorandum)\b"
    r"[^\n?]{0,120}?\bcouncil\b[^\n?]{0,60}?\b(?:police|constabulary)\b[^\n?]{0,80}?\b(?:in\s+force|signed|in\s+place)\b|"
    # ("3. Yes. [The council] and [the force] signed a Data Sharing Agreement for CCTV in March 2023", numbered as its question,
    # real-text round 66)
    r"(?:^|(?<=\?))\W*(?:\d{1,2}\s*[.)]\s*)?yes[.,]?\s+[^\n?]{0,120}?\b(?:council|we)\b[^\n?]{0,80}?\b(?:signed|(?:has|have)\s+(?:a|an)|holds?|entered\s+into)\b[^\n?]{0,40}?"
    r"\b(?:service\s+level\s+agreement|(?:information|data)\s+sharing\s+(?:agreement|protocol)|protocol|memorandum)\b"
    # ("1. Yes. The council has a service level agreement with [the force] for the monitoring of the [town] centre cameras",
    # real-text round 68)
    # (or what it covers: "2. Yes. The council and [the force] signed a service level agreement in November 2023 covering
    # monitoring at weekends, police requests for footage …", an answer on control room procedures, real-text round 115)
    r"[^\n?]{0,100}?\b(?:cctv|cameras?|monitoring|footage|control\s+room)\b|"
    # ... or the two parties first and the cameras in the agreement's name: "1. Yes. [X] Borough Council and [the force] have a
    # CCTV Service Level Agreement, signed by both parties in June 2023" (a disclosure log's answer, real-text round 87)
    r"(?:^|(?<=\?))\W*(?:\d{1,2}\s*[.)]\s*)?yes[.,]?\s+[^\n?]{0,120}?\bcouncil\b[^\n?]{0,60}?\b(?:police|constabulary)\b\s+"
    r"(?:have|has|hold|signed)\s+(?:an?\s+)?(?:cctv|camera|public\s+space\s+cctv)\s+(?:service\s+level\s+agreement|"
    r"(?:information|data)\s+sharing\s+(?:agreement|protocol)|protocol|memorandum)\b|"
    # ... or the council's camera service said to work under one: "Yes. [X] Council's public space CCTV service works to a service
    # level agreement with [the force] that has been in force since …" (a disclosure log's answer, real-text round 104)
    r"(?:^|(?<=\?))\W*(?:\d{1,2}\s*[.)]\s*)?yes[.,]?\s+[^\n?]{0,80}?\b(?:council(?:'s|’s)|our)\s+(?:[\w-]+\s+){0,3}?(?:cctv|camera)\s+"
    r"(?:service|system|scheme)\s+(?:works?\s+to|operates?\s+under|is\s+(?:covered|governed)\s+by)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:agreement|protocol|memorandum)\s+with\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:police|constabulary)\b|"
    # ... or confirming it without the "Yes": "[X] District Council confirms that it has a service level agreement with [the
    # force] for its public space CCTV system" (an FOI response, real-text round 55)
    r"\b(?:council|authority|we)\s+(?:can\s+)?confirms?\s+that\s+(?:it|we)\s+(?:has|have|holds?)\s+(?:an?\s+)?(?:signed\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:agreement|protocol|memorandum)\s+with\s+(?:[\w'’-]+\s+){0,3}?(?:police|constabulary)\b"
    r"[^\n?]{0,60}?\b(?:cctv|cameras?)\b|"
    # ... in Welsh: "Ateb: Oes. Mae Memorandwm Cyd-ddealltwriaeth rhwng Cyngor Sir [X] a Heddlu [Y] wedi bod mewn grym ers …"
    # (Yes. A memorandum of understanding between … has been in force since …, real-text round 65)
    r"\b(?:oes|ydy|ydyn|do)[.,]?\s+mae\s+(?:(?:y|yr)\s+)?(?:[\w'’-]+\s+){0,3}?(?:cytundeb|protocol|memorandwm)\b[^\n?]{0,120}?"
    r"\brhwng\s+(?:y\s+cyngor|cyngor)\b[^\n?]{0,80}?\bheddlu\b",
    re.I | re.M,
)


# ("Home cameras are the responsibility of their owners", an answer on complaints about doorbell cameras, real-text round 102)
_OTHERS_CAMERAS_ANSWER = re.compile(
    r"\b(?:the|home|domestic|doorbell|private)\s+cameras\s+(?:belong\s+to|are\s+owned\s+by|are\s+the\s+responsibility\s+of)\s+"
    r"(?:the|their)\s+(?:licen[cs]e\s+holders?|premises\s+(?:licen[cs]e\s+holders?|owners?)|businesses|applicants?|shops?|"
    r"landlords?|householders?|residents?|owners)\b",
    re.I,
)


# The answer naming the council's systems as those it runs, the verb after them: "… the designated Single Point of Contact
# (SPOC) across every surveillance camera system the Council runs" (a district's disclosure log, real-text round 114)
_SYSTEMS_IT_RUNS = re.compile(
    r"\b(?:cameras?|cctv|(?:surveillance\s+)?camera\s+systems?)\s+(?:that\s+|which\s+)?the\s+council\s+(?:runs|operates|owns|"
    r"manages|controls)\b",
    re.I,
)


def answered_in_own_words(text: str) -> bool:
    """An FOI answer in the council's own voice about its cameras ("the council does run a network of
    36 cameras", "our camera locations are published"); the request's "the council's car parks" is
    the asker's words, not an answer."""
    if _AWAITING.search(text) and not _ANSWER_GIVEN.search(text):
        return False  # a disclosure log's request still "awaiting response": only the asker has spoken (round 24)
    if _POLICE_ANSWERS.search(answer_region(text) or ""):
        return False  # the force answering its own request about a council's cameras (real-text round 12)
    if _OTHERS_CAMERAS_ANSWER.search(text[:20_000]):
        # the cameras the answer counts are others' ("The cameras belong to the licence holders", an answer on premises
        # licence conditions, real-text round 102)
        return False
    text = _REQUEST_LETTER.sub(lambda m: " " * len(m.group(0)), text)
    # members of the public's notes under the exchange ("Kim Lowe left an annotation"), not the council's
    note = _ANNOTATION.search(text)
    if note:
        text = text[: note.start()]
    if _COUNTED_ANSWER.search(text) or _OWN_AGREEMENT_ANSWER.search(text):
        return True
    if _SYSTEMS_IT_RUNS.search(answer_region(text) or ""):
        return True
    for m in COUNCIL_RUNS_CAMERAS.finditer(text):
        # the request restated ("- whether the force and the council have a written arrangement for CCTV",
        # "you asked how many cameras the council operates") is the asker's words, not the answer
        line_start = text.rfind("\n", 0, m.start()) + 1
        start, end = sentence_at(text, m.start(), m.end())
        if (
            text[start:end].rstrip().endswith("?")
            or _QUESTION_LINE.match(text, line_start)
            # "the number of cameras your council has operated": the asker's words about the council
            or re.search(r"\byour\s*$", text[max(0, m.start() - 6) : m.start()], re.I)
            or m.group(0).lower().startswith("your")
            # "the Borough Council has no knowledge regarding the installation of the camera": a denial
            # answers that the cameras are not the council's (real-text round 15)
            or _DENIES.search(m.group(0))
        ):
            # "Q1. Does the council provide a live feed from its public space cameras?": the question
            # put, numbered as the answer sheet numbers it, is the asker's words too
            continue
        if not _ASKED.search(text[max(start, line_start) : m.start()]):
            return True
    if any(m.group(0).lower().startswith("our") for m in OWN_SYSTEM.finditer(text)) or answer_sheet(text):
        return True
    region = answer_region(text)
    if region and any(_OWN_ANSWER.search(s) and not _ANSWER_DENIES.search(s) for s in _sentences(region)):
        return True
    # the council's reply letter ("Dear Mr Lowe, … the authority's CCTV cameras … the Council Control Room"):
    # after its greeting, the council's system named in the third person is still its own (real-text round 12)
    reply = _REPLY.search(text)
    return bool(reply and _THIRD_PERSON_SYSTEM.search(text, reply.end()))


# Where the council's answer begins: a "Response" or "Answer" heading or label (Welsh "Ein hymateb", "Ateb"), or the
# paragraph after the request retold ("You asked for the number of cameras …"). Everything after it is the council's
# word; the request above it is the asker's (real-text round 26: five councils' answers that named their own cameras,
# counts, hours and agreements only below such a heading).
_ANSWER_HEAD = re.compile(
    r"^\W*(?:(?:our|the\s+council(?:'s|’s))\s+)?(?:response|answer|reply|ein\s+hymateb|ymateb|ateb)\b[^\n?]{0,40}$|"
    r"^\W*(?:response|answer|reply|ymateb|ateb)\s*:|"
    # (or a two-column layout flattened, the label run into its cell: "Response [X] City Council holds a Service Level Agreement
    # with …", a city's disclosure log, real-text round 112)
    r"^\W*(?:response|answer|reply)[ \t]+(?=(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}\s+(?:City\s+|District\s+|Borough\s+|"
    r"County\s+)?Council\s+(?:holds|has|does|operates|runs)\b)|"
    # ("Thank you for your request received on … I can reply as follows.", a Welsh county's answer, real-text round 60)
    r"\b(?:reply|respond|answer)\s+as\s+follows\b[^\n]*$",
    re.I | re.M,
)
_FIRST_ANSWER = re.compile(r"^\W*A\s*1\s*[.:)–-]", re.M)
_YOU_ASKED = re.compile(r"^\W*you\s+(?:asked|requested|wanted)\b[^\n]*$", re.I | re.M)
# The council's own system stated: "the council's control room in [town] monitors 286 public space cameras", "Fixed
# public space cameras: 233", "The public space system has 304 cameras", "from the council's 141 cameras in …", "roedd y
# Cyngor yn gweithredu 179 o gamerâu"
_OWN_ANSWER = re.compile(
    # the council's own post designated over its cameras, or its register of them counted: "The Information Governance
    # Manager has been designated as the council's Single Point of Contact (SPOC) covering every overt surveillance camera
    # system …", "The council keeps a register of 212 cameras" (a disclosure log's answer, real-text round 78)
    r"\b(?:has\s+been|is|was)\s+(?:designated|appointed|nominated|named)\s+as\s+(?:the\s+council(?:'s|’s)|our)\s+"
    r"single\s+point\s+of\s+contact\b|"
    # ("the council's designated single point of contact for surveillance cameras, the Community Safety Manager, keeps the full
    # camera register", an internal review's outcome, real-text round 102)
    r"\b(?:the\s+council(?:'s|’s)|our)\s+(?:designated\s+)?single\s+point\s+of\s+contact\s+for\s+(?:all\s+)?(?:its\s+|our\s+)?"
    r"(?:surveillance\s+)?(?:cameras|cctv|camera\s+systems)\b|"
    # (the post the council's own, designated as the role for its cameras: "The council's Corporate Enforcement Manager was
    # designated as the single point of contact for all council-operated surveillance cameras", a disclosure log's answer,
    # real-text round 93)
    r"\b(?:the\s+council(?:'s|’s)|our)\s+(?:[\w-]+\s+){1,5}?(?:has\s+been|is|was)\s+(?:designated|appointed|nominated|named)\s+as\s+"
    r"the\s+single\s+point\s+of\s+contact\s+for\s+(?:all\s+|the\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:surveillance\s+)?"
    r"(?:cameras?|cctv|camera\s+systems)\b|"
    r"\b(?:council|we)\s+(?:keeps?|holds?|maintains?)\s+a\s+register\s+of\s+(?:its\s+|our\s+)?\d[\d,]*\s+(?:[\w-]+\s+)?cameras\b|"
    r"\b(?:the\s+council(?:'s|’s)|our|the\s+authority(?:'s|’s))\s+(?:[\w-]+\s+){0,3}?(?:cctv|cameras?|control\s+room|"
    r"public\s+space\s+(?:cctv|cameras?|system))\b|"
    r"\b(?:council|authority|control\s+room|system)\s+(?:currently\s+|now\s+)?(?:operates?|operated|runs?|monitors?|owns?|has|"
    r"comprises)\s+(?:[\w-]+\s+){0,3}?\d[\d,]*\s+(?:[\w-]+\s+){0,3}?(?:cameras|units)\b|"
    r"^\W*(?:fixed|redeployable|re-deployable|public\s+space|housing(?:\s+estate)?|town\s+centre)[\w\s-]{0,30}cameras\s*:\s*\d|"
    r"\b(?:cameras|system)\s+(?:are|is)\s+(?:actively\s+)?(?:monitored|watched|recorded)\b|"
    r"\b(?:y\s+)?cyngor\s+yn\s+(?:gweithredu|rhedeg|monitro)\b[^.\n]{0,40}\b(?:c|g|ch|ngh)amer[aâ]u\b|"
    r"\bystafell\s+reoli(?:'r|’r)\s+cyngor\b|"
    # Welsh answers about the cameras themselves: "Mae'r camerâu'n recordio'n lleol", "Cedwir lluniau am 31 diwrnod", "Mae'r
    # Cyngor yn cwblhau offeryn hunanasesu … ar gyfer y camerâu yng nghanol trefi …" (a Welsh county's disclosure log,
    # real-text round 43)
    r"\bmae(?:'r|’r)\s+camer[aâ]u(?:'n|’n|\s+yn)\s+(?:recordio|cael\s+eu\s+monitro|gweithio)\b|"
    # ("Mae'r system yn cynnwys 67 o gamerâu …", a county borough's answer, real-text round 102)
    r"\bmae(?:'r|’r)\s+system\s+yn\s+cynnwys\s+\d[\d,]*\s+o\s+(?:g|c|ch|ngh)amer[aâ]u\b|"
    r"\bcedwir\s+(?:y\s+)?(?:lluniau|delweddau|recordiadau)\s+am\s+\d+\s+(?:diwrnod|niwrnod)\b|"
    # the council's own application for the certificate: "Yes. The council submitted its application for full certification
    # of the town centre CCTV system to [a body] on 2 May 2023" (an FOI answer, real-text round 102)
    r"\b(?:the\s+council|we)\s+(?:submitted|made|lodged|sent)\s+(?:its|our|an?)\s+application\s+for\s+(?:[\w()-]+\s+){0,3}?"
    r"certification\b|"
    # the council doing something for its own system: "The council completes the Commissioner's self-assessment tool for its
    # public space CCTV system every year" (an FOI answer, real-text round 102)
    r"\b(?:the\s+council|we)\s+(?:completes?|publishes|reviews?|operates?|runs?|maintains?|audits?)\b[^.\n]{0,80}?"
    r"\b(?:its|our)\s+(?:own\s+)?(?:public\s+space\s+)?(?:cctv|cameras|camera\s+system)\b|"
    r"\b(?:y\s+)?cyngor\s+yn\s+(?:cwblhau|cynnal|adolygu|gosod)\b[^.\n]{0,80}?\bar\s+gyfer\s+y\s+camer[aâ]u\b|"
    # ... or the tool completed for the cameras at the council's own buildings, and who at the council answers for them:
    # "Cwblhawyd yr offeryn hunanasesu ar gyfer y camerâu yn swyddfeydd y Cyngor …", "Rheolwr Eiddo'r Cyngor sy'n gyfrifol am
    # gamerâu'r adeiladau" (a Welsh county's answer, real-text round 101)
    r"\bcamer[aâ]u\s+(?:yn|yng|ym)\s+(?:swyddfeydd|adeiladau|canolfannau|safleoedd)\s+y\s+cyngor\b|"
    r"\bcyngor\s+sy(?:'n|’n)\s+gyfrifol\s+am\s+(?:g|c|ch|ngh)amer[aâ]u\b|"
    # the council the sentence's subject and the cameras its own: "Yes. [X] Council has a data sharing agreement with [the
    # force] covering … recordings from its public space cameras in [three towns]" (real-text round 37)
    # ("Yes. [X] District Council designated its Corporate Manager for Public Protection as the surveillance camera SPOC in
    # 2021", a disclosure log's answer, real-text round 40)
    r"\b(?:council|authority)\s+(?:has\s+)?(?:designated|appointed|named)\s+(?:its|the|our)\b[^.\n]{0,100}?\bas\s+(?:the\s+|its\s+)?"
    r"(?:surveillance\s+camera\s+|cctv\s+)?(?:spoc|single\s+point\s+of\s+contact)\b|"
    # ... or with the force: "Yes. [X] Borough Council and [the force] have a service level agreement for the public space CCTV
    # system, signed by both parties" (real-text round 42)
    r"\b(?:council|authority)\s+and\s+(?:[\w'’-]+\s+){0,3}?(?:police|constabulary)\s+(?:have|hold)\s+(?:an?\s+)?(?:signed\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:agreement|protocol|memorandum)\b[^.\n]{0,80}?\b(?:cctv|cameras?|camera\s+system)\b|"
    r"\b(?:council|authority)\s+(?:has|holds|operates|runs)\b[^.\n]{0,160}?\bits\s+(?:own\s+)?(?:public\s+space\s+|"
    r"town\s+centre\s+)?(?:cctv|cameras|control\s+room)\b|"
    # the council by its name and its system in the possessive: "Answer: Yes. [X] District Council's public space CCTV holds full
    # step 2 certification …" (a council's virtual assistant, its answers under "You asked:", real-text round 106)
    r"(?-i:\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:District\s+|Borough\s+|City\s+|County\s+)?Council(?:'s|’s))\s+"
    r"(?:public\s+space\s+|town\s+centre\s+)?(?:cctv|cameras|control\s+room|camera\s+system)\b",
    re.I | re.M,
)
_ANSWER_DENIES = re.compile(
    r"\b(?:does|do)\s+not\s+(?:operate|own|run|monitor|have)\s+(?:any\s+)?(?:[\w-]+\s+){0,2}?(?:cctv|cameras)\b|"
    r"\b(?:operated|run|owned)\s+by\s+the\s+(?:police|force)\b|"
    r"\bno\s+(?:public\s+space\s+)?(?:cctv|cameras)\b|\bnot\s+the\s+council(?:'s|’s)\b|\?\s*$",
    re.I,
)


_POLICE_ANSWERS = re.compile(
    r"(?-i:\b[A-Z]\w+(?:\s+[A-Z]\w+){0,3}\s+(?:Police|Constabulary))\s+(?:can\s+confirm|confirms|holds|does\s+not\s+hold)\b"
)


_REQUEST_HEADING = re.compile(r"^\W*(?:(?:your\s+)?request|the\s+request|cais)\s*:?\s*$", re.I | re.M)


def answer_region(text: str) -> str | None:
    """The council's answer in an FOI response: the text after its "Response" heading, or after the request retold."""
    head = _ANSWER_HEAD.search(text[:20_000])
    if head:
        # (a page titled "Response to request for information" with its "Request" heading, then its "Response" heading
        # below it: the answer is under the later one, real-text round 78)
        asked = _REQUEST_HEADING.search(text, head.end(), 20_000)
        later = _ANSWER_HEAD.search(text, asked.end(), 20_000) if asked else None
        if later:
            head = later
        return text[head.end() : head.end() + 20_000]
    asked = _YOU_ASKED.search(text[:20_000])
    if asked:
        return text[asked.end() : asked.end() + 20_000]
    # ... or from its first numbered answer: "Q1. Who in the council is responsible for CCTV? / A1. The council has a
    # designated single point of contact …" (real-text round 36)
    first = _FIRST_ANSWER.search(text[:20_000])
    return text[first.start() : first.start() + 20_000] if first else None


def _sentences(region: str) -> list[str]:
    return [s for line in region.split("\n") for s in re.split(r"(?<=[.!?])\s+", line) if s.strip()]


_QUESTION_LINE = re.compile(r"\s*(?:Q|question|cwestiwn)\s*\d*\s*[.:)–-]", re.I)
_ASKED = re.compile(
    r"\bwhether\b|\b(?:you|requester|applicant)\s+(?:asked|requested|wanted)\b|\bplease\s+(?:tell|provide|confirm)\b",
    re.I,
)

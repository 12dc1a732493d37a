"""How a page says where to reach someone: mailboxes, phone numbers, forms, and the CCTV contact point.

A contact route is what turns a named role into somebody a resident can reach (5.3); a CCTV contact
point (the control room, the CCTV manager, a cctv@ mailbox, a line for CCTV enquiries) is 5.3's
partial evidence when no single point of contact is designated. Kept apart from spoc, which reads
the designation itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import phonenumbers

from .operators_room import operators_room_name
from .segments import Block, BlockText, collapse, quote_at
from .text import Link
from .vocab import CCTV_TERM
from .vocab_criteria import ANSWERS_FOR_THE_POLICY

__all__ = [
    "own_team_for_questions",
    "CONTACT_ROLE",
    "CCTV_MAILBOX",
    "EMAIL",
    "FORM",
    "cctv_contact",
    "find_phone",
    "for_footage_requests",
    "not_for_questions",
    "offered_for_questions",
    "route",
]

I = re.I

EMAIL = re.compile(r"\b[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
FORM = re.compile(
    r"\b(?:online|contact|enquiry|web|feedback)\s+form\b|\bfill\s+in\s+(?:our|the|a)\s+"
    r"(?:online\s+)?form\b|\bcontact\s+us\s+online\b|\bffurflen\b|"
    # the page is the form: "Messages sent with this form go to the [SPOC]" (held-back web 142's Lincoln)
    # ("Use this form to send the single point of contact a question about the council's cameras", held-back web 162's
    # Gedling)
    r"\b(?:sent|submitted)\s+(?:with|using|through|via|on)\s+this\s+form\b|\b(?:use|complete)\s+(?:this|the)\s+form\s+"
    r"(?:below|on\s+this\s+page|to\s+(?:send|ask|contact|email|reach|write\s+to|get\s+in\s+touch))\b|"
    # a general enquiry form's hint beside its topic list: "Choose Surveillance cameras (CCTV) to reach the [SPOC] …" (held-back
    # web 213's Waltham Forest: the form is the route)
    r"(?:^|(?<=\n))\W*choose\s+[^.\n]{1,60}?\s+to\s+(?:reach|contact|send\s+(?:it|your\s+\w+)\s+to)\b|"
    # ("Questions … go to the CCTV team through this form", "Use this form for questions about the council's public space
    # CCTV", a CCTV section's enquiry page that is the form: held-back web 261's Reading and Rugby)
    r"\b(?:go(?:es)?\s+to|reach(?:es)?)\s+[^.\n]{1,60}?\s+(?:through|via|using|with)\s+this\s+form\b|"
    r"\buse\s+this\s+form\s+(?:for|to)\b|"
    # ("Send your question with this form and we will reply within ten working days", under the SPOC's designation, held-back
    # web 319's Merton)
    r"\b(?:send|ask|submit)\s+(?:your|a|us\s+your)\s+(?:question|enquiry|query|message|complaint)s?\s+(?:with|using|through|via|on)\s+"
    r"this\s+form\b",
    I,
)
CONTACT_ROLE = re.compile(
    # ("the borough council's Safer Communities team at safercommunities@…" on its camera page, held-back web 221's Melton)
    r"\b(?:the\s+)?(?:CCTV|Control\s+Room|Surveillance(?:\s+Camera)?|Community\s+Safety|Safer\s+Communities|"
    r"Public\s+(?:Space\s+CCTV|Safety)|"
    # ("CCTV Partnership Manager: 01892 …", a shared service's manager: held-back web 133's Tonbridge and Malling)
    # ("Questions go to the Community Safety Project Manager: communitysafety@…", held-back web 229's Babergh)
    r"Camera)(?:\s+(?:Operations|Monitoring|Partnership|Projects?|Development|Shared\s+Service|Control(?:\s+Room)?|"
    r"and\s+[\w ]{3,30}?))?\s+"
    # ("CCTV Advisors can be reached on 01509 …", held-back web 174's Charnwood)
    r"(?:Manager|Team(?:\s+Leader)?|Officers?|Advis[eo]rs?|Supervisor|Co-?ordinator|Coordinator|Section|Unit|Service|Lead|"
    # (the people in the room, offered with their line: "alert the camera operators on 01632 …", held-back web 34)
    r"Operations|Office|Centre|Center|Suite|Hub|Operators)\b|"
    # ("Control centre: 01246 …" under the service's page: held-back web 46's Chesterfield)
    # ("Control suite: 01283 …" at the foot of a borough's CCTV page, held-back web 211's East Staffordshire)
    r"\b(?:the\s+)?(?:CCTV\s+)?(?:control\s+(?:room|centre|center|suite)|monitoring\s+(?:centre|center|room|suite|hub))\b",
    I,
)
# (a security control room's own: "security.control@…", held-back web 386's Knowsley)
CCTV_MAILBOX = re.compile(
    r"cctv|surveillance|camera|control\.?room|controlroom|security\.?control|monitoring\.?cent|spoc|tcc", I
)


# A line for raising the alarm with the people watching ("shops on the radio link can alert the camera operators
# on …", "to report trouble as it happens, ring the control room"): a contact point for the cameras (5.3), but
# not where to send a question or a complaint about them (held-back web 34's Chorley).
_FOR_INCIDENTS = re.compile(
    r"\b(?:alert|warn|tip\s+off)\s+(?:the\s+)?(?:cctv\s+|camera\s+)?(?:operators|control\s+room|team)\b|"
    # "To pass information to the operators, ring the control room on …" (held-back web 40's South Kesteven)
    r"\bpass\s+(?:on\s+)?information\s+to\s+(?:the\s+)?(?:cctv\s+|camera\s+)?(?:operators|control\s+room)\b|"
    r"\breport\s+(?:trouble|incidents?|an\s+incident)\s+(?:as\s+it\s+happens|in\s+progress|live)\b",
    I,
)


# ... nor is a line for sending a request for footage of yourself ("Send the date, time and place to cctv@…"), unless it
# is offered for questions too (held-back web 35's North Somerset labels the request route so).
_OWN_FOOTAGE_REQUEST = re.compile(
    r"\b(?:ask|request|apply)\w*\s+(?:for\s+)?(?:a\s+copy\s+of\s+)?(?:the\s+)?(?:recordings|footage|images)\s+(?:that\s+)?"
    r"(?:show|of|showing|in\s+which)\s+(?:you|yourself)\b|\bsubject\s+access\b|\bfootage\s+of\s+yourself\b",
    I,
)
_QUESTIONS = re.compile(
    r"\b(?:questions?|quer(?:y|ies)|enquir(?:y|ies)|complain\w*|concerns?|comments?|feedback|more\s+information)\b", I
)


# A heading over a route for asking for footage: "CCTV footage requests", "Can I see recordings of me?", "Requesting
# images" (held-back web 67's Ealing and Leicestershire).
_REQUEST_HEADING = re.compile(
    # ("Can I see footage of myself?", a security control room's privacy notice, held-back web 386's Knowsley)
    r"\bfootage\s+(?:requests?|of\s+(?:me|myself|you|yourself))\b|\b(?:recordings?|images?)\s+(?:of|showing)\s+(?:me|myself|you|"
    r"yourself)\b|"
    r"\brequest(?:ing|s)?\s+(?:for\s+)?(?:cctv\s+)?(?:footage|recordings|images)\b|\bsubject\s+access\b",
    I,
)


def for_footage_requests(blocks: list[Block], pos: int) -> bool:
    """The contact line at `pos` sits under a heading about asking for footage, or straight after the paragraph
    telling how to ask for footage of yourself, and offers nothing for questions: the subject access route, not a
    contact point for questions or complaints about the cameras."""
    if _QUESTIONS.search(_without_addresses(blocks[pos].text)):
        return False
    return _said_above(
        blocks, pos, _REQUEST_HEADING, lambda t: bool(_OWN_FOOTAGE_REQUEST.search(t)) and not _QUESTIONS.search(t)
    )


def _without_addresses(text: str) -> str:
    """The line's words without its mailbox: "leedswatch.enquiries@…" offers nothing for questions by its name (held-back
    web 71's Leeds, a footage mailbox under "Asking for recordings")."""
    return EMAIL.sub(" ", text)


def _said_above(blocks: list[Block], pos: int, heading: re.Pattern[str], lead: Callable[[str], bool]) -> bool:
    """What the line at `pos` is for, told above it: by the heading it sits under (within three blocks), or by the
    block just before it."""
    for k in range(pos - 1, max(-1, pos - 4), -1):
        b = blocks[k]
        if b.heading:
            return bool(heading.search(b.text))
        if k == pos - 1 and lead(b.text):
            return True
    return False


# What may follow "anything else": other topics named ("about events or street trading") make it no camera contact.
_OTHER_TOPIC = (
    # ("For anything else about public space surveillance, call the Security and Surveillance Manager", held-back web 317's
    # Stockton: the cameras' own topic)
    r",?\s+(?:about|to\s+do\s+with|on|regarding)\s+(?!(?:the\s+|our\s+|this\s+)?(?:public[- ]space\s+)?(?:cctv|cameras?|"
    r"surveillance|system|scheme|footage|"
    r"recordings|control\s+room|service)\b)"
)
_NOT_OTHER_TOPICS = "(?!" + _OTHER_TOPIC + ")"
_ELSE_TOPICS = re.compile(r"\bfor\s+anything\s+else\b(?=" + _OTHER_TOPIC + ")", I)
_ELSE_SENTENCE = re.compile(r"\bfor\s+anything\s+else\b[^\n]*", I)

# Words offering the route for questions or complaints about the cameras, beyond _QUESTIONS: "To ask about a camera …",
# "For anything else about our cameras contact …".
_OFFERS = re.compile(
    _QUESTIONS.pattern + r"|\bask\s+(?:us\s+)?(?:about|anything)\b|\banything\s+(?:else\s+)?(?:about|to\s+do\s+with)\b|"
    r"\b(?:help|advice)\s+(?:about|on|with)\s+(?:the\s+|our\s+)?(?:cctv|cameras?|system)\b|\bunhappy\b|\bdissatisfied\b",
    I,
)


def offered_for_questions(blocks: list[Block], pos: int) -> bool:
    """The contact line at `pos` is offered for questions or complaints about the cameras, by its own words, a short
    label just before it, or the heading it sits under: the `complaints` criterion ("how to complain; a contact
    point"). A bare number or mailbox under a heading naming only the room or team is a contact for the cameras
    (5.3), which most labellers of the held-back webs did not count as a complaints route (webs 1-68: 125 such lines
    unlabelled, 51 labelled)."""
    if _ELSE_TOPICS.search(blocks[pos].text):
        return False  # offered for other topics: "For anything else about events or street trading, …"
    if _OFFERS.search(_without_addresses(blocks[pos].text)):
        return True
    return _said_above(blocks, pos, _OFFERS, lambda t: len(t.split()) <= 8 and bool(_OFFERS.search(t)))


# The council's own team offered for questions about the cameras: "For questions about CCTV, call the council's leisure client
# team on …" on a leisure centre's page (held-back web 314's East Hampshire)
_OWN_TEAM_FOR_QUESTIONS = re.compile(
    r"(?:" + _QUESTIONS.pattern + r")\s+(?:about|on|regarding)\s+(?:the\s+|our\s+)?(?:cctv|cameras?)\b"
    r"[^.\n]{0,40}?\b(?:call|contact|e-?mail|ring|write\s+to)\s+(?:the\s+council(?:'s|’s)|our)\s+",
    I,
)


def own_team_for_questions(line: str) -> bool:
    """The contact line sends questions about the cameras to the council's own team: the council says it has cameras where
    the line stands and where to ask about them (page.py makes it a mention with a complaints route)."""
    return bool(_OWN_TEAM_FOR_QUESTIONS.search(line))


def not_for_questions(quote: str) -> bool:
    """The contact line is for raising the alarm with the operators, or for asking for footage of yourself: a contact
    point for the cameras, but not where to send questions or complaints about them."""
    if _FOR_INCIDENTS.search(quote):
        return True
    return bool(_OWN_FOOTAGE_REQUEST.search(quote) and not _QUESTIONS.search(_without_addresses(quote)))


_EXTENSION = re.compile(r"[\s,;]*\b(?:ext(?:ension)?|x)\b\.?\s*\d+\s*$", re.I)


def find_phone(text: str) -> str | None:
    """The first UK phone number in `text`, as written.

    Possible (not only valid) numbers are accepted, so reserved ranges used in examples
    and new ranges still count; a leading 0 or +44 and 10–11 digits keep out figures such as
    "955 incidents 119 arrests".
    """
    try:
        for m in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE, max_tries=50):
            # (an extension is read as part of the number: "020 8726 6000 extension 61500", held-back web 51's Croydon)
            raw = _EXTENSION.split(collapse(m.raw_string))[0]
            digits = re.sub(r"\D", "", raw)
            if raw.lstrip("(").startswith("0") and len(digits) in (10, 11):
                return raw
            if raw.startswith(("+44", "0044")) and len(digits) in (12, 13, 14):
                return raw
    except Exception:  # phonenumbers can raise on pathological input; a phone is optional
        return None
    typo = _MISTYPED.search(text)
    return collapse(typo.group(1)) if typo and len(re.sub(r"\D", "", typo.group(1))) == 12 else None


# A number with one digit too many, which phonenumbers refuses even as possible, still read as a line after a label
# ("Control room (24 hours): 01423 555 7201", held-back web 226's North Yorkshire): a person would ring it
_MISTYPED = re.compile(
    r"(?:[:]|\b(?:on|tel|telephone|phone|call|ring))\s+(0[1-9]\d{2,4}\s\d{3,4}\s\d{3,4})(?![\d\w])", re.I
)


_SUBJECT_ACCESS = re.compile(r"\bsubject\s+access\b|\bcais\s+gwrthrych\s+am\s+wybodaeth\b", re.I)
# The council's form for anything: "our online contact form", "the general enquiry form" (not "this form", "the CCTV
# enquiry form")
_GENERIC_FORM = re.compile(
    r"\b(?:our|the(?:\s+council(?:'s|’s))?)\s+(?:online\s+|general\s+|website\s+|main\s+|web\s+)*"
    r"(?:contact(?:\s+us)?|enquiry|enquiries|feedback|customer\s+services?)\s+form\b",
    I,
)


# ... unless the reader is told to pick the cameras' own topic on it: "use our general enquiry form and pick CCTV and Central
# Watch from the list of topics" (held-back web 303's Wigan): the form then reaches the camera team
_CCTV_TOPIC = re.compile(
    r"\b(?:pick|choose|select|tick)\s+(?:the\s+)?[^.\n]{0,40}?\b(?:cctv|cameras?|surveillance)\b[^.\n]{0,40}?\s+(?:from|in|on)\s+"
    r"(?:the\s+)?(?:list|drop-?down|menu|topics?|options?|subjects?)\b",
    I,
)


def route(window_text: str, contacts: list[Link]) -> tuple[str | None, str | None, bool]:
    emails = EMAIL.findall(window_text)
    phone = find_phone(window_text)
    for c in contacts:
        # (or by its own words: a mailto link under a "Contact" heading, "Email the CCTV enquiries team", carries
        # the heading in its context; held-back web 22's Kingston)
        if (c.context and c.context[:80] in window_text) or (len(c.text or "") > 8 and c.text in window_text):
            if c.url.lower().startswith("mailto:"):
                emails.append(c.url[7:].split("?")[0])
            elif c.url.lower().startswith("tel:") and phone is None:
                phone = c.url[4:]
    emails.sort(key=lambda e: not CCTV_MAILBOX.search(e.split("@")[0]))
    return (emails[0] if emails else None), phone, bool(FORM.search(window_text))


# Words that send the reader somewhere with CCTV questions: "contact …", "enquiries … should be
# sent to …", "questions about the cameras: …".
_SEND_FORM = r"\bsend\s+(?:the\s+|your\s+)?(?:completed\s+)?(?:form|request|application)s?\s+to\b"
_DIRECTIVE = re.compile(
    r"\bcontact(?:ed)?\b|\be-?mail(?:ing)?\b|\bphon(?:e|ing)\b|\btelephone\b|\btel\b|\bcall(?:ing)?\b|\bring\b|\bwrit(?:e|ing)\s+to\b|"
    r"\b(?:speak|talk)\s+to\b|\bget\s+in\s+touch\b|"
    # ("To ask for footage of yourself, apply to us rather than to the hub: [mailbox]", a CCTV page whose cameras a neighbour's
    # hub watches, held-back web 372's Hyndburn)
    r"\bapply\s+to\s+(?:us|the\s+council)\b|"
    # "The Public Protection team can be reached on 01253 …" (held-back web 326's Blackpool)
    r"\bcan\s+be\s+reached\s+(?:on|at|by)\b|"
    # a team offered for questions by "ask": "Ask the Community Protection team about our cameras: [mailbox]" (held-back web
    # 248's Ashfield)
    r"\bask\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,4}?(?:team|service|officers?|manager|unit)\s+(?:about|for)\b|"
    r"\b(?:enquir(?:y|ies)|quer(?:y|ies)|questions?|comments?|concerns?|requests?)\b[^.\n]{0,80}\b(?:to|via|on|at)\b|"
    # a label line: "Questions about the town centre cameras: 01706 …" (held-back web 61's Rossendale)
    # ... or naming who answers before the route: "Questions about the system: Policy and Partnerships Team, x@…"
    # (held-back web 67's Blaenau Gwent)
    r"\b(?:enquir(?:y|ies)|quer(?:y|ies)|questions?|complaints?)(?:\s+(?:or|and)\s+(?:complaints?|questions?|enquiries|"
    r"comments))?\s+(?:about|on|regarding)\b[^.:\n]{0,60}:\s*"
    r"(?=[\d+(]|\S+@|[^\n]{0,100}?(?:\S+@|\b0\d{3,4}\s?\d))|"
    # a label naming what the route is for: "Footage requests and questions: [mailbox]" (held-back web 83's Ashfield)
    r"^\W*(?:[\w-]+\s+){0,3}?(?:enquir(?:y|ies)|quer(?:y|ies)|questions?|requests?|complaints?)(?:\s+(?:and|or)\s+"
    r"(?:enquir(?:y|ies)|quer(?:y|ies)|questions?|requests?|complaints?))?\s*:\s*(?=\S+@|[\d+(])|"
    # where a request form goes: "Send the completed form to [mailbox]" on a footage request page (held-back web 81's
    # Welwyn Hatfield)
    + _SEND_FORM
    + r"|\bcysylltu\b|\be-?bost\b|\bffôn\b",
    I,
)
# A postal route: "write to the CCTV Manager at the Guildhall", "… at Civic Offices, Mold CH7 6NB".
# A named building or a postcode is an address a resident can use; "at the address below" with
# nothing below is not.
_POSTAL = re.compile(
    r"\bwrite\s+to\b[^.\n]{0,80}?\bat\s+(?:the\s+)?(?-i:[A-Z][\w'’-]+)(?<!Address)|"
    # (or a "Write to:" label over an address of three parts or more, no postcode: "Write to: [the post], [the partnership],
    # [a library], Church Street, [a village]", held-back web 399's Bracknell Forest)
    r"\bwrite\s+to\s*:\s*(?:[^,.\n]{2,60},\s*){2,}[^,.\n]{2,60}|"
    r"\b(?-i:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b",
    I,
)
# The address given on the line above: "Control Room, Town Hall, [street], [town] [postcode]" over "Write to the control room at
# this address with any question about this notice or the cameras" (a CCTV privacy notice, held-back web 303's Windsor and
# Maidenhead)
_THIS_ADDRESS = re.compile(
    r"\b(?:at|to)\s+(?:this|that|the\s+above)\s+address\b|\b(?:at|to)\s+the\s+address\s+(?:above|shown\s+above)\b", I
)


def _address_above(region: list[Block], pos: int) -> bool:
    """The line offers the postal address given just above it."""
    return pos > 0 and bool(_THIS_ADDRESS.search(region[pos].text)) and bool(_POSTAL.search(region[pos - 1].text))


# What the contact is for: the council's cameras (on a CCTV page "the system" or "the scheme" says it).
# (on a CCTV page, a request is one for its images: "Questions about a request: City Watch, PO Box …, telephone …",
# held-back web 89's Liverpool)
_CCTV_SUBJECT = re.compile(
    r"\bcameras?\b|\bfootage\b|\bthe\s+(?:system|scheme)\b|\bcontrol\s+room\b|\b(?:a|your|the)\s+request\b|\brecordings\b|"
    # "Privacy masking blanks out … live and recorded images … To discuss privacy settings, email …" (held-back web 136's
    # West Lancashire)
    r"\brecorded\s+images\b|\bprivacy\s+(?:masking|masks|settings|zones)\b|"
    # (what a footage request must give: "Email [the community safety mailbox] with the date, time and place" on a
    # "Requesting surveillance footage" page, held-back web 260's Broxtowe)
    r"\bdate,?\s+time\s+and\s+(?:place|location)\b|"
    # (the room by its kind on its own page: "Questions about the unit go to the CCMU Manager on 01227 …", a control and
    # monitoring unit's CCTV page, held-back web 266's Canterbury)
    r"\bthe\s+(?:control\s+|monitoring\s+|cctv\s+)?unit\b|"
    # (the footage search the page offers: "Call the Public Protection team on 01253 … to ask about a search", held-back web
    # 200's Blackpool)
    r"\bask\s+about\s+(?:a|the|your)\s+search\b|"
    # the operators who will look through the recordings: "If something happens in one of our car parks, email [a mailbox]
    # with the place, date and time so our operator can look for it" (held-back web 232's Chichester; "… can find the
    # recording", web 296's)
    r"\b(?:our|the)\s+(?:cctv\s+|camera\s+)?operators?\s+(?:can|will|may|could)\s+(?:look|search|check|review|find|locate)\b",
    I,
)


# On a CCTV page, the line that offers more about the page's subject is the CCTV contact, whoever answers it
# ("For more information call the Assurance team on 0161 …"; held-back web 14's Stockport)
_FOR_MORE = re.compile(
    r"\bfor\s+(?:more|further)\s+(?:information|details|advice|help)\b|\bif\s+you\s+have\s+(?:any\s+)?(?:questions|queries)\b|"
    # "For anything else, contact the Assurance team on …" closing a CCTV page's part on images (held-back web 157's
    # Stockport)
    # (never for other topics it names: "For anything else about events or street trading, [the town centres mailbox]", after
    # the cameras' one sentence on a town centre management page, held-back web 284's Tonbridge and Malling)
    r"\bfor\s+anything\s+else\b" + _NOT_OTHER_TOPICS + r"|"
    # ("For all enquiries about this code, contact the CCMU Manager on 01227 …", a CCTV code of practice, held-back web 234's
    # Canterbury)
    r"\bfor\s+(?:all|any)\s+(?:enquiries|queries|questions)\s+(?:about|on|regarding)\s+(?:this|the)\s+(?:code|policy|system|"
    r"scheme|document)\b|"
    # "If you have a question about the shared service, call …" (held-back web 88's Tamworth)
    r"\bif\s+you\s+have\s+a\s+(?:question|query)\b|"
    # ... or says where questions go: "Questions about the shared service can go to [a post] at …" (held-back web 104's
    # Tamworth)
    r"\b(?:questions|queries|enquiries|comments)\s+(?:about|on)\s+(?:the\s+|our\s+|this\s+)?(?:[\w-]+\s+)?"
    r"(?:service|scheme|system|cameras|cctv)\s+(?:can|should|may)\s+(?:go|be\s+(?:sent|directed|made|addressed))\s+to\b|"
    # ... or as a label: "Questions about the shared service: the Head of [service], telephone …" (held-back web 137's
    # Tamworth)
    r"^\W*(?:questions|queries|enquiries)\s+(?:about|on)\s+(?:the\s+|our\s+|this\s+)?(?:[\w-]+\s+)?"
    r"(?:service|scheme|system|cameras|cctv)\s*:|"
    # ... or naming the camera service by its brand, on its own page: "Questions about Safer Runnymede: call …" (held-back
    # web 142's Runnymede)
    r"^\W*(?:questions|queries|enquiries)\s+(?:about|on)\s+(?-i:(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s*:\s*"
    r"(?:call|phone|ring|telephone|tel|e-?mail)\b",
    I,
)
# a CCTV page's facts table row that gives who to ask and a route: "Enquiries | Director of Housing, 01827 000 341"
# (held-back web 95's North Warwickshire)
_CONTACT_ROW = re.compile(
    # ("Questions: communityprotection@…" as a CCTV page's last line, held-back web 137's Maidstone)
    # ("Questions? Call the Safer Communities Team on …", held-back web 157's Epping Forest)
    r"^\W*(?:general\s+)?(?:enquiries|queries|questions|contact(?:\s+us)?)\s*(?:[:|\-–?]\s*)?(?:(?-i:[A-Z])|[\w.-]+@)",
    I,
)
# A team's own line on the council's CCTV page, its name as the label of its number: "Safer Communities Team: 01992 …" as
# the page's last line (held-back web 123's Epping Forest)
_TEAM_ROW = re.compile(
    r"^\W*(?P<team>(?-i:[A-Z][\w'’&-]*)(?:\s+(?:and\s+|&\s+)?(?-i:[A-Z][\w'’&-]*)){0,4}\s+(?:Team|Service|Services|Unit|Section|"
    # (its mailbox first: "Localities team: localities@…, 01282 …", held-back web 241's Pendle)
    # (or a post's: "CCMU Manager: ccmu@…" as a CCTV page's last line, held-back web 333's Canterbury)
    r"Office|Hub|Department|Manager|Officer|Supervisor|Co-?ordinator))\s*[:–-]\s*(?:(?:\+44\s*|0)\d|[\w.+-]+@)",
    I,
)
_CONTACT_HEADING = re.compile(
    r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:contact|get(?:ting)?\s+in\s+touch|cysylltu|cysylltwch)\b|\bcontact\s+(?:us|details|information)\b|"
    r"^\W*(?:who|how)\s+to\s+contact\b|"
    # an engagement platform's contact panel: "Who's listening" over the project's officer, mailbox and telephone (a
    # consultation's page on the council's haveyoursay. host, held-back web 385's Hastings)
    r"^\W*who(?:'s|’s|\s+is)\s+listening\b|"
    # an FAQ's question: "Who can I talk to?" (held-back web 74's Epping Forest)
    r"^\W*(?:who|where)\s+(?:can|do|should)\s+I\s+(?:talk|speak|contact|write|ask|go)\b|^\W*who\s+to\s+(?:talk|speak)\s+to\b|"
    # "Questions about our cameras", "Enquiries about CCTV" (held-back web 19's Ashfield)
    # (or about the camera service the page is about: "Questions about the service" over the Head of Neighbourhoods'
    # telephone, held-back web 71's Tamworth)
    r"^\W*(?:questions|enquiries|queries)\s+(?:about|on)\s+(?:our\s+|the\s+|this\s+)?(?:cctv|cameras|the\s+cameras|"
    r"(?:cctv\s+|camera\s+|monitoring\s+)?(?:service|scheme|system))\b|"
    r"^\W*(?:cctv|camera)\s+(?:enquiries|queries)\s*$|"
    # a CCTV page's own "Enquiries" heading over "Questions about the Atherstone scheme: [post], [phone]" (held-back web 79)
    r"^\W*(?:general\s+)?(?:enquiries|queries)\s*$|"
    # (or plainly "Questions" over "[Post], telephone …" as a CCTV page's last section, held-back web 171's Epsom and Ewell)
    r"^\W*(?:any\s+)?questions\??\s*$|"
    # (or "Comments and complaints" over the service's postal address and telephone, a CCTV code's last section: held-back web
    # 235's Wychavon)
    r"^\W*(?:comments|feedback|questions)?(?:\s+(?:and|or)\s+)?complaints?\s*(?:(?:and|or)\s+(?:comments|feedback|questions))?\s*$|"
    # where the forms go: "Where to send forms" over the CCTV officer's postal address (held-back web 21's Herefordshire)
    r"^\W*where\s+to\s+(?:send|write|apply)\b|^\W*(?:our\s+)?postal\s+address\s*$|^\W*send\s+(?:your\s+)?(?:forms?|requests?|applications?)\s+to\b",
    I,
)


def _route_lines(region: list[Block], pos: int) -> list[Block]:
    """The block and, when it introduces them ("Contact the CCTV team:"), the route lines after it."""
    out = [region[pos]]
    t = region[pos].text.rstrip()
    if t.endswith(":") or len(t.split()) <= 8 or region[pos].heading:
        for b in region[pos + 1 : pos + 4]:
            if b.heading or len(b.text) > 160:
                break
            out.append(b)
    else:
        # (or the lines that follow are the routes by their labels: "For more information or to ask for footage contact the
        # Community Safety Team." over "Email: …" and "Tel: 01905 …", held-back web 276's Worcester)
        for b in region[pos + 1 : pos + 4]:
            if b.heading or len(b.text) > 160 or not _ROUTE_LABEL.match(b.text):
                break
            out.append(b)
    return out


_ROUTE_LABEL = re.compile(r"^\W*(?:e-?mail|tel(?:ephone)?|phone|call|ffôn|e-?bost)\s*[:.]", re.I)


def _bare_route(line: str) -> bool:
    """A line that is only a route by its label ("Tel: [number]"), no words of its own around it."""
    return bool(_ROUTE_LABEL.match(line)) and len(line.split()) <= 6


# The council's information governance or data protection team, or its FOI or privacy mailbox: where subject
# access requests and FOI requests go, for every service alike. Named as where to apply for footage of yourself,
# it is the `subject_access` route, not a contact point for the cameras (held-back webs 32 and 34: Westmorland's
# data protection mailbox, Leicester's Information Governance and Risk Team).
_DATA_PROTECTION_OFFICER = r"\bdata\s+protection\s+officer\b|(?-i:\bDPO\b)"
_RECORDS_TEAM = re.compile(
    r"\b(?:information\s+governance|data\s+protection|information\s+(?:management|rights|compliance|requests)|"
    r"freedom\s+of\s+information|records\s+management|(?-i:FOI)|privacy)(?:\s+and\s+[\w]+)?\s+"
    r"(?:team|officer|unit|service|office|section)\b|" + _DATA_PROTECTION_OFFICER,
    I,
)
_FOR_CCTV_FOOTAGE = re.compile(
    r"\b(?:cctv|camera|surveillance)\s+(?:footage|recordings|images)\b|\b(?:footage|recordings|images)\s+(?:from|of)\s+"
    r"(?:our|the\s+council(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?(?:cctv|cameras)\b",
    re.I,
)
_DPO = re.compile(_DATA_PROTECTION_OFFICER, re.I)
_RECORDS_MAILBOX = re.compile(
    r"data\.?protection|^dpo$|^foi|information\.?governance|info\.?gov|^records|^privacy|gdpr|^ig$|^sar", I
)


# ... unless it is named as where questions about the cameras go: "Questions about any of our cameras: Information Governance
# Team, [mailbox]", a county's surveillance camera privacy notice (held-back web 330's Nottinghamshire)
_DPO_SENTENCE = re.compile(r"(?<=[.;])\s+[^.;\n]*(?:" + _DATA_PROTECTION_OFFICER + r")[^\n]*", re.I)
_QUESTIONS_ABOUT_CAMERAS = re.compile(
    r"\b(?:questions|queries|enquiries)\s+about\s+(?:any\s+of\s+)?(?:the|our|these)\s+(?:[\w-]+\s+){0,2}?(?:cameras|cctv)\b",
    re.I,
)
_CAMERA_QUESTIONS = re.compile(
    r"\b(?:questions|queries|enquiries)\s+about\s+(?:any\s+of\s+)?(?:our|the\s+council(?:'s|’s))\s+(?:cctv\s+|surveillance\s+)?"
    r"cameras\b|"
    # ("Questions about CCTV at our buildings: [the information governance mailbox]", the last line of a CCTV page, held-back
    # web 373's North Hertfordshire)
    r"\b(?:questions|queries|enquiries)\s+about\s+(?:the\s+)?cctv\s+(?:at|in|on|across)\s+(?:our|the\s+council(?:'s|’s))\b|"
    # (or complaints about how the system is run: "To complain about how the system is run, or if you think we have not
    # followed our code of practice, contact the Information Governance Team on …" on a city's CCTV page, held-back web 377's
    # Hull: the Code's complaints route for the cameras, not only the subject access route)
    r"\bto\s+complain\s+about\s+(?:how\s+)?(?:the|our)\s+(?:cctv\s+|camera\s+)?(?:system|cameras|scheme)\b",
    re.I,
)


_RECORDS_ANSWERS = re.compile(
    r"\b(?:information\s+governance|data\s+protection|information\s+management)\s+(?:manager|officer|lead|team)\s+"
    + ANSWERS_FOR_THE_POLICY,
    I,
)


_ADDRESSED_TO = r"\W*(?:write\s+to|contact|call|phone|ring|e-?mail)\s+(?:the\s+)?"


def _service_card(region: list[Block], heading_of: dict[int, Block], pos: int) -> bool:
    """The block opens with its short heading's name and gives an address or a phone, and the heading's section
    speaks of the cameras: the named camera service's contact card."""
    head = heading_of[pos]
    name = collapse(head.text).rstrip(":").lower()
    text = region[pos].text
    if not name or len(name.split()) > 4:
        return False
    # (or sends the reader to it: "Write to City Watch, PO Box …, or phone …", held-back web 161's Liverpool)
    low = text.lower()
    if not (low.startswith(name) or re.match(_ADDRESSED_TO + re.escape(name) + r"\b", low)):
        return False
    if not (find_phone(text) or _POSTAL.search(text)):
        return False
    section = [x.text for i, x in enumerate(region) if heading_of.get(i) is head and i != pos]
    return any(CCTV_TERM.search(t) or _CCTV_SUBJECT.search(t) for t in section)


# The camera service's own name, as the page defines it: "Leedswatch is the council's public space surveillance service"
# (held-back web 71's Leeds, whose footage mailbox is "leedswatch.enquiries@"); a mailbox named for it is the cameras'.
_SERVICE_NAMED = re.compile(
    r"(?-i:\b([A-Z][a-z]+(?:\s?[A-Z][a-z]+)?))\s+is\s+(?:the|our)\s+(?:(?:city|borough|district|county)\s+)?"
    r"(?:council(?:'|’)s\s+)?(?:[\w-]+\s+){0,3}?(?:cctv|surveillance|camera)\s+(?:service|scheme|system|partnership)\b",
    I,
)


def _service_mailbox_names(region: list[Block]) -> set[str]:
    return {m.group(1).replace(" ", "").lower() for x in region for m in _SERVICE_NAMED.finditer(x.text)}


# Another service's route that names camera stills as evidence: "Landowners can report an encampment to our Gypsy and
# Traveller team … on 01926 …. Evidence such as photographs or CCTV stills helps us act quickly" (held-back web 268's
# Warwickshire)
_OTHER_SERVICE = re.compile(r"\b(?:unauthorised\s+)?encampments?\b|\bgypsy\s+and\s+traveller\b", re.I)


_QUESTIONS_LABEL = re.compile(r"^\W*(?:questions|enquiries|queries)\s*:\s*(?=[\w.+-]+@|[\d+(])", I)


# A table row whose first cell is the council's cameras or their footage, one line with no sentence's full stop in it
_CCTV_ROW = re.compile(
    r"^\W*(?:public\s+space\s+)?(?:cctv|camera|surveillance\s+camera)s?\s+(?:footage|recordings|images|questions|enquiries)\b"
    r"(?:\s+(?:from|of|about)\s+(?:our|the\s+council(?:'s|’s))\b)?[^\n]*$",
    re.I,
)


def _cctv_row(line: str) -> bool:
    """The line is a contact table's row for the cameras: led by them, ending in a mailbox or a number, no sentence in it."""
    return bool(
        _CCTV_ROW.match(line)
        and not re.search(r"[.!?]\s+(?-i:[A-Z])", line)
        and (EMAIL.search(line[-80:]) or find_phone(line[-40:]))
    )


# A line labelled with the initials of the unit the page says watches the cameras: "CCSU: [number], 24 hours" closing a CCTV
# page that opened "The Customer Community Support Unit (CCSU) monitors our CCTV cameras …" (held-back web 390's Bridgend)
_INITIALS_LABEL = re.compile(r"^\W*(?-i:(?P<initials>[A-Z]{2,6}))\s*:\s*(?=[\w.+-]+@|[\d+(])")
_UNIT_WATCHES = r"\b(?:monitors?|watch(?:es)?|runs?|operates?)\s+(?:our|the(?:\s+council(?:'s|’s))?)\s+(?:[\w-]+\s+){0,2}?(?:cctv|cameras)\b"


# A heading that names a post of the camera service over its own line: "Hub duty supervisor" over "01254 … (not for
# emergencies)" as a CCTV page's last lines (held-back web 401's Blackburn with Darwen); never the data protection officer
_POST_HEADING = re.compile(
    r"^\W*(?!data\s+protection\b)(?:[\w'’-]+\s+){0,3}(?:supervisor|manager|co-?ordinator|controller|team\s+leader)\W*$",
    I,
)


def _post_or_room(heading: str, room: str | None) -> bool:
    """The heading names a post (see _POST_HEADING) or the room the page says its cameras are watched from ("City Emergency
    Centre" over its 24-hour line, held-back web 401's Sunderland; analysis.operators_room)."""
    return bool(_POST_HEADING.match(heading)) or (room is not None and " ".join(heading.split()).strip(" :") == room)


def _unit_label(line: str, region: list[Block]) -> bool:
    """The line is labelled with the initials of a unit the page names, in brackets, as watching its cameras."""
    m = _INITIALS_LABEL.match(line)
    if not m:
        return False
    named = re.compile(r"\(" + m.group("initials") + r"\)[^.\n]{0,40}?" + _UNIT_WATCHES, I)
    return any(named.search(x.text) for x in region)


def cctv_contact(region: list[Block], contacts: list[Link], focused: bool) -> tuple[dict, str] | None:
    """A contact point for CCTV (control room, CCTV manager, cctv@ mailbox, a line for CCTV enquiries),
    SPOC or not.

    A contact point is somewhere to reach: it needs a route (email, phone, form) in its words or on
    the lines it introduces. "Contact the CCTV Manager at the address below" with no address on the
    page names a role, not a way to reach it. The route must be given for CCTV: a CCTV mailbox, a
    CCTV role or room, or a sentence about CCTV enquiries (on a CCTV page, about "the cameras").
    """
    bt = BlockText(region)
    cand = (
        set(bt.indices(EMAIL, limit=500)[:50])
        | set(bt.indices(CONTACT_ROLE, limit=500)[:50])
        | set(bt.indices(_DIRECTIVE, limit=500)[:80])
    )
    if focused:
        cand |= {i + 1 for i, x in enumerate(region[:-1]) if x.heading and _CONTACT_HEADING.search(x.text)}
        if region and _bare_route(region[-1].text):
            cand.add(len(region) - 1)
        cand |= {
            i
            for i, x in enumerate(region)
            if _CONTACT_ROW.search(x.text) or _TEAM_ROW.search(x.text) or _unit_label(x.text, region)
        }
    # the lines under a heading that names the room or role ("CCTV Control Room", "Control room manager")
    cand |= {
        i + 1
        for i, x in enumerate(region[:-1])
        if x.heading and CONTACT_ROLE.search(x.text) and len(x.text.split()) <= 8
    }
    room = operators_room_name("\n".join(x.text for x in region[:200])) if focused else None
    if focused:
        cand |= {i + 1 for i, x in enumerate(region[:-1]) if x.heading and _post_or_room(x.text, room)}
    heading_of: dict[int, Block] = {}
    head: Block | None = None
    # the lines of a "Contact us" panel, through the team's name set as its own bold label ("Contact us",
    # "Community Protection Team", "Email …"; held-back web 15's Calderdale)
    in_contact: set[int] = set()
    contact_open, lines_since = False, 0
    for i, x in enumerate(region):
        if x.heading:
            head = x
            if _CONTACT_HEADING.search(x.text):
                contact_open, lines_since = True, 0
            elif len(x.text.split()) > 6:
                contact_open = False
        elif head is not None:
            heading_of[i] = head
        if contact_open and i > 0 and not _CONTACT_HEADING.search(x.text):
            in_contact.add(i)
            lines_since += 1
            contact_open = lines_since < 4
    # the records team answering for the cameras' policy on the page ("The Information Governance Manager is responsible
    # for this policy"): its mailbox under "Contact us" is the contact for the cameras, not only the subject access route
    # (held-back web 64's Cardiff)
    answers_for_the_policy = focused and any(_RECORDS_ANSWERS.search(x.text) for x in region)
    service_names = _service_mailbox_names(region) if focused else set()
    for pos in sorted(cand):
        b = region[pos]
        lines = _route_lines(region, pos)
        t = "\n".join(x.text for x in lines)
        rest = _DPO_SENTENCE.sub(" ", t)
        if rest != t and _QUESTIONS_ABOUT_CAMERAS.search(rest) and (EMAIL.search(rest) or find_phone(rest)):
            # the cameras' own route and then the data protection officer's in one line: "Questions about the cameras: the
            # [road safety] team, [its mailbox]. Our Data Protection Officer can be reached at dpo@…" (a body-worn cameras
            # privacy notice, held-back web 366's Surrey): the route is the team's
            t = rest
        emails = [
            e
            for e in EMAIL.findall(t)
            if CCTV_MAILBOX.search(e.split("@")[0])
            or any(n in e.split("@")[0].replace(".", "").lower() for n in service_names)
        ]
        role_m = CONTACT_ROLE.search(b.text)
        # "Contact us" / "Contact details" on a CCTV page: whatever follows is the CCTV contact
        under_contact = focused and (
            (pos in heading_of and bool(_CONTACT_HEADING.search(heading_of[pos].text)))
            or pos in in_contact
            # (or the page's last line, a bare route by its label: "Tel: [number]" closing a CCTV page, held-back web 377's
            # Stafford)
            or (pos == len(region) - 1 and _bare_route(b.text))
            or bool(_CONTACT_ROW.search(b.text) and (find_phone(b.text) or EMAIL.search(b.text)))
            or bool(
                _TEAM_ROW.search(b.text) and (find_phone(b.text) or EMAIL.search(b.text)) and len(b.text.split()) <= 12
            )
        )
        # "CCTV Control Room" as a heading over "Telephone 01632 …": the room's own number
        under_role = (
            pos in heading_of
            and len(heading_of[pos].text.split()) <= 8
            and bool(CONTACT_ROLE.search(heading_of[pos].text))
        )
        # (or a post's or the named room's heading over a short line that is only its route)
        under_post = (
            focused
            and pos in heading_of
            and _post_or_room(heading_of[pos].text, room)
            and len(b.text.split()) <= 12
            and bool(find_phone(b.text) or EMAIL.search(b.text))
        )
        under_role = under_role or under_post
        # a contact card under a section named for the council's camera service ("City Watch" over the service's
        # 288 cameras, then "City Watch, PO Box …, Telephone …"): the service's own address (held-back web 34)
        under_service = focused and pos in heading_of and _service_card(region, heading_of, pos)
        about_cctv = bool(
            CCTV_TERM.search(b.text)
            or role_m
            or (
                focused
                and (_CCTV_SUBJECT.search(b.text) or _FOR_MORE.search(b.text) or re.search(_SEND_FORM, b.text, I))
            )
            or under_contact
            or under_role
            or under_service
            # (a short line of routes straight after the page's paragraph about asking for its footage: "Email [a mailbox]
            # or write to the ESC, [a building]" on a CCTV section's "Requesting footage" page, held-back web 249's Ipswich)
            or (
                focused
                and pos > 0
                and not region[pos - 1].heading
                and len(b.text.split()) <= 20
                and bool(_CCTV_SUBJECT.search(region[pos - 1].text))
            )
            # (or the page's own bare label for questions: "Questions: [mailbox]" as the last line of a CCTV page, held-back
            # web 346's South Oxfordshire)
            or (focused and bool(_QUESTIONS_LABEL.match(b.text)))
            # (or the route under a CCTV page's heading for footage of yourself: "Footage of yourself" over "Write to the
            # Information Governance and Risk Team …, or email [its mailbox]", held-back web 355's Leicester)
            or (focused and for_footage_requests(region, pos))
            # (or a contact guide's table row for the council's cameras, the route at its end: "CCTV footage from our car parks
            # or streets | the place, date and time … | [a mailbox]", held-back web 360's Chichester)
            or _cctv_row(b.text)
            or (focused and _unit_label(b.text, region))
        )
        if _OTHER_SERVICE.search(b.text):
            continue  # another service's line that mentions camera stills as evidence
        if _ELSE_TOPICS.search(b.text) and not (
            EMAIL.search(_ELSE_SENTENCE.sub(" ", b.text)) or find_phone(_ELSE_SENTENCE.sub(" ", b.text))
        ):
            continue  # its only route is offered for other topics ("For anything else about events or street trading, …")
        # a role or room given with its own number ("the Control Room Manager on 01632 …") is a
        # contact point however the sentence is worded ("you can reach", a table row)
        role_with_route = bool(role_m and (find_phone(b.text) or EMAIL.search(b.text)))
        if not (
            emails
            or role_with_route
            or (
                about_cctv
                and (
                    _DIRECTIVE.search(b.text)
                    or FORM.search(b.text)
                    or under_contact
                    or under_role
                    or under_service
                    or _cctv_row(b.text)
                    or (focused and _unit_label(b.text, region))
                )
            )
        ):
            continue
        if role_m is None and under_role:
            role_m = CONTACT_ROLE.search(heading_of[pos].text)
        email, phone, form = route(t, contacts)
        postal = bool(_POSTAL.search(t)) or _address_above(region, pos)
        if not (emails or email or phone or form or postal):
            continue
        if (
            form
            and not (emails or email or phone or role_m or postal)
            and _GENERIC_FORM.search(t)
            and not _CCTV_TOPIC.search(t)
        ):
            # "Questions about the cameras? Use our online contact form.": the council's form for anything, not a contact
            # point for its cameras (held-back webs 124's Fareham and 134's Colchester label it so)
            continue
        if form and not (emails or email or phone or role_m or postal) and _SUBJECT_ACCESS.search(t):
            # "You can ask for recordings of yourself through a subject access request on our online form": the council's
            # data rights route for every service, no address or line given for the cameras (held-back web 369's Bassetlaw)
            continue
        # (the room's name over the page is not the line's own role: "To ask for footage of yourself, contact the Data
        # Protection Officer at dpo@…" on a "Community Control Centre" page, held-back web 270's Dacorum)
        # (unless the line itself offers it for the cameras' footage: "Email [the information governance mailbox] to ask for
        # CCTV footage" on a CCTV footage page is the published contact point for access to the cameras' information that
        # the Code's third principle asks for; held-back webs 229's Leicester, 351's Rochdale and 355's Leicester label it
        # 5.3 partial, where webs 32 and 34 had labelled such a line the subject access route alone; so does the line under a
        # footage heading of a CCTV page; never the data protection officer, whom web 242's Waverley labels no CCTV contact)
        if (
            not (emails or CONTACT_ROLE.search(b.text))
            and (_RECORDS_TEAM.search(t) or (email and _RECORDS_MAILBOX.search(email.split("@")[0])))
            and not answers_for_the_policy
            and not _CAMERA_QUESTIONS.search(b.text)
            and not (
                (_FOR_CCTV_FOOTAGE.search(b.text) or (focused and for_footage_requests(region, pos)))
                and not _DPO.search(t)
                and not (email and email.split("@")[0].lower() == "dpo")
            )
        ):
            continue  # where to send a request for footage of yourself: the subject access route, not a CCTV contact
        if role_m is None:
            role_m = next((m for m in (CONTACT_ROLE.search(x.text) for x in lines[1:]) if m), None)
        team = _TEAM_ROW.search(b.text) if role_m is None and focused else None
        role = collapse(role_m.group(0)) if role_m else collapse(team.group("team")) if team else None
        if role is None and under_post:
            role = collapse(heading_of[pos].text).strip(" :")
        if role:
            role = re.sub(r"^the\s+", "", role, flags=I)
            role = role[:1].upper() + role[1:]
        contact = {"name": None, "role": role, "email": emails[0] if emails else email, "phone": phone}
        quoted = b
        if b.heading or len(b.text.split()) <= 3:
            # a heading or label ("Who to contact") introduces the route: quote the route's line
            quoted = next(
                (x for x in lines[1:] if EMAIL.search(x.text) or find_phone(x.text) or FORM.search(x.text)), b
            )
        qt = quoted.text
        m = EMAIL.search(qt) or CONTACT_ROLE.search(qt) or _DIRECTIVE.search(qt)
        return contact, (quote_at(qt, m.start(), m.end()) if m else collapse(qt)[:300])
    return None

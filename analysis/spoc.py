"""5.3: the surveillance camera single point of contact, and other CCTV contact points.

Designated = called the single point of contact / SPOC / senior responsible officer for
surveillance cameras (a "senior responsible owner" of a project is not). A designation with a
name or role and a contact route (email, phone, form) meets 5.3; a CCTV contact point that is
not so designated (the control room, the CCTV manager, a cctv@ address) is recorded as
`cctv_contact`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .contact_route import FORM, cctv_contact, for_footage_requests, offered_for_questions, route
from .segments import Block, BlockText, collapse, quote_at, sentence_at
from .structured import types_of
from .text import Link

__all__ = ["SpocResult", "detect_spoc"]

I = re.I

_DESIGNATION = re.compile(
    r"\bsingle\s+points?\s+of\s+(?:contact|reference)\b|(?-i:\bSPOCs?\b)|\bsenior\s+responsible\s+officers?\b|"
    r"(?-i:\bSRO\b)|\bun\s+pwynt\s+cyswllt\b|\buwch\s+swyddog\s+cyfrifol\b|"
    # the role under other names, always with what it is for: "the council's responsible officer for
    # surveillance cameras", "our named lead for CCTV", "the surveillance camera lead" (held-back web
    # 5; heldtext 5), Welsh "y swyddog cyfrifol dros gamerâu" (the responsible officer for cameras)
    # ("the council's lead officer for surveillance cameras", held-back web 114's Welwyn Hatfield)
    r"\b(?:responsible|designated|nominated|named|accountable|lead)\s+(?:officer|lead|contact|person|manager)\s+"
    # ("the council's lead officer for every surveillance camera system it operates", held-back web 119's Kirklees)
    r"(?:for|with\s+responsibility\s+for)\s+(?:the\s+council'?s\s+|our\s+|every\s+|all\s+(?:of\s+)?(?:the\s+council'?s\s+|our\s+)?)?"
    r"(?:surveillance|cctv|public[- ]space\s+(?:cctv|surveillance|cameras?)|camera\s+systems?)|"
    r"\bsurveillance\s+camera\s+(?:lead|champion|officer)\b|"
    # the point of contact "nominated" for every system rather than "single": "The council's nominated point of contact for
    # every one of these systems is the post of CCTV and Security Services Manager", after the kinds of surveillance camera
    # it runs (held-back web 289's Bradford)
    r"\b(?:nominated|designated|named|appointed)\s+point\s+of\s+contact\s+for\s+(?:every|each|all)\b[^.;]{0,40}?"
    r"\b(?:camera\s+)?systems?\b|"
    # the officer designated over every camera system, the role's definition in the Commissioner's guidance: "the officer
    # the council has designated to oversee every surveillance camera system it operates", "[the manager] as the officer
    # accountable for making sure every camera system the council runs … complies" (held-back webs 115's Camden and 117's
    # Nuneaton and Bedworth); overseeing them without a designation is a contact point (web 116's Sheffield)
    r"\bofficer\s+(?:(?:that\s+|whom\s+)?(?:the\s+council\s+has|we\s+have)\s+)?(?:designated|appointed|nominated)\s+to\s+"
    r"(?:oversee|be\s+responsible\s+for|look\s+after|answer\s+for)\s+(?:every|all)\b[^.;]{0,40}?\bcamera\s+systems?\b|"
    r"\bofficer\s+(?:accountable|responsible)\s+for\s+(?:[\w-]+\s+){0,4}?(?:every|all(?:\s+of)?(?:\s+the\s+council(?:'|’)s)?)\s+"
    r"(?:[\w-]+\s+){0,3}?camera\s+systems?\b|"
    # a responsibility given by the council for them all: "has been given responsibility by both councils for oversight of
    # every surveillance camera system we operate" (held-back web 118's Redditch)
    r"\bgiven\s+(?:the\s+|overall\s+)?responsibility\b[^.;]{0,40}?\bfor\s+(?:the\s+)?(?:oversight\s+of\s+|overseeing\s+)?"
    r"(?:every|all(?:\s+of)?(?:\s+the\s+council(?:'|’)s)?)\s+(?:[\w-]+\s+){0,3}?camera\s+systems?\b|"
    r"\bswyddog\s+cyfrifol\s+(?:dros|am|ar\s+gyfer)\s+(?:\w+\s+){0,2}?(?:(?:g|ch|ngh)?amer[aâ]u|teledu\s+cylch|systemau\s+gwyliadwriaeth|TCC)|"
    # Welsh "pwynt cyswllt unigol" (single point of contact), mutated after "ei", "y", "yn": bwynt, phwynt, mhwynt
    r"\b(?:p|b|ph|mh)wynt\s+cyswllt\s+unigol\b|"
    # ... or "man cyswllt unigol" (single contact place), "fan" after the article: "Yr Uned TCC … yw'r man cyswllt unigol ar
    # gyfer pob un o systemau camerâu gwyliadwriaeth y Cyngor" (a county borough's Welsh privacy notice, real-text round 49)
    r"\b(?:m|f)an\s+cyswllt\s+unigol\b",
    I,
)
_SURV = re.compile(r"surveillance|\bcctv\b|\bcameras?\b|teledu\s+cylch|(?-i:\bTCC\b)|camer[aâ]u", I)
_OWNER = re.compile(r"\bsenior\s+responsible\s+owners?\b|\b(?:project|programme)\b", I)
# ... but a service's post titled so is not a project: "The councils' Community Safety Project Manager is the single point of
# contact for surveillance cameras" (held-back web 196's Babergh); a project's own "Project manager:" line is (real-text
# round 18)
_SERVICE_POST = re.compile(r"(?-i:\b[A-Z][a-z]+\s+(?:Project|Programme)\s+(?:Manager|Officer|Co-?ordinator|Lead))\b")


# ... nor a post designated for every camera system that also leads a project: "The Community Safety Manager, who is the
# Council's designated Single Point of Contact (SPOC) covering every surveillance camera system, will lead the project" (a
# cabinet decision on replacing cameras, real-text round 96)
_SCOPE_ALL_SYSTEMS = re.compile(
    r"^\W*(?:\((?:SPOC|SPoC)\)\s*)?(?:for|covering|across|over)\s+(?:all|every|each)\s+(?:of\s+(?:the|its|our)\s+)?"
    r"(?:(?:the\s+)?council(?:'s|’s)\s+)?(?:[\w-]+\s+){0,2}?(?:surveillance\s+camera|cctv|camera)\s+systems?\b",
    I,
)


def _project_owner(sent: str, after: str = "") -> bool:
    if _SCOPE_ALL_SYSTEMS.match(after):
        return False
    return bool(_OWNER.search(_SERVICE_POST.sub(" ", sent)))


_NOT_APPOINTED = re.compile(
    # ("The council has not formally designated a Single Point of Contact", an FOI answer, real-text round 52)
    r"\b(?:has|have)\s+not\s+(?:yet\s+|formally\s+)*(?:appointed|designated|named)|\bno\s+(?:single\s+point|spoc)\b|"
    # (a post that was to hold the role, now empty: "The post of Surveillance Camera Compliance Officer, which was to act as the
    # Council's single point of contact for these systems, has been vacant since October 2024", a SIRO's annual report, real-text
    # round 120)
    r"\bwhich\s+was\s+to\s+(?:act|serve)\s+as\b[^.\n]{0,120}?\b(?:has\s+been|is|remains)\s+vacant\b|"
    # ("[X] County Council does not have a designated lead officer for surveillance cameras", an FOI answer, real-text round 66)
    r"\b(?:does|do|did)\s+not\s+(?:currently\s+)?have\s+(?:an?\s+|any\s+)?(?:designated|named|nominated|single|responsible|lead)\b|"
    r"\bthere\s+is\s+no\s+(?:designated|named|nominated|single|responsible|lead)\b|"
    # ... or one awaited: "That the CCTV page list the control room email … until a SPOC is in place" (a scrutiny task group's
    # recommendation, real-text round 100)
    r"\buntil\s+(?:a|an)\s+(?:(?-i:SPOC|SPoC)|single\s+point\s+of\s+contact)\s+(?:is|has\s+been)\s+(?:in\s+place|appointed|"
    r"designated|named)\b|"
    # a recommendation in the subjunctive: "1. That the council appoint a single point of contact for surveillance cameras"
    # (a scrutiny task group's report, real-text round 64)
    # ("R1. That the Executive designates a single officer as the council's single point of contact …", a scrutiny review's
    # recommendation in the indicative, real-text round 84)
    r"\bthat\s+(?:the\s+)?(?:council|authority|cabinet|executive)\s+(?:appoints?|designates?|nominates?|names?|identif(?:y|ies))\s+"
    r"(?:an?\s+)?(?:single\s+point|spoc|senior\s+responsible|(?:single\s+|senior\s+|lead\s+)?officer)\b|"
    # ... or in the imperative, a numbered recommendation: "2. Name a single point of contact for all the council's surveillance
    # cameras." (a task and finish group's report, held-back web 346's Three Rivers)
    # (or an action plan's row: "Appoint a surveillance camera single point of contact | Leadership Team | Dec 2025 | Red – not
    # started", real-text round 105)
    r"(?:^|(?<=\n))\W*(?:(?:r(?:ec)?\s*)?\d{1,2}[.):]\s*)?(?:name|appoint|designate|nominate|identify)\s+(?:an?\s+)?"
    r"(?:(?:surveillance\s+camera|cctv|corporate)\s+)?(?:single\s+point|spoc|senior\s+responsible)\b|"
    r"\b(?-i:Appoint|Designate|Name|Nominate)\s+an?\s+(?:(?:surveillance\s+camera|cctv|corporate)\s+)?(?:single\s+point|spoc|senior\s+"
    r"responsible)\b[^|\n]{0,80}\|\s*[^|\n]{0,60}\|\s*[^|\n]{0,40}\|\s*(?:red|amber|not\s+started|open|in\s+progress|overdue)\b|"
    # ... in Welsh: "Dylid penodi Pwynt Cyswllt Unigol (SPOC) ar gyfer holl systemau camerâu gwyliadwriaeth y Cyngor" (a SPOC
    # should be appointed; an internal audit's recommendation, real-text round 98)
    r"\bdylid\s+(?:penodi|enwebu|dynodi)\b|\bdylai['’]r\s+cyngor\s+(?:benodi|enwebu|ddynodi)\b|"
    # ... or a promise to appoint one: "mae'r Cyngor wedi ymrwymo i benodi Pwynt Cyswllt Unigol … erbyn diwedd 2025" (has committed
    # to appoint a SPOC by the end of 2025; a county's news of funded cameras, real-text round 122), "bydd y Cyngor yn penodi",
    # "yn bwriadu penodi"; and in English "has committed to appointing"
    r"\b(?:ymrwymo|bwriadu|cytuno)\s+i\s+(?:benodi|enwebu|ddynodi)\b|\bbydd\s+(?:y\s+cyngor\s+)?yn\s+(?:penodi|enwebu|dynodi)\b|"
    r"\b(?:committed|commits?|pledged|undertaken?|undertook)\s+to\s+(?:appoint|appointing|designate|designating|name|naming)\b|"
    # "the Council has not yet decided which officer or team will take on that role" (real-text round 30)
    r"\b(?:has|have)\s+not\s+(?:yet\s+)?decided\s+(?:which|who)\b|"
    # ... or in the passive, an audit's finding: "no officer has been designated as single point of contact" (real-text
    # round 18)
    r"\bno\s+(?:officer|one|person|post|manager)\s+(?:has\s+(?:yet\s+)?been|is|was)\s+(?:formally\s+)?(?:designated|appointed|named|"
    r"nominated)\b|\bnot\s+(?:yet\s+)?been\s+(?:designated|appointed|named)\b|"
    # ... or one for something else, said so: "the single point of contact for fly-tipping reports, not for camera footage"
    # (real-text round 20)
    r"\bnot\s+for\s+(?:the\s+)?(?:cctv|camera|cameras|surveillance)\b|"
    # (or the councils' point of contact with a resilience forum: "… yw pwynt cyswllt unigol y chwe chyngor … gyda Fforwm
    # Cydnerthedd Lleol …" (is the six councils' single point of contact with the Local Resilience Forum), Welsh minutes on a
    # regional emergency planning service, real-text round 116)
    r"\b(?:p|b|ph|mh)wynt\s+cyswllt\s+unigol\b[^.\n]{0,80}?\bgyda\s+(?:ch)?(?:f|ff)orwm\b|"
    r"\bsingle\s+point\s+of\s+contact\b[^.\n]{0,80}?\bwith\s+the\s+(?:[\w-]+\s+){0,4}?resilience\s+forum\b|"
    # (a holder still to come: "asked that the SPOC's details be published on the website when appointed", real-text round 70)
    # (a role declined: "Alternative options considered: creating a SPOC role (rejected on cost grounds)", "decided not to
    # create that role", real-text round 70)
    r"\b(?:creating|appointing|designating)\s+(?:an?\s+|the\s+)?(?:single\s+point|spoc)\b[^.\n]{0,60}?\brejected\b|"
    r"\b(?:decided|agreed|resolved)\s+not\s+to\s+(?:create|appoint|designate|name)\b|"
    r"\b(?:when|once)\s+(?:it\s+is\s+|they\s+are\s+|one\s+is\s+|the\s+(?:post|role)\s+is\s+)?(?:appointed|designated|named|filled)\b|"
    r"\bto\s+be\s+(?:appointed|confirmed)\b|\b(?:should|must|needs?\s+to)\s+(?:appoint|designate)\b|"
    # ... or to be appointed, a resolution's or a plan's words: "Cabinet be recommended: (a) to appoint a Single Point of
    # Contact for surveillance cameras", "agreed … to appoint a single point of contact … later in the year" (real-text
    # round 49)
    r"\b(?:to|will)\s+(?:appoint|designate|name)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:single\s+point|spoc)\b|"
    # the role between holders: "Following a restructure, the role of single point of contact for surveillance cameras is
    # being reassigned" (held-back web 170's Canterbury)
    r"\b(?:is|are)\s+(?:currently\s+)?being\s+(?:re-?assigned|re-?allocated|reviewed|filled|recruited\s+to)\b|"
    # ... or empty: "The post of single point of contact for surveillance cameras is vacant while we recruit" (held-back web
    # 189's Chelmsford)
    # (the post itself said to be empty: "while the post is vacant, the Town Centre Manager is acting as the council's
    # single point of contact" names its holder, held-back web 170's Torbay)
    r"\b(?:post|role|position)\s+of\s+(?:the\s+)?(?:council(?:'s|’s)\s+)?(?:single\s+point\s+of\s+contact|spoc)\b[^.\n]{0,80}?"
    r"\b(?:is|are)\s+(?:currently\s+|now\s+)?vacant\b|"
    r"\beach\s+(?:local\s+authority|council|organisation)\s+should\b|"
    # an audit's recommendation to appoint one: "Recommendation: appoint a single point of contact for surveillance
    # cameras" (held-back web 48's Wakefield, an internal audit report in committee papers)
    r"\brecommend\w*\s*:?\s+(?:that\s+(?:the\s+council\s+)?)?(?:appoint|designate|name|nominate)\b|"
    r"^\W*(?:appoint|designate|nominate)\s+an?\s+(?:single\s+point|spoc|senior\s+responsible)|"
    # a resolution that one be named: "RESOLVED to recommend to Cabinet that (a) an officer be designated as the council's
    # single point of contact for surveillance cameras within six months" (real-text round 37's scrutiny minute); a
    # resolution naming the post ("THAT the Community Safety Manager be designated as the Council's Single Point of
    # Contact", real-text round 26) designates it
    # ("Officers had proposed that one officer be designated as the council's single point of contact", a decision declining
    # the role, real-text round 70)
    r"\b(?:an?|one)\s+(?:officer|post|manager|team|person|single\s+point\s+of\s+contact|spoc)\b[^.\n]{0,80}?\bbe\s+(?:designated|"
    r"appointed|named|nominated)\b|"
    # guidance retold: "the Commissioner's guidance suggested that councils appoint a single point of contact" (real-text
    # round 38's scrutiny minute)
    r"\bsuggest\w*\s+that\s+(?:councils|authorities|local\s+authorities|the\s+council)\s+(?:should\s+)?(?:appoint|designate|"
    r"name|nominate)\b|"
    # a recommendation in a numbered list under "recommendations included:": "(1) that the Council name one officer as its
    # single point of contact (SPOC) covering every surveillance camera system" (a task and finish panel's report, real-text
    # round 54)
    r"^\W*(?:\(?\d+\)|[a-z]\))?\s*that\s+the\s+council\s+(?:should\s+)?(?:name|appoint|designate|nominate)\s+(?:one|an?)\s+"
    r"(?:[\w-]+\s+)?(?:officer|post|manager)\b",
    I,
)

# An SRO or SPoC for covert surveillance (RIPA) or communications data is not the camera SPOC.
# Another duty's contact named before the words: "The county's Prevent single point of contact can be reached at …" on a
# community safety page (held-back web 194's Worcestershire)
_OTHER_DUTY_BEFORE = re.compile(
    r"\b(?:prevent|channel|safeguarding|modern\s+slavery|protect\s+duty|domestic\s+abuse|hate\s+crime)\s*(?:duty\s*)?$|"
    # ("Landowners can report an encampment to our Gypsy and Traveller team, the single point of contact for the county",
    # held-back web 268's Warwickshire)
    r"\b(?:gypsy\s+and\s+traveller|travellers?|encampments?)\s+(?:liaison\s+)?(?:team|unit|service|officer)s?\s*,?\s*(?:is\s+)?"
    r"(?:the\s+)?$|"
    # a funded project's own: "The partnership has appointed a Safer Streets single point of contact to coordinate the bid"
    # (a borough's Safer Streets page, real-text round 100)
    r"\b(?:safer\s+streets|safer\s+neighbourhoods|project|programme|bid|grant)\s+$",
    I,
)
_RIPA = re.compile(
    r"(?-i:\bRIPA\b)|\bregulation\s+of\s+investigatory\s+powers\b|\bcovert\b|"
    r"\bdirected\s+surveillance\b|(?-i:\bCHIS\b)|\bcommunications\s+data\b|"
    r"\bauthori[sz]ing\s+officers?\b",
    I,
)

_COMMS_DATA = re.compile(
    r"\bcommunications\s+data\b|\binvestigatory\s+powers\s+act\b|\bnational\s+anti-?fraud\s+network\b|(?-i:\bNAFN\b)", I
)

# A single point of contact for something other than the cameras, said at once after the words: "the single point of
# contact for all applications" on a grants page that mentions CCTV only to exclude it; Welsh "ar gyfer pob cais"
# (real-text round 18)
_OTHER_SCOPE = re.compile(
    r"\s*(?:\([^)]{0,20}\)\s*)?(?:for|ar\s+gyfer)\s+(?:all\s+|every\s+|each\s+|any\s+|pob\s+|y\s+|the\s+|this\s+|these\s+)?"
    # one audience of the cameras' users, whatever follows: "for traders on the scheme" (the radio link, real-text round
    # 29), "for event organisers"
    r"(?:(?:traders|businesses|retailers|shops|(?:BID\s+)?members(?!\s+of\s+the\s+public)|levy\s+payers|"
    r"(?:event\s+)?organisers|"
    # ("the force's single point of contact for council CCTV managers", a force's page, real-text round 54)
    r"(?:council|local\s+authority|district\s+and\s+borough)\s+(?:cctv\s+)?(?:managers|control\s+rooms|operators)|"
    # (every data protection matter, cameras unnamed: "Our Data Protection Officer is the council's single point of contact for
    # all data protection matters" in a leisure centres' privacy notice, real-text round 71)
    r"data\s+protection\s+(?:matters|queries|issues|enquiries|requests)(?![^.\n]{0,40}\b(?:cctv|cameras?|surveillance)\b)|"
    # (or the notice's own questions: "Our Data Protection Officer is the single point of contact for questions about this
    # notice or about your data protection rights", a CCTV privacy notice's contact section, real-text round 109)
    r"questions\s+about\s+this\s+(?:privacy\s+)?notice|questions\s+about\s+your\s+(?:data\s+protection\s+)?rights)\b|"
    r"(?!(?:[\w'’-]+\s+){0,3}?(?:surveillance|cctv|cameras?|camer[aâ]u|gamer[aâ]u|systemau|teledu|the\s+council(?:'s|’s)?\s+"
    r"(?:cctv|cameras?|surveillance)|data\s+protection|the\s+scheme|the\s+system))"
    r"(?:applications?|grants?|ceisiadau|cais|bookings?|events?|complaints\s+about\s+(?!cctv|cameras)|licen[cs]\w*|"
    r"prevent|safeguarding|domestic\s+abuse|modern\s+slavery|the\s+armed\s+forces|armed\s+forces|street\s+works|"
    # (a duty of another law: "the council's single point of contact for the Terrorism (Protection of Premises) Act 2025",
    # held-back web 189's Rother)
    r"(?:the\s+)?terrorism\b|protect\s+duty|martyn(?:'s|’s)\s+law|"
    # (one kind of request, or the people affected by some works: "for all subject access requests made to the Council",
    # "for residents with questions about the installation works", real-text round 24)
    r"(?:subject\s+)?access\s+requests|information\s+requests|residents|tenants|leaseholders|"
    # (the reports a team takes: "Our Anti-Social Behaviour Team is your single point of contact for reporting nuisance,
    # noise and neighbour problems" on a mobile cameras page, real-text round 52)
    r"reporting\s+(?:[\w-]+\s+)?(?:nuisance|noise|anti-?social|asb|neighbour|fly-?tipping|problems|issues|incidents)|"
    # one audience of the cameras' users: "the single point of contact for traders" (the radio link), "for all claims
    # handlers" (footage for insurers), real-text round 25
    # (an agreement's own contacts: "Schedule 2 - Single points of contact for this agreement", held-back web 127's
    # Doncaster)
    r"agreements?|protocols?|memorand(?:um|a)|"
    # (a paying customer's account manager: "a named account manager as their single point of contact for the contract",
    # a council's control room selling its watch, real-text round 119)
    r"(?:the\s+|their\s+|your\s+)?contracts?|customers|clients|"
    r"claims(?:\s+handlers)?|insurers|solicitors|"
    # the system's running, not the council's cameras as a whole: "The CCTV Manager is the single point of reference for the
    # day-to-day running of the town centre system" (a code of practice, held-back web 240's Redbridge)
    r"day[- ]to[- ]day\s+(?:running|operation|management)|"
    # a process of another service's: "your single point of contact for the SAG process" (an events page, round 29)
    r"(?:[\w-]+\s+){0,2}?process|"
    # the police's own contact for councils: "the single point of contact for local authority control rooms" (round 26)
    r"local\s+authorit(?:y|ies)(?:\s+control\s+rooms|\s+partners)?|councils|applicant\s+councils|"
    r"requests\s+from\b|"
    # the force's officers, or the force alone: "the single point of contact for [the force's] officers who need to request,
    # view or collect recordings" on a page for police officers (real-text round 53; every such item of rounds 13-53 is
    # labelled no SPOC)
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:police|constabulary)(?:\s+(?:officers|supervisors|requests|staff))?(?!\s+(?:and|or)\s+"
    r"(?:the\s+)?(?:public|residents|council))|"
    # the control room as the emergency services' contact out of hours: "the single point of contact for [the force] and
    # the other emergency services for anything affecting council property" (real-text round 30)
    r"(?:[\w'’-]+\s+){0,3}?(?:police|constabulary)\s+and\s+(?:the\s+)?(?:other\s+)?emergency\s+services|emergency\s+services|"
    r"freedom\s+of\s+information|foi|ripa|covert|communications\s+data|"
    # (an officer over the powers a procedure is about: "The council's Senior Responsible Officer for these powers is …", a
    # communications data procedure, real-text round 117)
    r"these\s+powers|(?:investigatory|ripa)\s+powers)\b)",
    I,
)
# The records team for one kind of request about the cameras: "the single point of contact for all requests for CCTV
# footage, including requests from [the force]" (held-back web 135's Rochdale): not the cameras' SPOC, but with its
# mailbox on the page a contact point for them (5.3 partial)
_FOOTAGE_SCOPE = re.compile(
    r"\s*(?:\([^)]{0,20}\)\s*)?for\s+(?:all\s+|any\s+)?requests\s+for\s+(?:copies\s+of\s+)?(?:cctv\s+)?"
    r"(?:footage|recordings|images)\b",
    I,
)

# Another body's single point of contact, named as its own before the words: "The Clerk is the parish council's single
# point of contact for … the village cameras", "The University's Security Manager is the single point of contact for the
# CCTV system" (real-text round 23)
_OTHER_HOLDER = re.compile(
    r"\b(?:parish|town|community|village)\s+council(?:'s|’s)\s|\b(?:university|college|school|academy|hospital|"
    r"(?:health|nhs|housing)\s+trust|housing\s+association|shopping\s+centre|bid)(?:'s|’s)\s|"
    # (a leaseholder's officer, "who is its" contact: "the Association's secretary, who is its single point of contact for the
    # cameras", a district's reply that a community association runs a hall's cameras, real-text round 104)
    r"\b(?:association|club|society|charity|trust|committee)(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:secretary|chair|clerk|manager|"
    r"officer)\b,?\s+who\s+is\s+its\s+$|"
    # a contract's own: "Questions about the highways PFI contract itself (not about cameras or footage) go to the
    # contract's single point of contact" (held-back web 139's Isle of Wight)
    r"\b(?:contract|contractor|provider|operator|company)(?:'s|’s)\s+(?:own\s+)?$",
    I,
)

# The police's own single points of contact: "[The force] has a CCTV single point of contact at each of its stations, and it
# is that officer who collects the footage" (real-text round 17)
_POLICE_SPOC = re.compile(
    r"\b(?:police|constabulary|force)\s+(?:has|have)\s+(?:a|an|its\s+own)\s+(?:[\w-]+\s+){0,2}?(?:single\s+points?\s+of\s+contact|"
    r"SPOCs?)\b|"
    # ... or each of its commands': "Each area command has a CCTV single point of contact, usually a police staff
    # investigator" (a force's page, real-text round 24)
    r"\beach\s+(?:area\s+command|(?:policing\s+)?(?:district|area|division|sector)|station|neighbourhood\s+(?:policing\s+)?team)\s+"
    r"(?:has|have)\s+(?:a|an|its\s+own)\s+(?:[\w-]+\s+){0,2}?(?:single\s+points?\s+of\s+contact|SPOCs?)\b|"
    # ... or the liaison officer who is the control rooms' contact: "a CCTV Liaison Officer who acts as the single point of
    # contact for control room managers" (a force's page for the councils' control rooms, real-text round 43)
    r"\b(?:single\s+points?\s+of\s+contact|SPOCs?)\s+for\s+(?:the\s+)?(?:council\s+|local\s+authority\s+|cctv\s+)*"
    r"control\s+rooms?(?:\s+(?:managers|staff|operators|supervisors))?\b",
    I,
)
# The contact for the police's requests only, across a partnership of councils: "For police requests across the partnership,
# [a neighbour]'s CCTV Manager is the single point of contact" (held-back web 231's South Holland, whose own contact is its
# community safety team's telephone)
_FOR_POLICE_REQUESTS = re.compile(r"^\W*for\s+(?:police|officers(?:'|’)?)\s+(?:requests|enquiries|queries)\b", I)
# A question put, not a designation: "3) Does the council have a single point of contact for cameras?" (an FOI request
# above its answer, real-text round 43). Only a yes-or-no question (unlike sla's _ASKED): an FAQ's "Who is the single point
# of contact for CCTV?" heads its own answer.
_YES_NO_QUESTION = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:does|do|has|have|is\s+there|are\s+there|will|can)\b[^?]*\?\s*$", I
)


_ROLE_WORD = re.compile(
    r"\b(?:Manager|Officer|Team|Lead|Head|Director|Service|Services|Unit|Co-?ordinator|Coordinator|"
    r"Controller|Supervisor|Adviser|Advisor|Group|Department|Section|Partnership|Executive|Clerk|"
    r"Tîm|Rheolwr|Swyddog|Pennaeth|Uned|Gwasanaeth)\b"
)
_CAPS_RUN = re.compile(r"(?:(?:[A-Z][\w&'’\-]*|of|and|for|&|the|y|a)\s+){0,8}[A-Z][\w&'’\-]*")
_PERSON = r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){1,2}"
_NAME = re.compile(rf"^{_PERSON}$")
# a name closing a sign-off line: "Yours sincerely, Jo Bloggs", "Yn gywir, Gwen Roberts"
_SIGNED_NAME = re.compile(rf"(?:^|,\s+)(?P<name>{_PERSON})\s*$")
# a contacts table's header row, flattened to a line of capitalised words: "Role Who Contact" (held-back web 159's
# Huntingdonshire)
_HEADER_WORDS = re.compile(
    r"\b(?:Role|Who|Contact|Name|Title|Post|Email|Phone|Telephone|Held|Details|Responsibility)\b"
)
_VERB_BEFORE = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:is|are|(?:acts?|acting)\s+(?:(?:for|on\s+behalf\s+of)\s+(?:the\s+)?\w+\s+)?as|has\s+been\s+(?:designated|appointed|named)(?:\s+as)?|"
    r"have\s+been\s+(?:designated|appointed)(?:\s+as)?|(?:is|was|were)\s+(?:formally\s+)?(?:designated|appointed|named)(?:\s+as)?|"
    # (a resolution naming the post: "2) the Deputy Chief Executive be designated the council's Senior Responsible Officer for
    # surveillance camera systems", cabinet minutes, real-text round 90; round 35's writer did not count "that the Head of
    # Legal Services be appointed Senior Responsible Officer for surveillance cameras", so only "designated … the council's")
    r"be\s+designated(?:\s+as)?\s+the\s+council(?:'|’)?s|"
    r"fulfils?\s+the\s+role\s+of|will\s+act\s+as|serves?\s+as|yw|sy'n|yw['’]r)\s+(?:the\s+|our\s+|a\s+)?"
    r"(?:council'?s\s+|authority'?s\s+|designated\s+|nominated\s+)*$",
    I,
)
# (a role table's row gives the holder in the next cell: "| Single point of contact | Information Assurance
# Team | …"; a Welsh list after a colon: "Pwynt Cyswllt Unigol: y Tîm Llywodraethu Gwybodaeth")
_AFTER = re.compile(
    r"^[^.:|\n]{0,80}?(?:\bis\b|\bare\b|:|–|-|,|\s\|)\s*(?:the\s+|our\s+|y\s+|yr\s+)?(?P<who>[^.;|\n]{2,120})"
)
_FIELD = re.compile(
    r"\b(?P<k>name|role|job\s+title|position|title|contact|enw|rôl|swydd)\s*:\s*"
    r"(?P<v>[^\n|;]{2,80}?)(?=\s+(?:e-?mail|tel|telephone|phone|role|position|job)\b|$|[|;\n])",
    I,
)
_CONTACT_CUE = re.compile(
    r"\bcontact\b|\be-?mail\b|\bphone\b|\btelephone\b|\btel\b|\bcall\b|\bwrite\s+to\b|\bget\s+in\s+touch\b|"
    r"\bcysylltu\b|\be-?bost\b|\bffôn\b",
    I,
)


@dataclass
class SpocResult:
    designated: bool = False
    contact_route: bool = False
    spoc: dict | None = None  # {"name","role","email","phone"} of the designated SPOC
    quote: str | None = None
    contact: dict | None = None  # a CCTV contact point not designated as SPOC
    contact_quote: str | None = None
    extra: dict = field(default_factory=dict)


def _split_who(phrase: str) -> tuple[str | None, str | None]:
    """'Jane Smith, Information Governance Manager' -> ('Jane Smith', 'Information Governance Manager')."""
    name = role = None
    phrase = re.split(
        r"\s+(?:who|and\s+can|and\s+may|can\s+be|may\s+be|on\s+0|at\s+\S+@|by\s+e-?mail|"
        r"via|by\s+phone|for\s+(?:all|any|the\s+council|surveillance|cctv|enquiries))\b",
        phrase,
        maxsplit=1,
        flags=I,
    )[0]
    for part in re.split(r"\s*[,(;)]\s*|\s+[–-]\s+", phrase):
        part = re.sub(r"^(?:the|our|a|contact)\s+", "", part.strip(), flags=I)
        part = re.sub(r"\s+(?:is|are)$", "", part).strip(" .:")
        if not part or len(part) > 90:
            continue
        if role is None and _ROLE_WORD.search(part) and part[:1].isupper():
            role = part
        elif name is None and _NAME.match(part) and not _ROLE_WORD.search(part):
            name = part
    return name, role


# "The Council has designated the Head of Regulatory Services as its single point of contact"
_GENERIC = re.compile(
    # (not the reader told where to write: "Other agencies should email the council's surveillance camera single point of
    # contact at …", real-text round 23)
    r"\b(?:should(?!\s+(?:first\s+)?(?:e-?mail|contact|write\s+to|send|call|ring|phone|get\s+in\s+touch|direct|address|"
    r"go\s+to)\b)|ought\s+to|may\s+wish\s+to|(?:is|are)\s+expected\s+to|would\s+(?:be|need)|"
    # "every council-operated system" is the council's own estate, not advice to every council
    # ("overt CCTV in every council service": the council's own services, held-back web 158's Hillingdon)
    # ("Responsibility for every council camera system, estates included, rests with …", held-back text round 42)
    r"each\s+(?:local\s+)?(?:authority|council)(?!-)(?!\s+(?:(?:camera|cctv|surveillance)\s+)?(?:service|department|building|"
    r"site|system)s?\b)|"
    r"every\s+(?:local\s+)?(?:authority|council)(?!-)(?!\s+(?:(?:camera|cctv|surveillance)\s+)?(?:service|department|building|"
    r"site|system)s?\b)|"
    r"local\s+authorities)\b",
    I,
)

_FOR_US = re.compile(
    # (or the post named in the next sentence: "[The council] has named one officer as the single point of contact … The role
    # sits with our Community Safety Lead, [a name]", a borough's CCTV page, real-text round 86)
    r"\s*(?:The\s+role\s+(?:sits|rests|lies)\s+with|It\s+is\s+held\s+by)\s+(?:our|the\s+council(?:'s|’s))\s+"
    r"(?P<role2>(?-i:[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|&)){0,6}))|"
    r"\s*For\s+(?:the\s+council|us|(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})),?\s+(?:this|it|ours)\s+is\s+(?:the\s+|our\s+)?"
    r"(?P<role>(?-i:[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|&)){0,6}))",
    I,
)
_DESIGNATED_AS = re.compile(
    # (or a decision confirming one: "Cabinet … confirmed the Information Governance Officer as the single point of
    # contact", real-text round 12; the holder after "and" when a senior responsible officer is confirmed first)
    # (in a decision record's present tense, the council named: "(c) confirms the Assistant Director of Legal and Governance
    # as the council's Senior Responsible Officer for surveillance cameras", real-text round 28)
    # (or a resolution's list, "RESOLVED to: … 3) confirm the Deputy Chief Executive as the Council's Senior Responsible
    # Officer for surveillance camera systems", a cabinet issue page, real-text round 82)
    r"\b(?:designate[ds]|appoint(?:ed|s)|name[ds]|nominate[ds]|confirm(?:ed|s)?)\s+(?:[^.;:]{0,120}?\s+as\s+[^.;:]{0,60}?\s+and\s+)?"
    r"(?:the\s+|our\s+)?(?P<who>(?:(?!\s+as\s+)[^.;:]){2,120}?)\s+as\s+"
    r"(?:its|the|our|their)\s+(?:(?:council|authority)(?:'s|’s)\s+)?(?:designated\s+|nominated\s+)?$|"
    # (its own officer, the article left out: "Walsall Council has designated its Surveillance and Security Manager as
    # single point of contact for every camera system", real-text round 24)
    r"\b(?:designated|appointed|named|nominated)\s+(?:its|our)\s+(?P<its>(?:(?!\s+as\s+)[^.;:]){2,120}?)\s+as\s+$|"
    # (the register or the systems in the holder's keeping: "the Council's surveillance camera register, which is held by the
    # Information Governance Manager as the designated single point of contact for all of the Council's surveillance camera
    # systems", committee minutes, real-text round 89)
    r"\b(?:held|kept|maintained|managed|overseen)\s+by\s+(?:the\s+|our\s+)?(?P<by>(?:(?!\s+as\s+)[^.;:]){2,120}?)\s+as\s+"
    r"(?:its|the|our|their)\s+(?:(?:council|authority)(?:'s|’s)\s+)?(?:designated\s+|nominated\s+)$|"
    # Welsh, the post then "yn" before the mutated "Bwynt Cyswllt Unigol": "mae'r Cyngor wedi penodi Rheolwr TCC yr Uned
    # Diogelwch Cymunedol yn Bwynt Cyswllt Unigol (SPOC)" (a county's privacy notice page, real-text round 55)
    # (the article joined on: "mae'r Cyngor wedi penodi'r Rheolwr Llywodraethu Gwybodaeth yn Bwynt Cyswllt Unigol", real-text
    # round 79)
    r"\b(?:penodi|dynodi|enwebu|enwi)(?:['’]r)?\s+(?P<cy>(?:(?!\s+yn\s+)[^.;:]){2,120}?)\s+yn\s+$",
    I,
)


# The council's own present designation, said without naming the holder: "our single point of contact
# for surveillance cameras", "the council's single point of contact", "the council has a single point
# of contact (SPOC)", "a single point of contact had been appointed within Community Safety", "every
# request goes to the CCTV single point of contact" (FAQ, privacy notice, policy and audit papers;
# heldtext 6). Only the SPOC words: an SRO named in a decision ("as Senior Responsible Officer, to
# approve") is the weak committee mention it always was.
_SPOC_WORDS = re.compile(r"single\s+points?\s+of|SPOC|pwynt|bwynt", I)
_OWN_BEFORE = re.compile(
    r"(?:\bour|\b(?:council|authority)['’]?s|\bits|"
    r"\b(?:has|have)\s+(?:appointed\s+|designated\s+|named\s+)?an?|"
    r"\bthe\s+(?:cctv|surveillance\s+camera|camera))\s+(?:[\w-]+\s+){0,3}$",
    I,
)
_OWN_AFTER = re.compile(
    r"^(?:\s*\([^)]{0,30}\))?(?:\s+(?:for|on)\s+[^.;,]{0,50}?)?\s+(?:has|had|have)\s+been\s+"
    r"(?:appointed|designated|named|nominated)\b",
    I,
)


def _own_designation(sent: str, start: int, end: int) -> bool:
    if not _SPOC_WORDS.match(sent[start:end]) or _GENERIC.search(sent):
        return False
    return bool(_OWN_BEFORE.search(sent[max(0, start - 80) : start]) or _OWN_AFTER.match(sent[end:]))


_LOWER_POST = re.compile(
    r"\b(?:our|the\s+council(?:'|’)s|the)\s+(?P<post>(?:[\w-]+\s+){0,3}?(?:manager|officer|lead|supervisor|co-?ordinator|"
    r"team\s+leader|team))\s*$",
    I,
)


# the post named first, the designation in apposition: "… rests with the CCTV and Enforcement Manager, the council's designated
# SPOC for surveillance cameras" (real-text round 42)
# (its remit in brackets: "Assistant Director (Communities), the council's single point of contact for surveillance cameras",
# the lead's cell of a partnership plan's delivery table, held-back web 355's Gravesham)
_APPOSITIVE = re.compile(
    r"(?P<who>(?-i:[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|&)){0,6})(?:\s+\([^()\n]{1,40}\))?),\s+"
    r"(?:the\s+council(?:'s|’s)|our|its)\s+"
    r"(?:designated\s+|nominated\s+|named\s+|appointed\s+)?(?:surveillance\s+camera\s+|cctv\s+)?$",
    I,
)


def _who_before(sent: str, start: int) -> tuple[str | None, str | None]:
    d = _DESIGNATED_AS.search(sent[:start])
    if d:
        name, role = _split_who(d.group("who") or d.group("its") or d.group("cy") or d.group("by"))
        if name or role:
            return name, role
    a = _APPOSITIVE.search(sent[:start])
    if a and _ROLE_WORD.search(a.group("who")):
        name, role = _split_who(a.group("who"))
        if name or role:
            return name, role
    m = _VERB_BEFORE.search(sent[:start])
    if not m:
        return None, None
    prefix = sent[: m.start()].rstrip(" ,")
    # the last clause before the verb: "Our Community Safety Manager, John Brown"
    # (or after the clause that names another post: "[X] is the council's Senior Responsible Officer …, and the Community
    # Safety Manager acts as the single point of contact", real-text round 16)
    # (a table's cells flattened with "|" are clauses of their own: "… | High | The Head of Community Safety was designated
    # as SPOC …", real-text round 22)
    # (or after the post a decision confirms first: "… be confirmed as the Council's Senior Responsible Officer for surveillance
    # cameras, with the Community Safety Team acting as the single point of contact", real-text round 79)
    clause = re.split(r"[.;:|]\s+|\bthat\s+|\bwhich\s+|,\s+(?:and|with)\s+(?=the\s|our\s)", prefix)[-1]
    caps = list(_CAPS_RUN.finditer(clause))
    if not caps or not _ROLE_WORD.search(clause):
        # a post in lower case: "Our CCTV manager is the council's single point of contact" (held-back web 30)
        low = _LOWER_POST.search(clause)
        if low:
            return None, collapse(low.group("post"))
    if not caps:
        return None, None
    tail = clause[caps[0].start() :] if len(caps) > 1 else caps[-1].group(0)
    return _split_who(tail[-160:])


# the holder in brackets after the role's name, in a list of members: "Surveillance Camera Single Point of Contact (Head of
# Community Safety and Protection)" (real-text round 16)
_BRACKETED_HOLDER = re.compile(r"^\s*\((?P<who>(?-i:[A-Z])[^()\n]{2,80})\)")


# ... or after the role's scope: "the council's single point of contact for surveillance cameras (Head of Public Protection)"
# (an enquiry form's topic, held-back web 343's Broxtowe)
_SCOPE_BEFORE_HOLDER = re.compile(
    r"^\s+for\s+(?:all\s+|every\s+)?(?:the\s+council(?:'s|’s)\s+|its\s+|our\s+)?(?:public[- ]space\s+)?(?:surveillance\s+cameras?|"
    r"cctv|cameras)(?:\s+systems?)?(?=\s*\()",
    I,
)
# the holder answers what is sent on this page: "… (Head of Public Protection) will reply" as a topic of the page's own form
_WILL_REPLY = re.compile(r"\bwill\s+(?:reply|answer|respond)\b", I)


def _who_after(sent: str, end: int) -> tuple[str | None, str | None]:
    scope = _SCOPE_BEFORE_HOLDER.match(sent[end:])
    if scope:
        end += scope.end()
    b = _BRACKETED_HOLDER.match(sent[end:])
    if b and _ROLE_WORD.search(b.group("who")):
        return _split_who(b.group("who"))
    m = _AFTER.match(sent[end:])
    if not m:
        return None, None
    return _split_who(m.group("who"))


def _window(blocks: list[Block], i: int) -> list[Block]:
    """The designation's block, the one before (often a heading) and what follows in its section."""
    out = [blocks[i - 1]] if i > 0 else []
    out.append(blocks[i])
    # (a list of roles, each term over its description, ends the designation's section at the next role's term: "Single
    # Point of Contact (SPOC)" / "Senior management oversight …" / "Data Protection Officer" / "Advises …: [mailbox]", a
    # policy's responsibilities, held-back web 219's Surrey; the mailbox is the next role's)
    term = _term_line(blocks[i].text)
    # (... and a list of roles written one a line, each label then a dash and its duty: "Single Point of Contact (SPOC) for
    # surveillance cameras - the Head of Facilities Management …" over "Data Protection Officer - advises …: [mailbox]", held-back
    # web 303's Surrey; the mailbox is the next role's)
    row = _ROLE_ROW.match(blocks[i].text) is not None
    for k, b in enumerate(blocks[i + 1 : i + 6]):
        if b.heading and not _CONTACT_CUE.search(b.text):
            break
        if term and k >= 1 and _term_line(b.text) and _ROLE_WORD.search(b.text) and not _CONTACT_CUE.search(b.text):
            break
        if row and (label := _role_row(b.text)) is not None and _ROLE_WORD.search(label):
            break
        out.append(b)
    return out


_ROLE_ROW = re.compile(r"^\W*(?P<label>[^-–:.\n@]{3,70}?)\s+[-–]\s+\S")


def _role_row(text: str) -> str | None:
    """The label of a line that is one row of a list of roles ("Data Protection Officer - advises on …"), if it is one."""
    m = _ROLE_ROW.match(text)
    if m is None or _CONTACT_CUE.search(m.group("label")) or len(m.group("label").split()) > 10:
        return None
    return m.group("label")


def _term_line(text: str) -> bool:
    """A short label on a line of its own, a list's term ("Single Point of Contact (SPOC)", "Data Protection Officer")."""
    words = text.split()
    # (never a field, "Role: Data Protection Officer", which gives the designation's own holder)
    return 0 < len(words) <= 7 and not re.search(r"[.;:!?@]", text)


def _heads_others(text: str) -> bool:
    """The paragraph under a "Single point of contact" heading gives the role to somebody else: the police's, or another
    body's ("Our Business Crime Manager is the BID's single point of contact for the radio scheme", a business improvement
    district's page, real-text round 49)."""
    if _POLICE_SPOC.search(text):
        return True
    m = _DESIGNATION.search(text)
    return bool(m and _OTHER_HOLDER.search(text[max(0, m.start() - 80) : m.start()]))


def _own_item(sent: str, start: int, end: int) -> str:
    """The item of a list of roles that holds the designation, where that item names the cameras: "she holds three linked
    roles: Senior Information Risk Owner, Senior Responsible Officer for RIPA, and Senior Responsible Officer for the Council's
    surveillance camera systems" (committee minutes, real-text round 101). Elsewhere the whole sentence."""
    cut = max(sent.rfind(",", 0, start), sent.rfind(";", 0, start), sent.rfind(":", 0, start))
    stop = min((i for i in (sent.find(",", end), sent.find(";", end)) if i >= 0), default=len(sent))
    item = sent[cut + 1 : stop]
    return item if cut >= 0 and _SURV.search(item) else sent


def detect_spoc(
    blocks: list[Block], contacts: list[Link], structured: list[dict], focused: bool, region: list[Block]
) -> SpocResult:
    """SPOC designation (with who and how to reach them) and CCTV contact points on a page."""
    res = SpocResult()
    footage_point: str | None = None
    for pos in BlockText(blocks).indices(_DESIGNATION, limit=200)[:30]:
        b = blocks[pos]
        for m in _DESIGNATION.finditer(b.text):
            s, e = sentence_at(b.text, m.start(), m.end())
            # a table's row flattened with "|" starts a sentence at each cell: the recommendation ("The council should
            # designate a single point of contact") and the response ("The Head of Service was designated as SPOC") sit in
            # one row (real-text round 22); the cells after the match still name its holder ("| Single point of contact |
            # Information Team |")
            cell = b.text.rfind(" | ", s, m.start())
            s = cell + 3 if cell >= 0 else s
            sent = b.text[s:e]
            ctx_text = " ".join(x.text for x in blocks[max(0, b.index - 1) : b.index + 1])
            head_before = blocks[b.index - 1].text if b.index > 0 and blocks[b.index - 1].heading else ""
            # (a heading's section: "Senior Responsible Officer" over "The Council's Senior Responsible Officer for
            # communications data and for covert surveillance under RIPA is …", real-text round 54)
            section_after = blocks[b.index + 1].text if b.heading and b.index + 1 < len(blocks) else ""
            if re.match(r"\W*(?:the|this)\s+(?-i:SRO|SPOC|SPoC)\b", sent, I):
                # ("The SRO keeps the central record …" after the sentence that names what the SRO is for)
                section_after += " " + b.text[:s]
            if _FOOTAGE_SCOPE.match(sent[m.end() - s :]):
                footage_point = footage_point or quote_at(b.text, s, e)
                continue
            if (
                _project_owner(sent, sent[m.end() - s :])
                or _OTHER_HOLDER.search(sent[: m.start() - s])
                or _NOT_APPOINTED.search(sent)
                or _OTHER_SCOPE.match(sent[m.end() - s :])
                or _OTHER_DUTY_BEFORE.search(b.text[max(s, m.start() - 40) : m.start()])
                or _RIPA.search(_own_item(sent, m.start() - s, m.end() - s) + " " + head_before + " " + section_after)
                or _POLICE_SPOC.search(sent)
                # (the accredited SPoC for communications data that a paragraph tells of, no camera in it: "… can apply for
                # communications data … under the Investigatory Powers Act 2016. Every application goes through an accredited
                # Single Point of Contact (SPoC)", a trading standards news post, real-text round 113)
                or (_COMMS_DATA.search(b.text) and not _SURV.search(b.text))
                or _FOR_POLICE_REQUESTS.match(sent)
                or _YES_NO_QUESTION.match(sent)
                or (b.heading and b.index + 1 < len(blocks) and _heads_others(blocks[b.index + 1].text))
            ):
                continue
            win = _window(blocks, b.index)
            wtext = "\n".join(x.text for x in win)
            # (the section the designation heads may be what names the cameras: "the single point of
            # reference for the system. This includes: a) keeping the cameras in working order"), unless
            # that section is advice to every authority)
            if not (
                _SURV.search(sent)
                or _SURV.search(ctx_text)
                or focused
                or (_SURV.search(wtext) and not _GENERIC.search(wtext))
            ):
                continue
            name, role = _who_before(sent, m.start() - s)
            # (the role's line may name the cameras first: "Surveillance Camera Single Point of Contact, [the council]")
            lead = sent[: m.start() - s]
            role_line = len(lead.split()) <= 4 and not re.search(r"[.,;:]", lead)
            signed = _SIGNED_NAME.search(blocks[b.index - 1].text) if b.index > 0 and role_line else None
            if signed and _HEADER_WORDS.search(signed.group("name")):
                signed = None  # a table's header row over the role's row ("Role Who Contact"), not a signature
            if not (name or role) and signed:
                # a letter's signature: the name, after the sign-off, on the line over the role ("Yn gywir, / Gwen Roberts
                # / Pwynt Cyswllt Unigol Camerâu Gwyliadwriaeth, Cyngor Sir …", real-text round 17); the council named
                # after the role is the signatory's council, not the holder
                name = signed.group("name")
            if not (name or role):
                name, role = _who_after(sent, m.end() - s)
            for f in _FIELD.finditer(wtext):
                k, v = f.group("k").lower(), collapse(f.group("v"))
                if k in ("name", "enw") and not name and _NAME.match(v):
                    name = v
                elif k in ("role", "job title", "position", "title", "rôl", "swydd") and not role:
                    role = v
            email, phone, form = route(wtext, contacts)
            if not (email or phone or form) and _WILL_REPLY.search(sent):
                form = bool(FORM.search("\n".join(x.text for x in blocks[:40])))
            if not (name or role) and (this := _FOR_US.match(b.text, e)):
                # each partner's own, then the council's: "Each council in the shared control room names its own single
                # point of contact for surveillance cameras. For [the council] this is the Environmental Health Manager"
                # (held-back web 127's Rushcliffe)
                role = this.group("role") or this.group("role2")
            if _GENERIC.search(sent[: m.end() - s + 40]) and not (name or role):
                # "the SPOC should keep a list…", "each authority should designate a SPOC":
                # guidance about the role, not a council naming who holds it
                continue
            cand = {"name": name, "role": role, "email": email, "phone": phone}
            own = _own_designation(sent, m.start() - s, m.end() - s)
            # keep the fullest statement: a page's title "CCTV Single Point of Contact" names
            # nobody; its paragraph "has appointed a SPOC, Jo Bloggs" does
            if res.designated and sum(map(bool, cand.values())) + form + own <= sum(
                map(bool, (res.spoc or {}).values())
            ) + bool(res.extra.get("form")) + bool(res.extra.get("own")):
                continue
            res.designated = True
            res.contact_route = bool(email or phone or form)
            res.spoc = cand
            res.extra = {"form": form, "own": own}
            res.quote = quote_at(b.text, m.start(), m.end())
            if res.contact_route and (name or role):
                break
        if res.designated and res.contact_route and res.spoc and (res.spoc["name"] or res.spoc["role"]):
            break
    _from_structured(res, structured)
    found = cctv_contact(region if region else [], contacts, focused)
    if found is None and footage_point and not res.designated:
        email, phone, _form = route("\n".join(b.text for b in (region or blocks)), contacts)
        if email or phone:
            found = ({"name": None, "role": None, "email": email, "phone": phone}, footage_point)
    if found:
        res.contact, res.contact_quote = found
        at = next((i for i, b in enumerate(blocks) if found[1][:40] in b.text), None)
        # the complaints route (5.1's `complaints`): a contact offered for questions or complaints, not one given only
        # for asking for footage of yourself (contact_route)
        res.extra["complaints_route"] = (
            at is not None and offered_for_questions(blocks, at) and not for_footage_requests(blocks, at)
        )
        near = " ".join(x.text for x in blocks[max(0, at - 2) : at + 1]) if at is not None else found[1]
        if res.designated and not res.contact_route and res.spoc and _same_post(res.spoc.get("role"), found[0], near):
            # the SPOC named in one line, its team's number in the page's contact panel ("The CCTV and Lifeline
            # Manager is the single point of contact …" / "Contact us: CCTV and Lifeline, Telephone …"; held-back
            # web 23's Bromsgrove): the route to the post is on the page
            res.contact_route = True
            res.spoc = {
                **res.spoc,
                "email": res.spoc.get("email") or found[0].get("email"),
                "phone": res.spoc.get("phone") or found[0].get("phone"),
            }
    return res


_POST_WORDS = re.compile(r"[a-z]{4,}", re.I)
_POST_GENERIC = frozenset({"manager", "officer", "team", "council", "service", "services", "head", "lead", "contact"})


def _same_post(role: str | None, contact: dict, quote: str) -> bool:
    """The contact point belongs to the SPOC's own post or team: two of the role's distinctive words (CCTV,
    lifeline, control, room …) are in the contact's role or in the lines that give its route (`quote`: the
    route's line and the two before it)."""
    if not role or not (contact.get("email") or contact.get("phone")):
        return False
    words = {w.lower() for w in _POST_WORDS.findall(role)} - _POST_GENERIC
    where = f"{contact.get('role') or ''} {quote}".lower()
    return len(words) >= 1 and sum(w in where for w in words) >= min(2, len(words))


def _from_structured(res: SpocResult, items: list[dict]) -> None:
    """schema.org ContactPoint/Person marked as the surveillance camera SPOC."""
    for it in items:
        kinds = types_of(it)
        label = " ".join(str(it.get(k, "")) for k in ("contactType", "jobTitle", "name", "description"))
        if not (kinds & {"ContactPoint", "Person", "Organization", "GovernmentOrganization"}):
            continue
        if not (_DESIGNATION.search(label) and (_SURV.search(label) or res.designated)):
            continue
        email = str(it.get("email", "")).replace("mailto:", "") or None
        phone = str(it.get("telephone", "")) or None
        name = str(it["name"]) if "Person" in kinds and it.get("name") else None
        role = str(it.get("jobTitle") or it.get("contactType") or "") or None
        base = res.spoc or {"name": None, "role": None, "email": None, "phone": None}
        res.spoc = {
            "name": base["name"] or name,
            "role": base["role"] or role,
            "email": base["email"] or email,
            "phone": base["phone"] or phone,
        }
        res.designated = True
        res.contact_route = bool(res.spoc["email"] or res.spoc["phone"] or res.extra.get("form"))
        res.quote = res.quote or collapse(label)[:300]

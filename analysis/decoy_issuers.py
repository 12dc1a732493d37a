"""Decoys by issuer or genre: pages that are never the principal council's own disclosure.

A school's, a parish or town council's, a Scottish or Northern Irish body's CCTV page is somebody
else's (`issuer=True`: a title or address naming such a publisher decides with little text); an
FOI answer is reactive, a tender sells or buys, a search results page lists other pages, a
monitoring company watches its customers' alarms and cameras, and guidance tells whoever runs
cameras what to do (docs/wording.md §13).
"""

from __future__ import annotations

import re

from .decoy_kinds import Decoy, DecoyKind, r, t
from .decoy_voices import BODY_SIGNS_ITSELF, HOUSING_PROVIDER_SELF, LOCAL_COUNCIL_ACTS, POLICE_SELF, POLICING_BODY

__all__ = [
    "SCHOOL",
    "OTHER_BODY",
    "OTHER_NAMED",
    "PARISH",
    "FOI",
    "FOI_FRAME",
    "TENDER",
    "SCOTTISH",
    "SEARCH_RESULTS",
    "MONITORING_COMPANY",
    "GUIDANCE",
]

_NAMED_SCHOOL = (
    r"(?-i:\b[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,3}\s+(?:Primary|Junior|Infant|Infants|High|Secondary|Grammar|"
    r"Nursery|Community|C\s+of\s+E|CE|RC|Catholic|Church\s+of\s+England)(?:\s+(?:and|&)\s+\w+)?\s+School\b)"
)

SCHOOL = DecoyKind(
    "school policy",
    r(
        r"\b(?:schools?|academy|academies|college|nursery)\b[^|]*\b(?:cctv|cameras?|surveillance|"
        r"polic(?:y|ies))|\b(?:cctv|cameras?|surveillance)\b[^|]*\b(?:schools?|academy)\b(?!\s+streets?)|"
        # a title that is the school's name: "Grasmere Primary School"
        + _NAMED_SCHOOL
    ),
    r(r"/schools?/|academy|school-cctv|/school-"),
    t(
        (r"\bpupils?\b", 1.5),
        (r"\bhead\s?teachers?\b|\bprincipal\b", 1),
        (r"\bgoverning\s+(?:body|board)\b|\bgovernors\b", 1.5),
        (r"\bthe\s+(?:school|academy)(?:'s)?\b", 1.5),
        (r"\bmulti[- ]academy\s+trust\b", 2),
        (r"\bclassrooms?\b|\bplayground\b|\bschool\s+premises\b|\bparents\s+and\s+carers\b", 1),
        (r"\bstudents?\b", 0.5),
        # the school names itself as the cameras' user: "Tredworth Junior School uses CCTV"
        (_NAMED_SCHOOL, 2),
    ),
    r(r"\bthe\s+(?:school|academy)\b|\bpupils\b|\bhead\s?teacher\b"),
    issuer=True,
)

_LOCAL_RUNS = (
    r"\b(?:the|(?-i:(?:[A-Z][\w'’-]+\s+){1,3}))\s*(?:parish|town|community)\s+council\s+(?:runs|operates|owns|manages|"
    r"installed|funds\s+and\s+runs|pays\s+for)\s+(?:a|an|its|the|\d+|two|three|four|five|six)\b[^.\n]{0,40}\b"
    r"(?:cctv|cameras?|system)\b|"
    r"\bon\s+(?:the|behalf\s+of\s+the)\s+(?:parish|town|community)\s+council(?:'s|’s)?\s*(?:behalf)?\b|"
    # "controlled by Millbrook Parish Council", "run by the town council"
    r"\b(?:controlled|owned|operated|run|managed)\s+by\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,3}"
    r"(?:parish|town|community)\s+council\b|"
    # a city council that is a parish ("owned and run by Lichfield City Council, the parish-level council for the
    # city, not by the district council": held-back web 10)
    r"\b(?:controlled|owned|operated|run|managed)\s+by\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:City\s+)?Council,?\s+(?:the|a)\s+"
    r"parish[- ]level\s+council\b"
)

PARISH = DecoyKind(
    Decoy.PARISH,
    r(r"\b(?:parish|town|community|village|neighbourhood)\s+council\b|\bcyngor\s+(?:tref|cymuned)\b"),
    r(r"parish|town-council|community-council|towncouncil|parishcouncil"),
    t(
        (r"\bthe\s+(?:parish|town|community)\s+council\b", 2),
        (r"\b(?:parish|town)\s+clerk\b|\by\s+clerc\b|\b(?:city|town|parish)\s+council(?:'s|’s)\s+clerk\b", 2),
        (r"\bparish[- ]level\s+council\b", 2),
        (r"\bcyngor\s+(?:tref|cymuned)\b", 2),
        (r"\bparish\s+(?:councillors|meeting)\b", 1),
        # what a parish or town council's cameras watch: its own grounds and the village
        (
            r"\brecreation\s+grounds?\b|\bplaying\s+fields?\b|\bvillage\s+hall\b|\bsports\s+pavilion\b|\bthe\s+village\b",
            1.5,
        ),
        # the local council's text says it runs the cameras: "the community council runs a small
        # CCTV system", "cameras are watched on the Town Council's behalf"
        (_LOCAL_RUNS, 4),
        # a local paper's report of one: "Wem Town Council is to spend £28,000 adding cameras"
        (LOCAL_COUNCIL_ACTS, 4),
    ),
    r(
        LOCAL_COUNCIL_ACTS + "|"
        r"\bthe\s+(?:parish|town|community)\s+council\s+(?:operates|owns|has|will|is|are|uses|may)\b|"
        # the cameras serve it: "to assist the Parish Council, the Police and others"
        r"\b(?:assist|help|support)\s+the\s+(?:parish|town|community)\s+council\b|"
        r"\bmae\s+cyngor\s+(?:tref|cymuned)\b|" + _LOCAL_RUNS
    ),
    issuer=True,
)

# Another public or social body that names itself as the cameras' controller or operator: a
# university, an NHS or academy trust, a housing association ("… Homes"), a fire and rescue service,
# the police or their commissioner. The principal council's page may name such a body as a partner,
# so only the plain statement that the body controls or runs the cameras counts strongly.
_OTHER_BODY_NAME = (
    r"(?:university|(?:nhs|foundation|academy|multi[- ]academy|health|hospital)\s+trust|the\s+trust|"
    r"housing\s+association|[A-Z]\w+\s+(?:Homes|Housing)|fire\s+(?:and|&)\s+rescue\s+(?:service|authority)|"
    r"police\s+(?:force|and\s+crime\s+commissioner)|constabulary|health\s+board)"
)
_OTHER_CONTROLS = (
    rf"\b{_OTHER_BODY_NAME}(?:'s|’s)?\s+(?:is|are|remains|acts\s+as)\s+the\s+(?:data\s+controller|"
    rf"(?:owner|operator)s?\s+of\s+(?:the|its|this)\b)|"
    rf"\bthe\s+{_OTHER_BODY_NAME}(?:'s|’s)?\s+(?:[A-Z][\w ]{{0,30}}\s+)?(?:department\s+|team\s+)?"
    rf"(?:operates|owns|runs|manages|installed|is\s+issuing|issues|has\s+introduced)\s+"
    rf"(?:\d+|a|an|its|the|cctv|cameras?|body[- ]worn)\b"
)

# ... or named as itself, the way such a body writes about its own cameras: "Gwent Police uses
# surveillance cameras", "Transport for Wales has CCTV at most of its stations", "Riverside Vale Homes
# will follow the code", "Llangattock Community Council operates a small number of cameras"
_PROPER_OTHER = (
    r"(?-i:(?:Transport\s+for\s+(?:Wales|London|Greater\s+Manchester)|Network\s+Rail|"
    r"(?:[A-Z][\w'’-]+\s+(?:and\s+)?){1,3}(?:Buses|Trains|Railways?|Homes|Housing|Police|Constabulary|NHS\s+(?:Foundation\s+)?Trust|"
    r"(?:University\s+)?Hospital|Health\s+Board|College|"
    # a company or a leisure trust: "Halo Leisure", "The Mall Luton Limited", "Riverside Parking Ltd"
    r"University|Leisure|Limited|Ltd|plc|PLC)|Cartrefi\s+[A-Z]\w+))"
)
_OTHER_OWN_CAMERAS = (
    r"\b(?:all\s+)?our\s+(?:buses|trains|stations|ambulances)\s+(?:are|have\s+been)\s+(?:fitted|equipped)\b|"
    # an operator's fleet by its name: "Stagecoach buses in Fife are fitted with cameras"
    r"(?-i:\b[A-Z][\w'’-]+\s+(?:buses|trains|coaches|trams))\b[^.\n]{0,40}?\s(?:are|have\s+been)\s+"
    r"(?:fitted|equipped)\s+with\b|"
    # the body's own staff wear cameras, and it controls the recordings: "all Gwent Police response
    # officers wear body worn video", "Dyfed-Powys Police is the data controller"
    rf"\b{_PROPER_OTHER}\s+(?:[\w-]+\s+){{0,3}}?(?:officers|staff|wardens|drivers)\s+(?:wear|carry|use)\s+"
    r"(?:body|cameras?|cctv)\b|"
    rf"\b{_PROPER_OTHER}\s+(?:is|are)\s+the\s+data\s+controller\b|"
    # the body's officer answers for the code: "Cardiff University's Registrar is responsible for this policy"
    rf"\b{_PROPER_OTHER}(?:'s|’s)\s+(?:[A-Z][\w-]*\s+){{0,4}}(?:is|are)\s+responsible\s+for\s+(?:this|the)\s+"
    r"(?:code|policy|scheme|system|cameras)\b|"
    rf"\b{_PROPER_OTHER}\s+(?:uses|has|operates|owns|runs|manages|installed|will\s+follow|is\s+reviewing\s+the\s+way\s+it\s+uses)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:cctv|cameras?|surveillance)\b"
)
# a body's own first person about what its cameras watch: "our buses", "the practice", "as a housing association"
_OTHER_FIRST_PERSON = (
    r"\b(?:all\s+)?our\s+(?:buses|trains|stations|patients|practice|surgery|hospitals?|wards?|drivers|passengers|"
    r"tenants|blocks|flats)\b|\bas\s+a\s+housing\s+association\b|\bthe\s+practice\b|\bpatients\s+and\s+staff\b|"
    r"\bacross\s+the\s+force\s+area\b|\btrust-wide\b|(?-i:\bthe\s+Trust\b)"
)

# a fund offered by the police and crime commissioner for others' cameras, and the applicants it invites
_PCC_FUND = (
    r"\b(?:police\s+and\s+crime\s+commissioner|PCC)\b[^.\n]{0,60}?\b(?:is\s+making|has\s+made|makes|is\s+offering|"
    r"offers|has\s+launched|launches|opens)\b[^.\n]{0,40}?(?:£|\bfund\b|\bgrants?\b)"
)
_APPLY_FOR_GRANT = r"\bcan\s+apply\s+for\s+(?:up\s+to\s+|a\s+grant\s+of\s+)?£"

# the other body named as the cameras' controller or user (not just its first person: a council's own
# housing page says "our blocks" and "tenants" too), or naming what it is ("housing associations like
# us", its name signing the page): then its "we use CCTV" is that body's, not a council's
OTHER_NAMED = re.compile(
    f"{_OTHER_CONTROLS}|{_OTHER_OWN_CAMERAS}|{BODY_SIGNS_ITSELF}|{HOUSING_PROVIDER_SELF}|{POLICE_SELF}", re.I
)

OTHER_BODY = DecoyKind(
    "another body's cameras",
    # a Business Improvement District's own page (its ballot, its radio link to the control room)
    r(
        r"\buniversity\b|\bNHS\b|\bhospitals?\b|\bhousing\s+association\b|\bhealth\s+board\b|"
        r"\bbusiness\s+improvement\s+district\b|(?-i:\bBID\b)|\bardal\s+gwella\s+busnes\b|"
        r"\bpolice\s+and\s+crime\s+panel\b"
    ),
    None,
    t(
        (
            r"\bbusiness\s+improvement\s+district\b|\bardal\s+gwella\s+busnes\b|(?-i:\b[Tt]he\s+BID(?:'s|’s)?\b)|"
            r"(?-i:\bBID\s+(?:levy|ballot|members?|area|board|team))|\blevy\s+payers?\b",
            2,
        ),
        (_OTHER_CONTROLS, 4),
        (_OTHER_OWN_CAMERAS, 4),
        (_OTHER_FIRST_PERSON, 2),
        (_PCC_FUND, 2),
        (_APPLY_FOR_GRANT, 2),
        # the body signs or titles its own page, or says what it is ("housing associations like us")
        (BODY_SIGNS_ITSELF, 4),
        (HOUSING_PROVIDER_SELF, 4),
        (POLICING_BODY, 2),
        (POLICE_SELF, 4),
        (r"\bNHS\b|\bpatients?\b|\bwards?\s+and\s+clinics\b", 1),
        (r"\bstudents?\s+and\s+staff\b|\bcampus(?:es)?\b", 1),
        (r"\btenants?\b|\btenancy\b|\bour\s+(?:estates|blocks|homes)\b|\bcommunal\s+(?:entrances|areas)\b", 1),
        (r"\bfirefighters\b|\bfire\s+appliances?\b|\bcrews\b", 1),
    ),
    r(
        f"{_OTHER_CONTROLS}|{_OTHER_OWN_CAMERAS}|{_OTHER_FIRST_PERSON}|{_PCC_FUND}|"
        f"{BODY_SIGNS_ITSELF}|{HOUSING_PROVIDER_SELF}|{POLICING_BODY}|{POLICE_SELF}"
    ),
    issuer=True,
)

# "Disclosure log" is two things: an FOI disclosure log (published answers) and, in a CCTV code of
# practice, the log of footage released to the police. Only the first is an FOI page, so the words
# count for FOI only beside FOI's own name.
_FOI_NAME = r"(?:FOI|freedom\s+of\s+information|EIR|rhyddid\s+gwybodaeth)"
_FOI_LOG = rf"\b{_FOI_NAME}\b[^.|\n]{{0,60}}\bdisclosure\s+logs?\b|\bdisclosure\s+logs?\b[^.|\n]{{0,60}}\b{_FOI_NAME}\b"

# A request and its answer, wherever they are published (a disclosure log, WhatDoTheyKnow, a council's
# FOI page): the asker's letter ("Dear … Council", "please tell me", "Yours faithfully"), the team's
# receipt ("we will respond within 20 working days"), the answer's frame ("Request:" / "Response:",
# "the council does not hold", "not held") and the Act's refusals (section 12, 21, 31; the public
# interest test). A CCTV page's pointer ("ask under the Freedom of Information Act") has none of these.
_FOI_ASKED = (
    r"\bunder\s+the\s+freedom\s+of\s+information\s+act(?:\s+2000)?,?\s+(?:please|I\s+(?:would\s+like|am\s+"
    r"(?:requesting|writing)|request|wish))"
)
_FOI_LETTER = (
    _FOI_ASKED + r"|\bI\s+(?:am\s+writing\s+to|would\s+like\s+to|wish\s+to)\s+"
    r"(?:request|obtain|ask\s+for)\b|\bplease\s+(?:tell|provide|supply|confirm|send)\s+me\b|"
    r"(?m:^\s*(?:dear\s+[^\n]{0,60}\b(?:council|cyngor|sir\s+or\s+madam)|yours\s+(?:faithfully|sincerely))\b)"
)
_FOI_RECEIPT = (
    r"\bwe\s+(?:confirm|acknowledge)\s+(?:that\s+)?(?:we\s+have\s+)?(?:received|receipt\s+of)\s+your\s+"
    r"(?:request|correspondence)\b|\bthank\s+you\s+for\s+your\s+(?:request|freedom\s+of\s+information)\b|"
    r"\b(?:respond|reply)\s+(?:to\s+your\s+request\s+)?within\s+(?:the\s+)?20\s+working\s+days\b"
)
_FOI_ANSWER = (
    r"(?m:^\s*(?:request|question|response|answer|reply|our\s+response|decision|cais|cwestiwn|ymateb|ateb)\s*(?:\d+\s*)?[:–-])|"
    # an answer sheet's numbered questions: "Q1. Is your CCTV control room …?", "Q2 - How many …?"
    r"(?m:^\s*Q\d{1,2}\s*[.:)–-][^\n]*\?\s*$)|"
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
    # information response"): "may be requested under the Freedom of Information Act" is a signpost
    r(
        rf"\b{_FOI_NAME}\b(?!\s+act\b)[^.|]{{0,40}}?\b(?:request|response|reply|disclosure|answer)|"
        rf"\b{_FOI_NAME}\b(?!\s+act\b)[^.|]{{0,40}}?\d{{3,}}|"
        r"^\s*disclosure\s+logs?\b|\bFOI\s*[-/:#]?\s*\d+|\brequest\s+(?:ref(?:erence)?|number)\b|"
        r"\b(?:response|reply|answer)\s+to\s+(?:a\s+|your\s+)?(?:request\s+for\s+information|information\s+request)|"
        # a disclosure log's entry headed by its number: "Response 3932221", "Response to request 4410877"
        r"^\W*(?:response|reply)\s+(?:to\s+(?:request|enquiry)\s*)?(?:no\.?\s*|number\s*|ref\.?\s*)?[:#]?\s*\d{4,}\b"
    ),
    r(
        r"disclosure-?log|foi-?(?:requests?|responses?|disclosures?)|freedom-of-information-(?:requests?|"
        r"responses?|disclosures?)|/foi/\d|foi-?\d|/disclosures?/|/eir/|whatdotheyknow|/request/|"
        # a council's archive of answers: "/foi/previous-answers/…", "/foi/published-responses/…"
        r"/foi/[a-z-]*(?:answers?|responses?|requests?|disclosures?)/"
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
            r"\bdate\s+(?:of\s+)?(?:request|response)\b|\bdate\s+(?:received|responded)\b|\b(?:request|response)\s+date\b",
            2,
        ),
        (r"\bsection\s+(?:12|21|22|24|31|40|43)\b|\bexemptions?\s+appl", 1),
        (_FOI_LETTER, 2),
        (_FOI_RECEIPT, 2),
        (_FOI_ANSWER, 2),
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

TENDER = DecoyKind(
    Decoy.TENDER,
    r(
        r"\btenders?\b|\bprocurement\b|\binvitation\s+to\s+(?:tender|quote)|\bcontract\s+(?:notice|award|"
        r"opportunit)|\bsuppliers?\b|\bquotations?\b|(?-i:\bITT\b|\bRFQ\b)|"
        # a supplier's headline: "… choose our body cameras"
        r"\bchooses?\s+our\b|\bwith\s+our\s+(?:body|cameras)"
    ),
    r(
        r"tender|procurement|contracts-?finder|supplier|selling-to-the-council|doing-business|"
        r"business-opportunit"
    ),
    t(
        (r"\binvitation\s+to\s+tender\b|(?-i:\bITT\b)|\brequest\s+for\s+quotation\b|(?-i:\bRFQ\b)", 3),
        (r"\btender(?:s|ing|ers)?\b", 2),
        (r"\bprocurement\b", 1),
        (r"\b(?:suppliers?|bidders?)\b", 1),
        # a supplier selling to councils: "find out more about our cameras", "book a demo"
        (
            r"\bfind\s+out\s+more\s+about\s+our\s+(?:cameras|products|solutions|services|range)\b|"
            r"\b(?:book|request|arrange)\s+a\s+(?:free\s+)?(?:demo|demonstration|quote)\b|\bour\s+customers\b|"
            r"\bchooses?\s+our\b|\bequipped\s+(?:its|their)\s+[\w ]{0,30}\s+with\s+our\b",
            3,
        ),
        # an installer selling to businesses: "we design, install and maintain CCTV for shops and offices",
        # "recent customers include …", "an NSI Gold approved company"
        (
            r"\bwe\s+(?:design|supply|install)\w*,?\s+(?:and\s+)?(?:install|supply|maintain)\w*(?:,?\s+and\s+"
            r"(?:maintain|service|install)\w*)?\s+(?:cctv|cameras?|security\s+systems?)\s+for\s+(?:shops|businesses|"
            r"homes|offices|customers|clients|commercial|retail)\b",
            3,
        ),
        (
            r"\b(?:recent\s+|existing\s+)?(?:customers|clients)\s+include\b|"
            r"\bNSI\s+(?:Gold|Silver)\s+(?:approved|accredited)\s+(?:company|installer|business)\b",
            2,
        ),
        (r"\bcontracts\s+finder\b|\bfind\s+a\s+tender\b|\bproactis\b|\bin-?tend\b|\bdue\s+north\b", 2),
        (
            r"\bcontract\s+(?:value|period|award|notice|start)|\bestimated\s+value\b|\bdeadline\s+for\s+"
            r"(?:submissions|responses|tenders)|\bexpressions?\s+of\s+interest\b",
            2,
        ),
        # a published notice's fields: "CPV classifications", "Total value (estimated)", "Contract dates"
        (
            r"(?-i:\bCPV\b)|\btotal\s+value\s+\(estimated\)|\bcontract\s+dates\b|\bsubmission\s+deadline\b|"
            r"\b\d{8}\s+-\s+[A-Z][a-z]",
            2,
        ),
    ),
    r(r"\binvitation\s+to\s+tender\b|\btender\s+(?:documents|submissions?|deadline)\b"),
)

SCOTTISH = DecoyKind(
    Decoy.SCOTTISH,
    r(r"\bScotland\b|\bScottish\b|\bNorthern\s+Ireland\b"),
    r(r"\.scot(?:/|$)|nidirect|\.gov\.scot"),
    t(
        (r"\bPolice\s+Scotland\b", 3),
        (r"(?-i:\bPSNI\b)|\bPolice\s+Service\s+of\s+Northern\s+Ireland\b", 3),
        (r"\bScottish\s+(?:Government|Parliament|Information\s+Commissioner)\b", 2),
        (r"\bFreedom\s+of\s+Information\s+\(Scotland\)\s+Act\b", 3),
        (r"\b(?:Scotland|Northern\s+Ireland)\b", 1),
    ),
    r(r"\bPolice\s+Scotland\b|(?-i:\bPSNI\b)|\(Scotland\)\s+Act\b"),
    issuer=True,
)

SEARCH_RESULTS = DecoyKind(
    Decoy.SEARCH_RESULTS,
    r(r"\bsearch\s+results?\b|^\s*search\b|\bresults\s+for\b"),
    r(r"/search(?:/|$|\?|\.)|[?&](?:q|query|search|keys|term|searchtext|s)=|/results(?:/|$|\?)"),
    t(
        (
            r"\b\d+\s+results?\s+(?:found|for|match)|\bshowing\s+(?:results\s+)?\d+\s*(?:-|–|to)\s*\d+\s+of\b|"
            r"\byour\s+search\s+(?:for|returned)\b|\bno\s+results\b",
            3,
        ),
    ),
    None,
)

# A monitoring company or alarm receiving centre: it watches intruder and fire alarms and CCTV for its
# commercial customers, under the ARC standards (BS 5979, BS EN 50518, BS 8418). A council's control room
# may hold the same NSI approval and take a few paying clients, so only a page that outweighs the
# council's own words, or is titled or filed as such a company's, is this kind.
MONITORING_COMPANY = DecoyKind(
    "alarm receiving or monitoring company",
    r(
        r"\balarm\s+receiving\s+cent(?:re|er)s?\b|\bremote\s+video\s+(?:response|receiving|monitoring)\s+cent(?:re|er)|"
        r"(?-i:\bRVRC\b)|\bkey-?holding\b"
    ),
    r(r"alarm-receiving|remote-(?:video-)?monitoring|keyholding|key-holding|rvrc|monitoring-station"),
    t(
        (r"\balarm\s+receiving\s+cent(?:re|er)s?\b|(?-i:\bARCs?\b)", 2),
        (r"\bremote\s+video\s+(?:response|receiving|monitoring)\s+(?:cent(?:re|er)|station)|(?-i:\bRVRC\b)", 2),
        (r"\bBS\s*EN\s*50518\b|\bBS\s*(?:5979|8418|9518)\b", 1.5),
        (r"\bintruder\s+alarms?\b|\bfire\s+alarms?\b|\bkey-?holding\b|\bmobile\s+patrols?\b", 1),
        (r"\b(?:commercial|business|our)\s+(?:customers|clients)\b", 1.5),
        (r"\bmonitor\w*\b[^.\n]{0,60}\bfor\s+(?:more\s+than\s+|over\s+)?\d[\d,]*\s+(?:customers|clients|sites)\b", 2),
    ),
    r(
        r"\balarm\s+receiving\s+cent(?:re|er)\b[^.\n]{0,120}\b(?:customers|clients)\b|"
        r"\b(?:commercial|business)\s+customers\b[^.\n]{0,60}\b(?:alarms?|monitor)"
    ),
)

# Guidance addressed to whoever runs cameras, not a council telling of its own: the regulator's or the
# Home Office's voice to "organisations" and "relevant authorities", and advice to "you" as the one
# who installs and runs a system ("before you install cameras you should carry out a DPIA"). A
# council's own CCTV FAQ speaks to "you" too, but as somebody its cameras record ("you can ask for
# footage of yourself"), so only the operator's duties count here.
_TO_OPERATORS = (
    r"\borganisations\s+(?:(?:that|which|who)\s+(?:use|operate|run|deploy)|using|operating)\b[^.\n]{0,30}\b(?:cctv|"
    r"cameras?|surveillance|video)|\borganisations\s+(?:that|which|who)\s+(?:held|hold)\s+(?:one|a\s+certificate|the\s+mark)\b|"
    r"\borganisations\s+(?:should|must|need\s+to|are\s+(?:encouraged|expected|required|advised)\s+to)\s+(?:carry\s+out|"
    r"complete|publish|comply|demonstrate|display|remove|register|use\s+the\s+self)\b|"
    r"\brelevant\s+authorities\s+(?:must|should|are|have|need)\b"
)
_YOU_OPERATE = (
    r"\b(?:before|when|if)\s+you\s+(?:install|use|operate|set\s+up|deploy|put\s+up)\b[^.\n]{0,30}\b(?:cctv|surveillance|"
    r"video|cameras?)|\bbefore\s+installing\s+(?:a\s+|any\s+)?(?:surveillance\s+|cctv\s+)?(?:cameras?|system)\b[^.\n]{0,20}"
    r"\byou\s+(?:should|must|need)\b"
)
GUIDANCE = DecoyKind(
    "guidance to camera operators",
    r(
        r"\b(?:guidance|advice|checklist)\s+for\s+(?:organisations|operators|businesses|system\s+owners|"
        r"(?:relevant|local)\s+authorities|installers)\b|\bfor\s+organisations\b|\bguidance\s+on\s+video\s+surveillance\b|"
        r"\bcanllawiau\s+i\s+(?:awdurdodau|sefydliadau)\b"
    ),
    r(r"for-organisations|guidance-for-(?:organisations|operators|businesses)|guidance-on-video-surveillance"),
    t(
        (_TO_OPERATORS, 2),
        (_YOU_OPERATE, 2),
        (
            r"\byou\s+(?:should|must|need\s+to|will\s+need\s+to)\s+(?:also\s+)?(?:carry\s+out|put\s+up|display|register|"
            r"have\s+a\s+(?:procedure|clear|policy|lawful)|keep\s+recordings|be\s+clear|complete\s+a|let\s+people|tell\s+people|"
            r"position|document|identify\s+(?:a|your)\s+lawful|consider\s+whether)\b",
            2,
        ),
        (r"\byour\s+(?:organisation|surveillance\s+(?:camera\s+)?system|lawful\s+basis|processing)\b", 1),
        (r"\bUK\s+GDPR\b|\barticle\s+(?:5|6|9|35)\b", 1),
        # the regulator's own voice: "the commissioner has developed", "my certification scheme", "I launched"
        (
            r"\bcommissioner\s+(?:has|have)\s+(?:developed|produced|published|launched|issued)\b|"
            r"\bmy\s+(?:certification\s+(?:scheme|mark)|scheme|role|office|code)\b|\bI\s+(?:launched|published|recently)\b",
            2,
        ),
        # a tool or template handed to the reader: "this tool will help you", "the template we've provided"
        (
            r"\b(?:this|the)\s+(?:advice|guidance|template|tool|self[- ]assessment\s+tool)\s+(?:is\s+intended\s+for|"
            r"will\s+help\s+you|should\s+support\s+you|we(?:'|’)?ve\s+provided|helps?\s+you)|"
            r"\b(?:find\s+out|identify)\s+if\s+you(?:'re|’re|\s+are|\s+do)\b|"
            r"\brelevant\s+authorities\s+(?:in\s+England\s+and\s+Wales\s+)?(?:are\s+required|must|should)\b",
            2,
        ),
        (r"\bwe\s+encourage\s+you\b|\bplease\s+let\s+us\s+know\s+if\s+you\b", 1),
        # a reader who is any operator: "any organisation running cameras", "camera operators", "for local
        # authority CCTV owners and police forces", "written for the relevant authorities"
        (
            r"\b(?:any|each|every)\s+(?:organisation|operator|relevant\s+authority|council\s+and\s+(?:police\s+)?force)\b|"
            r"\bcamera\s+operators\b|\b(?:councils|local\s+authorities|(?:cctv|camera)\s+owners)\s+and\s+(?:police\s+)?forces\b|"
            r"\bwritten\s+for\s+(?:the\s+)?(?:relevant|local)\s+authorities\b|\banyone\s+else\s+may\s+use\b",
            2,
        ),
        (
            r"\bcan\s+use\s+this\s+(?:scheme|tool|guidance|framework)\b|\bthis\s+(?:revised\s+|new\s+|updated\s+)?"
            r"(?:framework|advice|guidance)\b(?:,[^.\n]{0,60}?,)?\s+(?:is\s+for|is\s+written\s+for|has\s+been\s+produced|was\s+prepared)\b|"
            r"\bto\s+help\s+(?:each|every|all)\s+(?:councils?|authorit\w+|organisations?)\b",
            2,
        ),
        # the regulator's office written of in the third person, urging every authority: "the Commissioner
        # continued to encourage authorities", "most relevant authorities have a lead", "police forces and
        # local authorities", "a local authority needs a SPOC", "each scheme manager"
        (
            r"\bthe\s+commissioner\s+(?:continued\s+to|continues\s+to|encourag\w+|urg\w+|recommend\w+)\b|"
            r"\b(?:most|many|fewer|few)\s+(?:relevant\s+|local\s+)?(?:authorities|councils)\s+(?:have|know|publish|do)\b",
            2,
        ),
        (
            r"\bpolice\s+forces\s+and\s+(?:relevant\s+|local\s+)?authorities\b|"
            r"\b(?:a|each|every)\s+(?:relevant\s+|local\s+)?authority\s+(?:needs|should|must)\b|"
            r"\b(?:each|every)\s+scheme(?:\s+manager)?\s+(?:must|should|keeps|has)\b",
            2,
        ),
        # a template for everyone: "adapted to local circumstances", "what a local agreement would include",
        # "this guidance explains the role"
        (
            r"\badapted\s+to\s+local\s+(?:circumstances|needs)\b|\ba\s+local\s+agreement\s+(?:would|should|could|may)\b|"
            r"\bthis\s+(?:guidance|advice)\s+(?:explains|sets\s+out|describes)\b",
            2,
        ),
        # who wrote it for everyone: "the Commissioner and the ICO produced this advice", "for anyone who wants to"
        (
            r"\b(?:produced|published|issued|prepared)\s+this\s+(?:advice|guidance)\b|"
            r"\bfor\s+anyone\s+who\s+(?:wants|wishes|needs)\s+to\b",
            2,
        ),
        (r"\bthe\s+commissioner(?:'s|’s)\s+(?:third[- ]party\s+)?certification\s+scheme\b", 1),
        # the closed scheme's notice to its former members
        (
            r"\b(?:former\s+)?certificate\s+holders\s+(?:are|were|should|must)\b|\bclosed\s+to\s+new\s+applicants\b",
            2,
        ),
        # Welsh guidance to every authority: "dylai pob awdurdod", "argymhellir bod", "awdurdodau perthnasol"
        (r"\b(?:dylai|rhaid\s+i)\s+bob\s+awdurdod\b|\bpob\s+awdurdod\b|\bargymhellir\s+bod\b", 2),
        (r"\bawdurdodau\s+(?:lleol\s+)?perthnasol\b|\bcanllawiau\s+i\s+(?:awdurdodau|sefydliadau)\b", 1.5),
        # the duty put on every operator: "organisations … that must have regard to the code"
        (
            r"\b(?:organisations|relevant\s+authorities|operators)\b[^.\n]{0,60}\b(?:must|should|are\s+required\s+to)\s+"
            r"have\s+(?:due\s+)?regard\b|\bencourag\w+\s+relevant\s+authorities\b",
            1,
        ),
    ),
    r(f"{_TO_OPERATORS}|{_YOU_OPERATE}"),
)

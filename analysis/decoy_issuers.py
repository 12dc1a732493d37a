"""Decoys by issuer or genre: pages that are never the principal council's own disclosure.

A school's, a parish or town council's, a Scottish or Northern Irish body's CCTV page is somebody
else's (`issuer=True`: a title or address naming such a publisher decides with little text); a
tender sells or buys, a search results page lists other pages, a monitoring company watches its
customers' alarms and cameras (docs/wording.md §13). FOI pages and guidance to operators are genres
of their own: decoy_foi and decoy_guidance.
"""

from __future__ import annotations

import re

from .decoy_kinds import Decoy, DecoyKind, r, t
from .decoy_voices import (
    BODY_SIGNS_ITSELF,
    HOUSING_PROVIDER_SELF,
    HOUSING_SCHEMES,
    LOCAL_COUNCIL_ACTS,
    POLICE_SELF,
    POLICING_BODY,
    opening,
)

__all__ = [
    "OTHER_BODY_VOICE",
    "OTHER_MAILBOX_VOICE",
    "SCHOOL",
    "OTHER_BODY",
    "OTHER_NAMED",
    "PARISH",
    "SETS_ITSELF_APART",
    "TENDER",
    "SCOTTISH",
    "OVERSEAS",
    "SEARCH_RESULTS",
    "MONITORING_COMPANY",
    "LOCAL_SERVICE",
]

_NAMED_SCHOOL = (
    r"(?-i:\b[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,3}(?:\s+(?:Primary|Junior|Infant|Infants|High|Secondary|Grammar|"
    r"Nursery|Community|C\s+of\s+E|CE|RC|Catholic|Church\s+of\s+England|VA|VC)){1,3}(?:\s+(?:and|&)\s+\w+)?\s+School\b)"
)


# A document's running header or footer, as a crawler extracts it from a PDF, naming its owner before the page number:
# "[X] Academy CCTV Policy - v2 - page 6", "[X] NHS Foundation Trust - CCTV Policy - version 3.1 - page 22" (real-text
# round 22). The owner's name ends in what it is.
def _running_line(owner: str) -> str:
    return (
        r"(?m:^[ \t]*(?-i:[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|of|and|&)){0,6})[ \t]+(?-i:" + owner + r")\b"
        r"[^\n]{0,100}?\b(?:page|p\.|tudalen)[ \t]*\d+(?:[ \t]+(?:of|o)[ \t]+\d+)?[ \t]*$)"
    )


_SCHOOL_RUNNING_LINE = _running_line(r"Academy|School|College|(?:Academy|Learning|Schools)\s+Trust")
_BODY_RUNNING_LINE = _running_line(
    r"(?:NHS\s+)?(?:Foundation\s+)?Trust|Police|Constabulary|University|Housing(?:\s+(?:Association|Group|Trust))?|Homes|"
    r"Fire\s+(?:and|&)\s+Rescue\s+Service|Health\s+Board|Commissioner"
)

SCHOOL = DecoyKind(
    "school policy",
    r(
        # ("school children", "school streets", "school gates" are the school run, not a school's page)
        r"\b(?:schools?|academy|academies|college|nursery)\b(?!\s+(?:children|pupils|run|streets?|gates|crossings?|holidays))"
        r"[^|]*\b(?:cctv|cameras?|surveillance|polic(?:y|ies))|\b(?:cctv|cameras?|surveillance)\b[^|]*\b(?:schools?|academy|academies)\b"
        r"(?!\s+(?:streets?|children|pupils|run|gates|crossings?|holidays))|"
        # a Welsh school's own policy: "Polisi teledu cylch cyfyng Ysgol Gyfun …" (real-text round 11)
        r"\bysgol\b[^|]*\b(?:teledu|camer[aâ]u|polisi)|\b(?:polisi|teledu|camer[aâ]u)\b[^|]*\bysgol\b|" + _NAMED_SCHOOL
        # a title that is the school's name: "Grasmere Primary School"
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
        # ... or as their owner: "the cameras are run by the college"
        (r"\b(?:owned|operated|run|managed)\s+by\s+the\s+(?:academy|school|college)\b", 4),
        (r"(?-i:\b[A-Z][\w'’]+(?:\s+(?:[A-Z][\w'’]+|&)){0,4}\s+(?:College|Academy)\b)", 1),
        # Welsh: the school, its governing body, its pupils, its head
        (r"\b(?:yr|[’']r)\s+ysgol\b|\bcorff\s+llywodraethu\b", 1.5),
        # ... as the owner of its cameras, and its governors signing ("Mae'r system yn eiddo i'r ysgol", "Llofnod Cadeirydd
        # y Llywodraethwyr", real-text round 41)
        (r"\byn\s+eiddo\s+i[’']r\s+ysgol\b|\bllywodraethwyr\b", 2),
        (_SCHOOL_RUNNING_LINE, 4),
        (r"\bapproved\s+by\s*:?\s*(?:the\s+)?(?:full\s+)?governing\s+(?:body|board)\b", 2),
        (r"\bdisgyblion\b|\by\s+pennaeth\b", 1),
    ),
    r(
        r"\bthe\s+(?:school|academy)\b|\bpupils\b|\bhead\s?teacher\b|\byn\s+eiddo\s+i[’']r\s+ysgol\b|"
        + _SCHOOL_RUNNING_LINE
    ),
    issuer=True,
)

# the local council's own service, named for it: "Newquay Town Councils CCTV Service" (real-text round 15); its
# "our control room" is then its own, not the principal council's watching the town's cameras
LOCAL_SERVICE = (
    r"(?-i:\b(?:[A-Z][\w'’-]+\s+){1,3})(?:Parish|Town|Community)\s+Councils?(?:'|’)?s?\s+(?:CCTV|[Cc]amera)\s+"
    r"(?:[Ss]ervice|[Ss]cheme|[Ss]ystem|[Tt]eam|[Cc]ontrol\s+[Rr]oom)\b"
)
_LOCAL_RUNS = (
    # ("The parish council will own and run the system, be the data controller and must …", a district's grant page for
    # village cameras, real-text round 43)
    r"\b(?:the|(?-i:(?:[A-Z][\w'’-]+\s+){1,3}))\s*(?:parish|town|community)\s+councils?\s+(?:will\s+)?(?:runs?|operates?|owns?|"
    r"manages?|installed|funds\s+and\s+runs|pays\s+for|funds)(?:\s+and\s+(?:runs?|operates?|pays\s+for|maintains?|manages?|"
    r"monitors?))?\s+"
    # ("Ware Town Council owns eleven cameras", real-text round 36)
    r"(?:a|an|its|the|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some)\b[^.\n]{0,40}\b"
    r"(?:cctv|cameras?|system)\b|"
    r"\bon\s+(?:the|behalf\s+of\s+the)\s+(?:parish|town|community)\s+council(?:'s|’s)?\s*(?:behalf)?\b|"
    # a grant helping one buy its own: "A community grant has helped a parish council buy two cameras for its recreation
    # ground" (held-back web 75's High Peak)
    r"\b(?:a|the|its)\s+(?:parish|town|community)\s+council\s+(?:to\s+)?(?:buy|bought|buys|purchased?|install|installed|"
    r"put\s+up)\s+(?:[\w-]+\s+){0,2}?(?:cctv|cameras?)\b|"
    # "controlled by Millbrook Parish Council", "run by the town council"
    r"\b(?:controlled|owned|operated|run|managed)\s+by\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,3}"
    r"(?:parish|town|community)\s+council\b|"
    # a city council that is a parish ("owned and run by Lichfield City Council, the parish-level council for the
    # city, not by the district council": held-back web 10)
    r"\b(?:controlled|owned|operated|run|managed)\s+by\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:City\s+)?Council,?\s+(?:the|a)\s+"
    r"parish[- ]level\s+council\b|" + LOCAL_SERVICE
)

_LOCAL_PAPERS = (
    r"\breport\s+of\s+the\s+(?:town|parish)\s+clerk\b|\baddressed\s+the\s+(?:parish|town)\s+council\b|"
    r"(?-i:\b(?:in|across|throughout)\s+the\s+Parish\b)"
)

# a paragraph opening with a town or parish council as its subject: "[X] Town Council is worried about damage at the skate
# park", its consultation on three cameras (real-text round 81)
_LOCAL_OPENS_PARAGRAPH = (
    r"(?m-i:^[ \t]*(?:[A-Z][\w'’-]+\s+){1,3}(?:Parish|Town|Community)\s+Council\s+(?:is|has|have|are|was|were|will)\s)"
)

# a line naming a local council over the cameras it has: "[X] & [Y] Parish Council – cameras at the playing field, play area
# and car park" under a policy's title (real-text round 118)
_LOCAL_NAMES_ITS_CAMERAS = (
    r"(?m-i:^[ \t]*(?:[A-Z][\w'’-]+\s+(?:&\s+|and\s+)?){1,4}(?:Parish|Town|Community)\s+Council\s*[–—:-]\s+[^\n]{0,40}?"
    r"\b(?:cameras|CCTV)\b)"
)

_LOCAL_OWNS_CY = r"\b(?:yn\s+|sy['’]n\s+)eiddo\s+i(?:['’]r|\s+)\s*(?:g|c)yngor\s+(?:tref|cymuned)\b"
_LOCAL_CONTROLLER_CY = r"\b(?:c|g|ch|ngh)yngor\s+(?:tref|cymuned)\s+(?:[A-Z][\w'’-]+\s+){0,2}yw\s+rheolydd\s+data\b"

PARISH = DecoyKind(
    Decoy.PARISH,
    # (or its news section's: "Parish news", real-text round 113)
    r(
        r"\b(?:parish|town|community|village|neighbourhood)\s+council\b|\bcyngor\s+(?:tref|cymuned)\b|^\W*parish\s+news\b"
    ),
    r(r"parish|town-council|community-council|towncouncil|parishcouncil"),
    t(
        (r"\bthe\s+(?:parish|town|community)\s+council\b", 2),
        (r"\b(?:parish|town)\s+clerk\b|\by\s+clerc\b|\b(?:city|town|parish)\s+council(?:'s|’s)\s+clerk\b", 2),
        (r"\bparish[- ]level\s+council\b", 2),
        (r"\bcyngor\s+(?:tref|cymuned)\b", 2),
        # Welsh: "Mae Cyngor Tref Pwllheli yn berchen ar wyth camera", "Clerc y Dref" (real-text round 20)
        (r"\bcyngor\s+(?:tref|cymuned)\s+(?:[A-Z][\w'’-]+\s+){0,2}yn\s+(?:berchen\s+ar|rhedeg|gweithredu)\b", 4),
        # ... or the data controller by its name: "Cyngor Tref [X] yw rheolydd data'r camerâu hyn" (a town council's FOI answer,
        # real-text round 102)
        (_LOCAL_CONTROLLER_CY, 4),
        # ... its name heading its own policy: "Cyngor Cymuned [X]" on a line of its own under the title (real-text round 61)
        (r"(?:^|\n)\W*cyngor\s+(?:tref|cymuned)\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,3}\s*(?:\n|$)", 4),
        (r"\bclerc\s+y\s+(?:dref|gymuned|cyngor)\b", 2),
        # ... or what it owns, in Welsh: "sy'n eiddo i Gyngor Tref [X]", "Mae'r holl recordiadau'n eiddo i'r Cyngor Tref" (a town
        # council's data protection policy, real-text round 125)
        (_LOCAL_OWNS_CY, 4),
        (r"\bparish\s+(?:councillors|meeting)\b", 1),
        # its clerk answering its members: "The Clerk explained that it could not: the cameras are owned and operated by the
        # county borough council" (a town council's minutes, real-text round 42)
        (r"(?-i:\b[Tt]he\s+Clerk)\s+(?:explained|reported|advised|informed|confirmed|said)\b", 2),
        # its cameras and its contact by name: "the parish cameras", "the parish council's single point of contact for …
        # the village cameras" (real-text round 23)
        (
            r"\bthe\s+(?:parish|village)\s+cameras\b|\b(?:parish|town|community)\s+council(?:'s|’s)\s+(?:single\s+point\s+of\s+"
            r"contact|own\s+cameras|cameras|cctv)\b",
            2,
        ),
        # a parish or town council's own papers: "the report of the Town Clerk", a member of the public
        # "addressed the Parish Council", cameras "in the Parish" (real-text round 10)
        (_LOCAL_PAPERS, 2.5),
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
        # its own minutes or page, headed by its name: "[X] Town Council - Finance and General Purposes Committee" (real-text
        # round 26: its SLA with the district for monitoring its cameras)
        (r"(?-i:\A\W*(?:[A-Z][\w'’-]+\s+){1,3}(?:Parish|Town|Community)\s+Council)\b(?!\s+(?:and|&))", 4),
        (_LOCAL_OPENS_PARAGRAPH, 2),
        (_LOCAL_NAMES_ITS_CAMERAS, 4),
    ),
    r(
        LOCAL_COUNCIL_ACTS + "|" + _LOCAL_NAMES_ITS_CAMERAS + "|"
        r"\bthe\s+(?:parish|town|community)\s+council\s+(?:operates|owns|has|will|is|are|uses|may)\b|"
        r"\b(?:parish|town|community)\s+council(?:'s|’s)\s+single\s+point\s+of\s+contact\b|"
        # its cameras by its name: "A few people have asked about the parish council's cameras on the recreation ground"
        # (real-text round 113)
        r"\b(?:parish|town|community)\s+council(?:'s|’s)\s+(?:own\s+)?(?:cameras|cctv)\b|"
        # ... or its own saying it has none: "The parish council does not own or maintain any CCTV cameras" (real-text round 113)
        r"\bthe\s+(?:parish|town|community)\s+council\s+(?:does\s+not|doesn't|do\s+not)\s+(?:own|run|operate|maintain|have)\b|"
        # the cameras serve it: "to assist the Parish Council, the Police and others"
        r"\b(?:assist|help|support)\s+the\s+(?:parish|town|community)\s+council\b|"
        # ("Mae'r Cyngor Cymuned yn berchen ar ddau gamera …", a community council's policy, real-text round 61)
        r"\bmae(?:'r|’r)?\s+cyngor\s+(?:tref|cymuned)\b|"
        + _LOCAL_CONTROLLER_CY
        + "|"
        + _LOCAL_OWNS_CY
        + "|"
        + _LOCAL_RUNS
        + "|"
        + _LOCAL_PAPERS
        + "|"
        + _LOCAL_OPENS_PARAGRAPH
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
    r"police\s+(?:force|and\s+crime\s+commissioner)|constabulary|health\s+board|"
    # a parliament's corporate body: "The Commission is the data controller" (the Senedd Commission's notice for its
    # estate's cameras, real-text round 55)
    r"the\s+(?:senedd\s+|assembly\s+)?commission(?!er))"
)
_OTHER_CONTROLS = (
    # a building site's own cameras, its signs naming who records: "Images recorded by the principal contractor for site
    # security" (a construction site's security plan, real-text round 18)
    r"\b(?:images|footage|recordings)\s+(?:are\s+)?recorded\s+by\s+the\s+(?:principal\s+|main\s+)?contractor\b|"
    # a body saying it controls its own cameras though it runs a council's buildings: "[X] Leisure operates six leisure centres
    # under a contract with the district council but is the data controller for its own cameras" (a leisure trust's policy;
    # never a council, "[X] Borough Council hosts the Hub and is the data controller for its own cameras", real-text round 13);
    # a key-value line giving the controller: "Data controller: the University" (a campus page); a village hall's committee
    # "(a registered charity) operates three cameras"; in Welsh, "Mae Heddlu [X] yn berchen ar y camerâu" (the force owns
    # the cameras, as the page's opening: a council's answer naming the force's town centre cameras beside its own, real-text
    # round 38, is not the force's page) (real-text round 105)
    r"(?-i:\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:Leisure|Trust|Ltd|Limited|Club|College|Academy|School|Association|"
    r"Charity|Homes|Housing))\b[^.\n]{0,120}?\bis\s+the\s+data\s+controller\s+for\s+its\s+own\s+(?:cctv\s+)?cameras\b|"
    r"(?m:^\W*data\s+controller\s*:\s*(?:the\s+)?(?:university|trust|college|school|academy|hospital|club|charity|association|"
    r"committee|company)\b)|"
    r"\b(?:management\s+committee|trustees|the\s+club|the\s+association|the\s+charity)\b[^.\n]{0,50}?\b(?:operates|runs|owns)\s+"
    r"(?:\w+\s+){0,2}?(?:cctv\s+)?cameras\b|"
    # (or by their count: "Mae Heddlu [X] yn berchen ar tua 160 o gamerâu" (owns about 160 cameras), a force's Welsh page on
    # its own town cameras, real-text round 119)
    r"\A(?:[^\n]*\n){0,3}?\s*mae\s+heddlu\s+[\w-]+(?:\s+[\w-]+)?\s+yn\s+berchen\s+ar\s+(?:y\s+camer[aâ]u|"
    r"(?:tua\s+|dros\s+|bron\s+)?\d[\d,]*\s+o\s+(?:g|ch)?amer[aâ]u)\b|"
    # a leisure operator or trust that runs councils' centres for them, then speaks as the controller: "[X] Leisure runs 23 pools,
    # gyms and sports halls on behalf of several councils … We are the data controller for our CCTV" (its policy statement);
    # "[X] is a charitable trust that runs six leisure centres … on behalf of the local council … We are the data controller for
    # the CCTV at our centres" (its privacy notice; real-text rounds 118 and 119)
    r"(?-i:\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})(?<!Council)(?<!Councils)\s+(?:is\s+a\s+(?:[\w-]+\s+){0,2}?(?:trust|charity|company|social\s+enterprise)"
    r"\s+that\s+)?runs?\s+[^.\n]{0,80}?\bon\s+behalf\s+of\s+(?:the\s+local\s+council|(?:several|many|\w+)\s+(?:local\s+)?councils|"
    r"the\s+(?:[\w-]+\s+)?council)\b[\s\S]{0,400}?\bwe\s+are\s+the\s+data\s+controller\b|"
    # ("Heddlu [X] sy'n berchen ar y system … nid y cynghorau sir" (the force owns the system, not the county councils), a
    # force's Welsh questions page, real-text round 106)
    r"\bheddlu\s+[\w-]+(?:\s+[\w-]+)?\s+sy['’]n\s+berchen\s+ar\s+y\s+(?:system|camer[aâ]u)\b[^.\n]{0,100}?\bnid\s+y\s+cyngh?or|"
    # ... or a town or community council the same way: "Cyngor Tref [X] sy'n berchen ar y chwe chamera" (a town council's Welsh
    # questions page, real-text round 106)
    r"\bcyngor\s+(?:tref|cymuned)\s+[\w-]+(?:\s+[\w-]+)?\s+sy['’]n\s+berchen\s+ar\b|"
    # ... or names its own officer for them: "The Head of Security is the University of [X]'s single point of contact for all CCTV
    # on campus" (a university's security questions, real-text round 106)
    r"(?-i:\b(?:[Tt]he\s+)?University\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:'s|’s))\s+single\s+point\s+of\s+contact\b|"
    r"\bsingle\s+point\s+of\s+contact\s+for\s+(?:all\s+)?(?:cctv|cameras?)\s+on\s+(?:the\s+)?campus\b|"
    # ... or its cameras by its name: "The university's CCTV holds full certification" (a university's security news, real-text
    # round 113); never its room alone, which may watch a council's cameras for it ("The university's control room holds its
    # own certification", a borough's CCTV page, real-text round 84)
    r"\bthe\s+(?:university|college)(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:cctv|cameras)\b|"
    # ... or its room watching the cameras on its own sites: "The University's security control room monitors cameras across
    # our colleges' shared sites" (a university's security page, real-text round 91)
    r"\bthe\s+(?:university|college)(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?control\s+room\s+(?:monitors|watches)\s+(?:the\s+)?cameras\s+"
    r"(?:across|on|at|in)\s+(?:our|the\s+(?:university|college)(?:'s|’s))\b|"
    # (or for all the body's own systems by its name: "… is the single point of contact for all University CCTV systems",
    # a university's community safety page, real-text round 110; "All cameras on University of [X] property … are managed
    # centrally by Campus Security", a university's facilities page, real-text round 109)
    r"\bsingle\s+point\s+of\s+contact\s+for\s+(?:all\s+)?(?:the\s+)?(?-i:University|College|Trust)(?:'s|’s)?\s+"
    r"(?:cctv|camera|surveillance)\b|"
    r"\b(?:cameras|cctv)\s+(?:on|at|in)\s+(?:the\s+)?(?-i:University\s+of\s+[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?\s+"
    r"(?:property|premises|campus(?:es)?|sites|buildings)\b|"
    # in Welsh, a school's governors or a trust as the controller: "Y corff llywodraethu yw'r rheolydd data" (the governing
    # body is the data controller, a Welsh-medium school's policy), "Yr Ymddiriedolaeth, ac nid y Cyngor Sir, yw'r rheolydd
    # data" (the Trust, not the county council, a leisure trust's privacy notice; real-text round 110)
    r"\b(?:y\s+corff\s+llywodraethu|yr\s+ymddiriedolaeth|y\s+cwmni|y\s+brifysgol|y\s+coleg|y\s+gymdeithas)\b"
    r"(?:,\s+ac\s+nid\s+y\s+cyngor(?:\s+\w+)?,)?\s+yw['’]r\s+rheolydd\s+data\b|"
    r"\bmae\s+gan\s+yr\s+ysgol\s+(?:\d+|\w+)\s+(?:c|g|ch)amer|"
    # ... a commission as the controller ("Comisiwn y Senedd yw'r rheolydd data", a parliament's Welsh privacy notice for its
    # estate's cameras), or the police as the owner ("Yr heddlu sy'n berchen ar y camerâu newydd", a broadcaster's Welsh news
    # of a force's town cameras; real-text round 110)
    r"\bcomisiwn\s+(?:y\s+)?[\w'’-]+\s+yw['’]r\s+rheolydd\s+data\b|\byr\s+heddlu\s+sy['’]n\s+berchen\s+ar\b|"
    # (or "Mae'r heddlu'n berchen arnynt ac yn eu monitro" (the police own them and monitor them), a police and crime
    # commissioner's Welsh statement on a force's town cameras, real-text round 111)
    r"\bmae['’]r\s+heddlu(?:['’]n|\s+yn)\s+berchen\s+ar(?:nynt|\s+y\s+(?:system|camer[aâ]u))\b|"
    # ... or a force's own page on its system: "Rheolir y system gan yr heddlu ei hun" (the system is run by the police itself),
    # "Mae Heddlu [X] wedi gosod system TCC mannau cyhoeddus mewn 24 o drefi" (a force's Welsh CCTV policy page, real-text round
    # 112)
    r"\brheolir\s+y\s+(?:system|camer[aâ]u)\s+gan\s+yr\s+heddlu\b|"
    # ... or a fire and rescue service that has put cameras on its engines: "Mae Gwasanaeth Tân ac Achub [X] wedi gosod camerâu
    # ar ei injans" (a fire service's Welsh notice, real-text round 10)
    r"\bmae\s+gwasanaeth\s+t[âa]n\s+ac\s+achub\b[^.\n]{0,80}?\bwedi\s+gosod\s+(?:c|g|ch)amer|"
    # ... or the network "sy'n eiddo i'r heddlu" (which belongs to the police), a commissioner's Welsh press release (real-text
    # round 113)
    r"\bsy['’]n\s+eiddo\s+i['’]r\s+heddlu\b|"
    r"\bmae\s+heddlu\s+[\w-]+(?:\s+[\w-]+)?\s+wedi\s+gosod\s+(?:system|camer[aâ]u)\b|"
    # ... or a volunteers' group running its own: "[Town] Watch, the volunteer group that runs 30 cameras in the seaside
    # town" (real-text round 110)
    r"\b(?:volunteer|community|residents(?:'|’)?)\s+group\s+(?:that|which|who)\s+(?:runs|operates|owns|manages)\s+"
    r"(?:\d+|[\w-]+)\s+(?:cctv\s+)?cameras\b|"
    # a train operator's own cameras: "camerâu teledu cylch cyfyng yn ein gorsafoedd ac ar ein trenau" (cameras in our stations
    # and on our trains, a rail operator's Welsh privacy notice, real-text round 56)
    r"\b(?:our|ein)\s+(?:stations|gorsafoedd)\b[^.\n]{0,40}?\b(?:trains|trenau)\b|"
    # a body introduced as what it is and running its own cameras: "Anyshire Libraries, an independent charity,
    # operates cameras … in some libraries" on the county's page (held-back web 22)
    r"(?-i:\b[A-Z]\w+(?:\s+[A-Z]\w+){0,3}),\s+an?\s+(?:independent\s+)?(?:charity|company|trust|social\s+enterprise|mutual|"
    r"charitable\s+trust|community\s+interest\s+company)\b[^.\n]{0,40}\b(?:operates|runs|owns|manages)\s+(?:its\s+own\s+)?"
    r"(?:cctv|cameras?|body[- ]worn)|"
    # a Business Improvement District's own scheme: "a radio network … run by the Anytown business improvement
    # district"
    r"\b(?:run|operated|managed|funded)\s+by\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,3}(?:business\s+improvement\s+district|BID)\b|"
    # ... or the BID as the subject of its own scheme: "[Town] BID's street rangers carry body cameras", "The [name] BID
    # runs a retail radio network", "The BID has an information sharing agreement with [the force]" (real-text round 10)
    # (its rangers only when they carry cameras: "Alongside the BID's Street Rangers, the council's officers patrol" on the
    # council's own page counting its cameras is no BID's scheme, held-back web 173's Southend)
    r"(?-i:\bBID(?:'s|’s)?)\s+(?:(?:street\s+)?(?:rangers|wardens|ambassadors)\b[^.\n]{0,40}?\b(?:carry|carries|wear|wears|use|uses|"
    r"have|has|are\s+equipped\s+with)\b[^.\n]{0,30}?\b(?:cameras?|cctv|body[\s-]*worn)|(?:runs|operates|manages|funds|pays\s+for|"
    # ("[Town] BID has bought two cameras of its own", a district's page on its BIDs, held-back web 253's Lancaster)
    r"has\s+an?\s+(?:information|data)\s+sharing|(?:has\s+|have\s+)?bought\s+(?:\w+\s+){0,2}?cameras)\b)|"
    # a transport body's cameras, in the passive: "15,576 CCTV cameras are operated by TfL on stations" (real-text
    # round 16: its FOI answer)
    r"\b(?:cctv|cameras?)\s+(?:are|is)\s+(?:operated|owned|run|managed)\s+by\s+(?-i:TfL\b|Transport\s+for\s+[A-Z]\w+|Network\s+Rail\b)|"
    # a trust's policy titled as its own: "Trust Surveillance Camera Policy & Procedures"
    # (or in lower case: "Trust surveillance camera policy - section 7", real-text round 10)
    r"(?-i:(?m:^\W*Trust\s+(?:[A-Za-z][\w&]*\s+){0,4}(?:[Pp]olicy|[Pp]rocedures?)\b))|"
    # the body saying what it is and whose cameras they are: "The University of Anyfield is an academic
    # institution …", "cameras are managed by several teams within the university"
    r"(?-i:\b(?:[Tt]he\s+)?University\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+is\s+an?\s+(?:academic|higher|research|public))|"
    r"\b(?:cctv|camera|surveillance)\s+systems?\s+(?:are|is)\s+(?:operated|run|managed|owned)\s+by\s+[^.\n]{0,40}?\bwithin\s+"
    r"the\s+(?:university|trust|college|hospital|school|academy)\b|"
    # ("The university is the owner and data controller", a campus code of practice, real-text round 42)
    rf"\b{_OTHER_BODY_NAME}(?:'s|’s)?\s+(?:is|are|remains|acts\s+as)\s+the\s+(?:(?:owner|operator)\s+and\s+)?(?:data\s+controller|"
    rf"(?:owner|operator)s?\s+of\s+(?:the|its|this)\b)|"
    rf"\bthe\s+{_OTHER_BODY_NAME}(?:'s|’s)?\s+(?:[A-Z][\w ]{{0,30}}\s+)?(?:department\s+|team\s+)?"
    rf"(?:operates|owns|runs|manages|installed|is\s+issuing|issues|has\s+introduced)\s+"
    rf"(?:\d+|a|an|its|the|cctv|cameras?|body[- ]worn)\b|"
    # (real-text round 31) a university running its cameras ("The University of [X] operates around 900 cameras"), a trust's
    # policy ("The Trust operates CCTV on 46 estates"), a BID's own officer ("[Town] BID's Business Crime Reduction Manager
    # is your single point of contact"), a shopping centre's management ("Centre management will not hand recordings …")
    # a GP or dental practice's own notice: "[Name] Medical Practice has cameras in the reception area, waiting room and car
    # park" (real-text round 43)
    r"(?-i:\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:Medical\s+Practice|Surgery|Dental\s+Practice|Health\s+Cent(?:re|er)))\s+"
    r"(?:has|uses|operates|runs|installed)\s+(?:cctv|cameras|a\s+cctv)\b|"
    r"(?-i:\b(?:[Tt]he\s+)?University\s+of\s+[A-Z][\w'’-]+)\s+(?:operates|runs|owns|manages)\s+(?:around\s+|about\s+|over\s+)?"
    r"(?:\d[\d,]*|its|the|cctv|cameras)\b|"
    r"(?-i:\b[Tt]he\s+[Tt]rust)\s+(?:operates|runs|owns|manages|has)\s+(?:cctv|cameras)\b|"
    r"(?-i:\bBID(?:'s|’s)\s+(?:[A-Z][\w-]+\s+){0,4}(?:Manager|Officer|Co-?ordinator))\b|"
    # (real-text round 32) a BID's members' scheme ("Every business in the [town] BID area can join our free retail radio
    # link", "Call the BID office"), a Welsh college ("Coleg [X] operates CCTV at its … campuses")
    r"(?-i:\bBID)\s+area\s+can\s+join\s+our\b|(?-i:\b[Tt]he\s+BID\s+office)\b|"
    r"(?-i:\bColeg\s+(?:[\w'’-]+\s+){1,3}?)(?:operates|runs|owns|manages|uses)\s+(?:cctv|cameras)\b|"
    r"\bcentre\s+management\s+(?:will|does|do|may|can)\s+not\s+(?:hand|give|release|supply)\b"
)

# ... or named as itself, the way such a body writes about its own cameras: "Gwent Police uses
# surveillance cameras", "Transport for Wales has CCTV at most of its stations", "Riverside Vale Homes
# will follow the code", "Llangattock Community Council operates a small number of cameras"
_PROPER_OTHER = (
    r"(?-i:(?:Transport\s+for\s+(?:Wales|London|Greater\s+Manchester)|Network\s+Rail|"
    r"(?:[A-Z][\w'’-]+\s+(?:and\s+)?){1,3}(?:Buses|Trains|Railways?|Rail|(?:Homes|Housing)(?:\s+(?:Group|Trust|Association))?|Police|"
    r"Constabulary|NHS\s+(?:Foundation\s+)?Trust|"
    r"(?:University\s+)?Hospital|Health\s+Board|College|"
    # a company or a leisure trust: "Halo Leisure", "The Mall Luton Limited", "Riverside Parking Ltd"
    r"University|Leisure(?:\s+Trust)?|Limited|Ltd|plc|PLC|Fire\s+(?:and|&)\s+Rescue\s+(?:Service|Authority)|Airport|Ambulance\s+Service)|"
    # (a Welsh landlord by its Welsh name, "Cartrefi [X]" or "Tai [X]", written in English too: "Tai [X] has cameras at 14 of its
    # blocks of flats", real-text round 101)
    r"(?:Cartrefi|Tai)\s+[A-Z]\w+(?:\s+[A-Z]\w+){0,2}|"
    # a national agency: "The Environment Agency has installed 14 cameras at debris screens" (real-text round 116)
    r"Environment\s+Agency|Natural\s+Resources\s+Wales|National\s+Highways|Highways\s+England|Canal\s+(?:and|&)\s+River\s+Trust))"
)
# A body setting its cameras apart from the council's: "[X]'s cameras are owned by the centre and are not part of [the]
# Council's public space CCTV system", "Our cameras are separate from the cameras run by [the] City Council" (real-text
# round 26); never the council's own page, whatever else it names
SETS_ITSELF_APART = (
    # ("The cameras are owned and operated by the centre's management company", real-text round 32)
    r"\bcameras\s+are\s+owned\s+(?:and\s+(?:operated|run|managed)\s+)?by\s+the\s+(?:centre|company|trust|university|college|"
    r"association|club|store|landlord|operator|owners?)\b|"
    # a landlord or company that is no council: "Although we are not a public authority, we have chosen to apply the
    # Code" (real-text round 33's housing association)
    r"\bwe\s+are\s+not\s+a\s+(?:public|relevant|local)\s+authority\b|"
    # a leisure operator's notice for centres it runs for councils: "We are the data controller for these images, even
    # where the building is owned by a council" (real-text round 34)
    r"\beven\s+where\s+the\s+(?:building|site|centre|premises)\s+is\s+owned\s+by\s+(?:a|the)\s+(?:local\s+)?council\b|"
    # a shopping centre's notice: "The centre's management company is the data controller" (real-text round 36)
    r"\bthe\s+centre(?:'s|’s)\s+(?:management\s+company|owners?|landlord|managing\s+agents?)\s+(?:is|are)\s+the\s+data\s+controller\b|\bnot\s+part\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?council(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:cctv|cameras?|system)\b|\bour\s+cameras\s+are\s+separate\s+from\b|"
    # ("[The centre] is a privately owned shopping centre. We operate 96 cameras …. The council's town-centre cameras outside the
    # centre are a separate system", a shopping centre's page, real-text round 101)
    r"\bis\s+a\s+privately\s+owned\s+(?:shopping\s+centre|retail\s+park|centre|car\s+park|estate|site)\b|"
    # ("The cameras are ours and are managed separately from any council cameras nearby", a housing association's page; "The
    # hall is run by a charity and the cameras belong to the trustees", a village hall's notice to hirers: real-text round 109)
    r"\b(?:managed|run|operated|kept)\s+separately\s+from\s+(?:any|the)\s+(?:[\w-]+\s+)?council(?:'s|’s)?\s+(?:cctv|cameras)\b|"
    r"\bcameras\s+belong\s+to\s+the\s+(?:trustees|committee|charity|club|association|company|school|governors)\b|"
    # ("The centre management company is the data controller", a shopping centre's security procedure, real-text round 115)
    r"\bthe\s+(?:shopping\s+)?(?:centre|center)(?:(?:'s|’s)\s+|\s+)(?:management\s+company|owners?|landlord)\s+is\s+the\s+data\s+"
    r"controller\b|"
    r"\bthe\s+council(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:cctv|cameras)\b[^.\n]{0,40}?\b(?:are|is)\s+a\s+separate\s+system\b"
)
_OTHER_OWN_CAMERAS = (
    r"\b(?:all\s+)?our\s+(?:buses|trains|stations|ambulances)\s+(?:are|have\s+been)\s+(?:fitted|equipped)\b|"
    # ("CCTV cameras are fitted to all our buses", a bus company's conditions of carriage, real-text round 34)
    r"\b(?:cctv|cameras)\s+(?:cameras\s+)?(?:are|have\s+been)\s+(?:fitted|installed)\s+(?:to|on|in)\s+(?:all\s+|each\s+of\s+)?our\s+"
    r"(?:buses|trains|trams|coaches|ambulances|vehicles)\b|"
    # ("Every Northway Coaches bus is fitted with CCTV", an operator's page, real-text round 36)
    r"(?-i:\b[Ee]very\s+(?:[A-Z][\w'’-]+\s+){1,3})(?:bus|coach|train|tram|ambulance)\s+is\s+(?:fitted|equipped)\s+with\b|"
    # "We use CCTV at our stations and on our trains" (a train operator's notice, real-text round 30)
    r"\b(?:cctv|cameras)\s+(?:at|in|on)\s+(?:all\s+)?our\s+(?:stations|trains|buses|trams|ambulances)\b|"
    # a named body using cameras of its own: "[X] Rail uses CCTV at staffed stations", "The [Y] Shopping Centre has 140
    # cameras" (real-text round 25), not on a council's behalf
    # (all four in the text's opening, where the body introduces itself: a council's CCTV page may say further down that
    # "Green Lanes shopping centre has its own cameras", held-back web 126's North Devon)
    + opening(
        rf"\b(?:{_PROPER_OTHER}(?-i:\s+Rail)?|(?-i:(?:[A-Z][\w'’-]+\s+){{1,3}}[Ss]hopping\s+[Cc]entre))\s+(?:uses|operates|runs|has|"
        # (never the council's cameras the body uses: "[X] Constabulary uses our cameras every day", a councillor's question in
        # full council minutes, real-text round 97)
        # (nor "[the force] uses the cameras daily" after the council's own count of them, a partnership's annual report,
        # real-text round 124: the cameras already named)
        r"monitors)\s+(?!(?:our|the\s+council(?:'s|’s)|council)\s|the\s+(?:same\s+)?cameras\b)"
        r"(?:(?:more\s+than\s+|over\s+|around\s+)?(?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,2}?(?:cctv|cameras?|surveillance)|"
        r"an?\s+(?:[\w-]+\s+){0,2}?(?:monitoring\s+(?:centre|hub)|cctv\s+hub))\b"
        r"(?![^.\n]{0,80}\b(?:on\s+behalf\s+of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?council\b)"
    )
    + r"|"
    # a venue's operator, unnamed, in its own policy's opening: "The stadium management company uses CCTV to keep staff,
    # supporters … safe" (real-text round 116)
    + opening(
        r"\bthe\s+(?:stadium|ground|arena|venue|club)(?:(?:'s|’s)\s+|\s+)(?:management\s+company|operators?|owners?)\s+"
        r"(?:uses|operates|runs|has|monitors)\s+(?:cctv|cameras)\b"
    )
    + r"|"
    # a Welsh university's own code: "Cod ymarfer … y Brifysgol. Prifysgol Bangor sy'n berchen ar y camerâu" (real-text
    # round 28)
    # (or a national centre's privacy notice: "Canolfan Genedlaethol Chwaraeon …", "National Watersports Centre", round 29)
    + opening(
        r"(?-i:\b(?:Prifysgol\s+[A-Z]\w+|[Yy]\s+Brifysgol|Canolfan\s+Genedlaethol|National\s+(?:[A-Z]\w+\s+){1,2}Centre)\b)"
    )
    + r"|"
    # a business crime partnership's page: "[It] links town centre shops, pubs, the police and the CCTV control room by
    # two-way radio … It is run by its member businesses" (held-back web 139's Gravesham)
    + opening(
        r"\b(?:it|the\s+(?:scheme|partnership|network))\s+is\s+(?:run|funded|managed|owned)\s+by\s+(?:its\s+)?"
        r"(?:member\s+businesses|members|local\s+businesses|the\s+businesses\s+that\s+belong)\b"
    )
    + r"|"
    # a shopping centre's team: "Our security team monitors 96 cameras throughout the mall and car park" (real-text round 28)
    # ("our control room monitors 120 cameras covering the malls, service yards and multi-storey car park", round 29)
    # ("The [X] Centre uses CCTV throughout its malls, car parks and service yards", real-text round 43)
    + opening(r"\b(?:cameras|cctv)\s+(?:throughout|across|around|in|covering)\s+(?:the|its|our)\s+(?:mall|malls)\b")
    + r"|"
    # ... or its cameras in its possessive, where it introduces itself: "[X] Housing's estate cameras, covering 14 blocks,
    # have been audited …" (real-text round 28)
    # (a sentence's subject, and a landlord, college, hospital or company: a council's opening tells in passing of "[the
    # force]'s open space CCTV strategy" or links to "Transport for London's road cameras", held-back webs 14 and 60)
    + opening(
        r"(?:^|[.:]\s+)\W*(?-i:(?:[A-Z][\w'’-]+\s+(?:and\s+)?){1,3}(?:Homes|Housing(?:\s+(?:Group|Trust|Association))?|"
        r"(?:NHS\s+)?(?:Foundation\s+)?Trust|(?:University\s+)?Hospital|College|University|Leisure(?:\s+Trust)?|Limited|Ltd))"
        r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:cctv|cameras)\b"
    )
    + r"|"
    + SETS_ITSELF_APART
    + r"|"
    # a body saying the cameras are its own and not the council's: "[X]'s cameras are owned by the centre and are not part of
    # [the] Council's public space CCTV system", "Our cameras are separate from the cameras run by [the] City Council", "[X] is
    # the data controller for all images recorded by its cameras" (real-text round 26)
    # (never a council under any of its names: "City of London Corporation is the data controller for images recorded by
    # the system", the simulated web's City of London)
    # (the name opening its line, so that no council's name is read from its middle: "London Borough of Sutton is the data
    # controller …")
    # (nor a council's initials: councils call themselves "RCTCBC" or "NPTCBC" in their notices, real privacy notices
    # read through the stored pages, e.g. Rhondda Cynon Taf's)
    r"(?m:^\W*(?:\d+(?:\.\d+)*\s+)?)(?-i:(?![\w'’ -]{0,60}\b(?:Council|Borough|Authority|Corporation|County|City|District|"
    # (a company under its trading name: "Highways England Company Limited, trading as National Highways, is the data
    # controller", "Sports and Leisure Management Ltd, trading as [X], is the data controller for these cameras", round 30)
    r"Cyngor|Sir)\b)(?![A-Z]{2,10}\b)[A-Z][\w'’-]+(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]+){0,4})"
    r"(?:,\s+trading\s+as\s+[^,\n]{2,60},\s+is\s+the\s+data\s+controller\b|"
    r"\s+is\s+the\s+data\s+controller\s+for\s+(?:all\s+)?(?:the\s+|these\s+)?(?:images|recordings|footage|cameras)\b)|"
    # a shopping centre with its own room: "The Glades shopping centre in Bromley has its own security control room"
    + opening(
        r"\bshopping\s+centre\b[^.\n]{0,40}?\bhas\s+(?:its\s+own\s+|an?\s+(?:dedicated\s+|on-?site\s+)?)(?:security\s+"
        r"(?:team|control\s+room)|control\s+room)\b"
    )
    + r"|"
    # a business improvement district naming itself: "Kingston First, the business improvement district for …"
    # (opening its page, title then first paragraph: a council's page may say in passing "Go Epsom, the business
    # improvement district, pays for that monitoring", held-back web 122's Epsom and Ewell)
    r"\A(?:[^\n]*\n)?\W*(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+the\s+business\s+improvement\s+district\b|"
    # a university's own patrol or officers and its cameras: "The University of [X]'s Estate Patrol operates around 600
    # cameras", "[X] University's Director of Estates has overall responsibility for the University's cameras" (real-text
    # round 33)
    + opening(
        r"(?-i:\b(?:[Tt]he\s+)?University\s+of\s+[A-Z][\w'’-]+(?:'s|’s)\s+(?:[A-Z][\w-]+\s+){1,3})(?:operates|runs|monitors|uses)\b|"
        r"(?-i:\b(?:the|[Tt]he)\s+University(?:'s|’s))\s+(?:cameras|cctv|system|camera\s+network|campus(?:es)?)\b"
    )
    + r"|"
    # a shopping centre's security team: "Our security team patrols the centre seven days a week" (real-text round 33)
    # (never "between the centre and [the force]" alone: a council's CCTV centre shares footage with the police that way,
    # held-back web 149's Sunderland)
    + opening(
        r"\bsecurity\s+(?:team|officers?)\s+patrols?\s+the\s+(?:centre|mall|malls|shopping\s+park|retail\s+park)\b"
    )
    + r"|"
    # a university's team speaking for its own campus cameras: "The University of [X]'s Security Services team has been
    # certified", at the head of a paragraph (real-text round 25)
    + opening(
        r"(?m:^\W*(?-i:(?:[Tt]he\s+)?University\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:team|services|department|office)\s+(?:has|have|is|are|runs?|operates?|uses?|monitors?)\b)"
    )
    + r"|"
    # a named body's fleet: "All [X] Ambulance Service emergency ambulances and rapid response cars carry forward and
    # rear-facing cameras" (real-text round 18)
    rf"\b{_PROPER_OTHER}\s+(?:[\w-]+\s+){{0,4}}?(?:ambulances|vehicles|buses|trains|cars|fleet|lorries|vans)\b[^.\n]{{0,60}}?"
    r"\b(?:carry|carries|are\s+fitted\s+with|are\s+equipped\s+with|have)\b[^.\n]{0,40}?\bcameras\b|"
    # a record of processing naming another body as the controller: "Controller: [X] Housing Group" (real-text round 18)
    # (never a council under any of its names: "Data controller: London Borough of Hounslow", real-text round 6)
    r"(?:\b(?:data\s+)?controller\s*:\s*(?-i:(?![\w&'’ -]{0,60}?\b(?:Council|Cyngor|Borough|District|County|Corporation|"
    r"Authority|City)\b)[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,4}))|"
    # the force's own cameras in its own policy: "recorded by force cameras" (real-text round 18: a constabulary's equality
    # analysis of its CCTV policy)
    r"(?<!police\s)\bforce\s+(?:cctv\s+)?cameras\b|"
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
    # a leisure operator's cameras in the centres it runs for the council: "Everyone Active uses cameras in the receptions
    # … of the leisure centres it manages" (real-text round 10); not the council's own "centres it manages"
    r"(?-i:\b[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,3})(?<![Cc]ouncil)(?<!\bWe)\s+uses\s+(?:cctv|cameras)\b[^.\n]{0,80}\b"
    r"(?:centres|sites|venues|facilities|premises|buildings)\s+it\s+(?:manages|runs|operates)\b|"
    # ... or records on its own premises: "[X] Police records video and sound throughout its custody suites" (real-text
    # round 10)
    rf"\b{_PROPER_OTHER}\s+records\s+(?:video|sound|audio|footage|images)\b|"
    # the operator in its own voice: "the centres we manage on behalf of local councils. We are the data controller"; a
    # shopping centre's "The centre's owners operate cameras"; a charity's "owned and run by the charity"; a crime
    # partnership's members' "own in-store cameras" (real-text round 13)
    r"\b(?:centres|sites|venues|facilities)\s+we\s+(?:manage|run|operate)\s+(?:on\s+behalf\s+of|for)\s+(?:local\s+)?councils\b|"
    r"\bthe\s+centre(?:'s|’s)\s+(?:owners|management(?:\s+company)?|landlord)\s+(?:operates?|runs?|owns?)\b|"
    r"\b(?:owned|installed)\s+and\s+(?:run|operated|managed)\s+by\s+the\s+(?:charity|trustees|trust|association|club)\b|"
    r"\btheir\s+own\s+in-?store\s+cameras\b|"
    # a company named as the controller: "The centre is owned by [X] Holdings Ltd, which is the data controller" (real-text
    # round 14)
    rf"\b{_PROPER_OTHER},?\s+(?:which|who)\s+(?:is|are)\s+the\s+data\s+controller\b|"
    # a church, hall or hub of its own: "The church has two cameras covering the front doors", "The [X] Community Hub is
    # run by a registered charity. We have cameras at the entrance" (real-text round 14)
    r"\bthe\s+(?:church|chapel|mosque|temple|synagogue|gurdwara|village\s+hall|community\s+(?:centre|hub|hall))\s+has\s+"
    r"(?:\w+\s+){0,2}?(?:cctv|cameras)\b|"
    r"\bis\s+(?:run|owned|managed)\s+by\s+a\s+(?:registered\s+|local\s+)?(?:charity|charitable\s+trust|community\s+interest\s+"
    r"company)\b[^\n]{0,80}?\bwe\s+(?:have|use|operate|run)\s+(?:\w+\s+){0,2}?(?:cctv|cameras)\b|"
    # a residents' group pressing the council for cameras: its own page, not the council's (real-text round 14)
    r"(?-i:\b[A-Z][\w'’-]+\s+Residents(?:'|’)?\s+Association)\s+(?:has|have)\s+been\s+(?:asking|calling|campaigning|"
    r"pressing|lobbying)\b|"
    # a shopping centre's own management: "Centre management operates cameras throughout the malls" (real-text round 15)
    r"\bcentre\s+management\s+(?:operates?|runs?|owns?|manages?)\s+(?:\w+\s+){0,2}?(?:cctv|cameras)\b|"
    # a church's own council: "The Parochial Church Council has installed two cameras" (real-text round 15)
    r"\bparochial\s+church\s+council\s+(?:has|have)\s+(?:installed|fitted|put\s+up)\b|"
    # ("Transport for Wales is investing in new CCTV at stations", a rail operator's station page, real-text round 110)
    rf"\b{_PROPER_OTHER}\s+(?:uses|has|operates|owns|runs|manages|installed|installs|fits|will\s+follow|follows|is\s+reviewing\s+the\s+way\s+it\s+uses|"
    r"is\s+investing\s+in|invests\s+in|has\s+invested\s+in)\s+"
    r"(?!(?:our|the\s+council(?:'s|’s)|council)\s|the\s+(?:same\s+)?cameras\b)(?:[\w-]+\s+){0,4}?(?:cctv|cameras?|surveillance)\b"
)
# a body's own first person about what its cameras watch: "our buses", "the practice", "as a housing association"
_OTHER_FIRST_PERSON = (
    # (a hospital's wards, not a council's electoral ones: "Where our ward cameras are", held-back web 272's Rotherham)
    r"\b(?:all\s+)?our\s+(?:buses|trains|stations|patients|practice|surgery|"
    r"wards?(?!\s+(?:cameras?|cctv|councillors?|members|forums?|panels?|budgets?|areas?))|drivers|passengers|"
    r"tenants|blocks|flats)\b|\bas\s+a\s+housing\s+association\b|\bthe\s+practice\b|\bpatients\s+and\s+staff\b|"
    r"\bacross\s+the\s+force\s+area\b|\btrust-wide\b|(?-i:\b[Tt]he\s+Trust\b)"
)

# a hospital trust or a university in its own voice, which no council's page speaks in: "across our hospital sites", "The
# Trust's security specialist", "across the University's main campus" (real-text round 41); a body's name for itself, so
# it is kept here alone (not also among _OTHER_FIRST_PERSON's weaker words)
_INSTITUTION_SELF = (
    # (in lower case too, and its premises: "The trust's main CCTV system at its two hospital sites", "on trust premises",
    # an NHS trust's surveillance camera policy, real-text round 45)
    # (its cameras so named: a leisure trust's "duty managers" run a council's centre cameras for it, real-text round 28)
    r"\bour\s+hospitals?\b|(?-i:\b[Tt]he\s+Trust(?:'s|’s)\s)|\bthe\s+trust(?:'s|’s)\s+(?:main\s+|own\s+)?(?:cctv|cameras?|surveillance)\b|"
    r"\bthe\s+trust\s+(?:operates|runs|owns|uses)\b|"
    r"\bon\s+trust\s+(?:premises|sites|property)\b|"
    r"(?-i:\b[Tt]he\s+University(?:'s|’s))\s+(?:main\s+)?(?:campus(?:es)?|sites|halls|buildings|estate|grounds)\b|"
    # its security team by name, and its own protocol with the force: "University Security Services operates cameras across
    # the central sites", "the protocol agreed between the University and South Wales Police" (real-text round 45)
    r"(?-i:\bUniversity\s+Security\b)|(?-i:\bbetween\s+the\s+University\s+and\b)|"
    # ... or the body naming itself as the controller, or the owner of the recordings: "The system and all recordings belong
    # to the University, which is the data controller"; "[The centre] is managed by [X] Management Ltd, which is the
    # controller for images recorded in the malls"; "The data controller is [the libraries charity], not [the] County
    # Council"; "[X] is an independent charity that runs the county's libraries" (real-text rounds 59 and 62)
    # (the recordings or the system, not an approval: "Approved contractor status belongs to the company; it is not a
    # certificate for the council's CCTV scheme", real-text round 18)
    r"\b(?:system|recordings|cameras|images|footage)\b[^.\n]{0,40}?\b(?:belong|belongs)\s+to\s+the\s+(?:university|college|"
    r"company|trust|charity|association|school)\b|"
    r"(?-i:\b(?:Ltd|Limited|plc|LLP|CIC|University|College|Trust|Association)),?\s+which\s+is\s+the\s+(?:data\s+)?controller\b|"
    r"\bdata\s+controller\s+is\s+(?-i:[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){0,4}),?\s+not\s+(?:the\s+)?(?:[\w-]+\s+){0,3}council\b|"
    r"\bis\s+an?\s+(?:independent\s+)?(?:charity|company|social\s+enterprise|mutual|housing\s+association)\s+(?:that|which)\s+"
    r"(?:runs|manages|operates|provides)\b|"
    # ("[The libraries] is an independent charity and is the data controller for these recordings"; "The [X] Trust, which runs
    # the centres, is the data controller", real-text round 66)
    r"\bis\s+an?\s+(?:independent\s+)?(?:charity|company|social\s+enterprise|mutual|trust|housing\s+association)\s+and\s+"
    r"(?:is\s+)?the\s+(?:data\s+)?controller\b|"
    r"(?-i:\b(?:Trust|Ltd|Limited|plc|LLP|CIC|Charity|Association|Foundation)),\s+which\s+[^,\n]{3,60},\s+is\s+the\s+"
    r"(?:data\s+)?controller\b|"
    r"\b(?:is|are)\s+a\s+separate\s+(?:organisation|company|body)\s+and\s+the\s+data\s+controller\b|"
    # a hall's own charity: "The trustees of [X] Village Hall use CCTV inside and outside the hall" (real-text round 82)
    r"\bthe\s+trustees\s+of\s+(?:the\s+)?(?-i:(?:[A-Z][\w'’-]+\s+){0,3})(?:village|community|memorial|parish)\s+hall\b|"
    # ... in Welsh: a housing association by its name ("Mae Tai [X] yn defnyddio camerâu"), a school's governing body as the
    # controller ("Corff llywodraethu'r ysgol yw'r rheolydd data"; real-text rounds 59 and 61)
    r"\bmae\s+Tai\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}\s+yn\s+defnyddio\b|\bcorff\s+llywodraethu(?:'r|’r)?\s+ysgol\b|"
    # a university counting or running its own cameras: "The university has around 380 cameras on its [two] campuses", "The
    # university owns every camera and every recording", "[X] University's Security Services team runs more than 900
    # cameras", "The university's security services operate cameras across the central estate" (real-text rounds 70 and 71)
    r"(?-i:\b(?:[Tt]he\s+[Uu]niversity|University))(?:(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?)?\s*(?:has|owns|runs|operates?|uses)\s+"
    r"(?:around\s+|about\s+|over\s+|more\s+than\s+|every\s+)?(?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,3}?(?:cctv|cameras?)\b|"
    # a leisure trust or company running the council's centres and controlling their recordings: "[X] Leisure Trust operates
    # the leisure centres … under a management agreement with the district council. We are the data controller for the
    # CCTV at these sites" (real-text round 69)
    r"(?s:(?-i:\b(?:Trust|Ltd|Limited|CIC))\s+(?:operates|runs|manages)\b.{0,200}?\bwe\s+are\s+the\s+data\s+controller\b)|"
    # ("The system is owned by the university and operated by Security Services", a university's code, real-text round 70)
    r"\b(?:system|cameras|cctv)\s+(?:is|are)\s+owned\s+by\s+the\s+(?:university|college|trust|company|school)\b|"
    # a Welsh health board's own cameras: "Mae gan y Bwrdd Iechyd gamerâu teledu cylch cyfyng …" (real-text round 70)
    r"\bmae\s+gan\s+y\s+bwrdd\s+iechyd\b|"
    # ... or a Welsh university's camera system: "system gamerâu'r Brifysgol" (a university's code, real-text round 89)
    r"\b(?:system\s+)?(?:c|g|ch|ngh)amer[aâ]u['’]r\s+brifysgol\b|"
    # (its cameras or its team's award: "the University's 900 cameras", "The University's Security Services team has been
    # certified against the Surveillance Camera Code", a university's news, real-text round 73)
    r"(?-i:\b[Tt]he\s+University(?:'s|’s))\s+(?:\d[\d,]*\s+)?(?:cctv\s+)?cameras\b|"
    r"(?-i:\b[Tt]he\s+University(?:'s|’s))\s+(?:[\w-]+\s+){0,3}?(?:team|service|services)\s+(?:has|have)\s+been\s+"
    r"(?:certified|accredited|awarded)\b|"
    # a leisure operator or a libraries society as controller of cameras at its own centres: "[X] Leisure is the data
    # controller for all CCTV at its centres. Although the buildings are owned by the district council, the council does not
    # operate or have access to our cameras" (real-text round 72); "The library service is run by [X] Libraries, an
    # independent charitable society, which is the data controller" (real-text round 73)
    # (never a council's own: "[X] County Council is the data controller for the cameras at its own buildings", a county's
    # CCTV privacy notice, held-back web 316's Lancashire)
    r"(?<!council\s)(?<!authority\s)\bis\s+the\s+data\s+controller\s+for\s+(?:all\s+)?(?:the\s+)?(?:cctv|cameras)\s+at\s+its\b|"
    r"\bthe\s+council\s+does\s+not\s+(?:operate|own|run|control)\b[^.\n]{0,40}?\bour\s+cameras\b|"
    r"\b(?:independent\s+)?(?:charitable\s+)?(?:society|charity|mutual),\s+which\s+is\s+the\s+(?:data\s+)?controller\b|"
    # a company running a site of its own and its cameras, with no council named beside it: "[X] Waste Services Ltd runs the
    # Household Waste Recycling Centre at [a lane]" (real-text round 71); a contractor running a council's site "on its
    # behalf" leaves the cameras the council's
    r"(?-i:\b(?:Ltd|Limited|plc))\s+(?:runs|operates|manages)\s+the\s+(?![^.\n]*\b(?:behalf|for\s+(?:us|the\s+council)|council)\b)|"
    # ... or naming itself the controller of what it runs, a council only its client: "[X] Waste Services is the data
    # controller for these systems" (a contractor's page on a recycling centre it runs under contract, real-text round 81)
    r"(?-i:\b[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){0,3}\s+(?!Council\b|Authority\b)[A-Z][\w'’&-]+)\s+is\s+the\s+data\s+"
    r"controller\s+for\s+(?:these|its|our|all\s+(?:these|its|our))\s+(?:systems|cameras|recordings)\b"
)

# the premises or vehicles of a business or a charity, in its own voice (real-text round 17): "the stations we manage",
# "Every bus in our Yorkshire fleet", "CCTV at our hotels", "Our student residences", "This store uses …", "CCTV at the
# zoo", "the clubhouse", a care home's "bedrooms, bathrooms", "motorways and major A roads", "gauging stations"
_OTHER_PREMISES = (
    r"\bthe\s+stations\s+we\s+(?:manage|run|operate)\b|\b(?:every|each)\s+bus\s+in\s+our\b|(?-i:\bour\s+[A-Z][a-z]+\s+fleet\b)|\bour\s+bus\s+fleet\b|"
    r"\bour\s+hotels\b|\bour\s+(?:student\s+)?residences\b|\bthis\s+(?:store|shop|hotel)\s+(?:uses|is\s+protected)\b|"
    r"(?-i:^\W*CCTV\s+at\s+the\s+zoo\b)|\bthe\s+zoo\s+is\s+run\s+by\b|\bthe\s+club\s+(?:operates|uses)\s+(?:cctv|cameras)\b|"
    # (the regulator pointed to for its advice is no care home speaking: "The Care Quality Commission publishes advice for
    # families …" on a council's page about the cameras in its own day centres, held-back web 375's Wandsworth)
    r"\bcare\s+quality\s+commission\b(?!\s+(?:publishes|has\s+published)\b)|"
    r"\bno\s+cameras\s+in\s+bedrooms\b|\bcameras\s+in\s+bedrooms\b|"
    r"\bcameras\s+along\s+motorways\b|\bgauging\s+stations\b|\bmae\s+gan\s+bob\s+bws\b|"
    # a national body's own centres: "yn ein canolfannau chwaraeon cenedlaethol" (at our national sports centres, a Welsh
    # sports body's privacy policy, real-text round 45); no council runs a national centre
    r"\bour\s+national\s+(?:sports\s+)?centres\b|\bein\s+canolfannau\s+(?:chwaraeon\s+)?cenedlaethol\b|"
    # an event organiser's plan put to the council's safety advisory group
    r"\b(?:prepared|submitted)\s+by\s+the\s+(?:event\s+)?organiser\b"
)

# a police document's own owner: "Owner: Chief Superintendent, Operational Support, [X] Constabulary" (real-text round 9)
_POLICE_OWNS_DOCUMENT = (
    # (one owner, the document's: an action plan gives each row its own, "Owner: GBC Community Safety" over "Owner: Kent Police",
    # real-text round 124's community safety partnership plan)
    r"(?<!\|\s)\b(?:document\s+|information\s+asset\s+)?owner\s*:\s*[^\n|]{0,100}\b(?:police|constabular(?:y|ies)|heddlu)\b"
    r"(?![^\n]*\|\s*(?:RAG|status)\b)|"
    # ... or by a police rank: "Owner: Chief Inspector, Force Control Room" (real-text round 22)
    r"\b(?:document\s+|policy\s+)?owner\s*:\s*(?:chief\s+|detective\s+)?(?:inspector|superintendent|constable)\b|"
    # ... or by the force's name heading a listed document's title: "[X] Police: open space CCTV strategy summary (PDF, 96KB)"
    # among the partners' documents a county hosts (held-back web 261's Surrey). An agreement so titled is the council's too,
    # so only the force's own kinds of paper count.
    r"(?m:^\W*(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}\s+(?:Police|Constabulary))\s*:\s*[^\n]{0,80}?\b(?:strategy|"
    r"summary|policy|plan|report|guidance|leaflet)\b[^\n]{0,20}?\((?:pdf|docx?|word)\b)"
)

# a fund offered by the police and crime commissioner for others' cameras, and the applicants it invites
_PCC_FUND = (
    # a commissioner's own decision or agreement with the councils, and a police and crime panel's minute of it ("The
    # Police and Crime Commissioner for [X] approves grants …", "… has signed a three-year agreement with the six local
    # authorities", "The Commissioner updated the Panel": real-text round 31)
    r"\bpolice\s+and\s+crime\s+commissioner\s+(?:for\s+(?:[A-Z][\w-]+\s+){1,3})?(?:approves|has\s+approved|has\s+signed|signs|"
    r"awards|has\s+awarded)\b|"
    # ... in Welsh: "Mae Comisiynydd Heddlu a Throseddu [X] wedi cyhoeddi y bydd yn gwario £1.6m ar gamerâu" (real-text round 32)
    r"\bcomisiynydd\s+heddlu\s+a\s+throseddu\b[^.\n]{0,40}?\bwedi\s+(?:cyhoeddi|llofnodi|cytuno)\b|\bthe\s+commissioner\s+updated\s+the\s+panel\b|\ba\s+panel\s+member\s+asked\b|"
    # (or set aside: "The Police, Fire and Crime Commissioner has set aside £450,000 over the next three financial years to help
    # district, town and parish councils upgrade public space CCTV", a commissioner's fund page, real-text round 117)
    r"\b(?:police(?:,\s+fire)?\s+and\s+crime\s+commissioner|PCC)\b[^.\n]{0,60}?\b(?:is\s+making|has\s+made|makes|is\s+offering|"
    r"offers|has\s+launched|launches|opens|has\s+opened|opened|has\s+set\s+aside|sets\s+aside)\b[^.\n]{0,40}?(?:£|\bfund\b|\bgrants?\b)|"
    # ... or by the announcement's attribution, or its headline: "… can now bid for up to £15,000 each towards new or
    # upgraded cameras, the Police and Crime Commissioner announced today"; "Commissioner opens £300,000 fund for
    # community cameras" (real-text round 16)
    r"(?:£|\bfund\b|\bgrants?\b)[^.\n]{0,200}?,\s+the\s+police\s+and\s+crime\s+commissioner\s+(?:has\s+)?(?:announced|said)\b|"
    r"^\W*commissioner\s+(?:opens|launches|announces)\s+(?:a\s+)?(?:£[\d,]+|(?:[\w-]+\s+){0,3}?fund\b)|"
    # ... or the commissioner's own fund page, named in its title: "[Force] Police and Crime Commissioner - Community CCTV
    # fund" (real-text round 30)
    r"\A\W*(?:[\w'’-]+\s+){0,4}?police(?:,\s+fire)?\s+and\s+crime\s+commissioner\b[^\n]{0,40}?\b(?:fund|grants?|grant\s+scheme)\b|"
    # ... or its page hosted on a council's site, said to be the commissioner's, and what the fund does for others: "This
    # page is provided by the Police, Fire and Crime Commissioner for [X] …", "The Commissioner's fund helps district, city,
    # town and parish councils buy public space cameras"; its guidance "for applicants" (held-back web 238's Essex)
    r"\bthis\s+(?:page|content|information)\s+(?:is|was|has\s+been)\s+(?:provided|supplied|written)\s+by\s+the\s+"
    r"(?:office\s+of\s+the\s+)?police(?:,\s+fire)?\s+and\s+crime\s+commissioner\b|"
    r"\bcommissioner(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?fund\s+(?:helps|supports|pays\s+for|offers)\b|"
    r"\A\W*(?:[\w'’-]+\s+){0,4}?fund\b[^\n]{0,20}?\bguidance\s+for\s+(?:applicants|bidders)\b"
)
# ... or its bulletin to the local councils, sent in its name: "Sent on behalf of the Police and Crime Commissioner for [the
# force area]", its plan's grants for cameras and hubs (real-text round 82): the commissioner's own words
_SENT_FOR_THE_COMMISSIONER = (
    r"\bsent\s+on\s+behalf\s+of\s+the\s+(?:office\s+of\s+the\s+)?police(?:,\s+fire)?\s+and\s+crime\s+commissioner\b"
)
# (or bid for it: "Town and parish councils … can now bid for up to £15,000 each towards new cameras, the Police and Crime
# Commissioner announced", real-text round 16)
# ("Independent shops … can apply for a grant of up to £1,500 towards improving their security", a business security
# grant, real-text round 53)
# (or "may apply for up to £10,000 each", a commissioner's release of a fund for towns and villages, real-text round 118)
_APPLY_FOR_GRANT = r"\b(?:can|may)\s+(?:now\s+)?(?:apply|bid)\s+for\s+(?:a\s+grant\s+of\s+)?(?:up\s+to\s+)?£"

# the other body named as the cameras' controller or user (not just its first person: a council's own
# housing page says "our blocks" and "tenants" too), or naming what it is ("housing associations like
# us", its name signing the page): then its "we use CCTV" is that body's, not a council's
OTHER_NAMED = re.compile(
    f"{_OTHER_CONTROLS}|{_OTHER_OWN_CAMERAS}|{_OTHER_PREMISES}|{BODY_SIGNS_ITSELF}|{HOUSING_PROVIDER_SELF}|{POLICE_SELF}|"
    f"{_INSTITUTION_SELF}",
    re.I,
)

# the national roads body running its own cameras: "National Highways uses around 3,000 cameras on motorways" (real-text
# round 11)
_ROADS_BODY = (
    r"\b(?:National\s+Highways|Highways\s+England|Traffic\s+Wales)\s+(?:uses|operates|runs|owns|has|monitors)\b|"
    # ... or a Welsh health board or heritage body its own: "Mae Bwrdd Iechyd … yn defnyddio camerâu", "Mae Cadw yn
    # defnyddio camerâu" (real-text round 11)
    r"\bmae\s+(?:Bwrdd\s+Iechyd(?:\s+[A-Z][\w'’-]+){0,4}|Cadw|Amgueddfa\s+Cymru|Llyfrgell\s+Genedlaethol(?:\s+Cymru)?|"
    r"Cyfoeth\s+Naturiol\s+Cymru)\s+yn\s+defnyddio\b|"
    # a Welsh university its own: "Mae Prifysgol Aberystwyth yn berchen ar y system camerâu" (real-text round 15)
    r"\bmae\s+Prifysgol(?:\s+[A-Z][\w'’-]+){1,3}\s+yn\s+(?:berchen\s+ar|defnyddio|gweithredu)\b|"
    # ... or a Welsh housing association by its name: "Mae Tai [X] wedi gosod camerâu mewn mannau cymunedol" (has put cameras in
    # communal areas of its estates, real-text round 107)
    r"\bmae\s+(?:Tai|Cartrefi)(?:\s+[A-Z][\w'’-]+){1,3}\s+(?:wedi\s+gosod|yn\s+defnyddio|yn\s+gweithredu|yn\s+berchen\s+ar)\b"
)

# A body speaking of its own cameras in the first person that never names a council and whose mailboxes are none of a
# council's (.gov.uk, .gov.wales): a housing association's footage page with "neighbourhoods@[its domain].org.uk", a trust's
# policy (real-text round 68). Councils write from their own domain; other bodies from .org.uk, .co.uk, .ac.uk, .nhs.uk,
# .police.uk or .com. Read only for a text with no council behind it (`cctv-audit inspect` of a loose file): on a council's
# own site a page in the first person that happens to give a partner's mailbox is never taken from the council on this alone.
OTHER_MAILBOX_VOICE = re.compile(
    r"(?s:\A(?!.*\b(?:council|cyngor|authority|awdurdod|local\s+government)\b)(?!.*@[\w.-]*\.gov\.(?:uk|wales)\b)"
    r"(?=.*\b(?:we|our|us)\b)(?=.*\b(?:cctv|cameras?|footage)\b).*?\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\."
    r"(?:org\.uk|co\.uk|ac\.uk|nhs\.uk|police\.uk|org|com|net)\b)",
    re.I,
)


# ... or a force, a university or an NHS trust writing of its own cameras by its own name, never naming a council: "[X] Police
# owns and monitors a network of public space cameras in 17 towns", "The force's body worn video system … holds full
# certification", "the closed circuit television system owned by the University of [X]", "This policy covers the use of CCTV …
# by [X] NHS Foundation Trust" (real-text rounds 83 and 84). Read, like the mailbox voice, only for a loose text.
_NAMED_BODY = (
    # (or a school or a landlord by its name: "[X] Academy uses CCTV to help keep pupils … safe", "an information sharing
    # agreement signed by [X] Homes and the force", real-text round 88)
    r"(?-i:(?:[A-Z][\w'’-]+\s+){1,4}(?:Police|Constabulary|University|NHS\s+(?:Foundation\s+)?Trust|Academy|Homes|"
    r"Housing\s+(?:Association|Trust|Group))|"
    r"University\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|Heddlu\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
OTHER_BODY_VOICE = re.compile(
    r"(?s:\A(?!.*\b(?:councils?|cyngor|cynghorau|local\s+authorit(?:y|ies)|awdurdod|borough|district)\b)"
    r"(?=.*\b(?:cctv|cameras?|footage|camerâu)\b).*?(?:"
    + _NAMED_BODY
    # (or publishes its own self-assessments: "[X] Police publishes the self-assessments it has completed", real-text round 90)
    + r"(?:\s+(?:owns|operates|runs|monitors|uses|takes\s+account|publishes)|(?:'s|’s)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:team|cameras|cctv|"
    r"system))\b|"
    # ("all sites owned or occupied by [X] Community Health NHS Trust", a trust's CCTV policy, real-text round 107)
    r"\b(?:owned|operated|run|used|signed)(?:\s+(?:or|and)\s+(?:owned|operated|run|used|occupied|leased))?\s+by\s+(?:the\s+)?"
    + _NAMED_BODY
    + r"|\bthe\s+(?-i:force|Force|Trust|University|Constabulary)(?:'s|’s)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:cctv|cameras?|system|"
    r"use\s+of\s+cameras)\b|(?-i:\bThe\s+(?:Trust|Force|University|Constabulary))\s+(?:has|uses|operates|owns|runs|monitors)\b))",
    re.I,
)


# the BID by its name as the subject: "[City] BID has appointed …" (real-text round 101); as the subject of the text's opening
# lines it is the BID's own page, whereas a council's page may name a BID's scheme further down
# (or by its full name: "The [Town] Business Improvement District runs ShopSafe for its members: … town centre cameras managed by
# the Town Centre Partnership", held-back web 402's Great Yarmouth)
_BID_SUBJECT = (
    r"(?-i:\b(?:[A-Z][\w'’-]+\s+BID|(?:[A-Z][\w'’-]+\s+){1,3}Business\s+Improvement\s+District))\s+"
    r"(?:has|have|runs|operates|manages|is|employs)\b"
)
_BID_OPENS = r"\A(?:[^\n]*\n+){0,3}?\W*(?:the\s+)?" + _BID_SUBJECT


OTHER_BODY = DecoyKind(
    "another body's cameras",
    # a Business Improvement District's own page (its ballot, its radio link to the control room)
    r(
        r"\buniversity\b|\bNHS\b|\bhospitals?\b|\bhousing\s+association\b|\bhealth\s+board\b|"
        r"\bmedical\s+practice\b|\bdental\s+practice\b|\b(?:gp|doctors(?:'|’)?)\s+surgery\b|"
        # a GP practice's own notice: "CCTV at [X] Medical Centre" (real-text round 85)
        r"\b(?:medical|health)\s+centre\b|"
        r"\bbusiness\s+improvement\s+district\b|(?-i:\bBID\b)|\bardal\s+gwella\s+busnes\b|"
        # a grant scheme helping others buy their own cameras: "Business security grants", "Community CCTV grants for town
        # and parish councils" (real-text round 53)
        r"\b(?:security|cctv|camera)\s+(?:improvement\s+)?grants?\b|"
        r"\bpolice\s+and\s+crime\s+panel\b|"
        # a fire service's own notice, in English or Welsh ("Gwasanaeth Tân ac Achub …": real-text round 9)
        r"\bfire\s+(?:and|&)\s+rescue\s+(?:service|authority)\b|\bgwasanaeth\s+t[aâ]n\b|"
        # "Cameras on fire engines", "CCTV in custody" (real-text round 11)
        r"\bfire\s+engines?\b|\bin\s+custody\b|\bcustody\s+suites?\b|"
        # a transport operator's "Conditions of carriage" (real-text round 34)
        r"\bconditions\s+of\s+carriage\b|"
        # a Welsh health board's hospitals ("… yn ein hysbytai")
        r"\b(?:h|y)sbyt(?:y|ai)\b|"
        # a force's own site naming itself after the page's title: "Working with council CCTV – [X] Police" (real-text
        # round 57)
        r"(?-i:\s[–—-]\s*(?:[A-Z][\w&]+\s+){1,3}(?:Police|Constabulary)(?=\s*(?:\|\s|$)))"
    ),
    None,
    t(
        (
            r"\bbusiness\s+improvement\s+district\b|\bardal\s+gwella\s+busnes\b|(?-i:\b[Tt]he\s+BID(?:'s|’s)?\b)|"
            r"(?-i:\bBID\s+(?:levy|ballot|members?|area|board|team))|\blevy\s+payers?\b",
            2,
        ),
        # the BID by its name as the subject: "[City] BID has appointed …", "[Town] BID runs the radio scheme" (real-text round 101)
        (_BID_OPENS, 2),
        (_OTHER_CONTROLS, 4),
        (_OTHER_OWN_CAMERAS, 4),
        (_OTHER_FIRST_PERSON, 2),
        (_OTHER_PREMISES, 4),
        (_INSTITUTION_SELF, 4),
        (_PCC_FUND, 2),
        (_SENT_FOR_THE_COMMISSIONER, 4),
        (_APPLY_FOR_GRANT, 2),
        # the fund's condition: "Successful councils will sign a grant agreement with the Commissioner's office" (a commissioner's
        # fund page, real-text round 117)
        (
            r"\bgrant\s+agreement\s+with\s+(?:the\s+)?(?:commissioner(?:'s|’s)?|office\s+of\s+the\s+(?:police|commissioner)|o?pcc)\b",
            2,
        ),
        # the body signs or titles its own page, or says what it is ("housing associations like us")
        (BODY_SIGNS_ITSELF, 4),
        (HOUSING_PROVIDER_SELF, 4),
        (POLICING_BODY, 3),
        (POLICE_SELF, 4),
        (r"\bNHS\b|\bpatients?\b|\bwards?\s+and\s+clinics\b", 1),
        (r"\bstudents?\s+and\s+staff\b|\bcampus(?:es)?\b", 1),
        (r"\btenants?\b|\btenancy\b|\bour\s+(?:estates|blocks|homes)\b|\bcommunal\s+(?:entrances|areas)\b", 1),
        (HOUSING_SCHEMES, 1),
        (
            r"\bfirefighters\b|\bfire\s+appliances?\b|\bcrews\b|\bfire\s+stations?\b|\bgorsafoedd\s+t[aâ]n\b|"
            r"\bpeiriannau\s+t[aâ]n\b|\bcriwiau\b|\bdiffoddwyr\s+t[aâ]n\b",
            1.5,
        ),
        (r"\bour\s+(?:fire\s+)?appliances\b|\bfire\s+engines?\b", 1),
        # a police document's own owner: "Owner: Chief Superintendent, Operational Support, [X] Constabulary"
        (_POLICE_OWNS_DOCUMENT, 4),
        (_BODY_RUNNING_LINE, 4),
        (_ROADS_BODY, 4),
        (r"\bcustody\s+suites?\b|\bdetainees?\b", 1),
        (r"\bthe\s+force(?:'s|’s)\s+(?:data\s+protection|information|disclosure)\b", 1),
        # the force's liaison with the councils' rooms, in its own words: "the police's point of contact with the council
        # control rooms", "through the force's partnership hub" (real-text round 57)
        (
            r"\bthe\s+police(?:'s|’s)\s+(?:single\s+)?point\s+of\s+contact\s+with\b|"
            r"\bthe\s+force(?:'s|’s)\s+(?:partnership|liaison)\s+(?:hub|team|unit|officers?)\b",
            2,
        ),
    ),
    r(
        f"{_OTHER_CONTROLS}|{_OTHER_OWN_CAMERAS}|{_OTHER_FIRST_PERSON}|{_OTHER_PREMISES}|{_PCC_FUND}|{_SENT_FOR_THE_COMMISSIONER}|"
        f"{BODY_SIGNS_ITSELF}|{HOUSING_PROVIDER_SELF}|{POLICING_BODY}|{POLICE_SELF}|{_POLICE_OWNS_DOCUMENT}|{_ROADS_BODY}|"
        f"{_BODY_RUNNING_LINE}|{_INSTITUTION_SELF}|{_BID_OPENS}"
    ),
    issuer=True,
)

TENDER = DecoyKind(
    Decoy.TENDER,
    r(
        r"\btenders?\b|\btendr\b|\bprocurement\b|\binvitation\s+to\s+(?:tender|quote)|\bcontract\s+(?:notice|award|"
        r"opportunit|(?:change|modification)\s+notice)|\bsuppliers?\b|\bquotations?\b|(?-i:\bITT\b|\bRFQ\b)|"
        # a supplier's headline: "… choose our body cameras"
        r"\bchooses?\s+our\b|\bwith\s+our\s+(?:body|cameras)|"
        # a published notice's head: "Notice: Public space CCTV monitoring and maintenance services (ref. XX-2026-031)"
        # (real-text round 12)
        r"^\W*(?:contract\s+|tender\s+)?notice\s*:[^|]{0,120}\bservices\b|"
        # "Preliminary market engagement notice", "Prior information notice" (real-text round 17)
        r"\bmarket\s+engagement\b|\bprior\s+information\s+notice\b|"
        # the council as the seller: its traded services catalogue for schools ("Services to Schools 2025/26", round 30)
        r"\b(?:traded\s+)?services\s+(?:to|for)\s+schools\b"
    ),
    r(
        r"tender|procurement|contracts-?finder|supplier|selling-to-the-council|doing-business|"
        r"business-opportunit|services-(?:to|for)-schools|traded-services"
    ),
    t(
        # what a school buys: "Schools and academies buying this service will receive", "To buy this SLA", "£420 per site
        # per year" (a traded services catalogue entry, real-text round 30)
        (
            r"\bschools\s+and\s+academies\s+(?:buying|that\s+buy|purchasing)\b|\bto\s+buy\s+this\s+(?:sla|service|package)\b|"
            r"\bper\s+(?:site|school|pupil)\s+per\s+(?:year|annum)\b",
            3,
        ),
        (r"\binvitation\s+to\s+tender\b|(?-i:\bITT\b)|\brequest\s+for\s+quotation\b|(?-i:\bRFQ\b)", 3),
        # a tender's questions from bidders and the council's answers: "Tender clarification log", "All bidders should submit by
        # 12:00 on …" (a city's CCTV maintenance tender, real-text round 106)
        (r"\bclarification\s+(?:log|questions|responses)\b|\b(?:all\s+)?bidders\s+(?:should|must)\s+submit\b", 3),
        (r"\btender(?:s|ing|ers)?\b", 2),
        (r"\bprocurement\b", 1),
        # a market engagement or prior information notice: "Buyer: [a council]", "The authority intends to procure …"
        # (real-text round 17)
        (
            r"\b(?:preliminary|early)\s+market\s+engagement\b|\bprior\s+information\s+notice\b|^\W*buyer\s*:|"
            r"\bintends\s+to\s+procure\b",
            3,
        ),
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
        # an installer's letter to the council on finishing a job: a company's letterhead, "Completion of works", "we have
        # installed and commissioned the system", "the handover pack", "our maintenance visits … under the existing contract"
        # (real-text round 104)
        (r"\A\W*(?-i:[A-Z][\w&'’ -]{2,60}\s(?:Ltd|Limited|plc|LLP))\b", 2),
        (
            r"\bcompletion\s+of\s+(?:the\s+)?works\b|\bwe\s+have\s+installed\s+and\s+commissioned\b|\bhandover\s+pack\b|"
            r"\bour\s+maintenance\s+visits\b",
            2,
        ),
        # what is asked of bidders and contractors: "Quality question Q6 (weighting 10%)", "Maximum 750 words", "The
        # contractor shall …", a framework's lot ("Lot 3 - Public space CCTV", "Suppliers appointed to this lot", "Call-off"),
        # a Welsh notice ("Hysbysiad tendr", "Awdurdod contractio", "gwahodd tendrau", "GwerthwchiGymru") (real-text round 18)
        (
            r"\bquality\s+question\b|\bweighting\s+\d+\s*%|\bmaximum\s+\d+\s+words\b|\bthe\s+contractor\s+shall\b|"
            r"\b(?:suppliers|bidders)\s+appointed\b|\bcall-?offs?\b|\beligible\s+buyers\b|(?m:^\W*lot\s+\d+\s*[-–:])|"
            r"\bframework\s+(?:term|agreement|lot)\b",
            4,
        ),
        (
            r"\bhysbysiad\s+tendr\b|\bawdurdod\s+contractio\b|\bgwahodd\s+tendrau\b|\bgwerthwchigymru\b|\bsell2wales\b|"
            r"\btendrau?\b",
            3,
        ),
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
    # (or a published notice's own fields: "Estimated value: £4.2m … Contract period … CPV: 92222000", real-text round 12)
    r(
        r"\binvitation\s+to\s+tender\b|\btender\s+(?:documents|submissions?|deadline)\b|(?-i:\bCPV\b)\s*:?\s*\d{8}\b|"
        r"\bestimated\s+value\s*:|\bquality\s+question\b|\bthe\s+contractor\s+shall\b|\b(?:suppliers|bidders)\s+appointed\b|"
        r"\beligible\s+buyers\b|\bhysbysiad\s+tendr\b|\bawdurdod\s+contractio\b"
    ),
)

_SCOTTISH_COUNCIL = (
    r"(?-i:\b(?:Aberdeenshire|Aberdeen\s+City|Angus|Argyll\s+and\s+Bute|Clackmannanshire|Dumfries\s+and\s+Galloway|"
    r"Dundee\s+City|East\s+Ayrshire|East\s+Dunbartonshire|East\s+Lothian|East\s+Renfrewshire|City\s+of\s+Edinburgh|Falkirk|"
    r"Fife|Glasgow\s+City|The\s+Highland|Highland|Inverclyde|Midlothian|Moray|North\s+Ayrshire|North\s+Lanarkshire|"
    r"Orkney\s+Islands|Perth\s+and\s+Kinross|Renfrewshire|Scottish\s+Borders|Shetland\s+Islands|South\s+Ayrshire|"
    r"South\s+Lanarkshire|Stirling|West\s+Dunbartonshire|West\s+Lothian)\s+Council\b|\bComhairle\s+nan\s+Eilean\s+Siar\b)"
)

SCOTTISH = DecoyKind(
    Decoy.SCOTTISH,
    r(r"\bScotland\b|\bScottish\b|\bNorthern\s+Ireland\b"),
    r(r"\.scot(?:/|$)|nidirect|\.gov\.scot"),
    t(
        # (their police alone say the council is not one of the register's: a Northern Irish council's page "supports the
        # PSNI", real-text round 25)
        (r"\bPolice\s+Scotland\b", 4),
        (r"(?-i:\bPSNI\b)|\bPolice\s+Service\s+of\s+Northern\s+Ireland\b", 4),
        # Northern Ireland's councils fund cameras through their Policing and Community Safety Partnerships (real-text
        # round 11)
        (r"\bPolicing\s+and\s+Community\s+Safety\s+Partnerships?\b|(?-i:\bPCSPs?\b)", 2),
        (r"\bScottish\s+(?:Government|Parliament|Information\s+Commissioner)\b", 2),
        (r"\bFreedom\s+of\s+Information\s+\(Scotland\)\s+Act\b", 3),
        # ("… which we use as good practice alongside the Scottish national strategy", a Scottish council's self-assessment,
        # real-text round 115)
        (r"\bScottish\s+national\s+strategy\b", 2),
        (r"\b(?:Scotland|Northern\s+Ireland)\b", 1),
        # a Scottish council by its name (real-text round 40: a surveillance camera policy naming its own single point of
        # contact, under Scotland's own RIPA and strategy)
        (_SCOTTISH_COUNCIL, 4),
        (
            r"\bRegulation\s+of\s+Investigatory\s+Powers\s+\(Scotland\)\s+Act\b|\bPublic\s+Space\s+CCTV\s+in\s+Scotland\b",
            3,
        ),
    ),
    # (the force's name spelled out: "monitored in partnership with the Police Service of Northern Ireland", round 30)
    # (or a Scottish council speaking under Scotland's own strategy: "[X]shire Council operates CCTV at …" in a policy that
    # "follows … the National Strategy for Public Space CCTV in Scotland", real-text round 107)
    r(
        r"\bPolice\s+Scotland\b|(?-i:\bPSNI\b)|\bPolice\s+Service\s+of\s+Northern\s+Ireland\b|\(Scotland\)\s+Act\b|"
        r"\bPublic\s+Space\s+CCTV\s+in\s+Scotland\b|\bScottish\s+national\s+strategy\b"
    ),
    issuer=True,
)

# A council or force outside the United Kingdom, whose pages read like a council's own (real-text round 9: an
# Australian council's CCTV policy releasing footage "to NSW Police", a New Zealand council's third-party camera
# agreement "with New Zealand Police"): never a council of the register's.
_OVERSEAS = (
    r"\b(?:NSW|Queensland|Victoria|Tasmania|South\s+Australia|Western\s+Australia|Northern\s+Territory|New\s+Zealand)\s+"
    r"Police\b|\bAustralian\s+Federal\s+Police\b|(?-i:\bRCMP\b)|\bRoyal\s+Canadian\s+Mounted\s+Police\b|\bAn\s+Garda\s+"
    r"S[ií]och[aá]na\b|\bGarda[ií]?\b(?=\s+(?:station|divisions?|superintendent|S[ií]och))|\bNew\s+South\s+Wales\b|"
    r"\bPrivacy\s+Act\s+(?:1988|1993|2020)\b|\bPrivacy\s+and\s+Personal\s+Information\s+Protection\s+Act\b|"
    # the Crown dependencies, outside the register too: "monitored jointly with the Isle of Man Constabulary" (real-text
    # round 12)
    r"\bIsle\s+of\s+Man\s+(?:Constabulary|Police|Government)\b|\bStates\s+of\s+(?:Jersey|Guernsey)\b|"
    r"\b(?:Jersey|Guernsey)\s+Police\b|\bGovernment\s+of\s+(?:Jersey|Guernsey)\b|\b(?:Jersey|Guernsey)\s+Government\b|"
    r"\bData\s+Protection\s+\((?:Jersey|Bailiwick\s+of\s+Guernsey)\)\s+Law\b"
)
OVERSEAS = DecoyKind(
    "a council or force outside the United Kingdom",
    None,
    r(r"\.gov\.au\b|\.govt\.nz\b|\.nsw\.|\.gc\.ca\b|\.ie/"),
    t((_OVERSEAS, 4)),
    r(_OVERSEAS),
    issuer=True,
)

SEARCH_RESULTS = DecoyKind(
    Decoy.SEARCH_RESULTS,
    # (WordPress titles its results "You searched for CCTV", held-back web 126's North East Lincolnshire)
    r(r"\bsearch\s+results?\b|^\s*search\b|\bresults\s+for\b|\byou\s+searched\s+for\b"),
    r(r"/search(?:/|$|\?|\.)|[?&](?:q|query|search|keys|term|searchtext|s)=|/results(?:/|$|\?)"),
    t(
        (
            r"\b\d+\s+results?\s+(?:found|for|match)|\bshowing\s+(?:results\s+)?\d+\s*(?:-|–|to)\s*\d+\s+of\b|"
            r"\byour\s+search\s+(?:for|returned)\b|\bno\s+results\b|\bsearch\s+results\s+for\s*:",
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
        r"(?-i:\bRVRC\b)|\bkey-?holding\b|"
        # the council's control room selling its watch to firms: "Alarm and CCTV monitoring for businesses" (held-back
        # web 56's Bristol)
        r"\b(?:alarm|cctv|camera)\s+(?:and\s+(?:cctv|alarm|camera)\s+)?monitoring\s+(?:service\s+)?for\s+(?:businesses|"
        r"business(?:es)?\s+customers|landlords|commercial\s+customers)\b"
    ),
    r(
        r"alarm-receiving|remote-(?:video-)?monitoring|keyholding|key-holding|rvrc|monitoring-station|"
        r"monitoring-for-businesses"
    ),
    t(
        (r"\balarm\s+receiving\s+cent(?:re|er)s?\b|(?-i:\bARCs?\b)", 2),
        (r"\bremote\s+video\s+(?:response|receiving|monitoring)\s+(?:cent(?:re|er)|station)|(?-i:\bRVRC\b)", 2),
        (r"\bBS\s*EN\s*50518\b|\bBS\s*(?:5979|8418|9518)\b", 1.5),
        (r"\bintruder\s+alarms?\b|\bfire\s+alarms?\b|\bkey-?holding\b|\bmobile\s+patrols?\b", 1),
        (r"\b(?:commercial|business|our|public\s+sector)\s+(?:customers|clients)\b", 1.5),
        # a company's pitch to councils: "Contact our public sector team for a proposal" (real-text round 34)
        (r"\bfor\s+a\s+(?:proposal|quotation)\b|\bour\s+public\s+sector\s+team\b", 1.5),
        (
            r"\bwe\s+can\s+(?:watch|monitor)\s+your\b|\byour\s+(?:site|premises|business|shop)(?:'s|’s)?\s+(?:cameras|cctv|alarms?)\b|"
            r"\bprices?\s+(?:depend|start|from)\b|\b(?:ask\s+for|get|request)\s+a\s+quote\b",
            1.5,
        ),
        (r"\bmonitor\w*\b[^.\n]{0,60}\bfor\s+(?:more\s+than\s+|over\s+)?\d[\d,]*\s+(?:customers|clients|sites)\b", 2),
        # a company watching councils' cameras for them, priced per camera: "Our remote monitoring centre watches public space
        # cameras for local authorities …", "from £0.38 per camera per hour" (a monitoring company's page, real-text round 96)
        (
            r"\b(?:watch(?:es|ing)?|monitor(?:s|ing)?)\s+(?:public[- ]space\s+|town[- ]centre\s+)?(?:cctv\s+)?cameras\s+for\s+"
            r"(?:local\s+authorities|councils)\b",
            2,
        ),
        (r"\bper\s+camera\s+per\s+(?:hour|day|week|month)\b|\bservice\s+credits\b", 1.5),
        # its contract with each customer: "Every customer receives a service level agreement setting out response times" (an
        # alarm receiving centre's explainer, real-text round 119)
        (r"\b(?:every|each)\s+customer\s+(?:receives|gets|signs|has)\b", 1.5),
    ),
    r(
        r"\balarm\s+receiving\s+cent(?:re|er)\b[^.\n]{0,120}\b(?:customers|clients)\b|"
        r"\b(?:commercial|business)\s+customers\b[^.\n]{0,60}\b(?:alarms?|monitor)"
    ),
)

"""The cues of each 5.1 information criterion (docs/domain.md), in English and Welsh.

Split from vocab.py. Cues are only read inside the LA's own CCTV text (a CCTV page, or the CCTV
section of a privacy notice), so they can be plain phrases like "retained for 31 days" without
matching a bin-collection page.
"""

from __future__ import annotations

import re

from .vocab_own import IN_VIEW_OF_OWN_CAMERAS

__all__ = ["ALSO_WATCHES_OTHERS", "CRITERIA", "CRITERIA_READ"]

I = re.I


def _c(*alts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{a})" for a in alts), I)


_NUM = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
)

# A post or team answering for the cameras' policy: "… is responsible for this policy" (held-back web 64's Cardiff); read
# for `responsible_officer` and by analysis.contact_route for whose mailbox is the cameras' contact.
ANSWERS_FOR_THE_POLICY = (
    r"(?:is|are)\s+responsible\s+for\s+(?:this|the)\s+(?:(?:cctv|camera|surveillance)\s+)?"
    r"(?:policy|code(?:\s+of\s+practice)?|system|scheme)\b"
)

CRITERIA: dict[str, re.Pattern[str]] = {
    "purpose": _c(
        r"\bprevent(?:ion|ing)?\s+(?:and|or|&)\s+(?:the\s+)?detect(?:ion|ing)?\s+(?:of\s+)?crime",
        # (or a list ending in one: "help deter drug dealing, theft and anti-social behaviour", held-back web 17)
        r"\b(?:detect|deter|prevent|reduce|tackle|tackling|reducing|preventing)\w*\s+(?:[\w-]+,?\s+(?:and\s+|or\s+)?){0,4}?"
        r"(?:crime|anti[- ]social\s+behaviour|disorder)\b",
        r"\bfear\s+of\s+crime\b",
        r"\bobjectives?\s+of\s+the\s+(?:cctv\s+)?(?:scheme|system)\b",
        r"\bpurposes?\s+of\s+(?:the\s+|our\s+)?(?:cctv|scheme|system|surveillance|cameras?)\b",
        r"\b(?:aims?|purpose)\s+(?:of|for)\s+(?:the\s+|our\s+|using\s+)?(?:cctv|cameras?)\b",
        r"\bpublic\s+safety\b(?!\s+(?:centre|center|team|hub|unit|service|officers?|manager|partnership|room|suite))",
        r"\bkeep(?:ing)?\s+(?:people|residents|the\s+public|visitors)\s+safe\b",
        r"\bwe\s+use\s+(?:cctv|cameras?)\s+(?:to|for)\b",
        r"\batal\s+a\s+chanfod\s+trosedd(?:u|au)?\b",
        r"\bamcanion\s+y\s+(?:cynllun|system)\b",
        # Welsh: the aim given as helping to detect and prevent crime ("datgelu ac atal troseddu")
        r"\bnod\s+y\s+(?:cynllun|system)\b",
        r"\b(?:d|dd)atgelu\s+(?:ac|a)\s+atal\s+troseddu?\b|\batal\s+(?:a|ac)\s+(?:d|dd)atgelu\s+troseddu?\b",
        r"\bofn\s+troseddu\b",
        r"\bdiogelwch\s+y\s+cyhoedd\b",
        r"\b(?:detection|prevention|reduction)\s+of\s+crime\b",
        r"\bcrime\s+(?:prevention|reduction|detection)\b",
        r"\b(?:identify|apprehend|prosecute)\w*\s+(?:offenders|suspects|those\s+responsible)\b",
        r"\bsupport\w*\s+(?:the\s+)?(?:emergency\s+services|police)\b",
        # "help the police keep public order and provide evidence of crime" (held-back web 69's Colchester)
        r"\bprovid\w*\s+evidence\s+(?:of|for)\s+(?:[\w-]+,?\s+(?:and\s+)?){0,2}?crime\b|\bkeep\s+public\s+order\b",
        # "an important tool against crime, disorder and anti-social behaviour" (held-back web 69's Chesterfield)
        r"\b(?:tool|weapon)\s+(?:against|in\s+(?:the\s+)?fight\s+against|for\s+tackling)\s+(?:[\w-]+,?\s+(?:and\s+)?){0,3}?"
        r"(?:crime|disorder|anti[- ]social\s+behaviour)\b",
    ),
    "code_compliance": _c(
        r"\bsurveillance\s+camera\s+code\b",
        r"\b(?:12|twelve)\s+guiding\s+principles\b",
        r"\bguiding\s+principles\b",
        r"\bprotection\s+of\s+freedoms\s+act\b",
        r"\bsurveillance\s+camera\s+commissioner\b",
        r"\bbiometrics\s+and\s+surveillance\s+camera\b",
        # "in line with the government's code for surveillance cameras" (held-back web 26's Richmond)
        r"\bcode\s+(?:of\s+practice\s+)?for\s+surveillance\s+cameras\b",
        r"\b(?:compl(?:y|ies|iance)|accordance|regard|in\s+line|operated|governed)\b[^.\n]{0,80}"
        r"\b(?:data\s+protection\s+act\s+2018|uk\s+gdpr|general\s+data\s+protection|human\s+rights\s+act)",
        r"\b(?:c|ch|g|ngh)od\s+ymarfer\s+(?:c|ch|g|ngh)amer[aâ]u\s+gwyliadwriaeth\b",
        r"\bDeddf\s+(?:Diogelu\s+Rhyddidau|Amddiffyn\s+Rhyddid)\b",
        r"\bcomisiynydd\s+camer[aâ]u\s+gwyliadwriaeth\b",
    ),
    "operator": _c(
        r"\bdata\s+controller\b",
        r"(?-i:\bZ\d{7}\b)",
        r"\bICO\s+registration\b",
        r"\bregistered\s+with\s+the\s+information\s+commissioner",
        # (also "monitored for the council by the North Devon CCTV hub": held-back web 18)
        # (or "watched from the Pennine CCTV Hub in Blackburn, which [a neighbour] runs": held-back web 61)
        # (with when between: "monitored day and night for the council by [its own company]", held-back web 69)
        r"\b(?:monitored|watched)\s+(?:(?:day\s+and\s+night|around\s+the\s+clock|24\s+hours\s+a\s+day|live)\s+)?"
        r"(?:by|on\s+behalf\s+of|from|at|for\s+(?:the\s+council|us)\s+by)\b",
        r"\bcontrol\s+room\b",
        r"\bmonitoring\s+(?:centre|suite|room)\b",
        # "The council's camera suite at the Civic Office"; "every overt camera the council owns or operates" (held-back
        # web 36's Doncaster)
        r"\b(?:camera|cctv)\s+suite\b",
        # (not a question about them: "asking how many cameras the council owns", held-back web 7)
        r"(?<!\bmany\s)\bcameras?\s+(?:that\s+|which\s+)?the\s+council\s+(?:owns|operates|runs|manages)\b",
        # (a name after "by" is capitalised: "owned by shops" is nobody's system of the council's)
        # ("owned jointly by Fareham Borough Council and …": held-back web 53)
        r"\b(?:owned|operated|managed|run|maintained)\s+(?:(?:jointly|wholly|solely|entirely)\s+)?(?:and\s+(?:operated|"
        r"managed|monitored|maintained)\s+)?by\s+(?:the\s+|our\s+|(?-i:[A-Z]))",
        r"\bon\s+behalf\s+of\s+the\s+council\b",
        # "run by a partnership of the borough council, [a] Town Council and [the force]" (held-back web 60)
        r"\b(?:run|operated|managed|owned)\s+(?:jointly\s+)?by\s+a\s+partnership\s+(?:of|between)\b",
        r"\brheoly?dd\s+data\b|\brheolwr\s+data\b",
        r"\bystafell\s+reoli\b",
    ),
    "cameras": _c(
        rf"\b(?!(?:19|20)\d\d\b){_NUM}\s+(?:(?:public[- ]space|fixed|static|cctv|town[- ]centre|high[- ]definition|hd|council|"
        rf"redeployable|re-deployable|digital|ptz|mobile)\s+){{0,2}}(?:cctv\s+)?cameras\b",
        # where, as what they cover: "our cameras only cover Queens Square and The Broadway"
        # (or "Our public space CCTV covers the town centres of Canvey Island, Hadleigh and …": held-back web 17)
        r"\b(?:our|the\s+council(?:'|’)s)\s+(?:(?:public[- ]space|town[- ]centre)\s+)?(?:cctv\s+)?(?:cameras|cctv)\s+"
        r"(?:only\s+|also\s+)?(?:cover|covers|watch|watches|overlook)\s+(?:the\s+(?:town\s+centres?|high\s+streets?|"
        r"parks?|car\s+parks?)\s+(?:of|in)\s+)?(?-i:[A-Z])",
        r"\bsystem\s+(?:comprises|consists\s+of|has|includes)\s+(?:of\s+)?\d",
        # counted in the system's name: "The 12-camera CCTV system installed in 2020 covers the town centre" (held-back web 294)
        r"\b\d{1,4}-camera\s+(?:cctv\s+)?(?:system|network|scheme)\b",
        r"\bmap\s+of\s+(?:the\s+|our\s+)?(?:cctv|camera|cameras)\b",
        r"\b(?:cctv|camera)\s+(?:locations|location\s+map|map|sites)\b",
        r"\blocations?\s+of\s+(?:the\s+|our\s+|all\s+)?(?:cctv|cameras?)\b",
        r"\b24\s*(?:hours?\s+a\s+day|/\s*7|\s*hours?,?\s+(?:7|seven)\s+days)\b",
        r"\b365\s+days\b",
        r"\b(?:no|not|never|do\s+not|does\s+not|cannot)\s+(?:record\s+|capture\s+)?(?:audio|sound)\b",
        r"\bfacial\s+recognition\b",
        r"\bpan,?\s+tilt\s+(?:and|&)\s+zoom\b",
        r"\bPTZ\b",
        r"\bcameras?\s+(?:are\s+)?(?:located|sited|positioned|installed)\s+(?:in|at|across|throughout)\b",
        # where, said as the places they stand: "We have cameras at the council offices, in our car parks and other sites, and
        # in public areas" (held-back web 36's Test Valley)
        # (a list of places: one place is a mention's "the council runs CCTV cameras in the town centre")
        r"\b(?:we|the\s+council)\s+(?:have|has|run|runs|operate|operates)\s+(?:[\w-]+\s+){0,2}?cameras\s+(?:at|in|on|across)\s+"
        r"[^.\n]{3,80}?,\s+(?:and\s+)?(?:in|at|on)\s+(?:the\s+|our\s+)?[\w-]+",
        # a count of the places: "Cameras now cover 12 sites in [two towns] … and 15 more watch [a town] centre" (held-back
        # web 35's Havant)
        r"\b(?:cctv|cameras?)\s+(?:also\s+|now\s+)?(?:covers?|watch(?:es)?)\s+\d[\d,]*\s+(?:[\w-]+\s+)?(?:sites|locations|"
        r"streets|places|areas|spots)\b",
        # ... or where they stand: "We have cameras at 99 locations across the district" (held-back web 102's St Albans)
        r"\bcameras\s+(?:at|in|on|across)\s+(?:more\s+than\s+|over\s+|around\s+|about\s+)?\d[\d,]*\s+(?:[\w-]+\s+)?"
        r"(?:sites|locations|streets|places|spots|positions)\b",
        # where, as the places they cover: "the deck and both slipways are covered by the council's cameras"
        r"\b(?:is|are)\s+(?:also\s+)?(?:covered|watched|overlooked)\s+by\s+(?:the\s+council(?:'|’)s\s+|our\s+)(?:cctv|cameras)\b",
        # ... or by cameras a named room watches: "the hall is covered by cameras watched from the [county] CCTV hub in
        # [a town]" (a council market hall's facilities, held-back web 209's Hyndburn)
        r"\b(?:is|are)\s+(?:also\s+)?covered\s+by\s+(?:cctv\s+)?cameras,?\s+(?:watched|monitored)\s+(?:from|at|in)\s+(?:the\s+)?"
        r"[^.\n]{0,60}?\b(?:hub|control\s+(?:room|centre)|monitoring\s+(?:cent(?:re|er)|room))\b",
        # ... or in view of them: "Both ranks are within view of our town centre CCTV cameras" (held-back webs 97 and 100)
        IN_VIEW_OF_OWN_CAMERAS,
        rf"\b{_NUM}\s+(?:c|ch|g|ngh)?amer[aâ]u\b",
        r"\b24\s+awr\s+y\s+dydd\b",
        # where, as a list of places: "cameras in Fleetwood, Thornton, Poulton and Garstang"
        # (a place's name may join words with "on the", "upon", "in": "Oxted, Caterham on the Hill and Lingfield",
        # held-back web 53's Tandridge)
        r"\bcameras\s+(?:in|at|across|around|covering)\s+(?:(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:(?:on|upon|in|under|by)\s+"
        r"(?:the\s+)?)?[A-Z][\w'’-]+)?,\s+)+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:(?:on|upon|in|under|by)\s+(?:the\s+)?)?"
        r"[A-Z][\w'’-]+)?,?\s+and\s+(?:the\s+)?[A-Z]",
        # a label over the places: "Camera coverage: Bridge Street and the Market Place" (held-back web 53's Bassetlaw)
        r"(?:^|(?<=\n))\W*(?:cctv\s+|camera\s+)(?:coverage|locations?|sites)\s*:\s*(?-i:[A-Z])",
        # when: "staffed around the clock", "monitored day and night", "watched at all hours"; not a telephone line's
        # hours, "Telephone 0161 … (staffed 24 hours)" (held-back web 53's Stockport)
        r"(?<!\()(?<!\bline\sis\s)\b(?:staffed|monitored|watched|manned)\s+(?:(?:24|twenty-four)\s+hours|(?:a|)round\s+the\s+clock|day\s+and\s+night|"
        r"at\s+all\s+hours|every\s+hour)",
    ),
    "policy": _c(
        r"\bcctv\s+(?:code\s+of\s+practice|policy|policies|procedures?|operational\s+procedures|(?:[\w-]+\s+){1,2}policy|"
        r"procedures?\s+manual|operating\s+procedures)\b",
        r"\bsurveillance(?:\s+camera)?(?:\s+systems?)?\s+(?:policy|policies|procedures?|operational\s+"
        r"procedures)\b",
        r"(?<!camera\s)\bcode\s+of\s+practice\s+(?:for|on)\s+(?:the\s+)?(?:operation|management|use)\b",
        # (not a post's name: "the Head of Corporate Policy and Community Safety", held-back web 70's Gosport)
        r"\b(?:our|the\s+council'?s|corporate|council)\s+(?:cctv\s+|surveillance\s+)?(?:code\s+of\s+"
        r"practice|policy)\b(?<!(?-i:Corporate Policy))(?<!(?-i:Council Policy))",
        # a code for the cameras and a service beside them: "Our CCTV and concierge code of practice" (held-back web 25)
        r"\b(?:our|the\s+council'?s)\s+(?:cctv|surveillance\s+camera)\s+and\s+[\w-]+(?:\s+[\w-]+)?\s+code\s+of\s+practice\b",
        r"\b(?:operational|operating)\s+(?:procedures|manual)\b",
        # "The system runs under a code of practice" (held-back web 31)
        r"\b(?:runs?|operates?|operated|run)\s+under\s+(?:a|its|our|the)\s+(?:cctv\s+)?code\s+of\s+practice\b",
        r"\bprocedures?\s+manual\b",
        r"\bpolisi\s+(?:TCC|teledu\s+cylch\s+cyfyng|camer[aâ]u)\b",
        r"\bcod\s+ymarfer\s+(?:TCC|teledu\s+cylch\s+cyfyng)\b",
    ),
    "dpia": _c(
        r"\bdata\s+protection\s+impact\s+assessments?\b",
        r"\bDPIAs?\b",
        r"\bprivacy\s+impact\s+assessments?\b",
        r"\bPIAs?\b(?=[^.\n]{0,40}(?:cctv|camera|privacy))",
        r"\b(?:cctv|surveillance|camera)\s+privacy\s+notice\b",
        r"\bprivacy\s+notice\b",
        r"\basesiad\s+(?:o'?r\s+)?effaith\s+(?:ar\s+)?(?:dd|d)iogelu\s+data\b",
        r"\b(?:hysbysiad|datganiad)\s+preifatrwydd\b",
    ),
    "annual_review": _c(
        r"\bannual\s+(?:cctv\s+|surveillance\s+camera\s+)?(?:review|report|audit|assessment)\b",
        r"\b(?:reviewed|audited|evaluated|assessed)\s+(?:annually|every\s+year|each\s+year|yearly|"
        r"on\s+an\s+annual\s+basis)\b",
        r"\bnext\s+review\s+(?:due|date)\b",
        r"\byearly\s+review\b",
        # "A review of the system against the principles is presented to the council each year" (held-back web 61's
        # Darlington)
        r"\b(?:a|an|the)\s+review\s+of\s+(?:the\s+|our\s+)?(?:cctv\s+|camera\s+)?(?:system|scheme|service|cameras)\b[^.\n]{0,80}"
        r"\b(?:each|every)\s+year\b",
        # "We will review this policy in June 2026" (held-back web 29)
        r"\breview\s+this\s+(?:policy|code(?:\s+of\s+practice)?)\s+(?:in|by|every|each|annually|yearly)\b",
        # "… is responsible for this policy and reviews it every year" (held-back web 64's Cardiff)
        r"\breviews?\s+(?:it|them)\s+(?:every|each)\s+year\b|\breviews?\s+(?:it|them)\s+(?:annually|yearly)\b",
        # "Each year we publish an outcome summary" (held-back web 25's Sandwell)
        r"\b(?:each|every)\s+year\s+(?:we|the\s+council)\s+publish(?:es)?\b",
        r"\b(?:annual|yearly)\s+(?:performance\s+)?(?:report|review)\s+(?:20\d\d|for)\b",
        r"\badroddiad\s+blynyddol\b",
        r"\badolygiad\s+blynyddol\b",
    ),
    "statistics": _c(
        r"\b\d[\d,]*\s+(?:incidents|arrests|evidence\s+packages|evidential\s+(?:reviews|packages)|"
        # ("about 60 evidence downloads a month": held-back web 36's Southend)
        r"detections|police\s+requests|requests\s+for\s+footage|reviews\s+of\s+footage|evidence\s+downloads|"
        r"crimes?\s+(?:recorded|detected)|call[- ]outs|deployments)\b",
        r"\b(?:incidents|arrests|evidence\s+packages|requests|detections)\s*(?:recorded|made|dealt\s+with|"
        # (or by whom: "Incidents recorded by operators: 5,214", held-back web 69's Sandwell)
        r"monitored|handled|logged|attended|assisted|supported|spotted)?(?:\s+(?:by|for)\s+(?:the\s+)?(?:operators|staff|"
        r"control\s+room(?:\s+staff)?|police))?\s*(?::|-|–|=|were|was|totalled)?\s*\d[\d,]*\b",
        r"\bassisted\s+(?:in|with)\s+\d[\d,]*\s+(?:arrests|incidents|prosecutions)\b",
        # "Each quarter we publish figures on incidents" (held-back web 32)
        r"\bpublish\w*\s+(?:quarterly\s+|annual\s+|monthly\s+|yearly\s+)?(?:figures|statistics)\s+on\s+(?:incidents|arrests|the\s+cameras)\b",
        r"\b\d[\d,]*\s+(?:digwyddiad|arestiad)",
    ),
    "retention": _c(
        # ("Recordings wipe themselves after a month": held-back web 17)
        # (the span needs its unit: "operators keep watch over more than 1,000 cameras" keeps nothing; "the system
        # keeps pictures for 30 days" does, held-back web 25)
        r"\b(?:retain|retains|retained|kept|held|stored|deleted|overwritten|over-written|erased|recorded"
        r"\s+over|keeps?|holds?|stores?|overwrites?|deletes?|erases?|wiped|wipes?\s+(?:themselves|itself))\b[^.\n]{0,80}\b(?:(?:\d{1,3}|seven|fourteen|"
        r"twenty[- ]one|twenty[- ]eight|thirty|thirty[- ]one)\s*(?:calendar\s+)?(?:days?|weeks?|months?)\b|one\s+month\b|"
        r"a\s+month\b)",
        r"\bretention\s+(?:and\s+disposal\s+)?(?:period|schedule|policy)\b",
        r"\bautomatically\s+(?:deleted|overwritten|erased)\b",
        r"\bcyfnod\s+cadw\b",
        # "caiff y lluniau eu cadw am gyfnod o 28 diwrnod" (the pictures are kept for 28 days)
        r"\bcadw\b[^.\n]{0,40}?\b(?:am|drwy)\s+(?:(?:g|c)yfnod\s+o\s+)?\d+\s+(?:o\s+)?(?:d|dd)iwrnod",
        # "ar ôl 31 diwrnod caiff recordiad ei ddileu", "o fewn 28 diwrnod … bydd y recordiad wedi'i ddileu"
        r"\b(?:ar\s+[oô]l|o\s+fewn)\s+\d{1,3}\s+(?:d|dd)iwrnod\b[^.\n]{0,80}\b(?:dileu|ddileu|recordio\s+drosto)\b",
        # ... or the verb first: "Caiff ei lanlwytho … a'i ddileu ar ôl 31 diwrnod" (it is uploaded … and deleted after 31 days, a
        # city council's Welsh privacy notice for body cameras, real-text round 118)
        r"\b(?:dileu|ddileu|dilëir)\b[^.\n]{0,20}?\b(?:ar\s+[oô]l|o\s+fewn)\s+\d{1,3}\s+(?:d|dd)iwrnod\b",
    ),
    "disclosure": _c(
        r"\b(?:footage|images?|recordings?|data|information|evidence)\s+(?:may|will|can|is|are)?\s*(?:not\s+|never\s+)?(?:only\s+)?"
        r"(?:be\s+)?(?:disclosed|released|shared|provided|passed)\b",
        r"\b(?:released|disclosed|given)\s+to\s+(?:the\s+)?(?:media|press|public)\b",
        r"\bdisclosures?\s+(?:of\s+(?:footage|images|recordings)\s+)?to\s+(?:the\s+)?(?:police|third\s+parties|"
        r"insurers|solicitors)\b",
        r"\bdisclos(?:ure|ed|ing)\s+(?:of\s+)?(?:footage|images?|recordings?|cctv)\b",
        r"\brequests?\s+(?:for\s+footage\s+)?from\s+(?:the\s+)?police\b",
        r"\binsurance\s+compan",
        # who may see them: "Recordings can only be viewed by the council and the police" (held-back web 17)
        r"\b(?:footage|images?|recordings?|pictures)\s+(?:may|can|will)\s+(?:only\s+)?be\s+(?:viewed|seen|accessed|"
        r"watched)\s+by\b",
        # (not "third-party certification", which is 5.2)
        r"\bthird[- ]part(?:y|ies)\b(?!\s+certifi)",
        r"\bnot\s+(?:be\s+)?(?:released|disclosed|used)\s+for\s+"
        r"(?:entertainment|commercial)",
        r"\blaw\s+enforcement\s+agencies\b",
        r"\bshared?\s+with\s+(?:the\s+)?(?:police|law\s+enforcement|insurers|solicitors)\b",
        r"\bshar\w*\s+(?:footage|images|recordings|data|information)\s+with\b",
        # who it goes to, told with the verb first: "we pass recordings to the police", "releases recorded
        # images to X Police", "disclosed only to the police, other prosecuting bodies and data subjects"
        r"\b(?:pass|passes|passed|release|releases|released|give|gives|supply|supplies)\s+(?:recorded\s+|copies\s+of\s+|cctv\s+)?"
        r"(?:footage|images|recordings|copies)\s+(?:only\s+)?to\s+(?:the\s+)?(?:police|insurers?|solicitors|officers|"
        r"(?:[A-Z][\w-]+\s+){1,3}(?:Police|Constabulary))\b",
        r"\b(?:disclosed|released|passed|given)\s+(?:only\s+)?to\s+(?:the\s+)?(?:police|insurers|solicitors|other\s+)",
        # who may ask instead: "the request has to come from your insurer or solicitor; we will not release images to
        # you directly" (held-back web 74's Eastleigh)
        r"\b(?:has|have|needs?|must)\s+to\s+come\s+from\s+(?:your\s+|the\s+)?(?:insurers?|solicitors?|the\s+police)\b",
        r"\b(?:will\s+not|won['’]t|cannot|can\s*not|do\s+not|does\s+not)\s+(?:normally\s+)?release\s+(?:any\s+)?"
        r"(?:images|footage|recordings)\b",
        # "Recordings are handed to the force under a protocol" (held-back web 69's Chesterfield)
        r"\b(?:footage|images|recordings|copies)\s+(?:are|is|will\s+be|may\s+be)\s+handed\s+(?:over\s+)?to\s+(?:the\s+)?"
        r"(?:police|force|insurers|solicitors|(?:[A-Z][\w-]+\s+){1,3}(?:Police|Constabulary))\b",
        r"\b(?:insurers?|solicitors?)\s+(?:(?:and|or)\s+(?:insurers?|solicitors?)\s+)?(?:should|can|may|must)\s+"
        r"(?:write|request|apply|ask)\b",
        r"\bonly\s+with\s+the\s+police\b|\bshared\s+with\s+officers\b",
        # "Most requests for images come from the police" (a guide's Access to images part)
        r"\b(?:requests?\s+for\s+(?:images|footage|recordings)|requests)\s+(?:mostly\s+|mainly\s+)?come\s+from\s+"
        r"(?:the\s+)?police\b",
        # who receives them, told loosely: "copies of recordings go only to the police", "release the footage
        # to the police or to your insurer", "supplies live pictures and recorded footage to X Police", "to
        # other bodies only where the law allows it", "a copy of footage … for an insurer or solicitor"
        r"\b(?:copies|footage|recordings|images)\b[^.\n]{0,30}\bgo(?:es)?\s+(?:only\s+)?to\s+(?:the\s+)?(?:police|insurers?|solicitors)\b",
        r"\b(?:pass|passes|passed|release|releases|released|give|gives|supply|supplies|supplied|provide|provides|provided)\s+"
        r"(?:[\w-]+\s+){1,4}?(?:footage|images|recordings|pictures|copies)\s+to\s+(?:the\s+|your\s+)?(?:police|insurers?|"
        r"solicitors|officers|(?:[A-Z][\w-]+\s+){1,3}(?:Police|Constabulary))\b",
        r"\bother\s+(?:bodies|organisations|agencies)\b[^.\n]{0,40}\b(?:where|when|if)\s+the\s+law\b",
        r"\b(?:footage|recordings|images)\b[^.\n]{0,40}\bfor\s+(?:an?\s+|your\s+)?(?:insurer|solicitor)s?\b",
        # who asks and how: "police requests for recordings are made on the evidence form", "officers
        # request footage through the control room", "solicitors, insurers and the police can also apply",
        # "copied for the police only on a completed request", "a log of every release"
        r"\b(?:police|officers?)\s+(?:requests?|ask|asks|apply)\s+(?:for\s+)?(?:copies\s+of\s+)?(?:the\s+)?"
        r"(?:recordings|footage|images)\b",
        r"\b(?:solicitors|insurers)(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?(?:solicitors|insurers|police)\b",
        r"\b(?:footage|images|recordings)\s+(?:are|is|will\s+be|may\s+be)\s+(?:only\s+)?copied\s+for\b",
        r"\b(?:log|record|register)\s+of\s+(?:every|each|all)\s+(?:releases?|disclosures?)\b|\b(?:release|disclosure)\s+log\b",
        # Welsh "datgelu" (disclose), but not "atal a datgelu troseddau" (prevent and detect crime)
        r"\b(?:d?datgelu|natgelu)\b(?!\s+(?:troseddau|trosedd)\b)",
    ),
    "subject_access": _c(
        r"\bsubject\s+access\b",
        r"(?-i:\bSARs?\b)",
        r"\bright\s+of\s+access\b",
        r"\brequest\w*\s+(?:a\s+copy\s+of\s+|to\s+view\s+|access\s+to\s+)?(?:the\s+|an\s+)?(?:cctv\s+)?"
        r"(?:footage|images?|recordings?)\b",
        r"\b(?:personal\s+data|information)\s+(?:is\s+)?held\s+about\s+you\b",
        r"\b(?:ask|apply)\s+(?:us\s+)?for\s+(?:a\s+copy\s+of\s+)?(?:an?\s+|the\s+)?(?:cctv\s+)?(?:footage|images?|recordings?)\b",
        r"\b(?:footage|images|recordings)\s+of\s+(?:yourself|you|themselves)\b",
        r"\bwithin\s+one\s+(?:calendar\s+)?month\b",
        r"\baccess\s+(?:to\s+)?(?:your|personal)\s+(?:data|information|images)\b",
        r"\bcais\s+(?:am\s+fynediad|gwrthrych)\b",
        r"\bmynediad\s+at\s+wybodaeth\b",
        r"\bcais\s+am\s+(?:recordiadau|luniau|ddelweddau)\b",
    ),
    "complaints": _c(
        # (not the recordings used to look into other complaints: "to support investigations into complaints,
        # grievances and accidents", a privacy notice's purposes in held-back web 17)
        r"(?<!\binto\s)(?<!\binvestigate\s)(?<!\binvestigating\s)\bcomplain(?:t|ts|ing)?\b"
        r"(?!,?\s+(?:and\s+)?(?:grievances|claims|disciplinary))",
        r"\bcontact\s+the\s+(?:cctv|system|control\s+room|"
        r"community\s+safety)\b",
        r"\b(?:comments|concerns|queries|questions)\s+(?:about|regarding)\s+"
        r"(?:the\s+|our\s+)?(?:cctv|cameras?|system|scheme)\b",
        r"\bcwyn(?:ion)?\b",
    ),
    "foi": _c(
        r"\bfreedom\s+of\s+information\b",
        r"(?-i:\bFOI\b)",
        r"\bFOIA\b",
        r"\bpublication\s+scheme\b",
        r"\brhyddid\s+gwybodaeth\b",
        r"\bcynllun\s+cyhoeddi\b",
    ),
    "signage": _c(
        # (not "To sign … information sharing agreements": the verb, before "information", in a scheme of delegation)
        r"\bsigns?\b[^.\n]{0,80}\b(?:display|displayed|erected|positioned|in\s+place|placed|installed|"
        r"visible|inform(?:s|ing)?\b|advis\w*|warn\w*|indicat\w*)",
        r"\bsignage\b",
        # "signs tell you when you are entering an area covered by cameras", "signs are put up wherever a
        # camera can see", "warning signs are fixed on every column", "each covered area has signs telling you"
        r"\bsigns?\b[^.\n]{0,60}\b(?:tell|tells|telling|let\s+(?:you|people|visitors|customers|residents)\s+know|show(?:ing)?\s+where|"
        # ("signs are put up where they are in use": held-back web 39's Hartlepool)
        r"put\s+up|fixed|mounted|fitted|posted)\b[^.\n]{0,60}\b(?:cameras?|cctv|recording|covered|public\s+place|columns?|"
        r"in\s+use|in\s+operation)\b",
        r"\b(?:warning|cctv|camera)\s+signs?\b",
        # "Signs near each camera say who runs it and why", "Wherever we have a fixed camera, a sign tells you it is
        # there" (held-back web 31)
        r"(?<!road\s)(?<!traffic\s)\bsigns?\s+(?:near|beside|by|next\s+to|under)\s+(?:each|every)\s+cameras?\b",
        r"\bcameras?\b[^.\n]{0,40}\bsigns?\s+(?:tells?|shows?|says?|warns?)\b",
        # "Council cameras carry a yellow sign with the control room's direct number" (held-back web 66's Southwark)
        r"\bcameras?\s+(?:carry|bear|have|display)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}signs?\b",
        # "Every camera has a sign below it with a phone number" (held-back web 28)
        r"\b(?:every|each)\s+camera\s+has\s+a\s+sign\b",
        r"\bcctv\s+in\s+operation\b",
        # a notice at a council place's door: "A notice by the entrance tells visitors that CCTV is in operation"
        r"\bnotices?\s+(?:at|by|on|beside|inside)\s+(?:the|each|every|both|all)\s+(?:[\w-]+\s+){0,2}?(?:entrances?|doors?|gates?)\b"
        r"[^.\n]{0,60}\b(?:cctv|cameras?)\s+(?:is|are)\s+in\s+(?:operation|use)\b",
        r"\bimages\s+are\s+being\s+(?:monitored|recorded)\b",
        r"\b(?:displayed|erected|clearly\s+visible)\s+signs?\b",
        r"\barwyddion\b",
        # "Signs mark every area covered by the cameras", "signs show where cameras are" (a guide's Signs part)
        r"\bsigns?\b[^.\n]{0,30}\b(?:mark|marks|show|shows|warn|warns)\b[^.\n]{0,60}\b(?:cameras?|cctv|covered|recording)\b",
    ),
    "standards": _c(
        r"\bBS\s*(?:EN\s*)?7958\b",
        r"\bBS\s*EN\s*62676\b",
        r"(?-i:\bNSI\b)",
        r"\bSSAIB\b",
        r"\bSIA\b[^.\n]{0,30}\blicen[cs]",
        r"\bsecurity\s+industry\s+authority\b",
        r"\blicen[cs]ed\s+(?:by\s+the\s+sia|operators|staff|cctv\s+operators)\b",
        r"\b(?:fully\s+)?trained\s+(?:and\s+\w+\s+)?(?:operators|staff)\b",
        r"\btraining\b",
        r"\b(?:certified|certification|accredited|accreditation)\b",
        r"\bISO\s*9001\b",
        r"\bIQ\s+Verify\b",
        r"\barolygiaeth\s+diogelwch\s+cenedlaethol\b",
    ),
    "self_assessment": _c(
        r"\bself[- ]assessment(?:\s+tool)?\b", r"(?-i:\bSAT\b)", r"\bhunan[- ]?asesiad\b", r"\bofferyn\s+hunanasesu\b"
    ),
    "responsible_officer": _c(
        r"\bsingle\s+point\s+of\s+contact\b",
        r"(?-i:\bSPOC\b)",
        r"\bsenior\s+responsible\s+officer\b",
        r"\bresponsible\s+officer\b",
        r"\b(?:cctv|system|scheme|surveillance\s+camera)\s+(?:manager|owner|co-?ordinator|lead)\b",
        # a named post answering for the policy on a CCTV page or in its code: "The Information Governance Manager is
        # responsible for this policy and reviews it every year" (held-back web 64's Cardiff)
        r"\b(?:manager|officer|director|head\s+of\s+[\w ]{3,40}?|lead)\s+" + ANSWERS_FOR_THE_POLICY,
        # "The executive director of community services is responsible for all of the council's functions relating to
        # CCTV" (held-back web 69's Norwich)
        r"\b(?:manager|officer|director|head)\b[^.\n]{0,60}?\bis\s+responsible\s+for\s+(?:all\s+(?:of\s+)?)?(?:the\s+"
        r"council(?:'s|’s)\s+)?(?:functions|duties|matters|everything)\s+(?:relating\s+to|concerning|about)\s+(?:the\s+)?"
        r"(?:cctv|surveillance\s+cameras?|public\s+space\s+cameras?)\b",
        r"\bun\s+pwynt\s+cyswllt\b",
        r"\buwch\s+swyddog\s+cyfrifol\b",
        r"\brheolwr\s+(?:TCC|y\s+system)\b",
    ),
    "police_agreement": _c(
        r"\binformation\s+sharing\s+(?:agreement|protocol)\b",
        r"\bdata\s+sharing\s+(?:agreement|protocol)\b",
        r"\bservice\s+level\s+agreement\b",
        r"(?-i:\bSLA\b)",
        r"\bmemorandum\s+of\s+understanding\b",
        r"(?-i:\bMoU\b)",
        r"\bprotocol\s+for\s+the\s+(?:release|disclosure|sharing)\b",
        r"\bcertificate\s+of\s+(?:agreement|acceptance)\b",
        r"\bagreement\s+(?:with|between)\b[^.\n]{0,80}\b(?:police|constabulary)\b",
        r"\bcytundeb\s+(?:rhannu\s+gwybodaeth|lefel\s+gwasanaeth)\b",
    ),
    "other_systems": _c(
        r"\bbody[- ]worn\s+(?:video|cameras?|devices?)\b",
        r"(?-i:\bBWV\b|\bBWC\b)",
        r"(?-i:\bANPR\b)",
        r"\bautomatic\s+number\s+plate\s+recognition\b",
        r"\bdrones?\b",
        r"\bunmanned\s+aerial\b",
        r"\bre-?deployable\s+(?:cctv\s+)?cameras?\b",
        r"\bdeployable\s+cameras?\b",
        r"\bmobile\s+(?:cctv|camera)\s+(?:vehicles?|vans?|units?|cameras?)\b",
        r"\bfly[- ]?tipping\s+cameras?\b",
        r"\bcameras?\s+(?:on|in)\s+(?:council\s+)?vehicles\b",
        r"\bdashcams?\b|\bdash[- ]cams?\b",
        r"\bcamer[aâ]u\s+(?:a\s+wisgir|corff)\b",
    ),
}


# The council's room or team watching its other cameras too: "The same room also watches 55 traffic cameras … and 34 bus
# lane cameras" (held-back web 34). Enforcement cameras named alone are a look-alike; watched by the CCTV room
# they are the council's other systems.
ALSO_WATCHES_OTHERS = (
    r"\b(?:also|as\s+well)\s+(?:watches|monitors|views|runs)\s+(?:the\s+)?(?:[\w,-]+\s+){0,3}?(?:traffic|bus\s+lane|highways?|"
    r"ANPR|housing|estate|leisure)\s+cameras\b"
)

# Plain statements of each criterion, as councils word them when they do not use the cues above
# (held-back webs 7-14: "There are 612 StreetWatch cameras", "The Council owns and manages the system",
# "Footage is wiped after 31 days", "Only Sussex Police use the recordings", "each bin lorry has four
# cameras"). They credit a criterion on text already read as the council's CCTV information, and are
# kept out of CRITERIA because CRITERIA also helps decide whether a paragraph is information at all:
# "help officers investigate crime" in a commissioner's press release, or "temporary cameras" on a
# parish page, must not make either the council's (heldtext7).
_PLAIN: dict[str, tuple[str, ...]] = {
    "purpose": (
        # "to reassure people using our town centres" (held-back web 40's South Kesteven)
        r"\bto\s+reassure\s+(?:people|the\s+public|residents|visitors|shoppers)\b",
        # "to cut crime and antisocial behaviour", "deters theft and fly-tipping", "to discourage crime"
        r"\b(?:cut|cuts|cutting|discourag\w*|deter\w*|combat\w*|curb\w*|fight\w*|reduc\w*|prevent\w*|tackl\w*|stop\w*)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:crime|anti-?\s?social|antisocial|disorder|vandalism|theft|fly-?\s?tipping|offending)\b",
        # "help keep passengers and staff safe", "help people feel safer", "help the police catch offenders"
        r"\b(?:help|helps|helping|to)\s+(?:to\s+|us\s+)?(?:keep|make)\b[^.\n]{0,60}?\bsafer?\b",
        r"\bfeel(?:s|ing)?\s+safer?\b",
        r"\b(?:catch|trace|track\s+down)\w*\s+(?:offenders|criminals|culprits|suspects|those\s+responsible|"
        r"the\s+people\s+responsible)\b",
        r"\b(?:investigat|solv)\w*\s+(?:[\w-]+\s+)?crimes?\b",
        r"\b(?:cameras|cctv|system|scheme)\s+(?:is|are)\s+there\s+to\b",
        r"\bthe\s+(?:main\s+)?(?:aims?|purposes?|objectives?)\s+(?:is|are)\s+to\b",
        r"\bymchwilio\s+i\s+(?:dd|d)roseddau\b|\bteimlo(?:'n|’n|\s+yn)\s+fwy\s+diogel\b",
        # "putting people off committing crime and anti-social behaviour" (held-back web 28)
        r"\bput(?:ting|s)?\s+(?:people\s+|offenders\s+|would-be\s+\w+\s+)?off\s+(?:committing\s+)?(?:crime|anti-?\s?social|offending)",
        # "spotting anti-social behaviour and street crime"; "so that crime can be prevented and offenders caught"
        r"\bspot(?:ting|s)?\s+(?:[\w-]+\s+){0,2}?(?:crime|anti-?\s?social|disorder|offenders)\b",
        r"\bcrime\s+(?:can\s+be|is|will\s+be)\s+(?:prevented|detected|deterred|reduced)\b",
    ),
    "operator": (
        # the council as the subject: "X Council owns 64 public space cameras", "we run CCTV"
        # ("the council has run its own closed circuit television service": held-back web 39's Darlington)
        r"\b(?:council|we)\s+(?:also\s+|has\s+|have\s+)?(?:owns?|owned|operates?|operated|runs?|manages?|managed|maintains?|controls?)\b"
        r"(?:,?\s+(?:and|or)\s+(?:owns?|operates?|runs?|manages?|maintains?|monitors?|controls?))?\s+"
        r"(?:the\s+|its\s+|our\s+|all\s+|a\s+|an\s+|around\s+|about\s+|over\s+|more\s+than\s+)?(?:\d[\d,]*\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:cctv|cameras?|system|network|scheme|recordings|closed[- ]circuit\s+television)\b",
        # a contractor named as running them for the council: "[Name] Services Ltd runs and maintains the cameras for the
        # council" (held-back web 43's East Suffolk)
        r"\b(?:runs?|operates?|manages?|maintains?|monitors?)(?:\s+and\s+(?:runs?|operates?|manages?|maintains?|monitors?))?\s+"
        r"(?:the|its|our)\s+(?:[\w-]+\s+){0,2}?(?:cctv|cameras|system)\s+(?:for|on\s+behalf\s+of)\s+the\s+council\b",
        # "the Public Safety Centre, which the council runs" (held-back web 40's Enfield)
        r"\bwhich\s+(?:the\s+council|we)\s+(?:also\s+)?(?:runs|run|operates|operate|manages|manage|owns|own)\b",
        # "council operators watch them", "watched and recorded by X Constabulary", "run for us by the Partnership"
        r"\b(?:council|in-house)\s+(?:cctv\s+)?operators\b",
        r"\b(?:watched|recorded|viewed|staffed)\s+(?:and\s+(?:recorded|monitored|watched)\s+)?(?:for\s+us\s+)?by\s+"
        r"(?:(?:the\s+)?(?-i:[A-Z])|the\s+(?:council|police|constabulary)\b|council\s+(?:staff|operators)\b)",
        r"\brun\s+for\s+(?:us|the\s+council)\s+by\b",
        # "go straight to Sussex Police, who watch them" (held-back web 76's Worthing)
        r"\b(?:police|constabulary|control\s+(?:room|centre))\b[^.\n]{0,20}?\bwho\s+(?:watch|monitor|view)\s+(?:them|the\s+(?:cameras|pictures|images))\b",
        # who runs them, named as a team, a company or the police: "which our own company … runs for us", "the
        # highway management team runs the council's public realm … cameras", "where Thames Valley Police staff
        # watch them", "operators at the Combined Authority's control centre" (held-back webs 25-26)
        r"\bruns?\s+(?:it\s+|them\s+)?for\s+(?:us|the\s+council)\b",
        r"\b(?:team|company|service|partnership|contractor)\s+(?:runs|operates|monitors|manages)\s+(?:the\s+council(?:'|’)s\s+|our\s+|the\s+)?"
        r"(?:[\w-]+,?\s+){0,6}?(?:cctv|cameras)\b",
        r"\b(?:police|constabulary)\s+(?:staff|officers|operators|volunteers)\s+(?:watch|monitor|view)\b",
        r"\b(?:operators|staff)\s+(?:at|in)\s+(?:the\s+|our\s+)?(?:[\w'’-]+\s+){0,3}?(?:control|monitoring)\s+cent(?:re|er)\b",
        # where the pictures go: "Pictures go to the [partnership] control centre in [town]" (held-back web 27)
        # ("Pictures from our town centre cameras are sent to the East Lancashire CCTV hub at …": held-back web 55)
        r"\b(?:pictures|images|footage|feeds?)\s+(?:from\s+(?:our|the)\s+(?:[\w-]+\s+){0,3}?cameras\s+)?(?:go|goes|are\s+sent|"
        r"are\s+relayed)\s+(?:straight\s+)?to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:(?:control|monitoring)\s+(?:cent(?:re|er)|room)|"
        r"(?:cctv|camera)\s+hub)\b",
        # "Our cameras are monitored 24 hours a day, 365 days a year, by [a company] Ltd"; "a part-time CCTV supervisor
        # employed by the council reviews footage" (held-back web 55)
        r"\b(?:cameras|cctv|system)\s+(?:is|are)\s+(?:monitored|watched|operated|run)\b[^.\n]{1,50}?,\s+by\s+(?:the\s+|(?-i:[A-Z]))",
        r"\b(?:supervisors?|operators?|staff|officers?|managers?)\s+(?:employed|paid)\s+by\s+the\s+council\b",
        # "The town centre cameras feed the council's control centre" (held-back web 34)
        r"\bcameras\s+(?:feed|feeds|are\s+fed|report|link)\s+(?:(?:in)?to\s+)?(?:the\s+|our\s+)?(?:[\w'’-]+\s+){0,4}?"
        r"(?:control|monitoring)\s+(?:cent(?:re|er)|room|hub)\b",
        # "Sussex Police watch and use the pictures"; "Council staff watch the city centre cameras live"
        r"\b(?:police|constabulary)\s+(?:watch|monitor)(?:es)?\s+(?:and\s+\w+\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:pictures|cameras|images|screens)\b",
        r"\b(?:council|our)\s+(?:cctv\s+)?staff\s+(?:watch|monitor)\b",
        # "the council's CCTV control centre", "Our CCTV team works alongside [the force]", "Council officers watch
        # cameras", "watched by the unit's operators" (held-back webs 31-32)
        r"\bcctv\s+control\s+cent(?:re|er)\b|\bour\s+cctv\s+(?:team|unit|service)\b|"
        r"\b(?:our|the\s+council(?:'|’)s)\s+(?:cctv\s+|camera\s+)?control\s+cent(?:re|er)\b",
        r"\b(?:council|our)\s+(?:cctv\s+)?(?:officers|operators)\s+(?:watch|monitor)\b",
        r"\bwatched\s+by\s+(?:the\s+|our\s+)?(?:[\w'’-]+\s+){0,2}?(?:operators|staff|team)\b",
        # the room where the watching is done: "The operations centre … brings our emergency control, traffic control and
        # community safety camera monitoring together in one room" (held-back web 34's Bristol)
        r"\b(?:operations|control|monitoring)\s+cent(?:re|er)\b[^.\n]{0,120}?\b(?:camera|cctv)\s+monitoring\b",
        # "Trained operators watch the pictures at all hours from the council's emergency control centre" (held-back web 35)
        r"\b(?:operators|staff)\s+(?:watch|monitor|view)\b[^.\n]{0,60}?\b(?:from|at|in)\s+(?:the\s+|our\s+)?(?:[\w'’-]+\s+){0,4}?"
        r"(?:control|monitoring)\s+(?:cent(?:re|er)|room|hub)\b",
    ),
    "cameras": (
        # where, as what a camera of a project covers: "A high-definition camera with a powerful zoom covering the Market
        # Place" (a regeneration page's features, held-back web 377's Amber Valley); "watches the [pontoon] and the fuel berth
        # on its cameras" (a harbour page, web 374's South Hams). Plain: "Cameras covering [three streets] were installed by [a
        # parish council]" on a district's page must not make the page the district's (held-back web 288's Tandridge)
        r"\b(?:cctv|cameras?)\b[^.\n]{0,40}?\bcovering\s+(?:the\s+)?(?-i:[A-Z])",
        r"\bwatch(?:es)?\s+the\s+[^.\n]{3,60}?\bon\s+(?:its|our|their)\s+(?:cctv\s+|security\s+)?cameras\b",
        r"\b\d[\d,]*\s+o\s+(?:g|ch|c)?amer[aâ]u\b",
        # a count with any words between: "64 closed circuit television (CCTV) cameras", "612 StreetWatch
        # cameras" (not a year, not a span of time: "after 31 days the cameras")
        r"(?<![\d/.:£-])(?!(?:19|20)\d\d\b)\b\d[\d,]*\s+(?!(?:days?|weeks?|months?|years?|hours?|minutes?|per)\b)"
        r"(?:[\w()'’-]+\s+){1,4}?cameras\b",
        # where, as what they cover or where they operate: "CCTV covers Market Street", "CCTV operates in
        # Scunthorpe town centre", "there is CCTV inside the market hall", "cameras at our 10 recycling sites"
        r"\b(?:cctv|cameras?)\s+(?:also\s+|now\s+)?(?:covers?|overlooks?|watch(?:es)?)\s+(?:the\s+)?(?-i:[A-Z])",
        r"\b(?:cctv|cameras?)\s+(?:operates?|is\s+in\s+operation|are\s+in\s+operation)\s+(?:in|at|on|across)\b",
        r"\bthere\s+(?:is|are)\s+(?:cctv|cameras?)\s+(?:in|inside|at|on|over|across|covering)\b",
        r"\b(?:cctv|cameras?|surveillance\s+systems?)\b[^.\n]{0,20}\bat\s+(?:its|our)\s+\d",
        r"\b(?:cameras?|cctv)\s+(?:record|operate|run)s?\s+(?:24|twenty-four)\s+hours\b",
        # where, as two or more kinds of public place: "Most sit in town centres, along shopping parades and next
        # to stations", "the main shopping streets, subways and car parks" (held-back web 25)
        r"\b(?:(?:town|city)\s+centres?|shopping\s+(?:streets?|parades?|areas?|precincts?)|car\s+parks?|high\s+streets?|"
        r"(?:railway\s+|bus\s+)?stations|subways?|parks\s+and\s+open\s+spaces|housing\s+estates?)\b[^.\n]{0,60}?\b(?:(?:town|city)\s+"
        r"centres?|shopping\s+(?:streets?|parades?|areas?|precincts?)|car\s+parks?|high\s+streets?|(?:railway\s+|bus\s+)?stations|"
        r"subways?|parks|open\s+spaces|housing\s+estates?)\b",
        # when they are watched: "record day and night but are not watched live"
        r"\b(?:record|records|recording|recorded|monitored|watched)\s+(?:day\s+and\s+night|around\s+the\s+clock|24/7)\b",
        r"\bnot\s+(?:watched|monitored)\s+(?:live|all\s+the\s+time|around\s+the\s+clock)\b",
        # (held-back webs 29-30) "About one hundred movable cameras sit on lamp columns"; "Most of our cameras are in
        # the city centre"; a list of counts by place ("Basildon town centre: 18")
        r"\b(?:(?:one|two|three|four|five|a)\s+hundred|hundreds\s+of|dozens\s+of)\s+(?:[\w-]+\s+){0,2}?cameras\b",
        r"\b(?:most|many|all|some)\s+of\s+(?:our|the)\s+(?:cctv\s+)?cameras\s+(?:are|sit|are\s+sited)\s+(?:in|on|at|along|around)\b",
        r"(?m:^)\W*(?:[\w'’-]+\s+){0,3}(?:town|city|village|district)\s+centre\s*[:–-]\s*\d{1,4}\s*$",
        # hours: "Recording continues around the clock all year", "record people in public places … at all hours"
        # (held-back web 31)
        r"\b(?:record\w*|monitor\w*|watch\w*|staffed|operat\w*)\b[^.\n]{0,40}\b(?:(?:around|round)\s+the\s+clock|at\s+all\s+hours)\b",
    ),
    "retention": (
        # "wiped after 31 days", "kept for one calendar month"
        r"\b(?:wiped|wipe|destroyed|purged|kept|held|retained)\b[^.\n]{0,80}\b(?:\d{1,3}\s*(?:calendar\s+)?(?:days?|weeks?|months?)|"
        r"(?:one|a)\s+calendar\s+month)\b",
        # the span first: "For 30 days, after which they are recorded over"
        r"\b\d{1,3}\s+(?:calendar\s+)?days?\b[^.\n]{0,60}\b(?:deleted|wiped|overwritten|over-written|recorded\s+over|"
        r"erased|destroyed)\b",
        # "Recordings can be retrieved for up to 31 days" (held-back web 32)
        r"\b(?:retrieved|available|accessible)\s+for\s+(?:up\s+to\s+)?\d{1,3}\s+days\b",
    ),
    "subject_access": (
        # "You can ask for a copy of any recording of yourself made by council cameras" (held-back web 58)
        r"\b(?:ask|apply)\s+for\s+(?:a\s+)?cop(?:y|ies)\s+of\s+(?:any\s+|a\s+|the\s+)?(?:recordings?|footage|images?|pictures)\s+"
        r"of\s+(?:yourself|you)\b",
        # "Anyone can ask to see recordings of themselves", "you can ask to view the footage"
        r"\bask\s+to\s+(?:see|view)\s+(?:the\s+|a\s+copy\s+of\s+)?(?:recordings|footage|images)\b",
        # "you may be able to get a copy of what the cameras recorded" (held-back web 25's Bromley)
        r"\b(?:get|obtain|have)\s+a\s+copy\s+of\s+(?:what\s+(?:the\s+|our\s+)?cameras?\s+(?:recorded|captured)|the\s+(?:footage|recordings?))\b",
        # "If you think you were recorded by the cameras at [the offices], include the date …" (held-back web 42)
        r"\bif\s+you\s+(?:think|believe)\s+(?:that\s+)?you\s+(?:were|have\s+been|was)\s+(?:recorded|filmed|captured)\b",
        # "You can ask for the personal information we hold about you, including pictures of you recorded by our town
        # centre cameras" (held-back web 35's Oldham)
        r"\b(?:personal\s+)?(?:information|data)\s+(?:we|the\s+council)\s+(?:hold|holds|keep|keeps)\s+about\s+you\b|"
        r"\b(?:pictures|images|recordings|footage)\s+of\s+you\s+(?:recorded|captured|taken)\b",
        # "If you appear in footage from our cameras you can ask to see it" (held-back web 34's Leicester)
        r"\bif\s+you\s+(?:appear|are\s+(?:seen|shown|recorded|captured|filmed))\s+(?:in|on|by)\b[^.\n]{0,60}?\b(?:ask|apply|request)\b",
    ),
    "disclosure": (
        # the police as the ones who see or use them: "Only Sussex Police use the recordings", "North Wales
        # Police can view the pictures", "Gwent Police's access to recordings", "the police, who can ask
        # our control rooms for the recording", "most requests come from the police"
        # ("Police officers may view or take copies of recordings for an investigation": held-back web 53's Stockport)
        r"\b(?:police|constabulary|officers)\s+(?:can\s+|may\s+|also\s+)?(?:(?:view|use|access|see|watch|receive|have\s+"
        r"access\s+to)(?:\s+(?:or|and)\s+(?:take|make|get|obtain)\s+(?:copies|a\s+copy)\s+of)?|(?:take|obtain)\s+(?:copies|a\s+copy)\s+of)"
        r"\s+(?:the\s+|our\s+)?(?:live\s+|recorded\s+)?(?:pictures|images|recordings|footage)\b",
        r"\b(?:police|constabulary)(?:'s|’s)?\s+access\s+to\s+(?:the\s+)?(?:recordings|footage|images|pictures)\b",
        # "[The force] and other agencies with investigating or enforcement powers can ask for recordings" (held-back web 39)
        r"\b(?:police|constabulary|agencies)\b[^.\n]{0,80}?\b(?:can|may)\s+(?:ask|apply)\s+for\s+(?:the\s+|copies\s+of\s+)?"
        r"(?:recordings|footage|images)\b",
        r"\b(?:police|officers)\b[^.\n]{0,20}\b(?:can|may)\s+ask\s+(?:us|our\s+[\w ]{0,20}?)\s+for\s+(?:the\s+|a\s+)?"
        r"(?:recordings?|footage|images?|copies)\b",
        # "We pass footage of crimes to Nottinghamshire Police", "ask your insurer or solicitor to request the
        # footage" (held-back web 25)
        r"\b(?:we|the\s+council)\s+(?:pass|passes|give|gives|hand|hands|share|shares|send|sends|release|releases)\s+"
        r"(?:the\s+|any\s+|copies\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:footage|recordings|images|pictures|clips)\b[^.\n]{0,40}?\bto\s+"
        r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:police|constabulary|insurers?|solicitors?)\b",
        r"\b(?:insurers?|solicitors?|insurance\s+compan\w+)\b[^.\n]{0,30}\b(?:request|ask\s+for|apply\s+for)\s+"
        r"(?:the\s+|a\s+copy\s+of\s+(?:the\s+)?)?(?:footage|recordings|images)\b",
        # "Footage is handed to the police under our information sharing agreement"; "where handing over footage would
        # harm …" (held-back web 28)
        r"\bhand(?:ing|s|ed)?\s+over\s+(?:the\s+|any\s+)?(?:footage|recordings|images|pictures)\b",
        r"\b(?:footage|recordings|images|pictures)\s+(?:is|are)\s+(?:only\s+)?(?:handed|passed|given)\s+(?:over\s+)?to\s+"
        r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:police|constabulary)\b",
        # a part of a privacy notice headed by who receives them: "Who may receive pictures" (held-back web 28)
        r"(?m:^)\W*who\s+(?:may|can|will|do\s+we\s+\w+)\s+(?:receive|see|get)\s+(?:the\s+|our\s+|them|copies)?\s*(?:pictures|images|"
        r"footage|recordings)?\b",
        # "Clips may go to the police, to our own enforcement officers" (held-back web 30)
        r"\b(?:clips|copies|footage|recordings|images|pictures)\b[^.\n]{0,30}\b(?:may|can|will)\s+go\s+to\s+(?:the\s+)?"
        r"(?:police|insurers?|solicitors)\b",
        # "We may refuse if releasing it would harm …" (held-back web 32)
        r"\breleas(?:e|ing)\s+(?:it|them|the\s+footage|footage|recordings|the\s+recordings)\s+would\b",
        # "report it to the police, who can get footage from us directly" (held-back web 69's Norwich)
        r"\bpolice,?\s+(?:who|which)\s+(?:can|may|will)\s+(?:get|obtain|request|ask\s+for|collect)\s+(?:the\s+)?"
        r"(?:footage|recordings|images|copies)\b",
    ),
    "other_systems": (
        # cameras that move or ride on the fleet: "five mobile cameras", "a portable camera unit", "cameras
        # between fly-tipping hot spots", "each bin lorry has four cameras", "cameras fitted to refuse vehicles"
        r"\b(?:mobile|portable|temporary|covert)\s+(?:cctv\s+)?cameras?\b|\bportable\s+(?:cctv|camera)\s+units?\b",
        r"\bcameras?\b[^.\n]{0,40}\bfly-?\s?tipping\b|\bfly-?\s?tipping\b[^.\n]{0,40}\bcameras?\b",
        r"(?:\b(?:refuse|bin|waste|council|fleet|highway|collection|inspection)\s+(?:vehicles?|lorr(?:y|ies)|trucks?|vans?)|"
        r"\bgritters?)\b[^.\n]{0,80}\bcameras?\b",
        r"\bcameras?\b[^.\n]{0,80}\b(?:(?:refuse|bin|waste|council|fleet|highway|collection|inspection)\s+(?:vehicles?|"
        r"lorr(?:y|ies)|trucks?|vans?)|gritters?|(?:parks|buildings),?\s+and\s+vehicles)\b",
        # "a mix of fixed and movable CCTV cameras", "a small pool of rapid deployment cameras" (held-back webs 25-26)
        r"\b(?:movable|moveable|rapid[- ]deployment)\s+(?:cctv\s+)?cameras?\b",
        # "Civil enforcement and community protection officers may wear body cameras" (held-back web 27)
        r"\b(?:officers|wardens|staff)\b[^.\n]{0,30}\bwear\s+(?:body(?:[- ]worn)?\s+)?cameras?\b",
        # "cameras worn by our enforcement officers", "cameras … in our vehicles and worn by staff" (held-back web 29)
        r"\bcameras?\b[^.\n]{0,40}\bworn\s+by\s+(?:our\s+)?(?:[\w-]+\s+)?(?:staff|officers|wardens)\b",
        r"\bcameras?\b[^.\n]{0,40}\b(?:in|on)\s+our\s+vehicles\b",
        r"\b(?:relocatable|re-?locatable)\s+(?:cctv\s+)?cameras?\b",
        # "Number plate recognition cameras at two roundabouts were added" on the council's CCTV page (held-back web 69's
        # Chesterfield); not in CRITERIA, where it would make a car park's number plate cameras information
        r"\bnumber\s+plate\s+recognition\s+cameras\b",
        # the same room watching the council's other cameras: "The same room also watches 55 traffic cameras … and 34
        # bus lane cameras" (held-back web 34)
        ALSO_WATCHES_OTHERS,
        # "a camera van that goes wherever it is needed" (held-back web 36's Southend)
        r"\b(?:camera|cctv)\s+vans?\s+(?:that|which)\s+(?:goes|go|moves?|travels?|can\s+be)\b|\bcctv\s+vans?\b",
        # "25 cameras that can be moved to hot spots" (held-back web 35's Cheshire East)
        r"\bcameras?\s+(?:that|which)\s+(?:can|may)\s+be\s+(?:moved|relocated|redeployed|re-deployed|put\s+up)\b",
    ),
}

# What credits a criterion on the council's own CCTV text: the cues and the plain statements.
CRITERIA_READ: dict[str, re.Pattern[str]] = {
    key: re.compile("|".join([f"(?:{rx.pattern})"] + [f"(?:{a})" for a in _PLAIN.get(key, ())]), I)
    for key, rx in CRITERIA.items()
}

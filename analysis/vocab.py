"""The wording councils use for their own surveillance cameras, in English and Welsh.

The terms that name CCTV, the council's own cameras and control room, and stale cues. Each 5.1
information criterion's own cues are in vocab_criteria.
"""

from __future__ import annotations

import re

from .domain import CRITERION_KEYS
from .vocab_cy import COUNCIL_ACTS_CY
from .vocab_own import (
    CAMERAS_RUN_FOR_THE_COUNCIL,
    COUNCIL_CAMERAS_COVER,
    CAMERAS_JOINED_TO_OWN,
    COUNCIL_OWNS_CAMERAS,
    COUNCIL_CAMERAS_TERM,
    OWN_CENTRE_WATCHES,
    OWN_MORE,
)

__all__ = [
    "CRITERIA_KEYS",
    "CCTV_TERM",
    "CCTV_TITLE",
    "COUNCIL_RUNS_CAMERAS",
    "OWN_CONTROL_ROOM",
    "OWN_CUES",
    "OWN_SYSTEM",
    "STALE_CUES",
]

I = re.I

CRITERIA_KEYS: tuple[str, ...] = CRITERION_KEYS  # the detectors' name for the domain's keys

# The council's own buildings and sites, where cameras are the council's: the civic centre, council
# offices, household waste recycling centres, council car parks and depots.
_FACILITY = (
    r"(?:\b(?:civic\s+cent(?:re|er)|council\s+(?:offices|buildings?|car\s+parks?|depots?|housing\s+blocks?)|"
    # ("the security cameras at Shire Hall and our other office buildings": held-back web 21)
    r"town\s+hall|county\s+hall|shire\s+hall|guildhall|(?:our\s+)?(?:other\s+)?office\s+buildings|(?:household\s+waste\s+(?:and\s+)?)?recycling\s+cent(?:re|er)s?|"
    r"customer\s+service\s+cent(?:re|er)s?|swyddfeydd\s+y\s+cyngor|canolfan(?:nau)?\s+ailgylchu|depots?|"
    # Welsh: the council's sites and buildings ("safleoedd y Cyngor", "adeiladau'r Cyngor": real-text round 41)
    r"safleoedd\s+y\s+cyngor|adeiladau['’]r\s+cyngor|"
    # (a county's headquarters by its Welsh name: "Mae camerâu yn y dderbynfa … a'r maes parcio yn Neuadd y Sir", a Welsh
    # privacy notice on the council's buildings, real-text round 93)
    r"neuadd\s+y\s+sir)\b|"
    # a council's named headquarters: "Security cameras at [District] Hall and at the [town] depot" (held-back web 42)
    r"(?-i:\b(?:[A-Z][\w'’-]+\s+){1,3}(?:Hall|House))\b)"
)

# What names CCTV at all. "camera" alone is too loose (speed cameras, camera clubs).
CCTV_TERM = re.compile(
    # the council's own movable cameras counted in words: "We can put one of our two redeployable cameras at a problem spot for
    # up to eight weeks" (an anti-social behaviour page, held-back web 337's Braintree)
    r"\b(?:our|the\s+council(?:'s|’s))\s+(?:two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)\s+(?:mobile|redeployable|"
    r"re-deployable|deployable|portable|temporary)\s+(?:cctv\s+)?cameras\b|"
    # a place covered by cameras of a council named in full: "The order area is covered by 16 Worthing Borough Council cameras"
    # (a public spaces protection order's page, held-back web 337's Worthing)
    r"\b(?:covered|watched|monitored)\s+by\s+(?:\d[\d,]*\s+)?(?-i:(?:[A-Z][\w'’-]+\s+){1,4})(?i:council)\s+(?:cctv\s+)?cameras\b|"
    # a team's list of what it can do: "eight mobile cameras that can be put up for a few months at a time in anti-social
    # behaviour hot spots" under "What the team can do" (held-back web 256's Hertsmere)
    r"(?m:^\W*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+(?:mobile|redeployable|re-deployable|"
    r"deployable|portable|temporary)\s+(?:cctv\s+)?cameras\s+(?:that|which)\s+(?:can|we\s+can)\s+be\s+(?:put\s+up|moved|deployed|"
    r"installed|sited|placed)\b)|"
    + COUNCIL_CAMERAS_COVER
    + r"|"
    + CAMERAS_JOINED_TO_OWN
    + r"|"
    + COUNCIL_OWNS_CAMERAS
    + r"|"
    # "Council cameras record the play area and the paddling pool" under a park page's "Security" (held-back web 255's Rother)
    # (or one: "A council camera watches the slipway barrier and records around the clock", a boat launching page, held-back
    # web 391's Adur)
    # (the council's cameras counted: "[X] Borough Council provides recordings from its 30 cameras to the police", real-text
    # round 21)
    r"\b(?:council|authority)\s+(?:[\w-]+\s+){1,4}?(?:from|of|with|on)\s+its\s+(?:own\s+)?\d[\d,]*\s+(?:[\w-]+\s+)?cameras\b|"
    # (the council's operators in their room: "our operators in the [town] control room", real-text round 20)
    r"\bour\s+(?:cctv\s+|camera\s+)?operators\b[^.\n]{0,60}?\bcontrol\s+(?:room|cent(?:re|er))\b|"
    # the council's own camera over a place, with its recordings: "Where one of our cameras covers a car park used for meets, its
    # recordings are kept for 31 days" (an anti-social behaviour page, held-back web 404's Havant)
    r"\b(?:one\s+of\s+)?our\s+cameras?\s+(?:covers?|watch(?:es)?|overlooks?)\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:car\s+parks?|parks?|streets?|square|precinct|underpass|play\s+areas?|promenade)\b(?=[^.\n]{0,80}?\brecordings?\b)|"
    r"\bCCTV\b|\bclosed[- ]circuit\s+(?:television|tv)\b|\bsurveillance\s+cameras?\b|"
    r"\bsurveillance\s+camera\s+systems?\b|\bpublic[- ]space\s+(?:surveillance|cameras?|CCTV)\b|"
    r"\b(?:t|d|th|nh)eledu\s+cylch\s+(?:cyfyng|cae[eë]dig)\b|\b(?:c|ch|g|ngh)amer[aâ]u\s+(?:gwyliadwriaeth|cylch\s+cyfyng|"
    r"teledu)\b|"
    r"(?-i:\bTCC\b)|\bvideo\s+surveillance\b|\b(?:c|g|ch|ngh)amer[aâ]u'r\s+cyngor\b|"
    # the cameras' recordings shared or kept, without the word CCTV: "We share camera recordings with [the force] …" in a
    # privacy notice's sharing section (real-text round 14); never a doorbell's, a dashboard's or a speed camera's
    r"(?<!speed\s)(?<!doorbell\s)(?<!dash\s)(?<!body\s)(?<!enforcement\s)\bcamera\s+(?:recordings|footage)\b|"
    # the cameras and the room that watches them in one sentence: "pictures from [the council's] control room but cannot
    # move the cameras", "control of the cameras stays with [the council's] operators" (real-text round 14)
    # (or its "control centre": "The [town] team watches more than 350 cameras, 24 hours a day, from the control centre at
    # the Civic Centre", held-back web 93's Runnymede)
    r"\b(?:control|monitoring)\s+(?:room|cent(?:re|er))\b[^.\n]{0,80}\bcameras\b|"
    r"\bcameras\b[^.\n]{0,80}\b(?:control|monitoring)\s+(?:room|cent(?:re|er))\b|"
    r"\bcameras\b[^.\n]{0,60}\bcouncil(?:'|’)s\s+(?:cctv\s+)?operators\b|"
    # the council's cameras in its housing or buildings: "[The borough] has cameras in many of its blocks and estates" in a
    # tenants' handbook (real-text round 16)
    r"\bcameras\s+in\s+(?:many\s+of\s+|some\s+of\s+|most\s+of\s+|all\s+(?:of\s+)?)?(?:its|our|the\s+council(?:'|’)s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:blocks|estates|buildings|car\s+parks|offices|depots)\b|"
    # cameras watched live: "the 22 cameras in [the high street] to be watched live on Friday and Saturday evenings" in a
    # consultation on stopping it (real-text round 16)
    r"\bcameras\b[^.\n]{0,80}?\b(?:watched|monitored)\s+live\b|"
    # a named council's cameras, a term only (whose they are is decided apart): "a recording from one of [X] Borough
    # Council's cameras in [two towns]" (real-text round 17)
    r"(?-i:\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:(?:Metropolitan\s+)?Borough\s+|District\s+|City\s+|County\s+)?"
    r"Council(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?cameras\b|"
    # Welsh "our cameras", also contracted after a vowel: "ein camerâu", "lluniau o'n camerâu"
    r"(?:\bein\s+|\b[oia]['’]n\s+)(?:c|g|ch|ngh)?amer[aâ]u\b|"
    # public-space cameras named by where they watch or what they are for, never by what they
    # enforce (speed, bus lane, parking): "city centre cameras", "community safety cameras"
    # (also "Camberley town centre's cameras": held-back web 60)
    r"\b(?:town|city)[- ]centre(?:'s|’s)?\s+(?:and\s+[\w-]+\s+)?cameras?\b|\bcommunity\s+safety\s+cameras?\b|"
    r"\bcameras\s+(?:in|across|around|covering)\s+(?:the\s+)?(?:[\w'’-]+,?\s+){0,5}?(?:town|city)\s+centres?\b|"
    # "Cameras in the centres of Burgess Hill, East Grinstead and Haywards Heath", "More than 200 cameras look
    # over public spaces, shopping streets and car parks" (held-back webs 23 and 24)
    r"\bcameras\s+in\s+the\s+(?:town\s+)?centres\s+of\s+(?-i:[A-Z])|"
    r"\bcameras\s+(?:look|watch)\s+over\s+(?:the\s+)?public\s+(?:spaces?|places|areas)\b|"
    # "The council has more than 900 cameras in public places and in and around its buildings" (held-back web 32)
    r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?cameras\s+(?:in|across|covering)\s+(?:the\s+)?public\s+(?:spaces|places|areas)\b|"
    # "Twenty-eight high definition cameras cover Hinckley town centre" (held-back web 19)
    r"\bcameras\s+(?:cover|covers|watch|watches|overlook)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:town|city)\s+centres?\b|"
    # the council's body-worn video: "body worn video devices", "body cameras for enforcement officers"
    r"\bbody[- ]worn\s+(?:video|cameras?|cctv)(?:\s+devices?)?\b|\bbody\s+cameras?\b|(?-i:\bBWV\b)|"
    # the cameras the writer runs, named after them: "Signs are displayed at every camera we operate" (held-back web 40)
    r"\b(?:every|each|all\s+the|the)\s+cameras?\s+(?:that\s+)?we\s+(?:use|run|operate|own|manage|monitor)\b"
    r"(?![^.\n]{0,40}\b(?:bus\s+lanes?|parking|speed|traffic\s+enforcement|moving\s+traffic)\b)|"
    # "The camera network covering the town centre is operated by [a company] on behalf of the council" (held-back web 39)
    r"\b(?:cctv|camera)\s+network\s+(?:covering|across|in|around|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:town|city)\s+centres?\b|"
    # "Our public cameras in Buxton, Glossop … are watched 24 hours a day" (held-back web 55's High Peak)
    r"\b(?:our|the\s+council(?:'|’)s)\s+public\s+cameras\b|"
    # images recorded at its own buildings, no camera named: "Where we record images on our own premises, recordings are kept
    # for 30 days" in a general privacy notice (held-back web 316's Powys)
    r"\b(?:we|the\s+council)\s+records?\s+images\s+(?:on|at|in)\s+(?:our|its|the\s+council(?:'|’)s)\s+(?:own\s+)?"
    r"(?:premises|buildings|sites|offices)\b|"
    # a camera over a facility on that facility's own page: "A camera now covers the toilet block by [the fort] after repeated
    # vandalism" (a council's public toilets page, held-back web 325's Adur); never an enforcement camera
    r"\b(?:a|one|two|three|\d+)\s+(?:new\s+)?(?:cctv\s+)?cameras?\s+(?:now\s+)?(?:covers?|watch(?:es)?|overlooks?)\s+the\s+"
    r"(?:toilet\s+block|toilets|play\s+area|skate\s+park|bin\s+store|shelter|pavilion|changing\s+rooms)\b|"
    # a place said to have one of the council's cameras: "[Two] car parks each have a fixed council camera" on a car park's
    # own page (held-back web 314's Bexley); never an enforcement camera
    r"\b(?:has|have)\s+(?:a|an|one|two|three|\d+)\s+(?:fixed\s+|recorded\s+|monitored\s+)?council\s+(?:cctv\s+)?cameras?\b"
    r"(?![^.\n]{0,40}\b(?:enforce|enforcement|penalt|bus\s+lanes?|speed)\w*)|"
    # the control room's cameras: "[the council's] control room … an incident on our cameras", "the control room also
    # watches cameras owned by [three town councils]", "the district's own 63 cameras" (real-text round 10)
    r"\bcontrol\s+room\b[^.\n]{0,120}\bour\s+cameras\b|\bour\s+cameras\b[^.\n]{0,120}\bcontrol\s+room\b|"
    r"\bcontrol\s+room\s+(?:also\s+)?(?:watches|monitors)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?cameras\b|"
    r"\b(?:our|the\s+(?:borough|district|city|county|council)(?:'|’)s)\s+own\s+\d[\d,]*\s+cameras\b|"
    # number plate cameras at the council's recycling centres (a county waste service's own page, real-text round 55); never a
    # car park's, a school street's or a road's, which enforce
    r"\b(?:ANPR\s+|(?:automatic\s+)?number[- ]plate\s+(?:recognition\s+)?(?:\(ANPR\)\s+)?)cameras?\b[^.\n]{0,80}?\b(?:recycling|"
    r"household\s+waste|tip)\s+(?:centres?|sites?)\b|"
    r"\bpublic\s+realm\s+cameras?\b|\b(?:our|the\s+(?:borough|district|city|county|council)(?:'|’)s)\s+camera\s+network\b|"
    # the council's team owning them: "Our team has eight mobile cameras that can be moved to crime and anti-social
    # behaviour hotspots" (a community safety team's page, held-back web 223's Hertsmere)
    r"\b(?:our|the\s+council(?:'|’)s)\s+(?:[\w-]+\s+){0,2}?(?:team|service|unit)\s+(?:has|have|runs|operates|owns|uses)\s+"
    r"(?:\w+\s+)?(?:fixed|deployable|re-?deployable|mobile|portable)\s+(?:cctv\s+)?cameras\b|"
    # "the borough's street cameras", "the council owns its street cameras" (held-back web 30)
    # the cameras of the place the council speaks for: "The cameras in the district's towns are run by the District
    # Council's community safety service", "The district's public-facing cameras are monitored by [the force]" (held-back
    # webs 77 and 79)
    r"\bcameras\s+in\s+the\s+(?:district|borough|county|city)(?:'|’)s\s+(?:towns|town\s+centres|high\s+streets)\b|"
    r"\bthe\s+(?:district|borough|county|city)(?:'|’)s\s+public[- ]facing\s+cameras\b|"
    # (or its town or building cameras: "The district's town cameras are monitored for us by [a neighbour]", "Visitors
    # to [the council's offices] may be recorded by our building cameras", held-back webs 75 and 73)
    # (or their kinds: "Pictures from the borough's fixed and deployable cameras are fed to a control room", held-back
    # web 71's Telford)
    # (or the council's, with its count: "through the borough council's 52 street cameras", real-text round 15)
    r"\b(?:our|its|the\s+(?:(?:borough|district|city|county)\s+)?(?:borough|district|city|county|council)(?:'|’)s)\s+(?:own\s+)?"
    r"(?:\d[\d,]*\s+)?(?:(?:fixed|deployable|re-?deployable|"
    r"mobile|permanent|temporary|high[- ]definition)\s+(?:and\s+)?)*(?:street|town|building|office|fixed|deployable|"
    # (a kind's word between: "Our redeployable eyeball cameras are currently in [four towns]", held-back web 248's Amber
    # Valley)
    r"re-?deployable|mobile)\s+cameras\b|\b(?:re-?deployable|rapid[- ]deployment|mobile\s+surveillance)\s+(?:[\w-]+\s+)?cameras?\b|\b(?:mobile|portable|deployable|re-?deployable)\s+(?:cctv\s+)?camera\s+units?\b|\bsafer\s+streets?\s+cameras?\b|"
    # security cameras at the council's own buildings: "visitors to the Civic Centre are recorded by
    # security cameras at the entrances" (a privacy notice, held-back web 5)
    r"\bsecurity\s+cameras?\b(?=[^.\n]{0,80}"
    + _FACILITY
    + r")|"
    + _FACILITY
    + r"[^.\n]{0,80}\bsecurity\s+cameras?\b|"
    + COUNCIL_CAMERAS_TERM,
    I,
)

# Titles and URL words of a page that is about CCTV.
CCTV_TITLE = re.compile(
    r"\bCCTV\b|closed[- ]circuit|surveillance|\bcameras?\b|(?:t|d|th|nh)eledu[- ]cylch[- ](?:cyfyng|cae[eë]dig)|"
    r"\b(?:c|ch|g|ngh)amer[aâ]u\b|"
    r"(?-i:\bTCC\b)|\bbody[- ]worn\s+(?:video|cameras?|cctv)\b",
    I,
)
CCTV_PATH = re.compile(r"cctv|surveillance|closed-circuit|camera|teledu-cylch|camerau|tcc", I)

# The council (or "we") saying it runs cameras: "the council does run a CCTV network of 36 cameras".
_RUNS_CAMERAS = (
    # (a royal borough by its name: "Royal Borough of [X] has cameras in many of its blocks", real-text round 16)
    r"(?:\b(?:we|(?:the\s+)?council|the\s+authority)|(?-i:\bRoyal\s+Borough\s+of(?:\s+[A-Z][\w'’-]+){1,3}))\s+"
    r"(?:also\s+|currently\s+|now\s+|jointly\s+|does\s+|do\s+|therefore\s+)?"
    r"(?:operate|operates|operated|run|runs|own|owns|manage|manages|monitor|monitors|use|uses|used|has|have|maintain|maintains|"
    r"installed|provide|provides|deploy|deploys|is\s+responsible\s+for)\b[^.\n]{0,80}\b(?:cctv|cameras?|surveillance|"
    r"control\s+room)|"
    # ... or will: "The council will own, maintain and insure the new cameras", a borough's news of a commissioner's grant
    # (real-text round 119); never a local council's ("The parish or town council will own the cameras", a district's grants
    # page, real-text round 25)
    r"(?<!town\s)(?<!parish\s)(?<!community\s)\bthe\s+council\s+will\s+(?:own|run|operate|manage|monitor|maintain)\b"
    r"[^.\n]{0,80}\b(?:cctv|cameras?)\b|"
    # the council paying for its cameras to be watched: "[X] District Council pays about £86,000 a year for the 22 cameras in
    # [the high street] to be watched live" (real-text round 16)
    r"\bcouncil\s+(?:pays|spends|paid|spent)\s+(?:about\s+|around\s+|over\s+|more\s+than\s+)?£[\d,.]+\s*(?:[km]\b|million\b)?"
    r"[^.\n]{0,40}?\bfor\s+(?:the\s+|its\s+)?(?:\d+\s+)?cameras\b"
)
COUNCIL_RUNS_CAMERAS = re.compile(_RUNS_CAMERAS, I)

# A company or another council running the council's own cameras for it: "[Name] Services Ltd operates and manages the
# cameras for the council", "monitored on behalf of the council by …" (held-back web 43's East Suffolk, whose cameras a company
# of its own runs). The cameras stay the council's: the operator is a contractor, not another body's system.
ON_COUNCILS_BEHALF = re.compile(
    r"\b(?:operates?|runs?|manages?|monitors?|watch(?:es)?|maintains?)\b[^.\n]{0,60}?\b(?:cctv|cameras?|system|control\s+room)\b"
    r"[^.\n]{0,30}?\b(?:for|on\s+behalf\s+of)\s+(?:the|this)\s+council\b|"
    r"\b(?:operated|run|managed|monitored|watched)\s+(?:on\s+behalf\s+of\s+the\s+council|for\s+the\s+council)\b|"
    # (only the council named: a housing provider's "monitored on our behalf" is still its own system)
    r"\bon\s+the\s+council(?:'s|’s)\s+behalf\b|"
    # the principal council named first among those who run them: "The [town] scheme is run by a partnership of the
    # borough council, [the] Town Council and [the force]" (held-back web 60's North Warwickshire)
    r"\b(?:run|operated|managed|owned|funded)\s+(?:jointly\s+)?by\s+(?:a\s+partnership\s+(?:of|between)\s+)?(?:the|this)\s+"
    r"(?:borough|district|city|county|county\s+borough)\s+council\b\s*(?:,|and\b)",
    I,
)

# The writer's own system, in the first person or the council's name: "our cameras", "the council's
# CCTV control room", "our public space surveillance camera locations".
OWN_SYSTEM = re.compile(
    r"\b(?:our|the\s+council(?:'s|’s))\s+(?:[\w-]+\s+){0,3}?(?:cctv|cameras?|control\s+room|monitoring\s+cent(?:re|er)|"
    r"surveillance\s+(?:camera\s+)?systems?)\b",
    I,
)

# A principal council's own control room or CCTV team: a parish or town council has neither.
OWN_CONTROL_ROOM = re.compile(
    r"\b(?:our|the\s+(?:district|borough|county|city)\s+council(?:'s|’s))\s+(?:cctv\s+)?(?:control\s+room|"
    r"monitoring\s+cent(?:re|er)|cctv\s+(?:team|service|operators?))\b",
    I,
)

# Cues that the text speaks of the council's own cameras (not a resident's, a school's, …).
OWN_CUES = re.compile(
    # a centre watching the council's cameras by their count (vocab_own)
    OWN_CENTRE_WATCHES + "|"
    # the cameras of the council's own buildings in the possessive: "the council offices' CCTV now also covers [a] car park" (a
    # data protection policy's version history, held-back web 414's Spelthorne)
    r"\bthe\s+council(?:'s|’s)?\s+(?:offices|buildings|depots?|premises)(?:'|’)\s*(?:cctv|cameras)\b|"
    # cameras at places the council says it owns: "a new policy for the cameras in council-owned blocks and estates" (a
    # borough's consultation on its housing CCTV policy, real-text round 111)
    r"\bcameras?\s+(?:in|on|at|covering)\s+(?:the\s+)?council[- ]owned\s+(?:[\w-]+\s+){0,2}?(?:blocks|estates|buildings|homes|"
    r"flats|properties|premises|car\s+parks|sites)\b|"
    # the council's own movable cameras counted in words: "We can put one of our two redeployable cameras at a problem spot for
    # up to eight weeks" (an anti-social behaviour page, held-back web 337's Braintree)
    r"\b(?:our|the\s+council(?:'s|’s))\s+(?:two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)\s+(?:mobile|redeployable|"
    r"re-deployable|deployable|portable|temporary)\s+(?:cctv\s+)?cameras\b|"
    # a place covered by cameras of a council named in full: "The order area is covered by 16 Worthing Borough Council cameras"
    # (a public spaces protection order's page, held-back web 337's Worthing)
    r"\b(?:covered|watched|monitored)\s+by\s+(?:\d[\d,]*\s+)?(?-i:(?:[A-Z][\w'’-]+\s+){1,4})(?i:council)\s+(?:cctv\s+)?cameras\b|"
    # the council's share of a camera hub that watches its towns' cameras for it: "Our share of the Pennine CCTV hub in
    # Blackburn, which watches the cameras in [three towns] for us", a council tax spending table's row (held-back web 326's
    # Rossendale)
    r"\bour\s+(?:share|contribution|part)\s+(?:of|to|towards)\s+the\s+(?:[\w-]+\s+){0,3}?(?:cctv|camera)\s+(?:hub|partnership|"
    r"scheme|service|control\s+room|monitoring)\b|"
    r"\b(?:watch(?:es)?|monitors?)\s+(?:the\s+)?cameras\s+in\s+[^.\n]{0,80}?\s+for\s+us\b|"
    # ... told in the passive: "CCTV in the town centre is monitored on our behalf by the Pennine CCTV hub" (a town centre's page,
    # held-back web 340's Hyndburn)
    r"\b(?:cctv|cameras)\b[^.\n]{0,60}?\b(?:is|are)\s+(?:monitored|watched|recorded)\s+on\s+our\s+behalf\b|"
    # ... or the monitoring so told under a CCTV heading: "Town centre CCTV" over "Monitoring is carried out on our behalf by
    # [a neighbouring] Council" (a list of service privacy notices, held-back web 345's Babergh)
    r"\bmonitoring\s+(?:is|was)\s+(?:carried\s+out|done|provided|undertaken)\s+on\s+our\s+behalf\b|"
    # ... or the council named: "The centre's cameras are run for the council by …" (vocab_own)
     + CAMERAS_RUN_FOR_THE_COUNCIL + r"|"
    # ... or the cameras watching the council's towns: "63 CCTV cameras watching over our five market towns" (an annual report's
    # figures, held-back web 346's Breckland)
    # (counted or named CCTV: "the cameras watching our town centres" in a commissioner's column is the force area's, real-text
    # round 98)
    r"\b(?:\d[\d,]*\s+(?:cctv\s+)?|cctv\s+)cameras\s+(?:watching(?:\s+over)?|covering|keeping\s+watch\s+over)\s+our\s+"
    r"(?:[\w-]+\s+){0,3}?(?:towns?|"
    r"town\s+cent(?:re|er)s?|city\s+cent(?:re|er)|streets|high\s+streets|car\s+parks|parks|estates)\b|"
    # the cameras covering the council's own places: "CCTV covers our pay and display car parks at [three towns]" (a car park
    # cameras privacy notice, held-back web 341's South Hams)
    r"\b(?:cctv|cameras)\s+(?:covers?|monitors?|watch(?:es)?)\s+(?:all\s+|each\s+of\s+|most\s+of\s+|some\s+of\s+)?our\s+"
    r"(?:[\w-]+\s+){0,4}?(?:car\s+parks?|buildings|offices|depots?|premises|parks|markets?|leisure\s+centres?|cemeteries|"
    r"estates?)\b|"
    # ... or put in them: "CCTV was upgraded in eleven of our libraries this year" (a cabinet member's answer to a public
    # question, real-text round 97)
    r"\b(?:cctv|cameras)\s+(?:was|were|has\s+been|have\s+been)\s+(?:upgraded|installed|fitted|put\s+in|added|replaced)\s+"
    r"(?:in|at|across)\s+(?:(?:all|each|most|some|\w+|\d+)\s+of\s+)?our\s+(?:[\w-]+\s+){0,2}?(?:libraries|buildings|offices|"
    r"car\s+parks|leisure\s+centres|depots|parks|estates|sites|premises|markets|cemeteries)\b|"
    # "Council CCTV at the centre's car park keeps its recordings for 30 days" (a leisure centre's page, held-back web 328's
    # Blaby)
    r"(?<!town\s)(?<!parish\s)(?<!community\s)\bcouncil\s+cctv\s+(?:at|in|on)\s+(?:the|our)\b[^.\n]{0,60}?\b(?:keeps?|holds?|"
    r"records?|covers?|stores?)\b|"
    # footage of yourself asked for on the council's own request form: "You can ask for a copy of CCTV footage of yourself on
    # this same form" (a subject access page, held-back web 330's Three Rivers)
    r"\bask\s+(?:us\s+)?for\s+(?:a\s+copy\s+of\s+)?(?:the\s+)?(?:cctv|camera)\s+(?:footage|recordings|images)\s+(?:of|showing)\s+"
    r"yourself\b|"
    # a register of the council's policies naming the CCTV policy by its year: "CCTV policy (2019) - under review, available
    # on request" (a policy register's row, held-back web 326's Hinckley and Bosworth)
    r"(?m:^\W*(?:cctv|surveillance\s+camera)\s+(?:policy|code\s+of\s+practice)\s*\((?:19|20)\d\d\))|"
    # a team's list of what it can do: "eight mobile cameras that can be put up for a few months at a time in anti-social
    # behaviour hot spots" under "What the team can do" (held-back web 256's Hertsmere)
    r"(?m:^\W*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s+(?:mobile|redeployable|re-deployable|"
    r"deployable|portable|temporary)\s+(?:cctv\s+)?cameras\s+(?:that|which)\s+(?:can|we\s+can)\s+be\s+(?:put\s+up|moved|deployed|"
    r"installed|sited|placed)\b)|"
    # a council page counting the cameras its own scheme put up, no other owner named: "Market Street and the High Street
    # junction are now covered by 27 high-definition cameras" (a regeneration page, held-back web 267's Harlow), "Around 100
    # new CCTV cameras are being installed across [four towns]" (a community safety page, held-back web 261's Castle Point);
    # another owner named beside them is read apart (info_denials)
    r"\b(?:are|is)\s+(?:now\s+)?(?:covered|watched|monitored)\s+by\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|twenty)\s+(?:[\w-]+\s+){0,2}?(?:cctv\s+)?cameras\b(?![^.\n]{0,60}\b(?:run|owned|operated|funded|paid)\s+by\b)|"
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+new\s+(?:[\w-]+\s+)?(?:cctv\s+)?cameras\s+"
    r"(?:are|were|have\s+been|will\s+be)\s+(?:being\s+)?(?:installed|put\s+up|fitted)\b|"
    # "Council cameras record the play area and the paddling pool" under a park page's "Security" (held-back web 255's Rother)
    # (or one: "A council camera watches the slipway barrier and records around the clock", a boat launching page, held-back
    # web 391's Adur)
     + COUNCIL_CAMERAS_COVER + r"|" + CAMERAS_JOINED_TO_OWN + r"|" + COUNCIL_OWNS_CAMERAS + r"|"
    # the council's cameras counted in its own sentence: "[X] Borough Council provides recordings from its 30 cameras to the
    # police" (a member's answer at council, real-text round 21)
    r"\b(?:council|authority)\s+(?:[\w-]+\s+){1,4}?(?:from|of|with|on)\s+its\s+(?:own\s+)?\d[\d,]*\s+(?:[\w-]+\s+)?cameras\b|"
    # cameras at the council's own places in the first person: "ANPR cameras at the entrances to our community recycling
    # centres" (a county's privacy notice, real-text round 65), "CCTV cameras at our car parks"
    r"\b(?:cctv\s+)?cameras?\s+(?:at|in|on|inside|outside)\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:to|of|at)\s+)?our\s+(?:[\w-]+\s+){0,2}?"
    r"(?:recycling\s+cent(?:re|er)s|car\s+parks|depots|offices|buildings|leisure\s+centres|libraries|housing\s+estates|"
    r"cemeteries|premises)\b|"
    # a camera in the place the council's own page is about: "A mobile CCTV camera is currently placed in this car park" (a
    # car park's page, held-back web 239's Hertsmere)
    r"\b(?:cctv\s+)?cameras?\s+(?:is|are|has\s+been|have\s+been)\s+(?:currently\s+|now\s+)?(?:placed|installed|sited|"
    r"located|deployed|fitted|in\s+place)\s+(?:in|at|on|around)\s+this\s+(?:car\s+park|park|site|cemetery|building|"
    r"play\s+area|recreation\s+ground|market|depot|centre)\b|"
    # the camera over the facility a council page is about ("A camera now covers the toilet block by [the fort]", held-back
    # web 325's Adur)
    r"\b(?:a|one|two|three|\d+)\s+(?:new\s+)?(?:cctv\s+)?cameras?\s+(?:now\s+)?(?:covers?|watch(?:es)?|overlooks?)\s+the\s+"
    r"(?:toilet\s+block|toilets|play\s+area|skate\s+park|bin\s+store|shelter|pavilion|changing\s+rooms)\b|"
    # ("Our team has eight mobile cameras …", a community safety team's page, held-back web 223's Hertsmere)
    r"\bour\s+(?:[\w-]+\s+){0,2}?(?:team|service|unit)\s+(?:has|have|runs|operates|owns|uses)\b[^.\n]{0,40}?\bcameras\b|"
    # ("March 2023: a council mobile CCTV camera installed at [a recreation ground]", a place plan's timeline, held-back web
    # 225's Folkestone and Hythe)
    r"(?<!town\s)(?<!parish\s)(?<!community\s)\b(?:an?|the)\s+council\s+(?:(?:mobile|redeployable|re-deployable|deployable|fixed)\s+)?"
    r"cctv\s+cameras?\b|"
    # (not a town or parish council's: "the town council's cameras have been monitored by [a neighbour]" after the cameras
    # were said to belong to that town council, held-back web 242's Folkestone and Hythe)
    r"\b(?:our|(?:the\s+)?(?!(?:town|parish|community)\s)(?:[a-z]+\s+)?(?<!town\s)(?<!parish\s)(?<!community\s)council(?:'|’)?s|the\s+authority(?:'|’)?s|council[- ](?:owned|operated|run|managed))"
    # (the public places may lead a list: "the council's public realm, traffic and car park CCTV cameras", held-back
    # web 25's Solihull)
    r"\s+(?:own\s+)?(?:(?:public[- ](?:space|realm|area)|town[- ]centre|city[- ]centre)(?:,?\s+(?:and\s+)?[\w-]+){0,4}?\s+|"
    r"(?:\d[\d,]*\s+)?(?:mobile|redeployable|re-deployable|deployable|street|public|building|office|"
    # (or the place they watch: "Recordings from our car park cameras are overwritten after 30 days", held-back web 134's East
    # Hampshire)
    r"portable|temporary|new|fixed|car[- ]park|market|estate|depot|park|cemetery|leisure\s+centre|housing|library|"
    # (a kind's word after: "Our redeployable eyeball cameras are currently in [four towns]", held-back web 248's Amber
    # Valley)
    r"\d[\d,]*)\s+)?(?:(?:(?<=deployable\s)|(?<=mobile\s))[a-z0-9-]+\s+(?=cameras?\b))?(?:cctv\s+)?(?:cctv|cameras?|surveillance|control\s+(?:room|centre)|"
    r"monitoring|camera\s+network|system|scheme)\b"
    # the place's network on its council's page: "The borough's camera network now has more than 700 fixed cameras"
    # (held-back web 26's Telford)
    # (or its public realm cameras: "Pictures from the borough's public realm cameras are watched at the council's Urban
    # Traffic Control Centre", held-back web 70's Solihull)
    # ("The borough's public CCTV is being upgraded", held-back web 244's Castle Point)
    r"|\bthe\s+(?:borough|district|city|county)(?:'|’)s\s+(?:cctv\s+|public(?:[- ](?:space|realm|facing))?\s+|street\s+|town\s+|"
    r"(?:(?:fixed|deployable|re-?deployable|mobile)\s+(?:and\s+)?)+)?(?:camera\s+network|cctv|cameras)\b"
    # a service named with CCTV: "a detailed review of the Council's Community Safety and CCTV service" (real-text
    # round 20)
    r"|\b(?:our|the\s+council(?:'|’)s)\s+(?:[\w-]+\s+){1,3}?and\s+cctv\s+(?:services?|team|control\s+room|system|scheme|partnership)\b"
    # a privacy notice saying what the council collects with its closed circuit television systems (real-text
    # round 18)
    r"|\b(?:we|the\s+council)\s+(?:collect|collects|record|records|capture|captures|process|processes)\b[^.\n]{0,30}?"
    r"\b(?:using|through|by\s+means\s+of|from)\s+(?:our\s+)?(?:closed[- ]circuit\s+television|cctv|surveillance\s+cameras?)\b"
    r"|" + _RUNS_CAMERAS + r"|\bpublic[- ]space\s+(?:cctv|surveillance|cameras?)\b"
    r"|\b(?:town|city)[- ]centre\s+(?:cctv|cameras?)\b"
    # the council's network told by its size: "The new cameras will link to the council's existing network of 54 cameras"
    # (a council's news item, real-text round 51)
    r"|\b(?:our|the\s+council(?:'|’)s)\s+(?:existing\s+|current\s+|wider\s+|own\s+)?network\s+of\s+(?:\d[\d,]*\s+|over\s+\d[\d,]*\s+)?"
    r"(?:[\w-]+\s+)?(?:cctv\s+)?cameras\b"
    # "council cameras" said by the council itself (a town's, a parish's or a community council's are
    # theirs: held-back web 7's Wakefield, "you will find council cameras in … town centres")
    r"|(?<!town\s)(?<!parish\s)(?<!community\s)\bcouncil\s+(?:cctv\s+)?cameras?\b(?!\s+(?:owners?|operators?|managers?))"
    # ... or "Council CCTV" in a car park table's security column, "recorded 24 hours a day" (held-back web 237's Cumberland)
    r"|(?<!town\s)(?<!parish\s)(?<!community\s)\bcouncil\s+cctv\b(?=[,;]?\s+(?:recorded|monitored|watched|covers|operat))"
    # (never a safety camera partnership's, the speed cameras': "Who runs speed cameras? The [county] Safety Camera Partnership,
    # led by the police", a county's residents' questions, held-back web 336's Hampshire)
    r"|(?<!safety\s)\b(?:cctv|camera)\s+(?:control\s+room|monitoring\s+(?:centre|suite|room)|partnership|scheme|"
    r"network|team|unit|service|officers?|manager|strategy|provision|budget|operators|staff|shared\s+service)\b"
    # the council's monitoring of its cameras, with its other rooms: "brings our emergency control, traffic control and
    # community safety camera monitoring together" (held-back web 34's Bristol)
    r"|\bcommunity\s+safety\s+(?:cctv|camera)\s+monitoring\b"
    # the council's operators in their room: "Police staff work alongside our operators in the [town] control room"
    # (real-text round 20)
    r"|\bour\s+(?:cctv\s+|camera\s+)?operators\b[^.\n]{0,60}?\bcontrol\s+(?:room|cent(?:re|er))\b"
    # the council's own team named as watching them: "CCTV in the town is monitored by the council's Community Safety
    # Team" in a community safety strategy (held-back web 48's Harlow)
    # (or "The cameras in the district's towns are run by the District Council's community safety service", held-back
    # web 77's Stratford-on-Avon)
    r"|\b(?:cctv|cameras?)\b[^.\n]{0,40}?\b(?:monitored|watched|run|operated|managed)\s+by\s+(?:the\s+"
    r"(?:(?:district|borough|city|county)\s+)?council(?:'|’)s|our)\s"
    # (or watched and recorded by the council's own staff of another service: "Pictures from the towns' cameras are
    # watched and recorded by our fire and rescue service staff at the Critical Control Centre", held-back web 73's
    # Cornwall)
    r"|\bcameras\b[^.\n]{0,40}?\b(?:watched|monitored|recorded)(?:\s+and\s+(?:watched|monitored|recorded))?\s+by\s+our\s+"
    r"(?:[\w-]+\s+){0,4}?(?:staff|operators|team|officers)\b"
    # "every camera we operate" (held-back web 40)
    # ("The only cameras we run are six in [a town] centre", a FAQ answer, held-back web 236's East Devon)
    r"|\b(?:every|each|all\s+the|the)\s+(?:only\s+)?cameras?\s+(?:that\s+)?we\s+(?:use|run|operate|own|manage|monitor)\b"
    r"|\bcontrol\s+room\b|\bdata\s+controller\b|\bystafell\s+(?:reoli|fonitro)\b|\bcanolfan\s+(?:r|rh)eoli\b"
    # cameras at the council's own buildings and sites: "CCTV operates at all household waste
    # recycling centres" in a county council's publication scheme (held-back web 5)
    # (said as a statement, not named as a topic: "FOI request: CCTV cameras in council car parks"
    # is a question someone asked, the simulated web's FOI pages)
    r"|\b(?:cctv|cameras?)\s+(?:(?:is|are)\s+)?(?:also\s+)?(?:operates?|operating|in\s+use|used|installed|records?|"
    r"monitors?|covers?)\b[^.\n]{0,40}" + _FACILITY + r"|" + _FACILITY + r"[^.\n]{0,60}\b(?:recorded|filmed|monitored|"
    r"covered|watched)\s+by\s+(?:\w+\s+){0,2}(?:cctv|cameras?)\b"
    # "Every recycling centre has CCTV", "There are CCTV cameras at the council offices", Welsh "Mae
    # camerâu teledu cylch cyfyng yn swyddfeydd y Cyngor" (held-back web 6)
    r"|" + _FACILITY + r"\s+(?:has|have|is\s+fitted\s+with|are\s+fitted\s+with)\s+(?:\w+\s+){0,2}(?:cctv|cameras?)\b"
    # ... in Welsh: "Mae gan lawer o safleoedd y Cyngor eu systemau teledu cylch cyfyng eu hunain" (many of the council's
    # sites have their own CCTV systems: a Welsh privacy notice, real-text round 41)
    r"|\bmae\s+gan\s+(?:[\w'’]+\s+){0,3}?"
    + _FACILITY
    + r"\s+(?:[\w'’]+\s+){0,2}?(?:systemau|system|(?:c|g|ch|ngh)amer[aâ]u)\b"
    r"|\bthere\s+(?:are|is)\s+(?:\w+\s+){0,2}(?:cctv|cameras?)\b[^.\n]{0,40}"
    + _FACILITY
    + r"|\bmae\s+(?:(?:c|g|ch|ngh)amer[aâ]u|teledu)\b[^.\n]{0,60}"
    + _FACILITY
    + r"|\bin\s+accordance\s+with\s+the\s+surveillance\s+camera\s+code"
    r"|\b(?:the|our)\s+(?:cctv\s+)?(?:system|scheme)\s+(?:is|was|has|comprises|consists|operates|covers|"
    r"currently)\b"
    r"|\bmae'?r\s+cyngor\b[^.\n]{0,80}(?:teledu\s+cylch\s+cyfyng|TCC|camer[aâ]u)"
    # Welsh: "camerâu'r Cyngor" (the council's cameras), "ein camerâu" (our cameras), "a weithredir gan y
    # Cyngor" (run by the council), "system teledu cylch cyfyng … Cyngor Sir X", "ystafell reoli" (control room)
    r"|\b(?:(?:c|g|ch|ngh)amer[aâ]u|system)(?:'r|\s+y)\s+cyngor\b"
    r"|\bein\s+(?:(?:c|g|ch|ngh)amer[aâ]u|system|hystafell\s+reoli|ystafell\s+reoli)\b"
    r"|\b[oia]['’]n\s+(?:(?:c|g|ch|ngh)amer[aâ]u|system)\b"
    # the council named as owner or operator of a system: "X Council as owner and operator of the Y CCTV
    # system" (a code of practice's certificate of agreement), "the council is the owner of the scheme"
    # ("The district council will remain owner and operator of the cameras", a decision on a town council's contribution,
    # real-text round 88)
    r"|\b(?:council|authority)\s+(?:as|is|will\s+be|will\s+remain|remains)\s+(?:the\s+)?(?:owner|operator|data\s+controller)"
    r"(?:\s+and\s+(?:the\s+)?(?:owner|operator))?\s+(?:of|for)\s+the\b[^.\n]{0,40}\b(?:cctv|cameras?|system|scheme)\b"
    r"|(?:camera|\b(?:c|g|ch|ngh)amer[aâ]u|teledu\s+cylch\s+cyfyng|system(?:au)?)[^.\n]{0,80}\bgan\s+(?:y\s+cyngor|gyngor)\b"
    # (the council's footage in the genitive, and its keeping of it: "copi o luniau Teledu Cylch Cyfyng (TCC) y Cyngor", "Am ba
    # hyd mae'r Cyngor yn cadw'r lluniau?", a Welsh page on asking for images of yourself, real-text round 88)
    r"|\b(?:l?luniau|recordiadau)\s+(?:(?:t|d|th|nh)eledu\s+cylch\s+cyfyng|TCC|(?:c|g|ch|ngh)amer[aâ]u)\b[^.\n]{0,30}?\by\s+cyngor\b"
    r"|\bmae['’]r\s+cyngor\s+yn\s+cadw['’]r\s+(?:l?luniau|recordiadau)\b"
    # (the council by its name using cameras: "Mae Cyngor Bwrdeistref Sirol [X] yn defnyddio camerâu yng nghanol y dref", a Welsh
    # privacy notice, real-text round 90)
    r"|\bmae\s+cyngor\s+(?:[\w'’]+\s+){0,4}?yn\s+defnyddio\s+(?:c|g|ch|ngh)amer[aâ]u\b"
    # (or by the council's name, in the genitive: "camerâu teledu cylch cyfyng Cyngor Gwynedd", real-text round 16)
    r"|\b(?:(?:t|d|th|nh)eledu\s+cylch\s+cyfyng|(?:c|g|ch|ngh)amer[aâ]u)[^.\n]{0,60}\bcyngor\s+(?:sir|bwrdeistref|dinas)\b"
    r"|\b(?:(?:t|d|th|nh)eledu\s+cylch\s+cyfyng|(?:c|g|ch|ngh)amer[aâ]u)\s+(?-i:[CG]yngor\s+(?!Tref\b|Cymuned\b)[A-Z])"
    r"|\bystafell\s+reoli\b|\brheolydd\s+data\b"
    # ... or the council putting up cameras of its own: "Bydd Cyngor Sir [X] yn gosod deg camera teledu cylch cyfyng newydd"
    # (will install ten new CCTV cameras, a Welsh county's news release, real-text round 81)
    r"|\bbydd\s+(?:y\s+)?cyngor\b[^.\n]{0,40}?\byn\s+(?:gosod|uwchraddio|ychwanegu|newid)\b[^.\n]{0,40}?"
    r"(?:\b(?:c|g|ch|ngh)amer(?:a|âu|au)\b|teledu\s+cylch\s+cyfyng)"
    # ... or the council's operators watching the pictures: "Mae tîm o naw o weithredwyr y Cyngor yn gwylio'r lluniau" (a team
    # of nine of the council's operators watches the pictures, a Welsh county borough's CCTV questions, real-text round 65)
    r"|\b(?:gw|w)eithredwyr\s+y\s+cyngor\b[^.\n]{0,60}\b(?:l?luniau|(?:c|g|ch|ngh)amer[aâ]u|recordiadau)\b"
    # the council's own staff wearing cameras, or the council proposing cameras: "some of our licensing staff
    # carry body worn video", "we are considering giving body cameras to officers"
    # (or "… wear small cameras clipped to their uniform", a metropolitan council's body-worn camera page, held-back web 254's
    # Wakefield)
    r"|\bour\s+(?:[\w-]+,?\s+){0,10}?(?:staff|officers|wardens)\s+(?:\w+\s+)?(?:carry|wear|use)\s+(?:body\b|(?:[\w-]+\s+){0,2}?cameras\b)"
    r"|\b(?:we|the\s+council)\s+(?:are|is)\s+(?:considering|proposing|planning)\s+(?:to\s+)?(?:giving|give|introducing|"
    r"introduce|installing|install|using|use)\b[^.\n]{0,40}\b(?:cctv|cameras?|body[- ]worn)\b"
    # the council a party to an agreement about its cameras: "between the council and X Police"
    r"|\bbetween\s+(?:the|this)\s+(?:council|authority)\s+and\b[^.\n]{0,60}\b(?:police|constabulary)\b"
    r"|\b(?:cctv|camera)\s+(?:images|footage|recordings|system|cameras)\b[^.\n]{0,40}\b(?:by|of|from|held\s+by)\s+the\s+council\b"
    r"|"
    + COUNCIL_ACTS_CY
    + r"|\brhwng\s+y\s+cyngor\s+a\b|\brydym\s+yn\s+(?:gweithredu|rhannu|defnyddio|cadw|monitro|rheoli)\b"
    # a compliance statement in the first person: "we achieved step one certification against the Code"
    r"|\bwe\s+(?:have\s+|had\s+|then\s+|also\s+)?(?:completed|achieved|hold|held|were\s+awarded|have\s+been\s+awarded|"
    r"gained|obtained|received)\b[^.\n]{0,160}\b(?:surveillance\s+camera\s+(?:code|commissioner)|self[- ]assessment\s+tool)"
    r"|\bein\s+(?:camer[aâ]u|system|cynllun)\b|\bystafell\s+reoli\b"
    # "… y Cyngor ar gyfer pob system teledu cylch cyfyng": the council's officer for all its CCTV systems
    r"|\by\s+Cyngor\s+ar\s+gyfer\s+(?:pob|ei|holl)\b[^.\n]{0,40}(?:teledu\s+cylch|TCC|camer[aâ]u)"
    r"|\b(?:system|(?:g|ch|ngh)?amer[aâ]u|cynllun|lluniau|delweddau)\s+(?:(?:t|d|th|nh)eledu\s+cylch\s+(?:cyfyng|cae[eë]dig)\s+|TCC\s+)?"
    r"y\s+Cyngor\b|"
    # ("Eglurwyd bod y Cyngor yn berchen ar y camerâu" (it was explained that the Council owns the cameras), Welsh committee
    # minutes on the county's CCTV partnership, real-text round 115)
    r"\b(?:bod|mae['’]r)\s+(?:y\s+)?cyngor\s+yn\s+berchen\s+ar\s+(?:y\s+)?(?:c|g|ch|ngh)amer[aâ]u\b|" + OWN_MORE,
    I,
)

STALE_CUES = re.compile(
    r"\bData\s+Protection\s+Act\s+1998\b|£\s?10(?:\.00)?\b[^.\n]{0,60}"
    r"(?:fee|charge|subject\s+access)|(?:fee|charge)[^.\n]{0,60}£\s?10\b",
    I,
)

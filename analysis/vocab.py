"""The wording councils use for their own surveillance cameras, in English and Welsh.

Each 5.1 information criterion (docs/domain.md) has its own cues. Cues are only read inside the
LA's own CCTV text (a CCTV page, or the CCTV section of a privacy notice), so they can be
plain phrases like "retained for 31 days" without matching a bin-collection page.
"""

from __future__ import annotations

import re

from .domain import CRITERION_KEYS
from .vocab_cy import COUNCIL_ACTS_CY
from .vocab_own import COUNCIL_CAMERAS_TERM, OWN_MORE

__all__ = [
    "CRITERIA_KEYS",
    "CRITERIA",
    "CCTV_TERM",
    "CCTV_TITLE",
    "COUNCIL_RUNS_CAMERAS",
    "OWN_CONTROL_ROOM",
    "OWN_CUES",
    "OWN_SYSTEM",
    "STALE_CUES",
    "criteria_in",
]

I = re.I

CRITERIA_KEYS: tuple[str, ...] = CRITERION_KEYS  # the detectors' name for the domain's keys

# The council's own buildings and sites, where cameras are the council's: the civic centre, council
# offices, household waste recycling centres, council car parks and depots.
_FACILITY = (
    r"\b(?:civic\s+cent(?:re|er)|council\s+(?:offices|buildings?|car\s+parks?|depots?|housing\s+blocks?)|"
    r"town\s+hall|county\s+hall|(?:household\s+waste\s+(?:and\s+)?)?recycling\s+cent(?:re|er)s?|"
    r"customer\s+service\s+cent(?:re|er)s?|swyddfeydd\s+y\s+cyngor|canolfan(?:nau)?\s+ailgylchu)\b"
)

# What names CCTV at all. "camera" alone is too loose (speed cameras, camera clubs).
CCTV_TERM = re.compile(
    r"\bCCTV\b|\bclosed[- ]circuit\s+(?:television|tv)\b|\bsurveillance\s+cameras?\b|"
    r"\bsurveillance\s+camera\s+systems?\b|\bpublic[- ]space\s+(?:surveillance|cameras?|CCTV)\b|"
    r"\b(?:t|d|th|nh)eledu\s+cylch\s+(?:cyfyng|cae[eë]dig)\b|\b(?:c|ch|g|ngh)amer[aâ]u\s+(?:gwyliadwriaeth|cylch\s+cyfyng|"
    r"teledu)\b|"
    r"(?-i:\bTCC\b)|\bvideo\s+surveillance\b|\b(?:c|g|ch|ngh)amer[aâ]u'r\s+cyngor\b|"
    # Welsh "our cameras", also contracted after a vowel: "ein camerâu", "lluniau o'n camerâu"
    r"(?:\bein\s+|\b[oia]['’]n\s+)(?:c|g|ch|ngh)?amer[aâ]u\b|"
    # public-space cameras named by where they watch or what they are for, never by what they
    # enforce (speed, bus lane, parking): "city centre cameras", "community safety cameras"
    r"\b(?:town|city)[- ]centre\s+(?:and\s+[\w-]+\s+)?cameras?\b|\bcommunity\s+safety\s+cameras?\b|"
    r"\bcameras\s+(?:in|across|around|covering)\s+(?:the\s+)?(?:[\w'’-]+,?\s+){0,5}?(?:town|city)\s+centres?\b|"
    # the council's body-worn video: "body worn video devices", "body cameras for enforcement officers"
    r"\bbody[- ]worn\s+(?:video|cameras?|cctv)(?:\s+devices?)?\b|\bbody\s+cameras?\b|(?-i:\bBWV\b)|"
    r"\bpublic\s+realm\s+cameras?\b|\b(?:re-?deployable|rapid[- ]deployment|mobile\s+surveillance)\s+(?:cctv\s+)?cameras?\b|\bsafer\s+streets?\s+cameras?\b|"
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
    r"\b(?:we|(?:the\s+)?council|the\s+authority)\s+(?:also\s+|currently\s+|now\s+|jointly\s+|does\s+|do\s+|therefore\s+)?"
    r"(?:operate|operates|operated|run|runs|own|owns|manage|manages|monitor|monitors|use|uses|used|has|have|maintain|maintains|"
    r"installed|provide|provides|deploy|deploys|is\s+responsible\s+for)\b[^.\n]{0,80}\b(?:cctv|cameras?|surveillance|"
    r"control\s+room)"
)
COUNCIL_RUNS_CAMERAS = re.compile(_RUNS_CAMERAS, I)

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
    r"\b(?:our|(?:the\s+)?(?:[a-z]+\s+)?council(?:'|’)?s|the\s+authority(?:'|’)?s|council[- ](?:owned|operated|run|managed))"
    r"\s+(?:own\s+)?(?:public[- ]space\s+|town[- ]centre\s+)?(?:cctv|cameras?|surveillance|control\s+room|"
    r"monitoring|camera\s+network|system|scheme)\b"
    r"|" + _RUNS_CAMERAS + r"|\bpublic[- ]space\s+(?:cctv|surveillance|cameras?)\b"
    r"|\btown[- ]centre\s+(?:cctv|cameras?)\b"
    # "council cameras" said by the council itself (a town's, a parish's or a community council's are
    # theirs: held-back web 7's Wakefield, "you will find council cameras in … town centres")
    r"|(?<!town\s)(?<!parish\s)(?<!community\s)\bcouncil\s+cameras?\b(?!\s+(?:owners?|operators?|managers?))"
    r"|\b(?:cctv|camera)\s+(?:control\s+room|monitoring\s+(?:centre|suite|room)|partnership|scheme|"
    r"network|team|unit|service|officers?|manager|strategy|provision|budget|operators|staff|shared\s+service)\b"
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
    r"|\b(?:council|authority)\s+(?:as|is|will\s+be)\s+(?:the\s+)?(?:owner|operator|data\s+controller)"
    r"(?:\s+and\s+(?:the\s+)?(?:owner|operator))?\s+(?:of|for)\s+the\b[^.\n]{0,40}\b(?:cctv|cameras?|system|scheme)\b"
    r"|(?:camera|\b(?:c|g|ch|ngh)amer[aâ]u|teledu\s+cylch\s+cyfyng|system(?:au)?)[^.\n]{0,80}\bgan\s+(?:y\s+cyngor|gyngor)\b"
    r"|\b(?:(?:t|d|th|nh)eledu\s+cylch\s+cyfyng|(?:c|g|ch|ngh)amer[aâ]u)[^.\n]{0,60}\bcyngor\s+(?:sir|bwrdeistref|dinas)\b"
    r"|\bystafell\s+reoli\b|\brheolydd\s+data\b"
    # the council's own staff wearing cameras, or the council proposing cameras: "some of our licensing staff
    # carry body worn video", "we are considering giving body cameras to officers"
    r"|\bour\s+(?:[\w-]+,?\s+){0,6}?(?:staff|officers|wardens)\s+(?:\w+\s+)?(?:carry|wear|use)\s+body\b"
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
    r"y\s+Cyngor\b|" + OWN_MORE,
    I,
)

STALE_CUES = re.compile(
    r"\bData\s+Protection\s+Act\s+1998\b|£\s?10(?:\.00)?\b[^.\n]{0,60}"
    r"(?:fee|charge|subject\s+access)|(?:fee|charge)[^.\n]{0,60}£\s?10\b",
    I,
)


def _c(*alts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{a})" for a in alts), I)


_NUM = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)"

CRITERIA: dict[str, re.Pattern[str]] = {
    "purpose": _c(
        r"\bprevent(?:ion|ing)?\s+(?:and|or|&)\s+(?:the\s+)?detect(?:ion|ing)?\s+(?:of\s+)?crime",
        r"\b(?:detect|deter|prevent|reduce|tackle|tackling|reducing|preventing)\w*\s+(?:crime|"
        r"anti[- ]social\s+behaviour|disorder)\b",
        r"\bfear\s+of\s+crime\b",
        r"\bobjectives?\s+of\s+the\s+(?:cctv\s+)?(?:scheme|system)\b",
        r"\bpurposes?\s+of\s+(?:the\s+|our\s+)?(?:cctv|scheme|system|surveillance|cameras?)\b",
        r"\b(?:aims?|purpose)\s+(?:of|for)\s+(?:the\s+|our\s+|using\s+)?(?:cctv|cameras?)\b",
        r"\bpublic\s+safety\b(?!\s+(?:centre|center|team|hub|unit|service|officers?|manager|partnership|room|suite))",
        r"\bkeep(?:ing)?\s+(?:people|residents|the\s+public|visitors)\s+safe\b",
        r"\bwe\s+use\s+(?:cctv|cameras?)\s+(?:to|for)\b",
        r"\batal\s+a\s+chanfod\s+trosedd(?:u|au)?\b",
        r"\bamcanion\s+y\s+(?:cynllun|system)\b",
        # "Nod y cynllun yw: helpu i ddatgelu ac atal troseddu" (the scheme's aim: to detect and prevent crime)
        r"\bnod\s+y\s+(?:cynllun|system)\b",
        r"\b(?:d|dd)atgelu\s+(?:ac|a)\s+atal\s+troseddu?\b|\batal\s+(?:a|ac)\s+(?:d|dd)atgelu\s+troseddu?\b",
        r"\bofn\s+troseddu\b",
        r"\bdiogelwch\s+y\s+cyhoedd\b",
        r"\b(?:detection|prevention|reduction)\s+of\s+crime\b",
        r"\bcrime\s+(?:prevention|reduction|detection)\b",
        r"\b(?:identify|apprehend|prosecute)\w*\s+(?:offenders|suspects|those\s+responsible)\b",
        r"\bsupport\w*\s+(?:the\s+)?(?:emergency\s+services|police)\b",
    ),
    "code_compliance": _c(
        r"\bsurveillance\s+camera\s+code\b",
        r"\b(?:12|twelve)\s+guiding\s+principles\b",
        r"\bguiding\s+principles\b",
        r"\bprotection\s+of\s+freedoms\s+act\b",
        r"\bsurveillance\s+camera\s+commissioner\b",
        r"\bbiometrics\s+and\s+surveillance\s+camera\b",
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
        r"\bmonitored\s+(?:by|on\s+behalf\s+of|from|at)\b",
        r"\bcontrol\s+room\b",
        r"\bmonitoring\s+(?:centre|suite|room)\b",
        r"\b(?:owned|operated|managed|run|maintained)\s+(?:and\s+(?:operated|managed|monitored|"
        r"maintained)\s+)?by\s+(?:the\s+|[A-Z])",
        r"\bon\s+behalf\s+of\s+the\s+council\b",
        r"\brheoly?dd\s+data\b|\brheolwr\s+data\b",
        r"\bystafell\s+reoli\b",
    ),
    "cameras": _c(
        rf"\b{_NUM}\s+(?:(?:public[- ]space|fixed|static|cctv|town[- ]centre|high[- ]definition|hd|council|"
        rf"redeployable|re-deployable|digital|ptz|mobile)\s+){{0,2}}(?:cctv\s+)?cameras\b",
        # where, as what they cover: "our cameras only cover Queens Square and The Broadway"
        r"\b(?:our|the\s+council(?:'|’)s)\s+(?:cctv\s+)?cameras\s+(?:only\s+|also\s+)?(?:cover|watch|overlook)\s+(?-i:[A-Z])",
        r"\bsystem\s+(?:comprises|consists\s+of|has|includes)\s+(?:of\s+)?\d",
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
        # where, as the places they cover: "the deck and both slipways are covered by the council's cameras"
        r"\b(?:is|are)\s+(?:also\s+)?(?:covered|watched|overlooked)\s+by\s+(?:the\s+council(?:'|’)s\s+|our\s+)(?:cctv|cameras)\b",
        rf"\b{_NUM}\s+(?:c|ch|g|ngh)?amer[aâ]u\b",
        r"\b24\s+awr\s+y\s+dydd\b",
        # where, as a list of places: "cameras in Fleetwood, Thornton, Poulton and Garstang"
        r"\bcameras\s+(?:in|at|across|around|covering)\s+(?:(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+)+"
        r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+and\s+(?:the\s+)?[A-Z]",
        # when: "staffed around the clock", "monitored day and night", "watched at all hours"
        r"\b(?:staffed|monitored|watched|manned)\s+(?:(?:24|twenty-four)\s+hours|(?:a|)round\s+the\s+clock|day\s+and\s+night|"
        r"at\s+all\s+hours|every\s+hour)",
    ),
    "policy": _c(
        r"\bcctv\s+(?:code\s+of\s+practice|policy|policies|procedures?|operational\s+procedures|"
        r"procedures?\s+manual|operating\s+procedures)\b",
        r"\bsurveillance(?:\s+camera)?(?:\s+systems?)?\s+(?:policy|policies|procedures?|operational\s+"
        r"procedures)\b",
        r"(?<!camera\s)\bcode\s+of\s+practice\s+(?:for|on)\s+(?:the\s+)?(?:operation|management|use)\b",
        r"\b(?:our|the\s+council'?s|corporate|council)\s+(?:cctv\s+|surveillance\s+)?(?:code\s+of\s+"
        r"practice|policy)\b",
        r"\b(?:operational|operating)\s+(?:procedures|manual)\b",
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
        r"\b(?:annual|yearly)\s+(?:performance\s+)?(?:report|review)\s+(?:20\d\d|for)\b",
        r"\badroddiad\s+blynyddol\b",
        r"\badolygiad\s+blynyddol\b",
    ),
    "statistics": _c(
        r"\b\d[\d,]*\s+(?:incidents|arrests|evidence\s+packages|evidential\s+(?:reviews|packages)|"
        r"detections|police\s+requests|requests\s+for\s+footage|reviews\s+of\s+footage|"
        r"crimes?\s+(?:recorded|detected)|call[- ]outs|deployments)\b",
        r"\b(?:incidents|arrests|evidence\s+packages|requests|detections)\s*(?:recorded|made|dealt\s+with|"
        r"monitored|handled|logged|attended)?\s*(?::|-|–|=|were|was|totalled)?\s*\d[\d,]*\b",
        r"\bassisted\s+(?:in|with)\s+\d[\d,]*\s+(?:arrests|incidents|prosecutions)\b",
        r"\b\d[\d,]*\s+(?:digwyddiad|arestiad)",
    ),
    "retention": _c(
        r"\b(?:retain|retained|kept|held|stored|deleted|overwritten|over-written|erased|recorded"
        r"\s+over|keep|hold|store)\b[^.\n]{0,80}\b(?:\d{1,3}|seven|fourteen|twenty[- ]one|"
        r"twenty[- ]eight|thirty|thirty[- ]one|one\s+month|a\s+month)\s*(?:calendar\s+)?(?:days?|weeks?|months?)?",
        r"\bretention\s+(?:and\s+disposal\s+)?(?:period|schedule|policy)\b",
        r"\bautomatically\s+(?:deleted|overwritten|erased)\b",
        r"\bcyfnod\s+cadw\b",
        # "yn cael eu cadw ar y system am gyfnod o 31 diwrnod"
        r"\bcadw\b[^.\n]{0,40}?\b(?:am|drwy)\s+(?:(?:g|c)yfnod\s+o\s+)?\d+\s+(?:o\s+)?(?:d|dd)iwrnod",
        # "ar ôl 31 diwrnod caiff recordiad ei ddileu", "o fewn 28 diwrnod … bydd y recordiad wedi'i ddileu"
        r"\b(?:ar\s+[oô]l|o\s+fewn)\s+\d{1,3}\s+(?:d|dd)iwrnod\b[^.\n]{0,80}\b(?:dileu|ddileu|recordio\s+drosto)\b",
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
        # (not "third-party certification", which is 5.2)
        r"\bthird[- ]part(?:y|ies)\b(?!\s+certifi)",
        r"\bnot\s+(?:be\s+)?(?:released|disclosed|used)\s+for\s+"
        r"(?:entertainment|commercial)",
        r"\blaw\s+enforcement\s+agencies\b",
        r"\bshared?\s+with\s+(?:the\s+)?(?:police|law\s+enforcement|insurers|solicitors)\b",
        r"\bshar\w*\s+(?:footage|images|recordings|data|information)\s+with\b",
        # who it goes to, told with the verb first: "we pass recordings to the police", "releases recorded
        # images to X Police", "disclosed only to the police, other prosecuting bodies and data subjects"
        r"\b(?:pass|passes|passed|release|releases|released|give|gives|supply|supplies)\s+(?:recorded\s+|copies\s+of\s+)?"
        r"(?:footage|images|recordings|copies)\s+to\s+(?:the\s+)?(?:police|insurers?|solicitors|officers|"
        r"(?:[A-Z][\w-]+\s+){1,3}(?:Police|Constabulary))\b",
        r"\b(?:disclosed|released|passed|given)\s+(?:only\s+)?to\s+(?:the\s+)?(?:police|insurers|solicitors|other\s+)",
        r"\b(?:insurers?|solicitors?)\s+(?:(?:and|or)\s+(?:insurers?|solicitors?)\s+)?(?:should|can|may|must)\s+"
        r"(?:write|request|apply|ask)\b",
        r"\bonly\s+with\s+the\s+police\b|\bshared\s+with\s+officers\b",
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
        r"\b(?:footage|images|recordings)\s+of\s+(?:yourself|you)\b",
        r"\bwithin\s+one\s+(?:calendar\s+)?month\b",
        r"\baccess\s+(?:to\s+)?(?:your|personal)\s+(?:data|information|images)\b",
        r"\bcais\s+(?:am\s+fynediad|gwrthrych)\b",
        r"\bmynediad\s+at\s+wybodaeth\b",
        r"\bcais\s+am\s+(?:recordiadau|luniau|ddelweddau)\b",
    ),
    "complaints": _c(
        r"\bcomplain(?:t|ts|ing)?\b",
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
        r"\bsigns?\b[^.\n]{0,80}\b(?:display|displayed|erected|positioned|in\s+place|placed|installed|"
        r"visible|inform|informing|advise|warn|indicate)",
        r"\bsignage\b",
        # "signs tell you when you are entering an area covered by cameras", "signs are put up wherever a
        # camera can see", "warning signs are fixed on every column", "each covered area has signs telling you"
        r"\bsigns?\b[^.\n]{0,60}\b(?:tell|tells|telling|let\s+(?:you|people)\s+know|show(?:ing)?\s+where|"
        r"put\s+up|fixed|mounted|fitted|posted)\b[^.\n]{0,60}\b(?:cameras?|cctv|recording|covered|public\s+place|columns?)\b",
        r"\b(?:warning|cctv|camera)\s+signs?\b",
        r"\bcctv\s+in\s+operation\b",
        r"\bimages\s+are\s+being\s+(?:monitored|recorded)\b",
        r"\b(?:displayed|erected|clearly\s+visible)\s+signs?\b",
        r"\barwyddion\b",
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
        r"\bcertificate\s+of\s+agreement\b",
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


def criteria_in(text: str) -> dict[str, re.Match[str]]:
    """The first match of each criterion's cues in `text` (keys with no match are absent)."""
    found: dict[str, re.Match[str]] = {}
    for key, rx in CRITERIA.items():
        m = rx.search(text)
        if m:
            found[key] = m
    return found

"""More ways a council names its own cameras, learnt from the eighth held-back text set.

Kept apart from `vocab` (long already). Each is a plain statement that the cameras are the
council's, in the forms a council's own page uses when it does not say "CCTV":

- its cameras by possession: "covered by the council's cameras" on a service page (a ferry, a
  depot), as the Welsh "camerâu'r cyngor" already is, and the Welsh genitive "camerâu Cyngor Sir X";
- itself as controller or owner: "the Council is the controller for all the cameras it owns",
  "the cameras it owns";
- a code's purpose: "X Council's town centre public space CCTV system(s)", with words between the
  possessive and the system.
"""

from __future__ import annotations

__all__ = [
    "COUNCIL_CAMERAS_TERM",
    "COUNCIL_SPEAKS",
    "IN_VIEW_OF_OWN_CAMERAS",
    "LOCAL_COUNCIL_NAME",
    "MONITORED_OWN_CAMERAS",
    "COUNCIL_CAMERAS_COVER",
    "CAMERAS_JOINED_TO_OWN",
    "COUNCIL_OWNS_CAMERAS",
    "OWN_CENTRE_WATCHES",
    "OWN_MORE",
]

# "the council's cameras" / Welsh "camerâu Cyngor Bwrdeistref Sirol X": surveillance cameras named by
# their owner (a principal council: "town council's cameras" are a local council's)
COUNCIL_CAMERAS_TERM = (
    # (not where the sentence excludes them: "it does not cover the council's own cameras")
    r"(?<!\bnot\scover\s)(?<!\bnot\sinclude\s)(?<!\bexcluding\s)(?<!\bexcept\s)(?<!\bnor\s)(?<!\bnot\s)"
    r"\bthe\s+council(?:'|’)s\s+(?:own\s+)?cameras\b|"
    # ("Signs at each entrance tell you that the car park is covered by council CCTV", a car park's page, held-back web 283's
    # Spelthorne)
    r"\bcovered\s+by\s+(?:the\s+)?council(?:(?:'|’)s)?\s+(?:own\s+)?(?:cctv|cameras)\b|"
    r"\b(?:c|g|ch|ngh)amer[aâ]u\s+(?-i:Cyngor\s+(?!Tref\b|Cymuned\b)[A-Z])"
)

OWN_MORE = (
    COUNCIL_CAMERAS_TERM + r"|"
    # the council as controller for its cameras, or the cameras it owns
    r"\b(?:council|authority)\s+is\s+the\s+(?:data\s+)?controller\s+(?:for|of)\s+(?:all\s+)?(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:cctv|cameras?|systems?|recordings|footage|images)\b|"
    r"\bthe\s+cameras\s+(?:it|we)\s+(?:owns?|runs?|operates?|manages?)\b|"
    # a named council's system with words between: "Plymshire City Council's Shared Service public space
    # closed circuit television (CCTV) systems"
    r"(?-i:\b(?:[A-Z][\w'’-]+\s+){1,4}(?:City\s+|District\s+|Borough\s+|County\s+)?Council(?:'|’)s)\s+"
    r"(?:[\w-]+\s+){1,5}?(?:cctv|closed[- ]circuit\s+television(?:\s+\(cctv\))?|surveillance\s+camera)\s+"
    r"(?:systems?|schemes?|network|cameras)\b|"
    # Welsh: "Mae gan Gyngor Sir X gamerâu" (X Council has cameras)
    r"\bmae\s+gan\s+(?:y\s+)?gyngor\b[^.\n]{0,80}?\b(?:g|ch|ngh|c)?amer[aâ]u\b|"
    # ... or cameras put up by its sites: "camerâu sydd wedi'u gosod gan safleoedd unigol y Cyngor" (cameras installed by the
    # Council's individual sites, a county borough's Welsh privacy notice, real-text round 49)
    r"\b(?:g|ch|ngh|c)?amer[aâ]u\b[^.\n]{0,40}?\bgosod\s+gan\s+(?:[\w'’-]+\s+){0,3}?y\s+(?-i:Cyngor)\b"
)

# On a CCTV page, the council as the subject of a paragraph that names CCTV: "The council is committed to
# respecting privacy ... the CCTV cameras ... the information the system gathers". Singular and
# definite: "councils argue" or "many councils use CCTV" speak of councils in general.
COUNCIL_SPEAKS = (
    r"\bthe\s+(?:council|authority)\s+(?:is\s+committed|is\s+responsible|recognises|believes|accepts|aims|"
    r"will\s+(?:only|not|ensure|always)|has\s+(?:a|an|adopted|installed|introduced))\b"
)

# The council's own cameras watched from a control room, without the word CCTV: "Our cameras are monitored
# on our behalf by a neighbouring council's control room" (held-back web 10's Preston, its only sentence)
# A place's cameras run for the council by those who manage it: "The centre's cameras are run for the council by the security team
# in the [centre's] management suite" (the page of a shopping centre the council owns, held-back web 352's Chorley). Both a term
# naming the cameras (MONITORED_OWN_CAMERAS) and a cue that they are the council's (vocab.OWN_CUES).
CAMERAS_RUN_FOR_THE_COUNCIL = r"\bcameras\s+(?:are|is)\s+(?:run|operated|monitored|managed|watched)\s+(?:for|on\s+behalf\s+of)\s+(?:the|this)\s+council\b"

MONITORED_OWN_CAMERAS = (
    # ("The borough council's street cameras in [two towns] are recorded at the Town Hall": held-back web 50's Epsom)
    r"\b(?:our|the\s+(?:borough\s+|district\s+|county\s+|city\s+)?council(?:'|’)s|the\s+authority(?:'|’)s)\s+(?:[\w-]+\s+){0,2}?"
    r"cameras\b[^.\n]{0,80}?\b(?:monitored|control\s+room|(?:watched|recorded)\s+(?:at|in|from|by))\b|"
    # the street cameras watched by the council's own people: "Street cameras in the East Riding are watched by our own
    # staff at the council's monitoring centre" (held-back web 35); an enforcement camera is never watched
    r"\b(?:street|public[- ]space)\s+cameras\b[^.\n]{0,80}?\b(?:watched|monitored)\b[^.\n]{0,60}?"
    r"\b(?:our|the\s+council(?:'|’)s|the\s+authority(?:'|’)s)\b|"
    # the council's own room for its cameras: "Our camera control centre at the Town Hall is staffed by council operators"
    # (held-back web 49's Tower Hamlets)
    r"\b(?:our|the\s+council(?:'|’)s)\s+(?:cctv\s+|street\s+)?camera\s+(?:control\s+(?:room|centre|center)|"
    r"monitoring\s+(?:centre|center|room|suite))\b|"
    # the council's own team and how many cameras it watches: "Our team watches more than 350 cameras 24 hours a day"
    # (held-back web 60's Runnymede); never the enforcement cameras
    r"\b(?:our|the\s+council(?:'|’)s)\s+(?:[\w-]+\s+){0,2}?(?:team|operators|staff|control\s+(?:room|centre))\s+"
    r"(?:watch(?:es)?|monitors?)\s+(?:more\s+than\s+|over\s+|around\s+|about\s+|some\s+|nearly\s+)?\d[\d,]*\s+"
    r"(?!(?:speed|enforcement|traffic|bus|anpr|parking)\b)(?:[\w-]+\s+){0,2}?cameras\b|" + CAMERAS_RUN_FOR_THE_COUNCIL
)

# Council cameras said to cover a place, in a camera term and an own cue alike (analysis.vocab): "Council cameras record the
# play area" (held-back web 255's Rother), "A council camera watches the slipway barrier" (web 391's Adur), "[X] Borough Council
# cameras now cover the promenade" (web 409's Eastbourne); never a town's, a parish's or a community council's
COUNCIL_CAMERAS_COVER = (
    r"(?<!town\s)(?<!parish\s)(?<!community\s)\bcouncil\s+(?:cctv\s+)?(?:cameras\s+(?:now\s+|also\s+)?(?:record|cover|watch|"
    r"monitor|film)|camera\s+(?:now\s+|also\s+)?(?:records|covers|watches|monitors|films))\b"
)

# Cameras joined to the council's own recording or watching, in a report on a funded project: "five cameras … all linked to
# the Council's control room", "five new cameras …, recording to the Council's existing system", "four cameras … will be added
# to the Council's system", "four cameras, a wireless link to the Council's recording suite" (real-text round 122's grant
# reports and final reports, which never say "CCTV"). The council's system is what the cameras join: its own cameras.
CAMERAS_JOINED_TO_OWN = (
    r"\bcameras\b[^.\n]{0,120}?\b(?:(?:linked|connected|added|recording|recorded|wired|joined)\s+(?:in\s+)?to|(?:a\s+)?"
    r"(?:wireless\s+|radio\s+|fibre\s+)?link\s+to)\s+(?:the\s+)?(?:council(?:'|’)s|our)\s+(?:existing\s+|own\s+|main\s+|central\s+)?"
    r"(?:cctv\s+)?(?:control\s+room|system|network|recording\s+(?:suite|equipment|system)|recorders?|monitoring\s+(?:room|"
    r"centre|suite))\b"
)

# A principal council said to own or run the cameras in so many words, without "CCTV": "[X] County Council owns the cameras in
# [four towns], and they are monitored at police headquarters" (a cabinet member's written answer, real-text round 121); never
# a local council's ("The town council owns the cameras"), nor enforcement cameras
COUNCIL_OWNS_CAMERAS = (
    r"(?<!town\s)(?<!parish\s)(?<!community\s)(?<!city\stown\s)\bcouncil\s+(?:owns|operates|runs|manages)(?:\s+and\s+(?:operates|runs|manages|monitors|maintains))?\s+"
    r"(?:all\s+)?(?:the|its)\s+"
    r"(?!(?:speed|enforcement|traffic|bus|anpr|parking|body|doorbell)\b)(?:[\w-]+\s+){0,2}?cameras\b"
)

# A centre that watches the council's own cameras by their count, whatever else it sells: "[The centre] already watches the
# council's 220 public space cameras" (a traded service page), "The same centre monitors the borough's 264 street cameras"
# (an alarm receiving page; real-text round 119's North East Lincolnshire and Redbridge)
OWN_CENTRE_WATCHES = (
    r"\b(?:watch(?:es)?|monitors?)\s+(?:all\s+)?the\s+(?:council|borough|city|district|county)(?:'|’)s\s+"
    r"(?:\d[\d,]*\s+)?(?:public[- ]space|street|town[- ]centre|cctv)\s+(?:cctv\s+)?cameras\b"
)

# A local council named: a town's, a parish's or a community's cameras are its own, not the principal
# council's (read in titles and committee heads)
LOCAL_COUNCIL_NAME = r"\b(?:town|parish|community)\s+council\b|\bcyngor\s+(?:tref|cymuned)\b"
# ... and one by its name: "[Town] Town Council", "Upper [X] Parish Council" (case kept: the name is capitalised)
NAMED_LOCAL_COUNCIL = r"(?-i:\b(?:[A-Z][\w'’-]+\s+){1,3}(?:Town|Parish|Community)\s+Council\b)"

# A place said to be in view of the council's own cameras: "Both ranks are within view of our town centre CCTV cameras",
# "in view of the council's own cameras" (held-back webs 97 and 100: taxi ranks on a licensing page)
IN_VIEW_OF_OWN_CAMERAS = (
    r"\b(?:in|within)\s+(?:full\s+)?view\s+of\s+(?:our|the\s+council(?:'|’)s)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:cctv\s+)?"
    r"cameras\b"
)

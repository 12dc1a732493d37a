"""Which blocks of a page speak of the council's own CCTV: the region 5.1 reads.

Split from info.py. A focused page (a CCTV page) is read whole; any other page only under a CCTV heading,
in its CCTV paragraphs and the contact line after them. Paragraphs that speak of a decoy, or of a
council saying it runs no cameras, are left out unless the council's own cameras remain beside it.
"""

from __future__ import annotations

import re

from .contact_route import CONTACT_ROLE, find_phone
from .context import is_same_council
from .decoys import decoy_block_positions, landlord_only, names_another_issuer, without_decoy_sentences
from .info_owned_places import council_owns_place_cameras
from .info_denials import not_the_councils, others_partnership, own_beside_denial, without_denials
from .segments import Block, BlockText, sections_of
from .vocab import CCTV_TERM, CCTV_TITLE, ON_COUNCILS_BEHALF, OWN_CUES
from .vocab_criteria import ALSO_WATCHES_OTHERS, CRITERIA
from .vocab_own import MONITORED_OWN_CAMERAS

__all__ = [
    "OTHER_CAMERAS_TITLE",
    "OUR_CAMERAS",
    "PLACE_CAMERAS_KEPT",
    "PREMISES_CAMERAS",
    "PUBLIC_CAMERAS_STATED",
    "not_the_councils",
    "region_of",
]

_MONITORED_OWN = re.compile(MONITORED_OWN_CAMERAS, re.I)

# Cameras at the council's own premises, on its own site's page about them ("Visiting the council offices":
# "cameras cover the reception area and car park", held-back web 17's Bolsover): the council's building
# cameras, though the paragraph names neither CCTV nor the council. Only in an audit of the council's own
# site (a context given): pasted text could be anybody's building.
# A place the council runs for the public, whose page speaks of its cameras as the council's (no other operator named)
_VENUE = (
    r"(?:theatres?|museums?|art\s+galler(?:y|ies)|market\s+halls?|indoor\s+markets?|cemeter(?:y|ies)|crematorium|harbour|marina|"
    r"bus\s+station|community\s+cent(?:re|er)s?|visitor\s+cent(?:re|er)|country\s+parks?|arts\s+cent(?:re|er)|"
    # (or the council's own event: "CCTV is used at the event", held-back web 97's Oadby and Wigston fun day)
    r"event(?:\s+(?:field|site))?|festival(?:\s+site)?)\b"
)
# A place's cameras and, in the same paragraph, how long their recordings are kept: the operator's own account of cameras it
# runs, whatever the place ("Cameras record all public areas of the library during unstaffed hours … The recordings are held by
# [the] Council for 30 days", a library's extended access page; "the council has fitted cameras to the outside of the block …
# Recordings are kept for 31 days", a public toilets page; a crematorium's privacy notice, a market hall's page: real-text
# round 123). Who the operator is, the decoys decide.
PLACE_CAMERAS_KEPT = re.compile(
    # (never cameras said to be run by somebody else: "The station's cameras are operated by the train company, and recordings
    # are held for 31 days", a train operator's reply, real-text round 21)
    r"\bcameras?\b(?![^\n]{0,300}?\b(?:operated|owned|run|managed|installed)\s+by\s+(?:the\s+|a\s+|its\s+)?"
    r"(?!(?:city\s+|borough\s+|district\s+|county\s+)?council\b)(?!us\b)[\w-]+)"
    r"[^\n]{0,300}?\b(?:the\s+)?(?:recordings|footage|images|recorded\s+images)\s+(?:are|is)\s+(?:only\s+)?"
    r"(?:kept|held|stored|retained)\s+(?:by\s+(?:us|(?:the\s+)?(?:[\w'’-]+\s+){0,3}?council)\s+)?for\s+(?:up\s+to\s+)?(?:\d+|one|two|three|four|a|seven|fourteen|"
    r"twenty-eight|thirty|thirty-one)\s+(?:calendar\s+)?(?:days?|weeks?|months?)\b",
    re.I,
)
PREMISES_CAMERAS = re.compile(
    # a facility's cameras and how long they keep their recordings, on the council's page about the facility: "Market cameras
    # keep footage for 14 days" (a market's page, held-back web 331's South Norfolk), "recordings from the reception and car
    # park cameras are kept for 30 days" (a visiting page, held-back web 327's South Derbyshire)
    r"\b(?:market|car\s+park|reception|civic\s+offices?|leisure\s+centre|depot|cemetery|crematorium)\s+(?:cctv\s+)?cameras\s+"
    r"(?:keep|hold|store|retain)\s+(?:their\s+|its\s+)?(?:footage|recordings|images)\b|"
    # (or a place named before them, in a correction of the period: "… said that recordings from the Ebley Mill car park cameras
    # were kept for 90 days. They are kept for 30 days", the council's office's visiting page, held-back web 394's Stroud)
    r"\brecordings\s+from\s+the\s+(?:(?!town\b|parish\b|police\b|[\w-]+(?:'|’)s\b)[\w-]+\s+(?:and\s+)?){1,4}(?:cctv\s+)?cameras\s+"
    r"(?:are|were)\s+(?:kept|held|stored|retained)\b|"
    # a place in view of the council's cameras: "Sessions at the [park's] pavilion are in view of the council's park cameras,
    # which record around the clock" (a holiday activities page, held-back web 393's Amber Valley, its one fact)
    r"\b(?:in\s+(?:full\s+)?view\s+of|covered\s+by|watched\s+by)\s+(?:the\s+(?:city\s+|borough\s+|district\s+|county\s+)?"
    r"council(?:'s|’s)|our)\s+(?:(?!town\b|parish\b|police\b)[\w-]+\s+){0,2}?(?:cctv\s+)?cameras\b|"
    # the council's blocks' cameras in its housing pages: "Communal cameras | Recording and undamaged; recordings are overwritten
    # after 30 days" (a block inspection checklist, held-back web 343's Castle Point); "temporary cameras on poles at both ends
    # of the site record around the clock" (a regeneration scheme's questions, web 343's North East Derbyshire)
    r"\b(?:communal|block|estate|stairwell)\s+(?:cctv\s+)?cameras\b[^.\n]{0,80}?\brecordings\s+are\s+(?:overwritten|kept|"
    r"deleted|held|stored)\b|"
    r"\b(?:temporary|mobile|redeployable|communal)\s+(?:cctv\s+)?cameras\b[^.\n]{0,60}?\brecord\s+(?:a?round\s+the\s+clock|"
    r"24\s+hours\s+a\s+day)\b|"
    # a council place's own page counting the cameras over its gates: "A camera watches the main gates and the car park" on
    # a cemetery's page (held-back web 165's North East Derbyshire, its one fact)
    r"(?:^|(?<=\n))\W*(?:a|one|two|three|four|five|six|\d+)\s+(?:cctv\s+|security\s+)?cameras?\s+(?:now\s+)?(?:watch(?:es)?|covers?|"
    r"overlooks?)\s+the\s+(?:main\s+|front\s+|two\s+)?(?:gates?|entrances?|car\s+parks?|chapel|grounds|play\s+areas?|courts|"
    r"pavilion|toilets|paths)\b|"
    # ... or a project's before-and-after row for a council park: "Cameras | None | Five cameras covering the park's key areas and
    # attractions" (a park improvements page, held-back web 416's Lancaster, its one fact)
    r"(?:^|(?<=\n)|(?<=\|\s)|(?<=\bnone\s))\W*(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:new\s+)?(?:cctv\s+|security\s+)?"
    r"cameras?\s+(?:now\s+)?(?:watch(?:es|ing)|cover(?:s|ing)|overlook(?:s|ing))\s+the\s+(?:park|site|grounds|square|precinct|"
    r"cemetery|gardens?|playground|promenade)(?:'s|’s)?\b|"
    # the council's own movable cameras, said in its own voice: "We move twenty covert cameras between fly-tipping hotspots
    # around the district" (held-back web 164's West Oxfordshire, its one fact on the fly-tipping page)
    r"\bwe\s+(?:move|moves|deploy|rotate|use|have|put\s+up|install)\s+(?:[\w-]+\s+){0,2}?(?:covert|redeployable|re-deployable|"
    r"mobile|deployable|hidden|portable)\s+(?:cctv\s+)?cameras\b|"
    # ... or its team's: "Our Community Safety Team can put up its mobile safety camera to record an anti-social behaviour hot
    # spot" (held-back web 348's Wyre Forest, its one fact)
    r"\b(?:our|the\s+council(?:'s|’s))\s+(?:[\w-]+\s+){0,3}?(?:team|officers|wardens)\s+(?:can|will|may)\s+(?:put\s+up|install|"
    r"deploy|move)\s+(?:its|our|their|a|the)\s+(?:mobile|redeployable|re-deployable|deployable|portable|temporary)\s+(?:safety\s+|"
    r"cctv\s+|security\s+)?cameras?\b|"
    # (or record them: "Cameras record the visitor car park and the reception area around the clock", a visiting page, held-back
    # web 344's Tewkesbury)
    r"\b(?:cctv|cameras?)\b[^.\n]{0,40}?\b(?:covers?|watch(?:es)?|record|operates?\s+(?:in|at|throughout)|"
    r"(?:is|are)\s+(?:in\s+operation|in\s+use|installed)\s+(?:in|at|throughout|around))\s+(?:the\s+|our\s+|this\s+)?"
    r"(?:(?:main|public|ground[- ]floor|visitor|visitors(?:'|’)|staff|customer)\s+)?(?:reception(?:\s+areas?)?|car\s+parks?|"
    r"buildings?|entrances?|foyers?|"
    r"public\s+areas|offices|customer\s+service\s+(?:centres?|areas?)|council\s+offices|"
    # a multi-storey car park's own parts: "eight cameras now cover the stair cores, the lift lobby and both vehicle
    # entrances" (a regeneration project's questions page, held-back web 151's Lewes)
    r"stair\s*(?:cores?|wells?)|lift\s+lobb(?:y|ies)|(?:vehicle|pedestrian)\s+entrances?|"
    # a council park's own facilities: "Two CCTV cameras on 8 metre poles cover the recreation ground" (held-back web 157's
    # Chorley; a parish council's cameras there are the parish decoy's)
    # (or the park itself: "Two CCTV cameras on a column near the bandstand cover the park", a park's page, held-back web
    # 276's Hinckley and Bosworth)
    r"recreation\s+grounds?|play\s+areas?|skate\s+parks?|playing\s+fields?|park|"
    # (or the town centre a regeneration page's scheme put them in: "The 12-camera CCTV system installed in 2020 covers the
    # town centre", an improvements page, held-back web 294's Broxbourne)
    r"town\s+cent(?:re|er)|city\s+cent(?:re|er))\b|"
    # a council place's page saying a camera was put up there: "A mobile CCTV camera was put up here in 2023 beside the skate
    # area" (a parks finder's page, held-back web 209's Folkestone and Hythe); "the hall is covered by cameras watched from
    # the … CCTV hub" (a market hall's facilities, web 209's Hyndburn)
    r"\b(?:a|one|two|three|four|\d+)\s+(?:new\s+)?(?:mobile\s+|redeployable\s+|re-deployable\s+)?(?:cctv\s+)?cameras?\s+(?:was|were|has\s+been|"
    r"have\s+been)\s+(?:put\s+up|installed|fitted|added|mounted)\s+here\b|"
    # ("The park has been covered by CCTV cameras since August 2021", web 212's Hinckley and Bosworth)
    # ... or counted, fitted, watched where they stand, on the council's own page of the place: "There are 24 cameras
    # covering the malls and the service yard" (a council-owned shopping centre, held-back web 168's Chesterfield), "Cameras
    # were fitted at the cemetery gates after repeated damage" (web 199's Torridge), "Two cameras inside the ground and two
    # in the roads around it are watched 24 hours a day" (web 190's Great Yarmouth), "A CCTV column by the bandstand was
    # installed in 2021" (web 195's Hinckley and Bosworth), "recordings of yourself from the car park's cameras" (web 189's
    # Eastleigh), "from one of our cameras" (a subject access page, web 207's Epping Forest)
    r"\bthere\s+are\s+\d+\s+(?:cctv\s+)?cameras\s+(?:covering|watching|overlooking)\s+the\b|"
    # ("There are cameras on every level of the car park, recording 24 hours a day", a multi-storey's page, held-back web
    # 230's Newcastle-under-Lyme)
    r"\bthere\s+are\s+(?:\d+\s+)?(?:cctv\s+)?cameras\s+on\s+(?:every|each|all)\s+(?:levels?|floors?|decks?)\s+of\s+the\s+"
    r"(?:car\s+park|building|centre|market)\b|"
    r"\bcameras?\s+(?:were|was|have\s+been|has\s+been)\s+(?:fitted|installed|put\s+up|added|mounted)\s+(?:at|on|in|by|beside|around)\s+"
    r"the\s+(?:[\w-]+\s+){0,2}?(?:gates?|entrances?|grounds?|park|play\s+area|car\s+park|cemetery|hall|market|pavilion|square)\b|"
    r"\b(?:a|one|two|three|four|five|six|\d+)\s+cameras?\s+(?:inside|in|at|around)\s+the\s+(?:ground|park|site|hall|market|centre|"
    r"cemetery|car\s+park)\b[^.\n]{0,60}?\b(?:are|is)\s+(?:watched|monitored|recorded)\b|"
    r"\ba\s+cctv\s+(?:column|camera|mast|pole)\s+(?:by|beside|near|at|in|on)\s+the\s+[^.\n]{0,40}?\b(?:was|were|has\s+been)\s+"
    r"(?:installed|put\s+up|fitted|added)\b|"
    r"\brecordings?\s+of\s+yourself\s+from\s+(?:one\s+of\s+our|our|the\s+(?:[\w-]+\s+){0,2}[\w-]+(?:'s|’s))\s+(?:cctv\s+)?cameras\b|"
    # ... or asked of the council for them on its own access page: "If you want copies of CCTV images of yourself, tell us
    # where and when you were filmed" (a data protection page, held-back web 287's Bassetlaw)
    r"\b(?:copies|a\s+copy)\s+of\s+(?:cctv|camera)\s+(?:images|footage|recordings)\s+(?:of|showing)\s+(?:yourself|you)\b"
    r"[^.\n]{0,80}?\b(?:tell|ask|contact|send|write\s+to|email)\s+us\b|"
    # ("After repeated damage to graves, the cemetery gates are now covered by a camera that records around the clock", a
    # cemetery's page, held-back web 231's Amber Valley)
    r"\bthe\s+(?:market\s+|cemetery\s+|main\s+)?(?:hall|market|building|centre|park|ground|car\s+park|cemetery|gates?|chapel|"
    r"entrances?)\s+(?:is|are|has\s+been|have\s+been)\s+(?:also\s+|now\s+)?covered\s+by\s+(?:an?\s+)?"
    r"(?:cctv\s+)?(?:cameras?|cctv)\b|"
    # "a council camera on [the green] now watches over the windmill" (a heritage page, held-back web 156's Fylde)
    # (or counted: "Thirteen council cameras on poles cover the estate's streets", an estate's page, held-back web 289's
    # Cannock Chase; or owned so: "Cameras owned by the district council cover the car park", a car park's page, web 286's
    # Derbyshire Dales)
    r"\b(?:a|the|our|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"twenty)\s+council\s+(?:cctv\s+)?cameras?\s+(?:on|at|in|by)\s+[^.\n]{0,40}?\b(?:now\s+)?(?:watch(?:es)?|covers?|"
    r"monitors?|looks?)\s+(?:over\s+)?(?:the|our)\b|"
    r"(?:^|(?<=[.\n]))\W*(?:the\s+)?(?:cctv\s+)?cameras\s+(?:owned|run|installed)\s+by\s+the\s+(?:district\s+|borough\s+|city\s+|"
    r"county\s+)?council\s+(?:here\s+)?(?:watch|cover|record|monitor)\s+(?:the|this|our)\b|"
    # a council's works that added them: "The works also added two CCTV units near the station" (a regeneration project's
    # page, held-back web 156's Worthing)
    r"\bthe\s+(?:works?|scheme|project|improvements?)\s+(?:also\s+)?(?:added|installed|included|put\s+in)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:cctv\s+(?:cameras?|units?)|cameras?)\b|"
    # "Images recorded by our cameras at the Council Offices in [town] and in our car parks" (held-back web 31)
    r"\bour\s+(?:cctv\s+)?cameras\s+(?:at|in|on|around)\s+(?:the\s+|our\s+)?(?:council\s+offices|civic\s+cent(?:re|er)|"
    r"town\s+hall|car\s+parks?|reception|(?:council\s+)?buildings?|offices|entrances?|sites?)\b|"
    # security cameras at the doors of the council's buildings, a visitor's image caught by them, recordings of
    # visitors to a named office (held-back web 42: "the security cameras at the doors and in the car park" in a
    # visitors' privacy notice; "recorded by the cameras at [the council's offices]" under "Recordings from our offices")
    r"\bsecurity\s+cameras\s+(?:at|in|on|around)\s+(?:the\s+|our\s+)?(?:doors|entrances?|reception|car\s+parks?|buildings?|"
    r"offices|depots?)\b|\b(?:recorded|filmed|captured)\s+by\s+the\s+cameras\s+at\s+(?-i:[A-Z])|"
    # "Cameras at our buildings" over "Recordings from the cameras at the Civic Centre, libraries and depots are kept for
    # 30 days" in a general privacy notice (held-back web 43's Harrow)
    # ("Recordings from cameras at [two named offices] are kept for 28 days": held-back web 47's Ceredigion)
    r"\b(?:recordings|images|footage)\s+from\s+(?:the\s+)?cameras\s+at\s+(?:the\s+|our\s+)?(?-i:[A-Z])|"
    # "Pictures from our street and estate cameras are kept for 31 days" under "Recorded images" (held-back web 50)
    # (never the traffic cameras' live pictures: "Still images from our traffic cameras refresh every five minutes")
    r"\b(?:pictures|images|recordings|footage)\s+from\s+our\s+(?:(?!(?:traffic|speed|highways?|road|roads|journey|"
    r"webcams?|weather|bus|parking|anpr|enforcement|live|roadside)\b)[\w-]+\s+){0,3}?cameras\b"
    r"(?![^.\n]*\b(?:refresh\w*|before\s+you\s+travel|plan\s+your\s+journey|road\s+conditions|traffic)\b)|"
    # "Estate camera recordings are wiped automatically after 30 days" on a council housing page (held-back web 52)
    r"\b(?:estate|street|housing|town\s+centre|car\s+park)\s+camera\s+(?:recordings|footage|images|pictures)\s+(?:are|is)\b|"
    # ("Cameras at our multi-storey car parks and at [our] offices are watched for us by …": held-back web 55)
    r"\bcameras\s+(?:at|in|on)\s+our\s+(?:[\w-]+\s+){0,2}?(?:buildings|offices|premises|sites|depots|car\s+parks)\b|"
    # "The 16 digital cameras the council installed in [the town centre] record 24 hours a day" on a council property's page
    # (held-back web 142's Test Valley)
    # "Recordings made by the borough council's cameras are kept for 31 days" under "Safety on the seafront" (held-back web
    # 145's Eastbourne)
    r"\b(?:recordings|footage|images|pictures)\s+(?:made|taken|recorded)\s+by\s+the\s+(?:district\s+|borough\s+|city\s+|county\s+)?"
    r"council(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?cameras\b|"
    # "A camera on the pavilion wall looks over the courts and the car park" on the council's tennis courts page (held-back
    # web 146's Waverley)
    r"\b(?:a|the|our)\s+(?:cctv\s+|security\s+)?cameras?\s+(?:on|above|at)\s+the\s+(?:[\w-]+\s+){0,2}?(?:wall|roof|building|"
    r"pavilion|entrance|gates?)\s+(?:looks|look|watches|watch|covers|cover)\s+(?:over\s+)?(?:the|our)\b|"
    # "The district council now keeps a camera trained on the Valley Road site" on a cleared site's page (held-back web 149's
    # Forest of Dean)
    r"\b(?:the\s+(?:district\s+|borough\s+|city\s+|county\s+)?council|we)\s+(?:now\s+)?keeps?\s+(?:a|an|two|three|several)\s+"
    r"(?:cctv\s+|security\s+)?cameras?\s+(?:trained\s+on|on|over|watching|covering)\s+(?:the|this|our)\b|"
    r"\bcameras\s+(?:that\s+)?the\s+(?:district\s+|borough\s+|city\s+|county\s+)?council\s+(?:has\s+)?(?:installed|put\s+up|"
    r"runs|operates|owns|paid\s+for)\b|"
    # a visitor's privacy notice: "Recordings from these building cameras are overwritten after 30 days", "When you visit
    # a council building you may be recorded by our cameras", a question about "cameras at a county building"
    # (held-back webs 38 and 44)
    r"\b(?:recordings|images|footage|pictures)\s+from\s+(?:these|our|the)\s+(?:building|office|premises|reception)\s+cameras\b|"
    r"\bvisit\s+(?:a|one\s+of\s+our|our|the)\s+(?:council\s+|county\s+)?(?:buildings?|offices?)\b[^.\n]{0,40}?\b(?:recorded|filmed)\s+"
    r"by\s+(?:our|the\s+council(?:'|’)s)\s+cameras\b|"
    r"\bcameras\s+(?:at|in)\s+(?:a|an|our|the)\s+(?:county|council)\s+(?:buildings?|offices?|premises)\b|"
    # a council-run place's page: "There is CCTV inside the market hall and over the car park behind it" (held-back web 9)
    r"\bthere\s+(?:is|are)\s+(?:cctv|cameras)\s+(?:inside|in|at|over|covering)\s+(?:the|our|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:market\s+hall|car\s+parks?|reception|buildings?|offices|depots?|bus\s+station)\b|"
    # a car park's facilities, CCTV among them: "Pay by phone, CCTV, toilets, disabled bays" (held-back web 13)
    r"\b(?:pay\s+(?:and|&)\s+display|pay\s+by\s+phone|toilets|disabled\s+bays|(?:ev|electric\s+vehicle)\s+charging)\b[^.\n]{0,40}"
    r",\s*cctv\b|\bcctv\s*,[^.\n]{0,40}\b(?:toilets|disabled\s+bays|(?:ev|electric\s+vehicle)\s+charging|pay\s+(?:and|&)\s+display|"
    r"pay\s+by\s+phone)\b|"
    # a council venue's own page: "CCTV is in operation throughout the theatre", "Camera warning signs are displayed at both
    # entrances to the theatre", "The cemetery is covered by CCTV" (held-back web 93's East Lindsey, whose one fact was
    # the signs on its theatre's page)
    r"\b(?:cctv|cameras?)\b[^.\n]{0,40}?\b(?:covers?|operates?\s+(?:in|at|throughout)|(?:is|are)\s+(?:in\s+operation|in\s+use|"
    r"used|installed)\s+(?:in|at|throughout|around))\s+(?:the\s+|our\s+|this\s+)?" + _VENUE + r"|"
    # the recordings of a council building's or a housing scheme's cameras: "Any camera recordings made at the Council
    # Offices are kept for 30 days", "Recordings from the scheme cameras are kept for 30 days", "Recordings from the
    # council's temporary camera tower on the event field are deleted" (held-back webs 97-100)
    r"\bcamera\s+recordings\s+(?:made|taken)\s+(?:at|in)\s+(?:the\s+|our\s+)?(?:council\s+offices|civic\s+cent(?:re|er)|town\s+hall|"
    r"offices|depots?|buildings?)\b|"
    r"\b(?:recordings|footage|images)\s+from\s+the\s+(?:scheme|estate|block|building|office|depot|car\s+park)\s+cameras\b|"
    r"\b(?:recordings|footage|images)\s+from\s+(?:our|the\s+council(?:'|’)s)\s+(?:[\w-]+\s+){0,2}?camera\s+(?:towers?|trailers?|"
    r"units?|systems?)\b|"
    r"\b(?:cctv|cameras?)\s+(?:warning\s+)?signs\s+(?:are|is)\s+(?:displayed|in\s+place|shown|posted|up)\s+(?:at|on|by|around|"
    r"throughout)\s+(?:both|all|each|every|the|our)?\s*(?:[\w-]+\s+){0,2}?(?:entrances?|doors|gates|building)\b"
    r"[^.\n]{0,30}?\b" + _VENUE + r"|"
    r"^\W*(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    + _VENUE
    + r"\s+(?:is|are)\s+(?:fully\s+)?covered\s+by\s+(?:cctv|cameras)\b|"
    # a council place's cameras by its name, on that place's page: "Footage from the harbour's camera system is kept for 14
    # days", "Recordings from the park's cameras are overwritten after 28 days", "The centre's camera system is run by the
    # district council's community safety team", "Camera recordings are kept for 30 days" on the council's theatre page,
    # "Signs at every entrance tell shoppers that recording cameras are in use" (held-back webs 91-94: harbours, parks,
    # business centres, theatres, market halls and windmills, each council's one fact)
    # ("Recordings from the building's CCTV are kept for 30 days" in a council's room hire conditions, held-back web 143's
    # Mid Devon)
    r"\b(?:recordings|footage|images|pictures)\s+from\s+the\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:'s|’s)\s+(?:cctv\s+|security\s+)?"
    r"(?:cameras|camera\s+system|cctv(?:\s+system)?)\b|"
    r"\bthe\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:'s|’s)\s+(?:cctv\s+|security\s+)?(?:cameras|camera\s+system)\s+(?:is|are)\s+"
    r"(?:run|operated|managed|monitored|watched|recorded)\s+by\s+(?:us|our|the\s+(?:(?:district|borough|city|county)\s+)?council)\b|"
    r"^\W*(?:cctv\s+|security\s+)?camera\s+(?:recordings|footage)\s+(?:are|is)\s+(?:kept|held|stored|retained|overwritten|"
    r"deleted|erased|wiped)\b|"
    # ("Signs at the entrances to the offices and the car park tell you that CCTV recording is in operation" on a council
    # office's visiting page, held-back web 178's Waverley; never signs on a home, a shop or a licensed premises)
    r"\b(?:signs|notices)\b(?![^.\n]*\b(?:your|home|homes|neighbour\w*|shops?|premises|licen[cs]e\w*|must|should)\b)"
    r"[^.\n]{0,60}?\btell\s+(?:you|visitors|shoppers|customers|users|residents|the\s+public|people|drivers)\s+"
    r"that\s+(?:cctv(?:\s+recording)?|(?:recording\s+|security\s+)?cameras)\s+(?:is|are)\s+in\s+(?:use|operation)\b|"
    # what the council's cameras recorded, said to a resident: "If one of our cameras recorded the area, its recordings are
    # kept for 31 days" on an anti-social behaviour page (held-back web 93's South Gloucestershire); never an enforcement
    # camera's record of a vehicle
    r"\bour\s+cameras\s+(?:recorded|record|captured|filmed)\b(?![^.\n]{0,80}\b(?:bus\s+lanes?|vehicles?|parking|speed|penalty|"
    r"contravention|traffic|number\s+plates?)\b)|"
    # the council's own vehicles' cameras: "A number of our bin lorries are fitted with cameras", "Every gritter and
    # highway inspection van carries forward and rear facing cameras" (held-back webs 12 and 20)
    # one fact of a council place's cameras in a sentence that names no other owner and no private camera: "CCTV
    # recordings made at the park are kept for 14 days", "The cemetery's CCTV recordings are kept for 14 days", "A sign
    # at the front door tells visitors that CCTV is in operation" (held-back webs 95-96: a country park, a cemetery, a
    # community centre, each council's one fact)
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?![^.\n]*\b(?:you|your|home|homes|doorbell|neighbour\w*|taxis?|private\s+hire|vehicles?|dash\w*|"
    r"police|constabulary|parish|town\s+council|community\s+council|trust|school|academy|hospital|university|shops?|stores?|"
    r"retailers?|landlords?|business(?:es)?|premises\s+licen[cs]e\w*|licen[cs]e\s+holders?|applicants?|contractors?)\b)"
    # (nor cameras the sentence gives to anyone but the council: "Sites are covered by cameras run by our contractor", a
    # county's recycling centres in held-back web 22)
    r"(?![^.\n]*\b(?:run|operated|owned|managed|provided|installed)\s+by\s+(?!us\b|our\s+(?:own\s+)?(?:cctv|camera|"
    r"community|control)|the\s+(?:[\w-]+\s+)?council\b))(?:"
    r"[^.\n]*?\b(?:cctv|camera)\s+(?:recordings|footage|images)\b[^.\n]{0,60}?\b(?:kept|held|stored|retained|deleted|"
    r"overwritten|erased|wiped)\b[^.\n]{0,30}?\b\d+\s+days\b|"
    # ("Recordings from library CCTV are kept for 30 days" in a library's code of conduct, held-back web 163's Warwickshire)
    r"[^.\n]*?\b(?:recordings|footage|images)\s+(?:from|made\s+by|taken\s+by)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:cctv|cameras?|"
    r"camera\s+(?:columns?|systems?|towers?|units?))\b[^.\n]{0,60}?\b(?:kept|held|stored|retained|deleted|overwritten|erased|"
    r"wiped)\b[^.\n]{0,30}?\b\d+\s+days\b|"
    # ("Security: signs at every entrance show where camera recording is in use", a leisure centre's membership terms, held-back
    # web 163's South Ribble)
    r"[^.\n]*?\b(?:signs?|notices?)\b[^.\n]{0,60}?\b(?:cctv|cameras?)(?:\s+recording)?\s+(?:is|are)\s+(?:in\s+(?:operation|use)|"
    r"recording|operating)\b|"
    # ... the cameras counted or named as what covers the place: "Security 22 cameras cover every floor, the stairwells and
    # the pay machines" in a car park's facts table, "The market hall and its entrances are covered by the town centre's
    # CCTV cameras" (held-back web 103: Preston, Watford)
    r"[^.\n]*?\b\d[\d,]*\s+(?:cctv\s+|security\s+)?cameras\s+(?:now\s+)?(?:cover|watch|overlook|monitor)\b|"
    # ... or said to watch the place and record: "Cameras watch the courtyard and the car park at [a council museum] and
    # record day and night" (held-back web 118's Powys, under a Welsh-only "Teledu cylch cyfyng" heading)
    r"[^.\n]*?\b(?:cctv\s+)?cameras\s+(?:watch|cover|overlook|look\s+over)\b[^.\n]{0,80}?\brecords?\s+(?:24\s+hours|"
    r"day\s+and\s+night|around\s+the\s+clock|round\s+the\s+clock|continuously)\b|"
    r"[^.\n]*?\b(?:is|are)\s+(?:also\s+)?(?:covered|watched|overlooked|monitored)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:[\w-]+(?:'s|’s)\s+)?(?:cctv\s+)?(?:cctv|cameras)\b)|"
    # a place the council runs said to have CCTV and how soon its recordings go: "The hostel has CCTV, and recordings are
    # deleted after 14 days" (the council's hostel page, held-back web 375's Mid Devon)
    r"\bthe\s+(?:hostel|refuge|day\s+centre|depot|hall|pavilion|library|museum|market|crematorium|cemetery|harbour|marina)\s+"
    r"has\s+(?:cctv|(?:security\s+|cctv\s+)?cameras)\b[^.\n]{0,40}?\b(?:recordings|footage|images)\s+(?:are|is)\s+"
    r"(?:deleted|overwritten|erased|wiped|kept|held|stored)\s+(?:after|for|within)\b|"
    # ... or its office watching a part of it on its cameras: "The harbour office watches the [town] pontoon and the fuel berth
    # on its cameras around the clock" (a district's harbour page, held-back web 374's South Hams)
    r"\bthe\s+(?:harbour|market|marina|site|depot|park|cemetery|centre|hostel)\s+(?:office|team|staff|master|manager)\s+"
    r"watch(?:es)?\s+[^.\n]{0,80}?\bon\s+(?:its|their)\s+(?:cctv\s+|security\s+)?cameras\b|"
    # ... or a project's list of what it delivered: "Twenty new high-definition cameras covering [the town] centre and [a
    # park]", "A high-definition camera with a powerful zoom covering the Market Place", "2 CCTV cameras on a new column by the
    # bandstand" (a regeneration page and a fund's spend table, held-back webs 376's Hinckley and Bosworth, 377's Amber Valley
    # and Babergh)
    # (the item opens its line or cell: "[the force] have installed two CCTV cameras on a new column" is the force's)
    r"(?:^|(?<=\n)|(?<=[|;]\s)|(?<=\d\s))\W*(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|\d+)\s+(?:new\s+)?"
    r"(?:(?:cctv|high[- ]definition|hd)\s+){1,2}cameras?\b(?:\s+with\s+[^.\n]{0,40}?)?\s+(?:covering|on\s+(?:a\s+)?(?:new\s+)?"
    r"(?:columns?|poles?|masts?|lamp\s*posts?|lamp\s*columns?))\b|"
    r"\b(?:bin\s+lorries|refuse\s+(?:vehicles|lorries|trucks|collection\s+vehicles)|gritters?|fleet\s+vehicles|"
    r"highway\s+(?:inspection\s+)?(?:vans|vehicles))\b[^.\n]{0,60}?\b(?:fitted\s+with|carr(?:y|ies)|have|has)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:cameras|cctv)\b",
    re.I,
)

# Public space cameras stated on the council's own community safety page, whoever watches them: "Cameras in the
# centres of [three towns of the district] are monitored by [the force]", "More than 200 cameras look over
# public spaces … across the city" (held-back webs 23-24; web 16's Elmbridge named itself, these do not).
# Only in an audit of the council's own site: somebody else's cameras are said to be theirs (the denials: analysis/info_denials.py).
# Each statement opens its line or a sentence (_OPENS): a figcaption names the view before it ("The main gates. Two cameras
# cover the ground and the Sandown Road entrance.", held-back web 173's Great Yarmouth).
_OPENS = r"(?:^|(?<=[.!?] ))\W*"
PUBLIC_CAMERAS_STATED = re.compile(
    # the cameras in named towns said to be watched from somewhere: "The cameras in Great Malvern, Malvern Link and Barnards
    # Green are watched from Pershore by [a neighbour] under our shared service" (held-back web 174's Malvern Hills); never a
    # town or parish council's
    _OPENS
    + r"the\s+cameras\s+(?:in|at|across)\s+(?-i:[A-Z])[^.\n]{0,80}?\s(?:are|is)\s+(?:watched|monitored|viewed)\s+"
    r"(?:from|by|at|in)\b(?![^.\n]{0,100}\b(?:town|parish|community)\s+councils?\b)|"
    # (an answer may open with its "Yes.": "Is the town centre covered by cameras? / Yes. 42 cameras cover the High
    # Street …", held-back web 42)
    + _OPENS
    + r"(?:yes[.,]?\s+)?(?:more\s+than\s+|over\s+|around\s+|about\s+)?(?:\d[\d,]*\s+|[a-z]+(?:-[a-z]+)?\s+)?(?:(?:public\s+space|cctv|town\s+centre|council)\s+){0,2}"
    # ("Five cameras now cover the park's main areas", held-back web 88's Lancaster)
    r"cameras\s+(?:now\s+|also\s+)?(?:in\s+the\s+(?:town\s+)?centres?\s+of|look\s+over|watch\s+over|cover|in\s+(?:the\s+)?(?:town|city)\s+centres?)\b|"
    # a count of the cameras across the place: "There are 87 cameras across [the city] and nearby villages", "Around
    # the borough there are 85 cameras fixed in permanent positions", "[Town] has 283 of our cameras keeping watch
    # over the town centre" (held-back web 27); never the enforcement cameras ("40 speed cameras across the county")
    + _OPENS
    + r"(?:(?:around|across|throughout)\s+the\s+(?:borough|district|city|town|county)\s*,?\s+)?(?:there\s+are|"
    r"(?-i:[A-Z][\w'’-]+)\s+has|the\s+(?:borough|district|city|town)\s+has|we\s+have)\s+"
    r"(?:about\s+|around\s+|more\s+than\s+|over\s+|some\s+|nearly\s+)?\d[\d,]*\s+(?:of\s+our\s+)?"
    r"(?!(?:speed|safety|enforcement|traffic|bus|anpr|red|parking|average|doorbell)\b)(?:[\w-]+\s+){0,2}?cameras\b"
    r"(?=[^.\n]{0,60}?\b(?:across|around|throughout|in\s+(?:the\s+)?(?:town|city|borough|district)|keeping\s+watch|"
    r"watching\s+over|fixed\s+in|permanent|town\s+centres?|city\s+centres?)\b)|"
    # a place the council looks after said to be watched: "[Town] market place is covered by cameras 24 hours a day" in
    # a market's questions (held-back web 43's Staffordshire Moorlands); never a lane or junction's enforcement camera
    # (or a list of them: "The depot yard, fuel store and vehicle workshop are covered by cameras that record around the
    # clock" on the council's depot page, held-back web 129's Gedling)
    + _OPENS
    + r"(?:(?!(?:bus|box|school|yellow|red|moving|traffic|speed|parking)\b)[\w'’-]+,?\s+){1,8}(?:is|are)\s+covered\s+by\s+"
    r"(?:cctv|(?:public\s+space\s+|our\s+|council\s+)?cameras)\b(?=[^.\n]{0,40}?\b(?:24\s+hours|day\s+and\s+night|"
    r"(?:a)?round\s+the\s+clock|monitored|watched|recorded|record)\b)|"
    # what the cameras now cover, said of the council's town centres: "New eyeball cameras with a powerful zoom now cover
    # the market places in [four towns]" (held-back web 46's Amber Valley)
    + _OPENS
    + r"(?:(?!(?:speed|safety|enforcement|traffic|bus|anpr|red|parking|average|doorbell|lane)\b)[\w-]+\s+){0,3}cameras\b"
    r"[^.\n]{0,40}?\b(?:now\s+|also\s+)?(?:cover|look\s+over|watch\s+over)\s+(?:the\s+|our\s+)?(?:market\s+(?:places?|squares?)|"
    r"town\s+cent(?:re|er)s?|city\s+cent(?:re|er)|high\s+streets?|shopping\s+(?:streets|areas|precincts?)|precincts?)\b|"
    # how many places they watch in named towns: "Static and deployable cameras now cover 12 sites in Leigh Park and
    # Havant" on an anti-social behaviour page (held-back web 57's Havant)
    + _OPENS
    + r"(?:(?!(?:speed|safety|enforcement|traffic|bus|anpr|red|parking|average|doorbell|lane)\b)[\w-]+\s+){0,4}cameras\b"
    r"[^.\n]{0,30}?\b(?:now\s+|also\s+)?(?:cover|watch)\s+\d+\s+(?:sites|locations|places|streets|areas|estates)\s+(?:in|across|"
    r"around)\s+(?-i:[A-Z])|"
    # a count of the cameras in the town that record: "The eight cameras on the hill and the main shopping street record
    # 24 hours a day and are not watched live" on the council's town centre page (held-back web 72's Burnley)
    # (or uncounted, where they are: "Cameras in the two multi-storey car parks record around the clock" under a car parks
    # table, held-back web 163's Welwyn Hatfield)
    + _OPENS
    + r"(?:the\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty(?:-[a-z]+)?)\s+)?"
    r"(?:(?!(?:speed|safety|enforcement|traffic|bus|anpr|red|parking|average|doorbell|lane|dash|body|home)\b)[\w-]+\s+){0,2}?"
    r"cameras\s+"
    r"(?:on|in|along|around|at|across)\b[^.\n]{0,80}?\b(?:record|are\s+recorded)\s+(?:24\s+hours|day\s+and\s+night|"
    r"around\s+the\s+clock|round\s+the\s+clock|continuously)\b|"
    # the council's own buildings said to be covered: "Entrances, stairwells and bin stores in our blocks of flats are
    # covered by cameras that record but are not watched live" on its housing page (held-back web 82's Bolsover)
    # (or its cameras there: "Recordings from the door-entry cameras in our blocks of flats are kept for 31 days", "the
    # security cameras in our car parks", held-back webs 84's Redditch and 83's East Hampshire)
    r"\bin\s+our\s+(?:[\w-]+\s+){0,2}?(?:blocks\s+of\s+flats|(?:tower\s+)?blocks|flats|estates|car\s+parks|buildings|offices|"
    r"sheltered\s+(?:housing\s+)?schemes)\s+(?:are|is)\s+covered\s+by\s+(?:cctv|cameras)\b|"
    # (or "Cameras covering our multi-storey car parks are watched from the … CCTV hub" on its car parks page, held-back
    # web 139's Burnley)
    r"(?<!doorbell\s)(?<!speed\s)\bcameras\s+(?:in|covering|at|on|watching)\s+our\s+(?:[\w-]+\s+){0,2}?(?:blocks\s+of\s+flats|(?:tower\s+)?blocks|flats|"
    r"estates|car\s+parks|buildings|offices|sheltered\s+(?:housing\s+)?schemes)\b|"
    # ... or how long its car park cameras' footage is kept, on its car parks page: "Footage from car park cameras is kept
    # for 30 days and then overwritten" (held-back web 82's Blaby)
    r"\b(?:footage|recordings|images|pictures)\s+from\s+(?:the\s+|our\s+)?(?:car\s+park|security|estate|"
    # ("Recordings from the pavilion entrance cameras are kept for 14 days" on its pavilion hire page, held-back web 129)
    r"(?:pavilion|entrance|reception|depot|office|building|hall|library|museum|theatre|market|leisure\s+centre)(?:\s+[\w-]+)?)\s+"
    r"cameras\b[^.\n]{0,40}"
    r"\b(?:kept|retained|stored|held|deleted|overwritten)\b|"
    # (or "Recordings from the cameras in the country park car park are kept for 31 days", held-back web 90's Eastleigh)
    r"\b(?:footage|recordings|images|pictures)\s+from\s+(?:the\s+|our\s+)?cameras\s+(?:in|at)\s+(?:the\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:car\s+parks?|country\s+parks?|parks?|leisure\s+centres?|markets?)\b[^.\n]{0,40}"
    r"\b(?:kept|retained|stored|held|deleted|overwritten)\b|"
    # a camera on a council site said to cover it and record: "A camera on the pavilion covers the play area and the
    # footpath … and records day and night" on a park's page (held-back web 87's Gosport)
    + _OPENS
    + r"(?:a|an|one|two|three|four|five|six|\d+)\s+(?:[\w-]+\s+)?cameras?\s+(?:on|at|in)\s+the\s+(?:[\w-]+\s+){0,3}?"
    r"covers?\b[^.\n]{0,100}\brecords?\s+(?:24\s+hours|day\s+and\s+night|around\s+the\s+clock|round\s+the\s+clock|"
    r"continuously)\b|"
    # the council's own cameras that it moves about, in its own voice: "We move two mobile cameras between fly-tipping
    # hotspots" on its fly-tipping page (held-back web 105's Lancaster)
    r"\bwe\s+(?:move|rotate|deploy|redeploy|put\s+up|install|site|use)\s+(?:up\s+to\s+)?(?:\d+|two|three|four|five|six|"
    r"several|a\s+number\s+of|a\s+few|our)\s+(?:(?:mobile|portable|redeployable|re-deployable|deployable|covert|overt|"
    r"hidden|temporary|rapid[- ]deployment)\s+)?(?:cctv\s+)?cameras\s+(?:between|at|around|in|across|to)\b[^.\n]{0,60}?"
    r"\b(?:fly-?\s?tipping|hot\s?spots?|dumping)\b|"
    # ... or in the passive, on the page of a place it runs: "Two redeployable camera units are moved around the park to
    # deter vandalism" on its park's page (held-back web 124's Malvern Hills)
    + _OPENS
    + r"(?:the\s+)?(?:\d+|two|three|four|five|six|several|a\s+number\s+of)\s+(?:mobile|portable|redeployable|re-deployable|"
    r"deployable|rapid[- ]deployment|temporary)\s+(?:cctv\s+)?(?:camera\s+units|cameras|camera\s+trailers)\s+(?:are|have\s+been)\s+"
    r"(?:moved|rotated|deployed|redeployed|placed|sited|used)\s+(?:around|between|across|in|at|to|on)\b|"
    # a row of the council's records retention schedule: "Facilities | CCTV recordings | 30 days | Overwritten automatically"
    # (held-back web 128's North Hertfordshire)
    r"\b(?:cctv|camera|surveillance\s+camera)\s+(?:recordings|footage|images)\s*\|?\s*(?:\d+|thirty|thirty-one|twenty-eight)\s+"
    r"(?:days|weeks|months)\b|"
    # a table row's record of cameras put up in a named street: "Seven CCTV cameras installed on Rayleigh High Street,
    # November and December 2023" on the council's partnership page (held-back web 127's Rochford); never by a town or
    # parish council
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:new\s+)?(?:cctv\s+)?cameras\s+(?:were\s+|have\s+been\s+)?"
    r"installed\s+(?:on|in|at|along|around)\s+(?-i:[A-Z])(?![^.\n]{0,80}\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:town|parish|community)\s+"
    r"council\b)|"
    # a council place said to be watched by the council's own camera: "The toilets in [a street] are covered by a council
    # camera at the entrance", "The car park is one of the places covered by the district council's CCTV cameras"
    # (held-back webs 116's Mid Sussex and 115's North Kesteven)
    r"\b(?:covered|watched|overlooked|monitored)\s+by\s+(?:a|an|the|two|three|four|\d+)\s+council(?:-run|-owned)?\s+(?:cctv\s+)?"
    r"cameras?\b|\b(?:covered|watched|overlooked|monitored)\s+by\s+(?:the\s+(?:district\s+|borough\s+|city\s+|county\s+)?"
    r"council(?:'|’)s|our)\s+(?:own\s+)?(?:(?!(?:traffic|speed|enforcement|parking|bus|anpr)\b)[\w-]+\s+){0,2}?cameras?\b|"
    # "Our camera on the corner of [a street] records throughout the evening" on an event's page (held-back web 117's Lewes)
    + _OPENS
    + r"our\s+(?:cctv\s+)?cameras?\s+(?:on|at|in|by|near|outside|over|above)\b[^.\n]{0,60}?\b(?:records?|is\s+recording|"
    r"are\s+recording|will\s+record)\b|"
    # a council place's cameras said to be kept working: "All the CCTV cameras at [a neighbourhood centre] are working and
    # are checked as part of a routine maintenance cycle" on its regeneration page (held-back web 135's Harlow)
    + _OPENS
    + r"(?:all\s+)?the\s+(?:cctv\s+)?cameras\s+(?:at|in|on)\s+(?-i:[A-Z])[^.\n]{0,40}?\s+(?:are|were)\s+(?:all\s+)?"
    r"(?:working|checked|maintained|serviced|repaired)\b|"
    # ... or what a programme's money bought: "The Safer Streets money also bought re-deployable CCTV cameras that can be
    # moved between hotspots" on the community safety partnership's page (held-back web 135's Reading)
    r"\b(?:money|funding|grant)\s+(?:also\s+)?(?:bought|paid\s+for|funded)\s+(?:(?:new|more|two|three|four|five|six|\d+)\s+)?"
    r"(?:mobile|portable|redeployable|re-deployable|deployable|rapid[- ]deployment)\s+(?:cctv\s+)?cameras\b|"
    # a council place's cameras and, in the same paragraph, how long their recordings are kept: "the [two] sites have cameras
    # at the gates. Recordings are kept for 28 days and then deleted" on its allotments page (held-back web 136's Gosport);
    # never the reader's own cameras (household advice speaks to "you") nor an enforcement camera
    r"\b(?:site|sites|gates?|entrances?|building|buildings|centre|park|parks|depot|yard|hall|pavilion|grounds|estate|block|"
    r"blocks)\s+(?:has|have)\s+(?:(?:\d+|two|three|four|several|new)\s+)?(?:cctv\s+|security\s+)?cameras\b"
    r"(?:(?!\byou(?:r)?\b)[^\n]){0,160}?\b(?:recordings|footage|images)\s+(?:are|is)\s+(?:kept|retained|stored|held)\s+for\s+"
    r"(?:up\s+to\s+)?(?:\d+|seven|fourteen|twenty-eight|thirty|thirty-one)\s+days\b|"
    # the district's cameras counted by what they led to: "operators watching the district's cameras completed 83 incident
    # reports, which contributed to 17 arrests" on the community safety partnership's page (held-back web 381's South
    # Holland, its one fact)
    r"\b(?:the\s+(?:district|borough|council|city)(?:'s|’s)|our)\s+(?:cctv\s+|public\s+space\s+)?cameras\b[^.\n]{0,80}?"
    r"\b\d+\s+(?:incidents?|incident\s+reports|arrests)\b",
    re.I | re.M,  # (read line by line: each block is a line of the page text)
)


# Under a "Cameras" heading, the council's cameras in its own words without "CCTV": "If you think our cameras
# have recorded you …", "We use cameras to deter …" (held-back web 19's Rochford and South Ribble)
OUR_CAMERAS = re.compile(
    # ("Before we put up any new camera on our land": held-back web 42's Wychavon)
    r"\bour\s+(?:[\w-]+\s+)?cameras\b|\bwe\s+(?:use|run|operate|own|have|monitor|installed|put\s+up)\s+(?:[\w-]+\s+){0,2}?"
    r"cameras?\b",
    re.I,
)
_ENDS_WITH_COLON = re.compile(r":\s*$")

# A question placing the cameras in a public place of the council's area, answered below without naming them again:
# "Why are there cameras on Fleet Road?" / "They are there to deter crime …" (held-back web 49's Hart). Only a street,
# a square or the town centre: "Can I put a camera on my house?" asks about somebody else's.
PUBLIC_CAMERA_QUESTION = re.compile(
    r"^\W*(?:why|where|who|what|when|how|are|is|do|does)\b[^?\n]{0,40}\b(?:cctv|cameras)\b\s+(?:on|in|at|around|along|over)\s+"
    r"(?:the\s+)?(?:town\s+cent(?:re|er)|city\s+cent(?:re|er)|high\s+street|market\s+(?:place|square)|"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)[^?\n]{0,40}\?\s*$",
    re.I | re.M,  # (read line by line: each block is a line of the page text)
)
_THEIR_RECORDINGS = re.compile(r"^\W*(?:the\s+)?(?:images|recordings|footage)\s+(?:recorded|captured|taken)\b", re.I)


# A heading over cameras that are not the public space system (officers' body cameras, vehicles' cameras):
# its paragraphs are not read whole as CCTV information.
OTHER_CAMERAS_TITLE = re.compile(
    r"\bbody[- ]?(?:worn|cams?|cameras?)\b|\bdash[- ]?cams?\b|\bvehicle\s+cameras?\b", re.I
)


# A "Contact us" panel further down a page that speaks of the cameras, naming their room ("Contact us" / "Monitoring
# centre" / "Telephone (24 hours): …"): the room's own line, the page's contact point for the cameras (held-back web
# 35's East Riding). Only a room or a CCTV role: a community safety team's box is not the cameras' contact.
_PANEL_HEADING = re.compile(
    r"^\W*(?:contact\s+(?:us|details|information)|get\s+in\s+touch|cysylltu\s+[aâ]\s+ni)\W*$", re.I
)
_ROOM_ROLE = re.compile(
    r"\b(?:cctv|camera)\s+(?:control\s+room|monitoring|team|manager|office|unit)\b|\bcontrol\s+room\b|"
    r"\bmonitoring\s+(?:centre|center|room|suite|hub)\b",
    re.I,
)


def _room_contact_panel(blocks: list[Block], chosen_idx: set[int]) -> set[int]:
    if not chosen_idx:
        return set()
    out: set[int] = set()
    for b in blocks[min(chosen_idx) + 1 :]:
        if not (b.heading and _PANEL_HEADING.search(b.text)):
            continue
        lines = blocks[b.index + 1 : b.index + 4]
        if any(_ROOM_ROLE.search(x.text) for x in lines[:2]):
            out |= {b.index} | {x.index for x in lines}
    return out


# a council naming itself as the landlord whose cameras record its blocks ("[X] Council records video at the main entrances …
# of its nine tower blocks", real-text round 31): read without the audited council's name, as `inspect` reads a text
_A_COUNCIL_RECORDS = re.compile(
    r"(?-i:\b[A-Z][\w'’-]+\s+)(?:(?-i:[A-Z][\w'’-]+)\s+){0,2}Council\s+(?:records|films|runs|operates|has\s+installed|installed|"
    r"monitors|uses)\b",
    re.I,
)


def region_of(
    blocks: list[Block], focused: bool, own_name: str | None = None, full_name: str | None = None
) -> tuple[list[Block], set[int]]:
    """The blocks that speak of the LA's CCTV (all of a focused page, else its CCTV parts),
    and the indices of those under a CCTV heading (read whole, like a focused page).

    ``own_name`` is the audited council's short name ("Ely" for nobody, "East Cambridgeshire"): with it,
    cameras said to be owned or run by another named council are somebody else's. ``full_name`` ("East Cambridgeshire
    District Council") tells which kind of council it is, so that "the city council's cameras" are another's."""
    bt = BlockText(blocks)
    section_idx: set[int] = set()
    if focused and own_name and any(_for_another_place(b.text, own_name) for b in blocks[:4]):
        # a shared website's page that says it is another council's alone ("This page applies to Eastbourne only" on the site
        # Lewes shares with Eastbourne, held-back web 266)
        return [], section_idx
    if focused and own_name and any(others_partnership(b.text, own_name) for b in blocks[:6]):
        # a partnership's leaflet that says other councils run it: all of it is theirs (held-back web 94's Hertfordshire)
        return [], section_idx
    if focused:
        chosen = list(blocks)
    else:
        chosen_idx: set[int] = set()
        for head, body in sections_of(blocks):
            if (
                head is not None
                and CCTV_TITLE.search(head.text)
                and not OTHER_CAMERAS_TITLE.search(head.text)
                and (
                    CCTV_TERM.search(" ".join([head.text] + [b.text for b in body[:3]]))
                    or OUR_CAMERAS.search(" ".join(b.text for b in body[:3]))
                )
            ):
                section_idx.add(head.index)
                section_idx.update(b.index for b in body)
        chosen_idx |= section_idx
        premises = (
            set(bt.indices(PREMISES_CAMERAS))
            | set(bt.indices(PUBLIC_CAMERAS_STATED))
            | set(bt.indices(PUBLIC_CAMERA_QUESTION))
            | {b.index for b in blocks[:400] if council_owns_place_cameras(b.text, full_name or "", own_name)}
            if own_name
            else set()
        ) | set(bt.indices(PLACE_CAMERAS_KEPT))
        for i in sorted(set(bt.indices(CCTV_TERM)) | set(bt.indices(_MONITORED_OWN)) | premises):
            b = blocks[i]
            chosen_idx.add(b.index)
            if _ENDS_WITH_COLON.search(b.text):
                section_idx.update(range(b.index, min(b.index + 8, len(blocks))))
                chosen_idx.update(range(b.index + 1, min(b.index + 8, len(blocks))))
        # the line after the cameras that says how to reach their room or team ("… call the control room on
        # 01685 000 190"): the contact point, though it does not say "CCTV" again (held-back web 11)
        # ... and the line after them about what they record ("Images recorded at our buildings are deleted after 30
        # days": held-back web 42's visitors' privacy notice)
        for i in sorted(chosen_idx):
            nxt = i + 1
            if (
                nxt < len(blocks)
                and len(blocks[nxt].text) < 300
                and (
                    CONTACT_ROLE.search(blocks[nxt].text)
                    or _THEIR_RECORDINGS.search(blocks[nxt].text)
                    or PUBLIC_CAMERA_QUESTION.search(blocks[i].text)
                    # (the answer under a question about the council's own premises cameras, held-back web 38)
                    or (blocks[i].text.rstrip().endswith("?") and PREMISES_CAMERAS.search(blocks[i].text))
                )
            ):
                chosen_idx.add(nxt)
        chosen_idx |= _room_contact_panel(blocks, chosen_idx)
        chosen = [b for b in blocks if b.index in chosen_idx]
    decoy_idx = {
        chosen[i].index
        for i in decoy_block_positions(BlockText(chosen))
        if not _own_beside_decoy(chosen[i].text, focused or chosen[i].index in section_idx)
        and not ((own_name or _A_COUNCIL_RECORDS.search(chosen[i].text)) and landlord_only(chosen[i].text))
    }
    denials = [
        b
        for b in chosen
        if not_the_councils(b.text, own_name, full_name) and not own_beside_denial(b.text, own_name, full_name)
    ]
    decoy_idx |= {b.index for b in denials}
    first = next((b for b in chosen if CCTV_TERM.search(b.text) and not b.heading), None)
    own_before = first is not None and any(
        not b.heading and b.index < first.index and _OWN_VOICE.search(b.text) and _CAMERA_ROOM.search(b.text)
        for b in chosen
    )
    if first is not None and denials and denials[0] is first and not own_before:
        # (not when the page has already spoken of its own operators and room: "The council employs its own team of
        # operators … in the control room" before "The control room also watches a camera owned by [a parish council]",
        # held-back web 279's Brentwood)
        # a page that opens by saying the cameras are not the council's ("The public space cameras in [two towns] are not
        # run by the district council. They belong to …"; "… stopped paying for town centre camera monitoring. The cameras
        # you may see in our towns now belong to other organisations") goes on about those cameras: who runs each, whom to
        # ask. Only a line in the council's own voice is still its own (held-back web 162's East Cambridgeshire and West
        # Berkshire)
        decoy_idx |= {
            b.index for b in chosen if b.index > first.index and not _OWN_VOICE.search(without_denials(b.text))
        }
    return [b for b in chosen if b.index not in decoy_idx], section_idx


_ONLY_FOR = re.compile(
    r"^\W*this\s+(?:page|section|information)\s+(?:applies|relates|is)\s+(?:only\s+)?(?:to|for)\s+"
    r"(?P<place>(?-i:[A-Z][\w'’-]+)(?:\s+(?:and\s+)?(?-i:[A-Z][\w'’-]+)){0,3})\s+only\b",
    re.I,
)


def _for_another_place(text: str, own_name: str) -> bool:
    m = _ONLY_FOR.match(text)
    return m is not None and is_same_council(m.group("place") + " Council", own_name) is False


_CAMERA_ROOM = re.compile(r"\bcontrol\s+room\b|\bcameras?\b|\boperators\b|\bmonitoring\b", re.I)
_OWN_VOICE = re.compile(
    r"\b(?:we|our|us)\b|\bthe\s+(?:district\s+|borough\s+|city\s+|county\s+)?council(?:'s|’s)\s", re.I
)


# What a CCTV page's paragraph tells of the recordings once a look-alike's sentence is taken out: on a CCTV
# page "You can ask to see recordings of yourself … Parking footage is dealt with by the parking team" is
# the council's subject access route without naming CCTV again (held-back web 18's Brent); "The cameras help prevent
# and detect crime; the team works with … taxi licensing" is what they are for (held-back web 25's Leeds)
_PAGE_FACTS = ("subject_access", "retention", "disclosure", "signage", "complaints", "purpose")


_ALSO_WATCHES_OTHERS = re.compile(ALSO_WATCHES_OTHERS, re.I)


def _own_beside_decoy(para: str, whole: bool = False) -> bool:
    """The paragraph still shows the council's own CCTV once its decoy sentences are taken out (on a CCTV
    page or under a CCTV heading, a fact about the recordings is enough)."""
    rest = without_decoy_sentences(para)
    if CCTV_TERM.search(rest) and OWN_CUES.search(rest):
        return True
    if ON_COUNCILS_BEHALF.search(para):
        return True  # a company named as running the council's cameras for it: a contractor, not another body's system
    if whole and _ALSO_WATCHES_OTHERS.search(para):
        return True  # the CCTV room also watching the traffic cameras: the council's other systems, not a look-alike
    if whole and CONTACT_ROLE.search(rest) and find_phone(rest):
        # the council's control room and its number, beside the cameras that are not the council's: "Not every camera … belongs
        # to the council. Transport for London runs the red route cameras … Each council camera carries a sign with the
        # direct telephone number of the control room: …" (held-back web 256's Southwark)
        return True
    return whole and not names_another_issuer(para) and any(CRITERIA[k].search(rest) for k in _PAGE_FACTS)


# On a CCTV page ("Access to CCTV images") a paragraph need not repeat "CCTV": its subject is the
# cameras, the system, or what they record.

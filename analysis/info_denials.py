"""Whose cameras a paragraph says they are not: the council's denials and other owners named.

Split from info_region.py (which reads the region 5.1 reads): a council saying it runs no public cameras, cameras said to
belong to the police, a town council or another named council, a partnership of other councils, the police deciding how
recordings are used; and what a paragraph still says of the council's own cameras once such sentences are taken out.
"""

from __future__ import annotations

import re

from .context import COUNCIL_NAME, is_same_council, names_council, short_council_name
from .segments import sentence_at
from .vocab import CCTV_TERM, OWN_CUES

__all__ = [
    "ROOM_SERVING_US",
    "disowned",
    "not_the_councils",
    "own_beside_denial",
    "without_denials",
    "others_partnership",
    "required_of_others",
    "run_by_others_not_us",
]


# A council saying it runs no public cameras ("Westmere District Council does not operate any CCTV cameras
# in public places; the town councils own the cameras in …") publishes nothing about a system of its own
# (held-back web 11: Derbyshire Dales, Northumberland); a fact about cameras it does run still counts.
_NO_CAMERAS_OF_ITS_OWN = re.compile(
    # (the recordings not the council's: "We do not hold the recordings, so please send requests for footage to [the force]"
    # after the cameras are said to be the force's, held-back web 269's Milton Keynes; not a retention limit, "… for longer
    # than 31 days")
    r"\b(?:we|the\s+council)\s+(?:do|does)\s+not\s+hold\s+(?:the\s+|any\s+)?(?:recordings|footage|images)\b"
    r"(?!\s+(?:for|beyond|longer|after|once))[^.\n]*|"
    # (the town councils running their own: "[Three] town councils run their own town centre cameras" on a district's
    # community safety page, held-back web 269's Wealden)
    r"\b(?:town|parish|community)\s+councils?\s+(?:run|runs|own|owns|operate|operates|manage|manages)\s+(?:their|its)\s+own\b[^.\n]*|"
    # (the cameras said to be the town councils': "… and the cameras, which always belonged to the town councils, are now
    # monitored by arrangements the town councils have made themselves", a unitary's fire service page, held-back web 262's
    # Cornwall)
    r"\b(?:cctv|cameras)\b[^.\n]{0,80}?\b(?:always\s+|now\s+)?(?:belong|belonged|belongs)\s+to\s+(?:the\s+)?(?:town|parish|"
    r"community)\s+councils?\b[^.\n]*|"
    # (owning none: "[The county] is not a party and owns no public space cameras", a districts' hub agreement hosted on the
    # county's site, held-back web 333's Oxfordshire; or none run since they were switched off: "… and has not run public
    # space CCTV since", a knowledge article's answer, held-back web 336's Bracknell Forest)
    r"\bowns?\s+no\s+(?:(?:public[- ]space|town[- ]centre|street)\s+)?(?:cctv|cameras)\b[^.\n]*|"
    # (or none at all in a place: "There is no public space CCTV in [the] town centre; shop cameras cover only their own
    # doorways", a walking route's safety notes, held-back web 419's West Devon)
    # (never a privacy line about rooms on the council's own page: "There are no cameras in changing areas", real-text rounds 13
    # and 47)
    r"\bthere\s+(?:is|are)\s+no\s+(?:public[- ]space|council|town[- ]centre|street)\s+(?:cctv|cameras)\b[^.\n]*|"
    r"\b(?:has|have)\s+not\s+(?:run|operated|owned)\s+(?:any\s+)?(?:(?:public[- ]space|town[- ]centre|street)\s+)?"
    r"(?:cctv|cameras)\b[^.\n]*|"
    # (handed over: "The city council no longer runs them", after the cameras are said to be the force's now, held-back web
    # 366's Oxford)
    r"\b(?:the\s+(?:(?:city|district|borough|county)\s+)?council|we)\s+no\s+longer\s+(?:runs?|operates?|owns?|manages?|"
    r"monitors?)\s+(?:them|the\s+cameras|(?:any\s+)?(?:(?:public[- ]space|town[- ]centre|street)\s+)?(?:cctv|cameras))\b[^.\n]*|"
    # (or runs none at all: "We do not run public space cameras, but the lesson … applies to our highways teams too", a
    # county's learning from another council's ombudsman case, held-back web 365's Norfolk)
    r"\b(?:we|the\s+(?:county\s+)?council)\s+(?:do|does)\s+not\s+(?:run|operate|own|have)(?:\s+or\s+(?:run|operate|own|manage|"
    r"monitor))?\s+(?:any\s+)?"
    r"(?:public[- ]space|town[- ]centre|street)\s+(?:cctv|cameras)\b[^.\n]*|"
    # (a contractor's own: "Our waste contractor runs its own cameras at the recycling centres it operates", a county's top
    # questions, held-back web 336's Hampshire)
    r"\b(?:contractor|operator|company)\s+(?:runs|operates|owns|manages)\s+its\s+own\s+(?:cctv\s+)?cameras\b[^.\n]*|"
    # (two councils sharing a site deny it together: "Neither council runs public space CCTV", held-back web 265's South
    # Norfolk and Broadland)
    r"\bneither\s+(?:council|of\s+the\s+(?:two\s+)?councils|authority)\s+(?:runs?|operates?|owns?|manages?|monitors?|has)\s+"
    r"(?:any\s+|an?\s+)?(?:(?:public[- ]space|town[- ]centre|street)\s+)?(?:cctv|cameras|camera\s+(?:system|network|scheme))\b[^.\n]*|"
    # (or has none of its own: "The district has no town centre camera scheme of its own", held-back web 295's South
    # Cambridgeshire)
    r"\b(?:the\s+(?:district|borough|county|city|council)|we)\s+(?:has|have)\s+no\s+(?:(?:public[- ]space|town[- ]centre|"
    r"street)\s+)?(?:cctv|camera|cameras)(?:\s+(?:system|network|scheme))?\s+of\s+(?:its|our)\s+own\b[^.\n]*|"
    # (the town's cameras said to be the force's: "They are not a council system" (a Welsh county's bilingual page, held-back
    # web 320's Pembrokeshire); "Town centre cameras in [a town] are the police's and are watched from their control room"
    # (held-back web 321's Rother))
    r"\b(?:they|these|the\s+cameras)\s+are\s+not\s+(?:a|the)\s+council(?:'s|’s)?\s+(?:system|scheme|cameras|service)\b[^.\n]*|"
    # (or plainly "not ours": "The airport's camera network is not ours", a district's page on the airport, held-back web
    # 331's Uttlesford)
    r"\b(?:cctv|cameras?|camera\s+(?:network|system|scheme))\b[^.\n]{0,40}?\b(?:is|are)\s+not\s+ours\b[^.\n]*|"
    r"\b(?:cctv|cameras)\b[^.\n]{0,60}?\b(?:are|is)\s+the\s+police(?:'s|’s)\b[^.\n]*|"
    # (a landlord told the cameras are its own: "If you do, you, not the Council, are the data controller for the recordings",
    # a city's guidance for landlords of shared houses, real-text round 89)
    r"\byou,?\s+not\s+the\s+council,?\s+(?:are|is|will\s+be)\s+(?:the\s+)?(?:data\s+)?controller\b[^.\n]*|"
    r"\blicen[cs]e\s+conditions\s+do\s+not\s+require\s+(?:cctv|cameras)\b[^.\n]*|"
    r"\b(?:complaints|concerns)\s+about\s+(?:landlords|neighbours|businesses|residents)(?:'|’)\s+cameras\b[^.\n]*|"
    # (a county sending the reader to the districts: "Town centre CCTV is a district and borough council service. Ask [three
    # councils] about cameras in their towns", a county's community safety page, held-back web 318's Suffolk)
    r"\b(?:(?:town|city)[- ]centre\s+|public[- ]space\s+)?(?:cctv|cameras)\s+(?:is|are)\s+(?:a|the)\s+(?:district|borough|city|town|"
    r"parish)(?:\s+(?:and|or)\s+(?:district|borough|city|town|parish))?\s+councils?(?:'|’)?\s+(?:service|responsibility|"
    r"matter)\b[^.\n]*|"
    # ("[The borough council] is not operating the camera": a government department's trial, real-text round 20)
    r"\b(?:council|we)\s+(?:is|are)\s+not\s+(?:operating|running|responsible\s+for)\s+(?:the|this|these|any)\s+"
    r"(?:[\w-]+\s+)?(?:cctv|cameras?)\b[^.\n]*|"
    # ("does not own or watch any town centre cameras", held-back web 145's East Sussex)
    # ("Powys County Council does not run a public space camera system", held-back web 206)
    r"\b(?:does|do)\s+not\s+(?:operate|run|own|manage|monitor|have)(?:\s+(?:or|and)\s+(?:operate|run|own|manage|monitor|watch|view))?"
    r"\s+(?:any\s+|an?\s+)?(?:(?:public[- ]space|town[- ]centre|street|its\s+own)\s+)?"
    r"(?:cctv|cameras|camera\s+(?:system|network|scheme)|surveillance)\b[^.\n]*|"
    # a place's own operator's: "The shopping centre's management company runs its own security control room and cameras"
    # (held-back web 207's Test Valley)
    r"\b(?:company|centre|center|landlord|owners?|operators?|trust|club|university|college|hospital)\s+(?:runs?|operates?|owns?)\s+"
    r"its\s+own\s+(?:[\w-]+\s+){0,3}?(?:cctv|cameras|control\s+room)\b[^.\n]*|"
    # a place's cameras disowned: "[The council] does not own or run the cameras inside [a shopping centre]" (real-text
    # round 16)
    r"\b(?:does|do)\s+not\s+(?:own|run)\s+(?:or\s+(?:run|own|operate|manage)\s+)?the\s+cameras\s+(?:in|inside|at|on|around)\b[^.\n]*|"
    # a council that gave its cameras up: "stopped running town centre CCTV in 2014", "no longer operates any
    # public space cameras" (Welsh "rhoi'r gorau i redeg" said the same: gave up running)
    # ("The county council stopped funding town centre CCTV in April 2014. The cameras now … belong to [the force]",
    # held-back web 135's Ceredigion)
    # ("stopped paying for town centre camera monitoring on 1 April 2016", held-back web 162's West Berkshire)
    r"\b(?:stopped|ceased|gave\s+up)\s+(?:running|operating|owning|monitoring|funding|paying\s+for)\s+(?:its\s+|the\s+|any\s+)?"
    r"(?:(?:public[- ]space|town[- ]centre|street)\s+)?(?:cctv|cameras|camera\s+monitoring|cctv\s+monitoring)\b[^.\n]*|"
    # the cameras said not to be the council's: "The public space cameras in [two towns] are not run by the district
    # council", "now belong to other organisations" (held-back web 162's East Cambridgeshire and West Berkshire)
    r"\b(?:cctv|cameras)\b[^.\n]{0,80}?\b(?:are|is)\s+not\s+(?:run|owned|operated|managed)\s+by\s+(?:the|this)\s+"
    r"(?:district\s+|borough\s+|city\s+|county\s+)?council\b[^.\n]*|"
    r"\b(?:cctv|cameras)\b[^.\n]{0,80}?\bnow\s+belong\s+to\s+other\s+(?:organisations|bodies|owners)\b[^.\n]*|"
    # cameras it cannot see: "The district council does not have access to them and cannot supply footage" (real-text
    # round 10: a county's traffic cameras on a district's page)
    # ("We do not own or view them; please contact the city council about them", held-back web 78's Nottinghamshire)
    r"\b(?:we|the\s+(?:county\s+|district\s+|borough\s+|city\s+)?council)\s+(?:do|does)\s+not\s+(?:own|run|operate|control)\s+"
    r"(?:or\s+(?:view|watch|see|monitor|run|operate|control)\s+)?(?:them|these|those|the\s+cameras)\b[^.\n]*|"
    # (or "does not own or have access to them", real-text round 11)
    r"\b(?:does|do)\s+not\s+(?:own\s+or\s+|run\s+or\s+)?have\s+access\s+to\s+(?:them|these|those|(?:the|these|those)\s+"
    r"(?:[\w-]+\s+)?cameras)\b[^.\n]*|"
    # ("The council no longer has fixed CCTV cameras in [the town]", held-back web 403's Malvern Hills)
    r"\bno\s+longer\s+(?:runs?|operates?|owns?|monitors?|has)\s+(?:any\s+|an?\s+)?(?:(?:public[- ]space|town[- ]centre|street|fixed|"
    r"permanent)\s+)?"
    # ("The council no longer operates a public space camera system", held-back web 151's Slough)
    r"(?:cctv|cameras|camera\s+system|cctv\s+system)\b[^.\n]*|\by\s+gorau\s+i\s+(?:redeg|weithredu)\s+(?:teledu\s+cylch\s+cyfyng|camer[aâ]u)\b[^.\n]*|"
    # Welsh "Nid yw Cyngor Sir [X] yn rhedeg system teledu cylch cyfyng" (does not run a CCTV system, held-back web 206's
    # Powys twin)
    r"\bnid\s+yw(?:['’]r)?\s+(?:cyngor|ni)\b[^.\n]{0,40}?\byn\s+(?:rhedeg|gweithredu|berchen\s+ar|monitro)\s+(?:unrhyw\s+)?"
    r"(?:system\s+)?(?:teledu\s+cylch\s+cyfyng|(?:c|g|ch|ngh)amer[aâ]u)\b[^.\n]*|"
    # ... or the cameras "yn perthyn i Heddlu …; nid yw'r cyngor sir yn berchen arnynt" (belong to the force; the county council
    # does not own them: a Cabinet Member's letter's Welsh twin, held-back web 228's Powys)
    r"\b(?:camer[aâ]u|teledu\s+cylch\s+cyfyng)\b[^.\n]{0,200}?\byn\s+perthyn\s+i\s+(?:heddlu|(?:g|ch)ynghorau\s+tref)\b[^.\n]*|"
    # (or the force named as the owner and runner: "Yr heddlu, nid y cynghorau sir, fydd yn berchen ar y system newydd ac yn ei
    # rhedeg" (the police, not the county councils, will own and run the new system), Welsh news, real-text round 82)
    r"\b(?:yr\s+heddlu|heddlu\s+(?-i:[A-Z])[\w'’-]+(?:[\s-]+(?-i:[A-Z])[\w'’-]+)?)\b[^.\n]{0,60}?\b(?:fydd|sydd|yw|sy['’]n)\s+"
    r"(?:yn\s+)?berchen\s+ar\b[^.\n]*|"
    r"\bnid\s+yw(?:['’]r)?\s+(?:cyngor|ni)\b[^.\n]{0,20}?\byn\s+berchen\s+(?:arnynt|arnyn\s+nhw|ar\s+y\s+camer[aâ]u)\b[^.\n]*|"
    # the cameras said to be someone else's: "The cameras in Carlisle and Workington belong to Cumbria
    # Constabulary", "CCTV in our towns is run by the borough and district councils …, not by the county
    # council" (held-back web 15's Cumberland and Warwickshire)
    # (the owner may come after a long list of towns: "Town centre cameras in Haverfordwest, Milford Haven, … and
    # Saundersfoot … are owned and watched by Dyfed-Powys Police", held-back web 61's Pembrokeshire)
    # (or "have been owned, run and maintained by Thames Valley Police", real-text round 12)
    # (or "belong to and are monitored by Sussex Police", web 298's Mid Sussex)
    r"\b(?:cctv|cameras)\b[^.\n]{0,200}?\b(?:belong\s+to(?:\s+and\s+(?:are\s+)?(?:run|monitored|watched|operated|managed)\s+by)?|"
    r"(?:have|has)\s+belonged\s+to|(?:are|is|have\s+been|has\s+been)\s+owned(?:,?\s+(?:and\s+)?\w+){0,3}?\s+by)\s+"
    r"(?:the\s+)?(?:[\w&-]+\s+){0,3}?"
    r"(?:police|constabulary|town\s+councils?|parish\s+councils?|district\s+councils|borough\s+councils)\b[^.\n]*|"
    # (or run by the force from a room of its own: "Town centre CCTV in [three towns] is run by Sussex Police from its own
    # monitoring room", held-back web 309's Adur; "monitored by [the force]" alone is the council's arrangement with it)
    r"\b(?:cctv|cameras)\b[^.\n]{0,200}?\b(?:is|are)\s+run\s+by\s+(?:the\s+)?(?:[\w&-]+\s+){0,3}?(?:police|constabulary)\s+from\s+"
    r"its\s+own\b[^.\n]*|"
    # handed to the force: "Public space CCTV in Slough moved to Thames Valley Police on 2 January 2024", "The council transferred
    # the cameras, the recording equipment and responsibility for the system to the police" (held-back web 403's Slough); the
    # system itself the sentence's subject, never its monitoring ("Monitoring of the cameras moved to the police's room")
    # (the town's whole system by its place, never a FAQ's bare "Cameras transferred to [the force] under [a partnership]" on a
    # page that goes on in the council's voice, held-back web 247's West Oxfordshire)
    r"\A\W*(?:the\s+)?(?:(?:public[- ]space|town[- ]centre)\s+)?(?:cctv|cameras)\s+(?:system\s+)?(?:in|at|across)\s+"
    r"(?-i:[A-Z][\w'’-]+)(?:\s+(?:and\s+)?(?-i:[A-Z][\w'’-]+)){0,2}\s+(?:has\s+|have\s+|was\s+|were\s+)?(?:moved|transferred|"
    r"passed|handed\s+over)\s+to\s+(?:the\s+)?(?:[\w&-]+\s+){0,3}?(?:police|constabulary)\b[^.\n]*|"
    r"\b(?:the\s+(?:(?:borough|district|city|county)\s+)?council|we)\s+(?:has\s+|have\s+)?transferred\s+(?:the|its|our|all\s+(?:the|its|our))\s+"
    r"(?:(?:public[- ]space|town[- ]centre)\s+)?(?:cctv|cameras)\b[^.\n]{0,120}?\bto\s+(?:the\s+)?(?:[\w&-]+\s+){0,3}?(?:police|"
    r"constabulary)\b[^.\n]*|"
    # a county sending the reader to the district: "Town centre CCTV is run by your district or borough council, not by the
    # county" (a county's magazine, held-back web 402's Suffolk)
    # (never "run by the district council, not by the county" on the district's own page)
    r"\b(?:cctv|cameras)\b[^.\n]{0,120}?\b(?:is|are)\s+(?:run|operated|owned|managed)\s+by\s+your\s+(?:local\s+)?(?:district|"
    r"borough|city)(?:\s+(?:or|and)\s+(?:district|borough|city))?\s+councils?\b[^.\n]*|"
    # the police's since a transfer: "Since 2 January 2024 the public space cameras in Slough have been the responsibility
    # of Thames Valley Police" (held-back web 88)
    r"\b(?:cctv|cameras)\b[^.\n]{0,120}?\b(?:are|is|have\s+been|has\s+been)\s+(?:now\s+)?the\s+responsibility\s+of\s+(?:the\s+)?"
    r"(?:[\w&-]+\s+){0,3}?(?:police|constabulary|town\s+councils?|parish\s+councils?)\b[^.\n]*|"
    # the other councils running theirs: "District and borough councils work with Sussex Police on town centre cameras"
    # on a county's page (held-back web 90's West Sussex)
    r"^\W*(?:the\s+)?(?:district|borough|town|parish|city)(?:,?\s+(?:and\s+)?(?:district|borough|town|parish|city))*\s+councils\s+"
    r"(?:work|run|operate|own|manage)\b[^.\n]*\bcameras\b[^.\n]*|"
    # another body's own account of its cameras, and where to ask: "[The libraries] is an independent charity. Its own
    # notice explains the CCTV … ask the library, not the county council" (held-back web 66's Suffolk)
    r"\bits\s+own\s+(?:privacy\s+)?notice\s+explains\b[^.\n]*|"
    # ... a contractor's, told after it: "Our contractor runs the eleven sites. Its cameras cover the entrances and the bays,
    # and its privacy notice explains them" (held-back web 237's West Sussex)
    r"^\W*its\s+cameras\b[^.\n]*\bits\s+(?:own\s+)?privacy\s+notice\b[^.\n]*|"
    # ... or the cameras of a centre another company runs, "managed by the operator" ("The centre is operated by [a leisure
    # company]. CCTV covers the reception … and is managed by the operator", web 300's Spelthorne)
    r"\b(?:cctv|cameras?)\b[^.\n]{0,120}?\b(?:is|are)\s+(?:managed|run|operated|controlled)\s+by\s+the\s+(?:centre(?:'s|’s)?\s+)?"
    r"(?:operator|contractor|management\s+company)\b[^.\n]*|\bask\s+(?:the\s+)?[\w' ]{1,40}?,\s+not\s+the\s+"
    r"(?:county\s+|district\s+|borough\s+|city\s+)?council\b[^.\n]*|"
    # a leisure centre's own notice to its members: "Cameras operate in the reception, gym and car park for the safety of
    # members and staff" (held-back web 36's Gedling labels it a look-alike)
    r"\bcameras?\b[^.\n]{0,100}\bfor\s+the\s+safety\s+of\s+(?:our\s+)?(?:members|gym\s+users|customers)\s+and\s+staff\b[^.\n]*|"
    # what used to be: "Careline alarm calls used to be answered by the staff in the council's CCTV centre" (held-back
    # web 88's Slough)
    r"\bused\s+to\s+(?:be|have|run|watch)\b[^.\n]*\b(?:cctv|control\s+room|cameras)\b[^.\n]*|"
    # "[Four towns'] councils each own a mobile CCTV camera … The cameras belong to those councils" (held-back web 82's
    # Forest of Dean)
    r"\b(?:cctv|cameras?)\b[^.\n]{0,60}?\bbelong\s+to\s+(?:those|these|the\s+(?:town|parish|local|other))\s+councils\b[^.\n]*|"
    # (but not "watched by the constabulary's operators, not by council staff": the council's cameras, watched by
    # others; held-back web 69's Tewkesbury)
    r"\bnot\s+(?:provided\s+|run\s+|operated\s+|owned\s+|managed\s+)?by\s+(?:the\s+)?(?:county|city|borough|district|unitary)?\s*"
    r"council\b(?!\s+(?:staff|officers|employees|workers|operators|officials|personnel))[^.\n]*|"
    # the police as the cameras' controller, and where questions about them go ("Sussex Police, which decides
    # how recordings are used"; "requests for footage should go to Sussex Police": held-back web 20's Adur)
    r"\b(?:police|constabulary)\s+(?:is|are)\s+the\s+data\s+controller\b[^.\n]*|"
    r"\b(?:requests?\s+for\s+(?:cctv\s+)?footage|questions\s+about\s+(?:(?:the|those|these)\s+)?cameras)\b[^.\n]{0,60}\b(?:should|must)\s+"
    r"(?:go|be\s+(?:sent|made|directed))\s+to\s+(?:the\s+)?(?:[A-Z][\w-]+\s+){0,3}(?:police|constabulary|town\s+council|"
    r"parish\s+council)\b[^.\n]*|"
    # "Town centre CCTV in Bognor Regis is run by the town councils with Sussex Police", "public space CCTV in
    # Devon towns is provided by the district councils and the police" (held-back web 16)
    r"\b(?:is|are)\s+(?:run|operated|provided|managed|funded)\s+(?:and\s+\w+\s+)?by\s+(?:the\s+)?"
    r"(?:(?:town|parish|community)\s+councils?|(?:district|borough|city)(?:,?\s+(?:and\s+)?(?:district|borough|city)){0,2}\s+councils)"
    r"\b[^.\n]*|"
    # the town councils' own schemes: "Diss and Wymondham town councils have used past grants to extend their camera
    # schemes" (held-back web 23)
    r"\b(?:town|parish|community)\s+councils?\b[^.\n]{0,80}\btheir\s+(?:own\s+)?(?:cctv|camera)\s+(?:schemes?|systems?|networks?)\b[^.\n]*|"
    # ... and the district's grants towards them: "Town and parish councils can apply for up to £5,000 towards …
    # town centre cameras"
    # ... or given grants towards theirs: "Cabinet agreed grants to four borough and district councils towards replacing their
    # town centre cameras" (a county's decision record, held-back web 240's Surrey)
    r"\b(?:grants?|funding|money|contributions?)\s+(?:to|for)\s+(?:[\w-]+\s+){0,5}?councils\b[^.\n]{0,60}?\btheir\s+"
    r"(?:[\w-]+\s+){0,2}?(?:cctv|cameras)\b[^.\n]*|"
    # ("Town and parish councils can ask for match funding towards public space cameras", held-back web 238's West Devon)
    r"\b(?:town|parish|community)\s+councils?\b[^.\n]{0,40}\bcan\s+(?:apply|bid|ask\s+for|request)\b[^.\n]{0,120}\b(?:cctv|cameras?)\b[^.\n]*|"
    # a company of others running them: "The town centre cameras in [two towns] are run by a community interest company set
    # up by local businesses and the town councils", "cameras run by the community company" (held-back web 150's South
    # Norfolk)
    r"\b(?:cctv|cameras)\b[^.\n]{0,80}?\b(?:(?:are|is)\s+)?(?:run|operated|owned|managed)\s+by\s+(?:a|the)\s+(?:local\s+)?"
    r"(?:community\s+interest\s+company|community\s+company|charity|charitable\s+trust)\b[^.\n]*|"
    # ... or owned by it under its name: "The town centre cameras in [two towns] belong to the [Towns] Community CCTV CIC, a
    # not-for-profit company" (held-back web 167's South Norfolk)
    r"\b(?:cctv|cameras)\b[^.\n]{0,80}?\b(?:belong\s+to|(?:are|is)\s+owned\s+(?:and\s+\w+\s+)?by)\s+(?:the\s+)?"
    r"(?:[\w'’&-]+\s+){0,6}?(?:CIC|C\.I\.C\.?|Ltd|Limited|community\s+interest\s+company|not[- ]for[- ]profit\s+company)"
    r"(?![\w.])[^.\n]*|"
    # ... or by the company that runs the council's homes, by its name: "Cameras on council housing estates are installed
    # and managed by [X] Homes, the company that runs the council's homes" (held-back web 245's North East Derbyshire)
    r"\b(?:cctv|cameras)\b[^.\n]{0,80}?\b(?:(?:are|is)\s+)?(?:installed\s+and\s+)?(?:run|operated|owned|managed)\s+(?:and\s+\w+\s+)?by\s+"
    r"(?-i:(?:[A-Z][\w'’-]+\s+){1,3}(?:Homes|Housing|Living))\b[^.\n]*|"
    # the force's own room: "Surrey Police are inviting residents to tour their CCTV control room at Woking Police Station"
    # (held-back web 154's Woking)
    # (not the force watching the council's cameras "from their control room", held-back web 19's lesson)
    r"\b(?:police|constabulary)\s+(?:are|is)\s+(?:inviting|welcoming|opening)\b[^.\n]{0,60}\btheir\s+(?:own\s+)?(?:cctv\s+)?"
    r"(?:control\s+room|monitoring\s+cent(?:re|er))\b[^.\n]*|"
    # the force's own room or plan: "Surrey Police closed the CCTV control room at Reigate police station in October 2023",
    # "Surrey Police's strategy asks boroughs and districts to take over providing and monitoring public space cameras"
    # (held-back web 226's Reigate and Banstead and Waverley: pages about the force's cameras, none of the council's own)
    r"\b(?:police|constabulary)\s+(?:closed|shut|decommissioned|switched\s+off|moved)\s+(?:its\s+|their\s+|the\s+)?(?:own\s+)?"
    r"(?:cctv\s+)?(?:control\s+room|monitoring\s+(?:centre|center|room|suite)|cameras)\b[^.\n]*|"
    r"\b(?:police|constabulary)(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?strategy\s+(?:asks|expects|requires|wants)\s+"
    r"(?:the\s+)?(?:councils|boroughs|districts|local\s+authorities)\b[^.\n]*|"
    # the force recruiting its own volunteers to watch them: "[The] Constabulary is looking for volunteers to watch town
    # centre cameras at [two] police stations" (held-back web 152's Erewash)
    r"\b(?:police|constabulary)\s+(?:is|are)\s+(?:looking|recruiting|seeking|appealing)\b[^.\n]{0,80}\bcameras\b[^.\n]*|"
    # a county sending questions to the districts: "For questions about cameras in your town, contact your district
    # council" (held-back web 152's Worcestershire)
    # ("Contact your district council about town centre cameras:" over the list of them, held-back web 239's Norfolk)
    r"(?:^|(?<=[.\n]))\W*contact\s+your\s+(?:local\s+)?(?:district|borough|city|town|parish)\s+council\s+about\b[^.\n]*|"
    r"\b(?:questions|ask|enquiries|queries)\b[^.\n]{0,60}\bcontact\s+your\s+(?:local\s+)?(?:district|borough|city|town|parish)\s+"
    r"(?:or\s+(?:[\w-]+\s+){0,2}?)?council\b[^.\n]*|"
    # a pointer elsewhere: "Find out about CCTV, neighbourhood watch and hate crime on the Safer NEL website" (held-back
    # web 22: the partnership's own site, which the audit does not leave its council's site to read)
    # ... or a partner council's pages: "Their public space CCTV, code of practice and footage requests are on the
    # [partner council] website" (held-back web 208's High Peak, which shares a management team)
    # ("We share a management team with [a neighbour]. Its CCTV scheme is described on [the neighbour]'s website", held-back web
    # 340's High Peak; never "on our website")
    r"\b(?:their|its)\s+(?:public[- ]space\s+)?(?:cctv|cameras)\b[^.\n]{0,80}?\s(?:are|is)\s+(?:all\s+)?(?:on|published\s+on|"
    r"set\s+out\s+on|described\s+on)\s+(?!(?:our|this)\s+website\b)(?:the\s+)?[^.\n]{0,50}\bwebsite\b[^.\n]*|"
    r"\b(?:find\s+out|read|learn|more\s+information)\s+about\s+(?:[\w-]+,?\s+){0,6}?(?:cctv|cameras)\b[^.\n]{0,80}\bon\s+the\s+"
    r"[^.\n]{0,40}\bwebsite\b[^.\n]*|\b(?:has|have)\s+no\s+(?:public[- ]space\s+)?(?:cctv|cameras)\b"
    # (never a limit on where they are: "… and have no cameras outside council land", before the council's table of its
    # sites' cameras, held-back web 337's Tandridge)
    r"(?!\s+(?:outside|beyond|other\s+than|except|apart\s+from)\b)[^.\n]*|"
    r"\bis\s+owned\s+(?:and\s+(?:paid\s+for|run|funded)\s+)?by\s+the\s+(?:town|parish|community)\s+councils?\b[^.\n]*|"
    # ... or by a named service "not by this council": "Town centre CCTV in [two neighbours] is run by their shared CCTV
    # service, not by this council" (held-back web 212's South Cambridgeshire)
    r"\b(?:cctv|cameras)\b[^.\n]{0,100}?\s(?:is|are)\s+(?:run|operated|owned|managed)\s+by\s+[^.\n]{0,80}?,?\s+not\s+(?:by\s+)?"
    r"(?:this|the|our)\s+council\b[^.\n]*|"
    # ("Fixed cameras in most market towns are now owned and run by the town councils", a county's page, held-back web 211's
    # Northumberland)
    r"\b(?:cctv|cameras)\b[^.\n]{0,60}?\s(?:are|is)\s+(?:now\s+)?(?:owned|run|operated|managed)(?:\s+and\s+(?:run|operated|managed|"
    r"maintained|owned))?\s+by\s+the\s+(?:town|parish|community)\s+councils?\b[^.\n]*|"
    # a housing provider's cameras on the council's page: "Some blocks … have cameras owned by [name] Housing Group.
    # Ask the association, not the council, about them" (held-back web 32)
    r"\b(?:cctv|cameras)\s+(?:are\s+)?(?:owned|run|operated)\s+(?:and\s+\w+\s+)?by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:housing\s+(?:group|association|trust)|homes)\b[^.\n]*|\bask\s+the\s+(?:housing\s+)?association\b[^.\n]*|"
    # ... or a housing company by its name after where the cameras are: "Cameras in tower blocks and on estates are run by
    # [Place] Community Housing" (held-back web 106's Solihull: the council's housing company, not the council)
    r"\b(?:cctv|cameras)\b[^.\n]{0,60}?\s(?:are|is)\s+(?:owned|run|operated|managed)\s+(?:and\s+\w+\s+)?by\s+(?:the\s+)?"
    r"(?-i:(?:[A-Z][\w'’-]+\s+){1,3})(?-i:Housing|Homes)\b(?!\s+(?i:team|service|services|department|officers?))[^.\n]*|"
    # where questions and footage requests go instead: "For questions about a camera, or to ask for footage, contact
    # the town council for that place" (held-back web 26's Cornwall)
    # a partnership the council is not in: "Four other [county] councils share a staffed CCTV control room in [town].
    # [Council] is not a member of the partnership" (held-back web 41's Three Rivers)
    r"\bis\s+not\s+(?:a\s+)?(?:member|part)\s+of\s+(?:(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,3}?(?:partnership|scheme|service)|it)\b[^.\n]*|"
    r"\b(?:other|neighbouring)\s+(?:[\w-]+\s+){0,2}?councils\s+share\b[^.\n]*|"
    # (or the town council by its name: "For town centre cameras in Seaford, contact Seaford Town Council", held-back
    # web 66's Lewes)
    r"\b(?:footage|recordings|images|(?:a|the|those|these|town\s+centre)\s+cameras?)\b[^.\n]{0,60}\b(?:contact|ask|write\s+to|"
    r"apply\s+to)\s+(?:the\s+|your\s+)?(?:relevant\s+|local\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+){0,2}?(?:town|parish|community)\s+"
    r"council\b[^.\n]*|"
    # a county pointing at the districts that run them: "The county's districts run the town centre cameras in their
    # areas; contact your district council about them" (held-back web 45's Leicestershire)
    r"\b(?:the\s+county(?:'s|’s)\s+)?(?:districts|(?:district|borough|city)(?:\s+and\s+(?:district|borough|city))?\s+councils)\s+"
    r"(?:run|operate|own|manage|look\s+after)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:cctv|cameras)\b[^.\n]*|"
    # a county's table of who provides which service, the cameras' row given to the districts: "Town centre CCTV | Your
    # district or city council | [the districts]" (held-back web 209's Gloucestershire)
    r"\b(?:cctv|cameras)\s+(?:your|the)\s+(?:local\s+)?(?:district|borough|city|town|parish)(?:\s+(?:or|and)\s+"
    r"(?:district|borough|city|town|parish))?\s+councils?\b[^.\n]*|"
    # ("Contact your district council about their cameras", held-back web 140's Lincolnshire)
    r"\bcontact\s+your\s+(?:local\s+)?(?:district|borough|city)\s+(?:or\s+\w+\s+)?council\s+about\s+(?:them|(?:the\s+|their\s+)?(?:cctv|cameras))\b[^.\n]*|"
    # "Public space cameras are a matter for the district and city councils, so please contact them" (held-back web 46's
    # Worcestershire)
    r"\b(?:cctv|cameras)\s+(?:are|is)\s+(?:a\s+matter|the\s+responsibility|a\s+responsibility)\s+(?:for|of)\s+(?:the\s+)?"
    r"(?:(?:district|borough|city|town|parish|community)(?:\s+(?:and|or)\s+(?:district|borough|city|town|parish|community))?\s+councils?|"
    r"police|constabulary)\b[^.\n]*|"
    # the only cameras named are the town councils' own: "the council's team works with the police and the town councils,
    # some of which run town centre cameras of their own" (held-back web 143's Anglesey)
    r"\b(?:town|parish|community)\s+councils?\b[^.\n]{0,60}?\b(?:run|own|operate|manage)s?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:cctv|cameras)\s+of\s+their\s+own\b[^.\n]*|"
    # a neighbours' shared service that "does not cover [the district]'s villages" (held-back web 147's South Cambridgeshire)
    r"\b(?:does|do)\s+not\s+cover\s+(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?(?:'s|’s)\s+|our\s+|the\s+(?:district|borough)(?:'s|’s)\s+)"
    r"(?:[\w-]+\s+){0,2}?(?:villages|towns|area|district|borough)\b[^.\n]*",
    re.I,
)


# After the denial, whose cameras the paragraph goes on to name: "In Stevenage they are run by the
# Hertfordshire CCTV Partnership of the district councils", "the cameras now belong to the police".
_SOMEONE_ELSES = re.compile(
    # (or set up by another: "The cameras in [two towns] were set up by a community interest company with the town councils"
    # after "Neither council runs public space CCTV", held-back web 265's South Norfolk)
    r"\b(?:are|is|were|was)\s+(?:now\s+)?(?:run|owned|operated|managed|monitored|put\s+up|set\s+up)\s+(?:and\s+\w+\s+)?by\s+"
    r"(?!us\b|the\s+council\b)"
    # (or other councils' own, before the county says it runs none: "District councils will continue to use their own public
    # space CCTV …; the county council does not operate public space CCTV", held-back web 265's Kent)
    r"|\b(?:district|borough|town|parish|city|other)\s+councils\b[^.;\n]{0,60}?\btheir\s+own\b"
    # (or named councils sharing a room, after the county says it runs none: "Stevenage, North Hertfordshire, East
    # Hertfordshire and Hertsmere councils share a control room in Stevenage", held-back web 262's Hertfordshire; "our two
    # councils share" is the council's own)
    r"|(?-i:[A-Z][\w'’-]+)\s+councils\s+(?:share|jointly\s+run|run|operate|own)\b"
    r"|\b(?:now\s+)?belongs?\s+to\b|\bask\s+your\s+(?:district|borough|town|parish|city)\b"
    # (or the other councils' by a plural possessive: "The districts' public space cameras, monitored from one hub" beside the
    # county's "owns no public space cameras", held-back web 333's Oxfordshire)
    r"|^\W*(?:the\s+)?(?:districts|boroughs|district\s+councils|borough\s+councils|town\s+councils|parish\s+councils)(?:'|’)\s"
    # (beside a denial: "The shared CCTV service run by [two other councils] covers …. It does not cover [our] villages",
    # held-back web 147's South Cambridgeshire)
    r"|\b(?:service|scheme|partnership)\s+(?:run|operated|managed)\s+by\s+(?-i:[A-Z])[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+Council\b",
    re.I,
)


# The cameras said to be another named council's: "Town centre CCTV in Ely is owned by the City of Ely
# Council and run by a community partnership" on a district's page (held-back web 17). A council's own code
# says the same of itself ("The system is owned by Anyshire District Council"), so the name must not be the
# audited council's, and a name of type words alone ("the Borough Council") is the council itself. Run or
# operated by another council is a shared service for the council's own cameras, so only ownership counts.
_OWNED_BY_NAMED = re.compile(
    # (or a listing's "- run by": "Town centre CCTV in Norwich - run by Norwich City Council, not the county council",
    # held-back web 113's Norfolk)
    r"(?i:\b(?:cctv|cameras?|system)\b[^.\n]{0,80}?(?:\b(?:is|are)\s+owned\s+(?:and\s+\w+\s+)?by|\bbelongs?\s+to|"
    r"\s[-–:]\s+(?:run|owned|operated|managed)\s+by)\s+"
    r"(?:the\s+)?"
    # (or to a service of other councils: "The street cameras in [the city] … belong to the CCTV shared service of [a city
    # council] and [a district council]", a neighbour's FAQ answer, held-back web 361's South Cambridgeshire)
    r"(?:(?:cctv\s+|camera\s+)?(?:shared\s+|joint\s+)?(?:service|partnership|scheme)\s+(?:run\s+)?(?:of|by)\s+(?:the\s+)?)?)"
    r"(?P<name>(?:City\s+of\s+)?(?:[A-Z][\w'’-]+\s+){1,4}(?:(?:Town|Parish|City|Community|District|Borough|County)\s+)?"
    r"Council)\b"
)


# ... or said in the active voice: "Eastbourne Borough Council owns the cameras in Eastbourne town centre" on
# its neighbour's page, "Petersfield Town Council and Alton Town Council run the town centre cameras in their
# towns" (held-back web 18's Lewes and East Hampshire)
_NAMED_OWNS = re.compile(
    r"(?P<name>(?:City\s+of\s+)?(?:[A-Z][\w'’-]+\s+){1,4}(?:(?:Town|Parish|City|Community|District|Borough|County)\s+)?"
    r"Council)(?:\s+and\s+(?:[A-Z][\w'’-]+\s+){1,4}(?:(?:Town|Parish|City|Community|District|Borough|County)\s+)?Council)?\s+"
    # (or pays for them: "Northam Town Council pays towards the town centre cameras", held-back web 21; a town
    # council's share of the district's own cameras is a paragraph of its own, which alone is dropped)
    # (with or without an article: "Eastbourne Borough Council owns cameras in the town centre" on a website two councils
    # share, held-back web 83's Lewes)
    # (or funds them: "Adur District Council funds four cameras in Shoreham town centre" on a website shared with Worthing,
    # held-back web 108)
    r"(?i:(?:(?:owns?|runs?|operates?|manages?|funds?|pays?\s+(?:for|towards)(?:\s+the\s+running\s+costs\s+of)?|"
    # (or has put them up: "Truro City Council has switched on eight new cameras", held-back web 5's Cornwall)
    r"(?:has|have)\s+(?:switched\s+on|installed|put\s+up|bought))\s+(?:(?:the|its|their|all\s+the)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:cctv|cameras?)\b|"
    # (or keeps what they record: "CCTV covers the foyers … of all three [neighbour's] venues. [Neighbour] Borough Council
    # keeps the recordings", a theatre's access page on a website two councils share, held-back web 380's Lewes)
    r"(?:keeps?|holds?|stores?)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:cctv\s+)?(?:recordings|footage)\b))"
)


# The police deciding how the recordings are used: the police's system ("Sussex Police, which decides how recordings
# are used", held-back web 20's Adur) - unless the sentence names the cameras as the council's own ("Pictures from the
# council's town centre and seafront cameras go straight to Sussex Police, who watch them and decide how recordings are
# used", held-back web 76's Worthing: the council's cameras, watched by the police).
_POLICE_DECIDES = re.compile(
    r"\b(?:police|constabulary)\b[^.\n]{0,30}\b(?:decides?|determines?)\s+how\s+(?:the\s+)?(?:recordings|footage|images)\s+"
    r"(?:are|is)\s+used\b|"
    # the force owns them: "Since January 2024 the public space cameras in [the city] have belonged to [the force]" (held-back
    # web 143's Milton Keynes)
    # ("Public space CCTV in [the city] is now owned and run by [the force]", held-back web 269's Milton Keynes)
    r"\b(?:cctv|cameras)\b[^.\n]{0,60}?\b(?:(?:have\s+|has\s+)?belong(?:s|ed)?\s+to|(?:are|is|were|have\s+been)\s+(?:now\s+)?owned\s+"
    # ("… are now owned and watched by [the force] as part of a force-wide CCTV network", held-back web 366's Oxford)
    r"(?:and\s+(?:run|operated|managed|watched|monitored)\s+)?by)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:police|constabulary)\b|"
    # ... said in the active voice: "[X] Police own and run the redeployable cameras that move around the borough" (held-back
    # web 265's Nuneaton and Bedworth)
    # ... or run by the force, the town's cameras being the police's and not the council's: "The public space cameras in the
    # town centre are run by [the force] and watched from [its] police station" (held-back web 387's Reading, which has none
    # of its own); never "on the council's behalf" (_ON_OWN_BEHALF)
    r"\b(?:cctv|cameras)\s+(?:in\s+(?:[\w-]+\s+){1,3}?)?(?:are|is)\s+(?:now\s+)?(?:run|operated)\s+(?:and\s+(?:watched|monitored)\s+)?"
    r"by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:police|constabulary)\b(?![^.\n]{0,80}\bon\s+(?:the\s+council(?:'s|’s)|our|its)\s+behalf)|"
    r"\b(?:police|constabulary)\s+(?:owns?|runs?)\s+(?:and\s+(?:runs?|operates?|manages?|maintains?)\s+)?(?:the|all\s+the|its|"
    r"their)\s+(?:[\w-]+\s+){0,3}?(?:cctv\s+)?cameras\b|"
    # ... or after the cameras in a clause of its own: "Public space cameras in [two towns] were put back by [the force], which
    # owns them and watches them from its headquarters" (held-back web 289's Ceredigion)
    r"\b(?:cctv|cameras)\b[^.\n]{0,80}?\b(?:police|constabulary),?\s+(?:which|who)\s+(?:now\s+)?owns?\s+(?:them|the\s+cameras)\b|"
    # ... or the force's own paper about them: "[The force]'s strategy for public space cameras in the county", a force's
    # document in the council's library (held-back web 290's Waverley)
    r"\b(?:police|constabulary)(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:strategy|policy|plan|review|code\s+of\s+practice)\s+"
    r"(?:for|on)\s+(?:[\w-]+\s+){0,3}?(?:cctv|cameras)\b|"
    # ... or the force publishing its own: "[The force] publish their CCTV strategy" on a page the council titles for the
    # force and its cameras (held-back web 358's Elmbridge)
    r"\b(?:police|constabulary)\s+publish(?:es)?\s+(?:their|its)\s+(?:own\s+)?(?:cctv|camera|surveillance)\s+"
    r"(?:strategy|policy|plan|code\s+of\s+practice|review)\b",
    re.I,
)


# Watched by somebody else, the cameras still the council's: "The district's public-facing cameras are monitored by
# Sussex Police, not by the council" (held-back web 79's Arun) says who watches, not whose they are.
_ONLY_WATCHED = re.compile(
    r"\b(?:monitored|watched|viewed)\s+(?:live\s+)?by\s+[^,.;\n]{1,60},?\s+not\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?council\b",
    re.I,
)
# The sentence calling the cameras the council's own: "the council's town centre and seafront cameras", "the
# district's public-facing cameras", "our cameras".
_THE_COUNCILS_CAMERAS = re.compile(
    r"\b(?:the\s+(?:council|district|borough|city|county)(?:'s|’s)|our)\s+(?:[\w-]+\s+(?:and\s+)?){0,4}?(?:cctv|cameras)\b",
    re.I,
)


def _sentences(para: str) -> list[str]:
    return re.split(r"(?<=[.;])\s+", para)


# Another body by its name, opening the sentence, as the cameras' controller: "Greenfields is the data controller and keeps
# recordings for 30 days", a housing association's estate cameras on the council's housing page (held-back web 238's
# Braintree). A name in words, never initials ("[X]CBC is the data controller" is the council itself, real-text round 26),
# never a name ending in "Council" or "Cyngor …", and never the audited council's own place name ("Rhondda Cynon Taf is the
# data controller"), which the council's context tells.
# (nor after a semicolon, the "data" left out: "Parkwell's number plate cameras record vehicles …; Parkwell is the controller for
# these images", a country park's car park notice, held-back web 343's Essex)
_NAMED_CONTROLLER = re.compile(
    r"(?-i:(?:^|(?<=[.!?;]\s)|(?<=\n))\W*(?<!\bCyngor\s)(?<!\bSir\s)(?<!\bBwrdeistref\s)(?!(?:The|This|Our|We|It|Its|Cyngor)\b)"
    r"(?P<name>(?:[A-Z][\w'’-]+\s+){0,3}?(?!(?:Council|Borough|County|District|City|Authority)\b)[A-Z][a-z][\w'’-]*))\s+"
    r"(?:is|are)\s+the\s+(?:data\s+)?controller\b"
)


def _another_controller(sent: str, own_name: str | None) -> bool:
    """The sentence names another body, by its name, as the data controller."""
    m = _NAMED_CONTROLLER.search(sent)
    if m is None:
        return False
    return not (own_name and is_same_council(f"{m.group('name')} Council", own_name))


def _denies(sent: str) -> bool:
    return bool(_NO_CAMERAS_OF_ITS_OWN.search(sent)) and not (
        _ONLY_WATCHED.search(sent) and _THE_COUNCILS_CAMERAS.search(sent)
    )


# the police's own cameras named as such: "To ask for footage from the police cameras, contact [the force]" under the
# county's statement that it runs none (held-back web 96's Powys)
# (or its room's: "[The BID]'s rangers … carry radios linked to shops and the police control room's cameras", held-back web
# 235's Gloucester)
_POLICE_CAMERAS = re.compile(
    r"\b(?:the\s+)?police(?:'s|’s)?\s+(?:own\s+)?(?:cctv\s+|town\s+centre\s+|control\s+room(?:'s|’s)\s+)?cameras\b|"
    # (or the force bringing its own: "[The constabulary] will park its mobile camera unit by the Market Place for the
    # evening", an events page, held-back web 362's Mid Suffolk)
    r"\b(?:police|constabulary|heddlu)\s+(?:will\s+|may\s+|can\s+|also\s+)?(?:parks?|brings?|deploys?|puts?\s+up|sets?\s+up|"
    r"uses?|runs?)\s+(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:cameras?|cctv)(?:\s+(?:units?|vans?|vehicles?|"
    r"trailers?|towers?))?\b|"
    # (or the police commissioner's or the force's own scheme: "The Police and Crime Commissioner's camera scheme has reached
    # [a town], part of a force-wide project", a county's news item, held-back web 382's Powys)
    r"\b(?:police\s+and\s+crime\s+commissioner|police,\s+fire\s+and\s+crime\s+commissioner|pcc|force|comisiynydd\s+"
    r"heddlu\s+a\s+throseddu)(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:camera|cctv)\s+(?:scheme|project|network|system|programme)\b",
    re.I,
)


def _police_decides(para: str) -> bool:
    return any(
        (_POLICE_DECIDES.search(sent) or _POLICE_CAMERAS.search(sent)) and not _THE_COUNCILS_CAMERAS.search(sent)
        for sent in _sentences(para)
    )


# The council's room said to watch another body's cameras as well: "Trained council operators watch them … from our control
# room …. Since 2019 the same room has also watched [a neighbour]'s cameras under a shared service" (held-back web 357's
# Wrexham); "The cameras are monitored from the control room at [a shared centre], which also watches [a neighbour]'s cameras
# under a service level agreement" (web 359's Torfaen). The other body's cameras are guests in the room; the clause says
# nothing against the council's own, so it is read past.
# (or the council's room, or "we": "The council's control room also watches the Vale of Glamorgan Council's cameras around the
# clock", held-back web 392's Cardiff)
_ROOM_ALSO_WATCHES = re.compile(
    r"\b(?:(?:the\s+same|our|this|the)\s+(?:(?:city\s+|borough\s+|district\s+|county\s+)?council(?:'s|’s)\s+)?"
    r"(?:cctv\s+)?(?:control\s+|monitoring\s+)?(?:room|operators)|which|that|we)\s+(?:has\s+|have\s+)?also\s+"
    r"(?:watch|watches|watched|monitor|monitors|monitored)\s+[^.\n]{0,80}?\bcameras\b",
    re.I,
)


# Another body's own officer answering for its cameras: "… the Association's secretary, who is its single point of contact for
# the cameras and can explain its CCTV policy" (real-text round 104).
_ANOTHER_BODYS_OFFICER = re.compile(
    r"\b(?:association|club|society|charity|trust|committee|school|academy)(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:secretary|chair|clerk|"
    r"manager|officer)\b,?\s+who\s+is\s+its\s+(?:single\s+point\s+of\s+contact|contact)\b",
    re.I,
)


def not_the_councils(para: str, own_name: str | None = None, full_name: str | None = None) -> bool:
    """The text denies the cameras are the council's, or gives them to somebody else ("does not operate any CCTV",
    "Witham's cameras belong to the town council", cameras another named council owns)."""
    para = _ROOM_ALSO_WATCHES.sub(" ", para)
    return bool(
        any(_denies(sent) or _another_controller(sent, own_name) for sent in _sentences(para))
        or _police_decides(para)
        or _another_councils(para, own_name, full_name)
        or _ANOTHER_BODYS_OFFICER.search(para)
    )


# ... or in the possessive: "This page is about Eastbourne Borough Council's cameras only" (held-back web 83's Lewes)
# (or a city by its own name and its room: "The City of Lincoln's control room at City Hall watches more than 500 cameras"
# on the county's page, held-back web 140's Lincolnshire)
_NAMED_POSSESSIVE = re.compile(
    # (the places may come between: "Eastbourne Borough Council's town centre and seafront cameras are monitored by Sussex
    # Police" on the site Lewes shares with it, held-back web 266)
    r"(?P<name>(?:[A-Z][\w'’-]+\s+){1,4}(?:(?:Town|Parish|City|Community|District|Borough|County)\s+)?Council)(?:'s|’s)\s+"
    r"(?i:(?:[\w-]+\s+){0,5}?(?:cctv|cameras?)\b)|"
    r"(?P<city>City\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:'s|’s)\s+(?i:(?:[\w-]+\s+){0,3}?(?:cctv|cameras?|control\s+room)\b)"
)


# ... or a partnership of other councils: "The partnership is run by Stevenage Borough Council, North Herts Council, East
# Herts Council and Hertsmere Borough Council" in a leaflet on the county's site (held-back web 94's Hertfordshire)
_PARTNERSHIP_RUN_BY = re.compile(
    # (or the shared room: "The shared CCTV control room at [a town hall] is run by [two neighbours]", a partnership plan on
    # a third council's site, held-back web 217's Wyre Forest)
    r"(?i:\b(?:cctv\s+|camera\s+)?(?:partnership|control\s+room|monitoring\s+(?:room|centre))\s+(?:at\s+[^.\n]{0,40}?\s+)?"
    r"is\s+(?:run|owned|operated|managed|made\s+up)\s+(?:jointly\s+)?by\s+)"
    r"(?P<list>[^.\n]{5,300})"
)
_COUNCIL_IN_LIST = re.compile(
    r"(?:City\s+of\s+)?(?:[A-Z][\w'’-]+\s+){1,4}(?:(?:Town|Parish|City|Community|District|Borough|County)\s+)?Council\b"
)


def others_partnership(para: str, own_name: str) -> bool:
    """The partnership is run by councils, none of them the audited one."""
    for m in _PARTNERSHIP_RUN_BY.finditer(para):
        names = _COUNCIL_IN_LIST.findall(m.group("list"))
        if names and not any(is_same_council(n, own_name) for n in names) and not _we_among(m.group("list"), own_name):
            return True
    return False


def _we_among(runners: str, own_name: str) -> bool:
    """The council itself among those running it, by a pronoun or its place name said short: "run jointly by the Vale and
    South Oxfordshire District Council" on the Vale of White Horse's page (held-back web 256)."""
    if re.search(r"\b(?:us|we|our|the\s+council)\b", runners, re.I):
        return True
    first = short_council_name(own_name).split()[:1]
    return bool(first) and bool(re.search(rf"\bthe\s+{re.escape(first[0])}\b", runners))


# ... or the one to ask about them: "For questions about the cameras, contact the City of Ely Council" after the district
# says it runs none (held-back web 130's East Cambridgeshire)
_ASK_NAMED = re.compile(
    r"(?i:\b(?:cctv|cameras?)\b[^.\n]{0,60}?\b(?:contact|ask|write\s+to|speak\s+to)\s+(?:the\s+)?)"
    r"(?P<name>(?:City\s+of\s+)?(?:[A-Z][\w'’-]+\s+){1,4}(?:(?:Town|Parish|City|Community|District|Borough|County)\s+)?Council)\b"
)


# ... but not another council's room serving this one too: "watched from Chorley Council's CCTV monitoring room, which
# provides the service for both councils under their shared services arrangement" (held-back web 130's South Ribble)
ROOM_SERVING_US = re.compile(
    r"(?i:\s*(?:[\w-]+\s+){0,2}?(?:control|monitoring)\s+(?:room|centre|hub)\b[^.\n]{0,80}?\b(?:for\s+both\s+councils|"
    r"on\s+(?:our|the\s+council(?:'s|’s))\s+behalf|for\s+us\b|shared\s+services?\b|"
    # ("The West Suffolk control room that watches our cameras holds full certification", held-back web 164's Babergh)
    r"(?:that|which)\s+(?:watch(?:es)?|monitors?)\s+our\b))"
)


# ... or another tier of council by its kind alone: "the square is covered by the city council's cameras" on a district's
# market page, where the City of Ely Council owns them (held-back web 260's East Cambridgeshire). Read only when the audited
# council's own name carries a different kind ("East Cambridgeshire District Council"); a name with none ("Cardiff
# Council", a city) may call itself by any.
_TIER_POSSESSIVE = re.compile(
    r"\bthe\s+(?P<tier>town|parish|city|community|district|borough|county)\s+council(?:'s|’s)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:cctv|cameras?)\b",
    re.I,
)
_TIER_WORDS = ("town", "parish", "city", "community", "district", "borough", "county")


# ... or a "who does what" row giving the cameras to another tier: "Town centre CCTV | City and district councils" on a
# county's page (held-back web 270's Oxfordshire)
_TIER_ROW = re.compile(
    r"^\W*(?:town\s+centre\s+|public\s+space\s+|street\s+)?cctv(?:\s+cameras)?\b[\s|:–-]*(?:the\s+|your\s+)?"
    r"(?P<tier>city|district|borough|town|parish)(?:\s+(?:and|or)\s+(?P<tier2>city|district|borough|town|parish))?\s+councils?\b",
    re.I,
)


def _other_tier(tier: str | None, own_name: str) -> bool:
    """A council of this tier is not the audited one, whose name carries a tier of its own ("Cardiff Council" names none and
    may call itself by any)."""
    own = own_name.lower()
    if not tier or not any(re.search(rf"\b{w}\b", own) for w in _TIER_WORDS):
        return False
    # (a district and a borough council are the same tier, and a council of either kind may call itself by the other:
    # "the district council's CCTV cameras" on a borough's leisure centre page)
    kinds = {"district", "borough"} if tier.lower() in ("district", "borough") else {tier.lower()}
    return not any(re.search(rf"\b{k}\b", own) for k in kinds)


def _another_tiers(para: str, own_name: str) -> bool:
    def other(tier: str | None) -> bool:
        return _other_tier(tier, own_name)

    row = _TIER_ROW.match(para)
    if row and all(other(t) for t in (row.group("tier"), row.group("tier2")) if t):
        return True
    return any(other(m.group("tier")) for m in _TIER_POSSESSIVE.finditer(para))


# ... unless the sentence says the neighbour's post or room serves both councils: "The joint control room is managed for both
# councils by [Neighbour] Borough Council's CCTV Manager: cctv@…" (held-back web 268's Tonbridge and Malling)
_FOR_BOTH = re.compile(
    r"\bfor\s+both\s+councils\b|\bon\s+(?:our|the\s+council(?:'s|’s))\s+behalf\b|\bjoint\s+control\s+room\b", re.I
)


# Two councils named as running one service together, the audited council among them: "[Our] District Council and [the
# neighbour] District Council run a joint CCTV service" (held-back web 346's South Oxfordshire): the service is the council's
# own as much as its partner's
_JOINT_SERVICE = re.compile(
    r"\bCouncil\s+and\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,5}Council\s+(?:jointly\s+)?(?:run|operate|share|manage|own)\s+"
    r"(?:a|the|one)\s+(?:joint|shared|single|common)\s+(?:cctv|camera|surveillance|public\s+space)\b",
    re.I,
)


def _another_councils(para: str, own_name: str | None, full_name: str | None = None) -> bool:
    if full_name and _another_tiers(para, full_name):
        return True
    if not own_name:
        return False
    if _JOINT_SERVICE.search(para) and names_council(para, own_name):
        return False
    names = [
        *(m.group("name") for m in _OWNED_BY_NAMED.finditer(para)),
        *(m.group("name") for m in _NAMED_OWNS.finditer(para)),
        *(
            m.group("name") or m.group("city")
            for m in _NAMED_POSSESSIVE.finditer(para)
            if not ROOM_SERVING_US.match(para, m.end())
            and not _FOR_BOTH.search(para)
            and not _WATCHED_FROM_ITS_ROOM.search(para[max(0, m.start() - 80) : m.end() + 40])
        ),
        *(m.group("name") for m in _ASK_NAMED.finditer(para)),
        *(m.group("name") for m in _PART_OF_NAMED_SYSTEM.finditer(para)),
    ]
    return any(is_same_council(n, own_name) is False for n in names) or others_partnership(para, own_name)


# ... but the cameras watched from a neighbour's room stay the council's: "About 100 cameras cover [our towns] … They are watched
# 24 hours a day from Southend City Council's CCTV control centre" (held-back web 310's Castle Point; "The town centre's
# cameras are watched from Swale Borough Council's control centre", web 306's Gravesham)
_WATCHED_FROM_ITS_ROOM = re.compile(
    r"\b(?:watched|monitored|viewed)\b[^.\n]{0,40}?\bfrom\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,4}(?:(?:City|District|Borough|County)\s+)?"
    r"Council(?:'s|’s)\s+(?i:(?:cctv\s+)?(?:control|monitoring)\s+(?:room|centre|center|hub))\b",
)


# "The cameras in [our town's] High Street are part of [Neighbour] City Council's system and are watched from [its] control
# room" (held-back web 283's Maldon)
_PART_OF_NAMED_SYSTEM = re.compile(
    r"\bpart\s+of\s+(?:the\s+)?(?P<name>(?-i:(?:[A-Z][\w'’-]+\s+){1,4}(?:(?:City|District|Borough|County)\s+)?Council))"
    r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:system|network|scheme)\b",
    re.I,
)


# A sentence that goes on about the cameras just denied: "… run by the district and borough councils, not by the county
# council. Several of them share a control room through the [county] CCTV Partnership" (held-back web 94's Hertfordshire)
_GOES_ON = re.compile(
    r"^\W*(?:they|these|those|(?:several|some|most|many|all|each|one|two|three|four)\s+of\s+(?:them|these|those))\b",
    re.I,
)


# ... or names the cameras just denied as that body's: "Since 2024 the town council's cameras have been monitored by [a
# neighbour]'s control centre" after "… belongs to [the] Town Council, which manages it" (held-back web 242's Folkestone and
# Hythe)
_THEIR_CAMERAS = re.compile(
    r"\b(?:the\s+(?:town|parish|community)\s+council(?:'s|’s)|their)\s+(?:cctv\s+)?cameras\b", re.I
)


def without_denials(para: str) -> str:
    """The paragraph with its sentences that deny the cameras are the council's taken out: "We do not hold the recordings"
    speaks in the council's voice only to say the cameras are not its own."""
    return " ".join(sent for sent in _sentences(para) if not _denies(sent))


# A partnership said to be run by councils of other kinds, beside the denial: "… the [county] CCTV Partnership, which four
# district and borough councils run together. The county council does not own or watch any public space cameras" (a county's
# dashboard page, held-back web 346's Hertfordshire): the partnership is theirs, not the county's own beside its denial
_RUN_BY_KINDS_WHICH = re.compile(
    r"\bwhich\s+(?:the\s+)?(?:\w+\s+)?(?P<kinds>(?:district|borough|city|town|parish|county)(?:,?\s+(?:and|or)\s+"
    r"(?:district|borough|city|town|parish|county))*)\s+councils\s+(?:(?:jointly|together)\s+)?(?:run|operate|own|manage|fund)\b",
    re.I,
)


def _run_by_other_kinds(sent: str, full_name: str | None) -> bool:
    m = _RUN_BY_KINDS_WHICH.search(sent)
    if m is None or not full_name:
        return False
    # (by the project's tier rule: a district and a borough council are one tier)
    kinds = set(re.findall(r"district|borough|city|town|parish|county", m.group("kinds"), re.I))
    return all(_other_tier(k, full_name) for k in kinds)


# Local councils owning cameras of their own, what follows being about theirs: "Some parish councils, including [a town], own
# cameras. Several of them pay the [neighbours'] CCTV shared service to watch their cameras" (a district's page on cameras in
# villages, held-back web 344's South Cambridgeshire)
_LOCAL_COUNCILS_OWN = re.compile(
    r"^\W*(?:some|several|many|a\s+few|most)\s+(?:parish|town|community)(?:\s+(?:and|or)\s+(?:parish|town|community))?\s+councils"
    r"(?:,[^.\n]{0,80},)?\s+(?:own|run|have|operate)\s+(?:their\s+own\s+)?(?:cctv\s+)?cameras\b",
    re.I,
)


# A council other than the writer, unnamed: "The Ombudsman criticised a district council outside [the county] for letting a
# request … run past that council's 31-day retention period" beside the county's "We do not run public space cameras" (held-back
# web 365's Norfolk): that council's cameras, not the writer's.
_UNNAMED_OTHER_COUNCIL = re.compile(
    r"\b(?:a|another|that|the\s+other)\s+(?:(?:district|borough|city|county|unitary|town|parish|neighbouring)\s+)?"
    r"council(?:'s|’s)?\b(?!\s+(?:we|I)\b)|\bthe\s+council\s+for\s+(?:the|your)\s+area\b",
    re.I,
)


def own_beside_denial(para: str, own_name: str | None = None, full_name: str | None = None) -> bool:
    kept: list[str] = []
    denied = False
    denied_place: str | None = None
    for s in _sentences(para):
        if _run_by_other_kinds(s, full_name) or _UNNAMED_OTHER_COUNCIL.search(s) or len(s.split()) < 4:
            # (nor a label opening the entry: "Town centre CCTV." over "The county council does not own or run public space
            # cameras; …", a county's list of complaints it cannot deal with, held-back web 365's Norfolk)
            continue
        if (
            _LOCAL_COUNCILS_OWN.search(s)
            or _denies(s)
            or _another_controller(s, own_name)
            or _police_decides(s)
            or _another_councils(s, own_name, full_name)
        ):
            denied = True
            denied_place = _possessed_place(s, own_name)
            continue
        if _SOMEONE_ELSES.search(s) or (
            denied and (_GOES_ON.search(s) or _THEIR_CAMERAS.search(s) or _opens_with_place(s, denied_place))
        ):
            continue
        denied = False
        kept.append(s)
    rest = " ".join(kept)
    # (or its own team offered for questions about the cameras: "For police requests across the partnership, [a neighbour]'s
    # CCTV Manager is the single point of contact. Residents with questions about cameras in [the district] can ring our
    # community safety team on …", held-back web 231's South Holland)
    return (
        bool(CCTV_TERM.search(rest) and OWN_CUES.search(rest))
        or bool(_OUR_TEAM_FOR_CAMERAS.search(rest))
        or bool(_AT_COUNCIL_SITES.search(rest))
        or any(own_name and is_same_council(m.group("name"), own_name) for m in _OWN_SYSTEMS_BY_NAME.finditer(rest))
    )


def _possessed_place(sent: str, own_name: str | None) -> str | None:
    """The place of another council named in the possessive ("Babergh District Council's cameras" -> "Babergh")."""
    for m in _NAMED_POSSESSIVE.finditer(sent):
        name = m.group("name") or m.group("city")
        if own_name and is_same_council(name, own_name) is False:
            return short_council_name(name) or None
    return None


def _opens_with_place(sent: str, place: str | None) -> bool:
    """The sentence goes on about the council just named by its place alone: "This page is about [Neighbour] District
    Council's cameras. [Neighbour] has 20 cameras in [its towns] …" on a site two councils share (held-back web 379's Mid
    Suffolk)."""
    return bool(place) and re.match(rf"\W*(?:the\s+)?{re.escape(place or '')}(?:'s|’s)?\s", sent) is not None


# ... or the council's own systems by its name, beside what it does not run: "We do not run a monitored CCTV network …. Eight
# council sites have their own recording systems, owned by [the district council]" (held-back web 239's Tandridge)
_OWN_SYSTEMS_BY_NAME = re.compile(
    rf"\b(?:recording\s+systems?|camera\s+systems?|cameras|cctv)\b[^.\n]{{0,40}}?\b(?:owned|run|operated|managed)\s+by\s+"
    rf"(?:the\s+)?(?P<name>{COUNCIL_NAME})",
    re.I,
)


# ... or cameras at the council's own places after what it does not run: "We do not run a monitored CCTV network … Cameras at
# the council sites below record in colour, day and night" (held-back web 305's Tandridge)
_AT_COUNCIL_SITES = re.compile(
    r"\b(?:cameras|cctv)\s+(?:at|on|in)\s+(?:the\s+|our\s+)?council(?:'s|’s)?\s+(?:own\s+)?(?:sites|buildings|car\s+parks|"
    r"offices|premises|depots|land)\b"
    # ... or in the council's voice: "We do not run town centre CCTV. We do use cameras at our own sites and on the county's
    # roads" (a county's statement of its own systems, held-back web 356's Gloucestershire)
    r"|\bwe\s+(?:do\s+)?(?:use|run|operate|have)\s+(?:cctv\s+|security\s+)?cameras\s+(?:at|on|in)\s+our\s+(?:own\s+)?"
    r"(?:sites|buildings|car\s+parks|offices|premises|depots|land)\b",
    re.I,
)


_OUR_TEAM_FOR_CAMERAS = re.compile(
    r"\b(?:questions|enquiries|queries)\s+about\s+(?:the\s+)?cameras\b[^.\n]{0,80}?\bour\s+(?:[\w-]+\s+){0,2}?"
    r"(?:team|service|officers?)\b",
    re.I,
)


# The council saying in one sentence whose the cameras are and that they are not its own: "Town centre cameras in the
# county are run by the district and borough councils, not by the County Council" (held-back web 183's Nottinghamshire).
# Run, owned or provided only: cameras "monitored by [the force], not by the council" are still the council's (held-back
# web 79's lesson). "Not by the county council" denies only a county's cameras: on a district's page it names another.
_RUN_BY_OTHERS_NOT_US = re.compile(
    # (or answerable for them: "Some [care homes] use CCTV …; the home decides this and is responsible for the recordings, not
    # the county council", a county's advice to families, held-back web 375's Oxfordshire)
    r"\b(?:(?:run|owned|provided)\s+by|responsible\s+for)\s+[^.\n]{1,80}?,?\s+not\s+(?:by\s+)?(?:us\b|the\s+"
    r"(?:(?P<kind>county|district|borough|city)\s+)?council\b(?!['’]s))",
    re.I,
)


# ... or to councils of other kinds, in the plural: "Town centre cameras in [the county] are owned by the district, borough
# and city councils" on the county's signpost (held-back web 196's Essex). A kind of the council's own ("owned by the
# district councils" on a district's page) may include it.
_OWNED_BY_KINDS = re.compile(
    # (or belongs to them: "Town centre CCTV in [the county] belongs to the district and borough councils", held-back web
    # 288's Nottinghamshire)
    r"\b(?:cctv|cameras?)\b[^.\n]{0,60}?\b(?:(?:are|is)\s+(?:owned|run)\s+(?:and\s+\w+\s+)?by|belongs?\s+to)\s+(?:the\s+|your\s+)?"
    r"(?P<kinds>(?:(?:district|borough|city|town|parish|community|county)(?:,\s*|\s+(?:and|or)\s+|\s+))+)councils\b|"
    # ("Wardens work with district councils, whose control rooms run the town centre CCTV cameras", a county's wardens
    # page, held-back web 202's Kent)
    r"\b(?P<whose>(?:(?:district|borough|city|town|parish|community|county)(?:,\s*|\s+(?:and|or)\s+|\s+))+)councils,?\s+"
    r"(?:whose|(?:which|that)\s+(?:run|operate|monitor|own))\b[^.\n]{0,60}?\b(?:cctv|cameras?)\b",
    re.I,
)


# ... or to one council of another kind, in the singular: "Some developments pay towards CCTV run by the city council" on a
# district's planning page (held-back web 327's East Cambridgeshire), "The town council runs CCTV in the market place"
# (held-back web 331's Uttlesford). A town, parish or community council is never the audited one; a principal council's kind
# is read only when the audited council's name carries a kind of its own ("Cardiff Council" may call itself the city council).
_RUN_BY_ONE_KIND = re.compile(
    r"\b(?:cctv|cameras?)\b[^.\n]{0,40}?\b(?:run|owned|operated|provided|managed)\s+by\s+the\s+"
    r"(?P<kind>district|borough|city|town|parish|community|county)\s+council\b(?!['’]s)|"
    r"(?:^|(?<=[.\n]))\W*the\s+(?P<kind2>town|parish|community|district|borough|city|county)\s+council\s+(?:runs|owns|operates|"
    r"provides|manages)\s+(?:the\s+)?(?:cctv|cameras?)\b",
    re.I,
)


def _one_other_kind(para: str, council_name: str | None) -> bool:
    for m in _RUN_BY_ONE_KIND.finditer(para):
        kind = (m.group("kind") or m.group("kind2")).lower()
        if kind in ("town", "parish", "community") or (council_name and _other_tier(kind, council_name)):
            return True
    return False


# A partnership of councils that speaks for itself elsewhere: "Several [county] councils share the [county] CCTV
# Partnership; it publishes its own information" (a two-line signpost page, held-back web 379's Three Rivers). The council
# names no cameras of its own there: the information is the partnership's, on its own site.
_PUBLISHES_ITS_OWN = re.compile(
    r"\b(?:it|they|the\s+(?:partnership|scheme|service))\s+publish(?:es)?\s+(?:its|their)\s+own\s+(?:information|details|"
    r"pages|policies|policy|reports?)\b",
    re.I,
)


def run_by_others_not_us(para: str, council_name: str | None) -> bool:
    """The paragraph gives the cameras to others "not [to] us" or "not [to] the [county] council", this council's kind,
    or to councils of other kinds than this one, or points to another body that publishes its own information."""
    if (_one_other_kind(para, council_name) or _PUBLISHES_ITS_OWN.search(para)) and not re.search(
        r"\b(?:our|we|us)\b", para, re.I
    ):
        return True
    for m in _OWNED_BY_KINDS.finditer(para):
        named = m.group("kinds") or m.group("whose")
        kinds = set(re.findall(r"district|borough|city|town|parish|community|county", named, re.I))
        if council_name and not any(re.search(rf"\b{k}\b", council_name, re.I) for k in kinds):
            return True
    # (only of the cameras: "Membership is run by the scheme, not the council", a business radio scheme's page beside "The
    # council's town centre cameras are watched from [a neighbour]'s control centre", held-back web 240's Gravesham)
    denied = next(
        (m for m in _RUN_BY_OTHERS_NOT_US.finditer(para) if _names_cameras(para[slice(*sentence_at(para, *m.span()))])),
        None,
    )
    if denied is None:
        return False
    kind = denied.group("kind")
    return not kind or bool(council_name and re.search(rf"\b{kind}\b", council_name, re.I))


def _names_cameras(sent: str) -> bool:
    return bool(CCTV_TERM.search(sent) or re.search(r"\bcameras?\b|\bcontrol\s+(?:room|centre)\b", sent, re.I))


# A room or cameras the council requires somebody else to keep, as their regulator: "The certificate requires the club to
# staff its own CCTV control room on match days" (a sports ground's safety certificate, held-back web 185's Sunderland). The
# requirement runs from its verb to the sentence's end; what comes before it ("the CCTV team now sends …, and the procedure
# has been updated to require a second officer to check …", real-text round 17) is still the council's own.
# (never the council itself: "The Protection of Freedoms Act requires the council to have regard to the Code when it runs
# CCTV" is its own duty, a form councils' CCTV pages use, read through search)
_REQUIRED_OF_OTHERS = re.compile(
    r"\brequir(?:es|e|ed)\s+(?!(?:the|all|any|each|every)\s+(?:(?:local|relevant)\s+)?(?:council|authorit|operator|staff))"
    r"(?:the|a|an|each|every|all|any)\s+(?:[\w'’-]+\s+){0,3}?to\s+[^.\n]*|"
    # (or the grantees in the plural: "grant conditions require groups to display signs and to adopt a simple CCTV policy", a
    # community grants report, real-text round 98)
    r"\brequir(?:es|e|ed)\s+(?:groups|applicants|recipients|organisations|clubs|businesses|landlords|schools|grantees)\s+to\s+"
    r"[^.\n]*|"
    # ... whose cameras are their own: "Each group that buys cameras is responsible for them as data controller"
    r"\beach\s+(?:group|applicant|recipient|organisation|club|business|school|grantee)\s+that\s+(?:buys|installs|fits|puts\s+up)\s+"
    r"(?:cctv\s+)?cameras\b[^.\n]*|"
    # a grant's conditions on the body it helps buy cameras: "It must adopt a CCTV policy, complete a data protection impact
    # assessment and put up signs" (a town and parish councils' grant, real-text round 53)
    r"(?:^|(?<=[.\n]))\W*(?:it|the\s+(?:town|parish|community)(?:\s+or\s+(?:town|parish|community))?\s+council|"
    r"(?:the\s+)?applicants?|(?:grant\s+)?recipients?)\s+must\s+[^.\n]*|"
    # ... or told to the applicant in the second person: "Your scheme must have regard to the Surveillance Camera Code …",
    # "You should hold, or be working towards, third party certification" (a fund's guidance for applicants, held-back web
    # 238's Essex)
    r"\byour\s+(?:cctv\s+|camera\s+)?(?:scheme|system|cameras|control\s+room)\s+(?:must|should|will\s+need\s+to)\s+[^.\n]*|"
    r"\byou\s+(?:must|should)\s+(?:hold|have|be\s+working\s+towards)\b[^.\n]*\bcertification\b[^.\n]*|"
    # ... or on the business it helps: "Any CCTV you install will be yours, not the council's. You will be the data controller
    # for the recordings" (a business security grant, real-text round 53)
    r"\b(?:cctv|cameras?)\s+(?:that\s+)?you\s+(?:install|buy|fit|put\s+up)\s+(?:will\s+be|is|are|remains?)\s+(?:yours|your\s+own)\b"
    r"[^.\n]*|\byou\s+(?:will\s+be|are|become)\s+(?:the\s+)?data\s+controller\b[^.\n]*",
    re.I,
)


def required_of_others(para: str) -> bool:
    """The paragraph names CCTV only in what the council requires of another body."""
    return bool(_REQUIRED_OF_OTHERS.search(para)) and not CCTV_TERM.search(_REQUIRED_OF_OTHERS.sub(" ", para))


# A page that gives the cameras it is about to another owner by name and says in so many words that the council does not run
# them: "The public space cameras in [seven towns] are owned and monitored by [the force] … [X] County Council does not operate
# these cameras and does not hold the footage" (a county's community safety page), "The ANPR cameras are owned and operated by
# [the force] … but the council does not operate the cameras" (a city's Safer Streets page; real-text round 122). The council
# speaks of them only to send people elsewhere.
_WE_DO_NOT_RUN_THEM = re.compile(
    r"\b(?:(?-i:(?:[A-Z][\w'’-]+\s+){1,4}(?:County\s+|Borough\s+|District\s+|City\s+)?Council)|the\s+(?:county\s+|borough\s+|"
    r"district\s+|city\s+)?council|we)\s+(?:does|do)\s+not\s+(?:operate|run|own|monitor|manage|control)\s+(?:these|the|those|them|"
    r"any)\b",
    re.I,
)
_OWNED_BY_ANOTHER = re.compile(
    r"\b(?:owned|operated|run|installed)\s+(?:and\s+(?:operated|monitored|run|owned|maintained|managed)\s+)?by\s+"
    r"(?!(?:the\s+)?(?:council|us)\b)(?:the\s+)?(?-i:[A-Z])",
    re.I,
)


def disowned(text: str) -> bool:
    """The text names another owner for the cameras and says the council does not run them (the caller checks that no camera
    of the council's own is named beside them)."""
    sample = text[:20_000]
    return bool(_WE_DO_NOT_RUN_THEM.search(sample) and _OWNED_BY_ANOTHER.search(sample))

"""Decoys by topic: pages about something else that speaks of cameras (docs/domain.md "Decoys").

A resident's doorbell camera, a CCTV operator's job, bus-lane and parking enforcement, taxi
licensing, police appeals, news items, planning and licence conditions, drain surveys and covert
surveillance all use the words of a council's CCTV page. Each kind says how a title, an address,
the text and a single paragraph show it.
"""

from __future__ import annotations

from .decoy_kinds import Decoy, DecoyKind, r, t
from .decoy_voices import PARKING_CY_TEXT, PARKING_CY_TITLE

__all__ = [
    "HOME_CCTV",
    "JOB_ADVERT",
    "PARKING",
    "TAXI",
    "POLICE_APPEAL",
    "NEWS",
    "NEWS_SECTIONS",
    "PLANNING",
    "DRAIN",
    "RIPA",
]

HOME_CCTV = DecoyKind(
    "home CCTV advice",
    r(
        r"\b(?:home|domestic|doorbell|your\s+own|private|residential|household)\s+(?:cctv|cameras?|"
        r"surveillance|security\s+cameras?)|\b(?:cctv|cameras?)\s+(?:at|in|on|for|around)\s+(?:your\s+)?"
        r"(?:home|house|property|homes)\b|\bneighbou?r(?:s|'s)?\s+(?:cctv|cameras?|disputes?)|"
        r"\bcctv\s+and\s+(?:your\s+)?neighbou?rs?\b|\bdoorbell|"
        # advice to a business on its own cameras: "Using CCTV in your shop or pub" (a trading standards page, held-back web 354's
        # Oxfordshire)
        r"\b(?:cctv|cameras?)\s+(?:at|in|on|for)\s+your\s+(?:shop|pub|business|premises|workplace|restaurant|takeaway)\b|"
        # Welsh: "camerâu cloch drws", "teledu cylch cyfyng yn y cartref", "… a'ch cymdogion"
        r"\b(?:g|ch)?loch\s+(?:y\s+|eich\s+)?drws\b|\byn\s+y\s+cartref\b|\bdomestig\b|\bcymdog(?:ion)?\b"
    ),
    r(
        r"home-cctv|domestic-cctv|doorbell|cctv-at-home|neighbou?r|private-cctv|cctv-on-your|"
        r"your-own-cctv|household-cctv"
    ),
    t(
        (r"\bdoorbells?\b", 2),
        (
            r"\b(?:domestic|home|private|residential|household)\s+(?:cctv|cameras?|"
            r"surveillance)",
            2,
        ),
        (r"\byour\s+(?:own\s+)?(?:home|house|property|garden|driveway)\b", 1),
        # (a neighbour, not a neighbourhood: "Keeping neighbourhoods safe", "neighbourhood policing teams" on a
        # council's community safety page, held-back web 26's Telford)
        (r"\bneighbou?r(?!hood)", 1),
        (r"\bdomestic\s+purposes\b|\bhousehold\s+exemption\b", 2),
        (r"\boverlook", 1),
        (
            r"\binstall(?:ing|ed)?\s+(?:a\s+)?(?:cctv|cameras?)\s+(?:system\s+)?"
            r"(?:at|on|in|outside|around)\s+your",
            2,
        ),
        (r"\bnuisance\b", 0.5),
        # ("If you put up cameras you are a data controller … This is advice for businesses about their own cameras")
        (
            r"\bif\s+you\s+(?:put\s+up|install|use|have|run)\s+(?:cctv|cameras?)\b[^.\n]{0,40}?\byou\s+(?:are|become)\s+"
            r"(?:a\s+)?data\s+controller\b|\badvice\s+for\s+(?:businesses|shops|traders|retailers|licensees)\b",
            2,
        ),
        # Welsh advice to a householder: the doorbell, "your house/home/property", neighbours, the
        # boundary of your home, "if you put up a camera … you should"
        (r"\b(?:g|ch)?loch\s+(?:y\s+|eich\s+)?drws\b", 2),
        (r"\beich\s+(?:tŷ|ty|cartref|eiddo|gardd)\b|\bffin\s+eich\b", 1),
        (r"\bcymdog(?:ion)?\b|\bgymdog(?:ion)?\b|\bnghymdog(?:ion)?\b", 1),
        (r"\bos\s+(?:ydych|wyt)\s+(?:chi\s+)?(?:yn\s+)?(?:gosod|defnyddio|ystyried)\b", 1.5),
        # council tenants' own cameras (the council as landlord gives permission)
        (
            r"\btenants?\s+(?:may|must|can|wishing\s+to|who\s+want\s+to)\s+(?:install|fit|put\s+up)|"
            r"\bpermission\s+(?:from\s+(?:us|your\s+landlord|the\s+council)\s+)?(?:to|before)\s+"
            r"(?:install|fit|put\s+up)|\btenancy\s+(?:agreement|conditions)\b",
            2,
        ),
    ),
    r(
        r"\bdoorbell|\b(?:domestic|home)\s+cctv\b|\byour\s+own\s+cctv\b|\bneighbou?r'?s\s+cctv|"
        r"\bcctv\s+(?:at|on|outside)\s+your\s+(?:home|house|property)|\bhousehold\s+exemption|"
        r"\b(?:g|ch)?loch\s+(?:y\s+|eich\s+)?drws\b|\bcamera\s+ar\s+eich\s+(?:tŷ|ty|cartref|eiddo)\b"
    ),
)

JOB_ADVERT = DecoyKind(
    Decoy.JOB_ADVERT,
    r(
        r"\bvacanc|\bjobs?\b|\bcareers?\b|\brecruit|\bjob\s+description|\bperson\s+specification|"
        # a volunteer's role is recruitment too: "Volunteer as a CCTV observer" (held-back webs 12 and 24)
        r"^\s*(?:volunteer|become\s+a\s+volunteer)\b[^|]{0,30}\b(?:cctv|cameras?|control\s+room)\b|"
        # (or the council's volunteering page listing the role: "Volunteering with us" over "CCTV volunteer monitor",
        # held-back web 203's Erewash)
        r"^\s*volunteering\b|^\s*(?:cctv|camera|control\s+room)\s+volunteers?\b|"
        # a job description's extract headed by the post's duties: "Key responsibilities", "Main duties"
        r"^\s*(?:key|main|principal)\s+(?:responsibilities|duties|accountabilities)\b|"
        # a title that is a job's name: "CCTV Operator", "CCTV Monitoring Officer", "Control Room
        # Operator (part time)"; a service page is never named after the person who staffs it
        r"^\s*(?:cctv|control\s+room|surveillance|camera|public\s+space|monitoring\s+cent(?:re|er))(?:\s+(?:control\s+room|"
        r"monitoring|camera|cctv|surveillance|room|senior|relief|night))*\s+(?:operators?|operatives?|officers?|"
        # (nor the council's own papers for its staff: "CCTV Operator Induction Checklist", real-text round 107)
        r"assistants?|supervisors?|technicians?|controllers?)\b(?!\s+(?:code|polic|training|induction|checklist|handbook|"
        r"manual|procedures?|rota))"
        # (never a headline about the staff: "Control room operators praised by police", a council's news, real-text round 101)
        r"(?!\s+(?:praised|commended|honoured|thanked|recognised|recognized|win|wins|won|awarded|help|helped|spot|spotted|"
        r"receive|received|celebrate|celebrated)\b)|"
        # a longer job name that still ends in the post: "CCTV and Surveillance Compliance Officer"
        r"^\s*(?:cctv|surveillance|control\s+room)\b[\w\s&,-]{0,40}?\s(?:operators?|operatives?|officers?|"
        r"assistants?|supervisors?|technicians?|co-?ordinators?|managers?)\s*(?:\(|\||$)|"
        # a Welsh vacancy: "Swydd wag", "Swyddi gwag"; a Welsh job's name: "Gweithredwr Teledu Cylch Cyfyng"
        r"\bswydd(?:i)?\s+(?:wag|gwag)\b|\bdisgrifiad\s+swydd\b|"
        r"^\s*(?:gweithredwr|gweithredwyr|swyddog|goruchwyliwr|technegydd)\s+(?:(?:t|d)eledu\s+cylch\s+cyfyng|TCC|"
        r"(?:c|g)amer\w*|ystafell\s+reoli|monitro)\b"
    ),
    r(
        r"/(?:jobs?|vacanc\w*|careers?|recruitment|job-?search|work-for-us|working-for-us|"
        r"job-?vacancies|volunteering(?:-with-us|-opportunities)?|volunteer-with-us)(?:/|$|-)|jobid=|vacancyid=|/job/"
    ),
    t(
        (r"\bsalary\b|£\d[\d,]*\s*(?:-|–|to)\s*£\d", 2),
        (r"\bclosing\s+date\b", 2),
        (r"\bjob\s+(?:description|reference|ref|purpose|title|profile)\b", 2),
        # a job board's fields: "Posting date: …", "Job type: Permanent" (a city council's listing, real-text round 118)
        (r"\bposting\s+date\b|\bdate\s+posted\b|\bjob\s+(?:type|category)\s*:", 2),
        (r"\bperson\s+specification\b", 2),
        (
            r"\bhours\s+per\s+week\b|\b(?:full|part)[- ]time\b|\bfixed[- ]term\b|\bshift\s+"
            r"(?:pattern|allowance|work)|\bgrade\s+(?:\d|(?-i:[A-H])\b)|\bSCP\b|\bpay\s+band|"
            # a post's reference in its title: "Security officer, Guildhall (ref CL2291)"
            r"\(\s*(?:job\s+)?ref(?:erence)?\.?\s*:?\s*[A-Z]{0,4}\d+\s*\)",
            1,
        ),
        (
            r"\bapply\s+(?:now|online|for\s+this)|\bhow\s+to\s+apply|\bapplications?\s+(?:close|must|"
            r"should)",
            2,
        ),
        (r"\binterviews?\b", 1),
        # an offer of the post made to the successful candidate: "Conditional offer of employment – CCTV Operator (Grade 4)",
        # "I am pleased to offer you the post of …", "Please sign and return the enclosed acceptance form" (an HR letter,
        # real-text round 104)
        (r"\b(?:conditional\s+|formal\s+)?offer\s+of\s+employment\b|\boffer\s+you\s+the\s+(?:post|position|role)\b", 3),
        (r"\bacceptance\s+form\b|\bthis\s+offer\s+is\s+(?:conditional|subject)\b", 2),
        # what the post needs: "An SIA door supervisor or public space surveillance licence is essential", "Full driving
        # licence required", "An SIA licence is desirable"
        (
            r"\b(?:is|are)\s+(?:essential|desirable)\b|\blicen[cs]e\s+(?:is\s+)?(?:required|needed|essential|desirable)\b",
            1,
        ),
        # the advert's terms line: "37 hours", "30 awr yr wythnos"
        (r"\b\d{2}(?:\.\d+)?\s+(?:hours|awr)\b", 1),
        # a Welsh advert: the vacancy, its grade, its closing date, its pay, who is sought
        (r"\bswydd(?:i)?\s+(?:wag|gwag)\b", 3),
        (r"\bdyddiad\s+cau\b|\bcyflog\b", 2),
        # a Welsh job description: "Disgrifiad swydd", "Prif ddyletswyddau", shift work and the SIA licence (real-text
        # round 10)
        (r"\bdisgrifiad\s+swydd\b|\bmanyleb\s+person\b", 3),
        (r"\bprif\s+ddyletswyddau\b|\bdyletswyddau\s+allweddol\b", 2),
        (r"\bgwaith\s+shifft\b|\bthrwydded\s+(?:yr\s+)?SIA\b", 1),
        (r"\bgradd\s+\d|\brydym\s+yn\s+chwilio\s+am\b|\bbyddwch\s+yn\s+(?:gweithio|gwylio|monitro|cadw)\b", 1),
        (r"\b(?:rhan|llawn)[- ]amser\b|\bar\s+rota\b|\bsgiliau\s+cymraeg\b|\bsiarad\s+cymraeg\b", 1),
        (
            r"\bwe\s+are\s+looking\s+for|\bsuccessful\s+candidate|\bthe\s+post\s*holder|"
            r"\babout\s+the\s+role\b|\byou\s+must\s+hold\b|\bthe\s+role\s+(?:involves|includes)|\byou\s+will\s+(?:maintain|support|monitor|watch|be\s+responsible|patrol|"
            r"lead\s+on|be\s+the\s+(?:council(?:'|’)s\s+)?(?:link|point|contact))|"
            # the post's hours and its licence: "Rotating 12-hour shifts", "a licence is needed within six months" (held-back
            # web 35's East Riding)
            r"\b(?:rotating|rota(?:ed)?|\d{1,2}-hour)\s+shifts\b",
            1,
        ),
        # a job description's own headings: "Responsible to:", "Main duties", "Essential criteria"
        (
            r"\bresponsible\s+to\s*:|\breports\s+to\s*:|\b(?:main|key)\s+(?:duties|tasks|accountabilities|responsibilities)\b|"
            r"\b(?:essential|desirable)\s+(?:criteria|requirements|qualifications)\b|\bexciting\s+opportunity\b",
            2,
        ),
        # the duties as a numbered list of infinitives: "1. To watch the cameras …", "2. To log footage requests …"
        (
            r"(?ms:^\W*\d{1,2}[.)]\s+To\s+[a-z]+\b.*?^\W*\d{1,2}[.)]\s+To\s+[a-z]+\b.*?^\W*\d{1,2}[.)]\s+To\s+[a-z]+\b)",
            2,
        ),
    ),
    r(
        r"\bsalary\b|\bclosing\s+date\b|\bjob\s+description\b|\bperson\s+specification\b|"
        r"\bhow\s+to\s+apply\b|\bsuccessful\s+candidate\b|\bpost\s*holder\b|\bswydd(?:i)?\s+(?:wag|gwag)\b|"
        r"\bdyddiad\s+cau\b"
    ),
)

PARKING = DecoyKind(
    "parking or traffic enforcement",
    r(
        # ("CCTV for community safety and traffic enforcement" is the CCTV service's own page: the title
        # names community safety too)
        # (nor "Household Waste Recycling Centre and enforcement cameras – privacy notice": the council's cameras at its
        # tips and fly-tipping spots, real-text round 41's Kent)
        # (nor "Parking enforcement – body worn cameras fair processing notice": the council's officers' own cameras, real-text
        # round 67)
        # (nor "Recycling centre and enforcement cameras – privacy notice", real-text round 74's Kent)
        r"(?s:\A(?!.*\b(?:(?:community|public)\s+safety|(?:(?:household\s+)?waste\s+)?recycling\s+centres?|fly-?tipping|"
        r"body[\s-]*worn)\b).*?)(?:"
        # ("Parking, Marine & CCTV Services" names the team that runs the CCTV, not a parking page)
        # ("Coach parking in Ely", a coach park's page: a council place, held-back web 146's East Cambridgeshire)
        r"\b(?:(?<!coach\s)parking(?![\w ,]{0,30}(?:&|and)\s+CCTV\s+(?:services?|team|unit|department|section)\b)|"
        r"bus\s+lanes?|moving\s+traffic|traffic\s+enforcement|penalty\s+charge|PCNs?|"
        r"school\s+streets?|box\s+junctions?|enforcement\s+(?:anpr\s+)?cameras?|camera\s+enforcement|camera\s+cars?|"
        # ("Weight restriction enforcement ANPR camera": real-text round 15)
        r"weight\s+(?:restrictions?|limits?)|"
        # (nor a place's safety cameras: "City safety cameras", a city's public space CCTV page by another name, held-back web
        # 348's Gloucester)
        r"speed\s+cameras?|(?<!public\s)(?<!community\s)(?<!city\s)(?<!town\s)(?<!street\s)safety\s+cameras?|red\s+light|"
        r"clean\s+air\s+zone|ULEZ|congestion\s+charge)\b|" + PARKING_CY_TITLE + ")"
    ),
    r(
        # (not the council's car parks filed under parking: "/parking/car-parks/staying-safe-in-our-car-parks", held-back
        # web 83's East Hampshire)
        r"(?<!coach-)parking(?!/(?:our-)?car-parks?(?:/|$)|-and-transport/(?:our-)?car-parks?(?:/|$)|/coach-park)|bus-?lane|/pcn|"
        r"penalty-charge|"
        r"moving-traffic|traffic-enforcement|school-streets?|"
        r"enforcement-camera|enforcement-anpr|weight-restriction|weight-limit|camera-enforcement|clean-air-zone|ulez|speed-cameras?|(?<!public-)(?<!community-)(?<!city-)(?<!town-)(?<!street-)safety-cameras?|"
        r"red-light"
    ),
    t(
        (r"\bpenalty\s+charge\s+notices?\b|(?-i:\bPCNs?\b)", 3),
        (r"\bbus\s+lanes?\b", 2),
        (r"\bmoving\s+traffic\s+(?:offences|contraventions?|enforcement)", 2),
        (r"\bapproved\s+device", 2),
        (
            r"\bparking\s+(?:enforcement|contraventions?|restrictions|fines?|tickets?|attendants?|"
            r"services|permits?|bays?)",
            2,
        ),
        (r"\bcontraventions?\b", 1),
        (r"\btraffic\s+management\s+act\b|\bcivil\s+enforcement\b", 2),
        (r"\bcamera\s+cars?\b|\benforcement\s+vehicles?\b", 1),
        # a car park's number plate cameras that time your stay: "… record when you enter and leave our pay on exit car
        # parks" (held-back web 68's Three Rivers)
        (
            r"\b(?:number\s+plate\s+recognition|(?-i:ANPR))\b[^.\n]{0,80}\b(?:pay\s+on\s+exit|enter\s+and\s+leave|"
            r"length\s+of\s+(?:your\s+)?stay|parking\s+(?:time|charges?|sessions?))\b",
            2,
        ),
        # what a camera car is for ("checking for inconsiderate and dangerous parking at bus stops and schools",
        # "'no loading' restrictions": real-text round 14)
        (r"\b(?:inconsiderate|dangerous|illegal)\s+(?:and\s+\w+\s+)?parking\b|\bno\s+loading\b", 1),
        (r"\b(?:appeal|challenge|pay)\s+(?:a|your|the)\s+(?:pcn|penalty|ticket|fine)", 2),
        (r"\bspeed\s+cameras?\b|\bsafety\s+cameras?\b", 1),
        # road safety cameras are run by the county's safer roads partnership, never the CCTV service
        # (held-back web 5: "speed and red light cameras … are run by the Safer Roads Partnership")
        (r"\bred\s+light\s+cameras?\b|\bsafer\s+roads\s+partnership\b|\baverage\s+speed\s+cameras?\b", 2),
        (r"\byellow\s+box|\bbox\s+junction|\bschool\s+streets?\b|\bno\s+entry\b", 1),
        (r"\b(?:\d+(?:\.\d+)?\s*(?:tonnes?|t)\s+)?weight\s+(?:restrictions?|limits?)\b", 2),
        # number plate cameras against speeding in villages, community speed watch (real-text round 19)
        (
            r"\bspeeding\b|\bspeed\s+(?:limits?|offences|enforcement)\b|\bcommunity\s+speed\s*watch\b|\bspeedwatch\b",
            1.5,
        ),
        (PARKING_CY_TEXT, 2),
    ),
    # (not "civil enforcement officers": the council's own body-worn video is `other_systems`)
    r(
        r"(?-i:\bPCNs?\b)|\bpenalty\s+charge|\bbus\s+lanes?\b|\bmoving\s+traffic\b|"
        r"\bparking\s+(?:enforcement|contravention)|\bapproved\s+device\b|"
        r"\bcivil\s+enforcement\b(?!\s+officers?)|\bcamera\s+cars?\b|" + PARKING_CY_TEXT
    ),
)

# Live traffic pictures for drivers: still images of junctions refreshed every few minutes and not recorded, a
# highways page and no disclosure of the council's CCTV (held-back web 72's Surrey: "Live traffic cameras")
TRAFFIC_VIEW = DecoyKind(
    "live traffic images",
    # (or the highway authority's monitoring cameras that record nothing: "Traffic monitoring cameras: operating note" over
    # "Cameras at junctions show live traffic to the highways control room. They do not record.", held-back web 310's
    # Warwickshire)
    # (by its address and words, not its title alone: a county's page titled "Traffic monitoring cameras" that counts them,
    # names the team and says what they are for is its information about a camera system, real-text round 27)
    r(r"\blive\s+traffic\b|\btraffic\s+(?:webcams?|camera\s+images|conditions)\b|\broad\s+conditions\b"),
    r(
        r"live-traffic|traffic-webcams?|traffic-conditions|traffic-cameras?|road-cameras?|traffic-(?:monitoring|management)-cameras?"
    ),
    t(
        (
            r"\b(?:show|send|feed)s?\s+live\s+(?:traffic|pictures|images)\s+to\s+(?:the\s+)?(?:highways?|traffic)\s+control\s+"
            r"(?:room|centre)\b",
            3,
        ),
        (r"\b(?:the\s+)?(?:cameras|they)\s+do\s+not\s+record\b", 2),
        (r"\b(?:images?|pictures?|views?|snapshots?)\b[^.\n]{0,60}\b(?:refreshed|updated)\s+every\b", 3),
        (r"\b(?:images?|pictures?|views?)\s+(?:are\s+)?not\s+recorded\b", 2),
        (
            r"\bcheck\s+(?:the\s+)?(?:traffic\s+|road\s+|travel\s+)?conditions\b|\bbefore\s+you\s+(?:set\s+off|travel)\b",
            1.5,
        ),
        (r"\b(?:busy\s+)?junctions?\b|\broadworks\b|\bcongestion\b", 1),
    ),
    r(r"\b(?:images?|pictures?)\s+(?:are\s+)?(?:refreshed|updated)\s+every\b|\blive\s+traffic\s+(?:cameras?|images)\b"),
)

TAXI = DecoyKind(
    "taxi licensing",
    r(
        r"\b(?:taxis?|private\s+hire|hackney\s+carriages?|licensed\s+vehicles?|PHV|tacsis?|cerbydau\s+hacni|hurio\s+preifat|c(?:h)?erbydau\s+trwyddedig)\b"
    ),
    r(r"taxi|private-hire|hackney"),
    t(
        (r"\btaxis?\b", 2),
        (r"\bprivate\s+hire\b", 2),
        (r"\bhackney\s+carriages?\b", 2),
        (r"\b(?:driver|operator|vehicle)(?:'s|s)?\s+licen[cs]es?\b", 1),
        (r"\blicen[cs]ing\s+(?:conditions|policy|authority|team|officers?)\b", 1),
        (r"\bpassengers?\b", 1),
        (r"\bin-?vehicle\s+(?:cctv|cameras?)", 2),
        # the Welsh words: "camerâu mewn tacsis", "cerbydau hurio preifat a cherbydau hacni" (real-text round 15)
        (r"\btacsis?\b|\bc(?:h)?erbydau\s+(?:hurio\s+preifat|hacni)\b|\bawdurdod\s+trwyddedu\b", 2),
        # the conditions' own words in Welsh: a licensed vehicle, its driver or passenger, its owner (real-text round 31)
        (r"\bc(?:h)?erbyd(?:au)?\s+trwyddedig\b|\bhurio\s+preifat\b", 2),
        (r"\bgyrr(?:wr|wyr)\b|\bteithw?i(?:wr|wyr)\b", 1),
        (r"\bperchennog\s+y\s+cerbyd\b|\bamodau\s+(?:trwydded|trwyddedu)\b", 1),
        (r"\bteledu\s+cylch\s+cyfyng\s+mewn\s+(?:cerbyd|tacsi)", 2),
        # the council's school transport contracts: "CCTV in contract vehicles", "The operator is the data controller for
        # recordings made in its vehicles" (a county's conditions of contract, real-text round 56)
        (r"\b(?:home[- ]to[- ]school|school|passenger)\s+transport\b", 2),
        (r"\bcontract\s+vehicles?\b|\boperator\s+is\s+the\s+data\s+controller\b", 2),
    ),
    # (never the night-time economy's marshals at the ranks: "operators now share a radio channel with taxi marshals", a
    # licensing committee's note of the council's CCTV service, real-text round 124)
    # (a BID's marshals beside "the city centre camera operators" stay a look-alike, real-text round 10)
    r(
        r"\btaxis?\b(?!\s+(?:rank\s+)?marshals?\b)|\bprivate\s+hire\b|\bhackney\s+carriage|\bin-?vehicle\s+cctv|"
        r"(?:^|(?<=\n)|(?<=[.!?]\s))(?![^.\n]*\bcouncil(?:'s|’s)\s+(?:cctv|control\s+room|camera\s+operators))[^.\n]*"
        r"\btaxi\s+(?:rank\s+)?marshals?\b"
    ),
)

POLICE_APPEAL = DecoyKind(
    "police appeal",
    r(r"\bappeal\b|\bdo\s+you\s+recogni[sz]e\b|\bcan\s+you\s+help\b|\bwanted\b|\bwitness(?:es)?\b"),
    r(r"appeal|wanted|do-you-recogni"),
    t(
        (r"\bdo\s+you\s+recogni[sz]e\b", 3),
        (
            r"\bpolice\s+(?:are|have)\s+(?:appealing|released|issued)\b|\bappeal(?:ing)?\s+for\s+"
            r"(?:information|witnesses)|\bappeal\s+to\s+(?:identify|trace)",
            3,
        ),
        (r"\bcrimestoppers\b", 2),
        (r"\b(?:quote|quoting)\s+(?:crime\s+)?(?:reference|ref|log|incident)", 2),
        (r"\bcall\s+(?:police\s+on\s+)?101\b", 1),
        (
            r"\b(?:released\s+)?(?:cctv\s+)?images?\s+of\s+(?:a\s+|two\s+|three\s+)?(?:man|woman|men|"
            r"women|people|person|suspects?|youths?)\b",
            3,
        ),
        (r"\bsuspects?\b", 1),
    ),
    r(r"\bdo\s+you\s+recogni[sz]e\b|\bcrimestoppers\b|\bappeal(?:ing)?\s+for\s+(?:information|witnesses)"),
)

# The sections a council files its news in, by their address (read by the news kind and by decoys' article test):
# "/media-centre/…" a county's (held-back web 136's Hertfordshire), Welsh "/cy/newyddion/…" (held-back web 77's Anglesey)
NEWS_SECTIONS = (
    r"news|newyddion|press|press-?releases?|media-?releases?|media-?centre|newsroom|news-and-media|latest-?news|"
    r"news-?items?|news-?articles?|news-and-events|news-events"
)

NEWS = DecoyKind(
    Decoy.NEWS,
    r(
        r"\bpress\s+release\b|\bnews\b|\bnewsroom\b|\b(?:invests?|welcomes?|launch(?:es)?|unveils?|"
        r"announces?|celebrates?|secures?|boosts?|hails?|awarded\s+funding)\b|"
        # a headline, not a service page's name: "New CCTV cameras to tackle fly-tipping"
        r"^\s*(?:more\s+|extra\s+|new\s+|additional\s+)(?:[\w-]+\s+){0,3}?(?:cctv|cameras?)\b[^|]{0,60}?"
        r"\b(?:to|will|for|in|at|installed|arrive)\b|"
        # ... or counted first: "Fifteen new cameras live in [two towns]" (a newsroom's article filed under /article/, held-back
        # web 402's Great Yarmouth)
        # ("Have your say on nine more cameras", its consultation told as news)
        r"(?:^\s*|\bon\s+)(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:more|extra|new|"
        r"additional)\s+(?:[\w-]+\s+){0,2}?(?:cctv|cameras?)\b|"
        r"\b(?:cctv|cameras?)\s+(?:to|will)\s+(?:tackle|combat|crack\s+down|cut|reduce|boost|deter|target|"
        r"help|keep|improve|protect)\b|"
        r"\b(?:cctv|cameras?)\s+(?:upgrade\s+|network\s+|system\s+|switch-?over\s+)?(?:completed|unveiled|switched\s+on|"
        r"goes\s+live|go\s+live|installed\s+in|arrive)\b|"
        # "CCTV switch-over finished in the bus station", "Cameras upgrade complete in Market Street"
        r"^\s*(?:cctv|cameras?)\s+(?:upgrade|switch-?over|replacement|renewal)\s+(?:complete|completed|finished|done)\b|"
        # Welsh: "Camerâu newydd yn dechrau gweithio …", "Camerâu newydd ar gyfer [towns]" (real-text round 81)
        r"^\s*(?:camer[aâ]u|teledu\s+cylch\s+cyfyng)\s+newydd\b"
    ),
    # (or a flat slug dated as news: "/news-2024-sussex-councils-cctv-letter", held-back web 205's Rother)
    r(rf"/(?:{NEWS_SECTIONS}|news-and-events|blogs?|newsletters?)(?:/|$)|newsid=|news_item|/news-(?:19|20)\d\d-[a-z]"),
    t(
        (r"\bpress\s+release\b|\bnotes\s+to\s+editors\b|\bmedia\s+enquiries\b", 3),
        (
            r"\b(?:said|says|added|commented|explained)\s+(?:cllr|councillor|cabinet\s+member|the\s+leader|"
            r"leader|portfolio\s+holder)",
            2,
        ),
        (r"\b(?:cllr|councillor)\s+[A-Z][a-z]+[^.\n]{0,80}\b(?:said|says|added|commented)\b", 2),
        # "The cabinet member for communities said …", "a council spokesperson said": a release's voice
        (
            r"\b(?:the\s+)?(?:cabinet\s+member|portfolio\s+holder)\s+for\s+[\w ,&]{3,40}?\s+(?:said|says|added)\b|"
            r"\b(?:a|the)\s+(?:council\s+)?spokes(?:person|man|woman)\s+(?:said|says|added)\b",
            2,
        ),
        # ("It follows a camera on Smithy Crescent, the Leader said": held-back web 58's Gedling)
        (
            r"\b(?:the\s+)?(?:leader|chief\s+executive|mayor)\s+of\s+the\s+council\s+(?:said|says|added)\b|"
            r",\s+the\s+(?:council\s+)?(?:leader|mayor|chief\s+executive)\s+(?:said|says|added)\b",
            2,
        ),
        (r"\b(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", 1),
        (r"\b(?:published|posted|date)\s*(?:on)?\s*:?\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+20\d\d\b", 1),
        (r"[“\"][^”\"\n]{40,}[”\"]\s*(?:said|says|added)|\b(?:said|says|added)\s*:\s*[“\"]", 2),
        # ... or in single quotes, the press's house style: "'We are taking the eyes off [the town] …,' said one", "Supt [X]
        # said: 'CCTV is often …'", "'When I started …,' she told delegates" (real-text round 108)
        (
            r"[,.!?]['’]\s+(?:said|says|added|(?:he|she|they)\s+(?:said|told|added))\b|\b(?:said|says|added)\s*:\s*['‘]|"
            r"\b(?:he|she|they)\s+told\s+(?:delegates|the\s+(?:meeting|conference|audience|panel|committee))\b",
            2,
        ),
        # ... in Welsh, the verb first: "Dywedodd y Comisiynydd: '…'" (real-text round 81), "Eglurodd [the CCTV manager]: '…'",
        # or after the quote: "'…,' meddai Mr [X]"
        (r"\b(?:dywedodd|eglurodd|ychwanegodd)\s+[^:\n]{2,80}:\s*[“\"]|[”\"]\s*,?\s*meddai\b", 2),
        # an event reported: cameras that "were installed", "have been funded by"
        (
            r"\b(?:have|has|had|were|was)\s+(?:now\s+|recently\s+|just\s+)?(?:been\s+)?(?:installed|unveiled|"
            r"switched\s+on|put\s+up|upgraded|funded|launched)\b",
            1.5,
        ),
        (
            r"\bfunded\s+(?:by|through|from)\b|\bpaid\s+for\s+(?:by|through|with|from)\b|"
            r"\bthanks\s+to\s+(?:£|funding|a\s+grant)|\bSafer\s+Streets\b",
            1.5,
        ),
    ),
    r(r"\bpress\s+release\b|\bnotes\s+to\s+editors\b"),
)

# A report about a council written by somebody else (a newspaper, the trade press): the council, the
# commissioner or a spokesperson is quoted in the third person, and a report "has revealed" things.
# A council's own news says "we"; it is the NEWS kind's, and may still be the council's information.
PRESS_REPORT = DecoyKind(
    "press report",
    r(r"\breport\s+(?:finds|reveals|shows)\b|\b(?:criticised|slammed|branded|row\s+over)\b"),
    None,
    t(
        (
            r"\ba\s+report\s+to\s+(?:the\s+)?(?:council'?s\s+)?(?:cabinet|committee|full\s+council|scrutiny)[^.\n]{0,30}"
            r"\b(?:has\s+)?(?:revealed|found|shown|warned)\b",
            3,
        ),
        (
            r"\b(?:a|the)\s+(?:council|authority|force|police|commissioner'?s?)\s+spokes(?:wo)?(?:man|person)\s+"
            r"(?:said|says|added|told)\b|\bthe\s+(?:commissioner|council|authority)\s+(?:said|says|told)\b",
            2,
        ),
        (r"\bLocal\s+Democracy\s+Reporting\b|\btold\s+(?:the\s+)?(?:BBC|ITV|reporters|this\s+paper)\b", 3),
        (r"\baccording\s+to\s+(?:the\s+)?(?:report|figures|council\s+papers|documents)\b", 1.5),
        # a paper's quotes and a live blog's clock (real-text round 21): "A spokesperson for [X] District Council said",
        # "told the Guardian", "Traders hit out", "LIVE: full council", "19:42 - Cllr … asks"
        (
            r"\ba\s+spokes(?:wo)?(?:man|person)\s+for\s+(?:[A-Z][\w'’-]+\s+){1,5}(?:Council|Police|Constabulary)\s+"
            r"(?:said|says|added|told)\b|\btold\s+the\s+(?-i:(?!Council\b|Cabinet\b|Committee\b)[A-Z]\w+)\b",
            3,
        ),
        (
            r"\b(?:shopkeepers|traders|residents|businesses)\s+(?:in\s+[A-Z]\w+\s+)?(?:say|said|have\s+hit\s+out|hit\s+out)\b",
            2,
        ),
        (r"(?m:^\W*LIVE\s*:)", 3),
        (r"(?m:^\s*\d{1,2}:\d{2}\s*[-–]\s)", 2),
    ),
    r(
        r"\ba\s+report\s+to\s+(?:the\s+)?(?:cabinet|committee)[^.\n]{0,30}\bhas\s+revealed\b|\bLocal\s+Democracy\s+Reporting\b"
    ),
)

# An elected member's own page or newsletter about a council's cameras: "From my e-newsletter", "I have urged both to agree
# one", "I will be writing to the minister", a Member of the Senedd's news ("Newyddion gan eich Aelod o'r Senedd") (real-text
# round 21). The council's own leader's column speaks for the council and is not this.
_MEMBER_VOICE = (
    # (or a party's or group's campaigning, by the imprint the law asks of it: "Promoted by the local party, [an address]",
    # "Promoted by the opposition group's agent", real-text round 113)
    r"(?m:^\W*promoted\s+by\s+[^\n]{3,120}$)|"
    r"\bmy\s+(?:e-?newsletter|constituents|constituency|surgery)\b|\bMember\s+of\s+Parliament\b|\bAelod\s+o['’]r\s+Senedd\b|"
    r"\beich\s+Aelod\b|\bupdate\s+from\s+your\s+(?:MP|MS|member\s+of\s+parliament)\b|"
    # ("I have now written to the Town Council … and to the Borough Council", "I have also raised the matter with the
    # Policing Minister", an MP's constituency update, real-text round 104)
    r"\bI\s+have\s+(?:now\s+|also\s+)?(?:written\s+to\s+the\s+(?:Town|Borough|District|City|County|Parish)\s+Council|raised\s+"
    r"(?:the\s+matter|this|it)\s+with\s+the\s+(?:[\w-]+\s+)?Minister)\b|\bI\s+(?:have\s+urged|will\s+(?:be\s+writing\s+to\s+the\s+minister|keep\s+pressing|raise\s+(?:this|it)\s+in\s+"
    r"(?:parliament|the\s+senedd)))\b|\bByddaf\s+yn\s+codi\b[^.\n]{0,80}\byn\s+y\s+Senedd\b|"
    # (a councillor's own blog, signed with party and ward under the post and asking in the first person: "I will be asking the
    # Portfolio Holder at the meeting …", "Cllr [name], Independent, [X] ward", real-text round 125)
    r"(?m:^\W*(?:Cllr\.?|Councillor)\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+[^,\n]{2,40},\s+[^\n]{2,40}?\b(?:ward|division)"
    r"\s*$)|\bI\s+will\s+be\s+asking\s+the\s+(?:portfolio\s+holder|cabinet\s+member|leader)\b"
)
MEMBER_PAGE = DecoyKind(
    "an elected member's own page",
    r(r"\bfrom\s+my\s+e-?newsletter\b|\bnewyddion\s+gan\s+eich\s+aelod\b"),
    None,
    t(
        (_MEMBER_VOICE, 4),
        (r"(?-i:\b(?:Congratulations|Llongyfarchiadau)\s+(?:to|i)\b)|\bwell\s+done\s+to\b", 1.5),
    ),
    r(_MEMBER_VOICE),
    issuer=True,
)

PLANNING = DecoyKind(
    "planning or premises licence condition",
    r(
        r"\bplanning\s+(?:application|permission|conditions?|decision|appeal)|\bpremises\s+licen[cs]e|"
        r"\blicensing\s+act|\blicen[cs]ing\s+(?:sub-?)?committee|\bapplication\s+for\s+(?:a\s+)?"
        r"(?:premises|variation)|\bconditions\s+of\s+(?:licen[cs]e|consent)|"
        # a licence's annex: "conditions offered by the applicant", "consistent with the operating schedule"
        r"\boperating\s+schedule\b|\bconditions\s+(?:offered|agreed|proposed)\b|\blicensable\s+activit|\blisted\s+building\s+consent\b|"
        # the licensing authority's policy statement: "[District] statement of licensing policy 2025 to 2030" (held-back web
        # 148's Broadland)
        r"\bstatement\s+of\s+licen[cs]ing\s+policy\b|\blicen[cs]ing\s+policy\s+statement\b|"
        # a decision named by its application's reference: "Decision: 22/00614/FUL, [street]" (held-back web 21)
        r"\b\d{2}/\d{4,5}/(?:FUL|FU|OUT|REM|HOU|HOUS|HH|LBC|ADV|COU|VAR|RES|FULL|OUTLINE)\b|"
        # ... or a letter first: "B/24/0412: camera column, Market Place" (held-back web 10's Boston)
        r"(?-i:^\s*[A-Z]{1,2}/\d{2}/\d{3,5}\b)|"
        # ... or by its letters after "Application": "Application DOV/25/01117 - Land at …" (real-text round 25)
        r"\bapplication\s+(?:no\.?\s*|ref(?:erence)?\.?\s*:?\s*)?(?-i:[A-Z]{1,4})/\d{2}/\d{3,5}\b|"
        # ... or the decision by its year and number: "Decision 2021/1377: CCTV column, [a car park]" (held-back web 162's
        # Gedling)
        r"^\W*decision\s+\d{2,4}/\d{3,5}\b|"
        # ... or letters, year and number: "Decision DMPA/2024/0412" over "Condition 7: a CCTV scheme for the new supermarket
        # car park shall be submitted and approved" (held-back web 229's South Derbyshire)
        r"(?-i:^\W*[Dd]ecision\s+[A-Z]{2,6}/\d{2,4}/\d{3,5}\b)|"
        # a development's conditions discharged: "Northstowe phase 2: discharge of conditions" (held-back web 180's South
        # Cambridgeshire)
        r"\bdischarge\s+of\s+(?:planning\s+)?conditions?\b|"
        # the planning committee's own item: "Planning Committee – Item 6" over an application to keep a solar farm's
        # cameras (real-text round 56; a council's planning minute on its own camera column is no disclosure either)
        r"^\W*(?:strategic\s+|area\s+|development\s+control\s+)?planning\s+(?:committee|sub-?committee)\b|"
        # a planning decision's page titled for its subject: "Planning: cameras on [a green]" over "Application by [a
        # cathedral's chapter] for 17 cameras … Decision: approved" (held-back web 382's Gloucester)
        r"^\W*planning\s*[:–]\s"
    ),
    r(
        r"planning-?application|planning/applications|premises-?licen|licensing-?act|statement-of-licen[cs]ing-policy|"
        r"planning-?permission|/planning/|/applications/\d|planning[\w-]*/decisions?[/-]|"
        # a development's conditions filed under planning: "/planning-and-building-control/old-river-lane-conditions"
        # (held-back web 358's East Hertfordshire)
        r"planning[\w-]*/[\w-]*-conditions\b|"
        # ... or its conditions' page named for them first: "/planning-and-building-control/conditions-on-commercial-schemes"
        # (held-back web 395's South Cambridgeshire)
        r"planning[\w-]*/conditions-"
    ),
    t(
        (r"\bplanning\s+(?:applications?|permission|conditions?)\b", 2),
        (r"\bpremises\s+licen[cs]e", 2),
        (r"\blicensing\s+act\s+2003\b", 2),
        (r"\bdesignated\s+premises\s+supervisor\b", 2),
        (r"\b(?:the\s+)?(?:applicant|licen[cs]e\s+holder|premises\s+licen[cs]e\s+holder)\b", 1),
        (r"\bconditions?\s+(?:\d+|of\s+(?:the\s+)?licen[cs]e|attached)", 1),
        (r"\bcctv\s+shall\s+be\s+(?:installed|provided|maintained)\s+to\s+cover\b", 1),
        # a plans panel's minute imposing a condition: "… a CCTV scheme to be submitted to and approved by the Local Planning
        # Authority before the use begins" (real-text round 101)
        (r"\blocal\s+planning\s+authority\b|\bplans\s+panel\b", 2),
        # ... the application by its reference in the minute's body: "Application 25/01234/FU - [an address]"
        (r"\b\d{2}/\d{4,5}/(?:FUL|FU|OUT|REM|LBC|ADV|COU|VAR|RES|FULL)\b", 2),
        # "A CCTV scheme must be approved" before the development opens (a condition's page, held-back web 358)
        (r"\b(?:cctv|camera)\s+scheme\s+(?:must|shall|is\s+to)\s+be\s+(?:submitted|approved|agreed)\b", 1.5),
        # "we attach a condition requiring a CCTV scheme to be agreed before the premises open" (held-back web 395)
        (
            r"\b(?:attach(?:es|ed)?|impos(?:e|es|ed)|add(?:s|ed)?)\s+a\s+condition\s+requiring\s+(?:a|an)\s+(?:cctv|camera)",
            2,
        ),
        # "Listed building consent granted for seven CCTV cameras on the church, subject to the condition that …"
        # (held-back web 89's East Devon)
        (r"\blisted\s+building\s+consent\b|\bsubject\s+to\s+(?:the\s+)?conditions?\b", 2),
        (r"\b(?:full|outline|householder)\s+application\s+for\b|\bdecision\s*:\s*(?:approved|refused|granted)\b", 2),
        # a householder application by its reference, and the committee's decision on it: "24/1187/HOUS, [an address]",
        # "RESOLVED that planning permission be granted" (planning committee minutes, real-text round 42)
        (r"\b\d{2}/\d{4,5}/(?:HOUS|HOU|HH)\b|\bplanning\s+permission\s+(?:be|is|was)\s+(?:granted|refused)\b", 2),
        # "Condition 41 requires a scheme of CCTV and lighting for the town centre car park … The scheme is the developer's"
        # (a discharge of conditions page, held-back web 180's South Cambridgeshire)
        (
            r"\bdischarge\s+of\s+(?:planning\s+)?conditions?\b|\bcondition\s+\d+\s+requires\b|\bthe\s+developer(?:'s|’s)\b|"
            r"\bcondition\s+\d+\s*:[^.\n]{0,120}?\bshall\s+be\s+submitted\b",
            2,
        ),
        # a planning report's own fields: "Proposal: erection of a 15m monopole …", "Recommendation: grant permission"
        (
            r"^\W*proposal\s*:\s*(?:the\s+)?(?:erection|installation|construction|change\s+of\s+use|demolition)\b|"
            r"\brecommendation\s*:\s*(?:grant|refuse|approve)\s+(?:planning\s+)?(?:permission|consent)\b",
            2,
        ),
        (
            r"\bcctv\s+(?:shall|must|will)\s+be\s+(?:installed|maintained|provided|kept)|\bthe\s+premises\s+"
            r"shall\b",
            2,
        ),
        (r"\blicensing\s+objectives\b", 1),
        # the policy's advice to applicants: "Applicants for late-night premises should consider CCTV … Where a condition is
        # imposed, recordings should be kept for at least 31 days" (held-back web 148's Broadland)
        (r"\bstatement\s+of\s+licen[cs]ing\s+policy\b", 2),
        (r"\bapplicants?\s+for\s+(?:[\w-]+\s+){0,2}?premises\b|\blate[- ]night\s+(?:premises|venues?)\b", 1.5),
        (r"\bwhere\s+(?:a|such\s+a|the)\s+condition\s+is\s+(?:imposed|attached)\b", 1.5),
        (r"\blocal\s+planning\s+authority\b", 1),
        # a decision notice's own words: "Town and Country Planning Act 1990", "Prior to the first occupation of the
        # development, details of a CCTV scheme … shall be submitted to and approved in writing by the Local Planning
        # Authority" (a city's decision notice, real-text round 66)
        (r"\btown\s+and\s+country\s+planning\s+act\b|\bprior\s+to\s+(?:the\s+)?(?:first\s+)?occupation\b", 2),
        (r"\bshall\s+be\s+submitted\s+to\s+and\s+approved\s+in\s+writing\b", 2),
        # a premises licence's CCTV condition: the system the premises must keep, while it trades
        (r"\blicensable\s+activit(?:y|ies)\b|\boperating\s+schedule\b", 2),
        (
            r"\b(?:a|the)\s+cctv\s+system\s+(?:shall|must|will)\s+be\b|"
            r"\bwhen(?:ever)?\s+the\s+premises\s+(?:is|are)\s+open\b",
            2,
        ),
    ),
    r(
        r"\bplanning\s+(?:application|permission)|\bpremises\s+licen[cs]e|\blicensing\s+act\s+2003|"
        r"\bthe\s+premises\s+shall\b|\blicen[cs]e\s+holder\b|\bdesignated\s+premises\s+supervisor|"
        r"\blicensable\s+activit|\bwhen(?:ever)?\s+the\s+premises\s+(?:is|are)\s+open\b|\bstatement\s+of\s+licen[cs]ing\s+policy\b|"
        r"\blate[- ]night\s+(?:premises|venues?)\b"
    ),
)

DRAIN = DecoyKind(
    "drain or sewer survey",
    r(r"\bdrain(?:age|s)?\b|\bsewers?\b|\bculverts?\b|\bgull(?:y|ies)\b|\bcctv\s+surveys?\b|\bpipes?\b"),
    r(r"drain|sewer|culvert|cctv-survey|pipe-survey"),
    t(
        (
            r"\bcctv\s+(?:drainage\s+|drain\s+|pipe\s+|sewer\s+)?surveys?\b|\b(?:drainage|drain|sewer|pipe)"
            r"\s+surveys?\b",
            3,
        ),
        (r"\b(?:drains?|sewers?|pipes?|pipework|culverts?|manholes?|gull(?:y|ies))\b", 1),
        (
            r"\bbuild(?:ing)?\s+over\b|\bwater\s+(?:company|authority)\b|\b(?:Anglian|Thames|Southern|"
            r"Yorkshire|Northumbrian|Wessex|South\s+West|United|Welsh)\s+Water\b|\bSevern\s+Trent\b|"
            r"\bDŵr\s+Cymru\b",
            1.5,
        ),
        (r"\bjetting\b|\bblockages?\b|\bflooding\b", 1),
    ),
    r(r"\bcctv\s+(?:drainage\s+|drain\s+|sewer\s+)?surveys?\b|\bdrainage\b|\bsewers?\b"),
)

RIPA = DecoyKind(
    "covert surveillance (RIPA)",
    r(
        r"(?-i:\bRIPA\b)|\bregulation\s+of\s+investigatory\s+powers\b|\bcovert\s+surveillance\b|"
        r"\bdirected\s+surveillance\b|\binvestigatory\s+powers\b|\bcovert\s+human\s+intelligence\b|"
        r"(?-i:\bCHIS\b)|"
        # Welsh: "Polisi Gwyliadwriaeth Gudd – Deddf Rheoleiddio Pwerau Ymchwilio 2000" (real-text round 71)
        r"\bdeddf\s+rheoleiddio\s+pwerau\s+ymchwilio\b|\bgwyliadwriaeth\s+gudd\b"
    ),
    r(r"ripa|covert|investigatory-powers|surveillance-powers"),
    t(
        ((r"(?-i:\bRIPA\b)"), 2),
        (r"\bregulation\s+of\s+investigatory\s+powers\b", 2),
        (r"\bcovert\s+(?:surveillance|human)", 2),
        (r"\bdirected\s+surveillance\b", 2),
        # the cameras themselves hidden for an investigation: "concealed cameras at four lay-bys" (a council's news of
        # catching fly-tippers, real-text round 81)
        (r"\b(?:hidden|concealed)\s+(?:cctv\s+)?cameras\b", 2),
        (r"(?-i:\bCHIS\b)|\bcovert\s+human\s+intelligence\s+sources?\b", 2),
        # ... in Welsh: the Act, covert (directed) surveillance, human intelligence sources, authorising officers and a
        # magistrate's approval (real-text round 71)
        (r"\bdeddf\s+rheoleiddio\s+pwerau\s+ymchwilio\b", 2),
        (r"\bgwyliadwriaeth\s+gudd\b", 2),
        (r"\bffynonellau\s+cudd-wybodaeth\s+dynol\b|\bswyddogion\s+awdurdodi\b|\bgymeradwyo\s+gan\s+ynad\b", 2),
        (
            r"\bauthori[sz](?:ation|ing)\s+officers?\b|\bmagistrates?'?\s+(?:court\s+)?approval|"
            r"\binvestigatory\s+powers\s+commissioner\b|(?-i:\bIPCO\b)",
            2,
        ),
        # a camera policy setting covert surveillance aside names it only to say so: "this policy does not cover
        # the council's RIPA powers; covert work is dealt with in a separate RIPA policy" (a RIPA policy says the
        # opposite: overt CCTV is left to the CCTV policy)
        (
            r"\bdoes\s+not\s+(?:govern|cover|apply\s+to|relate\s+to|deal\s+with)\b"
            r"(?:(?!\bunless\b)[^.\n]){0,120}?\b(?:covert|RIPA|investigatory\s+powers|surveillance\s+powers)\b|"
            r"\b(?:covert\s+surveillance|RIPA)\b[^.\n]{0,60}?\b(?:is|are)\s+(?:governed|covered|dealt\s+with)\s+(?:by|under|in)\s+"
            r"(?:a\s+)?separate",
            -8,
        ),
        # the Act named in a list of the laws a CCTV control room's operators are trained in ("training on the Data
        # Protection, Human Rights and the Regulation of Investigatory Powers Acts", real-text round 20)
        (
            r"\b(?:data\s+protection|human\s+rights)\b[^.\n]{0,60}\b(?:the\s+)?regulation\s+of\s+investigatory\s+powers\s+acts?\b",
            -3,
        ),
    ),
    None,
)

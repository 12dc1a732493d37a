"""Text about councils written by somebody else: central guidance, case studies, blogs, press.

A central case study ("X District Council receive certification mark"), the Commissioner's
guidance on appointing a single point of contact, a trade-press report or an installer's blog
all describe councils' cameras in the same words a council would use — but they are not the
council's publication, even when a council's site reproduces them. They are recognised by how
they are framed (a "Case study" or "Guidance" label, a blog byline, a reporter's attribution,
a supplier speaking of its client) and by whom they address (local authorities in general,
"your" scheme), never by their subject.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .context import short_council_name
from .vocab_own import OWN_CENTRE_WATCHES
from .decoy_voices import (
    BULLETIN_TO_MEMBERS,
    CAREER_PROFILE,
    GENERIC_COUNCILS,
    GUIDANCE_LABEL,
    GUIDANCE_READER,
    PRESS_FRAME,
    PRESS_FRAME_STRONG,
    PRESS_HINTS,
    PRESS_MARKS,
    WELSH_REPORTED,
)

__all__ = ["third_party", "press_or_supplier", "THIRD_PARTY_REASON"]

THIRD_PARTY_REASON = "third-party report or guidance"

I = re.I | re.M

# A publication's attribution closing a sentence: "…, the trade body's magazine reports." (real-text round 16)
_PUBLICATION_SAYS = (
    r",\s+(?:the\s+)?[\w'’ -]{0,40}?\b(?:magazine|newsletter|journal|newspaper)\s+(?:reports|reported|says)\s*\."
)

# (pattern, weight): framing that only somebody writing ABOUT councils uses.
# a magazine's interview, by its title: "Speaking to Professional Security Review, she said …" (real-text round 32): a
# third party's cue, and the press's own frame
SPEAKING_TO_TITLE = r"\bspeaking\s+to\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s*,\s*(?:she|he|they)\s+said\b"

# A seller's own teams and its pitch for the next job: "Our installation teams are on site …", "call our public sector
# team", "Interested in a similar project?", "Browse our public space range or call our sales team", "We're often asked
# by customers in local government" (real-text round 41's installer news and supplier blog)
_SELLER = (
    r"\bour\s+(?:installation|install|project|public\s+sector|sales|local\s+government)\s+(?:teams?|director|manager)\b|"
    r"\binterested\s+in\s+a\s+similar\s+(?:project|system|scheme)\b|\bbrowse\s+our\s+(?:[\w-]+\s+){0,3}?(?:range|products|catalogue)\b|"
    r"\bcustomers\s+in\s+(?:local\s+government|the\s+public\s+sector)\b|"
    # a software seller's terms: "£9.99 a month per site, with a 30-day free trial. Start your free trial today." (real-text
    # round 58)
    r"\bstart\s+your\s+free\s+trial\b|\b\d+[- ]day\s+free\s+trial\b|\ba\s+month\s+per\s+(?:site|camera|user)\b|"
    # a sign maker's shop and a supplier's blog: "Free delivery on orders over £40"; "Customers sometimes ask us about …",
    # "Talk to our team about signage" (real-text round 88)
    r"\bfree\s+delivery\s+on\s+orders\b|\badd\s+to\s+(?:basket|cart)\b|\bcustomers\s+(?:sometimes\s+|often\s+)?ask\s+us\b|"
    r"\btalk\s+to\s+our\s+team\b|"
    # a consultancy's and an installer's pitch: "We help organisations review signs as part of our surveillance compliance
    # audits … book a site visit"; the installer's certificate explained to its customer, "those remain your responsibility as
    # the system owner" (real-text round 109)
    r"\bwe\s+help\s+organisations\b|\bbook\s+a\s+(?:free\s+)?site\s+(?:visit|survey)\b|"
    r"\byour\s+responsibility\s+as\s+(?:the\s+)?system\s+owner\b|"
    # a certification body's notice to its clients: "our certification service against the Surveillance Camera Code of
    # Practice has closed to new applications", "Clients often ask whether …" (real-text round 110)
    r"\bour\s+certification\s+service\b|\bclients\s+(?:often|sometimes|regularly)\s+ask\b"
)

_CUES: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(p, I), w)
    for p, w in (
        # the Commissioner's letter to the operators it certified: "Dear certificate holder, … I have therefore decided …",
        # signed with the office's name under "Yours sincerely" (real-text round 111)
        (
            r"(?m:^\s*dear\s+certificate\s+holders?\b)|(?m:^\s*yours\s+(?:sincerely|faithfully),?\s*\n\s*(?:the\s+)?"
            r"(?:biometrics\s+and\s+)?surveillance\s+camera\s+commissioner\s*$)",
            3,
        ),
        # a police and crime commissioner's release, signed at its foot with the office's imprint ("Office of the Police and Crime
        # Commissioner, press office", "Swyddfa'r Comisiynydd Heddlu a Throseddu, [town]"): the commissioner's account of a
        # council's cameras, SPOC or agreement (real-text round 122's releases on funded projects), not the council's word
        (
            r"\n\W*(?:(?:the\s+)?office\s+of\s+the\s+police(?:,\s+fire)?(?:\s+and|\s*&)\s+crime\s+commissioner|"
            r"swyddfa['’]r\s+comisiynydd\s+heddlu\s+a\s+throseddu)\b[^\n]{0,60}\s*\Z",
            3,
        ),
        # an association writing to its member councils: "Members can read the full letter on our website", "County associations
        # will run briefing sessions" (a local councils' association, real-text round 111); never "Members' bulletin" alone,
        # which is also a council's own bulletin to its councillors (held-back web 183's Staffordshire Moorlands filed its
        # signed agreement as an appendix of one)
        (r"\bmembers\s+can\s+(?:read|download|find)\s+the\s+full\b|\bcounty\s+associations\b", 3),
        # (in Welsh: "Astudiaeth achos: un pwynt cyswllt …", a community safety hub's case study, real-text round 110)
        # (or a partnership newsletter's "Partner spotlight" on one council, real-text round 116)
        (
            r"^\s*case\s+stud(?:y|ies)\s*$|\bthis\s+case\s+study\b|\bcase\s+study\s*:|\bastudiaeth\s+achos\b|"
            r"^\W*partner\s+spotlight\b",
            3,
        ),
        # a volunteers' open dataset of cameras: "This repository holds a volunteer-maintained list of surveillance cameras"
        # (real-text round 102)
        (r"\bthis\s+repository\b|\bvolunteer[- ]maintained\b|\bcrowd[- ]?sourced\b", 3),
        # a certification body's bulletin to the companies it approves: "To: all companies approved for the management and
        # operation of CCTV" (an inspectorate's technical bulletin, real-text round 117)
        (r"(?m:^\W*to\s*:\s*all\s+(?:companies|organisations|firms|approved\s+companies)\b)", 3),
        # the ombudsman's decision statement on a complaint about a council: "Decision: Closed after initial enquiries", "We
        # will not investigate Mr Y's complaint", its numbered "My assessment" and "Final decision" (real-text round 104; what
        # it records of the council's system is the ombudsman's account)
        (
            r"\bclosed\s+after\s+initial\s+enquiries\b|\bwe\s+will\s+not\s+investigate\s+(?:this|(?:Mr|Mrs|Ms|Miss|Dr)\s+\w+(?:'s|’s)?)\b|"
            r"(?m:^\W*my\s+assessment\s*$)|"
            # (the housing ombudsman's determination on a landlord: "Determination" over "The complaint", its order "The landlord
            # is to pay the resident £250", real-text round 119)
            r"\bthe\s+landlord\s+(?:is\s+to|must|shall)\s+(?:pay|apologise|review)\b|\bthe\s+(?:resident|complainant)\s+complained\s+about\b",
            3,
        ),
        # a minister's written answer in Parliament: "Written question", "To ask the Secretary of State for the Home
        # Department whether …" (real-text round 104)
        (r"(?m:^\W*written\s+(?:question|answer)\b)|\bto\s+ask\s+the\s+secretary\s+of\s+state\b", 3),
        # the regulator's letter to every council's chief executive: "To: Chief Executives of every council in England and
        # Wales", "As a local authority you are a relevant authority …" (real-text round 104)
        (
            r"\bchief\s+executives\s+of\s+(?:every|all|each)\s+(?:council|local\s+authorit\w+)\b|"
            r"\bas\s+a\s+(?:local|relevant)\s+authority\s+you\s+(?:are|must|should)\b",
            3,
        ),
        # a certification body's notice to its clients: "Customer notice", "Clients should remove the … mark" (real-text
        # round 103)
        (r"(?m:^\W*customer\s+notice\s*$)|\bclients\s+(?:should|must|with\s+questions)\b", 3),
        # a network's advice to anyone planning a system: "Anyone planning a surveillance camera system in a public place
        # should start with …" (a Welsh community safety network's page, real-text round 103)
        (r"\banyone\s+(?:planning|thinking\s+of|considering)\s+(?:a|an|to)\b[^.\n]{0,80}?\bshould\b", 3),
        # a regulator's office answering a request about councils: "which local authorities … have told this office who their
        # single point of contact is", "The certification bodies notify this office when a certificate is issued" (the
        # Commissioner's FOI releases, real-text round 102)
        (
            r"\b(?:told|tell|notify|notified|notifies|informed|inform)\s+this\s+office\b|"
            r"\bthis\s+office\s+(?:does\s+not\s+keep|keeps|holds|has\s+been\s+told)\b",
            3,
        ),
        # trade press on the sector, naming no council: "held under the Chatham House rule", "No local authority was named"
        # (real-text round 102)
        (r"\bchatham\s+house\s+rule\b|\bno\s+(?:local\s+authority|council)\s+was\s+named\b", 3),
        # a sector blog's story of one council, told for others: "Other councils considering the role are welcome to get in
        # touch", its officer quoted in the present tense ("…," she says) (real-text round 85)
        (r"\bother\s+(?:councils|authorities)\s+(?:considering|thinking\s+about|interested\s+in|planning)\b", 3),
        # a councillor's own blog, disclaiming the council's voice: "These are my personal views and not those of the council";
        # an association's newsletter profiling a member council: "she told the newsletter", "Her advice to other members"
        # (real-text round 88)
        (r"\bmy\s+(?:own\s+)?personal\s+views?\b|\bviews\s+(?:expressed\s+)?(?:here\s+)?are\s+my\s+own\b", 3),
        (
            r"\btold\s+(?:the|our|this)\s+(?:association(?:'s|’s)\s+)?(?:newsletter|bulletin|journal|(?:[\w-]+\s+)?(?:meeting|"
            r"conference))\b|\b(?:her|his|their)\s+advice\s+to\s+other\s+(?:members|councils)\b|"
            r"\bencourages\s+other\s+members\b",
            3,
        ),
        # a trade paper's section label: "Industry news" over a council's certificate (real-text round 89)
        (r"\A\s*industry\s+news\s*$", 3),
        (r"[.,!?][\"”]\s+(?:she|he|they)\s+says\b", 2),
        (r"^\s*(?:guidance|statutory\s+guidance|policy\s+paper|research\s+and\s+analysis)\s*$", 2),
        (
            r"\b(?:primarily\s+)?aimed\s+at\s+local\s+authorities\b|\bguidance\s+(?:for|to)\s+local\s+authorities\b|"
            r"\bhelp\s+(?:police\s+forces\s+and\s+)?local\s+authorities\s+(?:to\s+)?(?:set\s+up|develop|introduce|establish)",
            2,
        ),
        (r"\bposted\s+(?:by|on)\s*:|\bguest\s+blog|\bcategories\s*:", 3),
        # a guide to setting one up, by its title and its questions: "Appointing a … single point of contact: a short guide",
        # "Why have one?", "Who should it be?" (central guidance naming no council, real-text round 57)
        (r"\A\s*[^\n]{3,120}:\s+an?\s+(?:short|brief|quick|practical)\s+guide\s*$", 2),
        (r"^\W*(?:why\s+have\s+one|who\s+should\s+(?:it|they|the\s+\w+)\s+be)\s*\?", 1.5),
        # a consultancy's model wording for others' notices: "If you manage a building with CCTV …, we suggest including
        # wording like this: …", "Adapt the wording to your own systems" (real-text round 58)
        (
            r"\bwe\s+suggest\s+(?:including|using|adding)\s+(?:wording|text|a\s+paragraph)\b|"
            r"\badapt\s+(?:the|this)\s+wording\s+to\s+your\s+own\b",
            3,
        ),
        # a forum thread: a reply's "Re:" title, a poster's handle before the board's "»", its "Post Reply" button
        # (a CCTV managers' forum on setting up a SPOC role, real-text round 57)
        (r"\A\s*re\s*:\s+|\bposted\s+by\s+\S+\s+[»|]\s|^\s*(?:post\s+reply|quote\s+reply|reply\s+with\s+quote)\s*$", 3),
        # a certification body's own scheme page: "Any organisation operating surveillance in a public space – local
        # authorities, police forces, universities …", "contact our applications team" (real-text round 56)
        (
            r"\bany\s+organisation\s+(?:operating|running|using)\s+(?:surveillance|cctv|cameras)\b|"
            r"\bcontact\s+our\s+(?:applications|certification|assessment|audit)\s+team\b",
            3,
        ),
        # a magazine's feature, so labelled on its first line: "Feature" over "Flying the purple flag" (real-text round 56)
        (r"\A\s*(?:feature|opinion|comment|analysis)\s*:?\s*\n", 3),
        # a sector body's blog: "Blog: Why every council control room needs …" under "Posted by the chair of a national
        # association of public CCTV managers" (real-text round 55)
        (
            r"\bposted\s+by\s+(?:the\s+)?(?:chair|chairman|president|director|chief\s+executive|secretary)\s+of\s+(?:an?|the)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:association|institute|body|network|forum)\b",
            3,
        ),
        # the desk's attribution closing a sentence: "… has been recertified following a surveillance audit, the council
        # has said." (real-text round 14: trade press about a named council)
        (
            r",\s+the\s+(?:council|authority|borough|certification\s+body|company|firm|force|commissioner)\s+(?:has\s+)?"
            r"(?:said|says|confirmed|announced)(?:\s+(?:this|last)\s+week|\s+on\s+\w+day)?\s*\.",
            3,
        ),
        # ... or a publication's: "…, the trade body's magazine reports." (real-text round 16)
        (_PUBLICATION_SAYS, 3),
        # research, an ombudsman's decision, a letter to the editor, a general account, a conference's programme (real-text
        # round 17): "Abstract … This study examines …", "Final decision … Mrs Y complained that the Council …", "Sir - …
        # Name and address supplied", "Systems are run by local authorities, police forces, …", "10:15 Panel: …"
        # (not a council's own "This report evaluates the [district] public space camera system", its annual evaluation:
        # held-back web 146's East Staffordshire)
        (
            r"^\s*abstract\s*$|\bthis\s+(?:study|paper|article)\s+(?:examines|investigates|explores|evaluates)\b",
            3,
        ),
        (r"\b(?:mr|mrs|ms|miss)\s+[A-Z]\s+complained\s+that\b|\bwe\s+(?:find|found|did\s+not\s+find)\s+fault\b", 3),
        (r"^\W*letters?\s*:|\bname\s+and\s+address\s+supplied\b|^\W*sir\s*[-–—,]\s", 3),
        (
            r"\b(?:systems|cameras)\s+are\s+(?:run|operated|owned)\s+by\s+local\s+authorities\s*,\s*police\s+forces\b|"
            r"\bgrew\s+rapidly\s+in\s+the\s+united\s+kingdom\b",
            3,
        ),
        (r"^\s*(?:\d{1,2}[:.]\d{2})\s+(?:panel|workshop|keynote|session|plenary)\s*:", 3),
        # the Information Commissioner's decision notice on a council's refusal (real-text round 15)
        # (not a council's own "Decision notice - Cabinet - [date]": real-text round 13)
        (r"^\s*decision\s+notice\s*[-–:]\s*public\s+authority\b|\bthe\s+commissioner(?:'s|’s)\s+decision\s+is\b", 3),
        # an MP's own page: "my campaign has secured …", signed "- [Name] MP" (real-text round 15)
        (r"\bmy\s+campaign\b|(?-i:-\s*[A-Z][a-z]+\s+[A-Z][a-z]+\s+MP\s*$)", 3),
        (
            r"\bmy\s+(?:strategy|recommendation|team|office|blogs?|website|charter\s+mark)\b|\bI\s+(?:launched|recently\s+completed|"
            r"have\s+written\s+to|wrote\s+to)\b",
            2,
        ),
        # the Commissioner's own mark, report and workshops ("the right to display my mark", "my full certification mark", "in
        # my annual report": real-text round 31's blog posts)
        (r"\bmy\s+(?:(?:full\s+)?(?:certification\s+)?mark|annual\s+report|(?:recent\s+)?workshops?)\b", 2),
        (
            r"\blocal\s+democracy\s+reporting\b|\btold\s+(?:the\s+)?(?:BBC|[A-Z][a-z]+\s+(?:Post|Echo|Gazette|Herald|"
            r"Times|Advertiser|Observer|Mercury|Chronicle|Express|Star|News))\b|"
            # (a reporter's "a council spokesperson"; the council's own release writes itself with a capital: "A Council
            # spokesperson said" in "News from [X] Council", real-text round 124)
            r"(?-i:\b[Aa]\s+council\s+spokes(?:wo)?(?:man|person)\b)",
            3,
        ),
        (
            # (a council's own Managing Director is "the Managing Director of Anytown Council")
            r"\bour\s+clients?\b|\b(?:managing|sales|commercial)\s+director\s+(?:of|at)\s+(?-i:[A-Z])(?![^.\n]{0,60}\bcouncil\b)|"
            r"\b(?:Ltd|Limited|plc)\s+(?:has|have|was|were)\s+(?:been\s+)?(?:appointed|awarded|selected|contracted)|"
            r"\b(?:request|book)\s+a\s+(?:demo|quote|consultation)\b",
            3,
        ),
        # an installer's page retelling a council's news to sell its own services
        (
            # (not "call us on": a council's own CCTV page says it too, real-text round 13's Hull)
            # (not a council's own advice to its managers, "before you get a quote", real-text round 115)
            r"(?<!\byou\s)\bget\s+a\s+(?:free\s+)?quote\b|\bcall\s+us\s+(?:today|now)\b|"
            r"\b(?:call|contact|ring)\s+us\s+(?:today\s+)?for\s+(?:a\s+|your\s+)?(?:free\s+)?(?:quote|survey|estimate)\b|"
            r"\bfree\s+(?:no[- ]obligation\s+)?(?:quote|site\s+survey)\b|\bqualified\s+(?:electricians|engineers|"
            r"installers)\b|\bcctv\s+installations?\s+in\s+(?-i:[A-Z])|\bour\s+(?:engineers|installers|technicians)\b|"
            + _SELLER,
            3,
        ),
        # an installer's article carried on the council's site ("supplied by …", "…, says the company")
        (
            r"\b(?:article|item|story|release)\s+(?:was\s+)?(?:supplied|provided|written)\s+by\b|"
            r"\bsays\s+the\s+(?:company|firm|supplier|installer|manufacturer)\b",
            3,
        ),
        # a named councillor's words reported, not spoken: "Cllr X, commented that …"
        (r"\b(?:councillor|cllr|cabinet\s+member)\b[^.\n]{0,80},\s*(?:commented|remarked|noted|added)\s+that\b", 1.5),
        (
            r"\bcommissioner\b[^.\n]{0,40}\bhas\s+awarded\s+[A-Z]|"
            r"\bsurveillance\s+camera\s+commissioner\b[^.\n]{0,60}\bhas\s+launched\b|"
            r"\b(?:enables?|allows?|helps?)\s+organisations\s+to\b|\b(?:presented|awarded)\s+(?:with\s+)?the\s+certificate\s+by\b",
            3,
        ),
        # the Commissioner's own newsletter
        (
            r"\bwelcome\s+from\s+the\s+(?:biometrics\s+and\s+)?surveillance\s+camera\s+commissioner\b|"
            r"\b(?:edition\s+of\s+)?my\s+newsletter\b",
            3,
        ),
        (r"\brecruiter\s*:|\bsign\s+up\s+for\s+(?:emails|your\s+free)\b|\bfree\s+(?:daily\s+)?news\s+bulletin\b", 2),
        # a reporter's words: "… told us", a byline line "by Mark Rowe"
        (
            # (the public telling the council, "residents told us", is the council's own "us", in its news)
            r"(?<!\bresidents\s)(?<!\bparents\s)(?<!\bpeople\s)(?<!\bthey\s)(?<!\byou\s)(?<!\btraders\s)"
            r"(?<!\bbusinesses\s)(?<!\btenants\s)(?<!\bvisitors\s)(?<!\bvictims\s)(?<!\busers\s)(?<!\bfamilies\s)"
            r"(?<!\bcustomers\s)(?<!\bsurvivors\s)(?<!\brespondents\s)(?<!\bpolice\s)(?<!\bofficers\s)"
            # (nor the force telling the council: "Surrey Police have told us they will stop monitoring", held-back web
            # 155's Epsom and Ewell)
            r"(?<!\bpolice\shave\s)(?<!\bpolice\shas\s)(?<!\bconstabulary\shas\s)(?<!\bconstabulary\shave\s)"
            # (nor "residents have told us they want them used carefully" in the council's own strategy, held-back web
            # 174's Kensington and Chelsea)
            r"(?<!\bresidents\shave\s)(?<!\bpeople\shave\s)(?<!\bbusinesses\shave\s)(?<!\bmany\sof\syou\shave\s)"
            r"(?<!\byou\shave\s)(?<!\btraders\shave\s)\btold\s+us\b"
            # ("what residents of the town told us in the survey": the council's own survey)
            r"(?!\s+(?:in|through|during|via)\s+(?:the|our|a|this)\s+(?:[\w-]+\s+)?(?:survey|consultation|questionnaire|poll))"
            # (nor a town's answer to the council's own consultation, by its year: "When we plan new cameras we ask local people
            # first: what [the town] told us in 2024", a county's CCTV page, held-back web 351's Gwynedd)
            r"(?!\s+in\s+(?:(?:spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|october|"
            r"november|december)\s+)?(?:19|20)\d\d\b)|"
            # (not a way to ask: "you can ask in writing or by speaking to us", held-back web 150's Cardiff)
            r"(?<!\bby\s)(?<!\bor\s)(?<!\band\s)\bspeaking\s+to\s+(?:us|this\s+(?:magazine|publication))\b|"
            + SPEAKING_TO_TITLE,
            3,
        ),
        # the scheme's closure told to its holders at large ("The Commissioner has written to certified organisations and to
        # the two certification bodies", trade press naming no council: real-text rounds 34 and 36), and an installer's
        # certificate explained to property owners ("Ask your installer to issue the certificate at handover", round 36)
        (
            r"\b(?:told|written\s+to|wrote\s+to|writing\s+to|letters?\s+to)\s+(?:all\s+)?certified\s+organisations\b|"
            r"\bthe\s+two\s+certification\s+bodies\b|\b(?:ask|contact)\s+your\s+installer\b",
            3,
        ),
        # a byline line ("by Mark Rowe"): a council's own news site carries bylines too, so not alone
        (r"^\s*by\s+[A-Z][a-z]+\s+[A-Z][a-z]+\s*$", 2),
        # a certification body or supplier announcing its own role in the scheme
        (
            r"\b(?:selected|appointed|chosen)\b[^.\n]{0,80}\bto\s+(?:provide|deliver|offer)\b[^.\n]{0,60}\bcertification\b|"
            # (not a host council selling its monitoring: "Organisations interested in joining should contact …", real-text
            # round 31)
            r"\b(?:local\s+authorities|organisations)\s+(?:interested\s+in|wishing\s+to|who\s+wish\s+to)\b"
            r"(?!\s+(?:join(?:ing)?|buy(?:ing)?|us(?:ing|e)\s+our)\b)",
            3,
        ),
        (
            r"\byour\s+(?:local\s+authority|organisation|council's|schemes|teams|managers)\b|"
            r"\bdo\s+you\s+know\s+(?:where|how\s+many)\b",
            1.5,
        ),
        # advice to every authority, or an agreement between "a local authority and a police force"
        (
            r"\b(?:asks?|recommends?|expects?|advises?|encourages?|requires?|urges?)\s+(?:that\s+)?(?:every|each|all)\s+"
            r"(?:local\s+)?(?:authorit(?:y|ies)|councils?)\b|"
            r"\bbetween\s+a\s+(?:local\s+authority|council)\s+and\s+(?:a|its|the)\s+police(?:\s+force)?\b|"
            r"\b(?:successful|certified)\s+organisations\s+(?:may|can)\b",
            3,
        ),
        (
            r"\bone\s+of\s+the\s+first\s+local\s+authorities\b|\ba\s+number\s+of\s+local\s+authorities\b|"
            r"\b(?:all|many|most|other)\s+local\s+authorities\b",
            1.5,
        ),
        (
            r"\b(?:surveillance\s+camera\s+commissioner|NSI|SSAIB)(?:'s)?\s*(?:,\s*)?(?:[A-Z][\w ]{0,40},\s*)?said\b",
            1.5,
        ),
        # the trade press's frame: a byline for a desk ("by our CCTV correspondent"), the reporter's
        # interviews ("managers we spoke to"), councils left unnamed ("a Kent district", "a metropolitan
        # borough in the North West"), a round-up moving on ("Elsewhere, …")
        (
            r"^\s*by\s+(?:our|a|the)\s+(?:[\w-]+\s+){0,3}(?:correspondent|reporter|editor|staff\s+writer)\b|"
            r"\b(?:managers|officers|operators|councils|experts|those)\s+(?:we|I)\s+spoke\s+to\b|"
            r"\bspoke\s+to\s+(?:us|this\s+(?:magazine|publication|paper))\b",
            3,
        ),
        (
            r"\b(?:a|another|one)\s+(?:(?-i:[A-Z][a-z]+)\s+|metropolitan\s+|london\s+|unitary\s+|shire\s+)"
            r"(?:borough|district|county|city|unitary)\s+(?:council\s+)?(?:in\s+the\s+(?-i:[A-Z])|is\s+\w+ing\b|has\s+"
            r"(?:agreed|decided|chosen|moved|signed|gone))",
            2,
        ),
        # what somebody outside the council said, reported rather than quoted ("the commissioner said 120
        # cameras would be watched"), under a headline's "X to switch on …"; committee minutes report
        # councillors the same way, so neither decides alone
        (
            r"\b(?:commissioner|force|spokes(?:wo)?(?:man|person)|chief\s+constable|minister|officials?)\s+"
            r"said\s+(?:that\s+)?[^.\n\"“”:]{0,80}\b(?:would|had\s+been|were\s+being)\b",
            2,
        ),
        (
            r"\A\s*(?:[\w'’-]+\s+){1,3}to\s+(?:switch\s+on|switch\s+off|install|introduce|scrap|axe|expand|upgrade|replace|"
            r"cut|get|receive)\b",
            1.5,
        ),
        # figures across councils, in the Commissioner's voice: "of the 333 local authorities in England
        # and Wales", "fewer than half of councils", "I remain concerned"
        (
            r"(?:(?<!\bone\s)\bof\s+the\s+|\ball\s+)\d{2,3}\s+(?:local\s+authorities|councils)\s+in\s+(?:England|Wales|the\s+UK)\b|"
            r"\b(?:fewer|less|more)\s+than\s+(?:half|a\s+third|a\s+quarter|\d+\s*(?:%|per\s*cent))\s+of\s+(?:all\s+)?"
            r"(?:councils|local\s+authorities|forces|organisations)\b",
            3,
        ),
        # advice to a council's leadership in the second person: "if you cannot say how many cameras your
        # authority runs", "chief executives are usually confident" (a sector blog; a council's own page
        # speaks to residents, and calls itself "we" or "the council", never "your authority")
        (r"\byour\s+authority(?:['’]s)?\b|\bchief\s+executives\s+(?:are|should|must|need|often|usually)\b", 1.5),
        # the press's present tense about a council in the third person ("The council says it reviewed
        # crime data"; minutes report in the past tense, a council's own news says "we") and a
        # round-up's headline ("Public space CCTV: round-up")
        (r"\b(?:the|(?-i:[A-Z][a-z]+))\s+(?:(?:city|district|borough|county|town)\s+)?council\s+says\b", 2),
        (r"\bround[- ]?up\s*$", 2),
        (r"\bI\s+remain\s+(?:concerned|disappointed)\b|\bI\s+am\s+(?:concerned|disappointed)\s+that\b", 2),
        # the scheme's own notices: who certifies, what happened to the certificates
        (
            r"\ball\s+certificates\s+issued\s+under\s+the\s+scheme\b|\borganisations\s+that\s+(?:held|hold)\s+(?:one|a\s+certificate)\b|"
            # ("Organisations certified under the … scheme have been told …", "Letters to certificate holders": real-text round 31)
            r"\borganisations\s+certified\s+under\s+the\b|\bletters?\s+to\s+(?:all\s+)?certificate\s+holders\b|"
            # "I have written to every organisation still holding a certificate", a certification body's "bodies selected to
            # audit" (real-text round 32)
            r"\b(?:every|each|all)\s+organisations?\s+(?:still\s+)?holding\s+(?:a\s+)?certificates?\b|"
            r"\bbodies\s+(?:selected|appointed|approved)\s+to\s+(?:audit|certify|assess)\b",
            3,
        ),
        # (a holder says who audited it too: "audited by a UKAS-accredited certification body")
        (
            r"\bcertification\s+bod(?:y|ies)\s+(?:accredited|approved)\s+by\s+UKAS\b|\bUKAS[- ]accredited\s+certification\s+bod",
            1.5,
        ),
        # a news aggregator's frame ("Posted: Wed 18th Jan 2017") and a police officer quoted on the award
        (r"^\s*posted\s*:\s*(?:[A-Z][a-z]{2,8}\s+)?\d", 2),
        # a newspaper's frame (decoy_voices): an opinion column, "email the newsdesk", a headline naming who
        # said it, a report read second-hand; councils left unnamed or spoken of in general
        (PRESS_FRAME_STRONG, 3),
        (PRESS_FRAME, 2),
        (WELSH_REPORTED, 3),
        (PRESS_MARKS, 3),
        (GENERIC_COUNCILS, 1.5),
        # central guidance's label and reader, a standards body's bulletin to the firms it approves
        (GUIDANCE_LABEL, 2),
        (GUIDANCE_READER, 2),
        (BULLETIN_TO_MEMBERS, 3),
        # a law firm's or consultancy's briefing selling its review: "Our public sector team can review your documents"
        # (real-text round 10)
        (
            r"\bour\s+(?:public\s+sector|public\s+law|local\s+government|regulatory|data\s+protection|information\s+law|"
            r"governance)\s+(?:team|lawyers|practice|specialists|consultants)\s+(?:can|will|is|are)\b|\bcan\s+review\s+your\s+"
            r"(?:documents|policies|policy|agreements|arrangements)\b|\bcan\s+carry\s+out\s+a\s+(?:compliance\s+)?(?:review|audit)\b",
            3,
        ),
        (CAREER_PROFILE, 2),
        # a monitoring company selling to councils: "monitors more than 9,000 cameras for councils, housing providers and
        # retailers", "Councils can hand over out-of-hours monitoring" (real-text round 25)
        (
            r"\bmonitors?\s+(?:more\s+than\s+|over\s+|around\s+)?[\d,]+\s+cameras\s+for\s+(?:councils|local\s+authorities)\b|"
            # ... among its other clients: "watches over 3,000 sites for construction firms, car dealers, councils and
            # schools" (real-text round 29)
            r"\b(?:monitors?|watch(?:es)?\s+over|protects?)\s+(?:more\s+than\s+|over\s+|around\s+)?[\d,]+\s+(?:sites|premises|"
            r"properties|cameras)\s+for\s+(?:[\w-]+\s+){0,3}?(?:firms|companies|businesses|clients|customers|retailers)\b|"
            r"\b(?:councils|local\s+authorities)\s+can\s+(?:hand\s+over|outsource|transfer)\b|"
            r"\bif\s+you\s+are\s+a\s+(?:council|local\s+authority)\s+(?:interested|looking|wanting)\b",
            3,
        ),
        # a manufacturer's release: "[X] UK is pleased to announce that its … cameras have been selected for …" (round 26)
        (
            r"\b(?:is|are)\s+(?:pleased|delighted|proud)\s+to\s+announce\s+that\s+(?:its|their)\b|\bfor\s+immediate\s+release\b|"
            r"\b(?:UK\s+)?sales\s+director\b",
            3,
        ),
        # a reporter's frame: an unnamed source, a sector's reaction (trade press on the scheme's closure, round 25)
        (
            r"\bwho\s+(?:did\s+not|didn't|asked\s+not\s+to)\s+(?:want\s+to\s+)?be\s+named\b|\bspeaking\s+anonymously\b|"
            r"\bhave\s+reacted\s+with\b|"
            # ... in Welsh: "Yn ôl ffynonellau lleol" (according to local sources), "Dywedodd un cynghorydd tref" (one town
            # councillor said), "nid yw'r Cyngor Sir wedi cadarnhau" (the council has not confirmed; real-text round 30)
            r"\byn\s+ôl\s+ffynonellau\b|\bdywedodd\s+un\s+(?:cynghorydd|aelod|perchennog|masnachwr|trigolyn)\b|"
            r"\bnid\s+yw['’]r\s+cyngor(?:\s+sir)?\s+wedi\s+cadarnhau\b",
            3,
        ),
        # a commissioner's or sector blog speaking to councils: "we keep asking every council to appoint …", "If your
        # council has not published its SPOC …" (round 25)
        (
            r"\b(?:asking|urge|urging|encourage|encouraging)\s+every\s+council\s+to\b|\bif\s+your\s+council\s+"
            r"(?:has\s+not|hasn't|has\s+yet|does\s+not|doesn't)\b|"
            # (a network's blog closing on its view: "Our view: any council that can't name its SPOC should ask why not", a
            # case study of one district's SPOC, real-text round 118)
            r"\bany\s+council\s+that\s+(?:can(?:'|’)t|cannot|does\s+not|doesn't|has\s+not|hasn't)\b",
            3,
        ),
        # a campaign's survey of councils: "Our freedom of information survey of councils … found that they …", "We are
        # calling for independent evaluation" (round 28)
        (
            r"\bour\s+(?:freedom\s+of\s+information|foi)\s+(?:survey|research|investigation|requests)\s+(?:of|to)\s+"
            r"(?:\d+\s+|all\s+|every\s+)?(?:councils|local\s+authorities)\b",
            3,
        ),
        (
            r"\b(?:(?:chief\s+)?superintendent|(?:chief\s+)?inspector|chief\s+constable|sergeant)\s+[A-Z][a-z]+"
            r"(?:\s+[A-Z][a-z]+)?\b[^.\n]{0,60}\b(?:said|says|added|commented)\b",
            1.5,
        ),
    )
)
_HINTS = re.compile(PRESS_HINTS, I)
# A news page's picture caption copied twice by the page's markup: the same line on consecutive lines, or
# run into itself ("Cllr Jo Bell and Sgt Kim LoweCllr Jo Bell and Sgt Kim Lowe")
# (or on the next line; a page's lines may reach here joined into one paragraph)
# (30 characters at least: a document site's "Download as pdf or txt" twice is its menu, not a caption)
_REPEATED_CAPTION = re.compile(r"(?-i:\b((?!Download\b|Skip\b|Print\b|Share\b)[A-Z][^\n]{29,199}?)\s?\1(?![a-z]))")
_LOCAL_AUTHORITIES = re.compile(r"\blocal\s+authorities\b|\brelevant\s+authorities\b", re.I)
_CENTRAL_HOST = re.compile(
    r"(?:^|\.)(?:gov\.uk|blog\.gov\.uk|localgov\.co\.uk|professionalsecurity\.co\.uk|"
    r"lgiu\.org|nsi\.org\.uk|ssaib\.org)$",
    re.I,
)
_CENTRAL_PATH = re.compile(r"/(?:government/(?:case-studies|publications|news)|case-stud(?:y|ies))/", re.I)


def _host_is_central(host: str) -> bool:
    host = host.lower().split(":")[0]
    if host in ("gov.uk", "www.gov.uk") or host.endswith(".blog.gov.uk"):
        return True
    return bool(_CENTRAL_HOST.search(host)) and not host.endswith(".gov.uk")


# A newspaper's or a supplier's account of a council: a reporter's attribution ("a council spokesperson
# said", "told the Bury Times", "the Gazette understands", local democracy reporting) or a
# seller's frame ("our clients", "qualified engineers", "get a free quote"). Unlike a central case study
# or the Commissioner's own words, it is no record of what the council holds (held-back text 5 and 6).
_SUPPLIER = (
    _SELLER + "|"
    r"\bour\s+clients?\b|(?<!\byou\s)\bget\s+a\s+(?:free\s+)?quote\b|\bfree\s+(?:no[- ]obligation\s+)?(?:quote|site\s+survey)\b|"
    r"\bqualified\s+(?:electricians|engineers|installers)\b|\bour\s+(?:engineers|installers|technicians)\b|"
    # a certification body selling its approval: "thinking of gaining SSAIB certification? …"
    r"\bgaining\s+(?:NSI|SSAIB|IQ\s+Verify)\s+(?:approval|certification)\b|\bour\s+applications\s+team\b|"
    # an installer's article carried in the council's news ("The following article was supplied by …", "…, says the
    # company"): the simulated web's third-party claims, which the "call us on" cue had caught until real-text round
    # 13 showed councils saying it too
    r"\b(?:article|item|story|release)\s+(?:was\s+)?(?:supplied|provided|written)\s+by\b|"
    r"\bsays\s+the\s+(?:company|firm|supplier|installer|manufacturer)\b|"
    r"\b(?:is|are)\s+(?:pleased|delighted|proud)\s+to\s+announce\s+that\s+(?:its|their)\b|\b(?:UK\s+)?sales\s+director\b"
)
_PRESS_OR_SUPPLIER = re.compile(
    r"\blocal\s+democracy\s+reporting\b|\b(?:a|the)\s+council\s+spokes(?:wo)?(?:man|person)\b|"
    # the local paper's report of a meeting: "Talks … have stalled, councillors have been told" (real-text round 55)
    r",\s+councillors\s+(?:have\s+been|were|had\s+been)\s+told\b|"
    r"\btold\s+(?:the\s+(?:BBC|magazine|paper|newspaper)|(?:the\s+)?[A-Z][a-z]+\s+(?:Post|Echo|Gazette|Herald|"
    r"Times|Advertiser|Observer|Mercury|Chronicle|Express|Star|News))\b|"
    r"\b(?-i:[A-Z][a-z]+\s+(?:Post|Echo|Gazette|Herald|Times|Advertiser|Observer|Mercury|Chronicle|Express|Star|News))"
    r"\s+understands\b|,\s+the\s+(?:council|authority|borough|certification\s+body|company|firm)\s+(?:has\s+)?"
    r"(?:said|says|confirmed|announced)(?:\s+(?:this|last)\s+week)?\s*\.|"
    + SPEAKING_TO_TITLE
    + "|"
    + _PUBLICATION_SAYS
    + "|"
    + _SUPPLIER
    + "|"
    + PRESS_FRAME_STRONG,
    I,
)


def press_or_supplier(text: str) -> bool:
    """The text is a newspaper's or a supplier's account (see _PRESS_OR_SUPPLIER)."""
    return bool(_PRESS_OR_SUPPLIER.search(text[:20_000]))


def third_party(url: str, title: str, text: str) -> str | None:
    """Why this text is somebody else's account of councils' cameras, or None if it is not.

    Returns the reason with the cue that decided it ("case study: 'This case study'").
    """
    sample = (title or "") + "\n" + text[:20_000]
    parts = urlsplit(url or "")
    score = 0.0
    first = None
    if _host_is_central(parts.netloc) or _CENTRAL_PATH.search(parts.path):
        score += 3
        first = parts.netloc + parts.path
    for rx, w in _CUES:
        m = rx.search(sample)
        if m:
            score += w
            first = first or m.group(0).strip()
    # the press's weaker marks add up, each distinct one counted: a caption, "Published", "in a bid to"
    hints = {h.group(0).strip().lower() for h in _HINTS.finditer(sample)}
    if _REPEATED_CAPTION.search(text[:5000]):  # (the text alone: the title repeats its first line)
        hints.add("a picture caption scraped twice")
    if hints:
        score += 1.5 * min(3, len(hints))
        first = first or sorted(hints)[0]
    if len(_LOCAL_AUTHORITIES.findall(sample)) >= 3:
        score += 2
        first = first or "local authorities (in general)"
    if 3 <= score < 6 and (
        _OWN_DECISION.search(sample) or _OWN_STATEMENT.search(sample) or _OUR_CENTRE_WATCHES.search(sample)
    ):
        # a decision record of the council's own citing guidance as its reason ("Decision taken by Chief Executive … Reason:
        # The Surveillance Camera Commissioner asks every council to name one officer", held-back web 141's Ribble Valley)
        return None
    if score >= 3:
        return f"{THIRD_PARTY_REASON}: {first}"[:200]
    return None


_OWN_DECISION = re.compile(r"(?m:^\W*decision\s+(?:taken\s+by|maker\s*:))", re.I)
# ... or the council's own centre selling its watch, the council's cameras its first work: "Our Security Centre … already
# watches the council's 220 public space cameras … We can watch yours too. … Get a quote" (a unitary's traded service page,
# real-text round 119's North East Lincolnshire)
_OUR_CENTRE_WATCHES = re.compile(OWN_CENTRE_WATCHES, re.I)
# ... or the council's own statement that a funder asks it to publish: "The Home Office asks every council that received money
# from the fund to publish how it was spent. This is our statement." over its own spending, cameras among it (held-back web
# 389's Gravesham)
_OWN_STATEMENT = re.compile(
    r"\b(?:this|here)\s+is\s+our\s+(?:own\s+)?(?:statement|report|return|account|summary)\b|\bour\s+statement\s+of\s+how\b",
    re.I,
)


_NAMED_COUNCIL = re.compile(
    r"\b((?:[A-Z][a-z'’\-]+ ){1,4}(?:City |District |Borough |County |County Borough |"
    r"Metropolitan Borough |Metropolitan District )?[Cc]ouncil|"
    # ("Box 4: Certification in practice - London Borough of Bexley … Bexley's cameras": a Commissioner's report box naming
    # the borough in its London form, real-text round 27)
    r"(?:London|Royal)\s+Borough\s+of\s+[A-Z][a-z'’\-]+(?:\s+(?:and|upon)\s+[A-Z][a-z'’\-]+)?|"
    # (or in Welsh, mutated or not: "Cyngor Sir y Fflint", "Chyngor Bwrdeistref Sirol Conwy", a Welsh news website's report of
    # a county council's recertification, real-text round 110)
    # (a two-word place too: "Chyngor Sir Ynys Môn", a force's Welsh release whose headline says "Chyngor Môn", real-text round
    # 111)
    r"(?:C|Ch|G|Ngh)yngor\s+(?:(?:Sir|Bwrdeistref|Sirol|Dinas|Tref|Cymuned)\s+){0,3}(?:(?:y|a|ac)\s+)?[A-Z][\w'’\-]+"
    r"(?:[ \t]+(?!(?:Cymru|Wales)\b)[A-Z][\w'’\-]+)?)\b"
)
_LEADING_WORDS = re.compile(
    r"^(?:(?:How|Why|What|When|Where|Who|The|Our|In|At|By|For|From|With|And|But|This|That|Today|Now|Case|Study|"
    r"Congratulations|Well|Done|To)\s+)+"
)
# A council described, not named: "The Essex council, whose control room …" takes up the council the report named before
# (a trade paper's news in brief on a district's certificate, real-text round 119); it is no second council
_DESCRIBED_COUNCIL = re.compile(r"(?-i:The\s+[A-Z][\w'’-]+\s+council)$")
_NOT_A_COUNCIL = re.compile(
    r"(?:Chiefs|Parish|Town|Community|Research|Security|Advisory)[’']? Council$|^(?:C|Ch|G|Ngh)yngor\s+(?:Tref|Cymuned)\b"
)


def subject_council(text: str) -> str | None:
    """The one council a third-party account is about (named at least twice, or the only one
    named), or None.

    A case study or a press report tells of one council's SPOC or certificate; guidance and
    blogs about councils in general name none (or many once each). The account still is not
    that council's publication, so it never reaches a verdict; it only says what the page claims.
    """
    counts: dict[str, int] = {}
    for name in _NAMED_COUNCIL.findall(text[:20_000]):
        if _DESCRIBED_COUNCIL.match(name.strip()):
            continue
        # "How Anyshire District Council earned …": a headline's opening word is not part of the name
        name = _LEADING_WORDS.sub("", name.strip())
        if name.lower() == "council":
            continue
        if name.lower().endswith("council"):
            name = name[:-7] + "Council"  # "Anyshire council" and "Anyshire Council" are one name
        name = re.sub(r"^(?:Ch|G|Ngh)yngor\b", "Cyngor", name)  # a Welsh name's mutations are one name
        if not _NOT_A_COUNCIL.search(name):
            counts[name] = counts.get(name, 0) + 1
    # a byline or headline run into the name ("By Kim Lowe Riverside Council"): credit the shortest
    # name it ends with
    for long in sorted(counts, key=len, reverse=True):
        short = next((x for x in counts if x != long and long.endswith(" " + x)), None)
        if short:
            counts[short] += counts.pop(long)
    if not counts:
        return None
    # one council under its short and full names ("Torfaen council" in a headline, "Torfaen County Borough Council" in the
    # body: a force's release, real-text round 70) is named twice
    by_place: dict[str, list[str]] = {}
    for name in counts:
        by_place.setdefault(short_council_name(name).lower() or name.lower(), []).append(name)
    # (a place's short form is its long form's last word: "Môn" for "Ynys Môn")
    for long in sorted(by_place, key=len, reverse=True):
        short = next((x for x in by_place if x != long and long.endswith(" " + x)), None)
        if short:
            by_place[short] += by_place.pop(long)
    name, n = max(
        ((max(names, key=len), sum(counts[x] for x in names)) for names in by_place.values()), key=lambda kv: kv[1]
    )
    return name if n >= 2 or len(by_place) == 1 else None

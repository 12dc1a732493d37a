"""5.5: agreements between the council and the police about its surveillance cameras.

Two things are told apart: an agreement published (the document itself — title, parties,
clauses, signature block) and an agreement mentioned ("covered by the information sharing
agreement between the Council and South Wales Police"). A published one is judged signed when
its signature block carries names, positions or dates and no blank lines or placeholders;
unsigned or DRAFT otherwise. An SLA for waste, IT or leisure is not a police agreement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .agreement_doc import agreement_by_shape
from .agreement_parts import signatories_part
from .sla_register import register_rows
from .sla_parties import (
    POLICE,
    with_parties_named,
    only_others,
    another_councils,
    between_councils,
    named_not_a_party,
    without_the_council,
)
from .context import (
    KNOWN_FORCES,
    NOT_A_TERRITORIAL_FORCE,
    AuthorityContext,
    canonical_force,
    find_forces,
    is_same_council,
    names_council,
)
from .agreement_signature import (
    STRONG_DRAFT,
    WEAK_DRAFT,
    doc_date,
    without_others_blanks,
    later_version_agreed,
    signature,
    signing_lines,
    signing_parties,
)
from .dates import find_dates
from .segments import Block, BlockText, collapse, quote_at, sentence_at
from .vocab import CCTV_TERM

__all__ = [
    "SlaResult",
    "detect_sla",
    "COUNCILS_COUNTED",
    "AGREEMENT",
    "about_agreements_in_general",
    "not_an_agreement",
    "ended_or_unsigned",
]

I = re.I

# The names an agreement goes by that are an agreement by themselves (a document can be titled so).
# Welsh mutates the first letter after a preposition: "dan gytundeb", "y femorandwm".
_STRONG_NAME = (
    r"\bservice\s+level\s+agreements?\b|\binformation\s+sharing\s+(?:agreements?|protocols?)\b|"
    r"\bdata\s+sharing\s+(?:agreements?|protocols?)\b|\bmemorand(?:um|a)\s+of\s+understanding\b|"
    # (the words turned round: "the [county] Sharing of Information Protocol, to which the council and [the force] are
    # signatories", a footage request form, held-back web 389's Warwick)
    r"\bsharing\s+of\s+(?:personal\s+)?(?:information|data)\s+(?:agreements?|protocols?)\b|"
    # "information exchange agreement", "data exchange protocol" (held-back web 7: Ealing, Sandwell)
    r"\b(?:information|data)\s+exchange\s+(?:agreements?|protocols?)\b|"
    r"\bprotocol\s+(?:for|on)\s+the\s+(?:release|disclosure|sharing|provision|exchange)\s+of\b|"
    # (or "of acceptance": a code's page of partners who "accept the requirements of the … code of practice", signed for the
    # council and the force, held-back web 219's New Forest)
    r"\bcertificate\s+of\s+(?:agreement|acceptance)\b|\bjoint\s+working\s+(?:agreement|protocol)\b|\bletters?\s+of\s+agreement\b|"
    r"\b(?:c|g|ch|ngh)ytundeb\s+(?:rhannu\s+(?:gwybodaeth|data)|lefel\s+gwasanaeth)\b|"
    # (mutated after "o dan": "o dan Brotocol Rhannu Gwybodaeth", real-text round 36)
    r"\b(?:m|f)emorandwm\s+cyd-?ddealltwriaeth\b|\b(?:p|b|ph|mh)rotocol\s+rhannu\s+(?:gwybodaeth|data)\b|"
    r"(?-i:\bSLA\b|\bISA\b|\bMoU\b|\bDSA\b)"
)
# The other names councils give an agreement with the police, read only beside the police: "the
# protocol with Kent Police", "agreement with Surrey Police regarding monitoring", "the formal
# agreements to join the ... Police CCTV Partnership", "information sharing arrangement", Welsh
# "cytundeb â Heddlu …".
_LOOSE_NAMES = (
    r"\b(?:information|data)\s+sharing\s+arrangements?\b|\bprotocols?\s+(?:with|between|for|on|agreed|relating\s+to)\b|"
    # ("the protocol governing the release of footage to [the force] had been reviewed and re-signed", scrutiny minutes,
    # real-text round 54)
    r"\bprotocols?\s+(?:governing|covering)\s+(?:the\s+)?(?:police\s+)?(?:release|disclosure|sharing|supply|requests|access)\b|"
    # (an agreement named for the council's new role, "draft data controller agreement" with the force, and the arrangements
    # "will be set out in an agreement" (held-back web 425's Arun); in Welsh the partnership's, "Cytundeb Partneriaeth", signed by
    # the council and the force (real-text round 124's Denbighshire))
    r"\b(?:joint\s+)?(?:data\s+)?controller\s+agreements?\b|\bset\s+out\s+in\s+(?:an?|the)\s+(?:formal\s+|written\s+)?agreement\b|"
    r"\b(?:c|g|ch|ngh)ytundeb\s+(?:p|b|ph|mh)artneriaeth\b|"
    # ("… governed by the [town] CCTV Evidence Protocol, signed by the Council's Director … and the … Commander", real-text
    # round 58)
    r"\bprotocols?,?\s+signed\s+by\b|"
    # (or with its date between: "Access is governed by a protocol signed on 30 November 2023 by [the force]'s Chief
    # Superintendent … and the council's Strategic Director", an FOI answer, real-text round 102)
    r"\bprotocols?,?\s+signed\s+(?:on|in)\s+[^.\n]{3,30}?\s+by\b|"
    # (or with what it sets out between: "a protocol setting out which officers may log in, what is recorded in the audit trail
    # and how clips are exported was signed by the Council and the Chief Inspector for [the] district", scrutiny minutes on the
    # force's remote viewing, real-text round 122)
    r"\bprotocols?\s+(?:setting\s+out|covering|governing|for)\b[^.;\n]{0,160}?\b(?:was|were|has\s+been|had\s+been)\s+signed\s+by\s+"
    r"(?:the\s+council|both)\b|"
    # ("… under the Police Access Protocol. The protocol was agreed and signed by the council's Director … and the force's
    # Assistant Chief Constable", a control room page, real-text round 77)
    r"\bpolice\s+(?:[\w-]+\s+){1,2}protocols?\b|"
    # (a code agreed and signed by both: "It has been agreed and signed by [the council] and [the force]", a code of practice
    # page, real-text round 77)
    r"\b(?:has\s+been|have\s+been|was|were|is)\s+agreed\s+and\s+signed\s+by\b|"
    r"\b(?:joint|police|cctv|partnership)\s+protocols?\b|\bagreements?\s+(?:with|between)\b|"
    r"\bpartnership\s+agreement\b|\bformal\s+agreements?\b|\bdeed\s+of\s+agreement\b|"
    r"\boperating\s+protocols?\b|\bworking\s+arrangements?\s+(?:signed\s+)?(?:with|between)\b|\b(?:c|g|ch|ngh)ytundeb\s+(?:â|a|gyda|rhwng|ar\s+y\s+cyd)\b|"
    # (or signed by the council and the force together: "Mae Cyngor [X] a Heddlu [Y] wedi arwyddo cytundeb newydd …", a Welsh
    # council's news, real-text round 72)
    r"(?<=\bwedi\sarwyddo\s)cytundeb\b|(?<=\bwedi\sllofnodi\s)cytundeb\b|"
    # Welsh "protocol ar y cyd rhwng y Cyngor a Heddlu …" (a joint protocol between the council and …)
    r"\bprotocol\s+(?:ar\s+y\s+cyd|rhwng|gyda|â)\b|"
    # ... or named first: "Protocol Rhyddhau Tystiolaeth rhwng y Cyngor a Heddlu De Cymru" (the evidence release protocol
    # between the council and the force, a Welsh annual review, real-text round 64)
    r"\bprotocol\s+(?-i:(?:[A-Z][\w'’-]+\s+){1,4})(?:rhwng|gyda|â)\b|"
    # ... or described first, the parties after: "protocol ysgrifenedig ar gyfer rhyddhau lluniau rhwng y Cyngor a Heddlu …"
    # (a written protocol for releasing images between the council and the force, real-text round 82)
    r"\bprotocol\s+(?:[\w'’-]+\s+){1,6}?rhwng\s+(?:y\s+)?(?:c|g)yngor\b|"
    # the council's own, said as what it has: "covered by a protocol we have with [the force]" (held-back web 121's New
    # Forest, a control-room video's transcript)
    r"\b(?:protocol|agreement|memorandum)s?\s+(?:that\s+)?(?:we|the\s+council)\s+(?:have|has|hold|holds|keep|keeps|maintain|"
    r"maintains|signed)\s+with\b|"
    # a protocol named for what it governs: "the Evidence Release Protocol signed by the council and [the force]" (real-text
    # round 27)
    # ("a signed evidence-sharing protocol", a body-worn camera privacy notice, real-text round 93)
    r"\b(?:evidence|footage|image|recordings?)[\s-]+(?:release|disclosure|access|handling|sharing)\s+protocols?\b|"
    r"\bprotocols?\s+signed\s+(?:by|between|with)\b|"
    # ... or said to have been signed for both: "The protocol was signed for the council by the Chief Executive on [a date]
    # and for [the force] by the Superintendent …" (a release protocol's own page, held-back web 212's Oadby and Wigston)
    r"\b(?:the|this|our)\s+(?:[\w-]+\s+){0,3}?(?:protocol|agreement|memorandum)\s+(?:was|has\s+been|were)\s+(?:jointly\s+)?signed\s+"
    r"(?:for|on\s+behalf\s+of)\s+(?:the\s+council|both)\b|"
    # a code's partners who "have each signed the certificate on the previous form" (its Certificate of Agreement, not
    # published with it: held-back web 137's New Forest)
    r"\bsigned\s+the\s+certificate\b(?!\s+of\s+(?:compliance|attendance|completion))|"
    # "a memorandum with North Yorkshire Police sets out how officers view recordings" (held-back web 6)
    r"\bmemorand(?:um|a)\s+(?:with|between|agreed\s+with)\b|"
    # a letter of understanding, or "arrangements agreed between the council and X Police"
    r"\bletters?\s+of\s+understanding\b|\barrangements?\s+agreed\s+(?:with|between)\b|"
    # a named standing arrangement the council works under: "shares the police station with [the force] under a
    # co-location arrangement" (held-back web 185's Watford)
    r"\bunder\s+an?\s+(?:[\w-]+\s+){1,2}?arrangement\b|"
    # a written instrument "agreed with" or "signed with" the force under a name of its own: "a schedule
    # agreed with the force", "a charter signed with X Police", "the data processing arrangement with X
    # Police" (held-back web 8); the police must still be named in the sentence
    # -- not a request form or a witness's statement "signed by an authorised officer" (a police officer's "Schedule 2
    # form", held-back web 220's Westmorland and Furness)
    r"(?<!witness\s)\b(?:schedule|statement|charter|compact|framework)\s+(?:(?!forms?\b|requests?\b)[\w-]+\s+){0,4}?"
    r"(?:agreed|signed|made)\s+(?:with|between|by)\b|"
    # "X Council and Y Police have agreed this Charter", "the agreement reached with Y Police"
    r"\b(?:have|has)\s+(?:jointly\s+)?(?:agreed|signed)\s+(?:this|a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:charter|statement|"
    r"schedule|compact|protocol|agreement|arrangement|memorandum|framework)\b|"
    r"\bagreements?\s+(?:reached|made|signed|concluded|entered\s+into)\s+(?:with|between)\b|"
    # ("under a Live-View access agreement signed by the council … and the Constabulary", held-back web 153's Stevenage)
    r"\bagreements?\s+signed\s+by\s+(?:the|both|each)\b|"
    r"\b(?:data\s+processing|processing|joint\s+working|partnership)\s+(?:arrangements?|charter|statement|compact)\s+"
    r"(?:with|between)\b|"
    # an agreement under a name of its own, with the force in the sentence: "Statement of intent: CCTV and X
    # Constabulary", "a concordat with X Police", "memorandum of cooperation" (held-back web 11)
    r"\bstatements?\s+of\s+intent\b|\bconcordats?\b|\bmemorand(?:um|a)\s+of\s+co-?operation\b|"
    # "an exchange of letters with X Police", "a protocol first agreed in 2017" (held-back web 12)
    r"\bexchange\s+of\s+letters\b|\bprotocols?\s+(?:first|originally|jointly|formally)\s+(?:agreed|signed)\b|"
    # a partnership with the force constituted by law or by deed: "in a partnership with X Police set up under the
    # Crime and Disorder Act 1998", "a statutory partnership with X Police" (held-back web 34)
    r"\bstatutory\s+partnership\b|"
    # a joint code signed for the force: "The Code … has been signed, on behalf of [the force], by the Chief Constable"
    # (its foreword, real-text round 36); the police must be in the sentence
    r"\bcode\b[^.\n]{0,80}?\b(?:has\s+been|was)\s+(?:counter)?signed,?\s+on\s+behalf\s+of\b|"
    # ... or signed by the force's head beside the council's: "Our updated CCTV code of practice has been signed by [the
    # council]'s Chief Executive and the Chief Constable of [the force]" (a CCTV page's banner, real-text round 113)
    r"\bcode\s+of\s+practice\b[^.\n]{0,40}?\b(?:has\s+been|was)\s+(?:jointly\s+)?signed\s+by\b(?=[^.\n]{0,120}?\bchief\s+constable\b)|"
    # a schedule of an agreement between councils that covers the police: "The monitoring is run under a partnership shared
    # service agreement; Schedule 3 covers the release of recordings to [the force]" (held-back webs 92-99)
    r"\bshared\s+service\s+agreement\b|\bschedule\s+\d+\s+(?:of\s+(?:the|that|our|this)\s+[\w ]{0,40}?agreement\s+)?"
    r"(?:covers|sets\s+out|deals\s+with)\b|"
    # the protocol named first and the force at the end: "A protocol covering police access to the control room and to
    # recordings is maintained with Kent Police" (held-back web 49's Dover, in its code of practice)
    r"\b(?:protocol|agreement|arrangement)s?\b[^.\n]{0,80}?\b(?:is|are)\s+(?:maintained|held|kept|in\s+place|agreed)\s+"
    r"(?:with|between)\b|"
    # the agreement under which the force watches the council's cameras, told by what it sets out for each: "A monitoring
    # agreement setting out what the council and [the constabulary] each do is still being drawn up" (held-back web 369's
    # Cheltenham, whose cameras the force monitors)
    r"\bmonitoring\s+agreement\b(?=\s+(?:setting\s+out|that\s+sets\s+out|which\s+sets\s+out|between|defining)\b"
    r"[^.\n]{0,100}\b(?:police|constabulary|heddlu)\b)|"
    # "The cameras are run in partnership with Kent Police under an agreement" (held-back web 35's Sevenoaks)
    # ("Footage is shared with [the force] under the protocol we hold with them": held-back web 41's Bridgend)
    # (an existing one the force works under: "the existing agreement under which [the force] monitor the Council's 44 town
    # centre cameras … be extended", an executive decision, real-text round 94)
    r"\b(?:existing|current)\s+agreement\s+under\s+which\b|"
    # ("Footage is released to [the force] under a release protocol", held-back web 329's Stroud)
    # ("… released to [the force] under the CCTV release protocol that the council and [the force] signed", a cabinet member's
    # answer at council, real-text round 106)
    r"\bunder\s+(?:an?|the)\s+(?:written\s+|formal\s+|signed\s+)?(?:cctv\s+)?(?:(?:release|disclosure|sharing|access)\s+)?(?:agreement|protocol)\b(?!\s+(?:with|between)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}council)|"
    r"\bpartnership\s+with\s+[^.\n]{0,60}?\b(?:set\s+up|established|formed|constituted)\s+(?:under|by)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:act|agreement|deed|statute)\b"
)
# Hints, not agreements: a code of practice written "in partnership with" a force, or "agreed with"
# it. DOMAIN.md names the agreement documents (SLA, ISA, ISP, MoU, a release protocol, the
# Certificate of Agreement a force signs inside a joint code); a code the police endorse is the
# council's rules for its cameras, not an agreement between the two about the footage. It still
# tells where to look (the code's front matter), so it is kept as weak evidence, never as the signal.
_HINT_NAMES = (
    r"\bin\s+partnership\s+with\b(?=[^.\n]{0,60}\b(?:police|constabulary|heddlu)\b)|"
    # ("The code has been agreed by the London Borough of [X] and the Metropolitan Police", held-back web 240's Redbridge)
    r"\b(?:th(?:is|e)\s+code|code\s+of\s+practice)\b(?=[^.\n]{0,120}\bagreed\s+(?:with|by|between)\b)|"
    # ... or signed by the force among others: "The hub works to a joint code of practice, which the six councils and
    # Lancashire Constabulary have signed" (held-back web 205's Burnley)
    r"\b(?:this\s+code|code\s+of\s+practice)\b(?=[^.\n]{0,30}?\bwhich\b[^.\n]{0,80}?\b(?:police|constabulary|heddlu)\s+(?:have|has)\s+"
    r"(?:signed|agreed)\b)|"
    # ... or accepted by each partner, the force among them: "The system grew from a partnership between the district council,
    # [the constabulary] and the community safety partnership, each of which has accepted this code" (held-back web 236's New
    # Forest)
    r"(?<=\beach\sof\swhich\shas\saccepted\s)(?:this|the)\s+code\b|"
    r"(?<=\ball\sof\swhich\shave\saccepted\s)(?:this|the)\s+code\b"
)
AGREEMENT = re.compile(f"{_STRONG_NAME}|{_LOOSE_NAMES}|{_HINT_NAMES}", I)
_STRONG = re.compile(_STRONG_NAME, I)
_HINT = re.compile(_HINT_NAMES, I)
# Names that are an agreement only when the police are in the same sentence.
_LOOSE_NAME = re.compile(
    r"(?:information|data)\s+sharing\s+arr|protocol|(?:joint|police|cctv|partnership)\s+protocol|agreements?\s|"
    r"partnership\s+agreement|in\s+partnership|formal|code\s+of\s+practice|this\s+code|(?:c|g|ch|ngh)ytundeb\s|"
    r"letters?\s+of|arrangements?\s+agreed|statements?\s+of\s+intent|concordat|memorand(?:um|a)\s+of\s+co|exchange\s+of\s+letters|"
    r"statutory|partnership\s+with|under\s",
    I,
)
# A guide to such agreements in the plural: "Greater Manchester guide to CCTV service level agreements (PDF)" on a
# partnership page (held-back web 61's Bolton) is about agreements in general, never one of the council's.
_GUIDE_TO_AGREEMENTS = (
    r"\b(?:guide|guidance(?:\s+notes?)?|(?:briefing|advice|national|practice)\s+notes?|notes|toolkit|checklist|handbook)\s+"
    r"(?:to|on|for|about)\s+(?:(?:cctv|camera|police|surveillance\s+camera|public\s+space\s+cctv)\s+)?(?:service\s+level\s+"
    r"agreements|slas|protocols|(?:information|data)\s+sharing\s+agreements|agreements)\b"
)
# An agreement spoken of in general or still to come is not this council's agreement: guidance on
# developing SLAs, a framework or template, protocols "under discussion".
_NOT_A_PARTY = (
    r"\b(?:the\s+(?:borough\s+|district\s+|city\s+|county\s+)?council|we)\s+(?:is|are|was|were)\s+not\s+(?:a\s+)?part(?:y|ies)\s+to\b|"
    # (or the force not a party to the councils' own: "This agreement is made between the two councils only. [The force] are
    # not a party to it", an inter-council monitoring agreement, real-text round 56)
    r"\b(?:police|constabulary|the\s+force)\s+(?:is|are)\s+not\s+(?:a\s+)?part(?:y|ies)\s+to\b|"
    # ("… said the police were kept informed through the partnership but were not a party to the agreement, which was
    # between the two councils only", executive minutes on an inter-council monitoring agreement, real-text round 58)
    r"\b(?:police|constabulary|the\s+force)\s+(?:were|was|are|is)\s+[^.;\n]{0,80}?\bbut\s+(?:were|was|are|is)\s+not\s+"
    r"(?:a\s+)?part(?:y|ies)\s+to\b|\bbetween\s+the\s+two\s+(?:councils|authorities|local\s+authorities)\s+only\b|"
    # ... in Welsh: "cytundeb rhwng y ddau awdurdod lleol yn unig" (an agreement between the two local authorities only,
    # Welsh cabinet minutes, real-text round 58)
    r"\brhwng\s+y\s+ddau\s+(?:awdurdod(?:\s+lleol)?|gyngor)\s+yn\s+unig\b|"
    # the forces' own: "run under a collaboration agreement signed by the Chief Constables and Commissioners of three
    # eastern forces" (overview panel minutes, real-text round 56)
    r"\bcollaboration\s+agreement\b[^.\n]{0,80}\b(?:forces|chief\s+constables)\b"
)
_NOT_THIS_AGREEMENT = re.compile(
    # a funder's condition that one be made, not one made: "An information sharing agreement covering the new cameras must be
    # in place between the Council and [the force] before the cameras go live" (a grant acceptance decision, real-text round
    # 122), and the council saying it never had one ("The Council has not previously had a written agreement with [the force]")
    r"\b(?:must|should|will\s+need\s+to|needs?\s+to)\s+be\s+(?:in\s+place|signed|agreed|put\s+in\s+place)\b|"
    r"\b(?:has|have|had)\s+not\s+(?:previously\s+|yet\s+|ever\s+)?had\s+(?:an?|any)\s+(?:[\w-]+\s+){0,2}?(?:agreement|protocol)\b|"
    # the monitoring contractor's: "… monitored on our behalf by a specialist contractor … Its service level agreement with the
    # council requires it to log every incident" (a CCTV monitoring privacy notice, real-text round 93)
    r"\b(?:its|the\s+contractor(?:'s|’s)|their)\s+service\s+level\s+agreement\s+with\s+(?:the|our)\s+council\b|"
    # ("the current contractor monitors the cameras from its own centre under a service level agreement requiring operators
    # to answer police radio calls …", cabinet minutes on retendering, real-text round 92)
    r"\bcontractor\b[^.\n]{0,80}?\bunder\s+(?:a|an|the|its)\s+service\s+level\s+agreement\b|"
    # the force's agreement with a business: "a written agreement between [the force] and the retail outlet" (a force's
    # procedure for business crime partnerships, real-text round 91)
    r"\bbetween\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:police|constabulary)\s+and\s+(?:the|each|a|an|every)\s+(?:[\w-]+\s+)?"
    r"(?:retail(?:er)?s?|stores?|shops?|business(?:es)?|outlets?|licensees?|clubs?|schools?|hospitals?|universit(?:y|ies)|"
    r"venues?|premises)\b|"
    # an agreement of other parties or for money: "a funding agreement with the Police, Fire and Crime Commissioner", "a
    # memorandum of understanding between the Department and [the force]", Welsh "rhwng yr heddlu a pherchnogion y stadiwm"
    # (between the police and the stadium's owners) (real-text round 20)
    # ("… lent to the council under a loan agreement with the panel", a crime prevention panel's camera, held-back web 222's
    # BCP)
    # a funder's condition on whoever receives its money: "Before funded cameras go live, the recipient must have in place an
    # information sharing agreement with [the force]" (a police commissioner's grant terms quoted on a CCTV page, held-back
    # web 389's Fareham): what an agreement would take, no word that one exists
    r"\b(?:the\s+)?(?:recipient|applicant|grantee|successful\s+bidder)s?\s+(?:must|shall|will\s+need\s+to)\s+(?:have|put|sign)\s+"
    r"(?:in\s+place\s+)?(?:an?\s+)?|"
    # two councils' own agreement, the force named only as whom the watching staff call: "Under a service level agreement
    # between the Vale of [X] Council and [Y] County Borough Council, [Y]'s trained staff monitor the cameras … and contact [the
    # force] directly" (a county borough's scrutiny report, real-text round 111)
    r"\bagreement\s+between\s+(?:the\s+)?(?:(?!police\b|constabulary\b)[\w'’-]+\s+){1,6}?council\s+and\s+(?:the\s+)?"
    r"(?:(?!police\b|constabulary\b|and\b)[\w'’-]+\s+){1,6}?council\b|"
    r"\bfunding\s+agreement\b|\bgrant\s+agreement\b|\bloan\s+agreement\b|"
    # ("… and an information sharing agreement with Kent Police would be explored. None of these steps has yet been taken",
    # committee minutes on a draft code, held-back web 322's Gravesham)
    r"\b(?:agreement|protocol|memorandum)\b[^.\n]{0,60}?\bwould\s+be\s+(?:explored|sought|considered|pursued|developed)\b|"
    # one only to be looked into: "officers explore the need for a formal agreement with [the force]" (a partnership's minutes,
    # real-text round 83)
    r"\b(?:explore|consider|look\s+(?:in)?to|investigate|assess|examine)\s+(?:the\s+)?(?:need|case|possibility|options?|"
    r"merits?)\s+(?:for|of)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:agreement|protocol|memorandum)\b|"
    # another body's in its own words: "The partnership has shared its protocol with the police for members' information" (an
    # outside body's page, held-back web 228's East Cambridgeshire)
    r"\b(?:partnership|bid|company|trust|town\s+council|parish\s+council|city\s+council)\s+(?:has\s+|have\s+)?"
    r"(?:shared|published|sent|circulated)\s+its\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:protocol|agreement|memorandum)\b|"
    # a business radio scheme's own: "[A BID company] radio scheme: data sharing agreement with [the force]" (an outside body's
    # page, held-back web 228's Rugby)
    r"\bradio\s+(?:scheme|link|network)(?:(?:'s|’s)|\s*[:–-])\s*(?:[\w-]+\s+){0,3}?(?:agreement|protocol)\b|"
    # ... or a traders' scheme's: "Members sign the scheme's own agreement with [the constabulary]" (a business crime scheme
    # run by local traders, held-back web 316's Erewash)
    # (not a company's: "The company's own protocol with [the force]" is the old side of a before-and-after table whose new side,
    # in the same flattened row, is the council's agreement, held-back web 246's Lambeth)
    r"\b(?:scheme|association|partnership|club|trust|BID)(?:'s|’s)\s+own\s+(?:[\w-]+\s+){0,3}?(?:agreement|protocol)\b|"
    # ("footage is shared with the police under the association's own data sharing agreement with the force", a housing
    # association's board minutes; "the partnership's own information sharing agreement with [the force]", a BID's annual
    # report: real-text round 89)
    # ... or none at all: "released to [the force] on request without any written information sharing agreement between the
    # Council and the force" (an internal audit's finding, real-text round 89)
    r"\bwithout\s+(?:any\s+|a\s+)?(?:written\s+|formal\s+|signed\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|protocol|memorandum)\b|"
    # ... or the contractor's: "A service level agreement with the company set response times for alerting [the force]"
    # (housing committee minutes on a monitoring firm, real-text round 88)
    r"\b(?:agreement|sla|contract)\s+with\s+the\s+(?:monitoring\s+)?(?:company|contractor|firm|provider|supplier)\b|"
    r"\bbetween\s+the\s+(?:department|dft|home\s+office|government|commissioner|stadium|club|operators?|university|trust|"
    r"force\s+and\s+(?!the\s+council|us\b)|police\s+and\s+(?!the\s+council|us\b|[\w\s]{0,40}council))\b|"
    r"\brhwng\s+yr\s+heddlu\s+a\s+(?!'r\s+cyngor|chyngor)|"
    # ("between Love Loughborough BID and [the force]", real-text round 14)
    r"\bbetween\s+(?:[\w'’-]+\s+){0,4}(?:BID|business\s+improvement\s+district|retailers?|shops?)\s+and\b|"
    # ... or a town or community council's own: Welsh "mae'r cyngor tref wedi llofnodi memorandwm" (real-text round 20)
    r"\b(?:cyngor\s+(?:tref|cymuned)|(?:town|parish|community)\s+council)\s+(?:wedi\s+llofnodi|has\s+signed|have\s+signed)\b|"
    # an FAQ's question: "Is there an agreement between the council and the police about the cameras?" (real-text round
    # 13, answered "Not at present")
    r"\b(?:is|are)\s+there\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+){0,3}?(?:agreements?|protocols?)\b[^.?\n]{0,100}\?|"
    # ... or told in minutes: "Members asked whether there was a formal agreement with [the force] …" (real-text round 14,
    # answered "no written agreement had ever been signed")
    # ... or an FOI request's: "Does the council have a service level agreement or information sharing agreement with the
    # police covering CCTV?" (real-text round 23, answered "No written agreement is currently in place")
    r"\b(?:does|do|has|have)\s+(?:the\s+(?:council|authority)|you|your\s+(?:council|authority))\s+(?:currently\s+)?"
    r"(?:have|hold|got|signed|agreed)\b[^.?\n]{0,120}\b(?:agreements?|protocols?|slas?)\b[^.?\n]{0,80}\?|"
    r"\bdiscuss(?:ing|ed)\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|protocol|memorandum)\b|\bunder\s+consideration\b|"
    r"\bnone\s+(?:has|have)\s+(?:yet\s+)?been\s+(?:drafted|signed|agreed|made)\b|"
    # an agreement there never was: "… paid for repairs under an informal arrangement, but this ended in 2022, and there had
    # never been a written agreement between the council and the force" (cabinet minutes, real-text round 85)
    r"\bthere\s+(?:had|has|have)\s+never\s+been\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|protocol|memorandum)\b|"
    # (the one asked may be named between: "Councillor [X] asked the Executive Member for Community whether the council had a
    # written agreement with [the constabulary]", answered "there was currently no formal agreement, protocol or memorandum",
    # members' questions minutes, real-text round 108)
    r"\bthere\s+(?:was|is|were)\s+(?:currently\s+|at\s+present\s+|still\s+|as\s+yet\s+)?no\s+(?:formal\s+|written\s+|signed\s+)?"
    r"(?:agreement|protocol|memorandum)\b|"
    r"\b(?:asked|enquired|queried|wondered)\s+(?:(?-i:[A-Z])[\w'’-]*\s+|the\s+|for\s+|of\s+|and\s+){0,8}?(?:whether|if)\s+"
    r"(?:there\s+(?:was|is|were|had\s+been)|(?:the\s+(?:council|"
    r"authority)|it)\s+(?:had|has|held|holds))\s+(?:an?\s+|any\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:agreements?|protocols?|slas?|memorand(?:um|a))\b|"
    # "does not have a written agreement with [the force]"; "We will publish any formal agreement … if one is made"
    # (real-text round 13)
    r"\bany\s+(?:formal\s+|written\s+)?agreement\b[^.\n]{0,60}\bif\s+one\s+is\s+(?:made|agreed|signed)\b|"
    # (or with the agreement's kinds named: "does not hold a written service level or information sharing agreement with
    # [the force]", real-text round 24)
    # ("The council does not hold any written agreement with [the force] about its CCTV", an FOI answer, real-text round 91)
    r"\b(?:does|do)\s+not\s+(?:yet\s+|currently\s+|presently\s+|at\s+present\s+)?(?:have|hold)\s+(?:an?|any)\s+"
    r"(?:[\w-]+\s+){0,6}?(?:agreement|protocol|sla)\b|"
    # ... in Welsh: "Nid oes gan Gyngor Sir [X] gytundeb lefel gwasanaeth na memorandwm … gyda Heddlu …" (the county council
    # has no service level agreement nor memorandum, an FOI answer, real-text round 40)
    r"\bnid\s+oes\s+gan\s+(?:[\w'’-]+\s+){1,4}?(?:g|ch)?(?:ytundeb|gytundeb|femorandwm|memorandwm|brotocol|phrotocol)\b|"
    # a guide's title: "Local CCTV agreements with the police: a guide (PDF)" (held-back web 79's Warwickshire)
    r"\bagreements\b[^.\n:]{0,60}:\s*(?:a\s+|an\s+)?(?:short\s+)?(?:guide|guidance|toolkit|checklist|briefing|note)\b|"
    # "Councils thinking about an agreement with the police can read …" (held-back web 78's Surrey Heath)
    r"\b(?:councils|authorities|partners)\s+(?:thinking\s+about|considering|planning)\s+an?\s+(?:\w+\s+)?agreement\b|"
    # a power to sign them, in a scheme of delegation: "To sign, on behalf of the council, information sharing agreements
    # with [the force]" (real-text round 16)
    r"\bto\s+(?:sign|approve|agree|enter\s+into)\b[^.\n]{0,70}\b(?:agreements|protocols)\b|"
    # "We are in discussions with [the force] about putting these arrangements into a formal written data sharing
    # agreement. Until that is in place, …" (real-text round 17)
    r"\bin\s+discussions?\s+with\b[^.\n]{0,120}\b(?:agreement|protocol|memorandum)\b|\buntil\s+(?:that|it|one)\s+is\s+in\s+place\b|"
    # "We are now working with the force towards a formal service level agreement … Until that is agreed, requests … are
    # handled under our Code of Practice" (a borough's CCTV page, real-text round 50)
    r"\bworking\s+(?:with\s+[^.\n]{1,40}?\s+)?towards\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|protocol|sla|memorandum)\b|"
    r"\buntil\s+(?:that|it|one)\s+is\s+(?:agreed|signed)\b|"
    r"\bunder\s+discussion\b|\bbeing\s+(?:drafted|developed|negotiated|discussed|considered|drawn\s+up|prepared|written)\b|"
    # "a Memorandum of Understanding with [the force] … was still under negotiation" (scrutiny minutes, real-text round 56)
    r"\b(?:still\s+)?under\s+negotiation\b|"
    # an audit's open recommendation: "The high-priority recommendation that the Council put a written information sharing
    # agreement in place with [the force] … remained open" (an audit committee's decision, real-text round 56)
    r"\b(?:that|to)\s+(?:the\s+council\s+|we\s+)?put\s+(?:an?\s+)?(?:[\w-]+\s+){0,4}?(?:agreement|protocol|sla|memorandum)\s+"
    r"in\s+place\b|"
    # the monitoring contract's own service levels: "The service level agreement in the contract sets key performance
    # indicators, including a 15-minute response to police radio requests" (cabinet minutes, real-text round 56)
    r"\b(?:service\s+level\s+agreement|sla)\s+(?:in|within|of|under)\s+(?:the|its|our|this)\s+(?:[\w-]+\s+){0,2}?contract\b|"
    # (not one made with the force: "performance against the Service Level Agreement with Kent Police, in force since 2022",
    # scrutiny minutes, real-text round 89)
    r"\bperformance\s+against\s+the\s+(?:service\s+level\s+agreement|sla)\b(?!\s+with\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:police|constabulary|heddlu))|" + _NOT_A_PARTY + r"|"
    # ("The contractor provides monitoring 24 hours a day under a service level agreement that forms part of the contract",
    # a borough's monitoring page, real-text round 57)
    r"\b(?:service\s+level\s+agreement|sla|agreement)\s+(?:that|which)\s+forms\s+part\s+of\s+(?:the|its|our|this)\s+"
    r"(?:[\w-]+\s+){0,2}?contract\b|"
    r"\b(?:contractor|provider|supplier|company)\s+provides\s+[^.\n]{0,60}?\bunder\s+(?:a|an|the)\s+"
    r"(?:service\s+level\s+agreement|sla)\b|"
    # somebody else's, said so: "… is between Swale Link and the police; the council is not a party to it" (held-back web
    # 135's Swale, hosting a business crime partnership's pages)
    r"\bto\s+be\s+(?:agreed|developed|drawn\s+up|drafted|negotiated|signed)\b|\bno\s+(?:[\w-]+\s+){0,3}?(?:agreement|protocol|sla|memorandum)\b|"
    r"\bnot\s+(?:yet\s+)?(?:agreed|signed|in\s+place)\b|"
    # an audit's recommendation: "prepare an agreement with the police for approval" (real-text round 12)
    # ("That the Cabinet seeks a new written agreement with [the force] within twelve months", a scrutiny recommendation after
    # the old one expired, real-text round 58)
    r"\b(?:prepare|draw\s+up|put\s+in\s+place|establish|develop|seeks?|negotiate)\s+(?:an?\s+)?(?:new\s+)?(?:written\s+|formal\s+)?"
    r"(?:agreement|protocol|sla)\b|"
    # an audit finding that none exists: "could not produce any written agreement with X Police", "in the
    # absence of a formal protocol", "without a signed agreement"
    r"\b(?:could|can|did|was|were)\s*n[o']?t\s+(?:be\s+)?(?:produce|find|found|locate|located|provide|evidence)d?\s+"
    r"(?:any|a|an)\s+(?:\w+\s+){0,2}(?:agreement|protocol|sla|memorandum)\b|"
    r"\b(?:absence|lack)\s+of\s+(?:any|a|an)\s+(?:\w+\s+){0,2}(?:agreement|protocol|sla|memorandum)\b|"
    r"\bwithout\s+(?:any|a|an)\s+(?:written|formal|signed|current)\s+(?:agreement|protocol|sla|memorandum)\b|\bframework\s+(?:service\s+level\s+agreement|sla)\b|"
    r"\btemplate\b|\blocal\s+authorities\b|\b(?:many|most|some|few)\s+councils\b|"
    # a force's own page on its agreements "with district councils": councils in general, not this one
    r"\b(?:with|including)\s+(?:the\s+)?(?:district|borough|county|local|partner|neighbouring)\s+councils\b|"
    r"\b(?:fewer|less|more)\s+than\s+(?:half|a\s+third|a\s+quarter|\d+\s*%)\s+of\s+(?:all\s+)?councils\b|\btheir\s+police\s+forces\b|\b(?:should|could|may\s+wish\s+to)\s+(?:have|develop|put\s+in\s+place|agree)\b|"
    r"\bhow\s+to\s+(?:develop|set\s+up|write)\b|"
    # a link or heading naming guidance about agreements ("Guidance: agreeing CCTV protocols with the
    # police", listed on a community safety landing page the simulated web's sites read for 5.1)
    r"^\W*(?:guidance|advice|case\s+study|toolkit|model|template|how\s+to)\b[^.\n]{0,12}[:–-]|"
    # ... or saying whose guidance it is: "National guidance on agreements with the police" (held-back web 46's Cambridge)
    r"^\W*(?:national|central|government|home\s+office|regional|county|the\s+commissioner(?:'s|’s))\s+(?:guidance|advice)\s+"
    r"(?:on|about|for)\b|\b(?:guidance|advice)\s+(?:on|about)\s+(?:agreements|protocols|slas)\b|"
    r"\bagreeing\s+(?:cctv\s+)?(?:protocols?|agreements?|slas?)\b|"
    # a guide to making one, which says it is none: "a short guide to drawing up a service level agreement with the
    # police … Use it as a checklist; it is not an agreement and binds nobody" (held-back web 47's West Sussex)
    r"\b(?:guide|guidance|checklist|note|template)\s+(?:to|on|for)\s+(?:drawing\s+up|developing|writing|agreeing|preparing)\b|"
    # ... or to such agreements in the plural (_GUIDE_TO_AGREEMENTS)
     + _GUIDE_TO_AGREEMENTS + r"|"
    r"\bis\s+not\s+(?:itself\s+)?an?\s+agreement\b|\bbinds\s+(?:nobody|no\s+(?:council|one|body|party|force))\b|"
    # the monitoring contractor's: "The contractor works to a service level agreement with the Council that sets response
    # times for … answering police radio calls" (real-text round 34)
    r"\b(?:the\s+)?(?:contractor|provider|supplier|(?:monitoring\s+|security\s+)?company)\s+(?:works|operates|is\s+bound)\s+(?:to|under)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract|sla)\s+(?:with\s+(?:the\s+)?(?:council|us)\b|"
    # (the council left unnamed: "The contractor works to a service level agreement that requires: cameras to be monitored …",
    # an annual update, real-text round 78)
    r"(?:that|which)\s+(?:requires|sets|says)\b)|"
    # ... in the passive: "Day-to-day operation is contracted to a specialist security company under a service level agreement
    # with the Council" (a council's CCTV page, real-text round 46)
    # a named neighbour's own, said so: "[Neighbour] releases recordings to [the force] under its own protocol with the force;
    # that protocol is [Neighbour]'s" (held-back web 195's Surrey Heath)
    r"\b(?:that|the|this)\s+(?:protocol|agreement|memorandum)\s+is\s+(?-i:[A-Z][\w-]+)(?:'s|’s)(?=[\s,.;])|"
    r"\bcontracted\s+(?:out\s+)?to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:company|firm|contractor|provider)\s+under\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract|sla)\b|"
    # ... or named as the other party: "The existing service level agreement with the contractor will continue unchanged"
    # (a cabinet decision extending the monitoring contract, real-text round 48)
    r"\b(?:agreement|sla|contract)\s+with\s+(?:the|its|our)\s+(?:cctv\s+)?(?:monitoring\s+)?(?:contractor|provider|supplier|"
    r"monitoring\s+company)\b|"
    # ... or a term of the contract itself: "The contract includes a service level agreement requiring operators to answer
    # police radio calls within 30 seconds" (a unitary's page on its monitoring contractor, real-text round 49)
    # ("Our contract with [the monitoring company] includes a service level agreement setting out: monitoring hours …", a
    # district's page, real-text round 101)
    r"\b(?:the|its|our|this)\s+(?:monitoring\s+)?contract\s+(?:with\s+(?:the\s+)?(?:[\w'’&-]+\s+){1,4}?)?(?:includes|contains|"
    r"sets\s+out|has)\s+an?\s+(?:service\s+level\s+agreement|sla)\b|"
    # ... or another body's, in its possessive: "under the BID's data sharing agreement with the force" (a business
    # improvement district's page, real-text round 49)
    r"\b(?:the\s+)?(?-i:BID|BIG|BCRP)(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:agreement|protocol)\b",
    I,
)
# Somebody else's agreement told as an example: "this guidance note describes how a group of councils
# in another region developed an SLA with their police force".
_GENERAL_ACCOUNT = re.compile(
    r"\b(?:guidance\s+note|case\s+study)\b|\bdescribes\s+how\b|\btheir\s+police\s+force\b|"
    # ... or left unnamed: "a draft memorandum in one force area shows the trend" (trade press)
    r"\bin\s+(?:another|one|a\s+(?:neighbouring|different))\s+(?:force\s+|police\s+)?(?:region|area|county)\b|"
    # ... or asked whether one exists: "no mention of whether any agreement with the force exists" (a law firm's briefing,
    # real-text round 80)
    r"\bwhether\s+(?:any|an|a|there\s+is\s+(?:an?|any))\s+(?:[\w-]+\s+){0,3}?(?:agreement|protocol|memorandum)\b",
    I,
)
# A document or page about agreements in general: the framework SLA, a template or model with
# its parties left blank, guidance on agreeing one.
_ABOUT_AGREEMENTS = re.compile(
    r"^\s*(?:developing|agreeing|drawing\s+up|writing)\s+(?:a|an|your)\b|"
    r"\btemplate\b|\bmodel\s+(?:service\s+level\s+)?agreement\b|\bframework\s+(?:service\s+level\s+agreement|sla)\b|"
    r"^\s*guidance\b|\bguidance\s+(?:on|for)\s+(?:agreeing|developing|drawing\s+up|writing)\b|"
    r"\bhow\s+to\s+(?:agree|develop|draw\s+up|write)\s+(?:a|an|your)\b|" + _GUIDE_TO_AGREEMENTS,
    I | re.M,
)
_BLANK_PARTIES = re.compile(
    r"\[\s*name\s+of\s+(?:the\s+)?(?:local\s+authority|council|police\s+force|force)\s*\]|"
    r"\bframework\s+service\s+level\s+agreement\s*[-–:]\s*template\b|"
    # a page kept for a certificate not yet there: "[This page is reserved. The certificate of agreement between [the
    # council] and [the force] will be inserted here once it has been approved and signed.]" (a code's front matter,
    # real-text round 50)
    r"\bthis\s+page\s+is\s+reserved\b|\bwill\s+be\s+inserted\s+(?:here\s+)?once\b",
    I,
)
# (or both named before: "British Transport Police as well as [the county force] … Both forces receive footage under a
# written protocol signed with the council", real-text round 17)
_THE_FORCE = re.compile(r"\b(?:the|that)\s+force\b(?!\s+(?:of|majeure)\b)|\bboth\s+forces\b", I)
_SHARED_SERVICE = re.compile(r"\bshared\s+(?:cctv\s+)?services?\s+agreement\b", I)
# ... unless it is made with the force: "a shared service agreement with [X] Police"
_WITH_POLICE = re.compile(r"\s+(?:with|between)\b[^.,;\n]{0,60}?\b(?:police|constabulary)\b", I)
_OTHER_SUBJECT = re.compile(
    r"\b(?:waste|refuse|recycling|bins?|ICT|IT\s+(?:services|support)|leisure|grounds\s+maintenance|"
    r"catering|payroll|cleaning|street\s+lighting|housing\s+repairs|pest\s+control|school\s+meals|"
    # an agreement with the force about other records: "Road casualty data sharing agreement" (held-back web 101)
    r"road\s+casualt(?:y|ies)|collisions?|domestic\s+abuse|anti[- ]social\s+behaviour\s+case|"
    # (or a file's and a listing's own words: "ASB-ISA-[force].pdf", "Information sharing agreement: doorstep crime (with [the
    # force])", beside the council's CCTV policy in its policies library, held-back webs 290's Havant and 292's Derbyshire)
    r"(?-i:ASB)|doorstep\s+crime|rogue\s+traders?|scams?|trading\s+standards|troubled\s+families|missing\s+(?:children|persons)|"
    # ("Safeguarding information sharing protocol with [the constabulary] (PDF)" on a county's information sharing page,
    # held-back web 304's Hertfordshire)
    r"safeguarding|(?-i:MASH)|child\s+protection|youth\s+(?:justice|offending)|mental\s+health)\b",
    I,
)
# A document titled as the council's own procedure for moving its cameras, the force only one of those who may ask for one:
# "Redeployable CCTV – Deployment Protocol" (real-text round 107). Only as a document's title without the force in it: "a
# deployment protocol between [the council] and [the force], signed by both" is an agreement (real-text round 37).
_OWN_PROCEDURE = re.compile(r"\b(?:deployment|siting)\s+(?:protocol|procedure)\b", I)
# An agreement that says it is not about the cameras: "The agreement does not cover camera footage" (held-back web 101's
# Derbyshire, a road casualty agreement with the force)
_NOT_ABOUT_CAMERAS = re.compile(
    r"\b(?:does|do|will)\s+not\s+(?:cover|include|apply\s+to|relate\s+to|concern|extend\s+to)\s+(?:any\s+)?"
    # ("The protocol does not cover surveillance camera recordings", a multi-agency protocol, held-back web 195's West Sussex)
    r"(?:surveillance\s+|public\s+space\s+)?(?:cctv|camera|cameras|footage|recordings|images)\b[^.\n]*|"
    # ("It covers anonymised crime statistics and case conferences, not camera recordings", held-back web 110)
    # ("It covers safeguarding and community safety case work; it says nothing about surveillance cameras or recorded images",
    # a multi-agency information sharing protocol's page, held-back web 316's Rutland)
    r"\b(?:says|said|say)\s+nothing\s+(?:about|of|on)\s+(?:the\s+)?(?:surveillance\s+|public\s+space\s+)?(?:cctv|camera|cameras|"
    r"footage|recordings|images)\b[^.\n]*|"
    r"\b(?:covers?|is\s+about|concerns?|relates\s+to)\b[^.\n]{0,120}?,?\s+(?:but\s+)?not\s+(?:the\s+)?(?:cctv|camera|cameras)"
    r"(?:\s+(?:recordings|footage|images))?\b[^.\n]*|"
    # ("Recorded CCTV images are outside the scope of this protocol", a community safety sharing protocol, held-back web 287's
    # Fenland)
    r"\b(?:recorded\s+)?(?:surveillance\s+|public\s+space\s+)?(?:cctv|camera)\s+(?:images|footage|recordings)\s+(?:are|is|fall|falls)\s+"
    r"(?:outside|beyond|excluded\s+from|not\s+(?:covered\s+by|within|part\s+of))\b[^.\n]*",
    I,
)


# a page title's site name after a dash or bar: "Data sharing agreements - East Staffordshire Borough Council" (held-back
# web 113)
_SITE_SUFFIX = re.compile(r"(?:\s+[-–|]\s+[^-–|]*\bCouncil\b[^-–|]*)+$", I)
_LISTING = re.compile(
    # (or their register: "Data sharing agreements register – community safety", real-text round 102)
    r"^\W*(?:our\s+|current\s+|published\s+)?(?:information|data)\s+sharing\s+(?:agreements|protocols)"
    r"(?:\s+(?:register|log|list|library)\b[^|]{0,60})?\s*$|"
    r"^\W*(?:agreements|protocols)\s+(?:we\s+have|in\s+place|register|library)\b",
    I,
)


@dataclass
class SlaResult:
    documents: list[dict] = field(default_factory=list)  # agreements published on this page
    doc_quotes: list[str] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)  # agreements mentioned
    mention_quotes: list[str] = field(default_factory=list)


# A looser name makes a title when the police are a party in the same line: "CCTV Partnership
# Agreement: Camden Council and the Metropolitan Police Service", "Protocol between … and X Police".
_LOOSE_TITLE = re.compile(
    r"\b(?:partnership|cctv|joint|working)\s+agreement\b|\bprotocol\b|\bagreement\s+(?:with|between)\b|"
    # "Deed of agreement", "Working arrangement signed with X Constabulary", "Information exchange
    # agreement" (held-back web 7)
    r"\bdeed\s+of\s+agreement\b|\bworking\s+arrangement\b|\bexchange\s+agreement\b|"
    # "Agreement by exchange of letters - release of CCTV recordings to [the force]" (held-back web 128's West Lindsey)
    r"\bagreement\s+by\s+(?:an\s+)?exchange\s+of\s+letters\b|"
    # "The Pennine CCTV Concordat", between the hub's councils and the force (held-back web 275's Blackburn with Darwen)
    r"\bconcordat\b|"
    # ("Memorandum of Agreement - Public Space CCTV - Sussex Police, Adur District Council and …", held-back web 275)
    r"\bmemorand(?:um|a)\s+of\s+agreement\b",
    I,
)


def _names_agreement(line: str) -> bool:
    # (never a line saying there is none: "[The council] does not have a formal written agreement with the police",
    # real-text round 15)
    if _NOT_THIS_AGREEMENT.search(line[:300]):
        return False
    return bool(_STRONG.search(line) or (_LOOSE_TITLE.search(line) and POLICE.search(line)))


def _title_line(title: str, blocks: list[Block], link_texts: frozenset[str] = frozenset()) -> tuple[str | None, int]:
    """The agreement title of a document: its title or one of its first headings/lines (never a question: "Is there an
    agreement between the council and the police about the cameras?" heads an FAQ's answer, real-text round 13)."""
    if title and title.rstrip().endswith("?"):
        title = ""
    if title and _names_agreement(title):
        return collapse(title)[:200], 0
    # "CCTV partnership protocol" whose parties, named at its head, are the council and a force
    # (held-back web 5: the police are a party in the first lines, not in the title)
    if (
        title
        and _LOOSE_TITLE.search(title)
        and not _NOT_THIS_AGREEMENT.search(title[:300])
        and any(POLICE.search(b.text) for b in blocks[:6])
    ):
        return collapse(title)[:200], 0
    for b in blocks[:12]:
        if (
            _names_agreement(b.text)
            and len(b.text) <= 200
            and not b.text.endswith((".", "?"))
            # (two sentences are no title: "The District Council owns the 34 … cameras in [three towns]. Three town councils
            # contribute … under service level agreements with the District Council:", an annual report, real-text round 48)
            and not re.search(r"[a-z]{2}[.!?]\s+[A-Z]", b.text)
            and not _FILE_ROW.search(b.text)
            # (nor a resolution's item: "(1) the draft Information Sharing Agreement be noted; and", cabinet minutes,
            # real-text round 66)
            and not _RESOLUTION_ITEM.search(b.text)
            # (nor a library's row for another subject's agreement, the line all one link's words: "Information sharing
            # agreement: doorstep crime (with [the force])" names a document elsewhere, held-back web 290's Derbyshire; its
            # file type after the link, "Safeguarding information sharing protocol with [the constabulary] (PDF)", held-back
            # web 304's Hertfordshire)
            and not (_FILE_TYPE_AFTER.sub("", collapse(b.text)) in link_texts and _OTHER_SUBJECT.search(b.text))
        ):
            return collapse(b.text), b.index
    return None, -1


_FILE_TYPE_AFTER = re.compile(r"\s*[\[(](?:pdf|docx?|word|odt|rtf)\b[^)\]]{0,20}[\])]\s*$", I)

_RESOLUTION_ITEM = re.compile(
    r"\bbe\s+(?:noted|approved|agreed|adopted|endorsed|received|signed)\b|(?:;|;\s*and|,\s*and)\s*$", I
)


# A row of a page's list of files ("Ingatestone CCTV service level agreement.pdf pdf 122.0 KB", held-back web 81's
# Brentwood): a link to a document, not the page's own title.
_FILE_ROW = re.compile(r"\.(?:pdf|docx?|odt|xlsx?)\b|\b\d+(?:\.\d+)?\s*[KM]B\b", I)


def about_agreements_in_general(title: str, text: str, ctx: AuthorityContext | None = None) -> bool:
    """A page or document about agreements in general: guidance or a case study on agreeing one
    (titled so), or a template (titled or headed so). It speaks of somebody's cameras in
    general terms, so it is not this council's CCTV information either (the 5.1 reading asks)."""
    lines = text.lstrip()[:600].split("\n")[:3]
    if ctx is not None and any(own_blank_agreement(head, ctx, text.lstrip()) for head in [title, *lines[:1]] if head):
        return False  # the council's own agreement made out with its force, left to be signed
    return bool(
        _GENERAL_TITLE.search(collapse(title or ""))
        or any(_GENERAL_TITLE.search(line) for line in lines)
        or any(re.match(r"\W*template\b", line, I) for line in lines)
        or bool(_SAYS_TEMPLATE.search(text[:1500]))
    )


# A document that says it is a template or framework, not an agreement ("It is a template and is not itself an agreement
# between any council and any force": a national framework SLA hosted on a council's site, held-back web 42)
_SAYS_TEMPLATE = re.compile(
    r"\b(?:this|it)\s+is\s+(?:only\s+)?a\s+(?:template|model|framework)\b(?!\s+(?:agreement|protocol))|"
    r"\bis\s+not\s+itself\s+an?\s+agreement\b|"
    # (a trade magazine's explainer of the national framework: "A framework, not an agreement", "is often mistaken for an
    # agreement in its own right", real-text round 110; never "adapted locally", which a council says of its own)
    r"^\W*an?\s+(?:framework|template|model),?\s+not\s+an?\s+agreement\b|\bmistaken\s+for\s+an?\s+agreement\s+in\s+its\s+own\s+"
    r"right\b",
    I,
)


# The title of guidance, a case study or a template about agreements ("Case study: developing a CCTV
# service level agreement", "Guidance: agreeing CCTV protocols with the police"); a council's own
# "Guidance on requesting CCTV footage" names no agreement and stays its information.
_GENERAL_TITLE = re.compile(
    # (also after the publisher's name: "[Two counties'] community safety partnerships: model CCTV information sharing
    # protocol", held-back web 58's North West Leicestershire)
    r"(?:^|:\s*)\W*(?:case\s+study|guidance|toolkit|template|model|how\s+to|developing|agreeing|drawing\s+up|writing|national\s+framework)\b"
    r"[^\n]{0,80}\b(?:agreements?|protocols?|SLAs?|memorand(?:um|a))\b|\btemplate\b[^\n]{0,40}\bagreement\b|"
    r"\bagreement\b[^\n]{0,40}\btemplate\b|"
    # a guide's title in the plural with what each should hold: "Data sharing agreements: what to include" (a regulator-style
    # note, real-text round 80)
    r"^\W*(?:[\w-]+\s+){0,3}?(?:agreements|protocols|SLAs)\s*[:–-]\s*(?:what\s+(?:to\s+include|they\s+should\s+(?:cover|contain)|"
    r"goes\s+in)|a\s+(?:guide|checklist)|key\s+(?:points|elements))\b",
    I,
)


def not_about_the_cameras(text: str) -> bool:
    """The agreement spoken of is said not to cover the cameras, and nothing else in the text names them."""
    return bool(_NOT_ABOUT_CAMERAS.search(text)) and not CCTV_TERM.search(_NOT_ABOUT_CAMERAS.sub(" ", text))


# A document's head saying it still waits for the force to sign: "… awaiting the force's signature" (read over a document's
# opening, where the rest of _IN_PREPARATION, "while options are considered", may be about something else)
_AWAITING_SIGNATURE_WORDS = (
    r"\bawaiting\s+(?:the\s+)?(?:police|force(?:'s|’s)?|constabulary(?:'s|’s)?)\s+(?:[\w-]+\s+)?signature\b|"
    r"\bsignature\s+(?:page|block|section)\s+is\s+(?:still\s+)?blank\b"
)
_AWAITING_SIGNATURE = re.compile(_AWAITING_SIGNATURE_WORDS, I)
_IN_PREPARATION = re.compile(
    # (a certificate or signature page still waiting for the other party: "the certificate has been sent to the constabulary
    # and is awaiting the police signature", a borough's news of its new code, real-text round 103; "The signature page is
    # still blank", a community safety manager's covering letter with a revised draft, round 104; "Nid yw wedi cael ei
    # lofnodi eto" (it has not been signed yet) and "mae swyddogion wedi bod yn trafod cytundeb …" (officers have been
    # discussing an agreement), a Welsh briefing note to scrutiny members, round 104)
    _AWAITING_SIGNATURE_WORDS + r"|\bawaiting\s+(?:their|its)\s+(?:[\w-]+\s+)?signature\b|"
    r"\buntil\s+(?:the\s+(?:new\s+)?(?:code|agreement|protocol|memorandum)|it)\s+is\s+signed\s+by\s+both\b|"
    r"\b(?:has|have)\s+(?:it|they|the\s+(?:agreement|protocol|memorandum|mou))\s+(?:yet\s+)?been\s+signed\s*\?\s*no\b|"
    r"\bn(?:id|ad)\s+(?:yw|ydy|oedd)\s+(?:[^.\n]{0,40}?\s)?wedi\s+cael\s+ei\s+(?:lofnodi|llofnodi|gytuno)\s+eto\b|"
    r"\bwedi\s+bod\s+yn\s+trafod\s+(?:c|g|ch)ytundeb\b|"
    # ("mae'r Cyngor a Heddlu … yn trafod cytundeb partneriaeth newydd … Nid oedd y telerau wedi'u cytuno eto" (are discussing a
    # new partnership agreement … the terms had not yet been agreed), Welsh scrutiny minutes, real-text round 66)
    r"\byn\s+trafod\s+(?:c|g|ch)ytundeb\b|\bnid\s+oedd\s+y\s+telerau\s+wedi['’]u\s+cytuno\s+eto\b|"
    # (arrangements that "will be set out in an agreement", its draft published (held-back web 425's Arun); a memorandum "agreed
    # in principle" and "expected to be signed in the new year" (a borough's news); a cabinet authorising its officer "to
    # negotiate an agreement with [the force]", "No agreement has yet been reached" (real-text round 124))
    r"\bwill\s+be\s+set\s+out\s+in\s+(?:an?|the)\s+(?:formal\s+|written\s+)?agreement\b|\bagreed\s+in\s+principle\b|"
    r"\b(?:is|are)\s+expected\s+to\s+be\s+signed\b|\bno\s+agreement\s+has\s+(?:yet\s+)?been\s+(?:reached|made|signed)\b|"
    r"\bauthori[sz](?:es|ed|e)\s+[^.\n]{0,80}?\bto\s+negotiate\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:agreement|protocol|memorandum)\b|"
    # (a draft to be sent for agreeing and signing: "mae Cytundeb Rhannu Gwybodaeth drafft wedi'i baratoi a bydd yn cael ei anfon
    # at yr heddlu i'w gytuno a'i lofnodi", an annual governance statement's Welsh action plan, real-text round 120)
    # (never "awdurdodi … i'w lofnodi ar ran y Cyngor", a cabinet authorising an officer to sign the agreement it approves, as
    # rounds 24-29 label it)
    r"\bi['’]w\s+gytuno\s+a['’]i\s+lofnodi\b|"
    # (none written yet, one to be sought: "No written agreement exists between the Council and [the force] covering police
    # access …", "… will seek to agree an information sharing agreement with the Constabulary", an internal audit report, real-text
    # round 120)
    r"\bno\s+(?:written\s+|formal\s+|signed\s+)?(?:agreement|protocol|memorandum)\s+(?:yet\s+)?(?:exists|is\s+in\s+place)\b|"
    r"\bwill\s+seek\s+to\s+agree\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|protocol|memorandum)\b|"
    # (a power to make them, not one made: "To negotiate and enter into information sharing agreements … with the police", a
    # constitution's delegations to an officer, real-text round 120)
    r"(?m:^\W*(?:\([a-z0-9]+\)\s*)?to\s+negotiate\s+(?:and\s+(?:enter\s+into|sign|agree)\s+)?(?:[\w-]+\s+){0,6}?"
    r"(?:agreements|protocols|memoranda)\b)|"
    # a recommendation that one be sought: "That the Council seeks a formal service level agreement with [the force] …", a
    # scrutiny recommendation the cabinet did not accept (real-text round 94)
    r"\b(?:that\s+the\s+council\s+)?(?:seeks?|seeking|to\s+seek)\s+(?:an?|the)\s+(?:formal\s+|written\s+|new\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:agreement|protocol|memorandum)\s+with\b|"
    # ... in Welsh: "Mae'r Cyngor a Heddlu … yn dal i lunio cytundeb rhannu gwybodaeth" (are still drawing up an information
    # sharing agreement, a county's Welsh news, real-text round 93)
    r"\byn\s+dal\s+i\s+(?:lunio|ddrafftio|drafftio|drafio|negodi|drafod|baratoi)\b|"
    # ("mae'r Cyngor a Heddlu … yn paratoi Cytundeb Rhannu Gwybodaeth …. Mae'r cytundeb yn dal i gael ei ddrafftio ac nid yw
    # wedi'i lofnodi eto" (are preparing …; is still being drafted and has not been signed yet), a county's Welsh CCTV policy,
    # real-text round 107)
    r"\byn\s+paratoi\s+(?:c|g|ch)ytundeb\b|\byn\s+dal\s+i\s+gael\s+ei\s+(?:dd?rafftio|lunio|drafod|baratoi)\b|"
    r"\bn(?:id|ad)\s+(?:yw|ydy|oedd)\s+wedi['’]i\s+(?:lofnodi|llofnodi|gytuno)\s+eto\b|"
    # a memorandum the force proposes, a draft put for approval or prepared by officers, negotiations to open: "[the force] had
    # written to the … operators … proposing a memorandum of understanding" (scrutiny minutes); "to seek approval of a draft
    # information sharing agreement with [the force]", "Officers have prepared a draft …" (a cabinet report); "to open
    # negotiations with [the force] on a new service level agreement" (an officer decision): real-text round 91
    r"\b(?:proposing|proposed|proposes|propose)\s+(?:an?|the)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:memorandum|agreement|protocol)\b|"
    r"\b(?:seek|sought|seeking|seeks)\s+(?:the\s+)?approval\s+(?:of|for)\s+(?:an?|the)\s+draft\b|"
    r"\b(?:have|has|had)\s+(?:now\s+)?(?:prepared|drafted|drawn\s+up|written)\s+(?:an?|the)\s+draft\b|"
    r"\b(?:open|opened|opening|begin|began|start|started|enter\s+into)\s+negotiations\s+with\b[^.\n]{0,60}?\b(?:on|for|about|"
    r"over)\s+(?:an?|the)\s+(?:new\s+|renewed\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|protocol|memorandum)\b|"
    # ("… that it would not come into effect until it had been agreed and signed by both parties", a cabinet decision
    # endorsing a draft "as the basis for negotiation", real-text round 57)
    r"\b(?:would|will|does|did)\s+not\s+(?:come\s+into\s+(?:effect|force)|take\s+effect)\s+until\b[^.\n]{0,60}?"
    r"\b(?:agreed|signed)\b|\bas\s+the\s+basis\s+(?:for|of)\s+negotiations?\b|"
    # ("The information sharing agreement with [the force] for CCTV footage expired in 2023 and is being renegotiated",
    # an information governance annual report, held-back web 152's Sheffield)
    # ("the draft is still being negotiated. It has not been signed by either party", a cabinet report, real-text round 58)
    r"\b(?:is|are)\s+(?:still\s+)?being\s+(?:re-?)?(?:drafted|developed|negotiated|drawn\s+up|prepared|written)\b|"
    # ... told in the past, and the report to come once it is done: "A data sharing agreement with [the force] … was still being
    # negotiated"; "That a further report be brought once the agreement with the police is finalised" (cabinet minutes,
    # real-text round 95)
    r"\b(?:was|were)\s+still\s+being\s+(?:re-?)?(?:drafted|developed|negotiated|drawn\s+up|prepared|written)\b|"
    # ... or asked when it will be: "[A member] asked when the information sharing agreement with [the force] … would finally be
    # signed" (a partnership's joint executive minutes, real-text round 97)
    r"\bwhen\s+the\s+(?:[\w-]+\s+){0,4}?(?:agreement|protocol|memorandum)\b[^.\n]{0,120}?\bwould\s+(?:finally\s+|now\s+)?be\s+"
    r"(?:signed|agreed|finalised|finalized)\b|"
    r"\b(?:once|when|until)\s+the\s+(?:[\w-]+\s+){0,3}?(?:agreement|protocol|memorandum)\b[^.\n]{0,60}?\b(?:is|has\s+been)\s+"
    r"(?:finalised|finalized|signed|agreed|concluded)\b|"
    # (or in a clause of its own: "until a new information sharing agreement with [the force], now being drafted, replaces its
    # section on the police", a code of practice's page, held-back web 257's Fareham)
    r",\s*(?:now\s+|still\s+|currently\s+)?being\s+(?:re-?)?(?:drafted|developed|negotiated|drawn\s+up|prepared|written)\s*,|"
    r"\b(?:has|have)\s+not\s+(?:yet\s+)?been\s+signed\s+by\s+either\s+(?:party|side)\b|"
    # ("Officers were negotiating an agreement with [the force] … but terms had not yet been settled", scrutiny minutes;
    # "Officers are now drafting an agreement with [the force]", a county's news; "It would not be signed until the police
    # had agreed the retention clauses" and "authorised to sign it once the Constabulary has agreed the final wording",
    # cabinet minutes; "[the force] and [the council] have begun talks about a memorandum of understanding", a force's news:
    # real-text rounds 86 and 87)
    # ("We are agreeing a local service level agreement with [the force], based on the national framework agreement. Until it
    # is finished, …", a borough's page on working with the force, held-back web 316's St Albans; not "finalising", which
    # round 12's writer labelled the council's protocol)
    r"\b(?:were|was|are|is)\s+(?:now\s+|currently\s+|still\s+)?(?:negotiating|drafting|preparing|agreeing)\s+"
    r"(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:agreement|protocol|memorandum)\b|"
    r"\bterms\s+(?:had|have)\s+not\s+(?:yet\s+)?been\s+(?:settled|agreed|finalised|finalized)\b|"
    r"\bwould\s+not\s+be\s+signed\s+until\b|\bauthori[sz]ed\s+to\s+sign\s+(?:it|the\s+(?:agreement|protocol))\s+(?:once|when|after)\b|"
    # ("delegates authority to the Head of Community Safety … to sign the Agreement on the Council's behalf once [the force] has
    # confirmed its acceptance"; "Management had agreed to draft an agreement with [the force]": real-text round 89)
    r"\bto\s+sign\s+the\s+(?:agreement|protocol|memorandum)\b[^.\n]{0,60}?\b(?:once|when|after)\b|"
    r"\bagreed\s+to\s+(?:draft|prepare|write|put\s+in\s+place)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|protocol|memorandum)\b|"
    r"\b(?:begun|started|opened|begin|began|start)\s+talks\s+(?:about|on|over)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:agreement|protocol|memorandum)\b|"
    # ("Cabinet noted the draft information sharing agreement with [the force] … and authorised the Chief Officer … to finalise
    # and sign it", cabinet minutes, real-text round 83)
    r"\bauthori[sz](?:ed|es)\s+[^.\n]{0,120}?\bto\s+(?:finalise|finalize|complete|conclude)\s+and\s+sign\b|"
    # ("An information sharing agreement with [the force] on camera footage remains in draft", a portfolio holder's decision,
    # real-text round 70; "We are currently negotiating a formal data sharing agreement with the [force] … Until it is agreed,
    # each request is considered individually", a housing CCTV questions page, real-text round 71)
    r"\b(?:remains?|is\s+still|are\s+still)\s+(?:in\s+|a\s+)?draft\b|"
    # ("Negotiations had started in 2023 but were not yet complete … Until a memorandum was agreed, footage would continue to be
    # released …", scrutiny minutes, real-text round 72; "Options include monitoring from the police control centre under a
    # new agreement …", a council's news of talks, real-text round 73)
    r"\b(?:negotiations|discussions|talks)\b[^.\n]{0,80}?\bnot\s+yet\s+(?:complete|concluded|finished|finalised|agreed)\b|"
    r"\b(?:discussions|talks|negotiations)\s+with\s+[^.\n]{0,60}?\babout\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:memorandum|agreement|"
    r"protocol)\b|"
    r"\buntil\s+(?:a|the|an)\s+(?:[\w-]+\s+){0,3}?(?:memorandum|agreement|protocol)\s+(?:was|is|has\s+been|had\s+been)\s+"
    r"(?:agreed|signed)\b|\boptions?\s+(?:include|includes|are|would\s+be)\b|"
    r"\b(?:are|is)\s+(?:currently\s+|still\s+)?negotiating\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:agreement|protocol|memorandum)\b|"
    # ("the draft had been sent to the force's legal team in June, but … the agreement had not been signed", after "The report
    # attached a draft Information Sharing Agreement with [the force]", cabinet minutes, real-text round 66)
    r"\b(?:the\s+(?:[\w-]+\s+){0,3}?(?:agreement|protocol|memorandum|draft)|it)\s+(?:had|has)\s+not\s+(?:yet\s+)?been\s+"
    r"(?:signed|agreed)\b(?!\s+again)|"
    # (or told as drafted and sent for comment: "A data sharing agreement … has been drafted by the Council's legal team and
    # sent to [the force]. It has not yet been signed", a cabinet report, real-text round 41)
    r"\b(?:has|have|had)\s+been\s+drafted\b(?![^.\n]{0,80}?\b(?:signed|agreed\s+by\s+both|in\s+force)\b)|"
    r"\bexpects?\s+(?:the\s+)?(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|protocol|memorandum)\s+to\s+be\s+signed\b|"
    # a draft told as prepared: "A draft information sharing agreement between the council and [the force] had been
    # prepared … but had not yet been agreed or signed" (cabinet minutes, real-text round 36)
    r"^\W*(?:an?|the)\s+draft\s+(?:[\w-]+\s+){0,4}?(?:agreement|protocol|memorandum)\b|"
    # (or told within the sentence: "… explained that a draft information sharing agreement had been prepared with [the
    # force]. Neither party had yet signed it", cabinet minutes, real-text round 39)
    r"\b(?:an?|the)\s+draft\s+(?:[\w-]+\s+){0,4}?(?:agreement|protocol|memorandum)\b[^.\n]{0,80}?\s(?:had|has|have)\s+(?:now\s+)?been\s+"
    r"(?:prepared|drawn\s+up|drafted|written|produced|circulated|shared|sent)\b|"
    # ("discussions with [the force] about a service level agreement covering … had started in the spring and were continuing",
    # scrutiny minutes, real-text round 45)
    r"\b(?:discussions|talks|negotiations)\b[^.\n]{0,200}?\b(?:are|were|is|was)\s+(?:still\s+)?(?:under\s+way|underway|ongoing|"
    r"continuing)\b|"
    # Welsh: "bod trafodaethau ar y gweill gyda Heddlu …" (discussions under way), "Nid oedd y memorandwm wedi'i gytuno eto"
    # (had not yet been agreed; committee minutes, real-text round 39)
    # ("… yn dal i gael ei drafod, ac nad oedd wedi ei lofnodi eto" (still being discussed, and not yet signed), scrutiny
    # minutes, real-text round 43)
    # ("Nid yw'r naill barti na'r llall wedi llofnodi'r memorandwm eto" (neither party has signed it yet), real-text round 46)
    # ("Eglurodd y swyddog fod trafodaethau'n parhau rhwng y Cyngor a Heddlu …" (discussions are continuing), "nid yw
    # wedi'i gytuno na'i lofnodi eto" (neither agreed nor signed yet), scrutiny minutes, real-text round 51)
    r"\btrafodaethau\s+ar\s+y\s+gweill\b|\btrafodaethau(?:['’]n|\s+yn)\s+(?:parhau|mynd\s+rhagddynt)\b|"
    # ("fod trafodaethau ar Femorandwm Cyd-ddealltwriaeth gyda Heddlu … yn parhau", the subject between, Welsh forum minutes,
    # real-text round 58)
    r"\btrafodaethau\s+(?:ar|am|ynghylch|ynglŷn\s+â)\s+[^.\n]{0,120}?\byn\s+parhau\b|"
    # ("Mae Cyngor Sir … a Heddlu … wedi dechrau trafod Memorandwm Cyd-ddealltwriaeth newydd" (have begun discussing a new
    # memorandum), "Nid oes cytundeb wedi'i lunio eto" (no agreement drawn up yet), a county's news, real-text round 54)
    r"\bwedi\s+dechrau\s+trafod\b|\bnid\s+oes\s+(?:unrhyw\s+)?(?:c|g|ch)ytundeb\b|"
    r"\bn(?:id|ad)\s+(?:oedd|yw|ydy|ydyw)\b[^.\n]{0,60}?\bwedi(?:(?:['’]i|\s+ei)\s+"
    r"(?:gytuno|chytuno|lofnodi|llofnodi)(?:\s+na['’]i\s+(?:gytuno|chytuno|lofnodi|llofnodi))?|\s+(?:llofnodi|lofnodi|arwyddo)['’]r\s+[^.\n]{0,40}?)\s+eto\b|\byn\s+dal\s+i\s+gael\s+ei\s+(?:drafod|ddrafftio|drafftio|lunio|baratoi)\b|"
    # talks opened or stalled, with no terms agreed: "Discussions had opened with the [PCC] and the Constabulary about … a
    # formal partnership agreement, but no terms had yet been agreed", "Talks … over a new memorandum of understanding …
    # have stalled" (committee minutes and a local paper, real-text round 43)
    r"\b(?:discussions|talks|negotiations)\s+(?:have|has|had)\s+(?:now\s+)?(?:opened|begun|started)\b|"
    r"\b(?:discussions|talks|negotiations)\b[^.\n]{0,160}?\b(?:have|has|had)\s+(?:stalled|broken\s+down)\b|"
    r"\bno\s+terms\s+(?:have|had)\s+(?:yet\s+)?been\s+agreed\b|"
    # ("Plans for a new agreement between councils and police on town-centre CCTV … have stalled"; "Officers from the councils
    # and [the force] have been working on a memorandum of understanding …", a regional paper, real-text round 52)
    r"\bplans\s+for\s+(?:an?\s+)?(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|protocol|memorandum)\b[^.\n]{0,120}?\b(?:have|has|had)\s+"
    r"stalled\b|\b(?:have|has|had)\s+been\s+working\s+on\s+(?:a|an|the)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|protocol|"
    r"memorandum)\b|"
    r"\bnegotiations?\s+(?:on|about|over)\s+(?:the\s+terms\s+of\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|protocol|"
    r"memorandum)\s+(?:were|are|was|is)\s+(?:continuing|ongoing|under\s+way)\b|"
    # Welsh: "Mae'r Cyngor wrthi'n llunio cytundeb rhannu gwybodaeth gyda Heddlu …" (is drawing up), "yn cael ei ddrafftio"
    # (real-text round 36)
    # "We are using it to draw up a local SLA with [the force], which we expect to put to both organisations for approval"
    # (a council's CCTV page, real-text round 46)
    r"\bto\s+draw\s+up\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:agreement|sla|protocol|memorandum)\b|"
    # a decision to prepare one, to come back for approval before signing: "That officers prepare a draft information sharing
    # agreement with [the force] …, to be brought back to Cabinet for approval before it is signed" (a cabinet decision,
    # real-text round 47)
    r"\bprepare\s+(?:a|an)\s+draft\s+(?:[\w-]+\s+){0,4}?(?:agreement|sla|protocol|memorandum)\b|"
    r"\bfor\s+approval\s+before\s+(?:it\s+is|being)\s+signed\b|"
    # "Signing was expected in the new year once the police had confirmed …" (committee minutes on a draft memorandum,
    # real-text round 48)
    r"\bsigning\s+(?:is|was)\s+(?:now\s+)?expected\b|"
    # a draft endorsed "as the basis for negotiation with [the force]" (cabinet minutes, real-text round 51)
    r"\bas\s+the\s+basis\s+(?:for|of)\s+(?:negotiations?|discussions?)\b|"
    r"\bwrthi['’]n\s+(?:llunio|paratoi|drafftio|trafod|datblygu)\b|\byn\s+cael\s+ei\s+(?:ddrafftio|lunio|baratoi|drafod)\b|"
    # ("Mae swyddogion y Cyngor yn gweithio gyda Heddlu [X] ar gytundeb rhannu data … Mae'r cytundeb yn dal i gael ei
    # ddrafftio ac nid yw wedi'i lofnodi eto", a Welsh news release, real-text round 81)
    r"\byn\s+dal\s+i\s+(?:gael\s+ei\s+(?:ddrafftio|lunio|baratoi|drafod)|fod\s+yn\s+ddrafft)\b|"
    r"\bnid\s+yw\s+wedi['’]i\s+(?:lofnodi|gytuno)\s+eto\b|"
    r"\byn\s+gweithio\s+gyda\s+(?:[\w'’-]+\s+){1,4}?ar\s+(?:g|c)ytundeb\b|"
    # "We are currently working with the force on a service level agreement …; a draft has been exchanged but the
    # agreement has not yet been finalised or signed" (real-text round 30)
    # a decision to go on negotiating: "That officers continue negotiations with [the force] on a service level agreement
    # …, with the final agreement to be brought back … before signature" (real-text round 34)
    r"\b(?:continue|continues|continuing|ongoing|resume)\s+(?:the\s+)?negotiations?\s+with\b[^.\n]{0,80}?"
    r"\b(?:agreement|protocol|memorandum)\b|"
    r"\bworking\s+with\s+(?:the\s+force|(?:[\w-]+\s+){0,3}?(?:police|constabulary))\s+on\s+(?:a|an|the)\s+(?:new\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:agreement|protocol|memorandum)\b|\b(?:has|have|had)\s+(?:therefore\s+|still\s+|so\s+)?not\s+yet\s+been\s+"
    r"(?:finalised|signed|agreed)\b",
    I,
)
# a draft named, said unsigned after (by _IN_PREPARATION): "presented a report on the draft information sharing agreement
# prepared with [the force] … Members heard that … the agreement had therefore not yet been signed by either party" (cabinet
# minutes, real-text round 45; Welsh "drafft", round 46). A draft with nothing said of its signing stays an agreement spoken
# of, as earlier rounds label drafts.
_DRAFT = re.compile(r"\bdraf(?:f)?t\b", I)
_MADE_WITH = re.compile(
    r"[,;]\s*(?:which\s+(?:was|is)\s+)?(?:made|signed|agreed|entered\s+into)\s+with\s+[^,;.\n]{2,80}", I
)
# An agreement that has ended: "… under a service level agreement with [the force]. That agreement ended and was not
# renewed" (real-text round 30): no agreement now, neither document nor mention
_ENDED = re.compile(
    r"\b(?:that|the|this|our)\s+(?:[\w-]+\s+){0,2}?(?:agreement|arrangement|protocol)\s+(?:has\s+)?(?:ended|expired|lapsed|"
    r"was\s+(?:terminated|ended|not\s+renewed)|came\s+to\s+an\s+end)\b|"
    # "the service level agreement under which [the force] had watched the cameras ran out in March 2022 and had not been
    # renewed" (committee minutes, real-text round 46)
    r"\b(?:agreement|arrangement|protocol)\b[^.\n]{0,100}?\b(?:ran|run)\s+out\b[^.\n]{0,60}?\bnot\s+been\s+renewed\b|"
    # ... or came to an end, the force named between, and was not renewed: "Our service level agreement with [the force]
    # came to an end in March 2023. It has not been renewed" (a borough's footage requests page, real-text round 50)
    # ("Our service level agreement with [the force], under which the police contributed to monitoring costs, ended in March
    # 2023 and has not been renewed", real-text round 53)
    r"\b(?:agreement|arrangement|protocol)\b[^.\n]{0,140}?\b(?:came\s+to\s+an\s+end|expired|lapsed|ended)\b[^\n]{0,80}?\b"
    r"(?:has|had|was)\s+not\s+(?:been\s+)?renewed\b|"
    # ... or the next sentence saying so: "A protocol on police access to the CCTV control room was agreed with [the force] in
    # 2015. It expired in March 2020 and has not been renewed, so there is no current agreement" (an FOI answer, real-text
    # round 119)
    r"\b(?:agreement|arrangement|protocol|memorandum)\b[^\n]{0,200}?[.;]\s+it\s+(?:has\s+)?(?:expired|lapsed|ended|came\s+to\s+"
    r"an\s+end)\b[^.\n]{0,60}?\b(?:has|had|was)\s+not\s+(?:been\s+)?renewed\b|"
    # ... or said to have expired on a past date, its signing year between ("The information sharing agreement signed in 2018
    # expired in March 2023", an FOI answer, real-text round 80), unless renewed or replaced in the same sentence
    r"\b(?:agreement|arrangement|protocol|memorandum)\b[^.\n]{0,60}?\b(?:expired|lapsed)\s+(?:in|on|at\s+the\s+end\s+of)\s+"
    r"[^.\n]{0,30}?\b(?:19|20)\d\d\b(?![^.\n]*\b(?:renewed|extended|replaced|re-?signed)\b)",
    I,
)


# The agreement's own term: "This agreement runs from 1 April 2016 to 31 March 2019 and ends on that date unless renewed in
# writing" (held-back web 165's South Oxfordshire, whose documents page says it "has expired"). A signed agreement whose
# term is over is no agreement in force: the assessment compares the year it ends with the year the page was read
# (analysis.assess), so a snapshot re-assessed later keeps its verdict. A term said to roll on has no end.
_TERM = re.compile(
    r"\b(?:runs?|ran|is\s+in\s+force|shall\s+(?:run|remain\s+in\s+force)|lasts?|(?:is\s+)?valid)\s+from\s+[^.\n]{3,40}?\s+"
    r"(?:to|until|till)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d)\b"
    r"(?![^.\n]{0,80}\b(?:and\s+(?:will\s+)?(?:continue|roll|renew)|automatically\s+renew|unless\s+(?:either|one)\s+party\s+"
    r"(?:ends|terminates)))",
    I,
)


# ... or the day it lapses: "This interim protocol … lapses on 16 November 2019 unless the parties agree a replacement in
# writing" (held-back web 202's Isle of Wight)
_LAPSES_ON = re.compile(
    # (or "starts on 1 April 2020 and ends on 31 March 2023", "EXPIRED: this agreement ended on …", held-back web 275's West
    # Lindsey)
    r"\b(?:lapses|lapsed|expires|expired|terminates|terminated|ends|ended)\s+on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Z][a-z]+\s+)?(?P<year>(?:19|20)\d\d)\b",
    I,
)
# ... or a term counted from the signing: "This agreement runs for three years from the date of the last signature and
# will be reviewed before it ends" (held-back web 202's Newport, signed in February 2016, its lapse told on a committee
# page): the last year a signing line gives, plus the term
_TERM_FROM_SIGNING = re.compile(
    r"\b(?:runs?|lasts?|is\s+in\s+force|shall\s+(?:run|remain\s+in\s+force)|(?:is\s+)?valid)\s+for\s+(?:a\s+(?:period|term)\s+of\s+)?"
    r"(?P<n>\d|one|two|three|four|five)\s+years?\s+from\s+(?:the\s+date\s+of\s+)?(?:the\s+)?(?:last|final|its)?\s*(?:signature|signing)\b"
    # (nor a term the parties may extend by letter: "… from the date of the last signature and may be extended by letter", a
    # joint working agreement the council's CCTV page presents as in force, held-back web 350's Oxford)
    r"(?![^.\n]{0,80}\b(?:and\s+(?:will\s+)?(?:continue|roll|renew)|automatically\s+renew|(?:and\s+)?may\s+be\s+(?:extended|renewed)\b))",
    I,
)
_YEARS_N = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def term_end_year(text: str) -> int | None:
    """The last year the document's stated term runs to, or None when it states no fixed term."""
    years = [int(m.group("year")) for m in (*_TERM.finditer(text), *_LAPSES_ON.finditer(text))]
    counted = _TERM_FROM_SIGNING.search(text)
    if counted:
        signed = [
            int(h.iso[:4]) for line in text.split("\n") if re.search(r"\bsigned\b", line, I) for h in find_dates(line)
        ]
        n = counted.group("n").lower()
        if signed:
            years.append(max(signed) + (int(n) if n.isdigit() else _YEARS_N[n]))
    return max(years) if years else None


# An agreement of the council's own that follows a template: "an Information Sharing Protocol written to the Wales Accord on
# the Sharing of Personal Information (WASPI) template", its signing told next (a scrutiny report, real-text round 48). The
# template named as what the agreement was written to is no template offered.
_WRITTEN_TO_A_TEMPLATE = re.compile(
    r"\b(?:written|drawn\s+up|prepared|based|modelled|produced)\s+(?:to|on|from|using)\s+(?:the\s+)?[^.\n]{0,100}?\btemplate\b",
    I,
)


# A template with its parties filled in as this council and a force: "Appendix C. Information Sharing Agreement - template
# Information Sharing Agreement between [the council] and [the force] for the release of recorded images", its signature
# lines dotted and dated "20__" (a partnership code of practice, held-back web 214's Welwyn Hatfield). Its parties named,
# it is the council's own agreement left unsigned (a draft), not a national model.
_TEMPLATE_BETWEEN = re.compile(
    r"\btemplate\b[^\n]{0,120}?\bbetween\s+(?P<council>[^\n]{3,80}?\b(?:council|corporation|cyngor)\b)\s+and\s+"
    r"[^\n]{0,60}?\b(?:police|constabulary|heddlu)\b",
    I,
)


# ... or the template's title first and its parties on a line of their own below: "Information sharing agreement: CCTV control
# room at [the police station] (template)" / "Template for completion by both parties …" / "Between [the council] and [the
# force]." (held-back web 304's South Kesteven)
_TEMPLATE_PARTIES = re.compile(
    r"^\W*between\s+(?P<council>[^\n\[\]]{3,80}?\b(?:council|corporation|cyngor)\b)\s+and\s+[^\n\[\]]{0,60}?"
    r"\b(?:police|constabulary|heddlu)\b",
    I | re.M,
)


def own_blank_agreement(head: str | None, ctx: AuthorityContext | None, opening: str = "") -> bool:
    """The heading offers a template whose parties are the audited council (by its name) and a force: the council's
    own agreement, drafted and unsigned."""
    m = _TEMPLATE_BETWEEN.search(head or "")
    if m is None and re.search(r"\btemplate\b", head or "", I):
        m = _TEMPLATE_PARTIES.search(opening[:600])
    return bool(m and ctx and is_same_council(m.group("council"), ctx.short_name))


_UNTIL_SIGNED = re.compile(r"\buntil\s+(?:that|it|one)\s+is\s+(?:agreed|signed|in\s+place)\b", I)


def ended_or_unsigned(sentence: str) -> bool:
    """The sentence says its agreement has ended, or is still being prepared or not yet signed."""
    return bool(_ENDED.search(sentence) or _IN_PREPARATION.search(sentence))


def said_unsigned(text: str) -> bool:
    """The text says its agreement is still being prepared or not yet signed (_IN_PREPARATION): a draft so described is
    spoken of, not the council's agreement."""
    return bool(_IN_PREPARATION.search(text[:20_000]))


def not_an_agreement(sentence: str) -> bool:
    """The sentence speaks of agreements in general, of a blank template or of somebody else's: it
    is no evidence that this council has one (also read by the 5.1 ``police_agreement`` criterion)."""
    sentence = _WRITTEN_TO_A_TEMPLATE.sub(" ", sentence)
    return bool(
        _NOT_THIS_AGREEMENT.search(sentence) or _BLANK_PARTIES.search(sentence) or _GENERAL_ACCOUNT.search(sentence)
    )


# The line under an agreement's heading saying it is the monitoring contract's: "Our contract with [the company] includes a
# service level agreement setting out: …" (real-text round 101)
_CONTRACT_TERMS = re.compile(
    r"\b(?:the|its|our|this)\s+(?:monitoring\s+)?contract\s+(?:with\s+(?:the\s+)?(?:[\w'’&-]+\s+){1,4}?)?(?:includes|contains|"
    r"sets\s+out|has)\s+an?\s+(?:service\s+level\s+agreement|sla)\b|"
    r"\b(?:contractor|provider|supplier|monitoring\s+company)\b[^.\n]{0,80}?\b(?:service\s+level\s+agreement|sla)\b",
    I,
)


def detect_sla(
    url: str,
    title: str,
    blocks: list[Block],
    text: str,
    focused: bool,
    ctx: AuthorityContext | None,
    link_texts: frozenset[str] = frozenset(),
) -> SlaResult:
    """Police agreements published in, or mentioned by, one page or document (`link_texts`: the words of the page's
    links, which name the agreement a signatories' page belongs to)."""
    res = SlaResult()
    text, blocks = with_parties_named(text, blocks)
    force_name = ctx.police_force if ctx else None
    head, head_idx = _title_line(title, blocks, link_texts)
    if head is None and blocks and own_blank_agreement(blocks[0].text, ctx, text):
        # the council's own agreement made out with its force as a template, its title saying so (which reads as a
        # template on its own): the first line is its title
        head = collapse(blocks[0].text)[:200]
    region_text = None
    if head:
        opening = "\n".join(b.text for b in blocks[:40])[:6000]
        about = _NOT_ABOUT_CAMERAS.sub(" ", text[:200_000])
        if POLICE.search(head + "\n" + opening) and (CCTV_TERM.search(about) or focused or _CAMERA_WORDS.search(about)):
            if not ((_OTHER_SUBJECT.search(head) or _OWN_PROCEDURE.search(head)) and not POLICE.search(head)):
                region_text = text
        if (
            region_text is not None
            and head_idx is not None
            and head_idx + 1 < len(blocks)
            and _CONTRACT_TERMS.search(blocks[head_idx + 1].text[:400])
        ):
            # a heading over the monitoring contract's own service levels: "The service level agreement" over "Our contract
            # with [the company] includes a service level agreement setting out: …" (real-text round 101)
            region_text = None
    if region_text is not None and head and _LISTING.search(_SITE_SUFFIX.sub("", head)):
        # "Information sharing agreements" (plural): a page listing agreements, read for what it says
        # of each (a mention), not as one agreement; a force's own library of them names no council
        head, region_text = None, None
    shape = None
    signing_line: str | None = None
    if region_text is None and (shape := agreement_by_shape(title, blocks, text)) is not None:
        # no name we know, but an agreement's shape: the council and a force as parties at its head,
        # the cameras as its subject, and somebody signing for the force (agreement_doc)
        head, region_text = shape[0], text
    if (
        region_text is None
        and (part_of := signatories_part(title, link_texts, url, text))
        and POLICE.search(text[:5000])
    ):
        # the signatories' page of an agreement published in parts, named by its list of parts, its folder or its words
        # (agreement_parts); the name is ours, so the evidence quotes the page's own line for the force
        head, region_text = part_of, text
        signing_line = next((collapse(b.text) for b in blocks if POLICE.search(b.text) and not b.heading), None)
    if region_text is None:
        # a Certificate of Agreement inside a (joint) code of practice, or an appendix headed as the
        # agreement with the police ("Appendix B: Protocol between the Council and X Police")
        agreement_titled = bool(re.search(r"\bagreement\b", (title or "") + "\n" + text[:300], I))
        for b in blocks:
            # (in Welsh, "Tystysgrif Cytundeb" heading a city's Welsh code, signed "ar ran" the council and the force,
            # real-text round 110)
            cert = re.search(
                r"\bcertificate\s+of\s+(?:agreement|acceptance)\b|\btystysgrif\s+(?:g|c)ytundeb\b", b.text, I
            ) or (
                # (or a code's opening section headed as its agreement, the force's signature under it: "Foreword and
                # agreement" over "It has been agreed between the Council and [the force]", real-text round 55)
                b.heading
                and b.index < 6
                and re.match(r"\W*(?:foreword\s+and\s+|introduction\s+and\s+)?agreement\s*$", b.text, I)
            )
            # (a document's first lines may reach here run together: "… code of practice Certificate of
            # agreement The content of this code …", held-back web 22's Greenwich)
            # (a PDF's heading may run into its first paragraph: "Appendix G - Protocol between [the council] and [the
            # force] This protocol governs …", held-back web 60's Portsmouth)
            heading = (
                _AGREEMENT_HEADING.match(b.text)
                or (agreement_titled and _SCHEDULE_FOR_POLICE.match(b.text))
                or _parties_follow(b, blocks)
            )
            if (cert and cert.start() < 200) or (heading and heading.end() < 220):
                following = blocks[b.index : b.index + 40]
                # (up to the next council's certificate: a joint code gives each partner its own, signed or blank,
                # held-back web 272's Huntingdonshire)
                nxt_cert = next(
                    (j for j, x in enumerate(following[1:], 1) if _NEXT_CERTIFICATE.search(x.text)),
                    len(following),
                )
                tail = "\n".join(x.text for x in following[:nxt_cert])
                contractors = len(following) > 1 and bool(_CONTRACT_TERMS.search(following[1].text[:400]))
                if POLICE.search(tail) and not contractors:
                    head, region_text = collapse(b.text), tail
                break
    asked = _ASKED.findall(text[:3000])
    if (sum(1 for q in asked if q) >= 2 or (len(asked) >= 2 and _REQUESTED.search(text[:3000]))) and not _answered(
        text[:3000]
    ):
        # "1) Is there a protocol between X Police and the council …? 2) If so, will you disclose …?":
        # a request for information about an agreement, not one
        return res
    own_template = own_blank_agreement(head, ctx, text)
    on_agreements = _ABOUT_AGREEMENTS.search(head or title or "")
    if (
        on_agreements
        and head is None
        and on_agreements.group(0).lower() == "template"
        and "template" not in text[:3000].lower()
    ):
        # the document's title left from the template it was made from ("OWBC Corporate Policy Template v2" over a filled
        # policy that never says "template": held-back web 396's Oadby and Wigston), not a template of an agreement
        on_agreements = None
    if (not own_template and on_agreements) or _BLANK_PARTIES.search(text[:1500]):
        # a template, a framework, a model or guidance on agreeing one: nobody's agreement
        return res
    if (
        region_text is not None
        and (
            between_councils(region_text)
            or without_the_council(region_text)
            # an agreement that says it does not cover the cameras: "The protocol does not cover surveillance camera recordings,
            # which are handled under separate arrangements" (a county's multi-agency protocol, held-back web 195's West Sussex)
            or not_about_the_cameras(region_text[:20_000])
            or re.search(_NOT_A_PARTY, region_text[:5000], I)
            or named_not_a_party(region_text[:5000], ctx)
            or another_councils(region_text, ctx)
        )
    ):
        return res
    if region_text is not None and _another_councils_with_the_force(head or "", ctx):
        # a page headed by a neighbour's agreement with the force (its linked title, "[Neighbour] Borough Council and [the
        # force]: CCTV agreement (PDF)"): not the council's document, but the page may still speak of the council's own
        # ("Our own information sharing agreement with [the force] is being reviewed", held-back web 145's Tunbridge Wells)
        _mentions(res, url, blocks, focused, force_name, ctx)
        return res
    if region_text is not None:
        signed, sig_quote, sig_date = signature(region_text, ctx.short_name if ctx else None)
        if shape is not None and not signed and sig_quote is None:
            # the force's execution line names no "signed" ("X Police: Superintendent - 15 May 2024")
            signed, sig_quote, sig_date = True, shape[1].quote, shape[1].date
        parties = signing_parties(region_text[:300_000])
        if (
            signed
            and any(not re.search(r"\b(?:council|cyngor|authority)\b", party, I) for party in parties)
            # (the force named on no signing line at all, however its block is laid out)
            and not any(POLICE.search(line) for line in signing_lines(region_text[:300_000]))
        ):
            # signed by the council and others, the force not among them: "Certificate of agreement … Signed for [the
            # council] … Signed for [a shopping centre]", the force's protocol only spoken of (held-back web 206's
            # Lichfield)
            signed = False
        opening = without_others_blanks(text[:1500], ctx.short_name if ctx else None)
        strong = bool(
            STRONG_DRAFT.search(head or "")
            or STRONG_DRAFT.search(opening)
            or re.search(r"draft", url.rsplit("/", 1)[-1], I)
        ) and not (signed and later_version_agreed(region_text))
        # (or said at its head to wait for the force's signature: "Renew the CCTV data sharing agreement with [the force] |
        # Community Safety Manager | Amber | Wording agreed with the force; awaiting the force's signature", a business plan's
        # monitoring row, held-back web 371's Rushmoor)
        draft = (
            strong
            or own_template
            or (bool(WEAK_DRAFT.search(text[:3000])) and not signed)
            or bool(_AWAITING_SIGNATURE.search(opening))
        )
        forces = find_forces(region_text[:300_000], force_name)
        forces = [f for f in forces if f not in ("Police Scotland", "PSNI", "Police Service of Northern Ireland")]
        own = canonical_force(force_name) if force_name else None
        if not forces and shape is None and not re.search(_STRONG_NAME, head or "", I):
            # a protocol of the council's own that names no force as a party ("Redeployable CCTV protocol": where the
            # cameras go, "where police or council records show a pattern of incidents"): its operating rules, not an
            # agreement with the police (held-back web 140's Fylde)
            _mentions(res, url, blocks, focused, force_name, ctx)
            return res
        doc = {
            "title": head,
            "force": forces[0] if forces else None,
            # signed with a neighbouring force ("Between [the council] and Warwickshire Police" on a Leicestershire
            # district's cameras at the county boundary, held-back webs 114 and 117): an agreement, but not with the
            # council's own police (DOMAIN: 5.5 is met by the agreement with its force)
            # (a force the register does not know, a test's or a template's "Westshire Police", is never called another)
            # (the service and national police are nobody's own force: held-back web 118's Royal Military Police)
            "own_force": False
            if forces and NOT_A_TERRITORIAL_FORCE.search(forces[0])
            else (forces[0] == own)
            if forces and own and forces[0] in KNOWN_FORCES
            else None,
            "signed": bool(signed and not draft),
            "draft": draft,
            "term_ends": term_end_year(region_text[:20_000]),
            "date": sig_date or doc_date(region_text),
            "url": url,
            "kind": "document",
            "signature_quote": sig_quote,
        }
        res.documents.append(doc)
        res.doc_quotes.append(signing_line or (head if head else quote_at(region_text, 0, 1)))
        return res
    _mentions(res, url, blocks, focused, force_name, ctx)
    for row, force, signed_in_register in register_rows(title, blocks, force_name)[:2]:
        if signed_in_register:
            # the register's own signature columns, dated for both parties: the agreement recorded as signed by both
            own = canonical_force(force_name) if force_name else None
            res.documents.append(
                {
                    "title": row,
                    "force": force,
                    "own_force": (force == own) if own and force in KNOWN_FORCES else None,
                    "signed": True,
                    "draft": False,
                    "term_ends": None,
                    "date": doc_date(row),
                    "url": url,
                    "kind": "document",
                    "signature_quote": row,
                }
            )
            res.doc_quotes.append(row)
            continue
        # a row of the council's register of sharing agreements: one with the force for its cameras, not published here
        res.mentions.append(
            {
                "title": row,
                "force": force,
                "signed": None,
                "draft": None,
                "date": None,
                "url": url,
                "kind": "mention",
                "strength": "weak",
                "why": "listed in the council's register of sharing agreements, no document",
                "hint": False,
                "planned": False,
            }
        )
        res.mention_quotes.append(row)
    return res


# A question line (its number captured): an FOI request numbers its questions, an FAQ page does not
# and answers them, so plain questions count only beside the words of a request.
_ASKED = re.compile(
    r"^\W*(\d{1,2}[.)]\s*|[a-z][.)]\s+)?(?:is|are|does|do|did|has|have|will|would|can|could|please|what|how|"
    r"who|when|which|if\s+so)\b[^\n]{0,300}\?\s*$",
    I | re.M,
)


def _answered(text: str) -> bool:
    """The questions are answered on the page, each on the line after it (a review page's "6. Is there a current
    agreement with [the force]?" / "A revised information sharing agreement … has been drafted", held-back web 129's
    Neath Port Talbot): a question-and-answer page, not a request. An FOI request lists its questions one after another."""
    # (or answered together under the request, an FOI answer's "Response" over "1. Yes. [The council] and [the force] have an
    # Information Sharing Agreement …", real-text round 76's Rushcliffe)
    response = _RESPONSE_HEAD.search(text)
    if response and re.search(r"(?m)^\W*1[.)]\s+[^\n?]{20,}$", text[response.end() :]):
        return True
    answers = 0
    for m in _ASKED.finditer(text):
        nxt = text[m.end() :].lstrip("\n").split("\n", 1)[0].strip()
        if nxt and not nxt.endswith("?") and len(nxt) > 20 and not _REQUESTED.search(nxt):
            answers += 1
    return answers >= 2


# (or "In response:", a force's disclosure log answering about its agreement with a city council, real-text round 102)
_RESPONSE_HEAD = re.compile(r"(?m)^\W*(?:our\s+|in\s+)?(?:response|answer|reply|ymateb|ateb)s?\s*:?\s*$", I)
_REQUESTED = re.compile(
    r"\bfreedom\s+of\s+information\b|\bFOI\b|\brequest\s+for\s+information\b|"
    r"\bplease\s+(?:disclose|provide|supply|confirm|send)\b|\bI\s+(?:would\s+like|am\s+writing|request)\b",
    I,
)
# An appendix's, annex's or schedule's head: "Appendix B:", "Schedule 3 -", Welsh "Atodiad 2."
_APPENDIX_HEAD = r"^\W*(?:appendix|annex|schedule|atodiad)\s+[\w.]{1,4}\s*"
_AGREEMENT_HEADING = re.compile(
    _APPENDIX_HEAD + r"[:.–-]?\s*[^.\n]{0,60}?"
    # (the parties may follow a long title: "Appendix D. Protocol for the release of recorded material Agreed between [the
    # council] and [the force]", held-back web 83's Peterborough)
    r"(?:agreement|protocol|memorandum)\b[^.\n]{0,140}\b(?:police|constabulary|heddlu)\b",
    I,
)
# ... or headed as an agreement alone, its parties in the line below it: "Appendix E: Information sharing agreement" over
# "Information sharing agreement between [the council] and [the force] for live viewing …" (held-back web 146's Lewisham)
_AGREEMENT_ONLY_HEADING = re.compile(
    _APPENDIX_HEAD + r"[:.–-]?\s*[^.\n]{0,60}?(?:agreement|protocol|memorandum(?:\s+of\s+understanding)?)\s*$", I
)
_PARTIES_LINE = re.compile(
    r"^\W*[^.\n]{0,80}?\b(?:agreement|protocol|memorandum)\b[^.\n]{0,60}?\bbetween\b[^.\n]{0,160}?\b(?:police|constabulary|"
    r"heddlu)\b",
    I,
)


def _parties_follow(b: Block, blocks: list[Block]) -> re.Match[str] | None:
    if not _AGREEMENT_ONLY_HEADING.match(b.text) or b.index + 1 >= len(blocks):
        return None
    return _AGREEMENT_ONLY_HEADING.match(b.text) if _PARTIES_LINE.match(blocks[b.index + 1].text) else None


# ... or, in a document titled as an agreement (a partnership agreement between councils), its schedule for the police:
# "Schedule 3: Information sharing with Staffordshire Police" (held-back web 98's Newcastle-under-Lyme)
_SCHEDULE_FOR_POLICE = re.compile(_APPENDIX_HEAD + r"[:.–-]\s*[^.\n]{0,80}?\b(?:police|constabulary|heddlu)\b", I)
# "We work in partnership with X Police": how the council works, not a code written with the force.
_CODE_WORDS = re.compile(
    r"\b(?:code|policy|scheme|document|written|prepared|drawn\s+up|developed|produced|agreed)\b", I
)
# The other party is another council, a town or a parish ("the SLA with South Vale District Council
# for running the control room"), not the police named later in the sentence.
# The councils counted as the parties: "between the three councils", "between the partner authorities".
COUNCILS_COUNTED = (
    r"between\s+(?:the\s+)?(?:two|three|four|five|six|both|partner|neighbouring|member)\s+(?:councils|authorities)\b"
)
# ... unless the force is named with them: "between the two councils and Kent Police" (held-back web 18's Tonbridge and
# Malling)
# (the force by its short name counts too: "an Information Sharing Agreement between [the] Borough Council and the force,
# signed in July 2023", real-text round 34)
# (the force by its short name too: "between Newham Council and the Met", a neighbourhood page, held-back web 364's Newham)
_AND_THE_POLICE = (
    r"(?![^.\n]{0,20}\band\b[^.\n]{0,60}(?:\b(?i:police|constabulary|heddlu|the\s+force)\b|\bthe\s+Met\b|\bMPS\b))"
)
_WITH_A_COUNCIL = re.compile(
    # (or by its name alone: "enter into the service level agreement with Medway Council", real-text round 46)
    r"^[^.\n]{0,30}?\b(?:with|between)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,6}(?:(?:Town|Parish|District|Borough|City|County|"
    r"Community|Metropolitan\s+Borough)\s+)?Council\b" + _AND_THE_POLICE + r"|"
    # ... or the councils counted: "a partnership shared service agreement between the three councils" (held-back web 115's
    # Ashfield, whose cameras are watched at the force's headquarters for three councils)
    r"^\s*(?i:" + COUNCILS_COUNTED + r")" + _AND_THE_POLICE + r"|"
    # ... or with a housing provider: "where the council's control room also monitors 27 cameras under a service agreement with
    # the housing association signed in 2023" (a unitary's estate cameras panel, real-text round 105)
    r"^\s*(?:(?:with|between)\s+)?(?:the\s+|a\s+)?(?:(?i:housing\s+association|housing\s+provider|registered\s+provider)|"
    r"[A-Z][\w'’-]+\s+(?:Homes|Housing(?:\s+Group|\s+Association)?))\b" + _AND_THE_POLICE
)
# ... or named just before it: "monitors the cameras owned by Eastford Town Council under a service
# level agreement, and passes footage to the police" — the police are users of footage, not a party.
_COUNCIL_BEFORE = re.compile(
    r"\b(?:[A-Z][\w'’.-]*\s+){1,6}(?:Town|Parish|District|Borough|City|County|Community|Metropolitan\s+Borough)\s+"
    r"Council\b[^,;.\n]{0,40}$"
)
# What the agreement is about on a page that is not itself about CCTV: the cameras or what they record.
_EVIDENCE_RELEASE = re.compile(
    r"\b(?:evidence|images?|footage)\s+(?:release|disclosure)\b|\brelease\s+of\s+(?:evidence|images|footage)\b|"
    r"\brhyddhau\s+(?:tystiolaeth|delweddau|lluniau)\b",
    I,
)
_RECORDINGS_SHARED = re.compile(
    r"\b(?:share|disclose|pass|release)\s+(?:the\s+|these\s+|our\s+)?(?:cctv\s+)?(?:recordings|footage|images)\b", I
)
_CAMERA_WORDS = re.compile(
    r"\bcameras?\b|\bfootage\b|\bANPR\b|\brecordings?\b|\b(?:recorded\s+)?images\b|\bl?luniau\b|\bdelweddau\b|"
    r"\bcamer[aâ]u\b|\bcontrol\s+(?:room|cent(?:re|er))\b|\bmonitoring\b|"
    # (a code's own word for what its cameras record: "Recorded material is released to [the force] under a protocol agreed
    # between the council and the force", held-back web 382's Wychavon)
    r"\brecorded\s+material\b",
    I,
)


# The agreement just named, signed in the next sentence: "The protocol was signed by the council and [the force]",
# Welsh "Llofnodwyd y protocol gan y Cyngor a chan Heddlu …".
_SIGNED_AS_AGREEMENT = re.compile(
    r"\bsigned\b[^.\n]{0,160}?\bon\s+behalf\s+of\s+the\s+(?:police|force|constabulary)\b|"
    r"\bforms?\s+the\s+(?:operating\s+|working\s+|formal\s+)?agreement\s+between\b",
    I,
)
# An agreement said signed for both sides: "The protocol was signed for the council by the Chief Executive on 4 March 2024
# and for [the force] by the Superintendent … on 19 March 2024" (held-back web 212's Oadby and Wigston)
_SIGNED_FOR_BOTH = re.compile(
    r"\bsigned\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+council|us)\b[^.\n]{0,120}?\band\s+(?:for|on\s+behalf\s+of)\s+",
    I,
)
# The council's request for an agreement, and the force's refusal after it: "officers had asked [the force] to agree a
# service level agreement … The force had replied that it would not contribute and did not wish to enter a formal
# agreement" (committee minutes, real-text round 75)
_ASKED_THE_FORCE = re.compile(
    r"\b(?:asked|invited|approached|requested)\b[^.\n]{0,60}?\b(?:police|constabulary|force)\b[^.\n]{0,20}?\bto\s+"
    r"(?:agree|sign|enter\s+into|put\s+in\s+place|contribute)\b",
    I,
)
# The words of a refusal, shared by the force's reply after the council's request and a refusal before the agreement's name
# ("was not in a position to enter into a funding or service agreement with the Council", real-text round 76)
_REFUSAL = (
    r"(?:declined|declines|refused|refuses|would\s+not|did\s+not\s+wish|"
    r"(?:(?:was|were|is|are)\s+)?not\s+(?:willing|prepared|in\s+a\s+position))"
)
_FORCE_DECLINED = re.compile(
    r"^[^.]{0,40}\b(?:force|police|constabulary|they|it)\b[^.]{0,60}?\b" + _REFUSAL + r"\b",
    I,
)
_REFUSED_TO_ENTER = re.compile(
    r"\b"
    + _REFUSAL
    + r"\s+to\s+(?:(?:fund\s+or\s+)?sign|enter(?:\s+into)?|agree)\s+(?:(?:an?|the|any)\s+)?(?:[\w-]+\s+){0,3}$",
    I,
)
_NEXT_CERTIFICATE = re.compile(r"^\W*(?:schedule\s+[a-z0-9]{1,3}\s*:|certificate\s+of\s+(?:agreement|acceptance)\b)", I)
_SAME_AGREEMENT_NEXT = re.compile(
    r"\W*(?:the|this)\s+(?:agreement|protocol|memorandum)\s+(?:sets\s+out|covers|explains|allows)\b", I
)
_SIGNED_NEXT = re.compile(
    r"\W*(?:(?:the|this)\s+(?:agreement|protocol|memorandum)\s+(?:was|has\s+been)\s+signed\s+by|it\s+was\s+signed\s+by|"
    r"llofnodwyd\s+(?:y|yr)\s+(?:protocol|cytundeb|memorandwm)\s+gan)\b",
    I,
)


# The sentence after an agreement named with its parties: "… the agreement between [a neighbouring] Borough Council and the
# Constabulary. [The council] is not a party to that agreement and has no separate agreement of its own" (real-text round
# 53)
_COVERS = re.compile(r"\s*(?:it|this|the\s+(?:agreement|memorandum|protocol))\s+(?:covers|sets\s+out|governs)\b", I)
_POLICE_SIGNER = re.compile(
    r"\bsigned\s+(?:(?:in|on)\s+[\w ]{3,30}?\s+)?by\b[^.\n]{0,160}?\b(?:(?:area|district|divisional|local\s+policing\s+area)\s+commander|chief\s+constable|"
    r"(?:chief\s+)?superintendent|chief\s+inspector)\b",
    I,
)
_NOT_PARTY_NEXT = re.compile(
    # (or "to it": "… under its own information sharing agreement with [the force], signed by the BID and the police. The council is
    # not a party to it", a business crime partnership's page, held-back web 354's Burnley)
    r"^\W*(?:[\w'’-]+\s+){1,5}?(?:is|are)\s+not\s+(?:a\s+)?(?:party|parties|signatory|signatories)\s+to\s+(?:(?:that|this|the)\s+"
    r"(?:agreement|arrangement|protocol)|it)\b",
    I,
)


# A named council and the force as an agreement's parties: "Eastbourne Borough Council and Sussex Police: CCTV agreement
# (PDF)" on a neighbour's page of the website two councils share (held-back web 216's Lewes)
_NAMED_WITH_FORCE = re.compile(
    r"(?P<council>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+(?:(?:Borough|District|City|County|Town)\s+)?Council)\s+and\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?i:police|constabulary)\b"
)


# ... or the force working "under an agreement with [a named] Council": "Footage from Worthing's cameras is used only by Sussex
# Police, who watch them under an agreement with Worthing Borough Council" (a shared site's tab, audited for Adur: held-back
# web 341)
_FORCE_UNDER_AGREEMENT_WITH = re.compile(
    r"\b(?i:police|constabulary)\b[^.\n]{0,120}?\b(?i:agreement|protocol|memorandum)\s+with\s+(?:the\s+)?"
    r"(?P<council>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+(?:(?:Borough|District|City|County|Town)\s+)?Council)\b"
)


def _another_councils_with_the_force(sent: str, ctx: AuthorityContext | None) -> bool:
    """The sentence (or a linked title) names another council and the force as an agreement's parties."""
    named = [m.group("council") for m in _NAMED_WITH_FORCE.finditer(sent)]
    named += [m.group("council") for m in _FORCE_UNDER_AGREEMENT_WITH.finditer(sent)]
    return only_others([sent], named, ctx)


# A named neighbour's agreement, by its possessive: "Runnymede's existing agreement with Surrey Police is attached for
# information" (executive papers on moving the monitoring to a neighbour, held-back web 228's Surrey Heath)
_POSSESSED_AGREEMENT = re.compile(
    r"(?-i:\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))(?:'s|’s)\s+(?:(?:own|existing|current|signed|new|former)\s+)*"
    r"(?:[\w-]+\s+){0,3}?(?i:agreement|protocol|memorandum)\s+with\b"
)


# ... or a neighbour by its bare name as the agreement's holder: "[Neighbour] has a protocol with Surrey Police for police access
# to its recordings" on a page about the neighbour's control room (held-back web 372's Waverley)
_PLACE_HAS_AGREEMENT = re.compile(
    r"(?-i:\b(?!(?:The|This|It|Our|We|Each|Every|Its|Their|Which|That|Who|He|She|They|Council|Borough|District|County|City)\b)"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2}))\s+(?:has|holds|keeps|signed|agreed)\s+(?:an?|its\s+own|its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?i:agreement|protocol|memorandum)\s+with\b"
)


def _anothers_possessive(sent: str, ctx: AuthorityContext | None) -> bool:
    """The agreement is named as another council's, by a place in the possessive that is not the audited council's."""
    if ctx is None:
        return False
    for m in (*_POSSESSED_AGREEMENT.finditer(sent), *_PLACE_HAS_AGREEMENT.finditer(sent)):
        name = m.group("name")
        if re.search(r"\b(?:police|constabulary|force|commissioner|pcc)\b", name, I):
            continue
        if m.re is _PLACE_HAS_AGREEMENT and re.search(r"\bcouncil\b", name, I):
            continue  # "[X] Borough Council has a service level agreement with [the force]": read as before, by its parties
        if re.search(r"\bcouncil\b", name, I):
            # a neighbour by its full name: "under Merthyr Tydfil Council's protocol with South Wales Police" on a partnership
            # page of the council next door (held-back web 372's Rhondda Cynon Taf); never "the Council's"
            if is_same_council(name, ctx.short_name) is False:
                return True
            continue
        if is_same_council(f"{name} Council", ctx.short_name) is False and not names_council(name, ctx.short_name):
            return True
    return False


def _mentions(
    res: SlaResult,
    url: str,
    blocks: list[Block],
    focused: bool,
    force_name: str | None,
    ctx: AuthorityContext | None = None,
) -> None:
    for pos in BlockText(blocks).indices(AGREEMENT, limit=2000)[:200]:
        b = blocks[pos]
        for m in AGREEMENT.finditer(b.text):
            s, e = sentence_at(b.text, m.start(), m.end())
            # a table row turned to text is read cell by cell: "Rec 4: Put in place a written agreement … | Update: Data
            # sharing agreement signed by the council and [the force] …" (real-text round 16: an audit tracker)
            cell_start, cell_end = b.text.rfind(" | ", s, m.start()), b.text.find(" | ", m.end(), e)
            s = cell_start + 3 if cell_start != -1 else s
            e = cell_end if cell_end != -1 else e
            sent = b.text[s:e]
            if sent.rstrip().endswith("?"):
                continue  # "Is there a protocol between X Police and the council?": asked, not said
            nxt = b.text[e : e + 200]
            loose = _LOOSE_NAME.match(m.group(0))
            # a loose name standing as a heading ("Letter of agreement.") takes its parties from the next sentence
            police = (
                POLICE.search(sent)
                or (POLICE.search(nxt) and len(sent) < (40 if loose else 120))
                # (or the next sentence has the force sign it: "… o dan Brotocol Rhannu Gwybodaeth a luniwyd yn unol â
                # Chytundeb Cymru … (WASPI). Llofnodwyd y protocol gan y Cyngor a chan Heddlu …", real-text round 41)
                or (not loose and _SIGNED_NEXT.match(nxt) and POLICE.search(nxt))
                # (or the next sentence goes on about the agreement by the force's name: "… the information sharing agreement
                # covering the Council's public space CCTV had been renewed. The agreement sets out how [the force] may view
                # live images …", cabinet minutes, real-text round 75)
                or (not loose and _SAME_AGREEMENT_NEXT.match(nxt) and POLICE.search(nxt.split(". ", 1)[0]))
                # "We pass recordings to X Police ... The council and the force have signed a data sharing
                # agreement": the force, named earlier in the paragraph, is a party by its short name
                or (_THE_FORCE.search(sent) and POLICE.search(b.text[:s]))
                # (or a police officer signing it, the force named in the question above the answer: "Does the council have a
                # formal agreement with [the force] …?" over "Yes. A service level agreement … was signed in April 2024 by [the
                # council]'s Director of Place and the Chief Superintendent for the [county] Division", a full council's written
                # answer, real-text round 106)
                or (
                    _POLICE_SIGNER.search(sent)
                    and any(
                        blocks[j].text.rstrip().endswith("?") and POLICE.search(blocks[j].text)
                        for j in range(max(0, b.index - 3), b.index)
                    )
                )
                # (or in the question just above the answer: "Q3. Describe your current arrangements with [the force]." over
                # "… Our working relationship with the Force is governed by a service level agreement, signed by both parties
                # …", a council's response to its commissioner's consultation, real-text round 104)
                or (
                    _THE_FORCE.search(sent)
                    and b.index > 0
                    and blocks[b.index - 1].text.rstrip().endswith((".", "?"))
                    and bool(re.match(r"\W*(?:Q\s*\d+|\d+)\s*[.):]", blocks[b.index - 1].text))
                    and bool(POLICE.search(blocks[b.index - 1].text))
                )
                # (or a police commander among its signatories, the force named before: "[The force] are the main users of
                # recordings. Their access is governed by the [town] CCTV Evidence Protocol, signed by the Council's Director
                # … and the [town] Local Policing Area Commander", a code of practice, real-text round 58)
                or (_POLICE_SIGNER.search(sent) and POLICE.search(b.text[:s]))
            )
            if not police:
                continue
            # (what the agreement is for is said by its own name and clause: "a waste data sharing agreement", not "a stolen
            # vehicle seen dumping waste" elsewhere in the sentence, real-text round 20)
            name_lead = re.split(
                r"[,;]|\b(?:under|with|through|by)\b", b.text[max(s, m.start() - 40) : m.start()], flags=I
            )[-1]
            about = name_lead + m.group(0) + " " + re.split(r"[,;]", b.text[m.end() : e], maxsplit=1)[0]
            if _OTHER_SUBJECT.search(about) and not CCTV_TERM.search(sent):
                continue
            if _WITH_A_COUNCIL.match(b.text[m.end() : e]):
                continue
            if _SHARED_SERVICE.search(name_lead + m.group(0)) and not _WITH_POLICE.match(b.text, m.end()):
                # "Under the shared service agreement the combined authority also … links [our] operators to police
                # analysts": the councils' agreement for the service, the police named only as its users (held-back web
                # 169's Tamworth)
                continue
            # an agreement with the force named in the sentence, still being prepared: a draft spoken of, which a PCMA
            # auditor reads as 5.5 partial ("A new information sharing agreement with [the force] is being prepared and
            # will be published here once both have signed it", held-back web 130's Rugby); not the text's signal
            if _ENDED.search(sent + " " + nxt[:200]) and not _IN_PREPARATION.search(sent + " " + nxt[:200]):
                continue  # (one that expired with a replacement being prepared is still spoken of: held-back web 13's Barnet)
            if (_ASKED_THE_FORCE.search(sent) and _FORCE_DECLINED.search(nxt)) or _REFUSED_TO_ENTER.search(
                b.text[s : m.start()]
            ):
                continue  # the council asked for one and the force said no: no agreement (real-text round 75's Arun)
            if _NOT_PARTY_NEXT.match(nxt):
                continue  # another council's agreement, the next sentence saying the council is not a party to it
            if _another_councils_with_the_force(sent, ctx) or _anothers_possessive(sent, ctx):
                continue  # a named neighbour's agreement with the force
            after = nxt + " " + (blocks[b.index + 1].text[:300] if b.index + 1 < len(blocks) else "")
            if b.index + 2 < len(blocks) and blocks[b.index + 1].text.rstrip().endswith("?"):
                # (and the answer under the next question: "Has it been signed?" over "No. The draft will be revised …", a
                # consultation's questions and answers, real-text round 106)
                after += " " + blocks[b.index + 2].text[:300]
            planned = bool(
                (
                    _IN_PREPARATION.search(sent)
                    or (_DRAFT.search(sent) and _IN_PREPARATION.search(after))
                    # the draft told as unsigned above, named again in a resolution: "1. That the draft Information
                    # Sharing Agreement at Appendix 1 be endorsed …" (cabinet minutes, real-text round 51)
                    or (_DRAFT.search(sent) and any(x.get("planned") for x in res.mentions))
                    # (or a heading naming it over text saying it is still being prepared: "Nodyn briffio: Cytundeb gyda
                    # Heddlu …" over "mae swyddogion wedi bod yn trafod cytundeb …", a Welsh briefing note, real-text round 104)
                    or (len(sent) < 160 and not re.search(r"[.!?]\s*$", sent) and _IN_PREPARATION.search(after))
                )
                and (
                    POLICE.search(sent)
                    or (_THE_FORCE.search(sent) and POLICE.search(b.text[:s]))
                    # (or the draft told again without the force, after it was named as planned with it: "Officers have
                    # prepared a draft information sharing agreement based on the national framework" under a cabinet
                    # report's purpose "to seek approval of a draft information sharing agreement with [the force]",
                    # real-text round 91)
                    or (_DRAFT.search(sent) and any(x.get("planned") and x.get("force") for x in res.mentions))
                )
                # (its clause of what happens meanwhile is part of the same telling: "… is being drafted; until it is signed,
                # each police request is considered on its own merits", held-back web 305's Brighton and Hove)
                and not not_an_agreement(_UNTIL_SIGNED.sub(" ", _IN_PREPARATION.sub(" ", sent)))
            )
            if not_an_agreement(sent) and not planned:
                continue
            if not_about_the_cameras(sent + " " + nxt[:200]):
                # an agreement said not to cover the cameras: "… crime statistics and case conferences, not camera
                # recordings" (held-back web 110's Winchester)
                continue
            pre, own_clause = b.text[s : m.start()], re.split(r"[,;]", b.text[m.end() : e], maxsplit=1)[0]
            # (the party after the agreement's scope: "[X] City Council holds a service level agreement covering its public
            # space CCTV, made with [the force]", an FOI answer, real-text round 44)
            made_with = _MADE_WITH.match(b.text, m.end() + len(own_clause))
            own_clause += made_with.group(0) if made_with else ""
            if _COUNCIL_BEFORE.search(pre) and not (POLICE.search(pre) or POLICE.search(own_clause)):
                continue
            prev = blocks[b.index - 1].text if b.index > 0 else ""
            if not (
                CCTV_TERM.search(sent)
                or CCTV_TERM.search(b.text)
                or CCTV_TERM.search(prev)
                or focused
                or _CAMERA_WORDS.search(sent)
                # (the paragraph's cameras, named before the agreement: "six ANPR-capable cameras at fly-tipping sites …
                # [the force] can ask for reads … under a data sharing agreement signed by the council and the force",
                # real-text round 20)
                or _CAMERA_WORDS.search(b.text[:s])
                # (or the paragraph before says what is shared: "We may share recordings with [the force], …" then "Sharing
                # with [the force] is covered by a data sharing agreement between the council and the force", a security
                # service's privacy notice, held-back web 242's Knowsley)
                or (_RECORDINGS_SHARED.search(prev) and POLICE.search(prev))
                # (or the next sentence says what it covers: "A Memorandum of Understanding between [the council] and [the
                # force] has been in force since 2021. It covers police access to the control room, the release of recorded
                # footage …", an FOI answer, real-text round 60)
                or (_COVERS.match(nxt) and _CAMERA_WORDS.search(nxt[:200]))
                # (or an evidence release protocol in a document about the cameras, its system named in its opening lines:
                # "Mae'r Protocol Rhyddhau Tystiolaeth rhwng y Cyngor a Heddlu De Cymru … yn parhau mewn grym" in a CCTV
                # annual review, real-text round 64)
                or (_EVIDENCE_RELEASE.search(sent) and any(CCTV_TERM.search(x.text) for x in blocks[:4]))
            ):
                continue
            # the force may be named earlier in the paragraph ("Most recordings go to X Police. The council
            # shares footage with the police under an information sharing agreement")
            forces = find_forces(sent + " " + nxt, force_name) or find_forces(b.text[:s], force_name)
            # (a code the force signed as the two bodies' agreement is one: "This code has been agreed between [the council]
            # and [the force]. It was signed … on behalf of the police by the BCU Commander …, and forms the operating
            # agreement between the two organisations", real-text round 51)
            hint = bool(_HINT.match(b.text, m.start())) and not _SIGNED_AS_AGREEMENT.search(sent + " " + nxt[:300])
            if hint and m.group(0).lower().startswith("in") and not _CODE_WORDS.search(sent):
                continue  # "we work in partnership with Dyfed-Powys Police": no agreement spoken of
            attested = bool(_SIGNED_FOR_BOTH.search(sent) and POLICE.search(sent))
            res.mentions.append(
                {
                    "title": collapse(m.group(0)),
                    "force": forces[0] if forces else None,
                    # (said signed for both sides, the force among them: the page of a protocol published beside it)
                    "signed": True if attested else None,
                    "draft": None,
                    "date": None,
                    "url": url,
                    "kind": "mention",
                    "strength": "weak",
                    "why": (
                        "a code of practice written or agreed with the police: a hint, not an agreement"
                        if hint
                        else "an agreement with the police still being prepared: a draft spoken of"
                        if planned
                        else "signing for the council and the police stated, no document in the text"
                        if attested
                        else "mention of an agreement, no document"
                    ),
                    "hint": hint,
                    "planned": planned,
                }
            )
            res.mention_quotes.append(quote_at(b.text, m.start(), m.end()))
            break
        if len(res.mentions) >= 5:
            break

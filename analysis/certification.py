"""5.2: the Commissioner's third-party certification against the SC Code — mark or statement.

The mark is an image: recognised by its alt text, title, caption or file name
("sc-code-certification-mark.png"). The statement is a sentence that claims the award
("awarded full certification against the Surveillance Camera Code of Practice in May 2019").
Certification of a control room to BS 7958 or by NSI/SSAIB without the SC Code is a standard,
not this (the `standards` criterion); a description of the scheme, or an intention to apply,
is not a claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from .dates import DateHit, find_dates
from .info_denials import ROOM_SERVING_US
from .segments import Block, collapse, quote_at, sentence_at
from .text import Image

__all__ = ["CERT_WORD", "SCHEME", "CertResult", "detect_certification", "image_is_mark"]

I = re.I

_MARK_SUBJECT = re.compile(
    r"surveillance[\s_\-.]*camera[\s_\-.]*(?:code|commissioner)|\bsc[\s_\-.]*code|(?<![a-z])scc(?![a-z])|"
    r"sccode|sc[\s_\-]*cop\b|camer[aâ]u[\s_\-]*gwyliadwriaeth",
    I,
)
_MARK_WORD = re.compile(r"cert|compliant|compliance|mark|accredit|badge|award|ardyst", I)

CERT_WORD = re.compile(
    r"\b(?:re-?)?certif(?:ied|icate|ication|icates)\b|\b(?:re-?)?accredit(?:ed|ation)\b|\bh?ardystiad\b|\bardystiedig\b|"
    r"(?-i:\bSCC\s+cert)\b|"
    # Welsh verb forms: "wedi cael ei ailardystio'n llawn" (re-certified in full), "ardystiwyd" (real-text round 18)
    r"\bh?(?:ail)?ardysti(?:o|wyd)\b|"
    # ("fully compliant with the Code" alone is the council's own view, not a certificate: scrutiny minutes' "the system
    # was fully compliant with the Surveillance Camera Commissioner's code of practice", held-back web 137's Tamworth)
    r"\bcode\s+compliant\b|\bkitemark\b|\b(?:t|d|nh)ystysgrif\b|\b(?:compliance|certification)\s+mark\b|"
    # the press's words for the step 2 certificate: "a stage-two award", "a camera code award"
    r"\b(?:stage|step)[- ](?:2|two)\s+(?:[\w-]+\s+){0,3}?award\b|\bcode\s+award\b|"
    # the certificate's own words (_CERTIFIES)
    r"\bthis\s+(?:is\s+to\s+)?certif(?:y|ies)\s+that\b(?=[^.\n]{0,200}?\bcompl(?:ies|y|iant)\s+with\b)"
    r"(?![^.\n]{0,200}?\bself[- ]?assess)",
    I,
)
SCHEME = re.compile(
    r"\bsurveillance\s+camera\s+(?:code|commissioner)|\bSC\s+Code\b|\bthird[- ]party\s+certification\b|"
    # (minutes' shorthand for the Code's certificate: "SCC cert retained following NSI surveillance visit", real-text round 118;
    # "SCC" alone is as often a county council)
    r"(?-i:\bSCC\s+cert)\b|"
    # ("fully certified under the Commissioner's third-party scheme", a joint code's note on compliance, real-text round 57)
    r"\bcommissioner(?:'s|’s)\s+third[- ]party\s+scheme\b|"
    # ("recertified … under the Commissioner's certification scheme for surveillance cameras", scrutiny minutes, real-text
    # round 70)
    r"\bcommissioner(?:'s|’s)\s+certification\s+scheme\b|"
    r"\bstep\s*(?:1|2|one|two)\b|\bdesktop\s+(?:certification|assessment|review)|\bfull\s+certification\b|"
    # Welsh "Cod" mutates after "â"/"ei": "â Chod Ymarfer Camerâu Gwyliadwriaeth", "ei God"
    r"\bcertification\s+mark\b|\b(?:c|ch|g|ng)od\s+(?:ymarfer\s+)?camer[aâ]u\s+gwyliadwriaeth|"
    r"\bcomisiynydd\s+(?:y\s+)?camer(?:a|âu|au)\b|\bcamera\s+code\b|\bcynllun\s+ardystio\s+trydydd\s+parti\b|"
    # Welsh "ardystiad llawn (cam 2)": full certification, step 2 (a county borough's policy summary, real-text round 39)
    # (after "ei" of a feminine noun with an h: "wedi cadw ei hardystiad llawn (cam 2)", a county borough's news, round 111)
    r"\bh?ardystiad\s+llawn\b|\bcam\s*(?:1|2|un|dau)\b(?=[^.\n]{0,80}\bardyst)|(?<=ardystiad\s)\(?cam\s*(?:1|2|un|dau)\b|"
    # the Code named the other way round: "certified in 2022 as meeting the Code of Practice for surveillance cameras"
    # (real-text round 24: a cabinet report's position statement, a privacy notice's standards line)
    r"\bcode\s+of\s+practice\s+for\s+surveillance\s+cameras\b|"
    # the scheme's own certificate by its name, the Code named short: "the council had kept its certificate of compliance with
    # the Code" after the certification body's surveillance visit (scrutiny minutes and an annual report, real-text round 68)
    r"\bcertificate\s+of\s+compliance\s+with\s+the\s+code\b|"
    # ... or the system certified against "the Code" by a certification body: "was certified against the Code by an independent
    # certification body in 2021" (a policy's governance section, real-text round 80)
    r"\bcertified\s+against\s+the\s+code\s+by\s+(?:an?\s+)?(?:independent\s+|accredited\s+|ukas[- ]accredited\s+)?"
    r"certification\s+body\b|"
    # "a stage-two award", "stage two accreditation": the press's name for step 2
    r"\bstage[- ](?:2|two)\s+(?:[\w-]+\s+){0,3}?(?:award|accreditation|certification|audit)|"
    # a minute's shorthand for the Commissioner: "the Certificate of Compliance … from the Surveillance Commissioner"
    r"\bsurveillance\s+commissioner\b|"
    # a minute's shorthand: "awarded a Code of Practice certificate of compliance" after an audit (real-text round 27)
    r"\bcode\s+of\s+practice\s+certificate\s+of\s+compliance\b",
    I,
)
_CLAIM = re.compile(
    # the award told as what came after the audit: "An independent certification body audited the scheme, and full
    # certification against the Surveillance Camera Code of Practice followed on 27 February 2017" (held-back web 280's St
    # Helens)
    r"\b(?:full|step\s*(?:1|2|one|two)(?:\s*\([\w\s]+\))?)\s+certification\s+(?:against|under)\s+[^.\n]{0,80}?\bfollowed\s+"
    r"(?:on|in)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b|"
    # a certificate's own award line: "Step 2: full certification against the Surveillance Camera Code of Practice Date of
    # award: 15 March 2021" under "Awarded to [the council]" (held-back web 281's Swale)
    r"(?<=\s)date\s+of\s+(?:award|certification)\s*:\s*\d|"
    # a labelled entry giving the certificate's period or its issuer: "Surveillance Camera Code Compliant: full certification,
    # 2022 to 2027 (issued by [the certification body])" under "Accreditation" in an A to Z entry (real-text round 101)
    r"(?<=:\s)(?:full|step\s+(?:1|2|one|two)(?:\s+\([\w\s]+\))?)\s+certification\b"
    r"(?=[^.\n]{0,60}?(?:\b(?:19|20)\d\d\s*(?:to|-|–)\s*(?:19|20)\d\d\b|\bissued\s+by\b))|"
    # a certificate served as a document, saying what it certifies: "This certifies that the public space surveillance
    # camera system of [the council] complies with the Surveillance Camera Code of Practice" over "Step 2 full certification
    # …" and the date of award (an extensionless download, held-back web 215's Cheshire West and Chester)
    # (what it certifies is compliance, not that a self-assessment was done: "This certifies that [the council] has completed
    # the … self-assessment tool", web 217's Enfield, is no certificate of the scheme)
    r"(?:(?<=\bthis\scertifies\sthat\s)|(?<=\bthis\sis\sto\scertify\sthat\s))"
    r"(?=[^.\n]{0,200}?\bcompl(?:ies|y|iant)\s+with\b)(?![^.\n]{0,200}?\bself[- ]?assess)|"
    r"\b(?:awarded|achieved|achieves?|received|receives?|granted|gained|gains?|obtained|attained|earned|earns?|"
    r"won|wins|secured|got|gets?|get|holds?|held|passed|completed|reached|renewed|retain(?:s|ed)?|maintain(?:s|ed)|kept|keeps|"
    # "… to complete both steps of the … third party certification scheme" (a central case study, real-text round 15)
    r"complete\s+both\s+steps|"
    # the cameras included in the council's award: "Since 2019 the estate cameras have been included in the council's full
    # (step 2) certification against the Surveillance Camera Code" (a housing page, real-text round 52)
    r"(?:have\s+been|has\s+been|are|is|were)\s+included\s+in\s+(?:the\s+council(?:'s|’s)|our)\s+(?:full\s+)?(?:\(?step\s+(?:1|2|one|two)\)?\s+)?"
    r"certification\b|"
    # a timeline's row in the historic present: "2019 We complete step one (desktop) certification against the Surveillance
    # Camera Code of Practice" (a control room's history, held-back web 205's Sevenoaks)
    r"(?<=\b(?:19|20)\d\d\swe\s)complete|"
    # "our control room is Surveillance Camera Code of Practice accredited"
    # ("… is a full audit by an accredited body" describes the scheme: no article in between)
    r"(?:is|are|was|were|been)\s+(?:fully\s+)?(?:(?!(?:an?|the)\s)[\w-]+\s+){0,6}?(?:re-?)?(?:certified|accredited)|"
    # a committee's or an annual report's words: "the certificate had been issued", "the award of full
    # certification", "the certificate runs until 2024", "the service has Commissioner accreditation"
    r"(?:is|was|were|been)\s+issued|complete(?:d)?\s*[:–-]\s*certificate\s+(?:issued|awarded|received|granted)|"
    # (or a version history's: "Recorded the award of full third party certification", real-text round 22)
    r"(?:welcomed|noted|celebrated|marked|received|confirmed|announced|recorded)\s+(?:the\s+|its\s+|our\s+)?award\s+of|certificate\s+(?:is\s+)?(?:valid|runs|lasts|expires)|"
    # minutes: "full certification had been confirmed", "the certificate has been renewed"
    r"(?:certification|certificate|accreditation)\s+(?:had|has|have)\s+(?:now\s+)?been\s+(?:confirmed|granted|renewed|awarded)|"
    # an annual report's summary line, verb left out: "Full certification under the Commissioner's scheme
    # confirmed at the annual surveillance audit" ("… to be renewed in 2026" is a date ahead, not this)
    # (minutes' shorthand too: "SCC cert retained following NSI surveillance visit on 21 Nov", real-text round 118)
    r"(?:certification|certificate|accreditation|(?-i:SCC\s+cert))\b[^.\n]{0,80}?(?<!\bbe\s)(?:confirmed|renewed|retained|maintained)\s+"
    r"(?:at|in|on|after|following)\s+(?:the\s+|its\s+|our\s+)?(?:\w+\s+){0,2}?(?:audit|assessment|inspection|review|visit)|"
    # ... or kept after the audit: "the annual surveillance audit … found no non-conformities, so the partnership's full (step 2)
    # certification against the Surveillance Camera Code of Practice, which covers all three councils' cameras, continues" (a
    # joint committee's minutes, real-text round 100)
    r"(?<=\bso\s)(?:the|our|its|(?:the\s+)?[\w'’-]+(?:'s|’s))\s+(?:full\s+)?(?:\(?step\s+(?:1|2|one|two)\)?\s+)?"
    r"certification\b[^.\n]{0,140}?,\s+continues\b|"
    # ("… has launched a third party certification scheme" is the scheme's news, not a holder)
    r"(?:has|have|had|holds?)\s+(?:(?:the|an?|its|their|full|step|stage|[12]|one|two|surveillance|camera|"
    r"commissioner(?:'s|’s)?|code|of|practice|sc|third[- ]party|third|party|desktop)\s+){0,6}"
    r"(?:accreditation|certification)(?!\s+(?:scheme|process|bod(?:y|ies)|standards?)\b)|"
    # a timeline's present tense: "2019: independent auditors award the service full step 2 certification" (held-back
    # web 119's Darlington)
    r"awards?\s+(?:the|our|us|its)\s+(?:[\w-]+\s+){0,3}?(?:full|step|stage|third[- ]party|certification|certificate)\b|"
    # the auditor's finding told: "an independent certification body confirmed, at step one of the Commissioner's scheme,
    # that our public space system meets the Code" (held-back web 135's West Suffolk)
    r"(?:certification\s+body|auditors?|assessors?)\s+(?:has\s+|have\s+)?(?:confirmed|found|verified)\b[^.\n]{0,80}?\bthat\s+"
    r"(?:our|the\s+council(?:'s|’s)?|its)\b|"
    # a fact box's line naming who certified it: "Surveillance Camera Code certification: full certification (step 2) from an
    # independent certification body after an on-site audit"; in Welsh, "Ardystiad Cod Ymarfer …: ardystiad llawn (cam 2) gan
    # gorff ardystio annibynnol" (a county's Welsh CCTV page, real-text round 105)
    r"\bcertification\s*:\s*(?:full\s+certification|full|step\s*(?:1|2|one|two))\b[^.\n]{0,40}?\b(?:from|by)\s+(?:an?\s+|the\s+)?"
    r"(?:independent\s+|accredited\s+)?certification\s+body\b|"
    r"\bh?ardystiad\b[^:\n]{0,80}:\s*ardystiad\s+llawn\b|"
    # ... or a register's cell, the step and who gave it: "ardystiad llawn (cam 2) gan y corff ardystio ym mis Mai 2022" (full
    # certification (step 2) by the certification body, a county borough's Welsh register of camera systems, real-text round 114)
    r"\bh?ardystiad\s+(?:llawn\s+)?\(?cam\s*(?:1|2|un|dau)\)?\s+gan\s+(?:y\s+|gorff\s+)?(?:corff|gorff)\s+ardystio\b|"
    # a record line, no verb: "Certification: full (step 2) certification against the Surveillance Camera Code of Practice,
    # June 2021" in a code's document control; "2018 - step 1 (desktop) certification against the …" in its compliance
    # history (held-back web 193's Tunbridge Wells and West Lindsey)
    r"(?:\bcertification\s*:|\b(?:19|20)\d\d\s*[-–:])\s*(?:full\s+)?\(?(?:full|step\s*(?:1|2|one|two))\)?\s*(?:\(\w+\)\s*)?"
    r"certification\s+(?:against|under|to)\s+(?:the\s+)?surveillance\s+camera\s+code|"
    # ... or a version table's row that records the award as the reason for a revision: "Version 3.1 | October 2018 | Updated
    # after step 1 (desktop) certification against the Surveillance Camera Code of Practice" (held-back web 302's Thanet)
    r"\b(?:updated|revised|reviewed|amended|reissued)\s+(?:after|following|to\s+reflect)\s+(?:the\s+award\s+of\s+|our\s+|its\s+)?"
    r"(?:full\s+)?\(?(?:full|step\s*(?:1|2|one|two))\)?\s*(?:\(\w+\)\s*)?certification\s+(?:against|under|to)\s+(?:the\s+)?"
    r"surveillance\s+camera\s+code|"
    # ... or a quick answer's label and its step: "Certified? Step 1 (desktop), 2019." (a CCTV page's questions and answers,
    # held-back web 258's West Lindsey)
    r"^\W*(?:certified|certification|certificate)\s*\?\s*(?:yes\b[.,]?\s*)?(?:full\s+)?\(?step\s*(?:1|2|one|two)\b|"
    # ... or a figure card's line, the step first and the year last: "Step 2 Surveillance Camera Code certificate, 2020" among a
    # control centre's key facts (held-back web 258's Medway)
    r"^\W*(?:full\s+)?\(?step\s*(?:1|2|one|two)\)?\s+(?:full\s+)?(?:surveillance\s+camera\s+code\s+)?(?:certificate|certification)"
    r"\s*,?\s*(?:awarded\s+|since\s+|in\s+)?(?:(?-i:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+)?(?:19|20)\d\d\s*$|"
    r"successful(?:ly)?|has\s+been\s+certified|have\s+been\s+certified|is\s+certified|are\s+certified|"
    r"was\s+certified|were\s+certified|certified\s+(?:as|against|by|to|under|since)|"
    # a standards table's status cell, dated: "Surveillance Camera Code of Practice third-party certification, step 2 | NSI |
    # Certified June 2022" (held-back web 227's East Staffordshire)
    r"(?<=\s)certified\s+(?:in\s+|on\s+)?(?:\d{1,2}\s+)?(?-i:(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December))\s+(?:19|20)\d\d\b|"
    # the body's act on the council's system: "an accredited certification body audited the council's body-worn video system
    # and certified it in full (step 2) under the Commissioner's scheme" (a Welsh county's page, real-text round 49)
    r"certified\s+(?:it|them)\s+(?:in\s+full|fully|\(?(?:at\s+)?step\s*(?:1|2|one|two)\b|under|against|as)|accredited\s+(?:by|since|under|against)|acquired|"
    # a certificate's own words: "Certified compliant with the Surveillance Camera Code of Practice"
    r"certified\s+(?:as\s+)?(?:fully\s+)?compliant|this\s+(?:is\s+to\s+)?certif(?:y|ies)\s+that|"
    # the mark's use granted after the audit: "as a result we were allowed to use the Code's compliance mark"
    r"(?:were|was|are|is|been)\s+(?:allowed|entitled|permitted|licensed)\s+to\s+(?:use|display)|"
    r"(?:been|was|were)\s+(?:first\s+|originally\s+|initially\s+)?(?:given|presented\s+with)\s+(?!(?:guidance|advice|information|details|help|support|training)\b)"
    r"(?:[\w'’-]+\s+){0,7}?(?:award|certificate|certification|accreditation|mark)\b|certificate\s+of\s+compliance|"
    r"(?:is|are|was|been)\s+(?:fully\s+)?(?:surveillance\s+camera\s+)?code\s+compliant|"
    r"wedi\s+(?:cael|ennill|derbyn|llwyddo|cadw|adnewyddu)|(?:mae|roedd|bu)\s+gan|sydd\s+[aâ]\s+(?:th|d)ystysgrif|"
    # ... and its passive, the system "wedi'i hail-ardystio" (has been re-certified; "wedi ei ardystio", "wedi eu hardystio"), a
    # Welsh cabinet minute noting its annual CCTV report (real-text round 95)
    r"\bwedi(?:['’]i|\s+ei|\s+eu|['’]u)\s+(?:h?ail-?)?h?ardystio\b|"
    # ("Mae'r cynllun yn dal tystysgrif lawn (cam 2) o dan gynllun ardystio trydydd parti …" (the scheme holds a full
    # certificate), a Welsh annual review, real-text round 67)
    # (or keeps it after the body's yearly visit: "Cadarnhawyd bod y Cyngor yn cadw ei dystysgrif cydymffurfio (cam 2)", a Welsh
    # annual review, real-text round 79)
    r"\byn\s+(?:dal|cadw)\s+(?:y\s+|ei\s+|eu\s+)?(?:th|d|t)ystysgrif|"
    # the auditor's recommendation: "[the inspectorate] audited our CCTV scheme on site and recommended us for full
    # certification (step 2)" (a district's CCTV page, real-text round 68)
    r"recommended\s+(?:us|the\s+(?:council|scheme|system|service))\s+for\s+(?:full\s+)?(?:\(?step\s*(?:1|2|one|two)\)?\s+)?certification|"
    # Welsh past forms: "dyfarnwyd" (was awarded), "enillodd" (won), "cafodd" (got), "derbyniodd" (received)
    # (mutated after "a": "Tystysgrif Cydymffurfiaeth cam 2 y Cyngor, a ddyfarnwyd gyntaf yn 2021, yn parhau'n ddilys" (first
    # awarded in 2021, remains valid), a Welsh annual review, real-text round 89)
    r"d?dyfarnwyd|enillodd|cafodd|derbyniodd|\byn\s+parhau['’]n\s+ddilys\b|"
    # ... and in the first person: "cawsom ardystiad cam 1" (we received step 1 certification), "enillon ni", "derbynion
    # ni" (real-text round 41's Newport)
    r"cawsom|cawson\s+ni|enillon\s+ni|derbynion\s+ni|"
    # ("cyflawnodd y Cyngor gam cyntaf … cynllun ardystio trydydd parti": the council completed step one, real-text round 34)
    r"cyflawnodd|cwblhaodd|"
    # ("Roedd y Cyngor wedi dal tystysgrif lawn o dan gynllun ardystio trydydd parti …": the council had held a full
    # certificate, a Welsh annual review, real-text round 36)
    r"wedi\s+dal|"
    # a certificate that is somebody's: "the council's five-year certificate under the scheme expires",
    # "our certificate of compliance"; the Commissioner "presented the council with its certificate"
    r"(?:our|(?:council|authority)['’]s)\s+(?:[\w-]+\s+){0,2}?certificate|"
    # ("the council's full certification against the Surveillance Camera Code of Practice covers the present room": a
    # business case's risks, real-text round 18)
    r"(?:our|(?:council|authority)['’]s)\s+(?:full\s+|step\s+(?:1|2|one|two)\s+|current\s+)?certification\s+"
    r"(?:against|under|to)\b|"
    r"present(?:s|ed)?\s+(?:[\w'’-]+\s+){1,6}?with\s+(?:its|their|a|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:certificate|award|mark)|"
    # a system brought under the council's certificate: "The estates network was brought within the scope of the council's
    # full (step 2) certification", "was included in the scope of the council's third-party certification" (real-text
    # round 37's Lambeth and Canterbury)
    r"(?:brought|included|taken|added)\s+(?:with)?in(?:to)?\s+the\s+scope\s+of\s+(?:the\s+|our\s+|its\s+)?"
    r"(?:(?:council|authority)(?:'s|’s)\s+)?(?:[\w()-]+\s+){0,4}?(?:certification|certificate|accreditation))\b",
    I,
)
_NOT_A_CLAIM = re.compile(
    # a survey reply's field answered in the negative: "Third party certification against the Surveillance Camera Code: not
    # held." (a council's published summary of its reply to the Commissioner's survey, real-text round 104)
    r"\bcertifi\w*[^:\n]{0,80}:\s*(?:not\s+(?:held|yet|applied\s+for|sought)|none(?:\s+held)?|no)\b(?![.:\s]*\d)|"
    # a question asked, not a claim: "1. Is the council's CCTV certified under the Surveillance Camera Commissioner's scheme?"
    # (an FOI request quoted above its answer, real-text round 64)
    # (not a table row's question cell with its answer beside it: "Is the system certified against the Surveillance Camera
    # Code? | Full certification was awarded in March 2021 …", an annual review's table, real-text round 53)
    r"^\W*(?:\d{1,2}[.)]\s*|[a-z][.)]\s+)?(?:is|are|does|do|did|has|have|was|were)\b[^.\n]{0,200}\?(?!\s*\|\s*\w)|"
    # ... nor the answer that it holds none, or that an approval named is somebody else's: "[The council] has not held a
    # certificate under the … scheme"; "That approval belongs to the contractor …; it is not a certificate held by the council"
    # (an FOI answer, real-text round 64)
    r"\b(?:has|have|had)\s+not\s+(?:ever\s+)?held\s+(?:a|any)\s+certificat|"
    # ... or the certificate told as the force's, set apart from the council's cameras: "the mark … relates to the [X] Police
    # system …, which is owned and certified by the force, not to the Council's cameras" (a cabinet member's reply in full
    # council minutes, real-text round 97)
    r"\bcertified\s+by\s+the\s+(?:force|police|constabulary)\b[^.\n]{0,40}?\bnot\s+(?:to\s+|by\s+|of\s+)?(?:the\s+)?"
    r"council(?:'s|’s)?\b|"
    r"\b(?:is|was)\s+not\s+a\s+certificate\s+(?:held\s+by|of|for)\s+(?:the|this)\s+council\b|"
    # ... or the council's own self-assessment said to be none: "Completing the tool is not a certificate of compliance and has
    # not been audited" (a metropolitan borough's published self-assessment, held-back web 409's Stockport)
    r"\b(?:is|was)\s+not\s+a\s+certificate\s+of\s+compliance\b|"
    r"\bbelongs\s+to\s+(?:the|our|its)\s+(?:[\w-]+\s+){0,2}?(?:contractor|supplier|installer|company|maintainer)\b|"
    # a self-assessment published under the name of a certificate: "Each year we work through the … self-assessment tool …
    # and publish the outcome as our compliance certificate" (held-back web 217's Enfield; no third party certified it)
    r"\bself[- ]?assess\w*\b[^.\n]{0,160}?\bas\s+(?:our|its|the|a)\s+(?:[\w-]+\s+)?certificate\b|"
    # (not an intention to keep what it holds: "… gained the certificate of compliance …, and we intend to keep it", real-text
    # round 22)
    r"\bworking\s+towards\b|\b(?:intend(?:s|ed)?|plan(?:s|ning)?|aim(?:s|ing)?)\s+to\b(?!\s+(?:keep|retain|maintain|renew|hold\s+on))|"
    # the scheme's instructions to an applicant: "send your completed self-assessment tool …; you may display the step 1
    # mark" (a central guidance page, real-text round 22)
    r"\byour\s+completed\b|\b(?:send|submit|upload)\s+your\s+(?:completed\s+)?(?:self[- ]assessment|application|evidence|"
    r"documents)\b|\byou\s+may\s+(?:then\s+)?display\b|"
    r"\b(?:aim|ambition|intention|plan|goal|objective|target)\s+(?:is|was|will\s+be)\s+to\b|"
    r"\bwill\s+(?:apply|seek|be\s+applying|be\s+sought|pursue)\b|\bhop(?:e|es|ing)\s+to\b|"
    # a promise about a system still being built: "the upgraded system will be certified … once the work is finished"
    # (an installer quoted in news, held-back web 70's Tendring)
    r"\b(?:will|should|would)\s+(?:then\s+|also\s+)?be\s+(?:fully\s+)?(?:certified|accredited|awarded)\b|"
    # ... or the supplier's word, not the council's: "The installer said the room was now 'one of very few … to hold the
    # Commissioner's full certification'" (a council news item, held-back web 76's Boston)
    r"\b(?:the|its|our)\s+(?:installer|supplier|contractor|manufacturer)(?:'s\s+[\w-]+)?\s+(?:said|says|claimed|claims|told|added)\b|"
    # ... or a guest's at a launch: "the Police and Crime Commissioner said the council's former control room had held
    # full certification" (held-back web 80's Milton Keynes)
    r"\b(?:police\s+and\s+crime\s+commissioner|(?-i:PCC)|chief\s+constable|superintendent|minister)\s+(?:said|says|told)\b|"
    r"\bformer\s+(?:control\s+room|system|scheme)\s+(?:had\s+)?held\b|"
    # ... or a town council's of its own system: "[Town] Town Council said its new camera system had been awarded full step 2
    # certification" (a county's news, held-back web 211's Northumberland)
    r"\b(?:town|parish|community)\s+council\s+(?:has\s+)?(?:said|says|announced|confirmed|told\s+us)\s+(?:that\s+)?(?:its|their)\b|"
    r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:certified|awarded|achieved|applied)|"
    # ("[Our neighbour's] control room holds its own certificate …. [The council] has not sought certification for its
    # cameras separately", real-text round 53)
    r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:sought|pursued|obtained|gained)\s+(?:[\w-]+\s+){0,2}?(?:certification|accreditation|"
    r"a\s+certificate)\b|"
    r"\bnot\s+(?:yet\s+)?(?:been\s+)?(?:certified|awarded)\b|\b(?:do|does|did)\s+not\s+(?:itself\s+|themselves\s+|currently\s+|yet\s+)?hold\b|"
    # ("The partnership does not itself hold a certificate under the … scheme", a partnership's annual report, real-text
    # round 46)
    r"\bno\s+longer\b|"
    # the approval named on the council's site said to be its contractor's: "The NSI Gold approval referred to on our
    # website is held by our monitoring and maintenance contractor …; it is not a certificate for the council's system" (an
    # FOI answer, real-text round 51)
    r"\b(?:is|are)\s+held\s+by\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,4}?(?:contractors?|suppliers?|providers?)\b|"
    # ("Any certificate relating to the control room is held by the authority that operates it", an FOI answer, real-text
    # round 60)
    r"\b(?:is|are)\s+held\s+by\s+the\s+(?:authority|council|body|organisation|company|force)\s+(?:that|which)\s+"
    r"(?:operates|runs|manages)\b|"
    # ("… this approval relates to the contractor's business and is not a certification of the council's system", an FOI
    # answer, real-text round 57)
    r"\b(?:it|this|that)(?:\s+(?:approval|accreditation|award))?\s+(?:[^.;\n]{0,60}?\s+and\s+)?is\s+not\s+a\s+"
    r"certific(?:ate|ation)\s+(?:for|of|covering)\b|"
    # a denial in other words: "the council has never held certification", "we have not been through the third-party
    # certification scheme" (real-text round 25)
    r"\b(?:has|have|had)\s+never\s+(?:held|been|applied|achieved|gained|obtained)\b|\bnever\s+(?:completed|submitted|applied)\b|"
    r"\b(?:has|have|had)\s+not\s+been\s+through\b|"
    # "the system was never certified", "never held third-party certification", "were considering an application",
    # "whether the system ever held …", "if your council held step one or step two" (real-text round 27)
    r"\bnever\s+(?:been\s+)?(?:certified|accredited|held|sought|achieved|obtained|gained)\b|"
    r"\bconsidering\s+(?:an?\s+)?(?:application|applying)\b|\bwhether\b[^.?\n]{0,80}\bever\b|"
    # a member's question retold: "Members asked whether the council held third-party certification" (scrutiny minutes,
    # real-text round 52)
    # (not where the same sentence gives the answer: "Asked whether the system was independently assessed, she said the step 2
    # certificate … had been retained after the certification body's surveillance visit", scrutiny minutes, real-text round 121)
    r"\b(?:asked|asks|enquired|queried|wanted\s+to\s+know)\s+whether\b(?![^.?\n]{0,120}?,\s+(?:she|he|they|officers?|the\s+"
    r"(?:[\w-]+\s+){0,4}?(?:manager|officer|head|director|lead))\s+(?:said|confirmed|explained|replied|reported|stated|told)\b)|"
    # "… once the policy had been adopted, the council would consider seeking third-party accreditation" (committee
    # minutes, real-text round 43)
    r"\b(?:would|will|to|may|might|could)\s+(?:then\s+)?consider\s+(?:seeking|applying|pursuing|obtaining|an?\s+application)\b|"
    r"\borganisations\s+(?:can|may|could|will|that|who)\b|\ban\s+organisation\b|"
    r"\b(?:successful|participating|applicant|certified)\s+(?:organisations|authorities|councils|applicants|operators)\b|\ballows?\s+(?:organisations|operators|local\s+authorities)\b|"
    r"\bcan\s+apply\b|\bencourag\w+\b|\bif\s+(?:you|your|an\s+organisation|a\s+council)\b|\b(?:is|are|was|were)?\s*applying\s+for\b|"
    r"\b(?:has|have|had)\s+(?:now\s+|recently\s+)?applied\b|"
    # "In May 2023 we applied for step 1 certification … so no certificate was issued" (held-back web 147's Elmbridge)
    # ("We completed the … self-assessment and applied for step one (desktop) certification, but the assessment had not
    # taken place when the national scheme closed", held-back web 283's Tameside)
    r"\b(?:we|the\s+council|it)\s+applied\s+for\b|\b(?:and|then|also)\s+applied\s+for\b|\bno\s+certificate\s+(?:was|has\s+been|had\s+been)\s+(?:ever\s+)?issued\b|\brecommended\s+(?:\w+\s+){0,3}?for\s+(?:certification|accreditation)\b|"
    # a strategy's target, not an award: "Priority 3: achieve third party certification by 2022",
    # "To gain accreditation against the Code" (an aim opening the sentence, or after a label)
    # (not an action plan's row marked done: "Apply for step 1 (desktop) certification … - Complete: certificate issued
    # October 2022", held-back web 155's Central Bedfordshire)
    r"^\W*(?:[\w ]{1,40}:\s*)?(?:to\s+)?(?:achieve|gain|obtain|secure|attain|seek|pursue|work\s+towards|apply\s+for)\b"
    r"(?![^\n]{0,160}?\bcomplete(?:d)?\s*[:–-]\s*certificate\s+(?:issued|awarded|received|granted)\b)|"
    # intentions: "would also be sought", "seeking to achieve", "preparing for", "our ambition is to gain"
    r"\b(?:would|will|to)\s+(?:also\s+)?be\s+sought\b|\b(?:seek(?:s|ing)?|want(?:s|ing)?|wish(?:es|ing)?|prepar(?:e|es|ing)|"
    r"striv(?:e|es|ing)|ambition|aspiration|goal|objective|priority|would\s+like)\s+(?:\w+\s+){0,3}?(?:to|for)\s+"
    r"(?:get|gain|achieve|obtain|secure|attain|apply|be\s+awarded|certification|accreditation|the)\b|"
    r"\bin\s+the\s+process\s+of\b|\bnext\s+step\b|\bexpects?\s+(?:an|the)\s+audit\b|"
    # the scheme's own history in general: "60 organisations have been awarded my mark"
    r"^\W*(?:\d+|approximately\s+\d+|around\s+\d+|over\s+\d+|a\s+number\s+of|many|several|some|all|most)\s+"
    r"(?:other\s+)?(?:organisations|local\s+authorities|councils|schemes|operators)\b|"
    # the scheme described: "the scheme has two steps: step one is a desktop self-certification"
    r"\b(?:has|have|in)\s+two\s+(?:steps|stages)\b|\bstep\s+(?:one|two|1|2)\s+is\s+(?:a|an|the)\b|"
    # a form's question, not an answer: "Has the system been certified …? Yes / No"
    r"\?[\"”’']?\s*$|\?\s*(?:yes|no)\b|\byes\s*/\s*no\b|^\W*(?:has|have|is|are|does|do|was)\s+(?:the|your|this)\b[^?]*\?(?!\s*\|\s*\w)",
    I | re.M,
)
# The paragraph says the council's own cameras hold no certificate of their own, whatever room it names as certified: "The
# [neighbour's] control room holds its own certificate …. [The council] has not sought certification for its cameras
# separately" (real-text round 53)
_NOT_CERTIFIED_SEPARATELY = re.compile(
    r"\b(?:has|have|had|were|was|are|is)\s+not\s+(?:yet\s+)?(?:sought|been|applied\s+for|gained|obtained|pursued)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:certifi\w*|accredit\w*)\b[^.\n]{0,50}?\bseparately\b|"
    # (or "of its own" after the neighbour's certificate: "[The monitoring council] holds full certification … That
    # certificate does not cover [our] cameras, and [the council] has not sought certification of its own", a borough's
    # CCTV page, real-text round 56)
    r"\b(?:that|the|this|their|its)\s+certificate\s+does\s+not\s+(?:cover|extend\s+to|include)\b|"
    r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:sought|applied\s+for|gained|obtained|pursued)\s+(?:any\s+)?"
    r"(?:certifi\w*|accredit\w*)\s+of\s+(?:its|our|their)\s+own\b|"
    # (or its own system "assessed separately" after the neighbour's room's certificate: "The [neighbour's] Control Centre
    # holds its own certificate …; Hart's own system is assessed separately", a code of practice, held-back web 332's Hart)
    r"\b(?:our|(?:[\w-]+(?:'s|’s)))\s+own\s+(?:cctv\s+|camera\s+)?(?:system|scheme|cameras)\s+(?:is|are)\s+"
    r"(?:assessed|audited|certified|reviewed)\s+separately\b",
    I,
)
# Where a sentence's next clause begins: ", and that", "; ", ", but"
# (or, with no comma, a step held and the next one worked towards: "The service completed step 1 (desktop) certification …
# in November 2019 and is working towards step 2", a CCTV strategy's current position, held-back web 381's Mansfield)
_NEXT_CLAUSE = re.compile(
    r",\s+(?:and|but)\s+(?:that\s+)?|;\s+|\s+and\s+(?=(?:is|are|we\s+are)\s+(?:now\s+)?working\s+towards\s+step\b)",
    re.I,
)

# A certificate of something else sitting in the same sentence: a control room "BS 7958 certified",
# cameras certified as an "approved device" by the Vehicle Certification Agency.
_OTHER_CERT = re.compile(
    r"\bBS\s*(?:EN\s*)?\d{4,5}\b|\bISO\s*\d{4,5}\b|\bNSI\s+(?:Gold|Silver)\b|\bapproved\s+device\b|"
    r"\bvehicle\s+certification\s+agency\b|\btype[- ]approv|\bSIA\b|\blicen[cs]e|"
    # the standard named earlier in the sentence: "… operates to British Standard BS 7958 … and is certified to that standard
    # by an independent inspectorate" (real-text round 38)
    r"\bthat\s+(?:british\s+)?standard\b",
    I,
)
# "certified by …" / "accredited to …": the words that name what a certificate is of, read on to the clause's end
_CERTIFIED_BY = re.compile(r"(?:certified|accredited)\s+(?:by|to)\b", I)
# The holder is the police: "The force's monitoring hub has been awarded …", "Kent Police's control
# room achieved …". A council's award names the council, "we" or "our".
_POLICE_HOLDER = re.compile(
    r"^\W*(?:the\s+)?(?:force|police|constabulary|(?:[A-Z][\w'’-]+\s+){1,4}(?:police|constabulary))"
    r"(?:'s|’s)?\s+(?:own\s+)?(?:cctv\s+)?(?:control\s+room|monitoring|hub|cctv|camera|centre|unit)",
    I,
)
# The scheme itself, or organisations in general, as the sentence's subject: the Commissioner's closure
# notice ("the scheme closed …; all certificates issued under it have lapsed"), figures across councils
# ("of the 333 local authorities, 61 held full certification"), how applicants go through it. Such a
# sentence claims nothing for this council unless it names the council as the holder ("we held full
# certification until the scheme closed" is still the council's certificate).
# Another body named as the holder before the claim's verb: "The security team at [a] County Hospital has been
# certified", "The CCTV monitoring hub at [a] Constabulary's headquarters has been certified" (real-text round 27). A
# council's own words name it, "we" or "our" there instead.
_OTHER_HOLDER = re.compile(
    r"(?i:\b(?:hospital|NHS|university|college|health\s+board|academy)\b|\b(?:the\s+)?trust(?:'s|’s)?\s+(?:own\s+)?"
    r"(?:security|cctv|control)|\b(?:constabulary|police|force)(?:'s|’s)\s|"
    # the force's word about its own room: "The police tell us their suite is run to the Surveillance Camera Code and holds
    # its own certificate" (held-back web 191's Carmarthenshire, whose town cameras are the force's)
    r"\b(?:the\s+)?(?:constabulary|police|force)\s+(?:tells?|told|says?|said|informs?|informed|confirms?|confirmed)\s+"
    r"(?:us\s+)?(?:that\s+)?(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:suite|room|hub|centre|system|cameras|cctv)\b)|"
    r"\bat\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:Constabulary|Police)\b|"
    # a combined authority's or its transport body's room the cameras moved to: "The combined authority's control centre holds
    # full certification" (a cabinet report on the transfer, held-back web 216's Walsall)
    r"(?i:\bcombined\s+authority\b)|\bTransport\s+for\s+(?:[A-Z][\w-]+\s*){1,3}\b",
)
_COUNCIL_SUBJECT = re.compile(r"\b(?:council|cyngor|we|our|(?<!combined\s)authority|borough|district)\b", I)

_RUN_ON_CELL = re.compile(r"(?<=\b(?:19|20)\d\d)\s+(?=(?-i:The|This|Every|All)\s)")
_SCHEME_ITSELF = re.compile(
    r"\b(?:the\s+)?(?:third[- ]party\s+)?(?:certification\s+)?scheme\s+(?:closed|has\s+(?:now\s+)?closed|was\s+(?:closed|withdrawn)|"
    r"ended|has\s+ended|is\s+(?:closed|no\s+longer))\b|\ball\s+(?:(?:remaining|existing|extension)\s+)?certificates\b|"
    r"\bcertificates\s+issued\s+under\s+the\s+scheme\b|\bcertification\s+bodies\b|\b(?:to|by)\s+a\s+certification\s+body\b|\b(?:of\s+the\s+)?\d+\s+(?:local\s+authorities|councils|organisations)\b|"
    # ("around a dozen organisations still held so-called extension certificates", trade press, real-text round 29)
    # (of the scheme's certificates, not the operators' own licences: "… and operators hold SIA public space surveillance
    # licences" beside the council's award, held-back web 174's Rhondda Cynon Taf)
    r"\b(?:they|organisations|applicants|operators)\s+(?:that\s+|who\s+)?(?:still\s+|already\s+)?(?:submit|send|complete|provide|held|hold|receive|can|may|should)\b"
    r"(?=[^.\n]{0,80}?\b(?:certific|self-?assessment|the\s+scheme|mark)\w*)",
    I,
)
_OWN_HOLDER = re.compile(
    r"\b(?:we|our|us|its)\b|\b(?:the|this)\s+(?:council|authority|borough|county|service|control\s+room)(?:'s|’s)?\b|"
    # (the council's own sites' cameras: "the cameras at the three council car parks in [a town] and at the two sheltered
    # housing schemes had been assessed by a certification body and had achieved step 1 (desktop) certification", scrutiny
    # minutes, real-text round 71)
    r"\bcouncil\s+(?:car\s+parks?|buildings?|offices|depots?|sites?|cameras|cctv)\b|"
    # (or the system and its certificate named as one of its own: "The town centre system held the … certificate of
    # compliance from 2018 until the scheme ended", "the step two certificate awarded by SSAIB in 2022" in a council's
    # list; real-text round 13)
    r"\bthe\s+(?:town\s+centre|public\s+space|city\s+centre)\s+(?:cctv\s+)?system\b|"
    # (or an annual report's own line, the award kept "until the scheme closed": "Third-party certification: step 2 (full
    # certification) …, first awarded on 19 June 2018 and kept by annual surveillance audits until the scheme closed",
    # held-back web 217's West Suffolk)
    r"\b(?:first\s+)?awarded\s+(?:on|in)\s+[^.\n]{0,40}?\band\s+(?:kept|held|retained|maintained)\b[^.\n]{0,60}?\buntil\s+the\s+scheme\b|"
    # ("the system's full certification against the Surveillance Camera Code, first obtained in 2016, had lapsed when the
    # national scheme closed", scrutiny minutes on the council's annual report, real-text round 34)
    r"\bthe\s+system(?:'s|’s)\s+(?:full\s+|step\s+(?:one|two|1|2)\s+)?(?:certification|certificate)\b|"
    r"\b(?:the|our)\s+step\s+(?:one|two|1|2)\s+certificate\s+(?:awarded|issued|granted)\b|"
    # (or a list's line under its label: "Code certification: step 2 certificate held from 2021 until the scheme closed",
    # real-text round 14)
    r"^\W*(?:code\s+)?certification\s*:\s*step\s+(?:one|two|1|2)\s+certificate\s+held\s+(?:from|since|in)\b|"
    # (or held until the scheme closed, in an annual report's bullets: "Full certification against the Surveillance Camera
    # Code of Practice held until the national scheme closed", real-text round 15)
    # ("certificate of compliance with the Surveillance Camera Code held from 2019 until the scheme closed", a Welsh
    # council's annual summary, real-text round 23)
    r"\b(?:held|kept)\s+(?:(?:from|since|in)\s+(?:\w+\s+)?\d{4}\s+)?until\s+the\s+(?:national\s+)?(?:certification\s+)?scheme\s+"
    r"(?:closed|ended)\b|"
    r"\bthe\s+(?:[\w-]+\s+){0,3}(?:partnership|shared\s+service|cctv\s+(?:service|scheme|system))\b|\bthe\s+(?-i:[A-Z])\w+\s+(?:cctv\s+)?"
    r"(?:scheme|partnership|control\s+room)\b|\b(?:(?-i:[A-Z])[\w'’-]+\s+){1,4}(?:Borough|District|County|City)?\s*(?-i:Council)\b|"
    r"\b(?:rydym|ein|mae'?r\s+cyngor)\b",
    I,
)
_STEP2 = re.compile(
    r"\bstep\s*(?:2|two)\b|\bfull\s+(?:certification|accreditation|certificate)|"
    r"\bfully\s+certified\b|\bcertificate\s+of\s+full\s+compliance\b|\bh?ardystiad\s+llawn\b|\b(?:t|d)ystysgrif\s+lawn\b|"
    r"\bcam\s*(?:2|dau)\b",
    I,
)
_STEP1 = re.compile(r"\bstep\s*(?:1|one)\b|\bdesktop\b|\bcam\s*(?:1|un)\b|\bpen\s+desg\b", I)
_NOT_AWARD_DATE = re.compile(
    r"(?:until|expir\w*|valid\s+(?:to|until|for)|renew\w*|review\w*|closed?|lapsed?|ended|withdrawn|"
    r"due|next|from\s+\w+\s+to)\s+(?:on\s+|in\s+|date\s*:?\s*)?$",
    I,
)


@dataclass
class CertResult:
    found: bool = False
    level: str | None = None
    awarded: str | None = None
    mark_displayed: bool = False
    quotes: list[str] = field(default_factory=list)
    mark_quotes: list[str] = field(default_factory=list)
    label_only: bool = False  # only a mark's label as text: weak evidence
    file_name_only: list[str] = field(default_factory=list)  # marks known only by their file name


def image_is_mark(img: Image) -> str | None:
    """The words that show `img` is the certification mark, or None."""
    fname = unquote(urlsplit(img.src).path.rsplit("/", 1)[-1]) if img.src else ""
    for words in (img.alt, img.title, img.caption, fname):
        if words and _MARK_SUBJECT.search(words) and _MARK_WORD.search(words):
            return collapse(words)[:300]
    return None


def _award_date(text: str, anchor: int) -> str | None:
    """The award date in a claim: the nearest date after the claim cue, else before it."""
    cands: list[DateHit] = [
        h for h in find_dates(text) if not _NOT_AWARD_DATE.search(text[max(0, h.start - 30) : h.start])
    ]
    if not cands:
        return None
    after = [h for h in cands if h.start >= anchor]
    pick = after[0] if after else cands[-1]
    return pick.iso


_NOT_THE_SCHEME = re.compile(
    r"\b(?:is|are)\s+not\s+(?:[^.\n]{0,40}?\s+and\s+(?:is\s+)?not\s+)?(?:the|a)\s+(?:surveillance\s+camera\s+)?"
    r"commissioner(?:'s|’s)\s+(?:third[- ]party\s+)?certification(?:\s+scheme)?\b",
    I,
)
_SCHEME_STEP = re.compile(r"\bstep\s*(?:1|2|one|two)\b|\bfull\s+certification\b|\bdesktop\b", I)


# The council's list of its accreditations, under its own heading or over a table with the awarding body's column
# ("Accreditations and certificates" over "Standard | Awarded by | Scope | Date", held-back web 227's Kirklees): a row naming
# the scheme's step is the council's claim, with no verb in it
_AWARDS_LISTING = re.compile(
    # (a list by its plural name, never "Certification", a guide's heading over the scheme's steps)
    r"^\W*(?:our\s+)?(?:awards|accreditations|certificates)(?:,?\s+(?:and\s+)?(?:awards?|accreditations?|"
    r"certificates?|certifications?|standards?))*\W*$|\b(?:awarded|accredited|certified|issued)\s+by\b(?=[^.\n]{0,40}$)",
    I,
)


# ... or its list of what it holds, by the line that introduces it: "What our control room and its staff hold:" over licences,
# vetting and "full (step 2) third-party certification against the Surveillance Camera Code of Practice, May 2019" (held-back
# web 249's West Suffolk)
_HOLDS_LEAD = re.compile(
    r"^\W*(?:what|which)\s+(?:our|the\s+council(?:'s|’s))\s+(?:[\w-]+\s+){0,6}?(?:holds?|has|have)\s*:\s*$|"
    r"\b(?:we|our\s+(?:[\w-]+\s+){0,3}?(?:service|team|control\s+room|operators))\s+(?:holds?|have|has)\s+the\s+following\b"
    r"[^.\n]{0,40}:\s*$",
    I,
)


# ... or a table of the council's camera systems whose last column is their certification: "System | Owning service |
# Cameras | Recordings kept | Certification" over "Public space CCTV | … | Step 2 full certification, November 2019" (a
# metropolitan council's information governance page, held-back web 256's Wolverhampton)
_CERTIFICATION_COLUMN = re.compile(
    r"(?-i:^(?:[A-Z][\w'’()-]*\s+(?:[a-z]+\s+)?){3,8}(?:Certification|Accreditation)\s*$)"
)


# ... or a table of results whose header row names a result column: "Scheme | Result | Date" over "Surveillance camera third-party
# certification | Step 2 full certification | March 2022" (a CCTV section's "Standards and audits" page, held-back web 330's
# Welwyn Hatfield), "Standard | Status" over "Surveillance Camera Code | Step 2 third party certification, 2024" (web 331's
# Nuneaton and Bedworth): a row naming the scheme's step is the council's claim
_RESULTS_HEADER = re.compile(
    r"(?-i:^(?=(?:[A-Z][\w'’()/-]*\s+){1,4}[A-Z][\w'’()/-]*\s*$)(?=.*\b(?:Results?|Status|Outcome|Level|Awarded|Achieved|Grade)\b))"
)


def _held_list(blocks: list[Block], at: int) -> bool:
    """The block at `at` is an item of a list the council introduces as what it holds (its lead line within five
    blocks above, no heading between)."""
    for x in reversed(blocks[max(0, at - 5) : at]):
        if _HOLDS_LEAD.search(x.text):
            return True
        if x.heading:
            return False
    return False


_FACT_LABEL = re.compile(
    r"^\W*(?:(?:third[- ]party|surveillance\s+camera\s+code|sc\s+code|independent)\s+)?certification\s*:?\s*$", I
)
_FACT_STEP_DONE = re.compile(
    r"^\W*(?:full\s+)?\(?step\s*(?:1|2|one|two)\)?\s*(?:\([\w\s-]{1,30}\)\s*)?(?:certification\s+)?(?:completed|achieved|"
    r"awarded|gained|passed|held)\b(?:[^.\n]{0,30})$",
    I,
)


def _claims(blocks: list[Block]) -> list[tuple[str, int, int, Block]]:
    """(window text, claim start in window, claim end, block) for each claim sentence."""
    out = []
    listing = any(b.heading and _AWARDS_LISTING.search(b.text) and len(b.text.split()) <= 8 for b in blocks) or any(
        not b.heading and (_CERTIFICATION_COLUMN.search(b.text) or _RESULTS_HEADER.search(b.text)) for b in blocks
    )
    # the page says its certificate is not the scheme's: a compliance portal's certificate, "not the Commissioner's third-party
    # certification scheme" (real-text round 58): only a claim naming the scheme's steps is still one
    not_the_scheme = any(_NOT_THE_SCHEME.search(b.text) for b in blocks)
    for b in blocks:
        t = b.text
        if b.index + 1 < len(blocks) and _FACT_LABEL.match(t) and _FACT_STEP_DONE.match(blocks[b.index + 1].text):
            # a fact list's label and its value, two blocks of a description list: "Third-party certification" over "Step 1
            # (desktop review) completed" (a county borough's CCTV page, held-back web 376's Merthyr Tydfil)
            pair = f"{t.strip()}: {blocks[b.index + 1].text.strip()}"
            out.append((pair, 0, len(pair), blocks[b.index + 1]))
            continue
        if not CERT_WORD.search(t) or _NOT_CERTIFIED_SEPARATELY.search(t):
            continue
        if not_the_scheme and not _SCHEME_STEP.search(t):
            continue
        if (
            (listing or _held_list(blocks, b.index))
            and len(t.split()) <= 40
            and SCHEME.search(t)
            and _SCHEME_STEP.search(t)
            and re.search(r"\bcertification\b", t, I)
            and not _NOT_A_CLAIM.search(t)
        ):
            out.append((t, 0, len(t), b))
            continue
        for m in CERT_WORD.finditer(t):
            s, e = sentence_at(t, m.start(), m.end())
            if t[s:e].rstrip().endswith("?") and len(t[s:e].split()) <= 3:
                # a quick answer's label and its answer on one line ("Certified? Step 1 (desktop), 2019."): read them
                # together
                line_end = t.find("\n", e)
                e = len(t) if line_end < 0 else line_end
            sent = t[s:e]
            nac = _NOT_A_CLAIM.search(sent)
            # an intention in a later clause of its own is about something else: "the Council had gained step one
            # (desktop) certification …, and that officers had intended to apply for the step two audit" (minutes,
            # real-text round 24); the claim is read up to that clause, its level too
            later = nac and _NEXT_CLAUSE.search(sent, m.end() - s)
            later = later if nac and later and later.start() < nac.start() else None
            if later and _CLAIM.search(sent[: later.start()]):
                e = s + later.start()
                sent = t[s:e]
                nac = None
            if not _CLAIM.search(sent) or nac:
                continue
            near = t[max(s, m.start() - 60) : min(e, m.end() + 30)]
            if _OTHER_CERT.search(near) and not SCHEME.search(near):
                continue  # "BS 7958 certified", an "approved device" certificate: another certificate
            # ... or named further on in the claim's own clause: "the control room is certified by the National Security
            # Inspectorate to NSI Gold for managing and operating CCTV to BS 7958, and is inspected every year" (real-text
            # round 29)
            nxt = _NEXT_CLAUSE.search(sent, m.end() - s)
            rest = sent[m.start() - s : nxt.start() if nxt else len(sent)]
            if _CERTIFIED_BY.match(rest) and _OTHER_CERT.search(rest) and not SCHEME.search(rest):
                continue
            if _POLICE_HOLDER.search(sent):
                continue  # the force's own control room certified: not the council's award
            verb = _CLAIM.search(sent)
            subject = sent[: verb.start()] if verb else ""
            if _OTHER_HOLDER.search(subject) and not _COUNCIL_SUBJECT.search(subject):
                continue  # a hospital's, a university's or a force's team certified: theirs
            if ROOM_SERVING_US.search(subject):
                continue  # "The [neighbour's] control room that watches our cameras holds full certification": the room's
            # (only the clause the claim is in: "step 2, awarded May 2019; the scheme closed in 2025" is still
            # the award on the council's page, its second clause a note on the scheme)
            cs = t.rfind(";", s, m.start()) + 1 or s
            ce = t.find(";", m.end(), e)
            # (or a table's cells run together into one line: "… Step 2 full certification awarded March 2020 The national
            # scheme closed in November 2025 and every certificate lapsed with it", a standards table's row, held-back web
            # 231's Wigan: a new capitalised sentence after the award's date starts the next cell)
            cell = _RUN_ON_CELL.search(t, m.end(), ce if ce != -1 else e)
            ce = cell.start() if cell else ce
            clause = t[cs : ce if ce != -1 else e]
            if _SCHEME_ITSELF.search(clause) and not _OWN_HOLDER.search(clause):
                continue  # the scheme's notice or figures across councils: nobody's award here
            # the scheme may be named in the sentence, the block, or the heading above
            nb = blocks[b.index - 1].text if b.index > 0 else ""
            # or the heading of the section ("Surveillance Camera Code of Practice", then a paragraph
            # or two, then "We hold a certificate of compliance …")
            head = next((x.text for x in reversed(blocks[max(0, b.index - 6) : b.index]) if x.heading), "")
            # or the line that introduces the list the claim is an item of ("As the Surveillance Camera Code expects, the
            # council makes the following available:" over six bullets, real-text round 23)
            lead = next(
                (x.text for x in reversed(blocks[max(0, b.index - 10) : b.index]) if x.text.rstrip().endswith(":")), ""
            )
            if not any(SCHEME.search(x) for x in (sent, t, nb, head, lead)):
                continue
            out.append((t, s, e, b))
            break
    return out


# The mark's words as a line of text (alt text kept by a saved page, a caption under the logo):
# "Surveillance Camera Commissioner - 5 Year Full Certification", "SC Code compliant mark".
_LABEL_SUBJECT = re.compile(
    r"surveillance\s+camera\s+(?:code|commissioner)|\bsc\s+code\b|"
    r"comisiynydd\s+camer[aâ]u|cod\s+ymarfer\s+camer[aâ]u",
    I,
)
_LABEL_WORD = re.compile(
    r"\b(?:full|step\s*(?:1|2|one|two)|desktop|\d\s+year)\s+certifica\w*|"
    r"\bcertification\s+(?:mark|logo|badge)|\bcertificate\s+of\s+compliance\b|"
    r"\b(?:code\s+)?compliant\s+(?:mark|logo|badge)|\bh?ardystiad\s+llawn\b",
    I,
)


# A heading about the scheme, not a label of the council's award: "How to apply for …", "What is …"
_ABOUT_THE_SCHEME = re.compile(r"^\W*(?:how|what|why|when|who|about)\b|\bappl(?:y|ication)\b|\bscheme\b|\?", I)


# The label run into the next line of a saved page ("… Commissioner - 5 Year Full Certification The
# council's scheme is …"): the subject, a dash or colon, the award's name.
_LABEL_PHRASE = re.compile(
    r"\b(?:surveillance\s+camera\s+(?:commissioner|code(?:\s+of\s+practice)?)|sc\s+code)\s*[-–:|]\s*"
    r"(?:\d\s*[-–]?\s*year\s+)?(?:full|step\s*(?:1|2|one|two)|desktop)\s+certifica\w*",
    I,
)


def _label_lines(blocks: list[Block]) -> list[Block]:
    """Short lines that are the mark's label, not a sentence about the scheme."""
    out = []
    for i, b in enumerate(blocks):
        t = b.text.strip()
        m = _LABEL_PHRASE.search(t)
        if m and len(t.split()) > 16:
            s, e = sentence_at(t, m.start(), m.end())
            if not (_NOT_A_CLAIM.search(t[s:e]) or _ABOUT_THE_SCHEME.search(t[m.start() : m.end()])):
                out.append(b)
            continue
        # a label ends without a full stop, unless it is a "name: words" label (alt text saved as text)
        sentence_end = re.search(r"[!?]$", t) or (t.endswith(".") and not re.search(r"\w\s*[:–|-]\s+\w", t))
        if len(t.split()) > 16 or sentence_end or not _LABEL_SUBJECT.search(t):
            continue
        if not _LABEL_WORD.search(t) or _NOT_A_CLAIM.search(t) or _ABOUT_THE_SCHEME.search(t):
            continue
        after = " ".join(x.text for x in blocks[i + 1 : i + 3])
        if _NOT_A_CLAIM.search(after[:300]):
            continue
        out.append(b)
    return out


def detect_certification(blocks: list[Block], images: list[Image]) -> CertResult:
    """Mark and/or statement of SC Code certification on one page or document."""
    res = CertResult()
    for img in images:
        words = image_is_mark(img)
        if words:
            if not any(
                w and _MARK_SUBJECT.search(w) and _MARK_WORD.search(w) for w in (img.alt, img.title, img.caption)
            ):
                res.file_name_only.append(words)
            res.found = True
            res.mark_displayed = True
            res.mark_quotes.append(words)
            # the mark's own words ("…certification mark - step 1 desktop certification") and its
            # caption both state the step and sometimes the date
            for said in (words, img.caption):
                if not said:
                    continue
                if res.level is None:
                    res.level = "step2" if _STEP2.search(said) else ("step1" if _STEP1.search(said) else None)
                res.awarded = res.awarded or _award_date(said, 0)
    rank_of = {"step2": 2, "step1": 1, None: 0}
    cands: list[tuple[int, str | None, str | None]] = []
    if res.mark_displayed and (res.level or res.awarded):
        cands.append((rank_of[res.level], res.level, res.awarded))
    for t, s, e, _b in _claims(blocks):
        sent = t[s:e]
        res.found = True
        res.quotes.append(quote_at(t, s, e))
        m2, m1 = _STEP2.search(sent), _STEP1.search(sent)
        level = "step2" if m2 else ("step1" if m1 else None)
        anchor = (m2 or m1 or _CLAIM.search(sent)).start()
        cands.append((rank_of[level], level, _award_date(sent, anchor)))
    if not res.found:
        for b in _label_lines(blocks)[:3]:
            res.found = True
            res.label_only = True
            lm = _LABEL_PHRASE.search(b.text)
            res.quotes.append(quote_at(b.text, lm.start(), lm.end()) if lm else quote_at(b.text, 0, len(b.text)))
            level = "step2" if _STEP2.search(b.text) else ("step1" if _STEP1.search(b.text) else None)
            cands.append((rank_of[level], level, _award_date(b.text, 0)))
    if cands:
        top = max(c[0] for c in cands)
        res.level = next(c[1] for c in cands if c[0] == top)
        res.awarded = next((c[2] for c in cands if c[0] == top and c[2]), None)
    return res

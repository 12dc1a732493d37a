"""A council's own account of where it stands with the certification scheme, short of a certificate.

Councils write about the Commissioner's scheme before (or instead of) holding a certificate: that
the service "is applying for" third-party certification, "has applied", is "working towards" it,
or that it completes the Commissioner's self-assessment tool each year (the tool is the document
step 1's desktop review looks at). Real labellers read such a paragraph as being about the council's
certification, and a CCTV manager checking their site wants to see it; but it is not a certificate,
so it never makes 5.2 met (the strategy measures a completed step). analysis.page gives it as the
page's ``certification`` signal and a ``certification_progress`` finding that no verdict counts.

Only the council's own CCTV text is read here (the caller decides that): central guidance about
the tool ("organisations can continue to use the self-assessment tool") is not a council's account.
Intentions ("we will apply", "we aim to") and refusals ("has not applied") are not progress.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .certification import CERT_WORD, SCHEME
from .segments import Block, quote_at, sentence_at

__all__ = ["Progress", "detect_progress"]

I = re.I

# what the sentence must be about: the Commissioner's scheme (certification.SCHEME), or the words a
# council uses for it while it is still on the way ("an accreditation scheme", "the 12 principles")
_ON_THE_WAY = re.compile(
    r"\bcertification\s+(?:scheme|process|body)|\baccreditation\s+scheme|\b(?:12|twelve)\s+guiding\s+principles|"
    r"\bardystiad\s+trydydd\s+parti",
    I,
)


def _about_the_scheme(sentence: str) -> bool:
    return bool(SCHEME.search(sentence) or _ON_THE_WAY.search(sentence))


# in progress: "is applying for", "has applied for", "is working towards", "in the process of gaining"
_UNDER_WAY = re.compile(
    # the money set aside for the certificate: "That £7,800 be allocated … to meet the fees for third-party certification of
    # the town centre CCTV system" (a cabinet decision, real-text round 58)
    r"\b(?:be|was|were|been|is|are)\s+(?:allocated|approved|set\s+aside|budgeted)\b[^.\n]{0,80}?\b(?:fees?|costs?)\s+"
    r"(?:for|of)\s+(?:the\s+)?(?:independent\s+)?(?:third[- ]party\s+)?certification\b|"
    # ("That £7,800 be allocated from the community safety reserve to fund third-party certification of the council's public
    # space CCTV system", a cabinet member's decision, real-text round 70)
    # ("That £14,500 be released from the Community Safety reserve to meet the assessment fees and associated costs of
    # obtaining the Surveillance Camera Commissioner's third party certification", a Welsh county borough's cabinet decision,
    # real-text round 72), and the body to be appointed
    r"\b(?:be|was|were|been|is|are)\s+(?:released|allocated|approved|set\s+aside|budgeted)\b[^.\n]{0,80}?\b(?:fees?|costs?)\s+of\s+"
    r"(?:obtaining|achieving|gaining|securing)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:third[- ]party\s+)?certification\b|"
    r"\bauthori[sz]ed\s+to\s+appoint\s+(?:an?\s+)?(?:accredited\s+)?certification\s+body\b|"
    r"\b(?:be|was|were|been|is|are)\s+(?:allocated|approved|set\s+aside|budgeted)\b[^.\n]{0,80}?\bto\s+fund\s+(?:the\s+)?"
    r"(?:independent\s+)?(?:third[- ]party\s+)?certification\b|"
    # ("approves a one-off revenue budget of £7,200 … to take the cameras through both steps of the Commissioner's third
    # party certification scheme", an executive decision, real-text round 60)
    r"\bapproves?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?budget\b[^.\n]{0,120}?\bcertification\b|"
    # ("RESOLVED that … (b) £6,800 be allocated to obtaining full certification of the council's CCTV system under the
    # Commissioner's scheme", committee minutes on a Safer Streets underspend, real-text round 100)
    r"\b(?:be|was|were|been|is|are)\s+(?:allocated|approved|set\s+aside|budgeted)\s+(?:[^.\n]{0,60}?\s)?to\s+(?:obtaining|achieving|"
    r"gaining|securing)\s+(?:[\w'’()-]+\s+){0,3}?(?:third[- ]party\s+)?certification\b|"
    r"\b(?:is|are|was|were)\s+(?:currently\s+|now\s+|also\s+)?(?:applying|preparing\s+(?:an?\s+|its\s+|our\s+)?"
    r"(?:application|submission))\s+(?:for|to)\b|"
    r"\b(?:has|have|had)\s+(?:now\s+|recently\s+|already\s+)?(?:applied|submitted\s+(?:an?|its|our|their)\s+"
    r"(?:application|submission))\b|"
    r"\bin\s+the\s+process\s+of\s+(?:applying|seeking|obtaining|gaining|achieving)\b|"
    r"\bapplication\s+(?:for|to)\s+(?:\w+\s+){0,4}?(?:certification|accreditation)\s+(?:is|was|has\s+been)\s+"
    r"(?:under\s+way|underway|in\s+progress|submitted|with)\b|"
    # (a tracker's note without the verb "is": "Application for step 2 full certification submitted to SSAIB on 9 June", a
    # community safety action plan's row, real-text round 124)
    r"\bapplication\s+for\s+(?:[\w()-]+\s+){0,4}?(?:certification|accreditation)\s+(?:submitted|lodged|sent)\s+(?:to|with)\b|"
    # (the level and the Code named between: "[the council]'s application for step one (desktop) certification against the
    # Surveillance Camera Code of Practice had been submitted to SSAIB", committee minutes, real-text round 34)
    # (the verb the application's own, not a later clause's: "… an application for third-party certification, but the scheme
    # closed before a decision was made" is none, real-text round 27)
    # (or what went with it between commas: "an application for desktop (step 1) certification, with the supporting code of
    # practice, operational procedures and DPIA, had been sent to SSAIB", scrutiny minutes, real-text round 48)
    r"\bapplication\s+(?:for|to)\s+[^.\n]{0,100}?\b(?:certification|accreditation)\b(?:\s+(?:against|under|with|of)\s+[^,.\n]{0,80}?)?"
    r"(?:,[^.\n]{0,120}?,)?\s+(?:(?:had|has|have)\s+been|was|were)\s+(?:submitted|lodged|made|sent)\b|"
    # a resolution to seek it: "That [the] Borough Council seek third-party certification of its public space CCTV system"
    # (a cabinet decision with the fees budgeted, real-text round 34)
    r"^\W*(?:\d+[.)]\s*)?that\s+(?:[\w'’-]+\s+){1,5}?(?:seeks?|applies\s+for|apply\s+for|pursues?)\s+(?:full\s+|step\s+\w+\s+)?"
    r"(?:third[- ]party\s+)?certification\b|"
    r"\bwrthi'n\s+gwneud\s+cais\b|\bwedi\s+gwneud\s+cais\b|"
    # ... or money allocated to the assessment's fees, whatever words come between: "That £6,500 of the Council's match
    # contribution be allocated to the audit and assessment fees needed to obtain third-party certification …", "That £4,800 be
    # allocated to the assessment and audit fees for obtaining third-party certification of the Council's public space CCTV"
    # (an executive decision and a cabinet minute on funded cameras, real-text round 122)
    r"\b(?:be|was|were|been|is|are)\s+(?:allocated|approved|set\s+aside|budgeted|earmarked|released)\b[^.\n]{0,100}?\b(?:fees?|"
    r"costs?)\s+(?:(?:needed|required)\s+to\s+(?:obtain|achieve|gain|secure)|for\s+(?:obtaining|achieving|gaining|securing))\s+"
    r"(?:[\w'’()-]+\s+){0,3}?(?:third[- ]party\s+)?certification\b|"
    # ... and in Welsh, the application made: "cyflwynodd y Cyngor gais i SSAIB am ardystiad cam 1" (the Council submitted an
    # application to SSAIB for step 1 certification; a county borough's progress note, real-text round 122)
    r"\bcyflwyn(?:odd|wyd|o)\s+(?:y\s+cyngor\s+|ein\s+)?gais\b[^.\n]{0,60}?\bardystiad\b|"
    # a tracker's row marked done: "Done – application lodged with SSAIB on 14 February 2022" (a Code compliance tracker,
    # real-text round 105)
    # ("Application and self-assessment submitted to IQ Verify on …; desktop review awaited", an action plan's status cell,
    # real-text round 107)
    # (or the next sentence taking it up: "… ahead of the council's application for third-party certification against the
    # Surveillance Camera Code of Practice. That application was lodged with the Security Systems and Alarms Inspection Board
    # (SSAIB) on 20 January 2025", a procedures manual's document control page, real-text round 115)
    r"\bapplication\s+for\s+(?:[\w()-]+\s+){0,3}?certification\b[^\n]{0,200}?[.;]\s+(?:that|this|the)\s+application\s+(?:was|has\s+been|"
    r"had\s+been)\s+(?:lodged|submitted|sent|made)\s+(?:with|to)\b|"
    # ("approves £9,800 from the Community Safety reserve to obtain third-party certification of the new centre", a cabinet
    # decision, real-text round 116)
    r"\b(?:approves?|approved|allocates?|allocated)\s+£[\d,.]+k?\b[^.\n]{0,80}?\bto\s+(?:obtain|achieve|gain|secure|seek|fund|"
    r"pay\s+for)\s+(?:[\w()-]+\s+){0,2}?(?:third[- ]party\s+)?certification\b|"
    # ... or a budget line to fund it, approved: "Growth item G7 – CCTV compliance (£6,500 one-off …) To fund third-party
    # certification of the Council's public space CCTV system against the Surveillance Camera Code" (a cabinet's revenue budget
    # decision, real-text round 120)
    r"\bto\s+fund\s+(?:the\s+)?third[- ]party\s+certification\s+of\s+(?:the\s+)?(?:council(?:'s|’s)|our)\b|"
    # ... or to spend it on the fees: "Cabinet also agreed to spend £5,200 from the CCTV reserve on the fees for third party
    # certification of the council's public space CCTV system" (a decision details page, real-text round 118)
    r"\b(?:agreed|agrees|approved|approves)\s+(?:to\s+)?(?:spend|spending)\s+£[\d,.]+k?\b[^.\n]{0,80}?\bon\s+(?:the\s+)?"
    r"(?:fees|costs?)\s+(?:for|of)\s+(?:[\w()-]+\s+){0,2}?(?:third[- ]party\s+)?certification\b|"
    r"\bapplication(?:\s+and\s+(?:the\s+)?self[- ]assessment)?\s+(?:lodged|submitted|sent)\s+(?:to|with)\s+"
    r"(?:(?-i:SSAIB|NSI|BSI)|IQ\s+Verify|the\s+certification\s+body)\b|"
    # a capital programme's approved line for it: "Third-party certification of the public space CCTV system against the
    # Surveillance Camera Code … | £4,500 | £1,200 | Revenue reserve | Approved" (real-text round 105)
    r"\b(?:third[- ]party\s+)?certification\s+of\s+the\s+(?:public\s+space\s+)?cctv\s+system\b[^|\n]{0,160}\|\s*£[\d,]+[^|\n]{0,12}"
    r"(?:\|[^|\n]{0,40}){1,3}\|\s*approved\b|"
    # ... a Welsh cabinet's approval of spending to secure it: "Cymeradwyo gwario hyd at £6,500 … i sicrhau ardystiad trydydd
    # parti (cam 2)" (real-text round 89)
    r"\bcymeradwyo\s+(?:gwario|gwariant|cyllideb)\b[^.\n]{0,120}?\bi\s+(?:sicrhau|gael|ennill)\s+ardystiad\b|"
    # a decision to apply, with the fees found: "That Cabinet approves an application for third-party certification … and
    # allocates £3,800 … for the certification body's fees" (real-text round 32)
    r"\b(?:approves?|approved|agrees?|agreed)\s+(?:an?\s+|the\s+)?(?:application|applying|to\s+apply)\s+(?:for|to)\b|"
    # ... or the money to get there: "Approves a budget of £18,000 … to prepare for and obtain third-party certification"
    # (real-text round 33)
    r"\b(?:approves?|approved|agrees?|agreed|allocates?|allocated)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?budget\b[^.\n]{0,80}?\bto\s+"
    # ("To approve a one-off budget of £6,500 from the community safety reserve to fund [the council]'s application for
    # third-party certification", a cabinet decision notice, real-text round 40)
    r"(?:prepare\s+for\s+and\s+)?(?:obtain|achieve|gain|secure|seek|fund|pay\s+for|meet\s+the\s+(?:fees|costs?)\s+of|"
    # ("APPROVED a revenue budget of £3,200 … to pay the [certification body] for the audit needed to obtain third-party
    # certification", a cabinet decision, real-text round 71)
    r"pay\s+the\s+[^.\n]{0,80}?\bfor\s+the\s+(?:[\w-]+\s+){0,2}?(?:audit|assessment))\b|"
    # ... and the officer sent to apply: "… and authorised the CCTV Manager to submit the application" (a cabinet
    # decision beside the certification body's fees, real-text round 41)
    r"\bauthori[sz]ed?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:manager|officer|director|head\s+of\s+[\w\s]{0,30}?)\s+to\s+"
    r"(?:submit|make|lodge)\s+(?:the|an|its|our)\s+application\b|"
    # (the money named first: "one-off funding of £7,500 be approved from the Community Safety reserve to obtain third party
    # certification", a cabinet resolution, real-text round 36)
    # ("a one-off revenue budget of £6,500 be approved to pay the fees for a step 1 desktop assessment and a step 2 on-site
    # audit", a cabinet decision, real-text round 46)
    r"\b(?:funding|budget|sum|allocation)\s+of\s+£[\d,.]+k?\s+(?:be|is|was|has\s+been)\s+(?:approved|allocated|agreed)\b"
    # ("a one-off budget of £6,500 be approved from the Community Safety reserve to fund the desktop (step 1) review and the
    # subsequent on-site (step 2) audit required for third-party certification", a cabinet decision, real-text round 48)
    # ("a budget of £4,750 be approved so that the Council can obtain third party certification", real-text round 54)
    r"[^.\n]{0,80}?\b(?:to|so\s+that\s+the\s+council\s+(?:can|could|may))\s+(?:obtain|achieve|gain|secure|seek|fund|pay\s+for|"
    r"pay\s+(?:the\s+)?(?:fees|costs?)\s+(?:for|of)|"
    # ("a one-off budget of £6,500 be approved from the invest-to-save reserve to meet the cost of step 1 and step 2
    # certification", a cabinet decision, real-text round 51)
    # ("… to meet the certification body's fees for the step 2 audit", cabinet minutes, real-text round 66)
    r"meet\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:fees|costs?)\s+(?:for|of))\b|"
    # ("To approve expenditure of up to £4,800 from the community safety budget to obtain third-party certification", a
    # cabinet lead's decision notice, real-text round 37)
    # ("approved revenue of £9,500 to obtain independent third-party certification", a cabinet decision, real-text round 74)
    # (the sum alone before its verb: "£4,800 be allocated from the community safety reserve to obtain third-party certification
    # of the CCTV system", a committee's resolution, real-text round 85)
    r"£[\d,.]+k?\s+(?:be|is|was|has\s+been)\s+(?:allocated|approved|released|set\s+aside|budgeted)\b[^.\n]{0,80}?\bto\s+"
    r"(?:obtain|achieve|gain|secure|seek|fund|pay\s+for)\s+(?:the\s+)?(?:independent\s+)?(?:third[- ]party\s+)?certification\b|"
    # ("Cabinet had approved £6,800 in the 2023/24 budget to obtain third-party certification", a portfolio holder's answer at
    # scrutiny, real-text round 106)
    r"\bapproved\s+£[\d,.]+k?\b[^.\n]{0,60}?\bto\s+(?:obtain|achieve|gain|secure|seek|fund|pay\s+for)\s+(?:[\w-]+\s+){0,2}?"
    r"certification\b|"
    r"\b(?:approves?|approved|agrees?|agreed)\s+(?:expenditure|spending|funding|revenue)\s+of\s+(?:up\s+to\s+)?£[\d,.]+k?\b"
    r"[^.\n]{0,80}?\bto\s+(?:obtain|achieve|gain|secure|seek|pay\s+for)\b|"
    # (the money's kind before it, the fees it meets named: "Approve revenue funding of £6,500 to meet the assessment and
    # certification fees required for the Council's public space CCTV system to obtain third-party certification", a cabinet
    # decision record; "approved a one-off revenue allocation of £4,200 … to meet the cost of third party certification", a
    # policy review's appendix: real-text rounds 107 and 108)
    r"\b(?:approves?|approved|agrees?|agreed)\s+(?:an?\s+)?(?:one-off\s+|capital\s+|revenue\s+){0,2}(?:expenditure|spending|"
    r"funding|allocation|budget)\s+of\s+(?:up\s+to\s+)?£[\d,.]+k?\b[^.\n]{0,80}?\bto\s+meet\s+the\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:fees|costs?)\b[^.\n]{0,80}?\bcertification\b|"
    # an FOI answer's account: "In June 2023 the council submitted an application for step 1 (desktop) certification to
    # [the certification body]" (real-text round 36)
    # (or by its name: "Wirral Council submitted its application for full (step 2) certification to [a body] on …", an FOI
    # answer, real-text round 66)
    r"\b(?:we|the\s+(?:borough\s+|district\s+|city\s+|county\s+)?council|the\s+authority|"
    r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:Borough\s+|District\s+|City\s+|County\s+)?Council))\s+submitted\s+(?:an?|its|our)\s+"
    r"application\b|"
    # ... or "applied to" the body: "The council applied to the National Security Inspectorate for full (step 2) certification
    # in June 2023" (an FOI answer, real-text round 68)
    r"\b(?:we|the\s+(?:borough\s+|district\s+|city\s+|county\s+)?council|the\s+authority)\s+applied\s+(?:to\s+[^.\n]{0,60}?\s+)?"
    r"for\s+(?:[\w()-]+\s+){0,4}?(?:certification|accreditation)\b|"
    # ... or lodged it, the body named before the level: "the Council had lodged an application with [a certification body],
    # a UKAS-accredited certification body, for step 2 certification" (committee minutes, real-text round 50)
    # ("In June 2023 the council lodged an application with IQ Verify for step 2 third-party certification", a privacy
    # notice, real-text round 52)
    # (or what went with it listed: "the council sent its application, self-assessment and supporting documents to SSAIB for
    # step 1 (desktop) certification", a Welsh county borough's annual CCTV report, real-text round 85)
    r"\b(?:the\s+council|we)\s+(?:lodged|submitted|sent)\s+(?:an?|its|our)\s+application(?:,[^.\n]{0,80}?)?\s+(?:with|to)\s+"
    r"[^.\n]{0,60}?\bfor\s+"
    # ("The council lodged an application with the National Security Inspectorate for a step 2 (full) certification audit",
    # an FOI answer, real-text round 93)
    r"(?:an?\s+)?(?:step\s+(?:1|2|one|two)\s+)?(?:\(?[\w-]+\)?\s+)?(?:third[- ]party\s+)?certification\b|"
    # (or its submission noted: "That the submission of the council's application for step 2 (full) certification of the
    # [town] public space CCTV system … be noted", a decision notice, real-text round 92)
    r"\bsubmission\s+of\s+(?:the\s+council(?:'s|’s)|our|its)\s+application\s+for\s+(?:[\w()-]+\s+){0,4}?certification\b|"
    r"\b(?:has|have|had)\s+(?:now\s+|recently\s+)?(?:lodged|made|sent|submitted)\s+(?:an?|its|our|the)\s+application\s+"
    r"(?:with|to)\b[^.\n]{0,120}?\bcertification\b|"
    # ... the level before the body: "the council had lodged its application for step 2 full certification of the public space
    # system with the National Security Inspectorate" (information governance group notes, real-text round 95)
    r"\b(?:has|have|had)\s+(?:now\s+|recently\s+)?(?:lodged|made|sent|submitted)\s+(?:an?|its|our|the)\s+application\s+for\s+"
    r"(?:[\w()-]+\s+){0,4}?certification\b[^.\n]{0,100}?\s(?:with|to)\s|"
    # ... or the money approved "to obtain" it, its verb before the sum: "approved revenue funding of £6,500 to obtain
    # third-party certification of the Council's public space CCTV system" (an executive decision, real-text round 50)
    r"\b(?:approves?|approved|agrees?|agreed)\s+(?:[\w-]+\s+){0,2}?(?:funding|budget|expenditure|spending)\s+of\s+"
    r"(?:up\s+to\s+)?£[\d,.]+k?\b[^.\n]{0,80}?\bto\s+(?:obtain|achieve|gain|secure|seek|fund|pay\s+for)\b",
    I | re.M,
)

# "working towards" it is progress only beside a step already held ("Having completed the desktop step, we are now
# working towards step 2"); alone, or after a self-assessment, it is an intention with no application made, and real
# labellers read it so ("We are working towards third-party certification once these actions are complete", a compliance
# page beside a one-off self-assessment, real-text round 37; a scrutiny report's "working towards … No application has yet
# been made", round 36)
_WORKING_TOWARDS = re.compile(r"\b(?:is|are|was|were)\s+(?:currently\s+|now\s+|actively\s+)?working\s+towards?\b", I)
_STEP_HELD = re.compile(
    r"\b(?:completed|achieved|passed|gained|awarded|holds?|held)\s+(?:the\s+|its\s+|our\s+)?(?:step\s*(?:1|one)|"
    r"desktop|stage\s+(?:1|one))\b",
    I,
)

# the Commissioner's self-assessment tool, done or published by the council
_SELF_ASSESSMENT = re.compile(r"\bself[- ]?assessment\b|\bhunan[- ]?asesiad\b|\bhunanasesu\b", I)
_TOOL = re.compile(r"\bself[- ]?assessment\s+tool\b|\bSAT\b|\bhunan[- ]?asesiad\b", I)
_DONE = re.compile(
    # (or its camera team: "Every year the CCTV team completes the Surveillance Camera Commissioner's self-assessment tool",
    # a city's CCTV documents page, real-text round 55)
    r"\b(?:we|the\s+council|the\s+authority|the\s+service|the\s+partnership|our\s+\w+(?:\s+\w+)?|"
    r"the\s+(?:cctv|camera|surveillance\s+camera)\s+(?:team|service|unit|manager))\s+"
    r"(?:(?:has|have|had)\s+)?(?:also\s+)?(?:regularly\s+|annually\s+|each\s+year\s+)?"
    r"(?:undertake|undertakes|undertook|undertaken|complete|completes|completed|carry\s+out|carries\s+out|"
    r"carried\s+out|publish|publishes|published|review|reviews|reviewed|use|uses|used|assess|assesses|assessed|"
    # ("we fill in the Commissioner's self-assessment tool … once a year and publish it here", real-text round 57)
    r"fill\s+in|fills\s+in|filled\s+in)\b|"
    r"\b(?:completed|latest|annual|our)\s+(?:\w+\s+)?self[- ]?assessment\b|\bcwblhau\b|\bcyhoeddi\b",
    I,
)

# The self-assessment offered as the council's assurance that its cameras meet the Code: "The self-assessment is our published
# assurance that the system meets the twelve guiding principles", "These published self-assessments are how we show residents
# that our cameras comply with the Code's 12 guiding principles" (councils' compliance pages, real-text rounds 109 and 110). A
# named council that only "completes the tool and publishes the result" is labelled no certification (rounds 11, 16 and 24).
_ASSURANCE = re.compile(
    r"\bself[- ]?assessments?\s+(?:is|are)\s+(?:(?:our|the\s+council(?:'s|’s))\s+(?:published\s+)?assurance|how\s+we\s+"
    r"(?:show|demonstrate|assure))\b[^.\n]{0,160}?\b(?:guiding\s+principles|code)\b",
    I,
)

_NOT_PROGRESS = re.compile(
    r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:applied|completed|undertaken)|\bno\s+(?:plans?|intention)\b|"
    r"\bwill\s+(?:apply|seek|complete|undertake)|\b(?:aim|intend|plan|hope)s?\s+to\b|\bif\s+you\b|"
    r"\borganisations\s+(?:can|should|may|must)\b|\bcan\s+(?:continue\s+to\s+)?use\b|"
    r"\b(?:any|all|every)\s+(?:relevant\s+)?(?:authorit|organisation|operator)|\bwith\s+a\s+view\s+to\b|\?|"
    # an officer's duty to check that each system has one: "The SPOC … checks that each one has a data protection impact
    # assessment and a completed self-assessment against the Surveillance Camera Code" (real-text round 30)
    r"\bchecks?\s+that\s+(?:each|every|all)\b",
    I,
)


# the paragraph saying no application was ever made, whatever the sentence before it claims to be working towards ("The
# council is working towards third party certification … No application has yet been made", a scrutiny report, real-text
# round 36)
_NONE_MADE = re.compile(r"\bno\s+application\s+(?:has|had)\s+(?:yet\s+)?been\s+(?:made|submitted|lodged|sent)\b", I)


# a document's name in a list of the CCTV service's documents is as long as this at most, and
# says it is a document: its format, its year, or that it was completed
_LABEL_WORDS = 8
_DOCUMENT = re.compile(r"\b(?:pdf|docx?|word|xlsx?|excel|odt|kb|mb)\b|\b20\d\d\b|\bcompleted\b", I)


@dataclass(frozen=True)
class Progress:
    """Where the council says it stands: ``applying`` or ``self_assessment``, and the quote."""

    stage: str
    quote: str


def _sentence_of(text: str, m: re.Match[str]) -> tuple[int, int, str]:
    start, end = sentence_at(text, m.start(), m.end())
    return start, end, text[start:end]


# The council saying it never sought the certificate: its self-assessment is then no step towards one ("No. [The council]
# did not apply to the third party certification scheme while it was open. Instead we complete the … self assessment
# tool", real-text round 14).
_NEVER_APPLIED = re.compile(
    # ("The council completes the Commissioner's self-assessment tool but has not sought third-party certification", an FOI
    # answer, real-text round 111)
    r"\b(?:did\s+not|didn[’']t|never|chose\s+not\s+to|decided\s+not\s+to|(?:has|have|had)\s+not|hasn[’']t|haven[’']t|hadn[’']t)\s+"
    r"(?:apply|applied|seek|sought)\b[^.\n]{0,60}\bcertific|"
    # ("[The council's] public space CCTV system … never held third-party certification", a written answer to a member,
    # real-text round 27)
    # ("… so no application was made and the Council has never held a certificate", real-text round 58)
    r"\bnever\s+(?:held|had|gained|obtained)\s+(?:any\s+|a\s+)?(?:third[- ]party\s+)?certific|"
    # ("… intended to work towards third-party certification …, but no application had been made and no budget had been
    # identified", a working group's minutes, real-text round 72)
    r"\bno\s+application\s+(?:was|had\s+been|has\s+been)\s+(?:ever\s+)?(?:made|submitted)\b|"
    # (the scheme named first: "The Council considered applying to the … third party certification scheme but did not
    # apply before the scheme stopped taking new applications", real-text round 30)
    r"\bcertific[^.\n]{0,60}?\b(?:but|and)\s+(?:did\s+not|didn[’']t|never|chose\s+not\s+to|decided\s+not\s+to)\s+"
    r"(?:apply|applied|seek|sought)\b|"
    # ("We have not applied for third-party certification, but we will keep this under review", a compliance page beside
    # its published self-assessment, real-text round 34)
    # (or by its name, an FOI answer: "No. [X] District Council has not applied for third-party certification", real-text
    # round 69)
    r"\b(?:we|the\s+council|it|(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,4}\s+Council))\s+(?:has|have)\s+not\s+applied\s+for\b"
    r"[^.\n]{0,60}\bcertific|"
    # ... or after the certificate it says it does not hold: "No. [X] Borough Council does not hold certification and has not
    # applied for it" (an FOI disclosure log, real-text round 99)
    r"\bdoes\s+not\s+hold\s+(?:any\s+)?(?:[\w()-]+\s+){0,3}?certific\w*\s+and\s+has\s+(?:not|never)\s+applied\b|"
    # ... or planned to, and the scheme closed first: "We had planned to apply for third-party certification …, but the scheme
    # stopped accepting new applicants …, before an application could be made" (an annual report, real-text round 48)
    # ("… but the scheme stopped taking new applicants in September 2023 before an application was made", a CCTV annual
    # review, real-text round 111)
    r"\bbefore\s+an\s+application\s+(?:(?:could|was\s+able\s+to)\s+be|was|had\s+been)\s+(?:made|submitted|lodged)\b|"
    # ... in Welsh: "Nid yw'r Cyngor wedi gwneud cais am ardystiad trydydd parti" (has not applied; a Welsh FOI answer beside
    # its self-assessment, real-text round 36)
    # (or by its name: "Nid yw Cyngor Sir [X] wedi gwneud cais am ardystiad trydydd parti", real-text round 38)
    # (or in the first person: "nid ydym wedi gwneud cais am ardystiad trydydd parti" after the self-assessment published, a
    # city's Welsh CCTV page, real-text round 49)
    # ("Nid yw Cyngor Castell-nedd Port Talbot erioed wedi gwneud cais …", a Welsh FOI answer, real-text round 117)
    r"\bn(?:id|ad)\s+(?:ydym|ydyn\s+ni|yw(?:['’]r\s+cyngor|\s+cyngor(?:\s+[\w'’-]+){0,3}))\s+(?:erioed\s+)?wedi\s+gwneud\s+cais\b|\bheb\s+wneud\s+cais\s+am\s+ardystiad\b|"
    # (the council left as the subject of the sentence before, or "never": "Mae'r Cyngor yn cwblhau offeryn hunanasesu …, ond nid
    # yw erioed wedi gwneud cais am ardystiad trydydd parti", Welsh FOI answers, real-text rounds 89 and 93)
    r"\bn(?:id|ad)\s+yw\s+(?:erioed\s+)?wedi\s+gwneud\s+cais\s+am\s+(?:ardystiad|h?ardystiad)\b|"
    # ... or an action plan's progress cell: "Gweithio tuag at ardystiad trydydd parti … | Dim cais wedi'i gyflwyno eto" (no
    # application submitted yet, a county borough's Welsh CCTV action plan, real-text round 105)
    r"\bdim\s+cais\s+wedi(?:['’]i|\s+ei)\s+(?:gyflwyno|wneud)\b|\bnid\s+oes\s+cais\s+wedi(?:['’]i|\s+ei)\s+(?:gyflwyno|wneud)\b|"
    r"\bno\s+application\s+(?:submitted|made|lodged)\s+(?:yet|so\s+far)\b",
    I,
)


def detect_progress(blocks: list[Block]) -> Progress | None:
    """The first sentence in which the council says it is on its way to certification, or that it
    does the Commissioner's self-assessment; None when no sentence says so, or when the council says it never applied."""
    if any(_NEVER_APPLIED.search(b.text) for b in blocks):
        return None
    step_held = any(_STEP_HELD.search(b.text) for b in blocks)
    # a self-assessment done while only "working towards" the certificate is the preparation for one, not the council's
    # standing assurance (round 37's compliance page: the tool completed once, an action plan, "working towards")
    only_aiming = not step_held and any(_WORKING_TOWARDS.search(b.text) for b in blocks)
    for block in blocks:
        text = block.text
        towards = [m for m in _WORKING_TOWARDS.finditer(text) if step_held]
        for m in [*_UNDER_WAY.finditer(text), *towards]:
            start, end, sentence = _sentence_of(text, m)
            if (
                CERT_WORD.search(sentence)
                and _about_the_scheme(sentence)
                and not _NOT_PROGRESS.search(sentence)
                and not _NONE_MADE.search(text)
            ):
                return Progress("applying", quote_at(text, start, end))
        for m in [] if only_aiming else [*_SELF_ASSESSMENT.finditer(text), *_ASSURANCE.finditer(text)]:
            start, end, sentence = _sentence_of(text, m)
            if _NOT_PROGRESS.search(sentence):
                continue
            # "Self-assessment tool 2024 (PDF)" in the CCTV service's list of documents, not a heading
            label = len(sentence.split()) <= _LABEL_WORDS and bool(_DOCUMENT.search(sentence))
            if (
                (_TOOL.search(sentence) or _about_the_scheme(sentence)) and (_DONE.search(sentence) or label)
            ) or _ASSURANCE.search(sentence):
                return Progress("self_assessment", quote_at(text, start, end))
    return None

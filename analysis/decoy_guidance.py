"""Guidance as a decoy genre: the regulator's or the Home Office's advice to whoever runs cameras is not
a council telling of its own system (docs/wording.md §13; kept apart from decoy_issuers, whose kinds
are decided by who publishes).
"""

from __future__ import annotations

from .decoy_kinds import DecoyKind, r, t

__all__ = ["GUIDANCE"]

# Guidance addressed to whoever runs cameras, not a council telling of its own: the regulator's or the
# Home Office's voice to "organisations" and "relevant authorities", and advice to "you" as the one
# who installs and runs a system ("before you install cameras you should carry out a DPIA"). A
# council's own CCTV FAQ speaks to "you" too, but as somebody its cameras record ("you can ask for
# footage of yourself"), so only the operator's duties count here.
_TO_OPERATORS = (
    r"\borganisations\s+(?:(?:that|which|who)\s+(?:use|operate|run|deploy)|using|operating)\b[^.\n]{0,30}\b(?:cctv|"
    r"cameras?|surveillance|video)|\borganisations\s+(?:that|which|who)\s+(?:held|hold)\s+(?:one|a\s+certificate|the\s+mark)\b|"
    r"\borganisations\s+(?:should|must|need\s+to|are\s+(?:encouraged|expected|required|advised)\s+to)\s+(?:carry\s+out|"
    r"complete|publish|comply|demonstrate|display|remove|register|use\s+the\s+self)\b|"
    r"\brelevant\s+authorities\s+(?:must|should|are|have|need)\b"
)
_YOU_OPERATE = (
    r"\b(?:before|when|if)\s+you\s+(?:install|use|operate|set\s+up|deploy|put\s+up)\b[^.\n]{0,30}\b(?:cctv|surveillance|"
    r"video|cameras?)|\bbefore\s+installing\s+(?:a\s+|any\s+)?(?:surveillance\s+|cctv\s+)?(?:cameras?|system)\b[^.\n]{0,20}"
    r"\byou\s+(?:should|must|need)\b"
)
GUIDANCE = DecoyKind(
    "guidance to camera operators",
    r(
        r"\b(?:guidance|advice|checklist)\s+for\s+(?:organisations|operators|businesses|system\s+owners|"
        r"(?:relevant|local)\s+authorities|installers)\b|\bfor\s+organisations\b|\bguidance\s+on\s+video\s+surveillance\b|"
        r"\bcanllawiau\s+i\s+(?:awdurdodau|sefydliadau)\b|\bnodyn\s+i\s+(?:awdurdodau|gynghorau|sefydliadau)\b|"
        # a county's guidance to the districts that run cameras: "Guidance for district camera schemes" (held-back web 36)
        r"\b(?:guidance|guide|advice)\s+for\s+(?:district|borough|parish|town|partner|local)\s+(?:[\w-]+\s+){0,2}?(?:schemes?|councils?|"
        r"partners?|operators?)\b|"
        # a title that says what it is first: "Guidance: agreeing how recordings are shared with the police" (held-back
        # web 43's Gloucestershire)
        # ("Guidance Note: Minimum Training for Public Space CCTV Operators", a user group's note, real-text round 115)
        r"^\W*(?:[\w-]+\s+){0,2}?(?:guidance|guide|advice)(?:\s+note)?\s*:|"
        # "… and the police: guidance for Sussex councils" (held-back web 56's Wealden)
        r"\b(?:guidance|guide|advice)\s+for\s+(?-i:[A-Z])[\w-]+\s+(?:councils|authorities|partners|schemes)\b|"
        # a model policy for others to adapt: "Model CCTV policy for schools" on a county's schools portal (held-back web 253's
        # Lancashire)
        r"\b(?:model|template|sample|example)\s+(?:cctv|surveillance\s+camera|camera|video\s+surveillance)\s+(?:policy|code)\s+"
        r"for\s+(?:schools|academies|governing\s+bodies|parish|town|community|village)\b|"
        # a blog's title arguing to every council: "Why every council needs a single point of contact" (real-text round 29)
        r"\b(?:why|how)\s+(?:every|each|all)\s+(?:councils?|local\s+authorit(?:y|ies))\s+(?:needs?|should|must|can)\b"
    ),
    r(
        r"for-organisations|guidance-for-(?:organisations|operators|businesses)|guidance-on-video-surveillance|"
        r"guidance-for-(?:district|borough|parish|town|partner|local)"
    ),
    t(
        # "This page is guidance for partners: the county council does not operate public space cameras"; "District and
        # borough councils that run town centre cameras should have a written agreement"
        (r"\bthis\s+page\s+is\s+(?:guidance|advice)\s+for\b", 2),
        # "A template governing bodies can adapt for a school's own CCTV. Each school is its own data controller" (held-back
        # web 253's Lancashire)
        (
            r"\b(?:template|model\s+policy)\s+(?:that\s+)?(?:governing\s+bodies|schools|academies|parish\s+councils|town\s+councils)\s+"
            r"(?:can|may|should)\s+(?:adapt|adopt|use|edit)\b",
            3,
        ),
        (r"\beach\s+(?:school|academy|parish\s+council|town\s+council)\s+is\s+its\s+own\s+data\s+controller\b", 3),
        # advice to the professions that use recordings: "Prosecutors should check that any CCTV relied on …" (real-text
        # round 18)
        (
            r"\b(?:prosecutors|investigators|investigating\s+officers|defence\s+(?:solicitors|lawyers))\s+(?:should|must|need\s+to)\b",
            5,
        ),
        # a training course for those who run cameras: "Course: …", "Who it is for: …", "Price £195 plus VAT", "Certificate of
        # attendance" (real-text round 18)
        (r"(?m:^\W*course\s*:)|\bwho\s+(?:it|this\s+course)\s+is\s+for\b", 3),
        (r"\bcertificate\s+of\s+attendance\b|\bcourse\s+(?:fee|dates?|duration)\b", 2),
        # a course for would-be operators, by a college, a council's adult learning service or a trainer: "Duration: 4 days",
        # "Fee: £295", "Level 2 Award for CCTV Operators", "What the course covers", "Book online" (real-text round 115)
        (r"(?m:^\W*(?:duration|fees?|price|next\s+dates?|entry\s+requirements)\s*:)|\bentry\s+requirements\b", 2),
        (
            r"\blevel\s+[1-4]\s+(?:award|certificate)\b|\b(?:\d+|one|two|three|half)[- ]day\s+(?:course|workshop)\b|"
            r"\bwhat\s+(?:the\s+course\s+covers|you\s+will\s+learn)\b|"
            r"\bthe\s+course\s+(?:covers|suits|is\s+for)\b",
            2,
        ),
        (r"\bbook\s+(?:online|your\s+place|a\s+place)\b|\blearners\b|\bcourse\s+book\b", 1),
        # ("Who should attend?", "£175 + VAT per delegate": a workshop for would-be SPOCs, real-text round 115)
        (r"\bwho\s+should\s+attend\b|\bper\s+delegate\b", 2),
        # a publication on how whoever runs cameras should train or work: "This publication gives police services and local
        # authorities a way of planning training for operators" (a Home Office branch's guide, real-text round 115)
        (
            r"\bthis\s+(?:publication|guide|handbook|booklet|note)\s+(?:gives|offers|provides|helps|is\s+for)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:police\s+(?:services|forces)|local\s+authorities|councils|organisations|operators|system\s+owners)\b",
            4,
        ),
        # the local authorities' association speaking for councils in general: "Many councils operate public space CCTV" in the
        # LGA's consultation response (real-text round 116)
        (r"(?-i:\bLGA\b)|\blocal\s+government\s+association\b", 3),
        # a trade paper's feature on what a law asks of councils in general: "what Martyn's Law means for councils … Councils
        # should map their venues, test their procedures and check that their cameras work" (real-text round 116)
        (r"\b(?:what|how)\s+[^\n]{0,60}?\bmeans\s+for\s+(?:councils|local\s+authorities)\b", 3),
        (r"\bcouncils\s+should\s+(?:map|check|review|make\s+sure|consider|ensure|test|plan)\b", 2),
        (r"\bplus\s+vat\b|\+\s*vat\b", 1),
        # a certification body's account of its former scheme: "This page describes the former third-party certification
        # scheme and is kept for reference. … Organisations were encouraged to complete the self-assessment tool first"
        # (real-text round 115)
        (
            r"\bthis\s+page\s+(?:describes|explains)\s+(?:how\s+)?(?:the\s+)?(?:former\s+)?(?:third[- ]party\s+)?certification\s+"
            r"(?:scheme|worked)\b",
            5,
        ),
        (r"\borganisations\s+were\s+(?:encouraged|expected|required|advised)\s+to\b", 2),
        # a national audit body's findings on councils in general: "Most councils in Wales still run public space CCTV", "We
        # recommend that councils, police forces and commissioners agree" (real-text round 18)
        (r"\bwe\s+recommend\s+that\s+(?:all\s+|the\s+)?(?:councils|authorities|local\s+authorities)\b", 2),
        (r"(?-i:\bAudit\s+Wales\b|\bNational\s+Audit\s+Office\b|\bAudit\s+Commission\b|\bWales\s+Audit\s+Office\b)", 2),
        (
            r"\b(?:most|many|several|few|some)\s+councils\s+(?:in\s+[A-Z]\w+\s+)?(?:still\s+)?(?:run|operate|have\s+moved|use)\b",
            2,
        ),
        # a regulator's advice to whoever runs cameras, in the second person: "You must be able to justify why you need
        # surveillance … Consider whether a less intrusive measure … would meet the same aim" (real-text round 17)
        (r"\byou\s+must\s+be\s+able\s+to\s+(?:justify|show|demonstrate)\b", 2),
        # a partnership's briefing to its districts: "published by the [county] Community Safety Partnership for its member
        # districts. Districts that run public space cameras should publish their own code" (held-back web 97's Kent)
        (r"\bpublished\s+by\s+the\s+[\w' ]{0,60}?partnership\s+for\s+its\s+member\b", 3),
        (r"\bdistricts\s+that\s+(?:run|operate|have)\b[^.\n]{0,80}?\bshould\b", 2),
        (
            r"\bconsider\s+whether\s+(?:a\s+)?less\s+intrusive\b|\bbefore\s+you\s+install\b|\bhow\s+to\s+contact\s+you\b",
            2,
        ),
        # the Welsh Government's voice to every council: "Dylai pob cyngor yng Nghymru …" (every council in Wales should;
        # real-text round 10)
        (r"\bdylai\s+pob\s+(?:cyngor|awdurdod)\b|\bpob\s+(?:cyngor|awdurdod\s+lleol)\s+yng\s+nghymru\b", 2),
        (
            r"\b(?:district|borough|parish|town)\s+(?:and\s+\w+\s+)?councils\s+that\s+(?:run|operate|have)\b[^.\n]{0,80}?"
            r"\bshould\b",
            2,
        ),
        # a county's note for the councils that do run cameras: "This note, written for the district councils and town
        # councils in the county, lists what a written agreement with the police should cover"; "It is guidance only.
        # Each camera owner makes its own agreement"; "A parish council that installs cameras is the data controller and
        # must follow the code" (held-back webs 43 and 45: Gloucestershire, Leicestershire)
        (
            r"\bwritten\s+for\s+(?:the\s+)?(?:district|borough|parish|town|city|partner)\s+(?:(?:and|or)\s+\w+\s+)?councils\b|"
            # "This note was prepared for the Humber community safety partnerships" (held-back web 49's North Lincolnshire)
            r"\b(?:note|guidance|guide|advice)\s+(?:was|is|has\s+been)\s+(?:written|prepared|produced)\s+for\s+(?:the\s+)?"
            r"(?:[\w-]+\s+){0,3}?(?:councils|partnerships|authorities|partners|schemes|operators)\b|"
            r"\beach\s+(?:council|scheme|partner|authority)\s+(?:decides|chooses|makes\s+its\s+own)\b|"
            # "For district and borough partners: a short guide to drawing up a service level agreement … it is not an
            # agreement and binds nobody" (held-back web 47's West Sussex)
            r"(?m:^\W*for\s+(?:(?:district|borough|parish|town|city|community\s+safety)\s+(?:and\s+\w+\s+)?)?partners\s*:)|"
            r"\b(?:it|this)\s+is\s+(?:guidance|advice)\s+only\b|\beach\s+(?:camera\s+owner|scheme|operator|council)\s+"
            r"(?:makes|signs|agrees|needs)\s+its\s+own\s+agreement\b",
            2,
        ),
        (
            r"\b(?:a|any|each)\s+(?:parish|town|community|district|borough)\s+council\s+(?:that|which)\s+(?:installs|runs|operates|"
            r"puts\s+up|has|wants)\b[^.\n]{0,80}?\b(?:must|should|needs\s+to|is\s+the\s+data\s+controller)\b|"
            r"\b(?:lists?|suggests?|sets\s+out|describes)\s+what\s+(?:a|an|the|your|each)\s+(?:council(?:'s|’s)\s+)?"
            r"(?:[\w-]+\s+){0,3}?(?:agreement|protocol|policy)\b[^.\n]{0,60}?\bshould\s+(?:cover|include|say)\b",
            2,
        ),
        # a national framework's own explainer: "This framework is for police forces and local authority CCTV owners who are
        # drawing up … an agreement. It does not need to be signed" (real-text round 33)
        (
            r"\bthis\s+(?:framework|template|model\s+agreement|toolkit)\s+is\s+(?:for|meant\s+for|written\s+for)\b|"
            r"\b(?:local\s+authority|council)\s+cctv\s+owners\b|\bdoes\s+not\s+need\s+to\s+be\s+signed\b",
            2,
        ),
        (
            r"\b(?:guide|checklist|note)\s+to\s+(?:drawing\s+up|developing|writing|preparing)\b|"
            r"\bit\s+is\s+not\s+(?:itself\s+)?an?\s+agreement\b|\bbinds\s+(?:nobody|no\s+(?:council|one|body|party|force))\b|"
            r"\buse\s+it\s+as\s+a\s+checklist\b",
            2,
        ),
        # "Written by the [county] community safety officers' group for councils that run … cameras"; "Each council has to
        # agree and sign its own arrangement with the force" (held-back web 56's Wealden)
        (
            r"\bwritten\s+by\b[^.\n]{0,80}?\bfor\s+(?:the\s+)?councils\s+(?:that|which|who)\b|"
            r"\beach\s+(?:council|scheme|operator)\s+(?:has\s+to|must|needs\s+to|should)\s+(?:agree|sign|make|draw\s+up)\b",
            2,
        ),
        (_TO_OPERATORS, 2),
        (_YOU_OPERATE, 2),
        (
            r"\byou\s+(?:should|must|need\s+to|will\s+need\s+to)\s+(?:also\s+)?(?:carry\s+out|put\s+up|display|register|"
            r"have\s+a\s+(?:procedure|clear|policy|lawful)|keep\s+recordings|be\s+clear|complete\s+a|let\s+people|tell\s+people|"
            r"position|document|identify\s+(?:a|your)\s+lawful|consider\s+whether)\b",
            2,
        ),
        (r"\byour\s+(?:organisation|surveillance\s+(?:camera\s+)?system|lawful\s+basis|processing)\b", 1),
        (r"\bUK\s+GDPR\b|\barticle\s+(?:5|6|9|35)\b", 1),
        # the regulator's own voice: "the commissioner has developed", "my certification scheme", "I launched"
        (
            r"\bcommissioner\s+(?:has|have)\s+(?:developed|produced|published|launched|issued)\b|"
            r"\bmy\s+(?:certification\s+(?:scheme|mark)|scheme|role|office|code)\b|\bI\s+(?:launched|published|recently)\b",
            2,
        ),
        # a tool or template handed to the reader: "this tool will help you", "the template we've provided"
        (
            r"\b(?:this|the)\s+(?:advice|guidance|template|tool|self[- ]assessment\s+tool)\s+(?:is\s+intended\s+for|"
            r"will\s+help\s+you|should\s+support\s+you|we(?:'|’)?ve\s+provided|helps?\s+you)|"
            r"\b(?:find\s+out|identify)\s+if\s+you(?:'re|’re|\s+are|\s+do)\b|"
            r"\brelevant\s+authorities\s+(?:in\s+England\s+and\s+Wales\s+)?(?:are\s+required|must|should)\b",
            2,
        ),
        (r"\bwe\s+encourage\s+you\b|\bplease\s+let\s+us\s+know\s+if\s+you\b", 1),
        # a national page's own frame: "Who this is for: local authorities, although any organisation …", "Who is it for?
        # Councils that own public space CCTV and the police forces that use it" (a framework agreement's page and central
        # guidance on setting up a SPOC, real-text rounds 118 and 119), and its dates "First published … Last updated …"
        (
            r"\bwho\s+(?:is\s+it|this\s+is|this\s+(?:guidance|page|framework)\s+is)\s+for\b\s*[?:]?\s*(?:[\w-]+\s+){0,2}?"
            r"(?:councils|local\s+authorities|organisations|relevant\s+authorities)\b",
            4,
        ),
        (r"\bfirst\s+published\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:19|20)\d\d\b[^\n]{0,20}?\blast\s+updated\b", 1.5),
        (r"\beach\s+council\s+and\s+(?:police\s+)?force\s+(?:is|are)\s+expected\s+to\b", 2),
        # the tool itself, blank: its fields empty ("Organisation name: [ ]") and its answers unticked ("☐ Yes ☐ No"),
        # a fillable form's text layer (real-text round 112); a council's completed copy has its boxes ticked
        (r"☐\s*yes\s*☐\s*no\b", 2),
        (r":\s*\[\s*\]", 2),
        # a crime-prevention explainer to partners at large, English or Welsh: "Partners should ask: …", "Many partnerships
        # now use …", "Research suggests they work best in car parks" (a Welsh safer communities page naming no council,
        # real-text round 57)
        (
            r"\b(?:partners|councils|schemes|operators|organisations)\s+should\s+(?:first\s+)?(?:ask|consider)\b|"
            r"\bdylai\s+(?:partneriaid|cynghorau|sefydliadau|gweithredwyr)\s+(?:ofyn|ystyried)\b",
            3,
        ),
        (
            r"\b(?:many|most)\s+partnerships\s+(?:now\s+)?(?:use|run)\b|\bmae\s+llawer\s+o\s+bartneriaethau\b|"
            r"\bresearch\s+suggests\b|\bmae\s+ymchwil\s+yn\s+awgrymu\b",
            1.5,
        ),
        # a reader who is any operator: "any organisation running cameras", "camera operators", "for local
        # authority CCTV owners and police forces", "written for the relevant authorities"
        (
            r"\b(?:any|each|every)\s+(?:organisation|operator|relevant\s+authority|council\s+and\s+(?:police\s+)?force)\b|"
            r"\bcamera\s+operators\b|\b(?:councils|local\s+authorities|(?:cctv|camera)\s+owners)\s+and\s+(?:police\s+)?forces\b|"
            r"\bwritten\s+for\s+(?:the\s+)?(?:relevant|local)\s+authorities\b|\banyone\s+else\s+may\s+use\b",
            2,
        ),
        (
            r"\bcan\s+use\s+this\s+(?:scheme|tool|guidance|framework)\b|\bthis\s+(?:revised\s+|new\s+|updated\s+)?"
            r"(?:framework|advice|guidance)\b(?:,[^.\n]{0,60}?,)?\s+(?:is\s+for|is\s+written\s+for|has\s+been\s+produced|was\s+prepared)\b|"
            r"\bto\s+help\s+(?:each|every|all)\s+(?:councils?|authorit\w+|organisations?)\b",
            2,
        ),
        # the regulator's office written of in the third person, urging every authority: "the Commissioner
        # continued to encourage authorities", "most relevant authorities have a lead", "police forces and
        # local authorities", "a local authority needs a SPOC", "each scheme manager"
        (
            r"\bthe\s+commissioner\s+(?:continued\s+to|continues\s+to|encourag\w+|urg\w+|recommend\w+)\b|"
            r"\b(?:most|many|fewer|few)\s+(?:relevant\s+|local\s+)?(?:authorities|councils)\s+(?:have|know|publish|do)\b",
            2,
        ),
        (
            r"\bpolice\s+forces\s+and\s+(?:relevant\s+|local\s+)?authorities\b|"
            r"\b(?:a|each|every)\s+(?:relevant\s+|local\s+)?(?:authority|council)\s+(?:needs|should|must)\b|"
            # "Some councils give the role to the CCTV manager, others to information governance" (round 29)
            r"\bsome\s+councils\s+(?:give|put|leave|hand)\b[^.\n]{0,60}?\bothers\b|"
            r"\b(?:each|every)\s+scheme(?:\s+manager)?\s+(?:must|should|keeps|has)\b",
            2,
        ),
        # a template for everyone: "adapted to local circumstances", "what a local agreement would include",
        # "this guidance explains the role"
        (
            r"\badapted\s+to\s+local\s+(?:circumstances|needs)\b|\ba\s+local\s+agreement\s+(?:would|should|could|may)\b|"
            r"\bthis\s+(?:guidance|advice)\s+(?:explains|sets\s+out|describes)\b",
            2,
        ),
        # who wrote it for everyone: "the Commissioner and the ICO produced this advice", "for anyone who wants to"
        (
            r"\b(?:produced|published|issued|prepared)\s+this\s+(?:advice|guidance)\b|"
            r"\bfor\s+anyone\s+who\s+(?:wants|wishes|needs)\s+to\b",
            2,
        ),
        (r"\bthe\s+commissioner(?:'s|’s)\s+(?:third[- ]party\s+)?certification\s+scheme\b", 1),
        # the closed scheme's notice to its former members
        (
            r"\b(?:former\s+)?certificate\s+holders\s+(?:are|were|should|must)\b|\bclosed\s+to\s+new\s+applicants\b",
            2,
        ),
        # a central government publication's own furniture: its kind on a line of its own ("Research and analysis",
        # "Speech"), "Applies to England and Wales", "This was published under the 2015 to 2016 … government"; and the
        # regulator writing to every force or speaking at a conference (real-text rounds 15-16)
        (
            r"(?m:^\s*(?:research\s+and\s+analysis|speech|policy\s+paper|corporate\s+report|independent\s+report|"
            r"statutory\s+guidance|consultation\s+outcome|official\s+statistics|transparency\s+data)\s*$)|"
            r"(?m:^\s*applies\s+to\s+england(?:\s+and\s+wales)?\s*$)|\bthis\s+was\s+published\s+under\s+the\s+\d{4}\s+to\s+\d{4}\b|"
            r"\b(?:annual\s+)?report\b[^.\n]{0,60}\bhas\s+been\s+laid\s+(?:before|in)\s+parliament\b",
            3,
        ),
        (
            r"\b(?:all|each\s+of\s+the)\s+43\s+(?:geographical\s+|territorial\s+)?police\s+forces\b|"
            r"\b(?:speech|keynote)\s+(?:at|to)\s+(?:the\s+)?\d{4}\b|\bmany\s+thanks\s+to\s+[\w ]{2,40}\s+for\s+(?:asking|inviting)\s+me\b",
            2,
        ),
        # Welsh guidance to every authority: "dylai pob awdurdod", "argymhellir bod", "awdurdodau perthnasol"
        (r"\b(?:dylai|rhaid\s+i)\s+bob\s+awdurdod\b|\bpob\s+awdurdod\b|\bargymhellir\s+bod\b", 2),
        (r"\bawdurdodau\s+(?:lleol\s+)?perthnasol\b|\bcanllawiau\s+i\s+(?:awdurdodau|sefydliadau)\b", 1.5),
        # the duty put on every operator: the organisations bound to have regard to the code
        (
            r"\b(?:organisations|relevant\s+authorities|operators)\b[^.\n]{0,60}\b(?:must|should|are\s+required\s+to)\s+"
            r"have\s+(?:due\s+)?regard\b|\bencourag\w+\s+relevant\s+authorities\b",
            1,
        ),
    ),
    r(f"{_TO_OPERATORS}|{_YOU_OPERATE}"),
)

"""Whose certificate a claim on the council's page reports: the council's, or a partner's.

Councils whose cameras are watched in another council's room, a regional hub or a partnership's centre often report that
room's certificate beside their own camera facts ("[Neighbour]'s control room holds full certification"). Such a claim is
how the council's cameras are run (`code_compliance`), not a certificate of the council's own (5.2). Split from page.py,
which reads the claims; this module only decides their holder.
"""

from __future__ import annotations

import re

from .context import COUNCIL_NAME, AuthorityContext, is_same_council, short_council_name

__all__ = ["PLACES_ROOM", "held_by_partner"]


# A place named in the possessive, its name as group 1 ("Runnymede's …", "Medway's …"): whose room or service the words after
# it name is decided by each pattern below.
_PLACES = r"(?-i:\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}))(?:'s|’s)\s+"
PLACES_ROOM = re.compile(
    _PLACES + r"(?:cctv\s+)?(?:control\s+(?:room|centre|center)|monitoring\s+(?:centre|center|unit)|"
    r"camera\s+(?:scheme|service)|cctv\s+(?:scheme|service|team))\b",
    re.I,
)


# the claim itself says whose the certificate is, and that it is not the council's: "[Neighbour]'s own CCTV system completed
# step 2 certification in 2018; that certificate covers the borough council's system, not [ours]" (held-back web 145's
# Breckland)
# The holder named after the award: "The hub was awarded full certification … The certificate is held by [Neighbour]
# Council as the hub's operator" (held-back web 205's Burnley); "that certificate is [Neighbour] County Borough Council's"
# (web 207's Flintshire)
_HELD_BY_NAMED = re.compile(
    r"\b(?:certificate|certification)\s+is\s+(?:held\s+by\s+)?(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?:with|and|upon|on|in)?\s*"
    r"(?-i:[A-Z])[\w'’-]+){0,5}?)\s+(?:(?:Borough|District|City|County|Metropolitan|County\s+Borough)\s+)?(?-i:Council)(?:'s|’s)?\b",
    re.I,
)
# The holder or runner a claim names (context.COUNCIL_NAME)
_A_COUNCIL = rf"(?P<name>{COUNCIL_NAME})"
# A certificate's own holder line naming another council: "Awarded to: [Neighbour] District Council, CCTV monitoring suite,
# [its town]" (a neighbour's hub certificate linked from the council's sidebar, held-back web 211's Worcester)
_AWARDED_TO_NAMED = re.compile(rf"\b(?:awarded|issued|granted)\s+to\s*:?\s*(?:the\s+)?{_A_COUNCIL}\b", re.I)
# ... or the certificate's own words naming it: "This is to certify that [Neighbour] Borough Council - [its] CCTV Control
# Centre has been assessed and complies …", a neighbour's certificate linked from the council's page (held-back web 230's
# Elmbridge)
_CERTIFIES_NAMED = re.compile(
    rf"(?:\bthis\s+(?:is\s+to\s+)?certif(?:y|ies)\s+that\s+|"
    # ... or its title line naming its holder: "Certificate of Compliance - Surveillance Camera Code of Practice [Neighbour]
    # Borough Council - [its town] public space CCTV scheme", a neighbour's certificate filed on the council's site (held-back
    # web 236's Woking)
    rf"\bcertificate\s+of\s+compliance\s*[-–:]?\s*(?:the\s+)?surveillance\s+camera\s+code\s+of\s+practice\s*[-–:]?\s*"
    rf"(?:awarded\s+to\s+)?)(?:the\s+)?{_A_COUNCIL}",
    re.I,
)
_NOT_OURS_CERTIFICATE = re.compile(
    # another body's word for its own room: "The [county] CCTV Partnership, hosted in [a neighbour's town], says its control
    # room has been certified against the Surveillance Camera Code" (a council's news item, held-back web 223's Hertsmere)
    r"(?<!council\s)(?<!we\s)\bsays\s+(?:that\s+)?its\s+(?:[\w-]+\s+){0,2}?(?:control\s+room|centre|center|hub)\s+"
    r"(?:has\s+been|had\s+been|was|is)\s+(?:\w+\s+)?(?:certified|accredited)\b|"
    # ("[Town] Town Council tells us its control room holds the … certificate; that certificate is the town council's, not
    # ours", held-back web 205's Wiltshire)
    r"\bcertificate\s+is\s+[^.;\n]{0,60}?(?:'s|’s),?\s+not\s+(?:ours|the\s+council(?:'s|’s)|this\s+council(?:'s|’s))|"
    # ("That certificate was Rugby First's and does not pass to the council", the company that ran the room before the
    # council took it back, held-back web 244's Rugby)
    # ("that certificate belongs to Guildford and does not extend to Waverley as system owner", a district's page on the
    # neighbour that monitors its cameras, real-text round 90)
    r"\bcertificate\s+belongs\s+to\s+(?-i:[A-Z])[^.;\n]{0,60}?\b(?:and|but)\s+(?:does|did|will)\s+not\s+(?:extend|pass|apply)\s+to\b|"
    # the centre that watches the council's cameras holding a certificate of its own: "The cameras are monitored at [a
    # neighbour's] Control Centre. The centre holds its own certificate of compliance …" (an operational policy, held-back
    # web 351's Maidstone)
    r"\b(?:centre|center|room|hub|suite)\s+(?:holds|has|held|had)\s+its\s+own\s+(?:[\w-]+\s+){0,2}?(?:certificate|certification)\b|"
    # ... or the holder set against the council: "that certificate is held by Blackburn with Darwen as the hub operator, not by
    # [us]" (a borough's CCTV page, real-text round 100)
    r"\bcertificate\s+is\s+held\s+by\s+[^.;\n]{2,80}?,?\s+not\s+by\b|"
    r"\bcertificate\s+(?:is|was)\s+[^.;\n]{0,60}?(?:'s|’s)\b[^.\n]{0,40}?\b(?:does|did|will)\s+not\s+(?:pass|transfer|carry\s+over|"
    r"belong)\s+to\s+(?:the\s+council|us|this\s+council)\b|"
    r"\bcertificat(?:e|ion)\s+covers\s+[^.\n]{0,60}?,?\s+not\s+(?:our|the\s+council(?:'s|’s)|[A-Z][\w'’-]+(?:'s|’s))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:cameras|systems?)\b|"
    # the predecessors' certificates, ended with them: "The certificates some of the former district councils held under
    # the … scheme ended when [the unitary] was formed and were not carried over" (held-back web 168's Buckinghamshire)
    r"\bcertificates?\s+(?:(?:some|all|each|one)\s+of\s+)?(?:the\s+)?former\s+(?:[\w-]+\s+){0,2}?councils?\s+(?:had\s+)?held\b|"
    # the holder named and the council excluded: "the certificate is held by [Neighbour] District Council and does not cover
    # this council" (a policy on a shared control room, held-back web 192's Rushcliffe)
    r"\b(?:certificate|certification)\b[^.\n]{0,100}?\bdoes\s+not\s+(?:cover|extend\s+to|apply\s+to)\s+(?:this\s+council|the\s+council|"
    r"us|our\s+(?:own\s+)?(?:cameras|system|scheme))\b|"
    # a partner's centre certified "in its own name" in a list of what the partnership gives the council: "a control centre
    # built to BS 7958, which holds full certification against the Surveillance Camera Code in its own name" (held-back web
    # 250's Tamworth, monitored by a combined authority's centre)
    r"\b(?:centre|center|room|hub|partnership|company)\b[^.\n]{0,80}?\b(?:holds?|has|held)\s+(?:full\s+)?(?:[\w()-]+\s+){0,3}?"
    r"(?:certification|certificate|accreditation)\b[^.\n]{0,80}?\bin\s+its\s+own\s+name\b|"
    # ... or "for its own system", the council having joined it: "In July 2023 we joined [a neighbour]'s control room, which
    # held the … full certification for its own system until the scheme closed" (held-back web 265's Blaenau Gwent)
    # ("[Neighbour]'s control centre holds the … certification mark for its own operation", a borough's CCTV service page,
    # held-back web 269's Westminster)
    r"\b(?:centre|center|room|hub|partnership|company|service)\b,?\s+(?:which\s+)?(?:holds|held|has\s+held|had)\b[^.\n]{0,100}?"
    r"\bfor\s+its\s+own\s+(?:system|cameras|scheme|network|operation)\b|"
    # a combined authority's or a partnership's room, by "its": "… watched from the West Midlands Combined Authority's control room
    # … The combined authority's operators are licensed by the Security Industry Authority, and its control room holds
    # certification under the Surveillance Camera Commissioner's scheme" (held-back web 410's East Staffordshire)
    r"\b(?:combined\s+authority|partnership|shared\s+service)(?:'s|’s)\s[^.\n]{0,120}?\bits\s+(?:cctv\s+)?(?:control|monitoring)\s+"
    r"(?:room|centre|center|hub)\s+(?:holds|has\s+held|held|was\s+awarded|has\s+been\s+awarded)\b|"
    # the holder set against the council in a cleft: "it is the force, not the council, that holds certification for it" (a
    # unitary's page on the police room that watches its cameras, real-text round 84)
    r"\bit\s+is\s+(?:the\s+)?[\w'’ -]{2,40}?,\s+not\s+(?:the\s+council|us|this\s+council|[\w'’ -]{2,40}?\s+council),\s+"
    r"(?:that|which|who)\s+(?:holds?|has|held|owns?)\b",
    re.I,
)
# The room of the hub or centre the council's cameras are watched from, under an arrangement with another council named
# on the page: "Members heard that the hub's control room held step 2 certification" beside "a service level agreement
# with [a neighbouring] Borough Council … at the [regional] CCTV hub" (held-back web 168's Preston)
_THE_HUBS_ROOM = re.compile(
    r"\bthe\s+(?:hub|centre|partnership|host(?:\s+council)?)(?:'s|’s)\s+(?:cctv\s+)?(?:control\s+room|monitoring\s+(?:centre|room|suite))\b",
    re.I,
)
# ... or the hub itself, the page saying another council runs it: "The hub … is run by [Neighbour] Borough Council and
# watches cameras for councils across [the county]. The hub was awarded full certification" (a hub's leaflet on a partner
# council's site, held-back web 208's Pendle)
_THE_HUB_HOLDS = re.compile(
    r"\bthe\s+(?:hub|partnership|(?:(?:hub|partnership)(?:'s|’s)\s+)?(?:control|monitoring)\s+(?:room|centre|center))\s+(?:was\s+awarded|has\s+been\s+awarded|holds|has\s+held|"
    r"achieved|gained|was\s+certified|has\s+been\s+certified)\b|"
    # ... or a room the claim leaves unnamed: "our cameras have been monitored by a control centre that holds the
    # Commissioner's full certification, run for us by [Neighbour] Borough Council" (an annual report, held-back web 371's
    # Rushmoor)
    r"\ba\s+(?:cctv\s+)?(?:control|monitoring)\s+(?:room|centre|center|hub)\s+(?:that|which)\s+(?:holds|has\s+held|was\s+awarded|"
    r"has\s+been\s+awarded)\b",
    re.I,
)
# ("The [Neighbour] hub holds full certification", held-back web 221's Melton)
# (a four-word council's room: "Caerphilly County Borough Council's control room holds full certification", held-back web 353's
# Blaenau Gwent)
_NAMED_ROOM = re.compile(
    r"(?-i:\b((?:[A-Z][\w'’-]+\s+){1,4}))(?:cctv\s+)?(?:(?:control|monitoring)\s+(?:room|centre|center|hub)|hub)\b",
    re.I,
)
# ... beside the room placed at that council: "watched … from the monitoring hub at [Neighbour] District Council, which
# monitors them on the borough council's behalf" (held-back web 221's Melton)
_ROOM_AT_COUNCIL = re.compile(
    rf"\b(?:hub|(?:control|monitoring)\s+(?:room|centre|center|suite))\s+(?:at|of)\s+(?:the\s+)?{_A_COUNCIL}", re.I
)
# ... or by its bare place name with the year: "awarded to [Neighbour] in 2021"
_AWARDED_TO_PLACE = re.compile(r"\bawarded\s+to\s+(?-i:([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))\s+in\s+(?:19|20)\d\d\b", re.I)
# A place's system in the possessive opening the claim: "Boston's public space system was awarded full (step 2) certification"
# (held-back web 338's East Lindsey), read as another council's where the page names that place's principal council
_PLACES_SYSTEM = re.compile(
    r"^\W*(?-i:([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:system|cameras|scheme|cctv|network)\b",
    re.I,
)
_COUNCIL_MONITORS = re.compile(
    r"(?P<name>(?-i:(?:[A-Z][\w'’-]+\s+){1,3}(?:(?:City|Borough|District|County)\s+)?Council))\s+(?:(?:has|have)\s+)?"
    r"(?:provides|provided|runs|does|carries\s+out|monitors|monitored|watches|watched)\s+(?:the\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:monitoring|cameras)\b",
    re.I,
)
# ... or the room named as that council's: "The cameras are watched from the City of Lincoln Council's control room" beside
# the room's mark "[City] Council CCTV control room: … certified, step 2" (held-back web 182's North Kesteven); a report
# "Prepared by [Neighbour] Borough Council's CCTV manager" for its partner councils, titled "[Neighbour] Borough Council CCTV
# Control Room" (web 182's South Holland)
_COUNCILS_ROOM = re.compile(
    r"(?P<name>(?-i:(?:[A-Z][\w'’-]+\s+(?:of\s+)?){1,4}(?:(?:City|Borough|District|County)\s+)?Council))(?:'s|’s)?\s+"
    r"(?:cctv\s+)?(?:control|monitoring)\s+(?:room|centre|center|hub)\b",
    re.I,
)
# ... or the room said to be run by that council: "the Safer [Neighbour] Control Centre in [a town], run by [Neighbour] Borough
# Council, which monitors them on our behalf" beside the room's mark (held-back web 192's Rushmoor)
# ("CCTV data is also processed by the Borough Council of King's Lynn and West Norfolk …; the cameras are watched from
# King's Lynn's control room, which holds full certification", a privacy notice, held-back web 227's Breckland)
_RUN_BY_COUNCIL = re.compile(
    rf"(?:\b(?:run|operated|managed|staffed|processed|monitored|watched)\s+(?:for\s+us\s+|on\s+our\s+behalf\s+)?by\s+(?:the\s+)?|"
    # ("… the Pennine CCTV Hub at [a hall in a town], which Blackburn with Darwen Borough Council runs for its member councils",
    # held-back web 244's Rossendale)
    rf"\b(?:which|that)\s+(?:the\s+)?(?={COUNCIL_NAME}\s+(?:runs|operates|manages|staffs)\b)){_A_COUNCIL}(?![\w'’])",
    re.I,
)
# ... the room itself named by who runs it: "The control room run by [Neighbour] District Council holds …"
_ROOM_RUN_BY = re.compile(
    # (or with its place between: "The control room in Huntingdon, which is run by Huntingdonshire District Council, was
    # awarded …", held-back web 283's Cambridge)
    rf"\b(?:room|hub|centre|center|suite)\s+(?:(?:in|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+(?:which|that)\s+is\s+)?"
    rf"(?:run|operated|managed|staffed)\s+by\s+(?:the\s+)?{_A_COUNCIL}(?![\w'’])",
    re.I,
)
# ... or the award made in that council's name: "The hub's control room was awarded step 2 certification in Blackburn with
# Darwen's name" (held-back web 244's Rossendale)
_IN_NAME = re.compile(
    r"\bin\s+(?P<name>(?-i:[A-Z][\w'’-]+(?:\s+(?:with\s+|and\s+|upon\s+|on\s+)?[A-Z][\w'’-]+){0,4}))(?:'s|’s)\s+name\b",
    re.I,
)
_ANY_NAMED_COUNCIL = re.compile(
    r"(?P<name>(?-i:(?:[A-Z][\w'’-]+\s+(?:of\s+)?){1,4}(?:(?:City|Borough|District|County)\s+)?Council))\b"
)
_ARRANGED_WITH_NAMED = re.compile(
    r"\b(?:agreement|arrangement|contract|partnership)\s+with\s+(?:the\s+)?"
    r"(?P<name>(?-i:(?:[A-Z][\w'’-]+\s+(?:with\s+|and\s+)?){1,4}(?:(?:City|Borough|District|County)\s+)?Council))",
    re.I,
)


# ... or by its place alone, set off by commas: "The Shared Resource Service control room, run by Torfaen, holds full
# certification against the Surveillance Camera Code of Practice" (held-back web 410's Monmouthshire, watched in that room)
_ROOM_RUN_BY_PLACE = re.compile(
    r"\b(?:room|hub|centre|center|suite|service),\s+(?:run|operated|managed|hosted)\s+by\s+"
    r"(?P<name>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})),\s+(?:holds|has\s+held|held|was\s+awarded|has\s+been\s+awarded)\b",
    re.I,
)
_NAMED_HOLDS_ITS_OWN = re.compile(
    # (or its service, with a clause between: "[Partner] City Council's CCTV service, which hosts the control room, has held
    # the … full step 2 certification for its own system since 2017", a shared service's annual report, held-back web 254's
    # Fenland)
    r"(?P<name>(?-i:(?:[A-Z][\w'’-]+[\s-]+){1,4}(?:(?:City|Borough|District|County)\s+)?Council))"
    r"(?:(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:service|team|partnership|control\s+room|centre))?(?:,[^,.\n]{0,80},)?\s+"
    r"(?:holds|has\s+held|has|held|had|gained|achieved|was\s+awarded)\b[^.\n]{0,80}?\bfor\s+its\s+own\b|"
    # ("[Partner] City Council holds its own step 2 certification for the control room's cameras in [its city]", held-back
    # web 171's Fenland)
    r"(?P<owner>(?-i:(?:[A-Z][\w'’-]+[\s-]+){1,4}(?:(?:City|Borough|District|County)\s+)?Council))\s+(?:holds|has|held|had)\s+"
    r"its\s+own\s+(?:[\w-]+\s+){0,3}?(?:certification|certificate)\b|"
    # ("[Neighbour] Borough Council's own town centre system, watched from the same centre, holds full certification", the
    # page of a council whose cameras that neighbour's centre watches: held-back web 380's Hart)
    r"(?P<system>(?-i:(?:[A-Z][\w'’-]+[\s-]+){1,4}(?:(?:City|Borough|District|County)\s+)?Council))(?:'s|’s)\s+own\s+"
    r"(?:[\w-]+\s+){0,4}?(?:system|scheme|cameras|network)(?:,[^,.\n]{0,80},)?\s+(?:holds|has\s+held|has|held|had|gained|"
    r"achieved|was\s+awarded)\b[^.\n]{0,80}?\bcertific",
    re.I,
)


# The holder named in the claim as another body, then "which holds" the certificate: "The control room in [a town] is run by
# [a neighbouring council], which holds the Surveillance Camera Commissioner's certificate of compliance for it" (held-back
# web 190's Monmouthshire)
_NAMED_WHICH_HOLDS = re.compile(
    # ("The hub is run by Blackburn with Darwen Borough Council, which holds full certification …", held-back web 241's Pendle)
    rf"\b(?:by|to)\s+(?:the\s+)?(?P<name>{COUNCIL_NAME}|(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,4}})),?\s+"
    r"(?:which|whose\s+[^,.\n]{0,60}?)\s+"
    # ("move CCTV monitoring from [one neighbour] to [another], whose Safer [X] control centre holds the … certification", a
    # council's news, held-back web 195's Surrey Heath)
    r"(?:holds|has|held|had|was\s+awarded|has\s+been\s+awarded|gained|achieved)\b[^.\n]{0,80}?\bcertific",
    re.I,
)
# ... or the council named as the sentence's subject, what it runs said between commas: "[Neighbour] Borough Council, which runs
# the hub, holds full certification for the hub's operation …" on the council's own CCTV page (held-back web 420's Burnley)
_NAMED_SUBJECT_HOLDS = re.compile(
    rf"^\W*(?:the\s+)?(?P<name>{COUNCIL_NAME}),\s+(?:which|who|whose)\s+[^,.\n]{{0,80}},\s+"
    r"(?:holds|has|held|had|was\s+awarded|has\s+been\s+awarded|gained|achieved)\b[^.\n]{0,80}?\bcertific",
    re.I,
)
# A mark whose own words name another council's room as its holder: "[Neighbour] Borough Council CCTV control room -
# Surveillance Camera Code of Practice certification mark, step 2", one partner's logo among a partnership's (held-back web
# 191's Guildford)
_MARK_OF_NAMED_COUNCIL = re.compile(
    r"^\W*(?P<name>(?-i:(?:[A-Z][\w'’-]+\s+(?:of\s+)?){1,4}(?:(?:City|Borough|District|County)\s+)?Council))(?:'s|’s)?\s+"
    r"(?:cctv\s+)?(?:control|monitoring)\s+(?:room|centre|center|hub)\s*[-–:|]",
    re.I,
)


# A partner's statement quoted on the council's page, its "our" the partner's: a blockquote "Our control centre has held
# full step 2 certification …" captioned "Statement supplied by [Neighbour] City Council" (held-back web 196's Castle Point)
_STATEMENT_BY_NAMED = re.compile(
    r"(?:^|[.!?\"”’]\s+|\n\s*)\W{0,3}(?:statement|quote|quotation|text|words|information)\s+(?:supplied|provided|given|written|sent)\s+by\s+"
    r"(?:the\s+)?(?P<name>(?-i:(?:[A-Z][\w'’-]+\s+(?:of\s+|on\s+|upon\s+)?){1,5}(?:(?:City|Borough|District|County)\s+)?"
    r"Council))\b",
    re.I,
)


# ... or a line crediting the sentence above to its source: "The hub holds full certification (step 2) …" over "Source: [a
# shared] CCTV hub, [Neighbour] Borough Council" on a page gathering what others said of the town cameras (held-back web 389's
# Pendle)
_SOURCE_NAMED = re.compile(
    r"\n\W{0,3}source\s*:\s*(?:[^,\n]{0,60},\s*)?(?:the\s+)?(?P<name>(?-i:(?:[A-Z][\w'’-]+\s+(?:(?:of|on|upon|with)\s+)?){1,5}"
    r"(?:(?:City|Borough|District|County)\s+)?Council))\b",
    re.I,
)


def _quoted_from_named(quote: str, text: str, ctx: AuthorityContext) -> bool:
    at = text.find(quote)
    if at < 0:
        return False
    # (the claim's sentence may go on, or its paragraph hold another, before the caption)
    after = text[at + len(quote) - 1 : at + len(quote) + 240]
    m = _STATEMENT_BY_NAMED.search(after)
    if m is None:
        line_end = after.find("\n")
        m = _SOURCE_NAMED.match(after, line_end) if line_end >= 0 else None
    return bool(m and is_same_council(m.group("name"), ctx.short_name) is False)


# ... or the certificate named as a council's in the possessive: "Control centre certification: Safer [Neighbour], step 2
# ([Neighbour] Borough Council's certificate)" in a CCTV page's facts (held-back web 258's Rushmoor)
_COUNCILS_CERTIFICATE = re.compile(
    rf"{_A_COUNCIL}(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}?(?:certificate|certification)\b", re.I
)


# A room in a place's possessive ("Medway's control centre was awarded step 2 certification") where the page lists that place
# among councils ("the CCTV partnership with Medway, Maidstone and Gravesham councils"): that council's room, not the audited
# council's (an archived page on Swale's site, held-back web 265). A town of the council's own is never listed or named so.
_POSSESSIVE_ROOM = re.compile(
    _PLACES + r"(?:cctv\s+)?(?:(?:control|monitoring)\s+(?:room|centre|center|hub)|hub)\b",
    re.I,
)


def _possessive_room_of_listed_council(quote: str, text: str, ctx: AuthorityContext) -> bool:
    for m in _POSSESSIVE_ROOM.finditer(quote):
        place = m.group(1)
        if is_same_council(f"{place} Council", ctx.short_name) is not False:
            continue
        listed = (
            rf"\b{re.escape(place)}(?:,?\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]+){{0,4}}\s+(?:and\s+[\w'’-]+\s+)?councils\b"
        )
        # (or named as a council anywhere on the page: "monitoring … by Harborough District Council's CCTV hub on our behalf",
        # then "Harborough's hub holds full certification", held-back web 269's Melton)
        named = rf"\b{re.escape(place)}\s+(?:(?:District|Borough|City|County)\s+)?Council\b"
        if re.search(listed, text) or re.search(named, text):
            return True
    return False


_BARE_PLACE_HOLDS = re.compile(
    r"(?:^|[.:;|]\s*)(?-i:(?!(?:The|This|It|Our|We|Each|Every|Its|Their|Which|That|CCTV|Council|Step)\b)([A-Z][a-z][\w'’-]*"
    r"(?:\s+(?:and\s+)?[A-Z][a-z][\w'’-]*){0,2}))\s+(?:holds|has\s+held|retains|retained|was\s+awarded|has\s+been\s+awarded|"
    r"achieved|gained)\s+(?:full\s+|its\s+)?(?:step\s+[12]|(?:full\s+)?(?:third[- ]party\s+)?certification)\b"
)


def _another_principal_named(place: str, text: str, ctx: AuthorityContext) -> bool:
    """A place that is not the audited council's, whose principal council the page names in full ("[Place] District
    Council"): a bare place name read as that council."""
    return is_same_council(f"{place} Council", ctx.short_name) is False and bool(
        re.search(rf"\b{re.escape(place)}\s+(?:Borough|District|City|County|Metropolitan\s+Borough)\s+Council\b", text)
    )


_OUR_ROOM_CLAIM = re.compile(
    r"\bour\s+(?:cctv\s+)?(?:(?:control|monitoring)\s+(?:room|centre|center|suite)|hub)\b", re.I
)


def held_by_partner(quote: str, text: str, ctx: AuthorityContext | None) -> bool:
    """The claim names as its holder the room of a partner the page says runs the council's cameras for it ("[Partner]'s
    control centre holds full certification" beside "… how they operate the cameras on our behalf"); a town of the
    council's own in the possessive ("[Town]'s control room") is not such a partner."""
    if _NOT_OURS_CERTIFICATE.search(quote):
        return True  # (its own words say the certificate is somebody else's: no register needed to read that)
    if ctx is None:
        return False
    if _quoted_from_named(quote, text, ctx):
        return True
    if _OUR_ROOM_CLAIM.search(quote):
        # a neighbour's own brochure filed on the council's site: "[Neighbour] Borough Council's control centre watches more than
        # 300 cameras … Our control centre holds full certification" (held-back web 405's Gravesham, a partner of the centre)
        if any(is_same_council(m.group("name"), ctx.short_name) is False for m in _COUNCILS_ROOM.finditer(text[:400])):
            return True
    for m in (
        _ROOM_RUN_BY_PLACE.search(quote),
        _NAMED_WHICH_HOLDS.search(quote),
        _NAMED_SUBJECT_HOLDS.search(quote),
        _MARK_OF_NAMED_COUNCIL.search(quote),
        _HELD_BY_NAMED.search(quote),
        _AWARDED_TO_NAMED.search(quote),
        _CERTIFIES_NAMED.search(quote),
        _IN_NAME.search(quote),
        _COUNCILS_CERTIFICATE.search(quote),
    ):
        name = m.group("name") if m else ""
        if m and is_same_council(name if name.endswith("Council") else f"{name} Council", ctx.short_name) is False:
            return True
    for room in _NAMED_ROOM.finditer(quote):
        # "The Safer [Neighbour] control centre has been independently certified" beside "[Neighbour] Borough Council
        # provides the monitoring under an agreement between the two councils" (held-back web 170's Hart); "[Neighbour]'s
        # control room holds full certification" beside "[Neighbour] Borough Council has monitored the [town] cameras since
        # 2016" (held-back web 168's Spelthorne)
        words = {re.sub(r"(?:'s|’s)$", "", w.lower()) for w in room.group(1).split()} - {
            "the",
            "safer",
            "cctv",
            "council",
        }
        # (or the room itself said to watch the council's cameras, a neighbour of its name on the page: "the Safer
        # [Neighbour] control centre in [a town] monitors [our] cameras under a service level agreement between our two
        # councils" in a statement by both councils, held-back web 196's Elmbridge)
        watches = re.search(
            re.escape(re.sub(r"^the\s+", "", room.group(0), flags=re.I))
            # (or in a clause of its own: "sent to the Safer [Neighbour] control centre in [a town], which monitors them for
            # us under a shared service agreement with [Neighbour] Borough Council", held-back web 242's Rushmoor)
            + r"\s+(?:in\s+[A-Z][\w'’-]+\s*)?(?:,?\s*(?:which|that)\s+)?(?:monitors|watches|has\s+(?:monitored|watched))\b",
            text,
        )
        for m in (
            *_COUNCIL_MONITORS.finditer(text),
            *_COUNCILS_ROOM.finditer(text),
            *_RUN_BY_COUNCIL.finditer(text),
            *_ROOM_AT_COUNCIL.finditer(text),
            *(_ANY_NAMED_COUNCIL.finditer(text) if watches else ()),
        ):
            if is_same_council(m.group("name"), ctx.short_name) is False and words & {
                w.lower() for w in short_council_name(m.group("name")).split()
            }:
                return True
    if _possessive_room_of_listed_council(quote, text, ctx):
        return True
    bare = _BARE_PLACE_HOLDS.search(quote)
    if (
        bare
        and is_same_council(f"{bare.group(1)} Council", ctx.short_name) is False
        # (a row of the document's own table of places: a council's own service named as its holder, "Leedswatch was awarded
        # full step 2 certification", "City Watch …", is the council's, held-back webs 179's Leeds and 197's Liverpool)
        and re.search(rf"(?m)^\W*{re.escape(bare.group(1))}\s*\|", text)
    ):
        # another borough by its bare name as the holder: "[Neighbour] holds full step 2 certification against the Surveillance
        # Camera Code" under a managers' group's table of boroughs' figures filed on the council's site (held-back web 371's
        # Camden, which the table does not list)
        return True
    place = _PLACES_SYSTEM.match(quote)
    if place and _another_principal_named(place.group(1), text, ctx):
        # "Boston's public space system was awarded full (step 2) certification" under its own heading on a partnership's
        # page of three councils, "Boston Borough Council's own system …" above it (held-back web 338's East Lindsey): the
        # system of a principal council the page names, not the audited one's
        return True
    for room in _NAMED_ROOM.finditer(quote):
        # "The [Neighbour] control room … holds full certification" beside "watched on our behalf by the shared CCTV service
        # of [two] Councils from the control room at [Neighbour] Town Hall" (held-back web 283's Wyre Forest)
        for word in {w for w in re.findall(r"[A-Z][\w'’-]+", room.group(1))} - {"The", "Safer", "CCTV"}:
            if is_same_council(f"{word} Council", ctx.short_name) is False and re.search(
                rf"\bon\s+our\s+behalf\s+by\b[^.\n]{{0,120}}\b{re.escape(word)}\b", text, re.I
            ):
                return True
    bare_award = _AWARDED_TO_PLACE.search(quote)
    if bare_award and _another_principal_named(bare_award.group(1), text, ctx):
        # the holder by its bare name, the page naming that council as the room's runner: "The [town] control room holds
        # full certification …, awarded to [Neighbour] in 2021" beside "run for us by [Neighbour] District Council" (held-back
        # web 375's Worcester)
        return True
    room_run_by = _ROOM_RUN_BY.search(quote)
    if room_run_by and is_same_council(room_run_by.group("name"), ctx.short_name) is False:
        # "The control room run by [Neighbour] District Council holds third-party certification" on the page of a council
        # whose cameras it watches (held-back web 275's Rushcliffe)
        return True
    if _THE_HUB_HOLDS.search(quote) and any(
        is_same_council(m.group("name"), ctx.short_name) is False for m in _RUN_BY_COUNCIL.finditer(text)
    ):
        return True
    if _THE_HUBS_ROOM.search(quote) and any(
        is_same_council(m.group("name"), ctx.short_name) is False for m in _ARRANGED_WITH_NAMED.finditer(text)
    ):
        return True
    named = _NAMED_HOLDS_ITS_OWN.search(quote)
    if (
        named
        and is_same_council(named.group("name") or named.group("owner") or named.group("system"), ctx.short_name)
        is False
    ):
        # "[Host] City Council holds full certification for its own public space CCTV system" on the page of the council
        # whose cameras the host's room watches (held-back web 147's Newcastle-under-Lyme)
        return True
    for m in PLACES_ROOM.finditer(quote):
        name = re.escape(m.group(1))
        if is_same_council(m.group(1) + " Council", ctx.short_name) is False and re.search(
            # (or the room "holds its own certificate": "[Neighbour]'s control room holds its own certificate against the
            # Surveillance Camera Code; [our] cameras have not been certified separately", held-back web 141's Flintshire)
            rf"{name}(?:'s|’s)\s+[^.;\n]{{0,40}}?\b(?:holds?|has|had|held)\s+its\s+own\s+(?:certificat|accreditation)|"
            rf"{name}\b[^.\n]{{0,160}}\bon\s+(?:our|the\s+council(?:'s|’s))\s+behalf\b|"
            rf"\b(?:monitored|watched|run|operated|managed)\s+(?:for\s+us\s+|on\s+our\s+behalf\s+)?by\s+(?:the\s+)?{name}\b|"
            # (or watched from the neighbour's room: "They are watched around the clock from [Neighbour] Borough Council's
            # control room, under a partnership agreement", held-back web 166's South Holland)
            rf"\b(?:monitored|watched|viewed)\s+(?:[\w-]+\s+){{0,4}}?from\s+(?:the\s+)?{name}\b",
            text,
            re.I,
        ):
            return True
    return False

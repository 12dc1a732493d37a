"""The telling words a link is scored by (analysis.links), and how much each counts where.

Three tables, each of (pattern, weight): *target* words say the page itself is evidence, *section*
words say where evidence lives, and dead-end or decoy words say the link leads away. Kept apart
from the arithmetic that combines them so that a lesson from a new site (a word a council uses, a
decoy seen in the wild) is a change to a table here, never to how a link is weighed.
"""

from __future__ import annotations

import re

__all__ = [
    "W",
    "TARGET",
    "MONITORING_FOR_COUNCILS",
    "AGREEMENT_WITH_LOCAL_COUNCIL",
    "SECTION",
    "PLACE_HINTS",
    "PARKING_ENFORCEMENT",
    "NEGATIVE",
    "POS_WEIGHT",
    "NEG_WEIGHT",
    "PLACES",
    "LETTER_INDEX",
]

I = re.I
W = lambda p: re.compile(r"(?<![a-z0-9])(?:" + p + r")(?![a-z0-9])", I)

# The council's own room selling its monitoring to others, named for its customers ("Monitoring for town and parish
# councils" under the CCTV page, the room's step 2 certificate there alone: held-back web 372's Charnwood): a target, and no
# other body's cameras whatever the parish words say (analysis.links._own_negative); weighed, net of those words, as "CCTV" is
MONITORING_FOR_COUNCILS = W(
    r"(?:cctv |camera )?monitoring (?:services? )?(?:for|to) (?:town|parish|community|local) (?:and (?:town|parish) )?councils"
)
# The council's own agreement with a town or parish council about its cameras: "Decision - Agreement with [a town] Town Council
# to support the CCTV scheme" in a decisions register, its supporting documents the agreement with the police as well (held-back
# web 389's Vale of White Horse); weighed, net of the parish words, as "CCTV" is
AGREEMENT_WITH_LOCAL_COUNCIL = W(
    r"(?:agreement|contract|memorandum|arrangement) (?:with|between) (?:the )?(?:[a-z']+ ){0,4}?(?:town|parish|community) "
    r"councils? (?:[a-z]+ ){0,4}?(?:cctv|cameras?)"
)

# Words that say the page itself is (or directly holds) evidence. (pattern, weight); they add up.
TARGET: tuple[tuple[re.Pattern[str], float], ...] = (
    (
        W(
            r"cctv|closed circuit|surveillance cameras?|public space (?:cameras?|surveillance)|"
            r"teledu cylch cyfyng|camerau|camerâu|tcc|video surveillance"
        ),
        3.2,
    ),
    (W(r"surveillance|cameras?"), 1.6),
    (W(r"single point of contact|spoc|senior responsible officer"), 2.4),
    (
        W(
            r"information sharing (?:agreement|protocol)s?|data sharing (?:agreement|protocol)s?|"
            r"service level agreements?|memorandum of understanding|sla|isa|certificate of agreement|"
            r"cytundeb rhannu|partnership agreements?|letters? of agreement|(?:police|cctv) protocols?|"
            r"(?:information|data) exchange (?:agreement|protocol)s?|operating protocols?|deed of agreement|"
            # ("Read the Live-View access agreement", the force's access to the cameras' pictures: held-back web 153's
            # Stevenage)
            r"(?:live[- ]?view |remote |police |viewing )access agreements?|"
            # (or a contract's schedule for it, named only in its address: "Schedule 6 as varied (PDF)" at ".../schedule-6-police-
            # access-and-information-sharing-varied", a contract change notice, held-back web 421's High Peak)
            r"police access (?:and|&) (?:information|data) sharing|"
            r"(?:agreements?|arrangements?|protocols?|memorandum) (?:signed )?(?:with|between) (?:[a-z]+ ){0,4}"
            r"(?:police|constabulary|heddlu)"
        ),
        2.0,
    ),
    (W(r"code of practice|cod ymarfer"), 2.0),
    (MONITORING_FOR_COUNCILS, 5.0),
    (AGREEMENT_WITH_LOCAL_COUNCIL, 3.0),
    # an agreement's signatories' part, listed among its parts ("Part 8: Signatories", held-back web 199's Sutton)
    (W(r"signatories|signatures|llofnodwyr"), 1.2),
    # the certificate itself, listed as "Certificate (PDF)" under a CCTV page's standards (held-back
    # web 7: Ealing, Rhondda Cynon Taf): a candidate only on the CCTV page itself, where its documents
    # carry EVIDENCE_PAGE_PRIOR; elsewhere ("Birth certificates") below the hub line
    (W(r"certificates?(?: of compliance)?|tystysgrif"), 0.6),
    (W(r"self assessment(?: tool)?|impact assessments?|dpia"), 1.5),
    (W(r"annual (?:cctv )?(?:review|report)s?"), 1.0),
    # ("Schedule 3: release of recordings (PDF)", the police schedule of a partnership agreement: held-back web 99)
    # (or the room by its other names: "Stockton Security Centre", the control room's own page with its documents, held-back
    # web 254's Stockton-on-Tees)
    (
        W(
            r"footage|control room|body worn|anpr|(?:release|disclosure) of (?:recordings|recorded images)|"
            r"(?:security|monitoring|control|surveillance) cent(?:re|er)|"
            # the control room's services sold to businesses, where its certificate is advertised ("Security services for
            # businesses": alarm monitoring, keyholding and CCTV monitoring from the room that watches the council's own
            # cameras, held-back web 261's Gateshead)
            r"(?:security|monitoring|keyholding) services|"
            # Breckland's own title for its camera page: "Person of Interest Identification" (held-back web 261)
            r"persons? of interest(?: identification)?"
        ),
        1.8,
    ),
)
# Words that name a section where evidence lives. (pattern, weight); only the strongest counts.
SECTION: tuple[tuple[re.Pattern[str], float], ...] = (
    # (or the team's other name: "Community protection", over "Safer Maidstone" and its CCTV page on a site whose robots.txt
    # forbids the search, held-back web 285's Maidstone)
    (
        W(r"community safety|diogelwch cymunedol|community safety partnership|safer [a-z]+|csp|community protection"),
        1.9,
    ),
    (W(r"a z|a to z|atoz|services a z|az"), 2.0),
    (W(r"site ?map|html sitemap"), 1.6),
    # where a careful person looks for a contact point, and where a council says its offices are filmed
    # ("Visiting the council offices": held-back web 17's Bolsover, which has no search): weak, so it is
    # browsed before the services but after every section that names crime or safety
    (
        W(
            r"contact us|contact the council|visiting (?:us|the council|our offices|the council offices)|customer service centres?|"
            # a service privacy notice for the council's own premises, where its cameras are ("Council offices and
            # car parks" in a by-service list, held-back web 31's Tandridge, which has no search)
            r"council offices(?: and car parks)?|civic centre|council buildings|our buildings|"
            # where the council says how complaints about its cameras are handled ("Complaints about the council's CCTV
            # cameras are handled under this procedure": held-back web 20's Welwyn Hatfield, whose only own words these are)
            r"(?<!noise )(?<!nuisance )(?<!planning )(?<!parking )(?<!housing )(?<!neighbour )complaints(?: and (?:feedback|compliments))?|"
            r"comments,? compliments and complaints|compliments and complaints"
        ),
        0.4,
    ),
    (
        W(
            r"crime|anti social behaviour|antisocial behaviour|asb|troseddu|ymddygiad gwrthgymdeithasol|"
            r"partnerships?|safer communities|partneriaeth(?:au)?"
        ),
        1.3,
    ),
    (W(r"privacy notices?|privacy|preifatrwydd|hysbysiad preifatrwydd"), 1.3),
    (
        W(
            r"data protection|diogelu data|gdpr|information governance|your (?:information|data)|"
            r"subject access"
        ),
        1.1,
    ),
    (W(r"polic(?:y|ies)|polisi|polisïau|strategies|transparency|tryloywder|open data"), 1.2),
    # where a partnership files its plans, reports and agreements
    (W(r"(?:document |documents |resource )?library|publications|plans and reports|reports and agreements"), 1.0),
    (W(r"police|heddlu|safety|emergenc(?:y|ies)|security"), 0.7),
    # a top section holding community safety under a broader name: "Community and leisure", "Communities", "Community
    # and living" (held-back web 58's Test Valley, which has no search: its CCTV page is five clicks under it)
    # (the whole label only: "Communities Scrutiny Panel" is a committee, ordered among committees by analysis.scent)
    (W(r"^ ?(?:your |our )?(?:communit(?:y|ies)|cymuned(?:au)?)(?: and [a-z]+(?: [a-z]+)?)? ?$"), 0.6),
    # ... or last of a short list, whatever the others ("Planning, environment and community": held-back web 74's
    # Blackpool, whose CCTV page is four clicks under it on a site with no search; planning's own weight is outweighed)
    (W(r"^ ?(?:[a-z]+ ){1,3}?and (?:communit(?:y|ies)|cymuned(?:au)?) ?$"), 1.2),
    # ... or every service under a portal's name: "Residents", "Services", "Living here" (held-back web 66's King's Lynn and
    # West Norfolk, which has no search, sitemap or A to Z: its CCTV page is five clicks under "Residents"); the whole
    # label only, as above
    (
        W(
            r"^ ?(?:residents?|for residents|resident services|living here|(?:council |our |your )?services|trigolion|preswylwyr) ?$"
        ),
        0.6,
    ),
    (
        W(
            r"council and democracy|about the council|your council|the council|council information|"
            r"freedom of information|foi|access to information|publication scheme|certification"
        ),
        0.8,
    ),
)
# The council's own places where its cameras are, and where a council says so on the place's own page: its car parks,
# markets, garages, bus stations ("The car park is within the town centre camera network", held-back web 132's Babergh,
# whose title-only search listed news only; the one-fact councils of webs 126-135). A hint for browsing only: weighed as a
# section where a link names nothing else, never added to a link that names the cameras itself (an FOI answer on "CCTV
# cameras in council car parks" stays what it is).
PLACE_HINTS: tuple[tuple[re.Pattern[str], float], ...] = (
    # (car parks outweigh the "parks" of the dead-end services they share a word with)
    # (a coach park is one too: "Coach parking in Ely", the one page a district's search lists for CCTV, held-back web 146's
    # East Cambridgeshire)
    (W(r"car parks?|coach park(?:s|ing)?|meysydd parcio"), 2.0),
    (
        W(
            r"(?:travel|transport|roads|streets) (?:and )?parking|parking (?:and )?(?:travel|transport|roads|streets)|"
            r"(?:indoor |outdoor |street )?markets?|garages?|sheltered housing|town centres?|bus stations?|marchnad(?:oedd)?|"
            # a town's regeneration and its public realm, where camera upgrades are reported as works (held-back web 138's
            # Cheltenham: "the public realm and safety" page four clicks under "Business and regeneration")
            r"regeneration(?: projects)?|public realm|"
            # a county's household waste recycling centres, whose site rules say the cameras watch every site (held-back web
            # 143's Derbyshire)
            r"(?:household waste )?recycling cent(?:re|er)s?(?: site rules)?"
        ),
        0.9,
    ),
    # a venue's own rules, where a council says its cameras record there: a library's code of conduct ("Recordings from
    # library CCTV are kept for 30 days"), a leisure centre's membership terms ("signs at every entrance show where camera
    # recording is in use"; held-back web 163's Warwickshire and South Ribble, one fact each). Only the rules page itself: the
    # libraries and leisure sections stay below the services (held-back webs 10 and 55-58)
    (
        W(
            r"(?:library|libraries|leisure|membership|venue|museum) (?:code of conduct|rules|conditions(?: of (?:use|entry))?|"
            r"terms(?: and conditions)?)|code of conduct (?:for|in) (?:the )?(?:library|libraries)"
        ),
        2.0,
    ),
)
# "Parking" as a dead end: the enforcement pages (fines, permits, PCNs), not a section of the council's car parks ("Parking
# and car parks") nor one named for travel as well ("Travel and parking", "Parking and transport"), whose car parks' pages
# are where a council says its cameras cover them (held-back webs 39's Pembrokeshire and 132's Babergh). Read by the link
# scores here and by analysis.sections' browsing filter.
PARKING_ENFORCEMENT = (
    r"(?<!travel and )(?<!transport and )(?<!roads and )(?<!streets and )"
    # (an address joins the section's words without "and": /streets-parking-transport/cctv/, held-back web 143's
    # Huntingdonshire)
    r"(?<!travel )(?<!transport )(?<!roads )(?<!streets )(?<!coach )parking"
    r"(?! (?:and )?(?:car parks?|travel|transport|roads|streets))"
)
# Dead ends and decoys. (pattern, weight); they add up.
NEGATIVE: tuple[tuple[re.Pattern[str], float], ...] = (
    (W(r"jobs?|vacanc(?:y|ies)|careers?|recruitment|work for us|working for us|apprenticeships?|swyddi"), -3.5),
    (
        W(
            r"(?:cctv|control room|camera|monitoring) (?:operators?|officers?|assistants?|supervisors?)|salary|"
            r"closing date|job descriptions?"
        ),
        -1.5,
    ),
    (
        W(
            PARKING_ENFORCEMENT + r"|pcns?|penalty charge|bus lanes?|moving traffic|traffic enforcement|parcio|"
            r"clean air zone|school streets?|speed cameras?"
        ),
        -3.6,
    ),
    (
        W(
            r"planning applications?|planning portal|view planning|comment on (?:a )?planning|"
            r"building control|premises licen[cs]es?|licensing act|decision notices?"
        ),
        -2.6,
    ),
    (W(r"planning"), -0.8),
    (W(r"news|press releases?|newsroom|blogs?|newsletters?|media releases?|newyddion"), -2.2),
    # (not the council's event safety advisory group, where its room's part in large events is told: held-back web 398's
    # Peterborough, the group's page listed for "CCTV" beside the CCTV page, its step 2 certificate there)
    (W(r"events?(?! safety)|calendar|what s on|whats on|diary|digwyddiadau"), -2.5),
    (
        W(
            r"log ?in|sign ?in|sign ?up|register for|my account|basket|cart|checkout|subscribe|"
            r"unsubscribe|password|mewngofnodi"
        ),
        -3.5,
    ),
    (W(r"facebook|twitter|instagram|linkedin|youtube|tiktok|share this|print this|rss"), -3.5),
    (W(r"taxis?|private hire|hackney"), -3.0),
    (W(r"drainage|drains?|sewers?|gull(?:y|ies)|cctv surveys?|culverts?"), -3.6),
    (
        W(
            r"doorbells?|home cctv|domestic cctv|cctv at home|neighbour(?:s|hood)? disputes?|"
            r"your own cctv"
        ),
        -3.4,
    ),
    (W(r"parish councils?|town councils?|community councils?|cyngor cymuned|academy trust"), -3.0),
    (W(r"tenders?|procurement|contracts finder|suppliers?|selling to the council"), -1.8),
    (
        W(
            r"disclosure logs?|foi (?:responses?|requests? log)|responses? to (?:foi|freedom)|"
            r"(?:foi|eir)(?: request| response)? \d+"
        ),
        -2.4,
    ),
    (W(r"ripa|covert surveillance|investigatory powers"), -1.2),
    (
        W(
            # (a bare "Library" inside a partnership's pages is its documents: held-back web 10's Newham)
            # (not a household waste recycling centre, a place whose site rules name its cameras)
            r"bins?|recycling(?! cent(?:re|er)s?)|waste(?! recycling cent)|council tax|benefits|libraries|library (?:services?|opening|cards?|catalogue|events)|"
            r"(?:your|local|mobile|central|public|join the) library|school admissions|births|"
            r"deaths|marriages?|(?<!community and )(?<!communities and )leisure|(?<!and car )parks|allotments|cemeteries|housing benefit|pay for it|"
            r"report it|roadworks|potholes?|gritting|elections?|electoral|tourism|visit [a-z]+"
        ),
        -1.3,
    ),
    (W(r"schools?|academ(?:y|ies)|term dates"), -1.0),
    (
        W(
            # (not a "Cookies and privacy notices" section, where service privacy notices are filed: held-back web 89's
            # Teignbridge, whose CCTV notice is four clicks under it on a site with no search)
            r"(?<!privacy and )cookies?(?! and privacy)|accessibility statement|terms (?:and|&) conditions|(?<!complaints and )feedback|"
            r"skip to"
        ),
        -1.0,
    ),
)
# How much a word counts by where it is: anchor, leaf (last meaningful path segment and the
# query's words), parent segments, surrounding words.
POS_WEIGHT = {"anchor": 1.0, "leaf": 0.8, "parent": 0.3, "context": 0.35}
NEG_WEIGHT = {"anchor": 1.0, "leaf": 1.0, "parent": 0.8}
PLACES = ("anchor", "leaf", "parent", "context")

# (and a contacts directory by letter, "/contact-us/directory/c": the teams under C, CCTV among them, held-back web 343's
# Doncaster)
LETTER_INDEX = W(r"a z|a to z|atoz|az|letters?|index|alphabet|services a z|directory|directories")

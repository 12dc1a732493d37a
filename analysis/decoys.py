"""Pages that mention CCTV but are not the LA's disclosure (docs/domain.md "Decoys").

A page is judged by what a person would see first — its title and heading, where it sits
(the URL path) — and then by how much of its text speaks the decoy's language against how
much speaks of the council's own scheme. Some decoys are about who publishes (a parish
council, a school, a Scottish body): those win outright when the page names such a
publisher. Single paragraphs are judged too, so a CCTV page's aside about doorbell cameras
does not feed the criteria.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import unquote, urlsplit

from .context import AuthorityContext, short_council_name

__all__ = [
    "Decoy",
    "DecoyKind",
    "DECOYS",
    "classify",
    "paragraph_decoy",
    "decoy_block_positions",
    "DecoyVerdict",
    "is_committee_paper",
]

I = re.I


class Decoy(StrEnum):
    """The decoy kinds whose rules differ from the common scoring: named once, matched by identity.

    A StrEnum, so the reason still reads (and serialises) as its words.
    """

    PARISH = "parish or town council"
    SCOTTISH = "Scottish or Northern Irish page"
    NEWS = "news item"
    TENDER = "tender or supplier page"
    FOI = "FOI response"
    SEARCH_RESULTS = "search results"
    JOB_ADVERT = "job advert"


@dataclass(frozen=True)
class DecoyKind:
    reason: str
    title: re.Pattern[str] | None
    path: re.Pattern[str] | None
    text: tuple[tuple[re.Pattern[str], float], ...]
    para: re.Pattern[str] | None  # a paragraph holding this is not own-CCTV text
    issuer: bool = False  # about who publishes: a title/path hit with text decides


def _r(p: str) -> re.Pattern[str]:
    return re.compile(p, I)


def _t(*pairs: tuple[str, float]) -> tuple[tuple[re.Pattern[str], float], ...]:
    return tuple((_r(p), w) for p, w in pairs)


DECOYS: tuple[DecoyKind, ...] = (
    DecoyKind(
        "home CCTV advice",
        _r(
            r"\b(?:home|domestic|doorbell|your\s+own|private|residential|household)\s+(?:cctv|cameras?|"
            r"surveillance|security\s+cameras?)|\b(?:cctv|cameras?)\s+(?:at|in|on|for|around)\s+(?:your\s+)?"
            r"(?:home|house|property|homes)\b|\bneighbou?r(?:s|'s)?\s+(?:cctv|cameras?|disputes?)|"
            r"\bcctv\s+and\s+(?:your\s+)?neighbou?rs?\b|\bdoorbell"
        ),
        _r(
            r"home-cctv|domestic-cctv|doorbell|cctv-at-home|neighbou?r|private-cctv|cctv-on-your|"
            r"your-own-cctv|household-cctv"
        ),
        _t(
            (r"\bdoorbells?\b", 2),
            (
                r"\b(?:domestic|home|private|residential|household)\s+(?:cctv|cameras?|"
                r"surveillance)",
                2,
            ),
            (r"\byour\s+(?:own\s+)?(?:home|house|property|garden|driveway)\b", 1),
            (r"\bneighbou?r", 1),
            (r"\bdomestic\s+purposes\b|\bhousehold\s+exemption\b", 2),
            (r"\boverlook", 1),
            (
                r"\binstall(?:ing|ed)?\s+(?:a\s+)?(?:cctv|cameras?)\s+(?:system\s+)?"
                r"(?:at|on|in|outside|around)\s+your",
                2,
            ),
            (r"\bnuisance\b", 0.5),
            # council tenants' own cameras (the council as landlord gives permission)
            (
                r"\btenants?\s+(?:may|must|can|wishing\s+to|who\s+want\s+to)\s+(?:install|fit|put\s+up)|"
                r"\bpermission\s+(?:from\s+(?:us|your\s+landlord|the\s+council)\s+)?(?:to|before)\s+"
                r"(?:install|fit|put\s+up)|\btenancy\s+(?:agreement|conditions)\b",
                2,
            ),
        ),
        _r(
            r"\bdoorbell|\b(?:domestic|home)\s+cctv\b|\byour\s+own\s+cctv\b|\bneighbou?r'?s\s+cctv|"
            r"\bcctv\s+(?:at|on|outside)\s+your\s+(?:home|house|property)|\bhousehold\s+exemption"
        ),
    ),
    DecoyKind(
        Decoy.JOB_ADVERT,
        _r(
            r"\bvacanc|\bjobs?\b|\bcareers?\b|\brecruit|\bjob\s+description|\bperson\s+specification|"
            # a title that is a job's name: "CCTV Operator", "CCTV Monitoring Officer", "Control Room
            # Operator (part time)"; a service page is never named after the person who staffs it
            r"^\s*(?:cctv|control\s+room|surveillance|camera|public\s+space)(?:\s+(?:control\s+room|"
            r"monitoring|camera|cctv|surveillance|room|senior|relief|night))*\s+(?:operators?|operatives?|officers?|"
            r"assistants?|supervisors?|technicians?|controllers?)\b(?!\s+(?:code|polic|training))"
        ),
        _r(
            r"/(?:jobs?|vacanc\w*|careers?|recruitment|job-?search|work-for-us|working-for-us|"
            r"job-?vacancies)(?:/|$|-)|jobid=|vacancyid=|/job/"
        ),
        _t(
            (r"\bsalary\b|£\d[\d,]*\s*(?:-|–|to)\s*£\d", 2),
            (r"\bclosing\s+date\b", 2),
            (r"\bjob\s+(?:description|reference|ref|purpose|title|profile)\b", 2),
            (r"\bperson\s+specification\b", 2),
            (
                r"\bhours\s+per\s+week\b|\b(?:full|part)[- ]time\b|\bfixed[- ]term\b|\bshift\s+"
                r"(?:pattern|allowance|work)|\bgrade\s+\d|\bSCP\b|\bpay\s+band",
                1,
            ),
            (
                r"\bapply\s+(?:now|online|for\s+this)|\bhow\s+to\s+apply|\bapplications?\s+(?:close|must|"
                r"should)",
                2,
            ),
            (r"\binterviews?\b", 1),
            (
                r"\bwe\s+are\s+looking\s+for|\bsuccessful\s+candidate|\bthe\s+post\s*holder|"
                r"\bthe\s+role\s+(?:involves|includes)",
                1,
            ),
            # a job description's own headings: "Responsible to:", "Main duties", "Essential criteria"
            (
                r"\bresponsible\s+to\s*:|\breports\s+to\s*:|\b(?:main|key)\s+(?:duties|tasks|accountabilities)\b|"
                r"\b(?:essential|desirable)\s+(?:criteria|requirements|qualifications)\b|\bexciting\s+opportunity\b",
                2,
            ),
        ),
        _r(
            r"\bsalary\b|\bclosing\s+date\b|\bjob\s+description\b|\bperson\s+specification\b|"
            r"\bhow\s+to\s+apply\b|\bsuccessful\s+candidate\b|\bpost\s*holder\b"
        ),
    ),
    DecoyKind(
        "parking or traffic enforcement",
        _r(
            r"\b(?:parking|bus\s+lanes?|moving\s+traffic|traffic\s+enforcement|penalty\s+charge|PCNs?|"
            r"school\s+streets?|box\s+junctions?|enforcement\s+cameras?|camera\s+enforcement|"
            r"speed\s+cameras?|red\s+light|clean\s+air\s+zone|ULEZ|congestion\s+charge)\b"
        ),
        _r(
            r"parking|bus-?lane|/pcn|penalty-charge|moving-traffic|traffic-enforcement|school-streets?|"
            r"enforcement-camera|camera-enforcement|clean-air-zone|ulez"
        ),
        _t(
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
            (r"\b(?:appeal|challenge|pay)\s+(?:a|your|the)\s+(?:pcn|penalty|ticket|fine)", 2),
            (r"\bspeed\s+cameras?\b|\bsafety\s+cameras?\b", 1),
            (r"\byellow\s+box|\bbox\s+junction|\bschool\s+streets?\b|\bno\s+entry\b", 1),
        ),
        # (not "civil enforcement officers": the council's own body-worn video is `other_systems`)
        _r(
            r"(?-i:\bPCNs?\b)|\bpenalty\s+charge|\bbus\s+lanes?\b|\bmoving\s+traffic\b|"
            r"\bparking\s+(?:enforcement|contravention)|\bapproved\s+device\b|"
            r"\bcivil\s+enforcement\b(?!\s+officers?)"
        ),
    ),
    DecoyKind(
        "taxi licensing",
        _r(r"\b(?:taxis?|private\s+hire|hackney\s+carriages?|licensed\s+vehicles?|PHV)\b"),
        _r(r"taxi|private-hire|hackney"),
        _t(
            (r"\btaxis?\b", 2),
            (r"\bprivate\s+hire\b", 2),
            (r"\bhackney\s+carriages?\b", 2),
            (r"\b(?:driver|operator|vehicle)(?:'s|s)?\s+licen[cs]es?\b", 1),
            (r"\blicen[cs]ing\s+(?:conditions|policy|authority|team|officers?)\b", 1),
            (r"\bpassengers?\b", 1),
            (r"\bin-?vehicle\s+(?:cctv|cameras?)", 2),
        ),
        _r(r"\btaxis?\b|\bprivate\s+hire\b|\bhackney\s+carriage|\bin-?vehicle\s+cctv"),
    ),
    DecoyKind(
        "school policy",
        _r(
            r"\b(?:school|academy|academies|college|nursery)\b[^|]*\b(?:cctv|cameras?|surveillance|"
            r"polic(?:y|ies))|\b(?:cctv|cameras?|surveillance)\b[^|]*\b(?:school|academy)\b(?!\s+streets?)"
        ),
        _r(r"/schools?/|academy|school-cctv|/school-"),
        _t(
            (r"\bpupils?\b", 1.5),
            (r"\bhead\s?teachers?\b|\bprincipal\b", 1),
            (r"\bgoverning\s+(?:body|board)\b|\bgovernors\b", 1.5),
            (r"\bthe\s+(?:school|academy)(?:'s)?\b", 1.5),
            (r"\bmulti[- ]academy\s+trust\b", 2),
            (r"\bclassrooms?\b|\bplayground\b|\bschool\s+premises\b|\bparents\s+and\s+carers\b", 1),
            (r"\bstudents?\b", 0.5),
        ),
        _r(r"\bthe\s+(?:school|academy)\b|\bpupils\b|\bhead\s?teacher\b"),
        issuer=True,
    ),
    DecoyKind(
        Decoy.PARISH,
        _r(r"\b(?:parish|town|community|village|neighbourhood)\s+council\b|\bcyngor\s+(?:tref|cymuned)\b"),
        _r(r"parish|town-council|community-council|towncouncil|parishcouncil"),
        _t(
            (r"\bthe\s+(?:parish|town|community)\s+council\b", 2),
            (r"\b(?:parish|town)\s+clerk\b", 2),
            (r"\bcyngor\s+(?:tref|cymuned)\b", 2),
            (r"\bparish\s+(?:councillors|meeting)\b", 1),
        ),
        _r(r"\bthe\s+(?:parish|town|community)\s+council\s+(?:operates|owns|has|will|is|uses|may)\b"),
        issuer=True,
    ),
    DecoyKind(
        "police appeal",
        _r(r"\bappeal\b|\bdo\s+you\s+recogni[sz]e\b|\bcan\s+you\s+help\b|\bwanted\b|\bwitness(?:es)?\b"),
        _r(r"appeal|wanted|do-you-recogni"),
        _t(
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
        _r(r"\bdo\s+you\s+recogni[sz]e\b|\bcrimestoppers\b|\bappeal(?:ing)?\s+for\s+(?:information|witnesses)"),
    ),
    DecoyKind(
        Decoy.NEWS,
        _r(
            r"\bpress\s+release\b|\bnews\b|\bnewsroom\b|\b(?:invests?|welcomes?|launch(?:es)?|unveils?|"
            r"announces?|celebrates?|secures?|boosts?|hails?|awarded\s+funding)\b|"
            # a headline, not a service page's name: "New CCTV cameras to tackle fly-tipping"
            r"^\s*(?:more\s+|extra\s+|new\s+|additional\s+)(?:[\w-]+\s+){0,3}?(?:cctv|cameras?)\b[^|]{0,60}?"
            r"\b(?:to|will|for|in|at|installed|arrive)\b|"
            r"\b(?:cctv|cameras?)\s+(?:to|will)\s+(?:tackle|combat|crack\s+down|cut|reduce|boost|deter|target|"
            r"help|keep|improve|protect)\b|"
            r"\b(?:cctv|cameras?)\s+(?:upgrade\s+|network\s+|system\s+)?(?:completed|unveiled|switched\s+on|goes\s+live|"
            r"go\s+live|installed\s+in|arrive)\b"
        ),
        _r(
            r"/(?:news|press|press-?releases?|media-?releases?|newsroom|news-and-media|blogs?|"
            r"newsletters?|latest-news|news-?items?|news-?articles?)(?:/|$)|newsid=|news_item"
        ),
        _t(
            (r"\bpress\s+release\b|\bnotes\s+to\s+editors\b|\bmedia\s+enquiries\b", 3),
            (
                r"\b(?:said|says|added|commented|explained)\s+(?:cllr|councillor|cabinet\s+member|the\s+leader|"
                r"leader|portfolio\s+holder)",
                2,
            ),
            (r"\b(?:cllr|councillor)\s+[A-Z][a-z]+[^.\n]{0,80}\b(?:said|says|added|commented)\b", 2),
            (r"\b(?:published|posted|date)\s*(?:on)?\s*:?\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+20\d\d\b", 1),
            (r"[“\"][^”\"\n]{40,}[”\"]\s*(?:said|says|added)|\b(?:said|says|added)\s*:\s*[“\"]", 2),
            # an event reported: cameras that "were installed", "have been funded by"
            (
                r"\b(?:have|has|had|were|was)\s+(?:now\s+|recently\s+|just\s+)?(?:been\s+)?(?:installed|unveiled|"
                r"switched\s+on|put\s+up|upgraded|funded|launched)\b",
                1.5,
            ),
            (r"\bfunded\s+(?:by|through|from)\b|\bthanks\s+to\s+(?:£|funding|a\s+grant)|\bSafer\s+Streets\b", 1.5),
        ),
        _r(r"\bpress\s+release\b|\bnotes\s+to\s+editors\b"),
    ),
    DecoyKind(
        "planning or premises licence condition",
        _r(
            r"\bplanning\s+(?:application|permission|conditions?|decision|appeal)|\bpremises\s+licen[cs]e|"
            r"\blicensing\s+act|\blicen[cs]ing\s+(?:sub-?)?committee|\bapplication\s+for\s+(?:a\s+)?"
            r"(?:premises|variation)|\bconditions\s+of\s+(?:licen[cs]e|consent)"
        ),
        _r(
            r"planning-?application|planning/applications|premises-?licen|licensing-?act|"
            r"planning-?permission|/planning/|/applications/\d"
        ),
        _t(
            (r"\bplanning\s+(?:applications?|permission|conditions?)\b", 2),
            (r"\bpremises\s+licen[cs]e", 2),
            (r"\blicensing\s+act\s+2003\b", 2),
            (r"\bdesignated\s+premises\s+supervisor\b", 2),
            (r"\b(?:the\s+)?(?:applicant|licen[cs]e\s+holder|premises\s+licen[cs]e\s+holder)\b", 1),
            (r"\bconditions?\s+(?:\d+|of\s+(?:the\s+)?licen[cs]e|attached)", 1),
            (
                r"\bcctv\s+(?:shall|must|will)\s+be\s+(?:installed|maintained|provided|kept)|\bthe\s+premises\s+"
                r"shall\b",
                2,
            ),
            (r"\blicensing\s+objectives\b", 1),
            (r"\blocal\s+planning\s+authority\b", 1),
        ),
        _r(
            r"\bplanning\s+(?:application|permission)|\bpremises\s+licen[cs]e|\blicensing\s+act\s+2003|"
            r"\bthe\s+premises\s+shall\b|\blicen[cs]e\s+holder\b|\bdesignated\s+premises\s+supervisor"
        ),
    ),
    DecoyKind(
        "drain or sewer survey",
        _r(r"\bdrain(?:age|s)?\b|\bsewers?\b|\bculverts?\b|\bgull(?:y|ies)\b|\bcctv\s+surveys?\b|\bpipes?\b"),
        _r(r"drain|sewer|culvert|cctv-survey|pipe-survey"),
        _t(
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
        _r(r"\bcctv\s+(?:drainage\s+|drain\s+|sewer\s+)?surveys?\b|\bdrainage\b|\bsewers?\b"),
    ),
    DecoyKind(
        "covert surveillance (RIPA)",
        _r(
            r"(?-i:\bRIPA\b)|\bregulation\s+of\s+investigatory\s+powers\b|\bcovert\s+surveillance\b|"
            r"\bdirected\s+surveillance\b|\binvestigatory\s+powers\b|\bcovert\s+human\s+intelligence\b|"
            r"(?-i:\bCHIS\b)"
        ),
        _r(r"ripa|covert|investigatory-powers|surveillance-powers"),
        _t(
            ((r"(?-i:\bRIPA\b)"), 2),
            (r"\bregulation\s+of\s+investigatory\s+powers\b", 2),
            (r"\bcovert\s+(?:surveillance|human)", 2),
            (r"\bdirected\s+surveillance\b", 2),
            (r"(?-i:\bCHIS\b)|\bcovert\s+human\s+intelligence\s+sources?\b", 2),
            (
                r"\bauthori[sz](?:ation|ing)\s+officers?\b|\bmagistrates?'?\s+(?:court\s+)?approval|"
                r"\binvestigatory\s+powers\s+commissioner\b|(?-i:\bIPCO\b)",
                2,
            ),
        ),
        None,
    ),
    DecoyKind(
        Decoy.FOI,
        _r(
            r"\b(?:FOI|freedom\s+of\s+information|EIR)\b.*\b(?:request|response|reply|disclosure|\d{3,})|"
            r"\bdisclosure\s+log\b|\bFOI\s*[-/:#]?\s*\d+|\brequest\s+(?:ref(?:erence)?|number)\b"
        ),
        _r(
            r"disclosure-?log|foi-?(?:requests?|responses?|disclosures?)|freedom-of-information-(?:requests?|"
            r"responses?|disclosures?)|/foi/\d|foi-?\d|/disclosures?/|/eir/|whatdotheyknow|/request/"
        ),
        _t(
            (r"\bdisclosure\s+log\b", 3),
            (
                r"\b(?:FOI|freedom\s+of\s+information|EIR)\s+(?:request|ref(?:erence)?|"
                r"response)\b",
                2,
            ),
            (r"\b(?:request|ref(?:erence)?|case)\s*(?:number|no\.?|:|#)\s*:?\s*[A-Z]*[-/]?\d{3,}", 2),
            (
                r"\byou\s+(?:asked|requested)\b|\b(?:information|data)\s+requested\b|\bour\s+response\b|"
                r"^(?:response|answer|reply)\s*:|^(?:request|question)\s*:",
                2,
            ),
            (r"\bdate\s+(?:of\s+)?(?:request|response)\b|\bdate\s+(?:received|responded)\b", 2),
            (r"\bsection\s+(?:12|21|22|24|31|40|43)\b|\bexemptions?\s+appl", 1),
        ),
        _r(r"\bdisclosure\s+log\b|\b(?:FOI|EIR)\s+(?:request\s+)?ref(?:erence)?\b"),
    ),
    DecoyKind(
        Decoy.TENDER,
        _r(
            r"\btenders?\b|\bprocurement\b|\binvitation\s+to\s+(?:tender|quote)|\bcontract\s+(?:notice|award|"
            r"opportunit)|\bsuppliers?\b|\bquotations?\b|(?-i:\bITT\b|\bRFQ\b)"
        ),
        _r(
            r"tender|procurement|contracts-?finder|supplier|selling-to-the-council|doing-business|"
            r"business-opportunit"
        ),
        _t(
            (r"\binvitation\s+to\s+tender\b|(?-i:\bITT\b)|\brequest\s+for\s+quotation\b|(?-i:\bRFQ\b)", 3),
            (r"\btender(?:s|ing|ers)?\b", 2),
            (r"\bprocurement\b", 1),
            (r"\b(?:suppliers?|bidders?)\b", 1),
            (r"\bcontracts\s+finder\b|\bfind\s+a\s+tender\b|\bproactis\b|\bin-?tend\b|\bdue\s+north\b", 2),
            (
                r"\bcontract\s+(?:value|period|award|notice|start)|\bestimated\s+value\b|\bdeadline\s+for\s+"
                r"(?:submissions|responses|tenders)|\bexpressions?\s+of\s+interest\b",
                2,
            ),
        ),
        _r(r"\binvitation\s+to\s+tender\b|\btender\s+(?:documents|submissions?|deadline)\b"),
    ),
    DecoyKind(
        Decoy.SCOTTISH,
        _r(r"\bScotland\b|\bScottish\b|\bNorthern\s+Ireland\b"),
        _r(r"\.scot(?:/|$)|nidirect|\.gov\.scot"),
        _t(
            (r"\bPolice\s+Scotland\b", 3),
            (r"(?-i:\bPSNI\b)|\bPolice\s+Service\s+of\s+Northern\s+Ireland\b", 3),
            (r"\bScottish\s+(?:Government|Parliament|Information\s+Commissioner)\b", 2),
            (r"\bFreedom\s+of\s+Information\s+\(Scotland\)\s+Act\b", 3),
            (r"\b(?:Scotland|Northern\s+Ireland)\b", 1),
        ),
        _r(r"\bPolice\s+Scotland\b|(?-i:\bPSNI\b)|\(Scotland\)\s+Act\b"),
        issuer=True,
    ),
    DecoyKind(
        Decoy.SEARCH_RESULTS,
        _r(r"\bsearch\s+results?\b|^\s*search\b|\bresults\s+for\b"),
        _r(r"/search(?:/|$|\?|\.)|[?&](?:q|query|search|keys|term|searchtext|s)=|/results(?:/|$|\?)"),
        _t(
            (
                r"\b\d+\s+results?\s+(?:found|for|match)|\bshowing\s+(?:results\s+)?\d+\s*(?:-|–|to)\s*\d+\s+of\b|"
                r"\byour\s+search\s+(?:for|returned)\b|\bno\s+results\b",
                3,
            ),
        ),
        None,
    ),
)

_BY_REASON = {d.reason: d for d in DECOYS}


@dataclass
class DecoyVerdict:
    reason: str | None
    scores: dict[str, float]


def _text_score(kind: DecoyKind, text: str) -> float:
    total = 0.0
    for rx, w in kind.text:
        n = sum(1 for _ in zip(range(5), rx.finditer(text)))
        if n:
            total += w + 0.5 * (n - 1)
    return min(total, 6.0)


def _path(url: str) -> str:
    parts = urlsplit(url)
    return unquote(parts.path + ("?" + parts.query if parts.query else "")).lower()


def _names_other_council(title: str, ctx: AuthorityContext | None) -> bool:
    """The title names a parish/town/community council that is not the audited authority."""
    m = re.search(
        r"\b((?:[A-Z][\w'’-]+\s+){0,4})(?:Parish|Town|Community|Village)\s+Council\b|"
        r"\bCyngor\s+(?:Tref|Cymuned)\s+(\w+)",
        title,
    )
    if not m:
        return bool(re.search(r"\b(?:parish|town|community)\s+council\b", title, I)) and not (
            ctx and re.search(r"\b(?:parish|town|community)\s+council\b", ctx.name, I)
        )
    if ctx is None:
        return True
    named = (m.group(1) or m.group(2) or "").strip().lower()
    own = short_council_name(ctx.name).lower()
    return not (
        named
        and own
        and (named in own or own in named)
        and re.search(r"\b(?:parish|town|community)\s+council\b", ctx.name, I)
    )


_NEWS_SECTION = re.compile(
    r"/(?:news|press|press-?releases?|media-?releases?|newsroom|news-and-media|"
    r"latest-news|news-?items?|news-?articles?)/(?P<rest>[^?#]*)"
)
_INDEX_PAGE = re.compile(r"^(?:(?:index|default|home|latest|archive|all|page)(?:\.\w+)?|\d{4}|page/\d+)?/?$")


def _news_article(path: str) -> bool:
    """The path is an article inside a news section (/news/2025/new-cameras…), not its index."""
    m = _NEWS_SECTION.search(path)
    if not m:
        return False
    rest = m.group("rest").split(";")[0]
    return not _INDEX_PAGE.match(rest) and bool(re.search(r"[a-z]{3,}|\d{2,}", rest))


def classify(
    url: str, title: str, headings: list[str], text: str, own_strength: float, ctx: AuthorityContext | None = None
) -> DecoyVerdict:
    """Decide whether a page is a decoy, and which one.

    own_strength is how strongly the page reads as the LA's own CCTV information (see
    info.own_strength); a topic decoy must outweigh it, an issuer decoy need not.
    """
    head = " | ".join([title] + headings[:1])
    path = _path(url)
    sample = text[:60_000]
    scores: dict[str, float] = {}
    best: tuple[float, str] | None = None
    for kind in DECOYS:
        t_hit = bool(kind.title and kind.title.search(head))
        p_hit = bool(kind.path and kind.path.search(path))
        ts = _text_score(kind, sample)
        if kind.reason is Decoy.PARISH:
            t_hit = t_hit and _names_other_council(head, ctx)
            p_hit = p_hit and (t_hit or ts >= 2)
            if ctx and re.search(r"\b(?:parish|town|community)\s+council\b", ctx.name, I):
                ts = 0.0 if not t_hit else ts
        if kind.reason is Decoy.SCOTTISH and not (p_hit or ts >= 3):
            t_hit = False
        score = 5.0 * t_hit + 4.0 * p_hit + ts
        scores[kind.reason] = score
        article = kind.reason is Decoy.NEWS and p_hit and _news_article(path)
        issuer_text = kind.issuer and ts >= 4 and kind.para is not None and bool(kind.para.search(sample))
        if score < 5.0 and not article and not issuer_text:
            continue
        if kind.reason is Decoy.TENDER and is_committee_paper(url, sample):
            continue  # members deciding a CCTV contract: the council's own (secondary) record
        if kind.issuer and (t_hit or p_hit) and ts >= 2:
            decisive = True
        elif kind.issuer and ts >= 4 and kind.para is not None and kind.para.search(sample):
            decisive = True  # the text itself says who runs the cameras: "the Parish Council owns …"
        elif kind.reason is Decoy.FOI and (t_hit or p_hit) and ts >= 2:
            decisive = True
        elif article:
            decisive = True  # an article in the council's news section, however it is worded
        elif kind.reason is Decoy.SEARCH_RESULTS and (t_hit or p_hit) and (ts >= 3 or (t_hit and p_hit)):
            decisive = True
        else:
            decisive = t_hit and p_hit and ts >= 2
        if decisive or score > own_strength:
            if best is None or score > best[0]:
                best = (score + (100 if decisive else 0), kind.reason)
    return DecoyVerdict(best[1] if best else None, scores)


_ANY_PARA = re.compile("|".join(f"(?:{k.para.pattern})" for k in DECOYS if k.para is not None), I)


def decoy_block_positions(bt) -> list[int]:
    """Positions of the blocks (of a segments.BlockText) that speak of a decoy."""
    return bt.indices(_ANY_PARA)


def paragraph_decoy(para: str) -> str | None:
    """The decoy a single paragraph speaks of, if any (checked inside the LA's own pages)."""
    for kind in DECOYS:
        if kind.para is not None and kind.para.search(para):
            return kind.reason
    return None


_COMMITTEE = re.compile(
    r"mgai\.aspx|ieissuedetails\.aspx|ielistdocuments\.aspx|mgconvert2pdf|ielistmeetings|"
    r"mgissuehistory|/documents/s\d+/|/documents/b\d+/|/cmis\d*/|document\.ashx|/moderngov/|"
    r"/democracy/|/committees?/|/meetings?/|/agendas?/|/minutes/|councillors\.|democracy\.|"
    r"committees\.|moderngov\.",
    I,
)
_COMMITTEE_TEXT = re.compile(
    r"\b(?:report\s+of\s+the|report\s+to\s+(?:the\s+)?(?:cabinet|committee|scrutiny|council)|agenda\s+item|"
    r"recommendations?\s*:?\s+(?:that\s+)?(?:members|the\s+committee|cabinet)|wards?\s+affected|"
    r"key\s+decision|exempt\s+information|background\s+papers|overview\s+and\s+scrutiny|"
    r"(?:cabinet|executive|portfolio)\s+(?:member|holder)|meeting\s*:\s*\d|resolved\s*(?:that|to|:|–|-)|"
    r"recommend(?:ed)?\s+to\s+(?:cabinet|council|the\s+executive))\b",
    I,
)


# A report addressed to councillors ("members") is a committee paper wherever it is filed.
_TO_MEMBERS = re.compile(
    r"\b(?:this|the)\s+report\s+(?:is\s+to\s+)?(?:informs?|updates?|advises?|asks?|seeks?)\s+(?:the\s+)?"
    r"(?:members|councillors|cabinet|committee)\b|\bmembers\s+(?:are|is)\s+(?:asked|recommended|invited)\s+to\b",
    I,
)


def is_committee_paper(url: str, text: str) -> bool:
    """Committee papers (moderngov, CMIS) can hold real annual reports: secondary evidence."""
    if _COMMITTEE.search(url) or _TO_MEMBERS.search(text[:6000]):
        return True
    return len(_COMMITTEE_TEXT.findall(text[:6000])) >= 2


def reason_kind(reason: str) -> DecoyKind | None:
    return _BY_REASON.get(reason)

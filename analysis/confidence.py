"""How sure each verdict is: its evidence strength, its confidence, whether a person should review it.

A false "not met" publicly wrongs a council, and a "met" resting on an image's file name can be a
false comfort; so every verdict says what it rests on. The reasons come from the findings
(a detector may mark a finding `data["strength"] = "weak"` with `data["why"]`; absent means strong)
and from the cases known to be weak whatever the detectors say:

- 5.1 not_met where only committee papers or other secondary documents speak of the council's cameras (reviewed);
- 5.2 met resting only on the certification mark's image (alt text or file name), no statement;
- 5.3 from a CCTV contact (a control room, a manager's telephone) not designated as the SPOC;
- 5.5 partial from a mention of an agreement with no document, or a draft or unsigned one;
- not_met after a search that was not complete (analysis.searchplan): never stated with confidence.

Confidence: high when only strong reasons, medium when strong and weak reasons mix, low when
only weak ones (then `needs_review`). A not_met is high after a complete search that included a
site search that answered or the sitemap, medium (and `needs_review`) after a complete search by
browsing alone, low (and `needs_review`) when the search was incomplete. unknown is low: nothing was read to judge.
"""

from __future__ import annotations

from collections.abc import Sequence

from .page import Finding, PageAnalysis

__all__ = ["with_confidence", "UNSEARCHED"]

UNSEARCHED: dict = {"complete": False, "steps": [], "pages_read": []}
_TYPES = {
    "5.1": ("cctv_info", "criterion"),
    "5.2": ("certification",),
    "5.3": ("spoc", "cctv_contact"),
    "5.5": ("sla", "sla_mention"),
}


def _quoted(verdict: dict) -> set[tuple[str, str]]:
    return {(e.get("url"), e.get("quote")) for e in verdict.get("evidence") or []}


def _supporting(key: str, verdict: dict, analyses: Sequence[PageAnalysis]) -> list[tuple[PageAnalysis, Finding]]:
    """The findings the verdict's evidence quotes (all of the deliverable's when none is quoted)."""
    quoted = _quoted(verdict)
    found = [
        (a, f)
        for a in analyses
        if not a.error
        for f in a.findings
        if f.type in _TYPES[key] and (not a.decoy or f.data.get("own_news"))  # a council's news of its certificate
    ]
    cited = [(a, f) for a, f in found if (a.url, f.quote) in quoted]
    return cited or found


def _reasons(key: str, verdict: dict, analyses: Sequence[PageAnalysis]) -> tuple[list[str], list[str]]:
    strong: list[str] = []
    weak: list[str] = []
    status = verdict.get("status")
    support = _supporting(key, verdict, analyses)
    for _, f in support:
        if (f.data or {}).get("strength") == "weak":
            weak.append(str(f.data.get("why") or f"weak {f.type.replace('_', ' ')} finding"))
    detector_strong = any((f.data or {}).get("strength", "strong") != "weak" for _, f in support)
    if key == "5.1":
        n = sum(bool(v) for v in (verdict.get("criteria") or {}).values())
        if detector_strong:
            strong.append(f"the council's own CCTV information, {n} criteria")
        if status == "partial":
            weak.append(f"only {n} criteria found")
    elif key == "5.2":
        marks = [f for _, f in support if f.type == "certification" and f.data.get("mark")]
        stated = [f for _, f in support if f.type == "certification" and not f.data.get("mark")]
        if stated and any(f.data.get("strength", "strong") != "weak" for f in stated):
            strong.append("a statement of the certification")
        elif marks:
            weak.append("certification mark image only (alt text or file name)")
        if verdict.get("level") and any(f.data.get("why") != "image file name only" for f in marks + stated):
            strong.append(f"level stated ({verdict['level']})")
        elif verdict.get("level"):
            # "croydon-sc-code-certificate-step2-2019.jpg" with empty alt text (held-back web 203's Croydon): the level is
            # the file's name, no words of the council's; a person looks at the picture
            weak.append(f"level ({verdict['level']}) only in an image's file name")
    elif key == "5.3":
        if status == "met" and detector_strong:
            strong.append("a designated single point of contact with a contact route")
        elif status == "partial":
            if any(f.type == "spoc" for _, f in support):
                weak.append("single point of contact named without a contact route")
            else:
                weak.append("a CCTV contact not designated as the single point of contact")
    elif key == "5.5":
        docs = verdict.get("documents") or []
        if status == "met" and docs and not any(d.get("signed") for d in docs):
            # (the published agreement unsigned, its signing for both sides stated on a page: analysis.assess._attested)
            strong.append("a published agreement with the police force, its signing for both sides stated on a page")
        elif status == "met" and detector_strong:
            strong.append("a signed agreement with the police force")
        elif status == "partial":
            if any(d.get("expired") for d in docs):
                # (its term over, or the council's own page saying it has left it: analysis.sla_ended)
                weak.append("agreement document no longer in force (its term ended, or the council has left it)")
            elif docs:
                weak.append("agreement document draft, unsigned or without the force")
            else:
                weak.append("mention of an agreement, no document")
    return list(dict.fromkeys(strong)), list(dict.fromkeys(weak))


def _not_met(effort: dict) -> tuple[list[str], list[str], str]:
    steps = effort.get("steps") or []
    methods = sorted({s["method"].replace("_", " ") for s in steps if s.get("outcome") == "searched"})
    if not effort.get("complete"):
        return [], ["search not complete" + (f" (looked by {', '.join(methods)})" if methods else "")], "low"
    # an index of the site consulted: a search or sitemap read, or a search term left out because
    # the site's search had already answered for it (analysis.searchplan)
    indexed = any(
        (s.get("outcome") == "searched" and s.get("method") in ("site_search", "sitemap"))
        or (s.get("outcome") == "not_needed" and s.get("method") == "site_search")
        for s in steps
    )
    reason = "searched for and not found" + (f" ({', '.join(methods)})" if methods else "")
    if indexed:
        return [reason], [], "high"
    # browsing alone misses what sits deep in a site without an index: on the simulated web
    # (2026-11-30) 6 of 18 such 5.1 not_met verdicts were wrong, so a person checks them
    return [reason], ["no site search or sitemap listed the site's pages: found by browsing alone"], "medium"


def with_confidence(key: str, verdict: dict, analyses: Sequence[PageAnalysis], effort: dict) -> dict:
    """The verdict with `confidence`, `needs_review`, `evidence_strength` and `search_effort` added."""
    out = dict(verdict)
    status = out.get("status")
    if status == "unknown":
        strong, weak, confidence = [], ["the site could not be read"], "low"
        review = False
    elif status == "not_met":
        strong, weak, confidence = _not_met(effort)
        review = confidence != "high"
        if key == "5.1" and out.get("secondary_only"):
            # committee papers speak of the council's cameras: a person decides whether they are its publication
            weak.append("only committee papers or other secondary documents speak of the council's cameras")
            confidence, review = ("medium" if confidence == "high" else confidence), True
    else:
        strong, weak = _reasons(key, out, analyses)
        confidence = "high" if strong and not weak else "medium" if strong else "low"
        review = not strong
    out["confidence"] = confidence
    out["needs_review"] = review
    out["evidence_strength"] = {"strong": strong, "weak": weak}
    out["search_effort"] = {
        "complete": bool(effort.get("complete")),
        "steps": list(effort.get("steps") or []),
        "pages_read": list(effort.get("pages_read") or [])[:50],
    }
    return out

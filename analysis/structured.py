"""Structured data (JSON-LD, microdata, RDFa) through extruct, flattened for the detectors.

Some council CMSs mark up contact points and officers (schema.org ContactPoint, Person,
GovernmentOrganization); the SPOC detector reads them. Extruct is only run on the syntaxes
the page visibly uses (RDFa parsing is slow), and its failures become warnings.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["extract_structured", "flatten", "read_disclosure", "apply_disclosure", "DISCLOSURE_TYPE", "DISCLOSURE_NS"]

MAX_STRUCTURED_ITEMS = 200
# The disclosure template's vocabulary (docs/disclosure-vocabulary.md).
DISCLOSURE_NS = "urn:cctv-audit:disclosure/1#"
DISCLOSURE_TYPE = "cctv:SurveillanceCameraDisclosure"
_QUOTE_MAX = 300


def extract_structured(tree: Any, raw_html: str, url: str, warnings: list[str]) -> list[dict]:
    """Items with a type found in the page, nested ones included, as plain dicts.

    JSON-LD is parsed script by script, so one broken block (common on council CMSs) does
    not lose the others; microdata and RDFa go through extruct.
    """
    items: list[dict] = []
    if DISCLOSURE_NS in raw_html[:1_500_000]:
        items.extend(read_disclosure(raw_html, url, warnings))
    for script in tree.iterfind(".//script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = (script.text or "").strip()
        if DISCLOSURE_NS in raw and items:
            continue  # read through extruct above
        raw = re.sub(r"^\s*(?:<!--|//<!\[CDATA\[)|(?:-->|//\]\]>)\s*$", "", raw)
        if not raw:
            continue
        try:
            flatten(json.loads(raw, strict=False), items)
        except (ValueError, RecursionError) as exc:
            warnings.append(f"unreadable JSON-LD block: {type(exc).__name__}")
    syntaxes = []
    low = raw_html[:1_500_000].lower()
    if "itemscope" in low:
        syntaxes.append("microdata")
    if "typeof=" in low or "vocab=" in low:
        syntaxes.append("rdfa")
    if syntaxes:
        try:
            import extruct

            data = extruct.extract(tree, base_url=url, syntaxes=syntaxes, uniform=True, errors="ignore")
        except Exception as exc:  # extruct and its parsers raise many types on malformed markup
            warnings.append(f"structured data unreadable: {type(exc).__name__}")
            data = {}
        for syntax in syntaxes:
            for item in data.get(syntax, []) or []:
                flatten(item, items)
    return items[:MAX_STRUCTURED_ITEMS]


def flatten(item: Any, out: list[dict], depth: int = 0) -> None:
    """Append `item` and every typed dict nested in it (JSON-LD @graph included) to `out`."""
    if depth > 12 or len(out) >= MAX_STRUCTURED_ITEMS:
        return
    if isinstance(item, list):
        for x in item:
            flatten(x, out, depth + 1)
        return
    if not isinstance(item, dict):
        return
    if "@type" in item:
        out.append(item)
    for key, value in item.items():
        if key == "@context":
            continue
        if isinstance(value, (dict, list)):
            flatten(value, out, depth + 1)


def types_of(item: dict) -> set[str]:
    """The schema.org type names of an item ('https://schema.org/Person' -> 'Person')."""
    t = item.get("@type")
    names = t if isinstance(t, list) else [t]
    return {str(n).rsplit("/", 1)[-1] for n in names if n}


# ---------------------------------------------------------------- the disclosure template


def read_disclosure(raw_html: str, url: str, warnings: list[str]) -> list[dict]:
    """The disclosure documents of a page (JSON-LD of type cctv:SurveillanceCameraDisclosure),
    read through extruct's JSON-LD extractor, with every typed item nested in them.

    A council that publishes the report's disclosure template states each deliverable in
    this vocabulary; reading it first means its verdicts do not hang on how the detectors
    read its prose.
    """
    try:
        from extruct.jsonld import JsonLdExtractor

        blocks = JsonLdExtractor().extract(raw_html[:1_500_000], base_url=url)
    except Exception as exc:  # extruct raises many types on malformed JSON-LD
        warnings.append(f"disclosure JSON-LD unreadable: {type(exc).__name__}")
        return []
    out: list[dict] = []
    for block in blocks:
        for item in block.get("@graph", [block]) if isinstance(block, dict) else []:
            if isinstance(item, dict) and _is_disclosure(item):
                flatten(item, out)
    return out


def _is_disclosure(item: dict) -> bool:
    types = item.get("@type")
    return DISCLOSURE_TYPE in (types if isinstance(types, list) else [types])


def _text(value: Any) -> str:
    return re.sub(r"\s+", " ", str(value or "")).strip()[:_QUOTE_MAX]


def _list(value: Any) -> list[dict]:
    items = value if isinstance(value, list) else [value]
    return [x for x in items if isinstance(x, dict)]


def apply_disclosure(pa: Any, items: list[dict]) -> bool:
    """Add what a disclosure document states to ``pa`` (an analysis.page.PageAnalysis).

    Each statement becomes the same Finding the detectors would make from prose, quoted
    from the statement's own text (the template shows the same words on the page), so the
    assessment treats it like any other evidence. Returns True when a disclosure was found.
    """
    from .page import Finding
    from .vocab import CRITERIA_KEYS

    doc = next((it for it in items if _is_disclosure(it)), None)
    if doc is None:
        return False
    published = [
        c
        for c in _list(doc.get("cctv:criteria"))
        if c.get("cctv:published") is True and c.get("cctv:key") in CRITERIA_KEYS and _text(c.get("text"))
    ]
    if published:
        pa.signals["cctv_info"] = True
        crit = dict(pa.criteria or {})
        crit.update({k: bool(crit.get(k)) for k in CRITERIA_KEYS})
        pa.findings.append(
            Finding(
                "cctv_info", "5.1", _text(doc.get("name")) or _text(published[0].get("text")), {"source": "disclosure"}
            )
        )
        for c in published:
            crit[c["cctv:key"]] = True
            pa.findings.append(
                Finding("criterion", "5.1", _text(c.get("text")), {"criterion": c["cctv:key"], "source": "disclosure"})
            )
        pa.criteria = crit
    cert = next(iter(_list(doc.get("cctv:certification"))), None)
    if cert and cert.get("cctv:step") in ("step1", "step2"):
        pa.signals["certification"] = True
        pa.certification = {
            "level": cert["cctv:step"],
            "awarded": _text(cert.get("cctv:awarded")) or None,
            "mark_displayed": False,
        }
        pa.findings.append(
            Finding(
                "certification",
                "5.2",
                _text(cert.get("text")) or f"Certification {cert['cctv:step']}",
                {**pa.certification, "source": "disclosure"},
            )
        )
    spoc = next(iter(_list(doc.get("cctv:singlePointOfContact"))), None)
    if spoc:
        found = {
            "name": _text(spoc.get("name")) or None,
            "role": _text(spoc.get("jobTitle")) or _text(spoc.get("contactType")) or None,
            "email": _text(spoc.get("email")).replace("mailto:", "") or None,
            "phone": _text(spoc.get("telephone")) or None,
        }
        if found["email"] or found["phone"]:
            pa.signals["spoc"] = True
            pa.spoc = found
            pa.findings.append(
                Finding(
                    "spoc",
                    "5.3",
                    _text(spoc.get("description")) or " ".join(v for v in found.values() if v),
                    {**found, "contact_route": True, "form": False, "source": "disclosure"},
                )
            )
    for agreement in _list(doc.get("cctv:policeAgreements")):
        data = {
            "title": _text(agreement.get("name")) or None,
            "force": _text(agreement.get("cctv:policeForce")) or None,
            "signed": agreement.get("cctv:signedByBoth") is True,
            "draft": agreement.get("cctv:draft") is True,
            "date": _text(agreement.get("dateCreated")) or None,
            "url": _text(agreement.get("url")) or pa.url,
            "source": "disclosure",
        }
        quote = _text(agreement.get("text")) or data["title"] or "Agreement with the police"
        kind = "sla" if data["force"] else "sla_mention"
        pa.findings.append(Finding(kind, "5.5", quote, data))
        pa.sla.append({k: v for k, v in data.items() if k != "source"})
        pa.signals["sla"] = True
    return True

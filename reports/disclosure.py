"""A disclosure page each council can publish, pre-filled from what the audit found.

Every information criterion is a heading, filled with the words the audit found (and where)
or marked as still to write; then the SPOC, certification and police agreement sections. The
page carries the same statements as JSON-LD in the small vocabulary of
docs/disclosure-vocabulary.md, which analysis/structured.py reads first when a site
publishes it: what a council states there is read exactly, not guessed from its prose.
"""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from analysis.structured import DISCLOSURE_NS, DISCLOSURE_TYPE
from reports.model import CRITERIA, force_display

CONTEXT = {"@vocab": "https://schema.org/", "cctv": DISCLOSURE_NS}
PAGE_TITLE = "CCTV: information about our surveillance cameras"


def _criterion_text(authority: dict, key: str) -> tuple[str | None, str | None]:
    """The quoted words and address that evidenced one criterion, if the audit found it."""
    d = authority["deliverables"]["5.1"]
    if not d["criteria"].get(key):
        return None, None
    for e in d["evidence"]:
        if key in e.get("criteria", []) and e.get("quote"):
            return str(e["quote"]), e.get("url")
    return None, None


def disclosure_data(authority: dict, today: str) -> dict[str, Any]:
    """The disclosure of one normalised authority as a JSON-LD document (plain dicts)."""
    a, d = authority, authority["deliverables"]
    criteria = []
    for key, label, _advice in CRITERIA:
        text, url = _criterion_text(a, key)
        item: dict[str, Any] = {
            "@type": "cctv:InformationCriterion",
            "cctv:key": key,
            "name": label,
            "cctv:published": bool(text),
        }
        if text:
            item["text"] = text
        if url:
            item["url"] = url
        criteria.append(item)
    doc: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": DISCLOSURE_TYPE,
        "cctv:vocabularyVersion": 1,
        "name": PAGE_TITLE,
        "dateModified": today,
        "publisher": {
            "@type": "GovernmentOrganization",
            "name": a["name"],
            "identifier": a["gss_code"],
            "url": a.get("website"),
        },
        "cctv:criteria": criteria,
    }
    cert = d["5.2"]
    if cert["status"] == "met" and cert.get("level") in ("step1", "step2"):
        step = "step one (desktop)" if cert["level"] == "step1" else "step two (full)"
        doc["cctv:certification"] = {
            "@type": "cctv:Certification",
            "cctv:step": cert["level"],
            "cctv:awarded": cert.get("awarded"),
            "text": f"The council completed {step} certification against the Surveillance "
            "Camera Code"
            + (f" in {cert['awarded']}" if cert.get("awarded") else "")
            + ". The certification scheme closed in November 2025.",
        }
    spoc = d["5.3"]["spoc"]
    if spoc.get("email") or spoc.get("phone"):
        doc["cctv:singlePointOfContact"] = {
            "@type": "ContactPoint",
            "contactType": "Surveillance camera single point of contact",
            **{
                k: v
                for k, v in (
                    ("name", spoc.get("name")),
                    ("jobTitle", spoc.get("role")),
                    ("email", spoc.get("email")),
                    ("telephone", spoc.get("phone")),
                )
                if v
            },
            "description": "The single point of contact for all the council's surveillance camera systems.",
        }
    agreements = []
    for x in d["5.5"]["documents"]:
        if not x.get("url"):
            continue
        agreements.append(
            {
                "@type": "cctv:PoliceAgreement",
                "name": x.get("title") or "Agreement with the police",
                "url": x["url"],
                "cctv:policeForce": force_display(x.get("force") or a.get("police_force")),
                "cctv:signedByBoth": bool(x.get("signed")),
                "cctv:draft": bool(x.get("draft")),
                **({"dateCreated": x["date"]} if x.get("date") else {}),
            }
        )
    if agreements:
        doc["cctv:policeAgreements"] = agreements
    return doc


def json_ld(data: dict) -> Markup:
    """The JSON-LD for a <script> element: "<", ">" and "&" escaped so no scraped string can
    close the script or open a comment."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)

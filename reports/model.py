"""The vocabulary of the reports: deliverables, targets, criteria, statuses, and input hygiene.

Everything the report says about the strategy lives here, once, so the HTML, the CSV, the
terminal scorecard and the recommendations cannot drift apart. ``normalise`` turns a findings
document (docs/contract.md, additive fields included) into one with every field present, so
templates never have to guess whether a key exists — a run with a half-written authority still
renders, and a missing deliverable reads as ``unknown``, never as a failure.
"""

from __future__ import annotations

import copy
import hashlib
import re
from typing import Any
from urllib.parse import urlsplit

# The report modules read the domain through this module, so the names are re-exported (X as X).
from analysis.domain import CRITERIA as DOMAIN_CRITERIA
from analysis.domain import CRITERION_ADVICE as CRITERION_ADVICE
from analysis.domain import CRITERION_KEYS as CRITERION_KEYS
from analysis.domain import CRITERION_LABELS as CRITERION_LABELS
from analysis.domain import DELIVERABLE_BY_KEY as DELIVERABLE_BY_KEY
from analysis.domain import DELIVERABLE_KEYS as DELIVERABLE_KEYS
from analysis.domain import DELIVERABLES as DELIVERABLES
from analysis.domain import FINDINGS_SCHEMA
from analysis.domain import STATUSES as STATUSES
from analysis.domain import Deliverable as Deliverable
from analysis.domain import unknown_deliverable
from analysis.forces import official_name

SCHEMA = FINDINGS_SCHEMA
COMMISSIONER = "the Biometrics and Surveillance Camera Commissioner"
SCHEME_CLOSED = "21 November 2025"
SCHEME_CLOSED_ISO = "2025-11-21"

STATUS_LABELS = {"met": "Met", "partial": "Partial", "not_met": "Not met", "unknown": "Unknown"}
# govuk-tag colour modifiers: text/background pairs the Design System has checked for contrast.
STATUS_TAGS = {
    "met": "govuk-tag--green",
    "partial": "govuk-tag--yellow",
    "not_met": "govuk-tag--red",
    "unknown": "govuk-tag--grey",
}


SCHEME_NOTE = (
    "The Commissioner's third-party certification scheme closed to new applicants in September "
    "2023 and closed for good on 21 November 2025: every certificate lapsed and holders were "
    "asked to remove the \u201cSurveillance Camera Code Compliant\u201d mark. 5.2 therefore "
    "records whether an LA completed a step while the scheme ran; a mark still displayed today "
    "is out of date."
)

# (key, label, what to publish) in the order of docs/domain.md; keys are used as-is in findings.json.
CRITERIA: tuple[tuple[str, str, str], ...] = tuple((c.key, c.label, c.advice) for c in DOMAIN_CRITERIA)

CRAWL_STATUS_LABELS = {
    "ok": "Crawled",
    "unreachable": "Unreachable: no response from the site",
    "robots_blocked": "Blocked by the site's robots.txt",
    "error": "The crawl failed",
}
STOP_REASON_LABELS = {
    "settled": "every deliverable had a confident verdict",
    "frontier_exhausted": "no more promising pages to visit",
    "disclosure_read": "the council's CCTV information and everything it links to were read",
    "hub_allowance_spent": "the promising sections of the site were browsed without finding more",
    "missing_deliverables_searched": "every deliverable not yet found was searched for (site search, "
    "sitemap, A to Z, the sections where councils file it) and no more was found",
    "budget": "the page budget for the site was used up",
    "unreachable": "the site did not respond",
    "robots_blocked": "robots.txt forbids the pages the audit needs",
    "error": "an error stopped the crawl",
}

# Guidance a council needs to act on a finding (gov.uk pages of the Home Office and the
# Commissioner). Keys are used by recommendations.
GUIDANCE = {
    "code": (
        "Surveillance Camera Code of Practice",
        "https://www.gov.uk/government/publications/surveillance-camera-code-of-practice",
    ),
    "tools": (
        "Self-assessment tool (surveillance camera guidance, tools and templates)",
        "https://www.gov.uk/government/collections/surveillance-camera-guidance-tools-and-templates",
    ),
    "sla": (
        "Framework service level agreement",
        "https://www.gov.uk/government/publications/framework-service-level-agreement",
    ),
    "spoc": (
        "Introducing a single point of contact: guidance for local authorities",
        "https://www.gov.uk/government/publications/"
        "introducing-a-single-point-of-contact-guidance-for-local-authorities",
    ),
}

# (pattern in the technical error, explanation a council can act on), first match wins.
_ERROR_EXPLANATIONS: tuple[tuple[str, str], ...] = (
    (r"not audited: run", "The audit run stopped before this site was read."),
    (
        r"robots",
        "The site's robots.txt file asks crawlers not to read the pages the audit "
        "needs, so the audit did not read them.",
    ),
    (
        r"DNS|NXDOMAIN|getaddrinfo|Name or service not known|No address",
        "The site's address could not be found: its domain name did not resolve.",
    ),
    (
        r"SSL|TLS|certificate|CERTIFICATE",
        "The site's security certificate could not be checked, so the connection was not made.",
    ),
    (r"[Tt]imeout|timed out|TimeoutError", "The site took too long to answer."),
    (r"ConnectionRefused|Connection refused", "The site refused the connection."),
    (
        r"ConnectionDone|ConnectionLost|ResponseNeverReceived|DownloadFailed|closed|reset",
        "The site closed the connection before sending a page.",
    ),
    (r"\b403\b|[Ff]orbidden", "The site refused the audit's requests (access forbidden)."),
    (r"\b429\b|Too Many", "The site asked the audit to slow down and then stopped answering."),
    (r"\b5\d\d\b|Server Error|Service Unavailable", "The site answered with a server error."),
    (r"\b404\b|Not Found", "The site's home page was not found at the registered address."),
    (r"redirect|Redirect", "The site sent the audit to another website, which the audit does not follow."),
    (r"size|too large|maxsize", "The site's pages were larger than the audit's size limit."),
)


def explain_error(crawl: dict) -> str | None:
    """A plain explanation of why a site could not be read; technical detail stays in JSON."""
    status = crawl.get("status")
    error = str(crawl.get("error") or "")
    if status == "ok" and not error:
        return None
    for pattern, text in _ERROR_EXPLANATIONS:
        if error and re.search(pattern, error, re.I):
            return text
    if status == "robots_blocked":
        return _ERROR_EXPLANATIONS[1][1]
    if status == "unreachable":
        return "The site did not answer."
    return "The site could not be read." if status != "ok" else None


_SAFE_SCHEMES = ("http", "https")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def safe_href(url: Any) -> str | None:
    """Return ``url`` if it may become a link, else None.

    Scraped URLs end up as ``href``: only absolute http(s) URLs qualify; ``javascript:``,
    ``data:``, ``vbscript:``, scheme-relative ``//host`` and anything holding control
    characters (which browsers strip, e.g. ``java\\tscript:``) are shown as text instead.
    """
    if not isinstance(url, str):
        return None
    candidate = url.strip()
    if not candidate or _CONTROL.search(candidate) or " " in candidate:
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in _SAFE_SCHEMES or not parts.netloc:
        return None
    return candidate


def status_of(authority: dict, key: str) -> str:
    """The status of one deliverable, ``unknown`` when absent or not a known status."""
    status = (authority.get("deliverables") or {}).get(key, {}).get("status")
    return status if status in STATUSES else "unknown"


CONFIDENCES = ("high", "medium", "low")
CONFIDENCE_LABELS = {
    "high": "High confidence",
    "medium": "Medium confidence",
    "low": "Low confidence",
    None: "Confidence not recorded",
}
SEARCH_METHOD_LABELS = {
    "site_search": "the site's own search",
    "sitemap": "the sitemap",
    "a_z": "the A to Z of services",
    "section": "a likely section",
    "links": "links from pages read",
}
SEARCH_OUTCOME_LABELS = {
    "searched": "searched",
    "refused_by_robots": "refused by robots.txt",
    "unavailable": "not available on this site",
    "failed": "failed",
    "not_needed": "not needed",
}


def _normalise_confidence(d: dict) -> None:
    """The BRIEF's additive verdict fields, present in every deliverable after this.

    Runs written before the fields existed carry none of them: confidence stays None ("not
    recorded", never guessed), and search_effort None (unknown, not "incomplete").
    """
    conf = d.get("confidence")
    d["confidence"] = conf if conf in CONFIDENCES else None
    d["needs_review"] = bool(d.get("needs_review"))
    strength = d.get("evidence_strength") if isinstance(d.get("evidence_strength"), dict) else {}
    d["evidence_strength"] = {k: [str(x) for x in (strength.get(k) or []) if x] for k in ("strong", "weak")}
    effort = d.get("search_effort")
    if isinstance(effort, dict):
        steps = [s for s in (effort.get("steps") or []) if isinstance(s, dict)]
        d["search_effort"] = {
            "complete": bool(effort.get("complete")),
            "steps": [
                {
                    "method": str(s.get("method") or ""),
                    "target": str(s.get("target") or ""),
                    "outcome": str(s.get("outcome") or ""),
                }
                for s in steps
            ],
            "pages_read": [str(u) for u in (effort.get("pages_read") or []) if u][:50],
        }
    else:
        d["search_effort"] = None


def weak_verdict(d: dict) -> bool:
    """A met or partial that rests only on weak evidence, or that a person should check."""
    if d.get("status") not in ("met", "partial"):
        return False
    strength = d.get("evidence_strength") or {}
    only_weak = bool(strength.get("weak")) and not strength.get("strong")
    return bool(d.get("needs_review")) or d.get("confidence") == "low" or only_weak


def normalise_authority(authority: dict) -> dict:
    """A deep copy of one authority with every field the reports read present.

    Missing deliverables become ``unknown``; unknown statuses too; the 5.1 criteria get all
    19 keys (absent ones False); evidence items get url/quote/fetched_at.
    """
    a = copy.deepcopy(authority)
    for field in ("gss_code", "name", "website", "nation", "type", "region", "police_force"):
        a.setdefault(field, None)
    a["gss_code"] = str(a["gss_code"] or "")
    a["name"] = a["name"] or a["gss_code"]
    crawl = a.get("crawl") or {}
    crawl.setdefault("status", "error" if crawl.get("error") else "ok")
    for field, default in (
        ("pages_fetched", 0),
        ("documents_fetched", 0),
        ("error", None),
        ("stop_reason", None),
        ("errors", 0),
        ("started_at", None),
        ("finished_at", None),
    ):
        if crawl.get(field) is None:
            crawl[field] = default
    crawl["broken_evidence"] = [b for b in (crawl.get("broken_evidence") or []) if isinstance(b, dict)]
    crawl.setdefault("requests", None)
    crawl["error_samples"] = [str(e) for e in (crawl.get("error_samples") or [])]
    a["crawl"] = crawl
    delivs = a.get("deliverables") or {}
    for key in DELIVERABLE_KEYS:
        blank = unknown_deliverable(key)
        d = delivs.get(key) if isinstance(delivs.get(key), dict) else {}
        merged = {**blank, **{k: v for k, v in d.items() if v is not None or k not in blank}}
        if merged.get("status") not in STATUSES:
            merged["status"] = "unknown"
        merged["evidence"] = [
            {
                "url": e.get("url"),
                "quote": e.get("quote"),
                "fetched_at": e.get("fetched_at"),
                "criteria": [str(c) for c in (e.get("criteria") or []) if c],
                "secondary": bool(e.get("secondary")),
            }
            for e in (merged.get("evidence") or [])
            if isinstance(e, dict)
        ]
        _normalise_confidence(merged)
        if key == "5.1":
            # what analysis/assess.py adds: FOI answers (reactive, recorded apart), stale cues
            # such as "Data Protection Act 1998", and evidence only in committee papers
            merged["foi_responses"] = [str(u) for u in (merged.get("foi_responses") or [])]
            merged["stale"] = [str(c) for c in (merged.get("stale") or [])]
            merged["secondary_only"] = bool(merged.get("secondary_only"))
            crit = merged.get("criteria") or {}
            merged["criteria"] = {k: bool(crit.get(k)) for k in CRITERION_KEYS}
            merged["extra_criteria"] = sorted(k for k, v in crit.items() if k not in CRITERION_KEYS and v)
            merged["pages"] = list(merged.get("pages") or [])
        if key == "5.3":
            spoc = merged.get("spoc") or {}
            merged["spoc"] = {f: spoc.get(f) for f in ("name", "role", "email", "phone")}
        if key == "5.5":
            merged["documents"] = [doc for doc in (merged.get("documents") or []) if isinstance(doc, dict)]
        delivs[key] = merged
    a["deliverables"] = delivs
    return a


def normalise(doc: dict) -> dict:
    """A deep copy of a findings document, authorities normalised and sorted by GSS code."""
    out = {k: copy.deepcopy(v) for k, v in doc.items() if k != "authorities"}
    out.setdefault("schema", SCHEMA)
    run = out.get("run") or {}
    for field in ("id", "label", "started_at", "finished_at"):
        run.setdefault(field, None)
    out["run"] = run
    out["authorities"] = sorted(
        (normalise_authority(a) for a in doc.get("authorities") or []), key=lambda a: a["gss_code"]
    )
    return out


def run_title(run: dict) -> str:
    """How a run is named to readers: its label, else its number, with its finish date."""
    name = run.get("label") or (f"Run {run['id']}" if run.get("id") is not None else "This run")
    when = (run.get("finished_at") or run.get("started_at") or "")[:10]
    return f"{name} ({when})" if when else str(name)


def force_display(force: str | None) -> str:
    """The name a force uses for itself ("Suffolk" -> "Suffolk Constabulary").

    A name the alias table does not know is shown as given, with "police" added when it
    does not already say it is a force.
    """
    if not force:
        return "the local police force"
    official = official_name(force)
    if official:
        return official
    if re.search(r"\b(Police|Constabulary)\b", force):
        return force
    return f"{force} police"


_CODE_RE = re.compile(r"[A-Za-z0-9]{1,20}")


def la_filename(gss_code: str) -> str:
    """The file name of an LA's page: ``<gss_code>.html``.

    GSS codes are plain letters and digits; anything else (a hand-made register) is replaced
    by a stable hash, so a code can never become a path like ``../index``.
    """
    code = str(gss_code or "")
    if _CODE_RE.fullmatch(code):
        return f"{code}.html"
    return "la-" + hashlib.sha256(code.encode("utf-8")).hexdigest()[:16] + ".html"

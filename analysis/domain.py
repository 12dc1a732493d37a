"""The audit's facts, in one place: what Objective 5 measures and the words the JSON uses for it.

Deliverables with their titles and targets, the 19 information criteria of 5.1 with their
labels, the statuses a verdict can take, the crawl statuses, the finding types the detectors
emit and the schema ids of the documents the project writes. Everything else imports them from
here — the detectors, the assessment, the crawler, the exports and the report — so a renamed
criterion or a new status cannot reach one reader and miss another. docs/domain.md gives the
rules behind each deliverable; docs/contract.md the JSON these names appear in.

This module sits at the bottom of the layers: it imports nothing of the project.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal, get_args

__all__ = [
    "FINDINGS_SCHEMA",
    "CHANGES_SCHEMA",
    "Status",
    "STATUSES",
    "CrawlStatus",
    "CRAWL_STATUSES",
    "Confidence",
    "Deliverable",
    "DELIVERABLES",
    "DELIVERABLE_KEYS",
    "DELIVERABLE_BY_KEY",
    "Criterion",
    "CRITERIA",
    "CRITERION_KEYS",
    "CRITERION_LABELS",
    "CRITERION_ADVICE",
    "FindingType",
    "FINDING_TYPES",
    "SPOC_FIELDS",
    "unknown_deliverable",
]

FINDINGS_SCHEMA = "cctv-audit/findings/1"  # findings.json, `export --format json`
CHANGES_SCHEMA = "cctv-audit/changes/1"  # changes.json, the scheduler's webhook body


class Status(StrEnum):
    """A deliverable's verdict. `unknown` means the site could not be assessed, never a failure."""

    MET = "met"
    PARTIAL = "partial"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


STATUSES: tuple[str, ...] = tuple(s.value for s in Status)


class CrawlStatus(StrEnum):
    """How the crawl of one site ended (`crawl.status`)."""

    OK = "ok"
    UNREACHABLE = "unreachable"
    ROBOTS_BLOCKED = "robots_blocked"
    ERROR = "error"


CRAWL_STATUSES: tuple[str, ...] = tuple(s.value for s in CrawlStatus)


class Confidence(StrEnum):
    """How sure a verdict is: a false "not met" publicly wrongs a council, so every verdict says."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


@dataclass(frozen=True)
class Deliverable:
    """One measured deliverable of Objective 5 and the strategy's success measure for it."""

    key: str  # "5.1"
    slug: str  # "d5_1": safe in ids, file names and CSV column names
    title: str
    measure: str  # the success measure, as the strategy words it
    figure: str  # what the headline figure counts
    target: float  # share of LAs (0..1) the measure asks for
    short: str = ""  # a few words, for chart labels


DELIVERABLES: tuple[Deliverable, ...] = (
    Deliverable(
        "5.1",
        "d5_1",
        "Information about surveillance camera systems published",
        "All LAs in England and Wales provide information on the use of surveillance camera systems on their websites.",
        "LAs publishing information about their own surveillance camera systems",
        1.0,
        "information published",
    ),
    Deliverable(
        "5.2",
        "d5_2",
        "Third-party certification against the Surveillance Camera Code",
        "50% of LAs complete a minimum of step one certification (desktop) for their main system.",
        "LAs stating they completed at least step one certification",
        0.5,
        "certification (step 1 or 2)",
    ),
    Deliverable(
        "5.3",
        "d5_3",
        "Surveillance camera single point of contact (SPOC) published",
        "All LAs publish details of their surveillance camera SPOC.",
        "LAs publishing a designated SPOC with a contact route",
        1.0,
        "SPOC published",
    ),
    Deliverable(
        "5.5",
        "d5_5",
        "Service level agreement with the police signed and published",
        "SLAs signed off by both parties (police and LAs) and published. The strategy sets no "
        "percentage: every LA is the aim.",
        "LAs publishing an agreement with their police force signed by both parties",
        1.0,
        "police agreement signed and published",
    ),
)
DELIVERABLE_BY_KEY: dict[str, Deliverable] = {d.key: d for d in DELIVERABLES}
DELIVERABLE_KEYS: tuple[str, ...] = tuple(d.key for d in DELIVERABLES)


@dataclass(frozen=True)
class Criterion:
    """One of the 19 things a council's CCTV information should say (deliverable 5.1)."""

    key: str  # used as-is in findings.json `criteria`
    label: str
    advice: str  # what to publish, as the report's recommendations word it


CRITERIA: tuple[Criterion, ...] = (
    Criterion("purpose", "Purpose", "why the system exists: the objectives of the CCTV scheme"),
    Criterion(
        "code_compliance",
        "Regard to the Surveillance Camera Code",
        "a statement of regard to the Surveillance Camera Code of Practice and its 12 "
        "guiding principles (Protection of Freedoms Act 2012)",
    ),
    Criterion(
        "operator",
        "Operator and data controller",
        "who owns and runs the system, the data controller and its ICO registration number",
    ),
    Criterion(
        "cameras", "Cameras", "how many cameras there are and where (a list or map), hours monitored, capabilities"
    ),
    Criterion(
        "policy", "Policy or code of practice", "the CCTV code of practice, policy or operational procedures document"
    ),
    Criterion(
        "dpia",
        "Data protection impact assessment",
        "the data protection impact assessment (DPIA) and the CCTV privacy notice",
    ),
    Criterion("annual_review", "Annual review", "the annual review or annual report of the system"),
    Criterion(
        "statistics",
        "Performance statistics",
        "performance figures: incidents, arrests, evidence packages, police requests",
    ),
    Criterion("retention", "Retention period", "how long footage is kept (for example 31 days)"),
    Criterion("disclosure", "Disclosure", "who footage is shared with, and how requests are handled"),
    Criterion(
        "subject_access", "Subject access", "how people can request footage of themselves (subject access request)"
    ),
    Criterion("complaints", "Complaints", "how to complain about the system, and a contact point"),
    Criterion("foi", "Freedom of information", "the freedom of information route"),
    Criterion("signage", "Signage", "that signs are displayed where cameras operate"),
    Criterion(
        "standards",
        "Standards and training",
        "the standards met (for example BS 7958), operator training and licensing",
    ),
    Criterion("self_assessment", "Self-assessment tool", "the completed Surveillance Camera Code self-assessment tool"),
    Criterion("responsible_officer", "Responsible officer", "the SPOC, senior responsible officer or system manager"),
    Criterion(
        "police_agreement", "Agreement with the police", "the agreement with the police on access to and use of footage"
    ),
    Criterion(
        "other_systems",
        "Other surveillance camera systems",
        "body-worn video, ANPR, drones, redeployable and vehicle cameras",
    ),
)
CRITERION_KEYS: tuple[str, ...] = tuple(c.key for c in CRITERIA)
CRITERION_LABELS: dict[str, str] = {c.key: c.label for c in CRITERIA}
CRITERION_ADVICE: dict[str, str] = {c.key: c.advice for c in CRITERIA}

# What a detector can report about a page (analysis.page.Finding.type). A Literal rather than an
# enum so detectors keep writing plain strings while mypy rejects a misspelt one.
FindingType = Literal[
    "cctv_info",
    "criterion",
    "certification",
    "certification_progress",
    "spoc",
    "cctv_contact",
    "sla",
    "sla_mention",
    "sla_ended",
    "decoy",
    "foi_response",
    "secondary",
    "stale",
]
FINDING_TYPES: tuple[str, ...] = get_args(FindingType)

SPOC_FIELDS: tuple[str, ...] = ("name", "role", "email", "phone")


def unknown_deliverable(key: str) -> dict[str, Any]:
    """A deliverable that could not be assessed, in the shape of findings.json.

    The same shape assess() gives a site with no page read: 5.1 scores 0.0 with all 19 criteria
    false, so a reader of the JSON never has to ask whether a key is present.
    """
    base: dict[str, Any] = {"status": Status.UNKNOWN.value}
    if key == "5.1":
        base.update(score=0.0, pages=[], criteria={k: False for k in CRITERION_KEYS})
    elif key == "5.2":
        base.update(level=None, awarded=None, mark_displayed=False)
    elif key == "5.3":
        base.update(spoc={f: None for f in SPOC_FIELDS})
    elif key == "5.5":
        base.update(documents=[])
    else:
        raise KeyError(f"not a deliverable: {key!r}")
    base["evidence"] = []
    return copy.deepcopy(base)

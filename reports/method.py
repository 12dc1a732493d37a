"""What the "How this audit works" page says: the rules, the crawl dates, coverage, accuracy.

The verdict rules are written here with the thresholds imported from analysis.assess, so the
page states the rule the code applies; tests/reports/test_reports_method.py runs the assessment
on either side of each threshold to keep the sentences true.
"""

from __future__ import annotations

from analysis.domain import STATUSES

from typing import Any

from analysis.assess import MET_CRITERIA_THRESHOLD
from analysis.vocab import CRITERIA_KEYS
from reports.model import DELIVERABLE_KEYS, SCHEME_CLOSED, status_of

N_CRITERIA = len(CRITERIA_KEYS)


def rules() -> list[dict[str, str]]:
    """Per deliverable: what makes it met, partial, not met and unknown, in plain words."""
    unknown = (
        "the council's site could not be read (no response, refused by robots.txt, "
        "or the crawl failed before any page was read). Unknown is never counted "
        "against the council and is left out of every percentage."
    )
    return [
        _sentences(r)
        for r in (
            {
                "key": "5.1",
                "met": f"the council's own pages about its surveillance cameras show at least "
                f"{MET_CRITERIA_THRESHOLD} of the {N_CRITERIA} information criteria. Met is a "
                f"low bar: a council with {MET_CRITERIA_THRESHOLD} of {N_CRITERIA} is met, so "
                "each council page also says how many criteria were found.",
                "partial": f"the council has a page about its own cameras, but it shows fewer than "
                f"{MET_CRITERIA_THRESHOLD} of the criteria.",
                "not_met": "no page about the council's own surveillance cameras was found. Pages "
                "about other bodies' cameras, answers to freedom of information requests "
                "and pages that only mention CCTV in passing do not count.",
                "unknown": unknown,
            },
            {
                "key": "5.2",
                "met": "the council states that it completed step one (desktop) or step two (full) "
                "third-party certification against the Surveillance Camera Code. The "
                f"certification scheme closed on {SCHEME_CLOSED}, so this records a past "
                "award; a \u201ccompliant\u201d mark still displayed today is out of date.",
                "partial": "not used: certification was either claimed or not.",
                "not_met": "no statement of certification was found.",
                "unknown": unknown,
            },
            {
                "key": "5.3",
                "met": "a single point of contact (SPOC) for surveillance cameras is designated and "
                "published with a way to reach them (an email address, phone number or form).",
                "partial": "a SPOC is named without a contact route, or a CCTV contact is published "
                "but not designated as the single point of contact.",
                "not_met": "no SPOC and no CCTV contact was found.",
                "unknown": unknown,
            },
            {
                "key": "5.5",
                "met": "an agreement with the police (service level or information sharing agreement) "
                "is published, names the police force, is signed for both the council and the "
                "police, and is not a draft.",
                "partial": "an agreement is only mentioned, or is published unsigned or as a draft.",
                "not_met": "no agreement with the police was found.",
                "unknown": unknown,
            },
        )
    ]


def _sentences(rule: dict[str, str]) -> dict[str, str]:
    out = {"key": rule["key"]}
    for field in STATUSES:
        text = rule[field]
        out[field] = text[0].upper() + text[1:] if text.startswith("not used") else "When " + text
    return out


CANNOT_SEE = [
    "Words inside images, and scanned documents with no text layer: they are listed as "
    "unreadable, never read as an absence.",
    "Pages drawn only by JavaScript: the audit reads the HTML a site sends, as a search engine's basic crawler does.",
    "Pages that the site's robots.txt forbids: the audit obeys robots.txt, so a refused site is marked not assessed.",
    "Anything behind a login, a form or a search the site does not expose to crawlers.",
    "Documents too large to fetch within the audit's size limit, and pages beyond the page budget set for each site.",
    "Whether what a council publishes is true or up to date: the audit records what is "
    "published, with the words and the date it was read.",
]


def crawl_dates(doc: dict) -> dict[str, str | None]:
    """The run's start and finish, and the first and last site crawl times."""
    starts = sorted(a["crawl"]["started_at"] for a in doc["authorities"] if a["crawl"].get("started_at"))
    ends = sorted(a["crawl"]["finished_at"] for a in doc["authorities"] if a["crawl"].get("finished_at"))
    run = doc.get("run") or {}
    return {
        "run_started": run.get("started_at"),
        "run_finished": run.get("finished_at"),
        "first_site": starts[0] if starts else None,
        "last_site": ends[-1] if ends else None,
    }


def coverage(doc: dict) -> dict[str, Any]:
    """How many sites were read, unreachable, refused or failed, and how much was read."""
    counts = {"ok": 0, "unreachable": 0, "robots_blocked": 0, "error": 0}
    for a in doc["authorities"]:
        status = a["crawl"]["status"]
        counts[status if status in counts else "error"] += 1
    complete = incomplete = not_recorded = 0
    for a in doc["authorities"]:
        for key in DELIVERABLE_KEYS:
            if status_of(a, key) != "not_met":
                continue
            effort = a["deliverables"][key].get("search_effort")
            if effort is None:
                not_recorded += 1
            elif effort["complete"]:
                complete += 1
            else:
                incomplete += 1
    return {
        "sites": len(doc["authorities"]),
        **counts,
        "pages": sum(int(a["crawl"]["pages_fetched"] or 0) for a in doc["authorities"]),
        "documents": sum(int(a["crawl"]["documents_fetched"] or 0) for a in doc["authorities"]),
        "not_met_complete_search": complete,
        "not_met_incomplete_search": incomplete,
        "not_met_search_not_recorded": not_recorded,
    }


def accuracy_summary(data: Any) -> dict[str, Any] | None:
    """Accuracy per deliverable from a benchmark results file, or None when not measured.

    Accepts what crawler.evaluate.compare returns (``{"authorities", "accuracy": {...}}``) or
    the benchmark's results (``{name: {"compare": {...}}}``, "focused" preferred). Anything
    else is treated as not measured rather than guessed at.
    """
    if not isinstance(data, dict):
        return None
    source = data.get("source") if isinstance(data.get("source"), str) else None
    compared = data if isinstance(data.get("accuracy"), dict) else None
    if compared is None:
        named = {k: v for k, v in data.items() if isinstance(v, dict) and isinstance(v.get("compare"), dict)}
        if named:
            name = "focused" if "focused" in named else sorted(named)[0]
            compared, source = named[name]["compare"], source or f"benchmark ({name} crawl)"
    if compared is None:
        return None
    acc = compared["accuracy"]
    rows = []
    for key in ("crawl", *DELIVERABLE_KEYS):
        value = acc.get(key)
        if isinstance(value, (int, float)) and 0 <= value <= 1:
            rows.append({"what": "Crawl status" if key == "crawl" else key, "share": float(value)})
    if not rows:
        return None
    misses = compared.get("misses") if isinstance(compared.get("misses"), list) else []
    return {
        "source": source or "truth benchmark on the simulated council web",
        "authorities": compared.get("authorities"),
        "rows": rows,
        "misses": len(misses),
    }

"""findings.json and findings.csv: the same numbers as the report, for scripts and spreadsheets.

The JSON keeps the CONTRACT document as given (nothing is dropped or invented) in a stable
order, so two exports of one run are byte-identical and diff cleanly between runs. The CSV is
one row per LA for people who open it in Excel — which is why every text cell is guarded
against formula injection: a scraped quote like ``=HYPERLINK(...)`` must stay text.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from reports.model import (
    CONFIDENCE_LABELS,
    CRITERION_KEYS,
    DELIVERABLE_KEYS,
    DELIVERABLES,
    STATUS_LABELS,
    explain_error,
    la_filename,
    normalise,
    weak_verdict,
)

# Keys in this order first (CONTRACT order), any other key after them alphabetically.
_KEY_ORDER = [
    "schema",
    "run",
    "authorities",
    "id",
    "label",
    "started_at",
    "finished_at",
    "gss_code",
    "name",
    "nation",
    "type",
    "region",
    "police_force",
    "website",
    "crawl",
    "deliverables",
    "status",
    "pages_fetched",
    "documents_fetched",
    "error",
    "stop_reason",
    "errors",
    "broken_evidence",
    "score",
    "pages",
    "criteria",
    "level",
    "awarded",
    "mark_displayed",
    "spoc",
    "role",
    "email",
    "phone",
    "documents",
    "title",
    "url",
    "force",
    "signed",
    "draft",
    "expired",
    "date",
    "evidence",
    "quote",
    "fetched_at",
    *CRITERION_KEYS,
    *DELIVERABLE_KEYS,
]
_RANK = {k: i for i, k in enumerate(_KEY_ORDER)}


def _ordered(value: Any) -> Any:
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: (_RANK.get(k, len(_RANK)), str(k)))
        return {k: _ordered(value[k]) for k in keys}
    if isinstance(value, list):
        return [_ordered(v) for v in value]
    return value


def findings_json(doc: dict) -> str:
    """The findings document as pretty UTF-8 JSON in a stable key order (authorities by code)."""
    ordered = dict(doc)
    ordered["authorities"] = sorted(doc.get("authorities") or [], key=lambda a: str(a.get("gss_code") or ""))
    return json.dumps(_ordered(ordered), indent=2, ensure_ascii=False) + "\n"


CSV_COLUMNS = [
    "gss_code",
    "name",
    "nation",
    "type",
    "region",
    "police_force",
    "website",
    "crawl_status",
    "crawl_error",
    "pages_fetched",
    "documents_fetched",
    "d5_1_status",
    "d5_1_score",
    "d5_1_criteria",
    "d5_2_status",
    "d5_2_level",
    "d5_2_awarded",
    "d5_2_mark_displayed",
    "d5_3_status",
    "d5_3_spoc_name",
    "d5_3_spoc_role",
    "d5_3_spoc_email",
    "d5_3_spoc_phone",
    "d5_5_status",
    "d5_5_documents",
    "evidence_urls",
]
# Added for people reading the CSV in a spreadsheet (scripts keep the columns above): the run,
# readable statuses, how sure each verdict is, one evidence address and quote per
# deliverable, and the council's page in the report.
CSV_READABLE_COLUMNS = [
    "run_id",
    "run_label",
    "run_started",
    "run_finished",
    "site_read_on",
    "crawl_explanation",
    *[
        f"{d.slug}_{field}"
        for d in DELIVERABLES
        for field in ("verdict", "confidence", "needs_review", "evidence_url", "evidence_quote")
    ],
    "report_page",
]
CSV_COLUMNS = CSV_COLUMNS + CSV_READABLE_COLUMNS
LIST_SEPARATOR = ";"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> str:
    """One CSV cell: None -> "", booleans -> true/false, text guarded against formulas.

    A cell starting with = + - @ (or tab / carriage return, which Excel also strips) gets a
    leading apostrophe, the OWASP-recommended neutraliser; numbers are written as numbers.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(round(value, 4)) if isinstance(value, float) else str(value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _join(items: list[str]) -> str:
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return LIST_SEPARATOR.join(seen)


def _day(value: Any) -> str | None:
    """An ISO timestamp as its date, 2026-11-28: a date every spreadsheet sorts and reads."""
    return str(value)[:10] if value else None


def _readable(authority: dict, run: dict) -> dict[str, Any]:
    a, d = authority, authority["deliverables"]
    row: dict[str, Any] = {
        "run_id": run.get("id"),
        "run_label": run.get("label"),
        "run_started": _day(run.get("started_at")),
        "run_finished": _day(run.get("finished_at")),
        "site_read_on": _day(a["crawl"]["finished_at"] or a["crawl"]["started_at"]),
        "crawl_explanation": explain_error(a["crawl"]),
        "report_page": f"la/{la_filename(a['gss_code'])}",
    }
    for dl in DELIVERABLES:
        x = d[dl.key]
        label = STATUS_LABELS[x["status"]] if x["status"] != "unknown" else "Not assessed"
        if weak_verdict(x):
            label += ", weak evidence"
        first = next((e for e in x["evidence"] if e["url"]), None)
        row.update(
            {
                f"{dl.slug}_verdict": label,
                f"{dl.slug}_confidence": None if x["status"] == "unknown" else CONFIDENCE_LABELS[x.get("confidence")],
                f"{dl.slug}_needs_review": "Yes" if x.get("needs_review") else "No",
                f"{dl.slug}_evidence_url": first["url"] if first else None,
                f"{dl.slug}_evidence_quote": first["quote"] if first else None,
            }
        )
    return row


def csv_row(authority: dict, run: dict | None = None) -> dict[str, str]:
    """The CSV row of one normalised authority (see ``CSV_COLUMNS``)."""
    a, d = authority, authority["deliverables"]
    spoc = d["5.3"]["spoc"]
    evidence = [e["url"] for key in DELIVERABLE_KEYS for e in d[key]["evidence"] if e["url"]]
    row = {
        "gss_code": a["gss_code"],
        "name": a["name"],
        "nation": a["nation"],
        "type": a["type"],
        "region": a["region"],
        "police_force": a["police_force"],
        "website": a["website"],
        "crawl_status": a["crawl"]["status"],
        "crawl_error": a["crawl"]["error"],
        "pages_fetched": a["crawl"]["pages_fetched"],
        "documents_fetched": a["crawl"]["documents_fetched"],
        "d5_1_status": d["5.1"]["status"],
        "d5_1_score": d["5.1"]["score"],
        "d5_1_criteria": _join([k for k in CRITERION_KEYS if d["5.1"]["criteria"][k]]),
        "d5_2_status": d["5.2"]["status"],
        "d5_2_level": d["5.2"]["level"],
        "d5_2_awarded": d["5.2"]["awarded"],
        "d5_2_mark_displayed": d["5.2"]["mark_displayed"],
        "d5_3_status": d["5.3"]["status"],
        "d5_3_spoc_name": spoc["name"],
        "d5_3_spoc_role": spoc["role"],
        "d5_3_spoc_email": spoc["email"],
        "d5_3_spoc_phone": spoc["phone"],
        "d5_5_status": d["5.5"]["status"],
        "d5_5_documents": _join([str(x.get("url") or "") for x in d["5.5"]["documents"]]),
        "evidence_urls": _join(evidence),
        **_readable(a, run or {}),
    }
    return {k: csv_cell(v) for k, v in row.items()}


def findings_csv(doc: dict) -> str:
    """One row per LA (sorted by GSS code); lists inside a cell are joined with ``;``."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    normalised = normalise(doc)
    for authority in normalised["authorities"]:
        writer.writerow(csv_row(authority, normalised["run"]))
    return out.getvalue()

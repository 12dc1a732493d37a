"""findings.json and findings.csv: faithful, stable, readable back, safe to open in Excel."""

from __future__ import annotations

import copy
import csv
import io
import json
import random

from reports_sample import PAYLOADS

from reports.export import CSV_COLUMNS, csv_cell, findings_csv, findings_json


def test_json_is_the_document_in_a_stable_order(findings: dict) -> None:
    text = findings_json(findings)
    assert json.loads(text) == {**findings, "authorities": sorted(findings["authorities"], key=lambda a: a["gss_code"])}
    shuffled = copy.deepcopy(findings)
    random.Random(1).shuffle(shuffled["authorities"])
    shuffled = {k: shuffled[k] for k in reversed(list(shuffled))}  # other key order
    assert findings_json(shuffled) == text
    assert list(json.loads(text)) == ["schema", "run", "authorities"]
    first = json.loads(text)["authorities"][0]
    assert list(first)[:3] == ["gss_code", "name", "nation"]
    assert list(first["deliverables"]) == ["5.1", "5.2", "5.3", "5.5"]
    assert "\\u" not in text and text.endswith("\n")  # real UTF-8, not escapes


def _rows(doc: dict) -> list[dict]:
    return list(csv.DictReader(io.StringIO(findings_csv(doc), newline="")))


def test_csv_reads_back_one_row_per_la(findings: dict) -> None:
    rows = _rows(findings)
    assert len(rows) == len(findings["authorities"]) == 339
    assert list(rows[0]) == CSV_COLUMNS
    by_code = {r["gss_code"]: r for r in rows}
    assert len(by_code) == 339
    for a in findings["authorities"]:
        row = by_code[a["gss_code"]]
        d = a["deliverables"]
        for key in ("5.1", "5.2", "5.3", "5.5"):
            assert row["d" + key.replace(".", "_") + "_status"] == d[key]["status"]
        true_keys = [k for k, v in d["5.1"]["criteria"].items() if v]
        assert (row["d5_1_criteria"].split(";") if row["d5_1_criteria"] else []) == true_keys
        assert row["d5_2_mark_displayed"] == ("true" if d["5.2"]["mark_displayed"] else "false")
        assert row["pages_fetched"] == str(a["crawl"]["pages_fetched"])
        if d["5.1"]["score"] is not None:
            assert float(row["d5_1_score"]) == d["5.1"]["score"]


def test_csv_cells_that_look_like_formulas_are_text(findings: dict) -> None:
    rows = _rows(findings)
    cells = [v for r in rows for v in r.values()]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    spoc_names = {r["d5_3_spoc_name"] for r in rows}
    scraped = {a["deliverables"]["5.3"]["spoc"]["name"] for a in findings["authorities"]}
    formulas = [p for p in PAYLOADS if p[0] in "=+-@" and p in scraped]
    assert len(formulas) >= 2  # the sample carries them
    for payload in formulas:
        assert "'" + payload in spoc_names
    assert csv_cell("+44 1429 266522") == "'+44 1429 266522"
    assert csv_cell('=HYPERLINK("http://x/")') == '\'=HYPERLINK("http://x/")'
    assert csv_cell("\tcmd") == "'\tcmd"
    assert csv_cell("CCTV Manager") == "CCTV Manager"
    assert csv_cell(0.368) == "0.368" and csv_cell(None) == "" and csv_cell(True) == "true"


def test_csv_survives_newlines_quotes_and_commas() -> None:
    doc = {
        "schema": "cctv-audit/findings/1",
        "run": {"id": 1},
        "authorities": [
            {
                "gss_code": "E07000001",
                "name": 'Ash, "Upper"\nDistrict',
                "website": "https://a.gov.uk/",
                "crawl": {"status": "error", "error": "line one\r\nline two, with comma"},
                "deliverables": {
                    "5.5": {
                        "status": "partial",
                        "documents": [{"url": "https://a.gov.uk/sla.pdf"}, {"url": "https://a.gov.uk/isa.pdf"}],
                        "evidence": [{"url": "https://a.gov.uk/cctv", "quote": "x"}],
                    }
                },
            }
        ],
    }
    rows = _rows(doc)
    assert len(rows) == 1
    assert rows[0]["name"] == 'Ash, "Upper"\nDistrict'
    assert rows[0]["crawl_error"] == "line one\r\nline two, with comma"
    assert rows[0]["d5_5_documents"] == "https://a.gov.uk/sla.pdf;https://a.gov.uk/isa.pdf"
    assert rows[0]["d5_1_status"] == "unknown" and rows[0]["evidence_urls"] == "https://a.gov.uk/cctv"


def test_csv_carries_readable_columns_for_people(findings: dict) -> None:
    from reports.export import CSV_READABLE_COLUMNS

    rows = {r["gss_code"]: r for r in _rows(findings)}
    assert list(next(iter(rows.values())))[-len(CSV_READABLE_COLUMNS) :] == CSV_READABLE_COLUMNS
    labels = {"met": "Met", "partial": "Partial", "not_met": "Not met", "unknown": "Not assessed"}
    for a in findings["authorities"]:
        row = rows[a["gss_code"]]
        assert row["run_id"] == str(findings["run"]["id"]) and row["run_label"] == "2026 Q4"
        assert row["run_finished"] == "2026-11-28"
        assert row["report_page"] == f"la/{a['gss_code']}.html"
        for key in ("5.1", "5.2", "5.3", "5.5"):
            d, slug = a["deliverables"][key], "d" + key.replace(".", "_")
            assert row[f"{slug}_verdict"].startswith(labels[d["status"]])
            first = next((e for e in d["evidence"] if e["url"]), None)
            if first and not first["url"].startswith(("=", "+", "-", "@")):
                assert row[f"{slug}_evidence_url"] == first["url"]
            if d.get("needs_review") and d["status"] == "met":
                assert row[f"{slug}_verdict"] == "Met, weak evidence"
                assert row[f"{slug}_needs_review"] == "Yes"
                assert row[f"{slug}_confidence"] == "Low confidence"
    # a crawl error becomes an explanation, the technical detail stays in its own column
    failed = next(
        a
        for a in findings["authorities"]
        if a["crawl"]["status"] == "unreachable" and "refused" in (a["crawl"]["error"] or "")
    )
    assert rows[failed["gss_code"]]["crawl_explanation"] == "The site refused the connection."

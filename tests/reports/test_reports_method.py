"""The "How this audit works" page states the rules the assessment applies, and only those."""

from __future__ import annotations

import json
from pathlib import Path

from lxml import html as lxml_html

from analysis.assess import MET_CRITERIA_THRESHOLD, assess
from analysis.page import Finding, PageAnalysis
from analysis.vocab import CRITERIA_KEYS
from reports import method
from reports.build import write_report


def _cctv_page(n_criteria: int) -> PageAnalysis:
    crit = {
        k: i < n_criteria
        for i, k in enumerate(k for k in CRITERIA_KEYS if k not in ("responsible_officer", "police_agreement"))
    }
    return PageAnalysis(
        url="https://www.anytown.gov.uk/cctv",
        kind="html",
        title="CCTV",
        signals={"cctv_info": True},
        criteria=crit,
        spoc=None,
        certification=None,
        sla=[],
        findings=[Finding("cctv_info", "5.1", "The council runs 40 public space cameras.")],
        decoy=None,
        no_text_layer=False,
        fetched_at="2026-11-28T09:00:00Z",
    )


def test_the_stated_51_threshold_is_the_one_the_assessment_applies() -> None:
    rule = next(r for r in method.rules() if r["key"] == "5.1")
    assert f"at least {MET_CRITERIA_THRESHOLD} of the {len(CRITERIA_KEYS)}" in rule["met"]
    assert assess([_cctv_page(MET_CRITERIA_THRESHOLD)], "ok")["5.1"]["status"] == "met"
    assert assess([_cctv_page(MET_CRITERIA_THRESHOLD - 1)], "ok")["5.1"]["status"] == "partial"
    assert assess([], "unreachable")["5.1"]["status"] == "unknown"


def test_method_page_is_linked_from_every_page_and_says_accuracy_not_measured(built_report: Path) -> None:
    site = built_report.parent
    page = lxml_html.parse(str(site / "method.html")).getroot()
    text = " ".join(page.text_content().split())
    assert f"at least {MET_CRITERIA_THRESHOLD} of the 19 information criteria" in text
    assert "Not measured for this report" in text
    assert "Words inside images" in text and "robots.txt" in text
    for name in [
        "index.html",
        "authorities.html",
        "forces.html",
        "trend.html",
        "map.html",
        "missing.html",
        "la/E06000011.html",
    ]:
        tree = lxml_html.parse(str(site / name)).getroot()
        hrefs = {a.get("href") for a in tree.iter("a")}
        assert {"method.html", "../method.html"} & hrefs, name


def test_coverage_and_dates_come_from_the_document(findings: dict) -> None:
    from reports.model import normalise

    doc = normalise(findings)
    cov = method.coverage(doc)
    statuses = [a["crawl"]["status"] for a in findings["authorities"]]
    assert cov["sites"] == len(statuses)
    assert cov["ok"] == statuses.count("ok")
    assert cov["unreachable"] == statuses.count("unreachable")
    assert cov["ok"] + cov["unreachable"] + cov["robots_blocked"] + cov["error"] == cov["sites"]
    dates = method.crawl_dates(doc)
    assert dates["run_finished"] == findings["run"]["finished_at"]


def test_accuracy_from_benchmark_results(findings: dict, tmp_path: Path) -> None:
    results = {
        "bfs": {
            "compare": {
                "authorities": 339,
                "accuracy": {"crawl": 1.0, "5.1": 0.5, "5.2": 0.5, "5.3": 0.5, "5.5": 0.5},
                "misses": [],
            }
        },
        "focused": {
            "compare": {
                "authorities": 339,
                "accuracy": {"crawl": 1.0, "5.1": 0.973, "5.2": 0.991, "5.3": 0.965, "5.5": 0.982},
                "misses": [{"gss_code": "E1", "what": "5.1"}],
            }
        },
    }
    summary = method.accuracy_summary(results)
    assert summary["source"] == "benchmark (focused crawl)"
    assert [r["share"] for r in summary["rows"]] == [1.0, 0.973, 0.991, 0.965, 0.982]
    assert method.accuracy_summary({"something": "else"}) is None
    assert method.accuracy_summary(None) is None
    index = write_report(findings, tmp_path / "r", accuracy=results)
    text = " ".join(lxml_html.parse(str(index.parent / "method.html")).getroot().text_content().split())
    assert "97.3%" in text and "Not measured" not in text
    json.dumps(summary)


def test_report_accuracy_option_reads_a_file_or_says_why_not(tmp_path: Path) -> None:
    import pytest

    from crawler.errors import UserError
    from crawler.commands.report import _read_accuracy

    good = tmp_path / "bench.json"
    good.write_text(json.dumps({"authorities": 3, "accuracy": {"5.1": 1.0}}), encoding="utf-8")
    assert _read_accuracy(str(good))["accuracy"] == {"5.1": 1.0}
    assert _read_accuracy(None) is None
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(UserError, match="cannot read it as JSON"):
        _read_accuracy(str(bad))
    with pytest.raises(UserError, match="cannot read it as JSON"):
        _read_accuracy(str(tmp_path / "missing.json"))
    listed = tmp_path / "list.json"
    listed.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(UserError, match="expected a JSON object"):
        _read_accuracy(str(listed))

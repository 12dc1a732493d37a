"""Thin or odd documents still give a whole report: nothing assumed, nothing escapes the folder."""

from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html

from reports.build import write_report
from reports.model import la_filename, safe_href
from reports.scorecard import write_scorecard_html


def test_an_empty_run_builds(tmp_path: Path) -> None:
    index = write_report({"authorities": []}, tmp_path / "r")
    text = " ".join(lxml_html.parse(str(index)).getroot().text_content().split())
    assert "0 local authorities" in text and "n/a" in text
    assert "first run" in text


def test_bare_authorities_and_hostile_codes(tmp_path: Path) -> None:
    doc = {
        "schema": "cctv-audit/findings/1",
        "run": {"id": 3},
        "authorities": [
            {"gss_code": "../../escape", "name": "Odd register row"},
            {"gss_code": "E06000001"},
            {"gss_code": "W06000015", "name": "Cardiff Council", "crawl": {"status": "error"}},
        ],
    }
    history = [{"run": {"id": 1}, "authorities": [{"gss_code": "E06000001"}]}]
    site = write_report(doc, tmp_path / "r", history=history).parent
    files = sorted(p.relative_to(site).as_posix() for p in (site / "la").iterdir())
    assert files == sorted(f"la/{la_filename(c)}" for c in ("../../escape", "E06000001", "W06000015"))
    assert la_filename("../../escape").startswith("la-") and "/" not in la_filename("../../escape")
    assert not (tmp_path / "escape.html").exists()
    authorities = lxml_html.parse(str(site / "authorities.html")).getroot()
    hrefs = [a.get("href") for a in authorities.iter("a") if a.get("href", "").startswith("la/")]
    assert sorted(hrefs) == files and all((site / h).is_file() for h in hrefs)
    cardiff = lxml_html.parse(str(site / "la" / "W06000015.html")).getroot()
    assert "The site could not be read" in cardiff.get_element_by_id("crawl-failed").text_content()


def test_safe_href_accepts_only_absolute_http_urls() -> None:
    assert safe_href("https://www.hartlepool.gov.uk/cctv?x=1#a") == "https://www.hartlepool.gov.uk/cctv?x=1#a"
    assert safe_href("  http://127.0.0.1:8101/cctv  ") == "http://127.0.0.1:8101/cctv"
    for bad in (
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "java\nscript:alert(1)",
        "data:text/html,x",
        "//host/x",
        "/relative",
        "mailto:a@b",
        "https:///nohost",
        "https://a b/",
        None,
        42,
        "http://[::1",
    ):
        assert safe_href(bad) is None, bad


def test_scorecard_html_of_a_bare_authority(tmp_path: Path) -> None:
    path = write_scorecard_html(
        {"gss_code": "", "name": "Self check", "website": "http://127.0.0.1:8101/"}, tmp_path / "s.html"
    )
    tree = lxml_html.parse(str(path)).getroot()
    text = " ".join(tree.text_content().split())
    assert "Self check" in text and "Unknown" in text

"""The one-LA scorecard: terminal (rich) and a self-contained HTML page."""

from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html
from rich.console import Console

from reports_sample import PAYLOADS

from reports.scorecard import print_scorecard, write_scorecard_html


def _console() -> Console:
    return Console(record=True, width=200, color_system=None, force_terminal=False)


def _pick(findings: dict, **status) -> dict:
    return next(
        a
        for a in findings["authorities"]
        if all(a["deliverables"][k.replace("d", "").replace("_", ".")]["status"] == v for k, v in status.items())
    )


def test_terminal_scorecard_shows_verdicts_evidence_and_recommendations(findings: dict) -> None:
    la = _pick(findings, d5_1="met", d5_5="not_met")
    console = _console()
    print_scorecard(la, console)
    out = console.export_text()
    assert la["name"] in out
    for label in (
        "5.1",
        "5.2",
        "5.3",
        "5.5",
        "Met",
        "Not met",
        "Evidence",
        "What to publish next",
        "Crawl facts",
        "Pages fetched",
    ):
        assert label in out, label
    for ev in la["deliverables"]["5.1"]["evidence"]:
        assert ev["url"] in out  # whole, not cut with an ellipsis
    assert "Agree and publish a service level agreement" in out


def test_terminal_scorecard_prints_hostile_text_literally(findings: dict) -> None:
    poisoned = next(
        a for a in findings["authorities"] if a["deliverables"]["5.3"]["spoc"]["name"] == PAYLOADS[8]
    )  # rich markup
    console = _console()
    print_scorecard(poisoned, console)
    flat = " ".join(console.export_text().split())
    assert "[bold red]rich markup[/bold red]" in flat
    assert "[link=javascript:alert(6)]x[/link]" in flat
    assert "not a web address" in flat


def test_failed_crawl_scorecard_says_why(findings: dict) -> None:
    failed = next(a for a in findings["authorities"] if a["crawl"]["status"] == "robots_blocked")
    console = _console()
    print_scorecard(failed, console)
    out = " ".join(console.export_text().split())
    assert "could not assess this site" in out and "robots.txt" in out
    assert "Unknown" in out


def test_scorecard_html_is_self_contained(findings: dict, tmp_path: Path) -> None:
    la = _pick(findings, d5_1="met", d5_3="partial")
    path = write_scorecard_html(la, tmp_path / "nested" / "scorecard.html")
    assert path.is_file()
    tree = lxml_html.parse(str(path)).getroot()
    assert not tree.xpath("//link | //script | //img")
    assert "govuk-template" in tree.get("class") and tree.xpath("//style")
    for a in tree.iter("a"):
        href = a.get("href")
        assert href.startswith(("#", "http://", "https://")), href
        if href.startswith("#"):
            assert tree.xpath(f"//*[@id='{href[1:]}']"), href
    text = " ".join(tree.text_content().split())
    assert la["name"] in text and "What to publish next" in text
    assert la["deliverables"]["5.1"]["evidence"][0]["quote"] in text

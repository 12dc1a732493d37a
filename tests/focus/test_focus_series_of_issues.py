"""A search that lists one publication's issues together ("Hawk Eye, January to March 2023" … twelve quarterly reports,
held-back web 126's Huntingdonshire) opens two of them, not all: the site's budget is kept for its CCTV pages."""

from __future__ import annotations

from pathlib import Path

from minisite import SEARCH_NAV, audit_site, camera_council_site, council_page, results_page

from analysis.search_results import series_key
from analysis.text import Link

QUARTERS = ("January to March", "April to June", "July to September", "October to December")


def test_series_key() -> None:
    assert series_key(Link("https://x/a.pdf", "Hawk Eye: April to June 2025 (PDF)", "")) == "hawk eye"
    assert series_key(Link("https://x/b.pdf", "Hawk Eye, Q3 2024", "")) == "hawk eye"
    assert series_key(Link("https://x/c", "CCTV code of practice", "")) is None


def test_one_series_is_opened_twice(tmp_path: Path) -> None:
    pages = camera_council_site()
    issues = [
        (f"/reports/hawk-eye-{i}", f"Hawk Eye: {q} {y} (CCTV quarterly report)")
        for i, (y, q) in enumerate((y, q) for y in (2025, 2024) for q in QUARTERS)
    ]
    for path, title in issues:
        pages[path] = council_page(title, "<p>Quarterly CCTV figures: incidents, arrests and footage requests.</p>")
    pages["/search?q=CCTV"] = results_page(
        [("/community-safety/town-centre-cameras", "Town centre cameras"), *issues], SEARCH_NAV
    )
    la, paths = audit_site(pages, tmp_path)
    opened = [p for p in paths if p.startswith("/reports/")]
    assert len(opened) == 2, opened
    assert la["deliverables"]["5.1"]["status"] == "met"

"""Issue 14's last item in small: the soak machinery (benchmarks/soak.py) on the hostile web, three
sites carrying most hostile kinds each, with faults at the soak's raised rate. Nothing may be
lost: the run finishes, every finding's page analysis is stored, no traceback or internal error,
every hostile site keeps a crawl record, and where the hostile pages leave the evidence in view
(all kinds here) the verdicts are the truth's, so the crawler read through the attacks on the
CCTV page itself."""

from __future__ import annotations

from pathlib import Path

from benchmarks.soak import run_soak

PLAN = {
    # search and sitemap; 5.2 met: the mark must be read through 300 levels of nesting
    "E06000009": ("evidence_deep", "text_nul", "pdf_controls", "home_nav_flood"),
    # the CCTV page with NUL, C0, C1 and OSC/CSI escapes through its text
    "E06000018": ("evidence_controls", "html_escapes", "docx_bomb", "gzip_bomb"),
    # no search: the sitemaps robots.txt names are read, two of them hostile
    "E06000015": ("sitemap_entities", "sitemap_gzip_bomb", "pdf_bomb", "redirect_loop"),
}


def _soak_loses_nothing(tmp_path: Path, gss: str) -> None:
    plan = {gss: PLAN[gss]}
    f = run_soak(
        tmp_path, None, only=list(plan), plan=plan, latency_scale=0.02, budget=60, download_timeout=5, control=False
    )
    assert f["exit_code"] == 0
    assert (f["runs_lost"], f["sites_not_done"], f["findings_lost"], f["internal_errors"]) == (0, 0, 0, 0), f
    assert f["hostile_sites"] == 1 and f["hostile_sites_without_record"] == []
    assert f["hostile_verdict_checked_sites"] == 1
    assert f["hostile_verdict_disagreements"] == [], f["hostile_verdict_disagreements"]
    planned = set(plan[gss])
    kinds = f["hostile_kinds"]
    assert {k for k, row in kinds.items() if row["assigned"]} == planned
    not_met = {k for k in planned if kinds[k]["served"] == 0}
    assert not not_met, f"the crawler never requested these hostile pages, so they tested nothing: {not_met}"
    assert all(kinds[k]["survived"] == kinds[k]["served"] for k in planned), kinds
    assert f["accuracy"]["crawl"] == 1.0


# One class per site, so the test runner's workers (--dist loadscope) soak them side by side: as one test of three sites
# the soak was the run's last and longest test (153 s of a 683 s run on two cores).
class TestSoakDeepEvidence:
    def test_loses_nothing(self, tmp_path: Path) -> None:
        _soak_loses_nothing(tmp_path, "E06000009")


class TestSoakControlCharacters:
    def test_loses_nothing(self, tmp_path: Path) -> None:
        _soak_loses_nothing(tmp_path, "E06000018")


class TestSoakHostileSitemaps:
    def test_loses_nothing(self, tmp_path: Path) -> None:
        _soak_loses_nothing(tmp_path, "E06000015")

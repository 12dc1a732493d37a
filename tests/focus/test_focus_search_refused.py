"""A site search that answers 429 Too Many Requests (held-back web 123's Basingstoke: "Retry-After: 120" to every query):
the request is waited for once, the site then goes back to its own pace, and the engine is not asked again; the site is
searched as one without a search, and the effort says why. Before, every query waited three times and the whole site
kept the two-minute pace, holding its audit for the best part of an hour."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

from minisite import RecordingSite, council_page
from support import run_cli

NAV = (
    '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/bins">Bins and recycling</a></li>'
    '<li><a href="/community-safety">Community safety</a></li></ul></nav>'
    '<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form>'
)
TERMS = (
    "CCTV",
    "surveillance+camera",
    "cameras",
    "camera",
    "single+point+of+contact",
    "sharing+agreement",
    "service+level+agreement",
    "police+protocol",
    "CCTV+certification",
)


def _pages() -> dict[str, tuple[str, bytes]]:
    return {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        "/": council_page("Westby Borough Council", "<p>Welcome to the council's website.</p>", NAV),
        "/community-safety": council_page(
            "Community safety",
            '<ul><li><a href="/community-safety/town-centre-cameras">Town centre cameras</a></li>'
            '<li><a href="/community-safety/hate-crime">Report hate crime</a></li></ul>',
            NAV,
        ),
        "/community-safety/town-centre-cameras": council_page(
            "Town centre cameras",
            "<p>Westby Borough Council runs 48 CCTV cameras in the town centre to prevent and detect crime.</p>"
            "<p>Our own control room watches them 24 hours a day. Recordings are kept for 31 days.</p>"
            "<p>Signs tell you where cameras are in use. You can ask for footage of yourself with a subject access"
            " request; we release footage to the police where it helps an investigation.</p>",
            NAV,
        ),
        "/community-safety/hate-crime": council_page("Report hate crime", "<p>Tell us what happened.</p>", NAV),
        "/bins": council_page("Bins and recycling", "<p>Collection days.</p>", NAV),
        "/privacy": council_page("Privacy", "<p>How we use your information.</p>", NAV),
        "/a-z": council_page("A to Z", '<ul><li><a href="/bins">Bins</a></li></ul>', NAV),
    }


def test_a_rate_limited_search_is_waited_for_once_and_not_asked_again(tmp_path: Path) -> None:
    with RecordingSite(_pages()) as site:
        for term in TERMS:
            site.failures[f"/search?q={term}"] = [(429, {"Retry-After": "3"})] * 6
        register = tmp_path / "register.csv"
        register.write_text(
            f"gss_code,name,nation,website,police_force\nE99000042,Westby Borough Council,England,{site.url},Surrey\n"
        )
        db = f"sqlite:///{tmp_path / 'audit.sqlite'}"
        proc = run_cli("audit", "--register", str(register), "--db", db, "--quiet", cwd=tmp_path)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        hits = list(site.hits)
    searches = [h for h in hits if h["path"].startswith("/search?")]
    assert {h["path"] for h in searches} == {"/search?q=CCTV"}, [h["path"] for h in searches]
    assert len(searches) == 2 and searches[1]["t"] - searches[0]["t"] >= 2.9, "Retry-After: 3 honoured, once"
    later = [h["t"] for h in hits if h["t"] > searches[1]["t"]]
    gaps = [b - a for a, b in zip(later, later[1:])]
    assert len(gaps) >= 3 and statistics.median(gaps) < 2.0, gaps  # back to the site's own pace, not 3 s a request
    la = json.loads(run_cli("export", "--db", db, "--format", "json", cwd=tmp_path).stdout)["authorities"][0]
    assert la["deliverables"]["5.1"]["status"] == "met"
    steps = la["deliverables"]["5.3"]["search_effort"]["steps"]
    assert any("the site's search answered HTTP 429" in s["target"] for s in steps), steps

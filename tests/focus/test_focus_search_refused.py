"""A site search that answers 429 Too Many Requests (held-back web 123's Basingstoke: "Retry-After: 120" to every query):
the request is waited for once, the site then goes back to its own pace, and the engine is not asked again; the site is
searched as one without a search, and the effort says why. Before, every query waited three times and the whole site
kept the two-minute pace, holding its audit for the best part of an hour."""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

from minisite import SEARCH_WORDS, audit_site, camera_council_site


def test_a_rate_limited_search_is_waited_for_once_and_not_asked_again(tmp_path: Path) -> None:
    hits: list[dict[str, Any]] = []
    failures = {f"/search?q={term}": [(429, {"Retry-After": "2"})] * 6 for term in SEARCH_WORDS}
    la, _ = audit_site(camera_council_site(), tmp_path, failures=failures, hits=hits)
    searches = [h for h in hits if h["path"].startswith("/search?")]
    assert {h["path"] for h in searches} == {"/search?q=CCTV"}, [h["path"] for h in searches]
    assert len(searches) == 2 and searches[1]["t"] - searches[0]["t"] >= 1.9, "Retry-After: 2 honoured, once"
    later = [h["t"] for h in hits if h["t"] > searches[1]["t"]]
    gaps = [b - a for a, b in zip(later, later[1:])]
    assert len(gaps) >= 3 and statistics.median(gaps) < 1.5, gaps  # back to the site's own pace, not 2 s a request
    assert la["deliverables"]["5.1"]["status"] == "met"
    steps = la["deliverables"]["5.3"]["search_effort"]["steps"]
    assert any("the site's search answered HTTP 429" in s["target"] for s in steps), steps

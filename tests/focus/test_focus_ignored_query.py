"""A site search that lists its most popular pages whatever is asked (held-back webs 114, 115 and 117: "40 results for
CCTV, most popular first" - missed bins, council tax, the constitution) is no usable search: its results are not opened,
it is not asked again, and the site is searched as one without (its sections and navigation), with the search effort
saying why. Fails on fba633e, where every result was opened for the engine's word and the next results page read."""

from __future__ import annotations

from pathlib import Path

from minisite import SEARCH_NAV, audit_site, camera_council_site, council_page, results_page

from analysis.search_results import ignores_query
from analysis.text import Link

POPULAR = [
    ("/bins/missed-bin", "Report a missed bin"),
    ("/council-tax/pay", "Pay your council tax"),
    ("/council-and-democracy/constitution", "The constitution"),
    ("/environment/climate-action-plan", "Climate action plan"),
    ("/housing/register", "Join the housing register"),
    ("/libraries/reading-groups", "Reading groups"),
    ("/parks/play-areas", "Play areas"),
    ("/roads/dropped-kerbs", "Dropped kerbs"),
    ("/benefits/cost-of-living", "Cost of living support"),
    ("/planning/apply", "Apply for planning permission"),
]


def _site() -> dict[str, tuple[str, bytes]]:
    pages = camera_council_site()
    for term in ("CCTV", "surveillance+camera", "cameras", "camera", "single+point+of+contact", "sharing+agreement"):
        pages[f"/search?q={term}"] = results_page(POPULAR, SEARCH_NAV)
    for path, title in POPULAR:
        pages[path] = council_page(title, "<p>Nothing about cameras here.</p>", SEARCH_NAV)
    return pages


def test_an_engine_that_ignores_the_query_is_searched_around(tmp_path: Path) -> None:
    la, paths = audit_site(_site(), tmp_path)
    assert "/community-safety/town-centre-cameras" in paths, paths
    assert la["deliverables"]["5.1"]["status"] == "met"
    assert not any(p in paths for p, _ in POPULAR), paths
    assert not any(p.startswith("/search?q=surveillance") for p in paths), paths
    steps = la["deliverables"]["5.3"]["search_effort"]["steps"]
    assert any("the same unrelated pages whatever is asked" in s["target"] for s in steps), steps


def test_which_result_pages_show_an_ignored_query() -> None:
    base = "https://www.westby.gov.uk"
    popular = [Link(url=base + p, text=t, context="") for p, t in POPULAR]
    assert ignores_query(popular)
    assert not ignores_query(popular[:7])
    named = popular[:9] + [Link(url=base + "/community-safety/cctv", text="CCTV", context="")]
    assert not ignores_query(named)
    privacy = popular[:9] + [
        Link(url=base + "/privacy-notices/customer-services", text="Customer services", context="")
    ]
    assert not ignores_query(privacy)

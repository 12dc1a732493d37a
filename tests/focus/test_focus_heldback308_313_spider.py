"""Discovery lesson of held-back web 312 (written blind at session 46 in a snapshot of db09fff, measured once at freeze47 =
eb71d54, then opened), on a hand-written site audited with the real command line: a search scoped to services, its two
look-alike services listed and "Search the whole website for CCTV" beneath them, is widened once, and the camera page the
whole-site search lists is read (web 312's Breckland, whose camera pages sat under an odd section name).
"""

from __future__ import annotations

from pathlib import Path

from minisite import audit_site, council_page, results_page

NAV = (
    '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/bins">Bins and recycling</a></li>'
    '<li><a href="/environment">Environment</a></li></ul></nav>'
)
SEARCH = (
    '<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form>'
)
CAMERA_PAGE = "/environment/person-of-interest"
OTHER_SEARCHES = (
    "surveillance+camera",
    "cameras",
    "camera",
    "single+point+of+contact",
    "sharing+agreement",
    "service+level+agreement",
    "police+protocol",
    "CCTV+certification",
    "certificate+of+compliance",
)


def _site(offer_widening: bool) -> dict[str, tuple[str, bytes]]:
    widen = '<p>Not what you need? <a href="/search?q=CCTV&amp;scope=site">Search the whole website for CCTV</a></p>'
    scoped = council_page(
        "Find a service",
        "<p>2 services match CCTV</p><ul><li><a href='/licensing/vehicle-cctv'>Taxi licence: vehicle CCTV</a></li>"
        "<li><a href='/environment/report-fly-tipping'>Report fly-tipping</a></li></ul>"
        + (widen if offer_widening else ""),
        NAV + SEARCH,
    )
    return {
        "/": council_page("Westby District Council", "<p>Welcome to the council's website.</p>", NAV + SEARCH),
        "/bins": council_page("Bins and recycling", "<p>Collection days.</p>", NAV + SEARCH),
        "/privacy": council_page("Privacy", "<p>How we use your information.</p>", NAV + SEARCH),
        "/a-z": council_page("A to Z", '<ul><li><a href="/bins">Bins</a></li></ul>', NAV + SEARCH),
        "/environment": council_page("Environment", "<p>Litter, dog fouling and fly-tipping.</p>", NAV + SEARCH),
        "/licensing/vehicle-cctv": council_page(
            "Taxi licence: vehicle CCTV", "<p>Licensed vehicles may carry CCTV that meets our conditions.</p>", NAV
        ),
        "/environment/report-fly-tipping": council_page(
            "Report fly-tipping", "<p>Tell us where waste has been dumped.</p>", NAV
        ),
        CAMERA_PAGE: council_page(
            "Person of interest: our surveillance cameras",
            "<p>The council runs 40 public space CCTV cameras in Westby and Eastford to deter crime and anti-social "
            "behaviour. They are watched from the council's control room. Recordings are kept for 31 days and then "
            "overwritten. You can ask for footage of yourself with a subject access request.</p>"
            "<p>CCTV enquiries: 01632 960 299 (community safety team).</p>",
            NAV,
        ),
        "/search?q=CCTV": scoped,
        "/search?q=CCTV&scope=site": results_page(
            [(CAMERA_PAGE, "Person of interest: our surveillance cameras"), ("/licensing/vehicle-cctv", "Taxi CCTV")],
            NAV + SEARCH,
        ),
        **{f"/search?q={q}": results_page([], NAV + SEARCH) for q in OTHER_SEARCHES},
    }


def test_a_scoped_search_is_widened_to_the_whole_site(tmp_path: Path) -> None:
    la, paths = audit_site(_site(True), tmp_path)
    assert "/search?q=CCTV&scope=site" in paths
    assert CAMERA_PAGE in paths
    assert la["deliverables"]["5.1"]["status"] != "not_met"


def test_no_widening_is_asked_when_none_is_offered(tmp_path: Path) -> None:
    # guard: passes before and after
    _la, paths = audit_site(_site(False), tmp_path)
    assert not any("scope=site" in p for p in paths)

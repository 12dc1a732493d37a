"""A site search that lists, for the council's camera words, only pages whose own words set them apart ("Bus lane
enforcement" for "cameras", nothing for "CCTV") has not shown that the engine lists the council's camera pages: the audit
then looks down the site's menus as a careful person would (held-back web 138's Trafford: its CCTV pages five clicks under
"Residents", its engine listing only bus lanes). A town's regeneration and public realm pages are where camera upgrades
are reported (web 138's Cheltenham). Each fails on 654868a, where the bus lane page showed an engine that "lists pages" and
the hunt never began.
"""

from __future__ import annotations

from pathlib import Path

from minisite import audit_site, council_page, results_page

from analysis.links import score_link
from analysis.text import Link

NAV = (
    '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/bins">Bins and recycling</a></li>'
    '<li><a href="/residents">Residents</a></li><li><a href="/council-tax">Council tax</a></li></ul></nav>'
    '<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form>'
)


def test_regeneration_and_public_realm_are_hints_for_browsing() -> None:
    site = "https://www.westby.gov.uk"
    regeneration = score_link(
        Link(site + "/info/29/business_and_regeneration/240/regeneration_projects", "Regeneration projects", "")
    )
    grants = score_link(Link(site + "/business/grants-for-business", "Grants for business", ""))
    assert regeneration > grants


def _site() -> dict[str, tuple[str, bytes]]:
    cs = "/residents/community/community-safety"
    return {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        "/": council_page("Westby Metropolitan Borough Council", "<p>Welcome to the council's website.</p>", NAV),
        "/bins": council_page("Bins and recycling", "<p>Collection days.</p>", NAV),
        "/council-tax": council_page("Council tax", "<p>Bands and payments.</p>", NAV),
        "/privacy": council_page("Privacy", "<p>How we use your information.</p>", NAV),
        "/a-z": council_page("A to Z", '<ul><li><a href="/bins">Bins</a></li></ul>', NAV),
        "/residents": council_page(
            "Residents",
            '<ul><li><a href="/residents/community">Community</a></li><li><a href="/residents/libraries">Libraries</a></li></ul>',
            NAV,
        ),
        "/residents/libraries": council_page("Libraries", "<p>Opening hours.</p>", NAV),
        "/residents/community": council_page(
            "Community", f'<ul><li><a href="{cs}">Community safety</a></li></ul>', NAV
        ),
        cs: council_page("Community safety", f'<ul><li><a href="{cs}/cctv">CCTV</a></li></ul>', NAV),
        f"{cs}/cctv": council_page(
            "CCTV",
            "<p>Westby Metropolitan Borough Council runs 104 public space cameras, watched from our 24-hour control room"
            " to prevent and detect crime. Recordings are kept for 31 days.</p>",
            NAV,
        ),
        "/parking/bus-lanes": council_page("Bus lane enforcement", "<p>Cameras enforce the bus lanes.</p>", NAV),
        "/search?q=cameras": results_page([("/parking/bus-lanes", "Bus lane enforcement")], NAV),
        # every other word lists nothing, as on Trafford's site
        **{
            f"/search?q={q}": results_page([], NAV)
            for q in (
                "CCTV",
                "surveillance+camera",
                "camera",
                "single+point+of+contact",
                "sharing+agreement",
                "service+level+agreement",
                "police+protocol",
                "CCTV+certification",
            )
        },
    }


def test_a_cctv_page_five_clicks_down_is_found_when_the_search_lists_only_bus_lanes(tmp_path: Path) -> None:
    la, paths = audit_site(_site(), tmp_path, name="Westby Metropolitan Borough Council")
    assert "/residents/community/community-safety/cctv" in paths
    assert la["deliverables"]["5.1"]["status"] != "not_met"

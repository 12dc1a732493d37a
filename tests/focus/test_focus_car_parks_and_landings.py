"""Where a search has not looked everywhere, the audit browses where councils' own cameras are: its car parks filed under
"Travel and parking" (held-back web 132's Babergh: a title-only search listed three news items for "CCTV", and the one
sentence of its own, that a car park is within the town centre camera network, was four clicks down that section), and a
community safety landing three clicks down (web 132's Kingston: the search did not index the safety section; 5.1 was met
only on the code of practice it listed). Each fails on b321f7f, where "parking" closed the whole section and the landing's
scent fell short of the page hunt's.
"""

from __future__ import annotations

from pathlib import Path

from minisite import audit_site, council_page, results_page

from analysis.links import score_link
from analysis.scent import trail_value
from analysis.searchplan_rules import PAGE_HUNT_SCENT
from analysis.sections import browsable
from analysis.text import Link

NAV = (
    '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/bins">Bins and recycling</a></li>'
    '<li><a href="/travel-and-parking">Travel and parking</a></li><li><a href="/council-tax">Council tax</a></li>'
    '<li><a href="/housing">Housing</a></li><li><a href="/safety">Safety, crime and emergencies</a></li></ul></nav>'
    '<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form>'
)


def test_car_parks_are_browsed_but_parking_fines_are_not() -> None:
    site = "https://www.westby.gov.uk"
    assert browsable(site + "/travel-and-parking/car-parks", "Car parks")
    assert browsable(site + "/travel-and-parking", "Travel and parking")
    assert not browsable(site + "/parking/pay-a-parking-fine", "Pay a parking fine")
    car_parks = score_link(Link(site + "/travel-and-parking/car-parks", "Car parks", ""))
    fines = score_link(Link(site + "/parking/penalty-charge-notices", "Penalty charge notices", ""))
    assert car_parks > 0.4 > fines


def _site() -> dict[str, tuple[str, bytes]]:
    pages = {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        "/": council_page("Westby District Council", "<p>Welcome to the council's website.</p>", NAV),
        "/bins": council_page("Bins and recycling", "<p>Collection days.</p>", NAV),
        "/council-tax": council_page("Council tax", "<p>Bands and payments.</p>", NAV),
        "/housing": council_page("Housing", "<p>Council homes and repairs.</p>", NAV),
        "/safety": council_page("Safety, crime and emergencies", "<p>Flooding, emergencies and safety.</p>", NAV),
        "/privacy": council_page("Privacy", "<p>How we use your information.</p>", NAV),
        "/a-z": council_page("A to Z", '<ul><li><a href="/bins">Bins</a></li></ul>', NAV),
        "/travel-and-parking": council_page(
            "Travel and parking",
            '<ul><li><a href="/travel-and-parking/car-parks">Car parks</a></li>'
            '<li><a href="/travel-and-parking/bus-passes">Bus passes</a></li></ul>',
            NAV,
        ),
        "/travel-and-parking/bus-passes": council_page("Bus passes", "<p>Apply for a bus pass.</p>", NAV),
        "/travel-and-parking/car-parks": council_page(
            "Car parks",
            '<ul><li><a href="/travel-and-parking/car-parks/eastford-car-parks">Eastford car parks</a></li></ul>',
            NAV,
        ),
        "/travel-and-parking/car-parks/eastford-car-parks": council_page(
            "Eastford car parks",
            '<ul><li><a href="/travel-and-parking/car-parks/eastford-car-parks/mill-lane">Mill Lane car park</a></li></ul>',
            NAV,
        ),
        "/travel-and-parking/car-parks/eastford-car-parks/mill-lane": council_page(
            "Mill Lane car park",
            "<p>Spaces: 120. Charges: free for three hours.</p>"
            "<p>The car park is within the Eastford town centre camera network, which Northby Council monitors for us.</p>",
            NAV,
        ),
        "/news/new-cctv-live": council_page(
            "New CCTV in Eastford now live", "<p>Upgraded cameras are now working in the town centre.</p>", NAV
        ),
        "/search?q=CCTV": results_page([("/news/new-cctv-live", "New CCTV in Eastford now live")], NAV),
    }
    return pages


def test_a_car_park_page_is_found_after_a_search_of_news_only(tmp_path: Path) -> None:
    la, paths = audit_site(_site(), tmp_path, name="Westby District Council")
    assert "/travel-and-parking/car-parks/eastford-car-parks/mill-lane" in paths
    assert la["deliverables"]["5.1"]["status"] == "partial"


def test_a_community_safety_landing_three_clicks_down_is_worth_the_page_hunt() -> None:
    """5.1 met only on the code of practice the search listed: the hunt for the council's CCTV page opens links worth at
    least PAGE_HUNT_SCENT, and a community safety landing three clicks down is one (Kingston's CCTV page was under it)."""
    landing = "https://www.westby.gov.uk/safety-crime-and-emergencies/safety-in-westby/community-safety"
    value, _ = trail_value(score_link(Link(landing, "Community safety", "")), 3, None, False)
    assert value >= PAGE_HUNT_SCENT
    flooding = "https://www.westby.gov.uk/safety-crime-and-emergencies/flooding"
    assert trail_value(score_link(Link(flooding, "Flooding", "")), 2, None, False)[0] < PAGE_HUNT_SCENT

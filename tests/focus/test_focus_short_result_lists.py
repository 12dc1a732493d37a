"""Short result lists read before a contact point or an agreement is called not met.

A search for a missing deliverable's own words that lists one to three pages has said where those words are (held-back web
357's Buckinghamshire: "single point of contact" listed only the libraries' room hire terms, whose clause on the cameras named
the council's SPOC; with the CCTV pages already read, the result was left and 5.3 called not met). And a search for "CCTV"
that lists three pages or fewer makes each of the council's own among them a place to look for the contact and the agreement
(web 267's Gloucester: "City centre safety", third of three results, held the control room's number and the protocol with
the force). Both are audited through the real command line on a site of their own."""

from __future__ import annotations

from pathlib import Path

from minisite import audit_site, council_page, results_page

NAV = (
    '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/bins">Bins and recycling</a></li>'
    '<li><a href="/libraries">Libraries</a></li></ul></nav>'
    '<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form>'
)

CCTV_PAGE = (
    "<p>The council runs 48 public space cameras in Westby town centre and at the bus station, to prevent and detect crime"
    " and to help people feel safe.</p><p>The cameras are watched from the council's control room every evening and"
    " recordings are kept for 31 days.</p><p>You can ask for footage of yourself by making a subject access request.</p>"
    "<p>Signs tell you where cameras are in use.</p><p>Read our <a href='/cctv/code-of-practice'>CCTV code of"
    " practice</a>.</p>"
)


def _page(title: str, main: str) -> tuple[str, bytes]:
    return council_page(title, main, NAV)


def _results(rows: list[tuple[str, str]]) -> tuple[str, bytes]:
    return results_page(rows, NAV)


def _audit(tmp_path: Path, site: dict[str, tuple[str, bytes]], gss: str) -> tuple[dict, list[str]]:
    return audit_site(site, tmp_path, "Westby District Council", gss)


def _base() -> dict[str, tuple[str, bytes]]:
    return {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        "/": _page("Westby District Council", "<p>Welcome.</p>"),
        "/community-safety/cctv": _page("CCTV", CCTV_PAGE),
        "/cctv/code-of-practice": _page(
            "CCTV code of practice",
            "<p>This code sets out how the council runs its public space CCTV system and how recordings are handled.</p>",
        ),
        "/libraries": _page("Libraries", "<p>Opening hours and events.</p>"),
        "/bins": _page("Bins and recycling", "<p>Collection days.</p>"),
        "/privacy": _page("Privacy", "<p>How we use your information.</p>"),
    }


def _room_hire_site() -> dict[str, tuple[str, bytes]]:
    site = _base()
    site.update(
        {
            "/search?q=CCTV": _results([("/community-safety/cctv", "CCTV"), ("/cctv/code-of-practice", "CCTV code")]),
            "/search?q=single+point+of+contact": _results(
                [("/libraries/room-hire/terms-and-conditions", "Room hire terms and conditions")]
            ),
            "/libraries/room-hire/terms-and-conditions": _page(
                "Room hire terms and conditions",
                "<p>1. Bookings must be made ten days ahead.</p><p>2. Hirers must leave the room as they found it.</p>"
                "<p>3. CCTV operates in the library's public areas. Questions about the cameras go to the Community Safety"
                " Manager, who is the council's single point of contact for surveillance cameras:"
                " camerasspoc@westby.example.gov.uk.</p>",
            ),
        }
    )
    return site


def test_the_one_page_a_search_for_single_point_of_contact_lists_is_read(tmp_path: Path) -> None:
    la, paths = _audit(tmp_path, _room_hire_site(), "E99000361")
    assert "/search?q=single+point+of+contact" in paths, paths
    assert "/libraries/room-hire/terms-and-conditions" in paths, paths
    assert la["deliverables"]["5.3"]["status"] == "met"


def _city_centre_site() -> dict[str, tuple[str, bytes]]:
    site = _base()
    site.update(
        {
            "/search?q=CCTV": _results(
                [
                    ("/community-safety/cctv", "CCTV"),
                    ("/cctv/code-of-practice", "CCTV code of practice"),
                    ("/business/city-centre-safety", "City centre safety"),
                ]
            ),
            "/search?q=single+point+of+contact": _results([]),
            "/business/city-centre-safety": _page(
                "City centre safety",
                "<p>Shops and pubs in the centre can sign up for the evening radio scheme.</p>"
                "<p>Questions about the town centre cameras go to the council's CCTV control room on 01632 960733.</p>",
            ),
        }
    )
    return site


def test_the_other_own_page_of_a_short_cctv_list_is_read_for_the_contact(tmp_path: Path) -> None:
    la, paths = _audit(tmp_path, _city_centre_site(), "E99000362")
    assert "/business/city-centre-safety" in paths, paths
    assert la["deliverables"]["5.3"]["status"] == "partial"

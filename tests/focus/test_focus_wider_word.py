"""The wider word after a short, untitled list for "CCTV", before a contact point or an agreement is called not met.

Held-back web 364's Wyre Forest: its search for "CCTV" listed two town pages, neither titled for the cameras, and the
community safety page with the team's telephone for "the district council's cameras" was listed only for "cameras". Once the
council's CCTV information was in hand the plan no longer asked for that word. Audited through the real command line on sites
of their own; kept apart from test_focus_short_result_lists so the two modules' audits run on different workers."""

from __future__ import annotations

from pathlib import Path

from functools import partial

from minisite import audit_site, council_page, results_page

NAV = (
    '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/parking">Parking</a></li></ul></nav>'
    '<form role="search" action="/search" method="get"><input type="search" name="q"><button>Search</button></form>'
)


# the pages' header (menu and search form) bound once; the council is the one audited
_page = partial(council_page, header=NAV)
_results = partial(results_page, header=NAV)
_audit = partial(audit_site, name="Westby District Council")


def _base() -> dict[str, tuple[str, bytes]]:
    """The council's CCTV page and its code (5.1 met), reached only through the search."""
    return {
        "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        "/": _page("Westby District Council", "<p>Welcome to the council's website.</p>"),
        "/community-safety/cctv": _page(
            "Town centre safety",
            "<p>The council runs 52 public space cameras in Westby town centre and at the bus station, to prevent and detect"
            " crime.</p><p>The cameras are watched from the council's control room each evening; recordings are kept for"
            " 31 days.</p><p>You can ask for footage of yourself by making a subject access request.</p>"
            "<p>Signs show where cameras are in use.</p><p>Read our <a href='/cctv/code-of-practice'>code of practice</a>.</p>",
        ),
        "/cctv/code-of-practice": _page(
            "Code of practice",
            "<p>This code sets out how the council runs its public space CCTV system and how recordings are handled.</p>",
        ),
        "/parking": _page("Parking", "<p>Car parks and permits.</p>"),
    }


def _our_cameras_site(listed: list[tuple[str, str]]) -> dict[str, tuple[str, bytes]]:
    """A council whose contact for "the district council's cameras" sits on a community safety page that never writes "CCTV"
    (held-back web 364's Wyre Forest, whose search for "CCTV" listed two town pages): only a search for "cameras" lists it."""
    site = _base()
    site.update(
        {
            "/search?q=CCTV": _results(listed),
            "/search?q=cameras": _results([("/your-council/keeping-safe", "Keeping safe")]),
            "/your-council/keeping-safe": _page(
                "Keeping safe",
                "<p>Our cameras help deter anti-social behaviour in the town centres and give officers evidence.</p>"
                "<p>To see recordings of yourself, send us a subject access request through the online form.</p>"
                "<p>Recordings are wiped after 28 days.</p>"
                "<p>Questions about the district council's cameras: Safer Westby Team, 01632 960455.</p>",
            ),
        }
    )
    for url, title in listed:
        site.setdefault(url, _page(title, "<p>Late-night buses run again from May.</p>"))
    return site


# the council's CCTV page and its code, listed under titles that do not name the cameras
UNTITLED = [("/community-safety/cctv", "Town centre safety"), ("/cctv/code-of-practice", "Code of practice")]


def test_a_short_untitled_cctv_list_has_the_wider_word_searched_for_a_missing_contact(tmp_path: Path) -> None:
    la, paths = _audit(_our_cameras_site(UNTITLED), tmp_path, gss="E99000363")
    assert "/search?q=cameras" in paths, paths
    assert "/your-council/keeping-safe" in paths, paths
    assert la["deliverables"]["5.3"]["status"] == "partial"
    # the agreement, still not found, records the wider search among the places the audit looked
    effort = la["deliverables"]["5.5"]["search_effort"]
    targets = [s["target"] for s in effort["steps"] if s["method"] == "site_search"]
    assert any(t.startswith("cameras (") for t in targets), targets


def test_a_short_list_with_a_page_titled_for_the_cameras_does_not(tmp_path: Path) -> None:
    listed = [("/community-safety/cctv", "CCTV"), ("/cctv/code-of-practice", "CCTV code of practice")]
    la, paths = _audit(_our_cameras_site(listed), tmp_path, gss="E99000364")
    assert "/search?q=CCTV" in paths, paths
    assert "/search?q=cameras" not in paths, paths
    assert la["deliverables"]["5.1"]["status"] == "met"


def test_a_long_cctv_list_does_not(tmp_path: Path) -> None:
    listed = UNTITLED + [(f"/news/item-{i}", f"Town centre news {i}") for i in range(4)]
    la, paths = _audit(_our_cameras_site(listed), tmp_path, gss="E99000365")
    assert "/search?q=CCTV" in paths, paths
    assert "/search?q=cameras" not in paths, paths

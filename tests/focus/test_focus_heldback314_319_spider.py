"""Discovery lessons of held-back web 317 (written blind at session 46 in a snapshot of 08bda71, measured once at session 47's
first code, 572b569, then opened), on hand-written sites served through a loopback proxy under real-looking host names and
audited with the real command line:

- a consent wall answered in place of the council's CCTV page, its own "Continue with essential cookies only" link leading to
  the page with "?cookies=essential" (web 317's Stevenage): the audit clicks through, as a person does;
- a signed agreement with the force published only as an agenda item's paper, "Appendix B - Live-View agreement (signed)",
  under an item titled "Police Live-View access" that never says CCTV (the same council's joint committee papers): the paper
  is read while no police agreement is in hand.

On a site this small the wall's link is reached at 572b569 too (its address names CCTV), so the first test is an end-to-end
check of the click-through; the lesson itself (Stevenage's wall link left behind the search plan's other work) is
tests/analysis/test_analysis_heldback314_319_lessons.py's unit test of analysis.links_url.past_the_wall. The agenda item's
paper is not read at 572b569.
"""

from __future__ import annotations

import pytest

from minisite import SEARCH_WORDS, audit_through_proxy, nav_page

WALL = "http://www.wallton.gov.uk"
ITEM = "http://www.itemby.gov.uk"
ITEM_DEM = "http://democracy.itemby.gov.uk"
CAMERA_FACTS = (
    "runs 64 public space cameras in the town centre to prevent and detect crime. The cameras are watched from the "
    "council's control room.</p><p>Recordings are kept for 31 days. You can ask for footage of yourself with a subject access "
    "request. CCTV control room: 01632 960 733."
)


def _search_pages(base: str, nav: list[tuple[str, str]], cctv_rows: str) -> dict[str, tuple[str, bytes]]:
    pages = {f"{base}/search?q=CCTV": nav_page("Search results", cctv_rows, nav)}
    for term in SEARCH_WORDS[1:]:
        pages[f"{base}/search?q={term}"] = nav_page("Search results", "<p>No results found.</p>", nav)
    return pages


def wall_site() -> dict[str, tuple[str, bytes]]:
    nav = [(f"{WALL}/", "Home"), (f"{WALL}/bins", "Bins")]
    wall = nav_page(
        "Before you continue",
        "<p>We use cookies to make this part of the site work. Choose an option to carry on to the page you asked for.</p>"
        '<form method="post" action="/cookie-consent"><button name="choice" value="all">Accept all cookies</button></form>'
        '<noscript><p><a href="/community-safety/cctv?cookies=essential">Continue with essential cookies only</a></p>'
        "</noscript>",
        [],
    )
    return {
        f"{WALL}/": nav_page("Wallton Borough Council", "<p>Welcome.</p>", nav, search=f"{WALL}/search"),
        f"{WALL}/bins": nav_page("Bins", "<p>Collection days.</p>", nav),
        f"{WALL}/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        f"{WALL}/community-safety/cctv": wall,
        f"{WALL}/community-safety/cctv?cookies=essential": nav_page(
            "CCTV", f"<p>Wallton Borough Council {CAMERA_FACTS}</p>", nav
        ),
        **_search_pages(WALL, nav, f'<ul><li><a href="{WALL}/community-safety/cctv">CCTV</a></li></ul>'),
    }


def item_site() -> dict[str, tuple[str, bytes]]:
    nav = [(f"{ITEM}/", "Home"), (f"{ITEM}/bins", "Bins")]
    item = f"{ITEM_DEM}/mgAi.aspx?ID=912"
    paper = f"{ITEM_DEM}/documents/s4120/Appendix_B_Live_View_Agreement.pdf"
    return {
        f"{ITEM}/": nav_page("Itemby Borough Council", "<p>Welcome.</p>", nav, search=f"{ITEM}/search"),
        f"{ITEM}/bins": nav_page("Bins", "<p>Collection days.</p>", nav),
        f"{ITEM}/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        f"{ITEM_DEM}/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        f"{ITEM}/community-safety/cctv": nav_page(
            "CCTV",
            f"<p>Itemby Borough Council {CAMERA_FACTS}</p>"
            f'<p>Police officers may watch some cameras on hand-held devices (<a href="{item}">Agenda item - Police '
            "Live-View access</a>).</p>",
            nav,
        ),
        item: nav_page(
            "Agenda item - Police Live-View access",
            "<p>The Executive noted the signed Live-View agreement, which lets officers watch partnership cameras on "
            f'hand-held devices.</p><h2>Documents</h2><ul><li><a href="{paper}">Appendix B - Live-View agreement '
            "(signed)</a></li></ul>",
            [],
        ),
        paper: nav_page(
            "Live-View agreement",
            "<p>Agreement between Itemby Borough Council and Surrey Police for officers' live viewing of the council's "
            "public space CCTV cameras on hand-held devices.</p>"
            "<p>Signed for and on behalf of the council: R. Moss, Director of Communities, 6 February 2023.</p>"
            "<p>Signed for and on behalf of Surrey Police: Superintendent L. Osei, 20 February 2023.</p>",
            [],
        ),
        **_search_pages(ITEM, nav, f'<ul><li><a href="{ITEM}/community-safety/cctv">CCTV</a></li></ul>'),
    }


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory):
    return audit_through_proxy(
        {**wall_site(), **item_site()},
        tmp_path_factory.mktemp("walls"),
        [
            ("E99000091", "Wallton Borough Council", f"{WALL}/", "Surrey"),
            ("E99000092", "Itemby Borough Council", f"{ITEM}/", "Surrey"),
        ],
    )


def test_a_consent_wall_is_clicked_through(audited) -> None:
    found, paths = audited
    assert f"{WALL}/community-safety/cctv?cookies=essential" in paths, paths
    assert found["E99000091"]["deliverables"]["5.1"]["status"] == "met"


def test_an_agenda_items_agreement_paper_is_read(audited) -> None:
    found, paths = audited
    assert f"{ITEM_DEM}/documents/s4120/Appendix_B_Live_View_Agreement.pdf" in paths, paths
    assert found["E99000092"]["deliverables"]["5.5"]["status"] == "met"


def test_the_site_without_a_wall_is_read_as_before(audited) -> None:
    # guard: passes before and after
    found, _ = audited
    assert found["E99000092"]["deliverables"]["5.1"]["status"] == "met"

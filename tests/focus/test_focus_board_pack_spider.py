"""A police agreement published only inside a community safety partnership's board pack (held-back web 216's Redditch,
5.5 not_met at freeze38): the council's CCTV page names the partnership, whose page links "Board meetings and papers",
which lists each meeting's papers as one dated pack. A careful person opens the latest packs before calling the agreement
unpublished; the audit opens the three latest by their dates while no agreement is in hand, however the page orders them
(held-back web 228's Hinckley and Bosworth listed them oldest first, its agreement in the second of three; spiders.following,
analysis.committee_pack). Two hand-written sites served through a loopback proxy under real-looking host names: the first
partnership's page is a board's papers, the second a leisure trust board's; the first fails with freeze38's and freeze39's
spiders.
"""

from __future__ import annotations

import pytest

from minisite import SEARCH_WORDS, audit_through_proxy, nav_page

BOARD = "http://www.boardtown.gov.uk"
TRUST = "http://www.trusttown.gov.uk"


def site(base: str, name: str, papers_path: str, papers_title: str) -> dict[str, tuple[str, bytes]]:
    cs = f"{base}/community-safety"
    nav = [(f"{base}/", "Home"), (f"{base}/bins", "Bins"), (cs, "Community safety")]
    papers = f"{base}{papers_path}"
    latest = f"{base}/media/4430/board-pack-2024-09-17.pdf"
    signed = f"{base}/media/4411/board-pack-2024-06-18.pdf"
    older = f"{base}/media/4388/board-pack-2024-03-12.pdf"
    oldest = f"{base}/media/4301/board-pack-2023-12-05.pdf"
    pages = {
        f"{base}/": nav_page(name, "<p>Welcome.</p>", nav, search=f"{base}/search"),
        f"{base}/bins": nav_page("Bins", "<p>Collection days.</p>", nav),
        f"{cs}/cctv": nav_page(
            "CCTV",
            f"<p>{name} runs 60 public space cameras in the town centre to prevent and detect crime. Recordings are kept"
            " for 31 days. You can ask for footage of yourself with a subject access request.</p>",
            nav,
        ),
        cs: nav_page(
            "Community safety",
            f'<ul><li><a href="{cs}/cctv">CCTV</a></li><li><a href="{cs}/partnership">Community safety partnership</a></li>'
            f'<li><a href="{cs}/asb">Anti-social behaviour</a></li></ul>',
            nav,
        ),
        f"{cs}/asb": nav_page("Anti-social behaviour", "<p>Report anti-social behaviour.</p>", nav),
        f"{cs}/partnership": nav_page(
            "Community safety partnership",
            "<p>The council, the police, health and probation work together on crime and disorder.</p>"
            f'<p><a href="{papers}">{papers_title}</a></p>',
            nav,
        ),
        papers: nav_page(
            papers_title,
            "<p>Papers are published after each meeting as a single pack.</p>"
            f'<ul><li><a href="{oldest}">5 December 2023: meeting pack (PDF)</a></li>'
            f'<li><a href="{older}">12 March 2024: meeting pack (PDF)</a></li>'
            f'<li><a href="{signed}">18 June 2024: meeting pack (PDF)</a></li>'
            f'<li><a href="{latest}">17 September 2024: meeting pack (PDF)</a></li></ul>',
            nav,
        ),
        latest: nav_page("Board meeting pack, 17 September 2024", "<p>Item 3: Night-time economy.</p>", []),
        signed: nav_page(
            "Board meeting pack, 18 June 2024",
            "<h2>Item 5: Information sharing agreement for public space CCTV (signed copy, for noting)</h2>"
            f"<p>Between {name} and Anyshire Police, for the release of recordings from the council's public space"
            " cameras.</p><p>Signed for and on behalf of the council: J. Reed, Director of Communities, 2 May 2024.</p>"
            "<p>Signed for and on behalf of Anyshire Police: Superintendent A. Khan, 9 May 2024.</p>",
            [],
        ),
        older: nav_page("Board meeting pack, 12 March 2024", "<p>Item 4: Retail crime.</p>", []),
        oldest: nav_page("Board meeting pack, 5 December 2023", "<p>Item 2: Street drinking.</p>", []),
        f"{base}/search?q=CCTV": nav_page("Search results", f'<ul><li><a href="{cs}/cctv">CCTV</a></li></ul>', nav),
        f"{base}/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
    }
    for term in SEARCH_WORDS[1:]:
        pages[f"{base}/search?q={term}"] = nav_page("Search results", "<p>No results found.</p>", nav)
    return pages


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("boards")
    pages = {
        **site(
            BOARD,
            "Boardtown Borough Council",
            "/community-safety/partnership/board-meetings",
            "Board meetings and papers",
        ),
        **site(TRUST, "Trusttown Borough Council", "/leisure-trust/board", "Leisure trust board minutes"),
    }
    return audit_through_proxy(
        pages,
        tmp,
        [
            ("E99000091", "Boardtown Borough Council", f"{BOARD}/", "Anyshire"),
            ("E99000092", "Trusttown Borough Council", f"{TRUST}/", "Anyshire"),
        ],
    )


def test_the_latest_board_packs_are_read(audited) -> None:
    """The three latest packs by their dates, though the page lists them oldest first: the signed agreement is in the
    second latest; the oldest is left."""
    doc, paths = audited
    assert f"{BOARD}/media/4430/board-pack-2024-09-17.pdf" in paths, paths
    assert f"{BOARD}/media/4411/board-pack-2024-06-18.pdf" in paths, paths
    assert f"{BOARD}/media/4301/board-pack-2023-12-05.pdf" not in paths, paths
    assert doc["E99000091"]["deliverables"]["5.5"]["status"] == "met", doc["E99000091"]["deliverables"]["5.5"]


def test_another_boards_papers_are_left(audited) -> None:
    _doc, paths = audited
    assert f"{TRUST}/media/4411/board-pack-2024-06-18.pdf" not in paths, paths

"""A police agreement published only inside a meeting's "Public reports pack" (held-back web 202's Islington, 5.5 partial
at 643106f): the council's CCTV page says the Executive approved it and links the agenda item; the item's page puts the
agreement "at Appendix A" and says the report and its appendix "are in the public reports pack", linking only the
meeting's page, which links the pack. A careful person takes those two steps before settling for a mention; the audit
takes them only from an item that points to a pack (analysis.committee_pack). Two hand-written sites served through a
loopback proxy under real-looking host names; the first fails with 643106f's spiders.
"""

from __future__ import annotations

import pytest

from minisite import SEARCH_WORDS, audit_through_proxy, nav_page

PACK = "http://www.packtown.gov.uk"
PACK_DEM = "http://democracy.packtown.gov.uk"
NOTE = "http://www.notetown.gov.uk"
NOTE_DEM = "http://democracy.notetown.gov.uk"


def site(base: str, dem: str, name: str, item_words: str) -> dict[str, tuple[str, bytes]]:
    nav = [(f"{base}/", "Home"), (f"{base}/bins", "Bins")]
    item = f"{dem}/mgAi.aspx?ID=311"
    meeting = f"{dem}/ieListDocuments.aspx?CId=12&MId=88"
    pack = f"{dem}/documents/g88/Public-reports-pack-Executive-14-March-2024.pdf"
    pages = {
        f"{base}/": nav_page(name, "<p>Welcome.</p>", nav, search=f"{base}/search"),
        f"{base}/bins": nav_page("Bins", "<p>Collection days.</p>", nav),
        f"{base}/community-safety/cctv": nav_page(
            "CCTV",
            f"<p>{name} runs 70 public space cameras in the town centre to prevent and detect crime. Recordings are kept"
            " for 31 days. You can ask for footage of yourself with a subject access request.</p>"
            "<p>The information sharing agreement between the council and Surrey Police, which sets out how footage is"
            f' passed to officers, was approved by the Executive on 14 March 2024 (<a href="{item}">Agenda item:'
            " Information sharing agreement for public space CCTV</a>).</p>",
            nav,
        ),
        f"{dem}/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        item: nav_page(
            "Agenda item: Information sharing agreement for public space CCTV",
            f"<p>{item_words}</p>"
            f'<p><a href="{meeting}">Agenda and minutes: Executive, Thursday 14 March 2024 7.30 pm</a></p>',
            [],
        ),
        meeting: nav_page(
            "Agenda and minutes: Executive, Thursday 14 March 2024 7.30 pm",
            f'<p><a href="{pack}">Public reports pack 14th-Mar-2024 19.30 Executive (PDF, 2 MB)</a></p>'
            f'<ul><li><a href="{item}">Agenda item: Information sharing agreement for public space CCTV</a></li></ul>',
            [],
        ),
        pack: nav_page(
            "Public reports pack: Executive, 14 March 2024",
            "<h2>Item 6: Budget monitoring</h2><p>The forecast is on budget.</p>"
            "<h2>Item 7, Appendix A: Information sharing agreement for public space CCTV</h2>"
            f"<p>Between {name} and Surrey Police, for the release of recordings from the council's public space"
            " cameras.</p><p>Signed for and on behalf of the council: J. Reed, Director of Communities, 2 April 2024.</p>"
            "<p>Signed for and on behalf of Surrey Police: Superintendent A. Khan, 8 April 2024.</p>",
            [],
        ),
        f"{base}/search?q=CCTV": nav_page(
            "Search results", f'<ul><li><a href="{base}/community-safety/cctv">CCTV</a></li></ul>', nav
        ),
        f"{base}/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
    }
    for term in SEARCH_WORDS[1:]:
        pages[f"{base}/search?q={term}"] = nav_page("Search results", "<p>No results found.</p>", nav)
    return pages


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("packs")
    pointed = (
        "The Executive Member introduced the report. RESOLVED: that the information sharing agreement with Surrey Police"
        " at Appendix A be approved. The report and its appendix are in the public reports pack for this meeting."
    )
    noted = "The Executive Member gave an update on the town centre cameras. RESOLVED: that the update be noted."
    pages = {
        **site(PACK, PACK_DEM, "Packtown Borough Council", pointed),
        **site(NOTE, NOTE_DEM, "Notetown Borough Council", noted),
    }
    return audit_through_proxy(
        pages,
        tmp,
        [
            ("E99000081", "Packtown Borough Council", f"{PACK}/", "Surrey"),
            ("E99000082", "Notetown Borough Council", f"{NOTE}/", "Surrey"),
        ],
    )


def test_the_pack_an_agenda_item_points_to_is_read(audited) -> None:
    doc, paths = audited
    assert f"{PACK_DEM}/documents/g88/Public-reports-pack-Executive-14-March-2024.pdf" in paths, paths
    d55 = doc["E99000081"]["deliverables"]["5.5"]
    assert d55["status"] == "met", d55


def test_a_pack_is_left_when_the_item_points_to_none(audited) -> None:
    doc, paths = audited
    assert f"{NOTE_DEM}/documents/g88/Public-reports-pack-Executive-14-March-2024.pdf" not in paths, paths
    assert doc["E99000082"]["deliverables"]["5.5"]["status"] == "partial"

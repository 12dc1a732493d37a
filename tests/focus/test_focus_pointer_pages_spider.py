"""Pages that only point to where the council's camera facts are (session 16: held-back webs 63-66), each a
hand-written site served through a loopback proxy under a real-looking host name.

- Stubtown: its search lists a short "Town centre cameras" page that says how the cameras are run "is set out in the
  partnership's strategy", linked beside it and served without an extension; the strategy holds the facts.
- Foldertown: a legacy site whose CCTV section is a folder of page files; the search lists the section's first page
  only, and the police agreement is spoken of only on its "Releasing images" page.
- Cymtown: a Welsh-first site whose Welsh home page links no committee papers; its English twin's "Council and
  democracy" page leads to them.

The first two fail on the code before the change (ed18d2b); the third passes there too (this small site's English
home is reached anyway), so it guards the behaviour, and held-back web 63's Carmarthenshire shows the change.
"""

from __future__ import annotations

import json

import pytest

from minisite import RecordingSite
from support import run_cli

STUB = "http://www.stubtown.gov.uk"
FOLD = "http://www.foldertown.gov.uk"
CYM = "http://www.cymtown.gov.uk"
CYM_DEM = "http://democracy.cymtown.gov.uk"
NO_RESULTS = "<p>No results found.</p>"
TERMS = (
    "surveillance+camera",
    "cameras",
    "single+point+of+contact",
    "sharing+agreement",
    "service+level+agreement",
    "police+protocol",
    "CCTV+certification",
)


def html(title: str, main: str, nav: list[tuple[str, str]], lang: str = "en", search: str = "") -> tuple[str, bytes]:
    menu = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in nav)
    form = f'<form role="search" action="{search}" method="get"><input type="search" name="q"></form>' if search else ""
    return "text/html; charset=utf-8", (
        f'<html lang="{lang}"><head><title>{title}</title></head><body><header>{form}<nav><ul>{menu}</ul></nav></header>'
        f"<main><h1>{title}</h1>{main}</main></body></html>"
    ).encode()


def _searchable(base: str, pages: dict, nav: list[tuple[str, str]], cctv_results: str) -> None:
    pages[f"{base}/search?q=CCTV"] = html("Search results", cctv_results, nav)
    for term in TERMS:
        pages[f"{base}/search?q={term}"] = html("Search results", NO_RESULTS, nav)
    pages[f"{base}/robots.txt"] = ("text/plain", b"User-agent: *\nDisallow: /admin/\n")


def stubtown() -> dict[str, tuple[str, bytes]]:
    nav = [(f"{STUB}/", "Home"), (f"{STUB}/bins", "Bins")]
    strategy = f"{STUB}/downloads/file/12/community-safety-strategy-2025-2028"
    pages = {
        f"{STUB}/": html("Stubtown Borough Council", "<p>Welcome.</p>", nav, search=f"{STUB}/search"),
        f"{STUB}/community-safety/town-centre-cameras": html(
            "Town centre cameras",
            "<p>Cameras are one of the tools the Stubtown Community Safety Partnership uses against crime. How the"
            " borough's cameras are run is set out in the partnership's strategy.</p>"
            "<p>Images are shared with Cleveland Police under an information sharing agreement.</p>"
            "<p>Questions about the town centre cameras: 01632 960 771</p>"
            f'<p><a href="{strategy}">Community safety strategy 2025 to 2028 (PDF)</a></p>',
            nav,
        ),
        strategy: (
            "text/plain; charset=utf-8",
            b"Stubtown community safety strategy 2025 to 2028\n\n"
            b"Stubtown Borough Council runs a town centre CCTV control room, staffed 24 hours a day, watching 64"
            b" public space cameras to prevent and detect crime. Recordings are kept for 31 days and then erased."
            b" The police can ask for copies of recordings to investigate crime. People can ask for footage of"
            b" themselves by making a subject access request.\n",
        ),
    }
    _searchable(
        STUB,
        pages,
        nav,
        f'<ul><li><a href="{STUB}/community-safety/town-centre-cameras">Town centre cameras</a></li></ul>',
    )
    return pages


def foldertown() -> dict[str, tuple[str, bytes]]:
    nav = [
        (f"{FOLD}/", "Home"),
        (f"{FOLD}/EN/Bins.aspx", "Bins"),
        (f"{FOLD}/council-and-democracy", "Council and democracy"),
    ]
    folder = f"{FOLD}/EN/Resident/CommunitySafety/CCTV"
    pages = {
        f"{FOLD}/": html("Foldertown Council", "<p>Welcome.</p>", nav, search=f"{FOLD}/search"),
        f"{folder}/CCTV.aspx": html(
            "CCTV",
            "<p>Foldertown Council's town centre camera system covers the high street, the bus station and the"
            " market, and helps to prevent and detect crime. The control room is staffed every evening.</p>"
            f'<nav class="in-section"><h2>In this section</h2><ul><li><a href="{folder}/Staffing.aspx">Staffing</a></li>'
            f'<li><a href="{folder}/ReleasingImages.aspx">Releasing images</a></li>'
            f'<li><a href="{folder}/YourRights.aspx">Your rights</a></li></ul></nav>',
            nav,
        ),
        f"{FOLD}/council-and-democracy": html("Council and democracy", "<p>Elections and councillors.</p>", nav),
        f"{folder}/Staffing.aspx": html("Staffing", "<p>Operators hold a licence from the SIA.</p>", nav),
        f"{folder}/ReleasingImages.aspx": html(
            "Releasing images",
            "<p>Recorded images are released to Cleveland Police under an information sharing protocol between the"
            " council and Cleveland Police, and to insurers only with a court order.</p>",
            nav,
        ),
        f"{folder}/YourRights.aspx": html(
            "Your rights", "<p>You can ask for footage of yourself with a subject access request.</p>", nav
        ),
    }
    _searchable(FOLD, pages, nav, f'<ul><li><a href="{folder}/CCTV.aspx">CCTV</a></li></ul>')
    return pages


def cymtown() -> dict[str, tuple[str, bytes]]:
    welsh_nav = [
        (f"{CYM}/", "Hafan"),
        (f"{CYM}/en", "Cymtown Council"),
        (f"{CYM}/diogelwch-cymunedol", "Diogelwch cymunedol"),
    ]
    nav = [(f"{CYM}/en", "Home"), (f"{CYM}/", "Cymraeg")]
    home_nav = [*nav, (f"{CYM}/en/council-and-democracy", "Council and democracy")]
    pages = {
        f"{CYM}/": html("Cyngor Cymtown", "<p>Croeso.</p>", welsh_nav, lang="cy", search=f"{CYM}/search"),
        f"{CYM}/diogelwch-cymunedol": html(
            "Diogelwch cymunedol", "<p>Gweithio gyda'r heddlu.</p>", welsh_nav, lang="cy"
        ),
        f"{CYM}/en": html("Cymtown Council", "<p>Welcome.</p>", home_nav),
        f"{CYM}/en/community-safety/cctv": html(
            "CCTV",
            "<p>Cymtown Council runs 40 public space CCTV cameras in the town centre to prevent and detect crime."
            " Recordings are kept for 30 days. You can ask for footage of yourself with a subject access"
            " request.</p>",
            nav,
        ),
        f"{CYM}/en/council-and-democracy": html(
            "Council and democracy", f'<ul><li><a href="{CYM_DEM}/mgListCommittees.aspx">Committees</a></li></ul>', nav
        ),
        f"{CYM_DEM}/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        f"{CYM_DEM}/mgListCommittees.aspx": html(
            "Committees", f'<ul><li><a href="{CYM_DEM}/mgCommitteeDetails.aspx?ID=3">Cabinet</a></li></ul>', []
        ),
        f"{CYM_DEM}/mgCommitteeDetails.aspx?ID=3": html("Cabinet", "<p>Meetings of the Cabinet.</p>", []),
    }
    _searchable(CYM, pages, nav, f'<ul><li><a href="{CYM}/en/community-safety/cctv">CCTV</a></li></ul>')
    return pages


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("pointers")
    proxy = RecordingSite({**stubtown(), **foldertown(), **cymtown()}, delay=0.01)
    with proxy:
        register = tmp / "register.csv"
        register.write_text(
            "gss_code,name,nation,website,police_force\n"
            f"E99000071,Stubtown Borough Council,England,{STUB}/,Cleveland\n"
            f"E99000072,Foldertown Council,England,{FOLD}/,Cleveland\n"
            f"W99000073,Cymtown Council,Wales,{CYM}/,Dyfed-Powys\n"
        )
        db = f"sqlite:///{tmp / 'audit.sqlite'}"
        proc = run_cli("audit", "--register", str(register), "--db", db, "--proxy", proxy.url, "--quiet", cwd=tmp)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        exported = run_cli("export", "--db", db, "--format", "json", cwd=tmp)
        assert exported.returncode == 0, exported.stderr
    doc = {a["gss_code"]: a for a in json.loads(exported.stdout)["authorities"]}
    return doc, proxy.paths()


def test_a_document_the_cctv_stub_points_to_is_read(audited) -> None:
    doc, paths = audited
    assert f"{STUB}/downloads/file/12/community-safety-strategy-2025-2028" in paths, paths
    d51 = doc["E99000071"]["deliverables"]["5.1"]
    assert d51["status"] == "met", d51
    assert {"retention", "subject_access"} <= {k for k, v in d51["criteria"].items() if v}


def test_a_legacy_cctv_folders_own_pages_are_read(audited) -> None:
    doc, paths = audited
    folder = f"{FOLD}/EN/Resident/CommunitySafety/CCTV"
    assert f"{folder}/ReleasingImages.aspx" in paths and f"{folder}/YourRights.aspx" in paths, paths
    assert doc["E99000072"]["deliverables"]["5.5"]["status"] == "partial"
    assert f"{FOLD}/EN/Bins.aspx" not in paths


def test_a_welsh_first_home_pages_english_twin_is_read(audited) -> None:
    doc, paths = audited
    assert f"{CYM}/en" in paths, paths
    assert f"{CYM}/en/council-and-democracy" in paths, paths
    effort = doc["W99000073"]["deliverables"]["5.5"]["search_effort"]
    assert any(s["target"].startswith(CYM_DEM) and s["outcome"] == "searched" for s in effort["steps"]), effort["steps"]

"""Browsing an old council site with no index, and committee papers on the council's own
democracy host: hand-written sites served through a loopback proxy, so that host names (and so
registered domains) are real while every byte stays on 127.0.0.1.

- Old Town: table layout, no search, no sitemap, no A-Z; the CCTV page sits under generic
  navigation (Residents -> Community and living -> Community safety -> Crime and disorder -> CCTV).
- Comtown: the police agreement is an appendix of a committee item on democracy.comtown.gov.uk;
  a committee paper of another council (democracy.othertown.gov.uk) is linked too and must never
  be requested.
"""

from __future__ import annotations

import json

import pytest

from minisite import RecordingSite
from support import run_cli

FORCE = "Cleveland Police"
OLD = "http://www.oldtown.gov.uk"
COM = "http://www.comtown.gov.uk"
DEM = "http://democracy.comtown.gov.uk"
OTHER = "http://democracy.othertown.gov.uk"
SEARCHED = "http://www.searchtown.gov.uk"
SEARCHED_DEM = "http://committees.searchtown.gov.uk"
CCTV = """<p>{name} operates public space CCTV cameras in the market square and the bus station to deter
crime and help people feel safe. The system follows the Surveillance Camera Code of Practice.</p>
<p>Recorded images are kept for 31 days and then erased. To ask for images of yourself, make a subject
access request. Questions go to the CCTV Manager at cctv@oldtown.gov.uk.</p>"""
AGREEMENT = f"""INFORMATION SHARING AGREEMENT FOR PUBLIC SPACE CCTV
Between Comtown Borough Council and {FORCE}

1. Purpose
This agreement sets out how the council's CCTV control room releases recorded images to {FORCE}
for the prevention and detection of crime.

Signed for and on behalf of Comtown Borough Council
Name: Jo Rivers
Position: Head of Community Safety
Date: 2 February 2024

Signed for and on behalf of {FORCE}
Name: Chris Lane
Position: Superintendent
Date: 9 February 2024
"""


def html(title: str, main: str, nav: list[tuple[str, str]]) -> tuple[str, bytes]:
    menu = "".join(f'<td><a href="{u}">{t}</a></td>' for u, t in nav)
    return "text/html; charset=utf-8", (
        f"<html><head><title>{title}</title></head><body><table><tr>{menu}</tr></table>"
        f"<table><tr><td><h1>{title}</h1>{main}</td></tr></table></body></html>"
    ).encode()


def ul(rows: list[tuple[str, str]]) -> str:
    return "<ul>" + "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in rows) + "</ul>"


def old_town() -> dict[str, tuple[str, bytes]]:
    nav = [
        (f"{OLD}/", "Home"),
        (f"{OLD}/residents.asp", "Residents"),
        (f"{OLD}/business.asp", "Business"),
        (f"{OLD}/bins.asp", "Bins and recycling"),
        (f"{OLD}/counciltax.asp", "Council tax"),
        (f"{OLD}/jobs.asp", "Jobs"),
        (f"{OLD}/news/archive.asp", "News archive"),
    ]
    name = "Old Town Council"
    tree = {
        "/": ("Old Town Council", [], "<p>Welcome to Old Town.</p>"),
        "/residents.asp": (
            "Residents",
            [
                ("/housing.asp", "Housing"),
                ("/community.asp", "Community and living"),
                ("/leisure.asp", "Leisure and culture"),
                ("/planning/applications.asp", "Planning applications"),
            ],
            "",
        ),
        "/business.asp": ("Business", [("/licences.asp", "Licences"), ("/trade.asp", "Trading standards")], ""),
        "/housing.asp": ("Housing", [("/housing/advice.asp", "Housing advice")], ""),
        "/leisure.asp": ("Leisure and culture", [("/leisure/parks.asp", "Parks")], ""),
        "/community.asp": (
            "Community and living",
            [
                ("/community/centres.asp", "Community centres"),
                ("/community/safety.asp", "Community safety"),
                ("/community/volunteering.asp", "Volunteering"),
            ],
            "",
        ),
        "/community/safety.asp": (
            "Community safety",
            [("/community/crime.asp", "Crime and disorder"), ("/community/safety/fireworks.asp", "Fireworks safety")],
            "",
        ),
        "/community/crime.asp": (
            "Crime and disorder",
            [("/community/crime/cctv.asp", "CCTV"), ("/community/crime/graffiti.asp", "Graffiti")],
            "",
        ),
        "/community/crime/cctv.asp": ("CCTV", [], CCTV.format(name=name)),
    }
    pages = {
        f"{OLD}{p}": html(t, body + ul([(OLD + u, a) for u, a in kids]), nav) for p, (t, kids, body) in tree.items()
    }
    for leaf in (
        "/housing/advice.asp",
        "/leisure/parks.asp",
        "/licences.asp",
        "/trade.asp",
        "/community/centres.asp",
        "/community/volunteering.asp",
        "/community/safety/fireworks.asp",
        "/community/crime/graffiti.asp",
    ):
        pages[OLD + leaf] = html(
            leaf.strip("/").replace("/", " "), "<p>Opening times and how to get in touch.</p>", nav
        )
    pages[f"{OLD}/robots.txt"] = ("text/plain", b"User-agent: *\nDisallow: /admin/\n")
    return pages


def comtown(COM: str = COM, DEM: str = DEM, search: bool = False) -> dict[str, tuple[str, bytes]]:
    """Committee papers on the council's democracy host; with `search`, a site search that lists
    the CCTV page but (as council searches do) nothing of the democracy host."""
    name = "Comtown Borough Council"
    nav = [
        (f"{COM}/", "Home"),
        (f"{COM}/council-and-democracy", "Council and democracy"),
        (f"{COM}/a-z", "A to Z"),
        (f"{COM}/bins", "Bins"),
    ]
    form = f'<form role="search" action="{COM}/search" method="get"><input type="search" name="q"></form>'
    pages = {
        f"{COM}/": html(name, "<p>Welcome.</p>", nav),
        f"{COM}/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        f"{COM}/a-z": html("A to Z", ul([(f"{COM}/a-z/{c}", c.upper()) for c in "abcdefghijklmnopqrstuvwxyz"]), nav),
        f"{COM}/a-z/c": html("A to Z: C", ul([(f"{COM}/community-safety/cctv", "CCTV")]), nav),
        f"{COM}/community-safety/cctv": html("CCTV", CCTV.format(name=name), nav),
        f"{COM}/council-and-democracy": html(
            "Council and democracy",
            ul([(f"{DEM}/mgListCommittees.aspx", "Committee meetings"), (f"{COM}/elections", "Elections")]),
            nav,
        ),
        f"{DEM}/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /mgMemberIndex.aspx\n"),
        f"{DEM}/mgListCommittees.aspx": html(
            "Committees",
            ul(
                [
                    (f"{DEM}/mgCommitteeDetails.aspx?ID=5", "Safer Communities Committee"),
                    (f"{DEM}/mgCommitteeDetails.aspx?ID=9", "Planning Committee"),
                    (f"{DEM}/mgMemberIndex.aspx", "Councillors"),
                ]
            ),
            [],
        ),
        f"{DEM}/mgCommitteeDetails.aspx?ID=5": html(
            "Safer Communities Committee",
            ul([(f"{DEM}/ieListDocuments.aspx?CId=5&MId=77", "Meeting of Safer Communities Committee, 12 March 2024")]),
            [],
        ),
        f"{DEM}/ieListDocuments.aspx?CId=5&MId=77": html(
            "Agenda, 12 March 2024",
            ul(
                [
                    (f"{DEM}/mgAi.aspx?ID=900", "Minutes of the previous meeting"),
                    (f"{DEM}/mgAi.aspx?ID=901", "CCTV information sharing agreement with Cleveland Police"),
                    (f"{OTHER}/mgAi.aspx?ID=901", "Neighbouring council: CCTV information sharing agreement"),
                ]
            ),
            [],
        ),
        f"{DEM}/mgAi.aspx?ID=901": html(
            "Agenda item: CCTV information sharing agreement",
            "<p>Report of the Head of "
            "Community Safety.</p>"
            + ul([(f"{DEM}/documents/s901/appendix-a.txt", "Appendix A: information sharing agreement")]),
            [],
        ),
        f"{DEM}/documents/s901/appendix-a.txt": ("text/plain; charset=utf-8", AGREEMENT.encode()),
        f"{OTHER}/mgAi.aspx?ID=901": html("Another council's agreement", "<p>Not ours.</p>", []),
    }
    if search:
        pages[f"{COM}/"] = html(name, "<p>Welcome.</p>" + form, nav)
        pages[f"{COM}/search?q=CCTV"] = html("Search results", ul([(f"{COM}/community-safety/cctv", "CCTV")]), nav)
        for term in (
            "single+point+of+contact",
            "sharing+agreement",
            "service+level+agreement",
            "police+protocol",
            "CCTV+certification",
        ):
            pages[f"{COM}/search?q={term}"] = html("Search results", "<p>No results found.</p>", nav)
    return pages


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("browse")
    proxy = RecordingSite({**old_town(), **comtown(), **comtown(SEARCHED, SEARCHED_DEM, search=True)}, delay=0.01)
    with proxy:
        register = tmp / "register.csv"
        register.write_text(
            "gss_code,name,nation,website,police_force\n"
            f"E99000091,Old Town Council,England,{OLD}/,Cleveland\n"
            f"E99000092,Comtown Borough Council,England,{COM}/,Cleveland\n"
            f"E99000093,Searchtown Borough Council,England,{SEARCHED}/,Cleveland\n"
        )
        db = f"sqlite:///{tmp / 'audit.sqlite'}"
        proc = run_cli("audit", "--register", str(register), "--db", db, "--proxy", proxy.url, "--quiet", cwd=tmp)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        exported = run_cli("export", "--db", db, "--format", "json", cwd=tmp)
        assert exported.returncode == 0, exported.stderr
    doc = {a["gss_code"]: a for a in json.loads(exported.stdout)["authorities"]}
    return doc, proxy.paths()


def test_old_site_without_any_index_is_browsed_to_its_cctv_page(audited) -> None:
    doc, paths = audited
    la = doc["E99000091"]
    assert f"{OLD}/community/crime/cctv.asp" in paths, paths
    assert la["deliverables"]["5.1"]["status"] == "met"
    assert not any(
        p.startswith(tuple(f"{OLD}/{s}" for s in ("bins", "counciltax", "jobs", "news", "planning"))) for p in paths
    ), "unrelated services are never browsed"
    d = la["deliverables"]["5.5"]
    assert d["status"] == "not_met"
    browsed = [s for s in d["search_effort"]["steps"] if s["method"] == "links"]
    assert browsed and browsed[0]["outcome"] == "searched", d["search_effort"]
    assert d["search_effort"]["complete"] is True
    assert la["crawl"]["requests"] <= 30


def test_committee_papers_on_the_councils_democracy_host_are_followed(audited) -> None:
    doc, paths = audited
    la = doc["E99000092"]
    assert f"{DEM}/documents/s901/appendix-a.txt" in paths, paths
    assert la["deliverables"]["5.5"]["status"] in ("met", "partial")
    assert f"{DEM}/robots.txt" in paths
    assert f"{DEM}/mgMemberIndex.aspx" not in paths, "the democracy host's robots.txt is obeyed"
    assert not any(p.startswith(OTHER) for p in paths), "never another council's registered domain"


def test_committee_papers_are_followed_even_where_the_site_search_answered(audited) -> None:
    doc, paths = audited
    la = doc["E99000093"]
    assert f"{SEARCHED}/search?q=CCTV" in paths and f"{SEARCHED}/search?q=sharing+agreement" in paths
    assert f"{SEARCHED_DEM}/documents/s901/appendix-a.txt" in paths, paths
    assert la["deliverables"]["5.5"]["status"] in ("met", "partial")
    assert not any(p.startswith(OTHER) for p in paths)

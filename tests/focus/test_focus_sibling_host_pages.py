"""Pages the council publishes on other hosts of its own domain, opened when its pages link them for the cameras.

Held-back webs 382 and 385 (measured at freeze57, then opened): councils put parts of their camera information on platforms
under their own domain - a consultation's page on a ``haveyoursay.`` host holding the project officer's contact panel ("Who's
listening"), an agreement in a publications reader, the old site kept on an ``archive.`` host, to which the site's own old address now redirects. The audit fetched documents
from such hosts but never their pages, so a contact point published only there was called not met.

A page on another host of the council's registered domain (no committee host) is now opened when a page of the audit links it
for the cameras, a few per site (spiders.following.SIBLING_PAGES); the host is never browsed, and a link there for anything
else is left alone; a page of the site that the server moves to another host of the domain is followed there. Audited through the real command line on a site of its own (invented council, places and people)."""

from __future__ import annotations

import pytest

from crawler.engine.netsafety import SiteBounds
from minisite import SEARCH_WORDS, audit_through_proxy, nav_page

SITE = "http://www.eastmere.gov.uk"
SAY = "http://haveyoursay.eastmere.gov.uk"
ARCHIVE = "http://archive.eastmere.gov.uk"
ELSEWHERE = "http://haveyoursay.eastmere-consult.co.uk"


def _search_pages(site: str, cctv: str, nav: list[tuple[str, str]]) -> dict:
    """The site's search: the CCTV page for "CCTV", nothing for the other words the audit types."""
    pages = {
        f"{site}/search?q=CCTV": nav_page(
            "Search results", f'<p>1 result</p><ul><li><a href="{site}{cctv}">Public space CCTV</a></li></ul>', nav
        )
    }
    for term in SEARCH_WORDS[1:]:
        pages[f"{site}/search?q={term}"] = nav_page("Search results", "<p>No results found.</p>", nav)
    return pages


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("sibling")
    nav = [(f"{SITE}/", "Home"), (f"{SITE}/bins", "Bins"), (f"{SITE}/community-safety", "Community safety")]
    cctv = "/community-safety/public-space-cctv"
    pages = {
        f"{SITE}/": nav_page("Eastmere Borough Council", "<p>Welcome.</p>", nav, search=f"{SITE}/search"),
        f"{SITE}/bins": nav_page(
            "Bins",
            f'<p>Collection days.</p><p><a href="{SAY}/garden-waste-charges">Have your say on garden waste charges</a></p>',
            nav,
        ),
        f"{SITE}/community-safety": nav_page(
            "Community safety", f'<p><a href="{SITE}{cctv}">Public space CCTV</a></p>', nav
        ),
        f"{SITE}{cctv}": nav_page(
            "Public space CCTV",
            "<p>Eastmere Borough Council runs 64 public space cameras in the town centre and on the promenade, watched"
            " from the council's control room to prevent and detect crime. Recordings are kept for 31 days. You can ask"
            " for footage of yourself with a subject access request.</p>"
            f'<p>In 2025 we added 12 cameras to the Esplanade underpass. <a href="{SAY}/esplanade-underpass-cctv">Read'
            " about the Esplanade underpass CCTV project</a>.</p>"
            f'<p><a href="{ELSEWHERE}/cctv-survey">Take part in our CCTV survey</a></p>'
            f'<p>Our code of practice and agreements are still on our previous website: <a href="{SITE}{cctv}/documents">CCTV'
            " reports and documents</a>.</p>",
            nav,
        ),
        f"{SITE}{cctv}/documents": ("redirect", f"{ARCHIVE}/cctv/reports-and-documents"),
        f"{ARCHIVE}/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        f"{ARCHIVE}/cctv/reports-and-documents": nav_page(
            "CCTV reports and documents",
            "<p>Recordings are released to Anyshire Police under the information sharing agreement between the council and"
            " Anyshire Police for public space CCTV.</p>",
            [],
        ),
        f"{SITE}/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        f"{SAY}/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        f"{SAY}/esplanade-underpass-cctv": nav_page(
            "Esplanade underpass CCTV",
            "<p>This consultation has closed. The cameras were put up in the autumn of 2025.</p>"
            "<p>We proposed 12 fixed cameras covering both ends of the underpass.</p>"
            "<h2>Who's listening</h2><p>Dana Orley, CCTV and Community Safety Manager</p>"
            "<p>safer@eastmere.example.gov.uk</p><p>01632 960 418</p>",
            [(f"{SAY}/", "All consultations")],
        ),
        f"{SAY}/": nav_page("Have your say Eastmere", "<p>Open consultations.</p>", []),
        f"{SAY}/garden-waste-charges": nav_page("Garden waste charges", "<p>Tell us what you think.</p>", []),
        f"{ELSEWHERE}/cctv-survey": nav_page("CCTV survey", "<p>Survey.</p>", []),
    }
    pages.update(_search_pages(SITE, cctv, nav))
    return audit_through_proxy(pages, tmp, [("E99000094", "Eastmere Borough Council", f"{SITE}/", "Anyshire")])


def test_a_consultation_page_on_the_councils_own_domain_gives_the_contact_point(audited) -> None:
    doc, paths = audited
    assert f"{SAY}/esplanade-underpass-cctv" in paths, paths
    spoc = doc["E99000094"]["deliverables"]["5.3"]
    assert spoc["status"] == "partial", spoc
    assert any("haveyoursay" in (e.get("url") or "") for e in spoc["evidence"]), spoc["evidence"]


def test_a_page_the_site_moves_to_its_archive_host_is_read_there(audited) -> None:
    doc, paths = audited
    assert f"{ARCHIVE}/cctv/reports-and-documents" in paths, paths
    sla = doc["E99000094"]["deliverables"]["5.5"]
    assert sla["status"] == "partial", sla


def test_the_platform_is_not_browsed_nor_another_domain_visited(audited) -> None:
    _doc, paths = audited
    assert f"{SAY}/garden-waste-charges" not in paths, paths  # linked for something else
    assert f"{SAY}/" not in paths, paths  # the platform's own navigation
    assert not [p for p in paths if p.startswith(ELSEWHERE)], paths  # another registered domain


def test_sibling_pages_are_allowed_only_when_asked_for_as_such() -> None:
    bounds = SiteBounds.from_url(f"{SITE}/")
    assert bounds.sibling_page(f"{SAY}/esplanade-underpass-cctv")
    assert not bounds.allows(f"{SAY}/esplanade-underpass-cctv")
    assert bounds.allows(f"{SAY}/esplanade-underpass-cctv", sibling_page=True)
    assert not bounds.allows(f"{ELSEWHERE}/cctv-survey", sibling_page=True)
    assert not bounds.sibling_page(
        "http://democracy.eastmere.gov.uk/ieListMeetings.aspx"
    )  # committee host: its own rules
    assert not bounds.allows("http://10.0.0.8/cctv", sibling_page=True)


NORTHAM = "http://www.northam.gov.uk"
NORTHAM_SAY = "http://consult.northam.gov.uk"


@pytest.fixture(scope="module")
def audited_past_the_burst(tmp_path_factory: pytest.TempPathFactory):
    """The consultation page is the CCTV page's ninth candidate: held back with those past the page's first burst
    (spiders.held.CANDIDATE_BURST) and asked when its turn comes, still as one of the site's pages on another host of its
    domain (session 55 left it refused as off-site when released)."""
    tmp = tmp_path_factory.mktemp("sibling_burst")
    nav = [(f"{NORTHAM}/", "Home"), (f"{NORTHAM}/community-safety", "Community safety")]
    cctv = "/community-safety/cctv"
    parts = [
        ("camera-locations", "CCTV camera locations"),
        ("cctv-policy", "CCTV policy"),
        ("cctv-code-of-practice", "CCTV code of practice"),
        ("cctv-annual-report", "CCTV annual report"),
        ("cctv-privacy-notice", "CCTV privacy notice"),
        ("cctv-signage", "CCTV signs"),
        ("cctv-footage-requests", "Requesting CCTV footage"),
        ("cctv-complaints", "CCTV complaints"),
    ]
    links = "".join(f'<li><a href="{NORTHAM}{cctv}/{slug}">{text}</a></li>' for slug, text in parts)
    pages = {
        f"{NORTHAM}/": nav_page("Northam Borough Council", "<p>Welcome.</p>", nav, search=f"{NORTHAM}/search"),
        f"{NORTHAM}/community-safety": nav_page(
            "Community safety", f'<p><a href="{NORTHAM}{cctv}">Public space CCTV</a></p>', nav
        ),
        f"{NORTHAM}{cctv}": nav_page(
            "Public space CCTV",
            "<p>Northam Borough Council runs 48 public space cameras in the town centre, watched from the council's control"
            " room to prevent and detect crime. Recordings are kept for 31 days.</p>"
            f"<ul>{links}</ul>"
            f'<p><a href="{NORTHAM_SAY}/market-square-cctv">Read about the Market Square CCTV project</a></p>',
            nav,
        ),
        f"{NORTHAM}/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        f"{NORTHAM_SAY}/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /admin/\n"),
        f"{NORTHAM_SAY}/market-square-cctv": nav_page(
            "Market Square CCTV",
            "<p>This consultation has closed. Four cameras now cover the square.</p>"
            "<h2>Who's listening</h2><p>Rae Linton, CCTV Manager</p><p>cctv@northam.example.gov.uk</p>",
            [],
        ),
    }
    for slug, text in parts:
        pages[f"{NORTHAM}{cctv}/{slug}"] = nav_page(text, "<p>This page is being updated.</p>", nav)
    pages.update(_search_pages(NORTHAM, cctv, nav))
    return audit_through_proxy(pages, tmp, [("E99000095", "Northam Borough Council", f"{NORTHAM}/", "Anyshire")])


def test_a_page_on_another_host_held_past_the_burst_is_still_asked_as_one(audited_past_the_burst) -> None:
    doc, paths = audited_past_the_burst
    assert f"{NORTHAM_SAY}/market-square-cctv" in paths, paths
    assert doc["E99000095"]["deliverables"]["5.3"]["status"] == "partial", doc["E99000095"]["deliverables"]["5.3"]

"""Reading lessons of held-back webs 338-343 (written blind at session 48 by helpers in snapshots of 487a709, measured once
at freeze50 = 2c1ff70, then opened late in the session). The pages are written for this test (invented councils, towns and
forces), not taken from the sets; each is read with its council as the context.

- A closed partnership's website kept as an archived copy on the council's host ("/safe-[city]-archive/…") is history: its
  officer and its protocol are not the council's today (web 338's Newcastle). A legacy site's plain "/archive/2016/" pages
  and a press archive stay what they are, as webs 306 and 4 label them (a unit test of the new analysis.archived.archived_page).
- "Its CCTV scheme is described on [a neighbour]'s website", of the neighbour the council shares a management team with, is
  a pointer elsewhere (web 340's High Peak).
- "[Place]'s public space system was awarded full (step 2) certification" on a partnership's page that names "[Place]
  Borough Council" is that council's certificate, not the audited one's (web 338's East Lindsey).
"""

from __future__ import annotations

from analysis.context import AuthorityContext
from analysis.archived import archived_page
from analysis.page import PageAnalysis, analyse
from analysis.text import extract

CTX = AuthorityContext("Westby District Council", "http://www.westby.gov.uk/", "Westmarch", "England")


def _page(path: str, title: str, body: str) -> PageAnalysis:
    html = (
        f"<html><head><title>{title} - Westby District Council</title></head><body><main>"
        f"<h1>{title}</h1>{body}</main></body></html>"
    )
    return analyse(extract(html.encode(), f"http://www.westby.gov.uk{path}", "text/html"), CTX)


def test_a_closed_partnerships_archived_website_is_history() -> None:
    pa = _page(
        "/safer-westby-archive/what-we-do/cctv",
        "CCTV",
        "<p>The first cameras in the town centre went up in 1994. Cameras are used to prevent and detect crime and to keep "
        "people safe.</p><p>A protocol between the partners and Westmarch Police governs police access to recordings.</p>"
        "<p>For more information ring the council's CCTV officer on 01632 960 801.</p>",
    )
    assert pa.decoy is not None
    assert not pa.signals["cctv_info"] and not pa.signals["sla"]


def test_a_legacy_sites_archive_path_and_a_press_archive_are_not_archived_copies() -> None:
    # a legacy CMS's current pages under "/archive/2016/" and a press archive are no archived copies
    assert not archived_page("http://www.westby.gov.uk/archive/2016/cctv.htm")
    assert not archived_page("http://www.westby.gov.uk/press-archive/2019/cameras-certified")
    assert archived_page("http://www.westby.gov.uk/safer-westby-archive/what-we-do/cctv")


def test_a_neighbours_scheme_described_on_its_website() -> None:
    pa = _page(
        "/article/1120/shared-services",
        "Shared services",
        "<p>We share a management team with Eastmoor District Council. Its CCTV scheme is described on Eastmoor's "
        "website.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_our_own_scheme_described_on_our_website_is_still_ours() -> None:
    # guard (passes before and after)
    pa = _page(
        "/community-safety/cctv",
        "CCTV",
        "<p>Our 40 town centre cameras are watched from the control room at the council offices. Recordings are kept for 31 "
        "days.</p>",
    )
    assert pa.signals["cctv_info"]


def test_a_partner_councils_system_certified_on_a_shared_page() -> None:
    pa = _page(
        "/partnership/community-safety/cctv",
        "CCTV across the partnership",
        "<p>With any question about the cameras in Westby district, ring the CCTV control room on 01632 960 640.</p>"
        "<h2>Eastmoor</h2><p>Eastmoor Borough Council's own system has grown to about 180 cameras, counting those it "
        "watches for its partners.</p><p>Eastmoor's public space system was awarded full (step 2) certification against the "
        "Surveillance Camera Code of Practice in 2020.</p><h2>Westby</h2><p>Westby's 30 cameras in Westby and Northgate are "
        "watched from Eastmoor.</p>",
    )
    assert not pa.signals["certification"]

"""Reading lessons of held-back webs 320-325 (written blind at session 47 by helpers in snapshots of 572b569, measured once
there and at freeze48 = 03e87ec, then opened). The pages are written for this test (invented councils, towns and forces),
not taken from the sets; each is read with its council as the context.

- A legacy CCTV page in the council's own voice that also watches two town councils' cameras is the council's: "Besides our
  own system, we also watch cameras owned by [X] Town Council" (web 320's Sevenoaks).
- Town cameras said not to be the council's: "They are not a council system" (web 320's Pembrokeshire); "[town] centre
  cameras … are the police's" (web 321's Rother).
- An agreement that "would be explored" in minutes on a draft code is not spoken of as the council's (web 322's Gravesham).
- A licence to occupy the CCTV suite in a police station, signed by the force's head of estates, is a deed for the room,
  not an agreement about the cameras (web 320's South Kesteven).
"""

from __future__ import annotations

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis, analyse
from analysis.text import extract

CTX = AuthorityContext("Westby District Council", "http://www.westby.gov.uk/", "Westmarch", "England")


def _page(path: str, title: str, body: str, ctype: str = "text/html") -> PageAnalysis:
    html = (
        f"<html><head><title>{title} - Westby District Council</title></head><body><table><tr><td>"
        f"<h1>{title}</h1>{body}</td></tr></table></body></html>"
    )
    return analyse(extract(html.encode(), f"http://www.westby.gov.uk{path}", ctype), CTX)


def _findings(pa: PageAnalysis, kind: str) -> list:
    return [f for f in pa.findings if f.type == kind]


def test_the_councils_own_page_that_also_watches_town_councils_cameras() -> None:
    pa = _page(
        "/residents/community-safety/cctv",
        "CCTV",
        "<p>Our cameras are there to make the district's towns safer. 90 cameras cover Westby, Eastford and Northmoor.</p>"
        "<p>Our operators work in the control room beneath the council offices. Besides our own system, we also watch "
        "cameras owned by Eastford Town Council under a monitoring agreement.</p>"
        "<p>Footage is deleted after 31 days unless the police ask us to keep it.</p>",
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"]


def test_a_town_councils_own_page_stays_the_town_councils() -> None:
    # guard: the local council's own cameras page (passes before and after)
    pa = _page(
        "/community/eastford-town-council-cctv",
        "Eastford Town Council CCTV",
        "<p>Eastford Town Council owns the six cameras in the market place and pays for them from its precept. Questions go "
        "to the town clerk.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_town_cameras_that_are_not_a_council_system() -> None:
    pa = _page(
        "/community-safety/town-centre-cameras",
        "Town centre cameras",
        "<p>The cameras in Westby, Eastford and Northmoor belong to Westmarch Police, who watch them from the force "
        "communications centre.</p><p>They are not a council system. Questions and requests for footage go to the police "
        "on 101.</p>",
    )
    assert not _findings(pa, "cctv_info")


def test_town_cameras_that_are_the_polices() -> None:
    pa = _page(
        "/community/community-safety",
        "Community safety",
        "<p>The Safer Westby Partnership works with Westmarch Police. Town centre cameras in Westby are the police's and are "
        "watched from their control room; ask Westmarch Police about them.</p>",
    )
    assert not _findings(pa, "cctv_info")


def test_an_agreement_that_would_be_explored() -> None:
    pa = _page(
        "/council/committee/item-44",
        "Agenda item - Surveillance Camera Policy",
        "<p>The Committee was consulted on a draft surveillance camera code of practice.</p>"
        "<p>Once the code is in place, third-party certification would be sought and an information sharing agreement with "
        "Westmarch Police would be explored. None of these steps has yet been taken.</p>",
    )
    assert not _findings(pa, "sla_mention")
    assert not pa.signals["sla"]


def test_a_licence_to_occupy_the_police_stations_cctv_suite() -> None:
    from fixtures.heldback.kit import pdf_bytes

    body = pdf_bytes(
        "Licence to occupy - CCTV suite, Westby Police Station",
        [
            "Licence to occupy - CCTV suite, Westby Police Station Licensor: the Chief Constable of Lincolnshire Police. "
            "Licensee: Westby District Council.",
            "The licensee may occupy the first-floor suite for use as a CCTV control room, with shared kitchen and parking.",
            "Fee: a contribution to utilities, reviewed each April.",
            "Signed for Lincolnshire Police: Head of Estates, 12 February 2024. Signed for the council:",
            "Director of Housing and Property, 12 February 2024.",
        ],
        "Westby District Council",
    )
    ctx = AuthorityContext("Westby District Council", "http://www.westby.gov.uk/", "Lincolnshire", "England")
    pa = analyse(extract(body, "http://www.westby.gov.uk/downloads/file/88/licence-to-occupy", "application/pdf"), ctx)
    assert not _findings(pa, "sla")
    assert not pa.signals["sla"]


def test_a_camera_over_the_facility_on_its_own_page() -> None:
    pa = _page(
        "/toilets/harbour-green",
        "Harbour Green toilets",
        "<p>Open 8am to 6pm in summer and 8am to 4pm in winter.</p>"
        "<p>A camera now covers the toilet block by the harbour after repeated vandalism.</p>",
    )
    assert pa.signals["cctv_info"]


def test_a_camera_over_a_bus_gate_is_no_mention() -> None:
    # guard: an enforcement camera (passes before and after)
    pa = _page(
        "/parking/bus-gates",
        "Bus gates",
        "<p>A camera now enforces the bus gate on Mill Road; drivers who pass through receive a penalty charge notice.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_the_council_paying_another_to_watch_its_cameras() -> None:
    # guard: the sentence alone is read at freeze48 too (web 321's East Lindsey was lost to its FAQ document's opening
    # question on another topic, left alone)
    text = "Who watches the town cameras?\nThe district council pays Northmoor Borough Council to monitor town cameras from its control room.\n"
    pa = analyse(
        extract(text.encode(), "http://www.westby.gov.uk/downloads/id/45/community-safety-faqs", "text/plain"), CTX
    )
    assert pa.signals["cctv_info"]

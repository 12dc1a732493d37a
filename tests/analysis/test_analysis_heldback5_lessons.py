"""Reading lessons of the fifth held-back web's first look (measured before anything was learnt
from it). Each passage is written for this test, on the pattern the set showed; each failed before
its rule.

- Cameras named by where they watch, never the word CCTV: "The council runs 84 cameras in the city
  centre" (a community safety partnership page) was read as nothing at all.
- Cameras at the council's own buildings: a privacy notice's "security cameras at the entrances"
  of the civic centre, a publication scheme's "CCTV operates at all household waste recycling
  centres" are the council's (a mention: 5.1 partial), not nobody's.
- The SPOC under another name: "the council's responsible officer for surveillance cameras".
- A "CCTV partnership protocol" whose opening lines name the council and a police force.
"""

from __future__ import annotations

from analysis.assess import verdicts


def test_city_centre_cameras_the_council_runs_are_its_cctv_information(analyse_html) -> None:
    pa = analyse_html(
        "Safer Northby",
        "<p>Safer Northby is the town's community safety partnership.</p><h2>Town centre cameras</h2>"
        "<p>The council runs 40 cameras in the town centre and the bus station to deter crime and help the "
        "police.</p><p>Footage is kept for 28 days and then overwritten.</p>",
    )
    assert pa.signals["cctv_info"]
    assert pa.criteria["retention"] and pa.criteria["purpose"]


def test_speed_and_bus_lane_cameras_are_still_not_cctv(analyse_html) -> None:
    pa = analyse_html(
        "Bus lane enforcement",
        "<p>Cameras enforce the bus lanes on the ring road. A penalty charge notice is sent to the keeper of any "
        "vehicle recorded driving in a bus lane in its hours of operation.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_security_cameras_at_the_civic_centre_are_a_mention_of_the_councils_own(analyse_html) -> None:
    pa = analyse_html(
        "Privacy notice",
        "<p>This notice explains how Northby Council uses personal information.</p><p>People visiting the "
        "Civic Centre are filmed by security cameras in the foyer and the public car park.</p>",
    )
    assert pa.signals["cctv_info"]
    assert verdicts([pa], "ok")["5.1"]["status"] == "partial"


def test_cctv_at_the_recycling_centres_is_the_councils_own(analyse_html) -> None:
    pa = analyse_html(
        "Publication scheme",
        "<p>The publication scheme lists what we publish routinely.</p><p>CCTV is in use at every household waste "
        "recycling centre in the county.</p>",
    )
    assert pa.signals["cctv_info"]


def test_home_security_cameras_are_not_the_councils(analyse_html) -> None:
    pa = analyse_html(
        "Protecting your home",
        "<p>Security cameras and video doorbells can deter burglars. Point them at your own property only.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_the_responsible_officer_for_surveillance_cameras_is_the_spoc(analyse_html) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>The council watches 120 public space cameras from its control room.</p><p>Our responsible officer for "
        "surveillance cameras is the Head of Community Safety. Telephone 01632 960 555.</p>",
    )
    assert pa.signals["spoc"]
    assert verdicts([pa], "ok")["5.3"]["status"] == "met"


def test_a_responsible_officer_for_ripa_is_not_the_camera_spoc(analyse_html) -> None:
    pa = analyse_html(
        "Covert surveillance",
        "<p>Our designated officer for surveillance under RIPA is the Head of Legal Services, who authorises "
        "directed surveillance. Telephone 01632 960 556.</p>",
    )
    assert not pa.signals["spoc"]


def test_a_cctv_partnership_protocol_whose_parties_include_the_police_is_an_agreement(analyse_text) -> None:
    pa = analyse_text(
        "CCTV partnership protocol\n\nParties\nAnytown Borough Council and Westshire Police.\n\nPurpose\n"
        "How officers ask the council's control room for live pictures and recorded footage.\n\nSigned\n"
        "Signed for Anytown Borough Council: A. Byrne, Head of Community Safety, 3 May 2024\n"
        "Signed for Westshire Police: Superintendent P. Lowe, 9 May 2024",
        path="/uploads/cctv-partnership-protocol.pdf",
    )
    docs = [d for d in pa.sla if d["kind"] == "document"]
    assert docs and docs[0]["signed"]
    assert verdicts([pa], "ok")["5.5"]["status"] == "met"


def test_a_complaints_protocol_without_the_police_is_not_an_agreement(analyse_text) -> None:
    pa = analyse_text(
        "Complaints protocol\n\nHow we handle complaints about council services, including the CCTV service.\n\n"
        "Approved by the Head of Customer Services, 3 May 2024",
        path="/uploads/complaints-protocol.pdf",
    )
    assert not [d for d in pa.sla if d["kind"] == "document"]


def test_an_foi_request_about_car_park_cameras_is_not_the_councils_information(analyse_html) -> None:
    """The simulated web's FOI pages list requests by their subject; a topic named is not a statement."""
    pa = analyse_html(
        "Freedom of information",
        '<ul><li><a href="/foi/disclosure-log">Disclosure log</a></li>'
        '<li><a href="/foi/21">FOI request 21-2024: CCTV cameras in council car parks</a></li></ul>',
        path="/your-council/freedom-of-information",
    )
    assert not pa.signals["cctv_info"]

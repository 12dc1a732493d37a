"""Patterns real-text round 18 showed (written blind in session 20, measured once at 1589617, then looked into). The
passages are written for this test (invented bodies, places and people).

- a town council that "owns and pays for" its cameras; an ambulance service's vehicles that carry cameras; a record of
  processing naming a housing group as the controller; a force's own policy on "force cameras"; a Crown dependency's
  code; prosecutors' guidance on exhibits; an audit body's findings on councils in general; a training course;
- what is asked of bidders: a quality question, a contract clause, a framework lot, a Welsh tender notice.
"""

from __future__ import annotations

import pytest

from analysis.page import analyse
from analysis.text import extract

NOT_THE_COUNCILS = [
    "Market cameras\nMillbrook Town Council owns and pays for the six cameras around the market square. They record around"
    " the clock and images are kept for 21 days. Questions about them go to the town clerk.",
    "Fleet cameras\nAll North Vale Ambulance Service ambulances and response cars carry front and rear cameras. Footage is"
    " kept on the vehicle for 10 days unless a crew flags an incident.",
    "Record of processing - neighbourhood services\nActivity: CCTV in communal areas of blocks and in car parks\nController:"
    " Brookfield Living Group\nLawful basis: legitimate interests (protecting residents and property)\nRecipients: police;"
    " local authority anti-social behaviour teams; insurers\nRetention: 30 days unless downloaded for a case\nDPIA:"
    " reviewed 2025\nResponsible: Head of Estates",
    "Equality analysis - CCTV Policy, Northvale Police Contact Centre\nOwner: Superintendent, Contact Management\nAge: the"
    " policy applies to everyone recorded by force cameras; no adverse impact found.\nRace: operators' choices of whom to"
    " follow are sampled each month by a supervisor.",
    "Government of Guernsey - public place cameras code\n2.1 This code covers the cameras the Government of Guernsey runs"
    " in St Peter Port. Recordings are kept for 31 days.",
    "Video evidence\nProsecutors should make sure any CCTV relied on comes with a statement from whoever downloaded it,"
    " covering the recorder's clock and the continuity of the exhibit, including footage from a council control room.",
    "Community safety - key findings\n4.2 Most councils in England still run public space CCTV, though spending has"
    " fallen. Few can show what their cameras achieve. We recommend that councils and police forces agree what they"
    " expect of it. (National Audit Office)",
    "Course: Getting your CCTV scheme ready for audit\nWho it is for: council CCTV managers and data protection leads.\n"
    "What it covers: the Surveillance Camera Code and what an auditor checks in a control room.\nPrice £180 plus VAT."
    " Certificate of attendance provided.",
    "Quality question Q4 (weighting 15%)\nThe council's CCTV manager oversees all its camera systems. Describe how your"
    " engineers will report faults to the control room. Maximum 500 words.",
    "Framework: Security Systems\nLot 2 - Public space CCTV: supply, installation and maintenance of town centre camera"
    " systems for public bodies.\nSuppliers appointed to this lot: 9.\nEligible buyers: councils, police forces and NHS"
    " bodies.",
    "Hysbysiad tendr - Gwasanaeth monitro teledu cylch cyfyng\nAwdurdod contractio: Cyngor Sir Ddinbych\nDisgrifiad: Mae'r"
    " awdurdod yn gwahodd tendrau ar gyfer staffio ystafell reoli teledu cylch cyfyng yn y Rhyl am dair blynedd. Bydd y"
    " gweithredwyr yn dilyn Cod Ymarfer yr awdurdod.\nGwerth amcangyfrifedig: £600,000",
]


@pytest.mark.parametrize("text", NOT_THE_COUNCILS)
def test_not_the_councils_own_cctv_information(text: str) -> None:
    """As `cctv-audit inspect` reads a pasted paragraph: no council's context."""
    pa = analyse(extract(text.encode("utf-8"), "file:///tmp/item.txt", "text/plain"), None)
    assert not pa.signals["cctv_info"], pa.findings[:1]

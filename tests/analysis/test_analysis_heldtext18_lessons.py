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


def _inspect(text: str) -> dict[str, bool]:
    return analyse(extract(text.encode("utf-8"), "file:///tmp/item.txt", "text/plain"), None).signals


def test_a_council_named_as_data_controller_keeps_its_notice() -> None:
    signals = _inspect(
        "CCTV - how we use your information\nData controller: Royal Borough of Anyford.\nPurposes: protecting people in"
        " public spaces and council buildings.\nStandards: our public space system was audited in 2023 and certified as"
        " compliant with the Surveillance Camera Code of Practice.\nRetention: 31 days, then overwritten."
    )
    assert signals["cctv_info"]


def test_a_single_point_of_contact_for_something_else() -> None:
    for text in (
        "Community grants\nThe fund pays for projects that make streets safer. It does not pay for CCTV cameras.\nThe"
        " council's Grants Officer is the single point of contact for all applications: email grants@example.gov.uk.",
        "Grantiau cymunedol\nNid yw'r gronfa'n talu am gamerâu teledu cylch cyfyng.\nSwyddog Grantiau'r cyngor yw'r pwynt"
        " cyswllt unigol ar gyfer pob cais: e-bostiwch grantiau@example.gov.uk.",
        "Recommendation 2 (Priority 1)\nFinding: the council runs cameras in two town centres and at its depot, but no officer"
        " has been designated as single point of contact for surveillance camera systems.\nRecommendation: designate one.",
    ):
        assert not _inspect(text)["spoc"], text[:40]


def test_a_welsh_summary_names_the_spoc_and_the_certificate() -> None:
    signals = _inspect(
        "Crynodeb gweithredol - adolygiad o'r gwasanaeth teledu cylch cyfyng\n- Mae'r cyngor yn rhedeg 140 o gamerâu mewn"
        " mannau cyhoeddus.\n- Rheolwr y Gwasanaeth Teledu Cylch Cyfyng yw'r pwynt cyswllt unigol ar gyfer holl systemau"
        " camerâu'r cyngor.\n- Roedd gan yr ystafell reoli dystysgrif cydymffurfio lawn â'r Cod Ymarfer Camerâu"
        " Gwyliadwriaeth.\n- Bod y Cabinet yn nodi bod y gwasanaeth wedi cael ei ailardystio'n llawn."
    )
    assert signals["spoc"] and signals["certification"]


def test_the_councils_full_certification_in_a_business_case() -> None:
    signals = _inspect(
        "Outline business case - the CCTV control room\nRisks: the council's full certification against the Surveillance"
        " Camera Code of Practice covers the present room; after a move the new site would need a fresh audit."
    )
    assert signals["certification"]


def test_no_standing_agreement_with_the_force() -> None:
    signals = _inspect(
        "Procedure 4: requests from the police\nAnytown Borough Council does not at present hold a standing agreement with"
        " the police covering its CCTV. Each request is judged on its merits. A request that cannot be linked to an"
        " investigation is refused and referred to the CCTV Manager."
    )
    assert signals["cctv_info"] and not signals["sla"]

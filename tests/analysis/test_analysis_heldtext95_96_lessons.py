"""Reading lessons of real-text rounds 95 and 96 (95 held back since session 47 and measured at freeze49, freeze50 and 69d17cc;
96 written blind and measured once at freeze50 and again at 69d17cc; then opened). Each passage is written for this test in
the rounds' page types (invented councils, forces, bodies and people), read as ``cctv-audit inspect`` reads a text file.

- A Welsh cabinet minute noting that the system "wedi'i hail-ardystio" (has been re-certified) against the Code states the
  council's certificate (round 95).
- Notes saying the council "had lodged its application for step 2 full certification … with" a body name the application,
  the level told before the body (round 95).
- A post "who is the Council's designated Single Point of Contact covering every surveillance camera system" is the SPOC
  though the same sentence has it lead a camera project (round 96).
- An agreement with the force that "was still being negotiated", with a further report "once the agreement … is finalised",
  is not yet signed (round 95).
- A city's page that opens with the council owning and running its cameras is its own, though it goes on to the business
  improvement district's funding (round 96).
- A company whose monitoring centre "watches public space cameras for local authorities", priced per camera per hour with
  service credits, is a monitoring company, not a council (round 96).
"""

from __future__ import annotations

from analysis.page import PageAnalysis, analyse
from analysis.text import extract


def _read(text: str, name: str = "passage") -> PageAnalysis:
    return analyse(extract(text.encode(), f"file:///tmp/{name}.txt", "text/plain"))


def test_a_welsh_minute_noting_the_system_re_certified() -> None:
    pa = _read(
        "Cofnodion y Cabinet – 2 Chwefror 2026\n\n5. ADRODDIAD TELEDU CYLCH CYFYNG\n\nCyflwynodd yr Aelod Cabinet "
        "adroddiad ar system teledu cylch cyfyng y Cyngor, sy'n cynnwys 64 o gamerâu yn Nhre-gwyn a Llanfair.\n\nNodwyd "
        "bod y system wedi'i hail-ardystio yn erbyn y Cod Ymarfer Camerâu Gwyliadwriaeth ym mis Hydref 2025, yn dilyn "
        "ymweliad y corff ardystio â'r ystafell reoli.\n\nPENDERFYNWYD nodi'r adroddiad."
    )
    assert pa.signals["cctv_info"] and pa.signals["certification"]


def test_notes_of_an_application_lodged_the_level_before_the_body() -> None:
    pa = _read(
        "Information Governance Board – notes, 3 April 2025\n\n4. Surveillance cameras\nThe Community Safety Manager "
        "reported that the privacy impact assessments for the Westby town centre cameras had been reviewed.\n\nAfter the "
        "desktop assessment last year, the council had lodged its application for step 2 full certification of the public "
        "space system with an accredited certification body on 20 March 2025. The audit visit is expected in June."
    )
    assert pa.signals["cctv_info"] and pa.signals["certification"]


def test_the_designated_spoc_who_also_leads_a_camera_project() -> None:
    pa = _read(
        "Decision details\n\nTown centre camera renewal – capital bid\n\nDecision maker: Cabinet\n\nDecision:\nCabinet "
        "approved £140,000 to replace 28 analogue cameras in Westby with digital units.\n\nThe Head of Neighbourhoods, who "
        "is the Council's designated Single Point of Contact (SPOC) covering every surveillance camera system, will lead "
        "the project. Questions can be sent to cameras.spoc@westby.example.gov.uk."
    )
    assert pa.signals["spoc"]
    assert pa.spoc and pa.spoc.get("role") == "Head of Neighbourhoods"


def test_a_project_manager_named_point_of_contact_for_the_project_is_no_spoc() -> None:
    pa = _read(
        "Decision details\n\nTown centre camera renewal\n\nDecision:\nCabinet approved the replacement of 28 cameras in "
        "Westby. The Project Manager will be the single point of contact for the project and for the installer.\n\nCCTV "
        "enquiries: 01234 000 567."
    )
    assert not pa.signals["spoc"]


def test_an_agreement_still_being_negotiated_and_a_report_once_finalised() -> None:
    pa = _read(
        "Issue - meetings\n\nCCTV policy review\n\nMeeting: 10/02/2026 - Cabinet (Item 4)\n\nMinutes:\nThe Portfolio "
        "Holder presented a revised CCTV Policy for the council's town centre cameras.\n\nA data sharing agreement with "
        "Westmarch Police on access to recordings was still being negotiated.\n\nResolved:\n(i) That the revised CCTV "
        "Policy be approved.\n(ii) That a further report be brought once the agreement with the police is finalised."
    )
    assert pa.signals["cctv_info"] and not pa.signals["sla"]


def test_a_city_page_opening_with_its_own_cameras_before_the_bid_funding() -> None:
    pa = _read(
        "City centre cameras and the Business Improvement District\n\nWestby City Council owns and operates the 38 public "
        "space cameras in the city centre, watched from the Guildhall control room in the evenings.\n\nThe BID pays the "
        "Council £18,000 a year towards daytime monitoring under a funding agreement. The BID has no access to the "
        "recordings, which are kept for 31 days."
    )
    assert pa.signals["cctv_info"] and pa.decoy is None


def test_a_bid_page_about_its_own_radio_link_stays_another_bodys() -> None:
    pa = _read(
        "Westby BID – Safer Streets\n\nThe Business Improvement District runs a retail radio link for its members. Our "
        "levy pays for a share of the council's monitoring of the town cameras, and BID wardens patrol the high street."
    )
    assert not pa.signals["cctv_info"]


def test_a_company_watching_cameras_for_councils_priced_per_camera() -> None:
    pa = _read(
        "Monitoring for local authorities\n\nOur remote monitoring centre watches public space cameras for local "
        "authorities that have closed their own control rooms.\n\nEvery contract has a service level agreement: cameras "
        "connected within 30 days, and service credits if we miss a target.\n\nCouncils remain data controller and own "
        "their cameras; we act as processor.\n\nFrom £0.40 per camera per hour. Call 01234 000 999 for a proposal."
    )
    assert pa.decoy is not None
    assert not pa.signals["cctv_info"] and not pa.signals["sla"]

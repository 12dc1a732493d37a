"""Reading lessons of real-text rounds 83 and 84 (written blind at session 45 in snapshots of freeze46, measured once at
freeze46 and again at session 46's first code, db09fff, then opened). The passages are written for this test (invented
councils, forces, trusts and people), not taken from the rounds; `inspect` reads a loose text, so no council is behind it.

- A force, a university or an NHS trust writing of its own cameras by its own name, never naming a council, is that body's
  text: "[X] Police owns and monitors …", "the closed circuit television system owned by the University of [X]", "The
  Trust has carried out a self-assessment …".
- "officers explore the need for a formal agreement with [the force]" speaks of no agreement.
- "authorised [an officer] to finalise and sign it" keeps a draft agreement planned.
- "R1. That the Executive designates a single officer as the council's single point of contact …" designates nobody.
- "it is the force, not the council, that holds certification" is the force's certificate.
- A council named as the owner of cameras that a force's room watches keeps its page its own; so do cameras "added to
  [X] Council's CCTV network" that a business improvement district pays for.
- An agreement read from a section heading with no signature, the text saying it is still being drafted, is no signal.
"""

from __future__ import annotations

from analysis.page import PageAnalysis, analyse
from analysis.text import extract


def _loose(body: str) -> PageAnalysis:
    return analyse(extract(body.encode(), "file:///tmp/item.txt", "text/plain"))


def test_a_force_writing_of_its_own_cameras_is_not_a_councils_information() -> None:
    body = (
        "How we use our cameras\n\n"
        "Westmarch Police owns and monitors a network of public space cameras in twelve market towns. The cameras are "
        "watched from the force control room in Eastford.\n\n"
        "Why we use them\n- to prevent and detect crime\n- to find vulnerable and missing people\n\n"
        "Keeping footage\nRecordings are kept for 31 days and then deleted unless needed as evidence.\n"
    )
    assert not _loose(body).signals["cctv_info"]


def test_a_university_code_for_its_own_system_claims_nothing_for_a_council() -> None:
    body = (
        "CCTV Code of Practice - Security Services\n\n"
        "1. Scope\nThis code applies to the closed circuit television system owned by the University of Northmoor across "
        "its two campuses and the student residences.\n\n"
        "2. Standards\nThe University chose to be audited against the Surveillance Camera Code and received a certificate "
        "of compliance in 2020.\n\n"
        "3. Retention\nRecordings are kept for 30 days and then overwritten.\n"
    )
    pa = _loose(body)
    assert not pa.signals["cctv_info"]
    assert not pa.signals["certification"]


def test_a_trust_policy_summary_is_the_trusts() -> None:
    body = (
        "Surveillance camera policy\n\nPolicy type: organisation-wide\nApproved: May 2024\nNext review: May 2027\n\n"
        "Summary\nThis policy covers CCTV, body-worn cameras and vehicle cameras used by Riverside Community NHS Foundation "
        "Trust at its hospitals, community bases and car parks.\n\n"
        "The Trust has carried out a self-assessment against the twelve principles of the Surveillance Camera Code and "
        "considers its systems compliant. Cameras are never used in bedrooms or therapy rooms.\n\n"
        "Recordings are kept for 30 days unless needed for an investigation.\n\n"
        "The Security Lead runs the systems from day to day.\n"
    )
    assert not _loose(body).signals["cctv_info"]


def test_a_council_page_naming_its_force_partner_stays_the_councils() -> None:
    # guard: passes before and after (a council is named, so the body-voice reading never applies)
    body = (
        "CCTV\n\nAnytown Borough Council runs 60 public space cameras in the town centre. Westmarch Police can view them "
        "from the force control room during incidents.\n\nRecordings are kept for 31 days.\n"
    )
    assert _loose(body).signals["cctv_info"]


def test_exploring_the_need_for_an_agreement_speaks_of_none() -> None:
    body = (
        "Agenda item\n\nCCTV Partnership - Service Arrangements\n\nMinutes:\n"
        "The Public Protection Manager explained that the 40 town cameras were monitored under a service level agreement "
        "with a neighbouring council.\n\nWestmarch Police still sat on the partnership board.\n\n"
        "RESOLVED: That the report be noted and officers explore the need for a formal agreement with Westmarch Police.\n"
    )
    assert not _loose(body).signals["sla"]


def test_authorised_to_finalise_and_sign_keeps_the_draft_planned() -> None:
    body = (
        "Public Space CCTV - Information Sharing\n\n"
        "Decision:\nCabinet noted the draft information sharing agreement with Westmarch Police at Appendix 1 and "
        "authorised the Head of Communities to finalise and sign it, in consultation with the Portfolio Holder.\n\n"
        "Minutes:\nThe Portfolio Holder explained that footage from the council's 40 town centre cameras was released to "
        "the police case by case.\n"
    )
    assert not _loose(body).signals["sla"]


def test_a_recommendation_that_the_executive_designates_a_spoc_designates_nobody() -> None:
    body = (
        "Scrutiny Review: Council Use of Surveillance Cameras - Final Report\n\n"
        "The task group found 14 camera systems run by five services across the council.\n\n"
        "Recommendations\n\n"
        "R1. That the Executive designates a single officer as the council's single point of contact for all surveillance "
        "camera systems, with a corporate register.\n\n"
        "R2. That a corporate surveillance camera policy be adopted.\n"
    )
    pa = _loose(body)
    assert pa.signals["cctv_info"]
    assert not pa.signals["spoc"]


def test_the_force_not_the_council_holds_the_certificate() -> None:
    body = (
        "Town centre CCTV\n\n"
        "Anytown Council owns public space cameras in Anytown, Westford and Eastbury. Since 2020 live pictures have been "
        "sent to Westmarch Police's control room, where police staff watch them alongside the force's own cameras.\n\n"
        "Certification\nThe control room is run by Westmarch Police, and it is the force, not the council, that holds "
        "certification for it against the Surveillance Camera Code of Practice.\n\n"
        "Agreement with Westmarch Police\nA written agreement on maintenance, the release of footage and complaints is "
        "being drafted by the council and the force, and is expected to be signed next year.\n"
    )
    pa = _loose(body)
    assert pa.signals["cctv_info"]
    assert not pa.signals["certification"]
    assert not pa.signals["sla"]


def test_cameras_a_bid_pays_for_join_the_councils_network() -> None:
    body = (
        "BID pays for four new cameras in Westford\n\n"
        "Four new high-definition cameras are being added to Anytown Council's CCTV network in Westford town centre, paid "
        "for by the Westford Business Improvement District.\n\n"
        "The council and the BID signed a funding agreement in May under which the BID meets the installation cost and "
        "contributes towards monitoring each year. The cameras will be watched from the council's control room alongside "
        "the borough's other 150 public space cameras.\n\n"
        'Councillor Jo Reed, cabinet member for community safety, said: "Traders asked for this and we listened."\n'
    )
    pa = _loose(body)
    assert pa.decoy != "another body's cameras"
    assert pa.signals["cctv_info"]

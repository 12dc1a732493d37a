"""Patterns webs 216-219 showed (written blind at session 38's start, opened after the freeze, freeze38). The passages are
written for this test (an invented council, Anytown, and invented bodies and places), not taken from the sets.

- Certification: a "certificate" saying the council "has completed the … self-assessment tool" is no certificate of the
  scheme (web 217's Enfield); a combined authority's control centre holds its own (web 216's Walsall); a control room's
  initials over its annual report are no newspaper's capitals (web 216's Ipswich); an annual report's line "first awarded
  on … and kept by annual surveillance audits until the scheme closed" is the council's award (web 217's West Suffolk).
- SPOC: the authority's own single point of contact on a policy page that also names the force's (web 219's North
  Tyneside); a policy's list of roles, the SPOC's term with no contact and the next role's mailbox (web 219's Surrey).
- Agreements: a code's "Certificate of acceptance" signed for the council and the force (web 219's New Forest); a signed
  memorandum with a blank renewal form appended (web 217's Bradford); a neighbour's agreement with the force on a website
  two councils share (web 216's Lewes).
- Information: a shared control room "run by" two neighbouring councils, in a partnership plan on a third council's site
  (web 217's Wyre Forest).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.committee_pack import board_pack_link, board_papers_page
from analysis.page import PageAnalysis
from analysis.text import Link

CCTV = (
    "<p>Anytown Borough Council owns 60 public space cameras in the town centre. Recordings are kept for 31 days.</p>"
)


def test_certificates_that_are_not_the_councils_award(
    analyse_html: Callable[..., PageAnalysis], analyse_text: Callable[..., PageAnalysis]
) -> None:
    selfcert = (
        "Certificate of compliance\nAnytown Borough Council - public space CCTV\nThis certifies that Anytown Borough Council"
        " has completed the Surveillance Camera Commissioner's self-assessment tool for its public space CCTV system and"
        " found it to meet the twelve guiding principles.\nDate of self-assessment: 2 May 2024."
    )
    assert not analyse_text(selfcert, path="/media/cctv-compliance-certificate.pdf").signals["certification"]
    yearly_page = (
        CCTV
        + "<p>Each year we work through the Surveillance Camera Commissioner's self-assessment tool for the public space"
        " system and publish the outcome as our compliance certificate.</p>"
    )
    assert not analyse_html("CCTV", yearly_page).signals["certification"]
    moved = (
        "<p>Cabinet report: moving the monitoring of the borough's cameras to the combined authority's control centre.</p>"
        "<p>The combined authority's control centre holds full certification against the Surveillance Camera Code of"
        " Practice.</p>"
    )
    assert not analyse_html("Cabinet report", moved, path="/documents/cabinet-report").signals["certification"]
    yearly = (
        "Anytown CCTV annual report 2024 to 2025\nStandards and certification\nThird-party certification: step 2 (full"
        " certification) against the Surveillance Camera Code of Practice, first awarded on 4 May 2019 and kept by annual"
        " surveillance audits until the scheme closed in November 2025."
    )
    assert analyse_text(yearly, path="/media/cctv-annual-report-2024-25.pdf").signals["certification"]


def test_a_control_rooms_initials_over_its_report(analyse_html: Callable[..., PageAnalysis]) -> None:
    report = (
        "<p>Incidents witnessed and logged: 2,950</p><h2>Certification</h2><p>The ASC was awarded full (step 2)"
        " certification against the Surveillance Camera Code of Practice in May 2023.</p>"
    )
    got = analyse_html("ASC annual report 2023/24", report, path="/cctv/asc-annual-report-2023-24")
    assert got.decoy is None
    assert got.signals["certification"]


def test_the_councils_spoc_beside_the_forces_and_a_list_of_roles(analyse_html: Callable[..., PageAnalysis]) -> None:
    policy = (
        CCTV
        + "<h2>Single point of contact</h2><p>The CCTV and Security Manager is the authority's single point of contact"
        " for all surveillance camera systems: cctv@anytown.example.gov.uk.</p><h2>Police requests</h2><p>Anyshire Police"
        " has its own CCTV single point of contact for officers seeking evidence; the public should not contact it.</p>"
    )
    got = analyse_html("CCTV policy", policy, path="/article/cctv-policy")
    assert got.decoy is None
    assert got.signals["spoc"]
    roles = (
        CCTV
        + "<h2>Responsibilities</h2><dl><dt>Senior Information Risk Owner (SIRO)</dt><dd>Accountable for the policy.</dd>"
        "<dt>Single Point of Contact (SPOC)</dt><dd>Oversight of the council's use of surveillance cameras.</dd>"
        '<dt>Data Protection Officer</dt><dd>Advises on data protection: <a href="mailto:dpo@anytown.example.gov.uk">'
        "dpo@anytown.example.gov.uk</a>.</dd></dl>"
    )
    got = analyse_html("Surveillance camera policy", roles, path="/privacy/surveillance-camera-policy")
    assert got.spoc is not None and not got.spoc.get("email"), got.spoc


def test_agreements_signed_or_not_ours(
    analyse_html: Callable[..., PageAnalysis], analyse_text: Callable[..., PageAnalysis]
) -> None:
    acceptance = (
        "<p>The partners below accept the requirements of the Anytown Borough Council CCTV code of practice and agree to"
        " comply with it.</p><table><tr><th>Signed for</th><th>Name and position</th><th>Date</th></tr><tr><td>Anytown"
        " Borough Council</td><td>J. Patel, Chief Executive</td><td>3 May 2024</td></tr><tr><td>Devon and Cornwall"
        " Police</td><td>Ch Supt R. Hale, Area Commander</td><td>3 May 2024</td></tr></table>"
    )
    got = analyse_html("Certificate of acceptance", acceptance, path="/article/458/certificate-of-acceptance")
    assert [d for d in got.sla or [] if d.get("signed")], got.sla
    mou = (
        "Memorandum of understanding: public space CCTV Between Anytown Borough Council and Devon and Cornwall Police\n"
        "1. Purpose\nThis memorandum sets out how officers request copies of recordings from the council's cameras.\n"
        "2. Signatures\nSigned for and on behalf of Anytown Borough Council: J. Patel, Chief Executive. Date: 2 May 2024.\n"
        "Signed for and on behalf of Devon and Cornwall Police: Ch Supt R. Hale, Area Commander. Date: 9 May 2024.\n"
        "Appendix B: renewal template\nSigned for the council .......................... Date ..../..../20__ Signed for"
        " Devon and Cornwall Police .......................... Date ..../..../20__"
    )
    got = analyse_text(mou, path="/media/cctv-mou-police.pdf")
    assert [d for d in got.sla or [] if d.get("signed")], got.sla
    neighbour = (
        "CCTV agreement between Westby Borough Council and Devon and Cornwall Police. This agreement covers Westby's public"
        " space cameras only.\nMonitoring\nPolice staff watch the cameras; the borough council maintains them.\nSigned for"
        " Westby Borough Council: Director of Place. Date: 4 April 2025.\nSigned for Devon and Cornwall Police: Chief"
        " Inspector. Date: 11 April 2025."
    )
    got = analyse_text(neighbour, path="/media/westby-borough-council-police-cctv-agreement.pdf")
    assert not got.signals["sla"], got.sla


def test_a_shared_room_run_by_two_neighbours(analyse_text: Callable[..., PageAnalysis]) -> None:
    plan = (
        "Northshire Community Safety Partnership plan 2024 to 2027 Our partners Westby District Council, Eastby Borough"
        " Council, Anytown Borough Council and Devon and Cornwall Police.\nSurveillance cameras\nThe shared CCTV control"
        " room at Eastby Town Hall is run by Westby District Council and Eastby Borough Council.\nPriorities\nRetail crime."
    )
    assert not analyse_text(plan, path="/media/northshire-csp-plan.pdf").signals["cctv_info"]


def test_a_neighbours_agreement_linked_from_its_page(analyse_html: Callable[..., PageAnalysis]) -> None:
    page = (
        "<p>This page is about Westby Borough Council's seafront cameras, which Devon and Cornwall Police watch from the"
        ' force\'s control room.</p><p><a href="/media/westby-police-cctv-agreement.pdf">Westby Borough Council and Devon'
        " and Cornwall Police: CCTV agreement (PDF)</a></p>"
    )
    assert not analyse_html("CCTV in Westby", page, path="/community/cctv-in-westby").signals["sla"]
    # (the page may still speak of the council's own, which stays a mention: web 145's Tunbridge Wells)
    own = page + "<p>Our own information sharing agreement with Devon and Cornwall Police is being reviewed.</p>"
    got = analyse_html("CCTV in Westby", own, path="/community/cctv-in-westby")
    assert [m for m in got.sla or [] if m.get("kind") == "mention"], got.sla
    assert not [d for d in got.sla or [] if d.get("kind") == "document"], got.sla
    ours = page.replace("Westby Borough Council and Devon", "Anytown Borough Council and Devon")
    assert analyse_html("CCTV in Westby", ours, path="/community/cctv-in-westby").signals["sla"]


def test_a_partnerships_board_papers_lead_to_its_latest_pack() -> None:
    site = "http://www.anytown.gov.uk/community-safety/anytown-community-safety-partnership/board-meetings"
    assert board_papers_page("Board meetings and papers | Anytown Borough Council", site)
    assert board_papers_page("Safer Anytown Partnership: meetings and papers", "http://www.anytown.gov.uk/safer/papers")
    assert not board_papers_page("Board meetings and papers", "http://www.anytown.gov.uk/leisure-trust/board")
    assert not board_papers_page("Community safety", site)
    assert board_pack_link(
        Link(url="http://www.anytown.gov.uk/media/1/pack.pdf", text="18 June 2024: meeting pack (PDF)", context="")
    )
    assert not board_pack_link(
        Link(url="http://www.anytown.gov.uk/media/1/terms.pdf", text="Terms of reference (PDF)", context="")
    )


def test_joint_agreements_the_council_is_party_to(
    analyse_html: Callable[..., PageAnalysis], analyse_text: Callable[..., PageAnalysis]
) -> None:
    joint = (
        "Information Sharing Agreement: Joint CCTV Control Room Parties Anytown Borough Council, Westby Borough Council and"
        " Devon and Cornwall Police.\nPurpose\nHow images from the joint control room are shared with the police.\n"
        "Signed on behalf of Anytown Borough Council: J. Okafor, Director. Date: 11 March 2024.\nSigned on behalf of"
        " Westby Borough Council: R. Lyle, Director. Date: 11 March 2024.\nSigned on behalf of Devon and Cornwall Police:"
        " Chief Superintendent S. Marsh. Date: 14 March 2024."
    )
    got = analyse_text(joint, path="/download/7755")
    assert [d for d in got.sla or [] if d.get("signed")], got.sla
    pending = (
        CCTV
        + "<p>A memorandum of understanding between the council, Westby District Council and Devon and Cornwall Police"
        " on the shared cameras is being finalised.</p>"
    )
    got = analyse_html("CCTV upgrade", pending, path="/community-safety/cctv-upgrade")
    assert got.sla, got.findings

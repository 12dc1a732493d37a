"""Patterns webs 160-161 and real-text round 37 (written blind in session 28, measured frozen there, opened this session)
showed. The passages are written for this test (an invented council, Anytown, with the fixtures' context, and invented
bodies and places), not taken from the sets.

The council's page and its contact:
- a CCTV page naming a town council as the cameras' owner stays the council's when it says "the Borough Council owns and
  runs the monitoring and recording equipment" (web 160's North Warwickshire), and its "Who to contact" line is then the
  CCTV contact;
- "Write to [the camera service], PO Box …, or phone …" under the service's own heading is the service's contact card
  (web 161's Liverpool).

Certification (round 37):
- a system "brought within the scope of the council's full (step 2) certification" is certified;
- a decision "to approve expenditure of up to £4,800 … to obtain third-party certification" is progress towards it;
- "working towards third-party certification" with no step held (even beside a one-off self-assessment) is not.

Other voices and the council's own (round 37):
- "Yes. [The] Council has a data sharing agreement with [the force] covering … its public space cameras" in an FOI answer
  is the council's own answer and its agreement; a Welsh answer "Mae Cyngor Sir … yn gweithredu camerâu" uncounted is too;
- a housing body that "has signed an information sharing agreement with [the force] covering … our estates" speaks of
  its own cameras; a town council that "funds eight cameras" too;
- a BID contributing "towards" cameras watched from the council's control room is a funder, not the cameras' owner;
- a recommendation "that an officer be designated as the council's single point of contact" designates nobody, while a
  resolution "THAT the Community Safety Manager be designated" does.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis, analyse
from analysis.text import extract


def _inspect(text: str) -> PageAnalysis:
    """As ``cctv-audit inspect`` reads a saved text: no council context."""
    return analyse(extract(text.encode("utf-8"), "file:///tmp/item.txt", "text/plain"))


def _on(pa: PageAnalysis) -> set[str]:
    return {k for k, v in pa.signals.items() if v}


def test_a_scheme_page_naming_the_town_councils_cameras_stays_the_councils(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "CCTV",
        "<h1>CCTV</h1><p>Public space cameras operate in several parts of the borough; the biggest scheme covers Millbrook"
        " market square. They help prevent and detect crime.</p><h2>Who to contact</h2><p>Millbrook scheme: Head of"
        " Neighbourhoods, 01632 960 417</p><h2>The Millbrook scheme</h2><p>The scheme is a partnership of the Borough"
        " Council, Millbrook Town Council and the police. The town council owns the cameras and the Borough Council owns"
        " and runs the monitoring and recording equipment.</p><p>Trained staff watch the cameras from a control centre in"
        " Millbrook.</p>",
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"]
    assert pa.spoc is not None and pa.spoc["phone"] == "01632 960 417"


def test_write_to_the_camera_service_under_its_heading_is_its_contact(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "CCTV codes of practice",
        "<h1>CCTV codes of practice</h1><p>Every council service that runs cameras follows the Surveillance Camera Code"
        " of Practice.</p><h2>Townwatch</h2><p>Townwatch runs 140 cameras to prevent and detect crime, watched around the"
        " clock by council operators.</p><p>Write to Townwatch, PO Box 1234, Anytown AN1 9ZZ, or phone 01632 960 233.</p>"
        "<h2>Other services</h2><p>Highways: traffic flow cameras</p>",
    )
    assert pa.spoc is not None and pa.spoc["phone"] == "01632 960 233"


def test_a_system_brought_within_the_scope_of_the_certificate_is_certified() -> None:
    pa = _inspect(
        "Estate cameras\n\nWe run cameras on 31 of our estates, linked to the council's control room.\n\nStandards\nThe"
        " estates cameras were brought within the scope of the council's full (step 2) certification against the"
        " Surveillance Camera Code of Practice in 2022."
    )
    assert "certification" in _on(pa)
    assert pa.certification is not None


def test_approving_expenditure_to_obtain_certification_is_progress() -> None:
    pa = _inspect(
        "Decision details\nCCTV certification\n\nDecision:\n1. To approve expenditure of up to £3,900 from the community"
        " safety budget to obtain third-party certification of the council's public space CCTV against the Surveillance"
        " Camera Code of Practice.\n\nReasons: the council's 38 cameras in Anytown and Bridgeford fall under the Code."
    )
    assert _on(pa) == {"cctv_info", "certification"}
    assert pa.certification is None


def test_working_towards_certification_with_no_step_held_is_not_certification() -> None:
    pa = _inspect(
        "Surveillance camera compliance\n\nAnytown Borough Council completed the Surveillance Camera Commissioner's"
        " self-assessment tool for its town centre cameras in March 2024; the completed assessment and an action plan are"
        " published below.\n\nWe are working towards third-party certification once the actions are complete.\n\n"
        "Questions: cctv@anytown.example.gov.uk"
    )
    assert "certification" not in _on(pa)
    held = _inspect(
        "CCTV\n\nHaving completed the desktop step in 2023, we are working towards step 2 full certification against the"
        " Surveillance Camera Code of Practice for our 52 town centre cameras."
    )
    assert "certification" in _on(held)


def test_an_foi_answer_stating_the_councils_agreement_is_its_own() -> None:
    pa = _inspect(
        "Freedom of information response\n\nRequest: Does the council have a data sharing agreement with the police for"
        " its CCTV?\n\nResponse: Yes. Anytown Council has a data sharing agreement with Wessex Police covering the release"
        " of recordings from its public space cameras in Anytown and Bridgeford. It was signed by both organisations in"
        " March 2024.\n\nDate of response: 2 June 2025"
    )
    assert {"cctv_info", "sla"} <= _on(pa)
    welsh = _inspect(
        "Cais Rhyddid Gwybodaeth\n\nCais: A oes gan y Cyngor gytundeb gyda'r heddlu ynghylch ei gamerâu teledu cylch cyfyng?\n\nYmateb: Mae Cyngor Sir Anytown yn"
        " gweithredu camerâu yn ei swyddfeydd a'i ganolfannau ailgylchu. Nid oes cytundeb wedi ei lofnodi ar hyn o bryd."
    )
    assert "cctv_info" in _on(welsh)


def test_other_bodies_speaking_of_their_own_cameras() -> None:
    housing = _inspect(
        "CCTV and information sharing\n\nRiverbank Housing has signed an information sharing agreement with Wessex Police"
        " covering footage from the cameras on our estates in Anytown. Our officers can pass recordings to the police"
        " quickly when tenants report crime.\n\nTenants can ask for footage of themselves by emailing asb@example.org.uk."
    )
    assert _on(housing) == set()
    town = _inspect(
        "Town centre cameras\n\nMillbrook Town Council funds six cameras in the High Street and Market Place. Footage is"
        " kept for 28 days.\n\nThe Town Clerk views recordings only after an incident is reported.\n\nQuestions:"
        " clerk@example.org.uk"
    )
    assert _on(town) == set()


def test_a_bid_paying_towards_the_councils_cameras_is_a_funder() -> None:
    pa = _inspect(
        "Decision: CCTV upgrade funded with Anytown BID\n\nDecision Maker: Cabinet\n\nDecision:\nTo enter into a funding"
        " agreement with Anytown Business Improvement District under which the BID will contribute £45,000 towards the"
        " replacement of 12 town centre cameras.\n\nReasons:\nThe town centre cameras are monitored from the council's"
        " control room at the Town Hall."
    )
    assert "cctv_info" in _on(pa)


def test_recommending_that_an_officer_be_designated_designates_nobody() -> None:
    recommended = _inspect(
        "Overview and Scrutiny: CCTV task group\n\nMinutes:\nMembers found that council services ran cameras at the Town"
        " Hall and in four car parks, but nobody had an overview of them.\n\nRESOLVED to recommend to Cabinet that (a) an"
        " officer be designated as the council's single point of contact for surveillance cameras within six months."
    )
    assert "spoc" not in _on(recommended)
    resolved = _inspect(
        "Cabinet minute\n\nCorporate surveillance camera policy\n\nThe policy covers the council's town centre, housing and"
        " depot cameras.\n\nRESOLVED -\n(1) THAT the Community Safety Manager be designated as the Council's Single Point"
        " of Contact for surveillance camera systems, and that the post's contact details be published."
    )
    assert "spoc" in _on(resolved)

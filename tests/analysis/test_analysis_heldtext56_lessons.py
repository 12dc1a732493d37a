"""Patterns real-text round 56 showed (written blind at session 38's start, opened after the freeze, freeze38). The
passages are written for this test (an invented council, Anytown, and invented bodies and places), not taken from the
round.

- Agreements that are not the council's with its force: one "still under negotiation"; an audit's open recommendation
  "that the Council put a written … agreement in place"; the service level agreement "in the contract" with the monitoring
  company; an agreement between two councils that says the force is "not a party to it"; police forces' collaboration
  agreement, "the Council was not a party to that agreement".
- Certification: a neighbour's certificate that "does not cover" the council's cameras, the council having "not sought
  certification of its own"; the camera team completing the self-assessment tool every year; a system that "never held
  third-party certification" beside its self-assessment (round 27's item, kept right).
- Not the council's disclosure: a planning committee's item on a solar farm's cameras; a school transport contract's
  schedule on CCTV in operators' vehicles; a certification body's scheme page; a magazine's feature.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis

MINUTES = "Agenda item\n\nPublic space CCTV\n\nMinutes:\n\nThe Community Safety Manager reported on the 90 cameras watched from the Council's control room.\n\n"


def test_agreements_that_are_not_the_councils_with_its_force(inspect_text: Callable[..., PageAnalysis]) -> None:
    for said in (
        "Members were told that a memorandum of understanding with Anyshire Police on the release of footage was still"
        " under negotiation.",
        "The recommendation that the Council put a written data sharing agreement in place with Anyshire Police before"
        " more footage is released remained open.",
        "The service level agreement in the monitoring contract sets a ten-minute response to police radio calls, and the"
        " contractor met it in every month.",
        "The new police cameras on the Council's columns belong to Anyshire Police and run under a collaboration agreement"
        " signed by the chief constables of four forces. The Council was not a party to that agreement.",
    ):
        assert not inspect_text(MINUTES + said).signals["sla"], said[:50]
    assert inspect_text(
        MINUTES + "The information sharing agreement with Anyshire Police for the cameras was signed in May 2025."
    ).signals["sla"]
    councils = (
        "CCTV MONITORING AGREEMENT between Anytown Borough Council and Westby District Council\n\nSchedule 2 – Contacts\n\n"
        "2.1 Westby District Council's control room watches the 30 cameras in Schedule 1.\n\n2.2 This agreement is made"
        " between the two councils only. Anyshire Police are not a party to it."
    )
    assert not inspect_text(councils).signals["sla"]


def test_certificates_not_held(inspect_text: Callable[..., PageAnalysis]) -> None:
    neighbour = (
        "Town centre cameras\n\nAnytown Borough Council owns 30 cameras, watched for us from Westby District Council's"
        " control room.\n\nIs the system certified?\nWestby District Council holds full certification against the"
        " Surveillance Camera Code for its own system. That certificate does not cover our cameras, and Anytown Borough"
        " Council has not sought certification of its own."
    )
    assert not inspect_text(neighbour).signals["certification"]
    never = (
        "Written answer\n\nAnytown's public space CCTV system, 60 cameras in the town centre, never held third-party"
        " certification. Instead, the CCTV team completes the Commissioner's self-assessment tool every year."
    )
    assert not inspect_text(never).signals["certification"]
    yearly = (
        "CCTV documents\n\nThe documents that govern the town's public space cameras.\n\nAssessing our compliance\nEvery"
        " year the CCTV team completes the Surveillance Camera Commissioner's self-assessment tool against the twelve"
        " guiding principles, and we publish each completed assessment here."
    )
    assert inspect_text(yearly).signals["certification"]


def test_look_alikes_that_are_no_disclosure(inspect_text: Callable[..., PageAnalysis]) -> None:
    for text in (
        "Planning Committee – Item 4\n\nApplication AB/25/0412 – retention of a substation, fencing and 9 CCTV cameras;"
        " Battery Storage Site, Mill Road\n\nThe cameras are on 4m poles and are monitored by the operator's security"
        " company.\n\nRecommendation: approve, subject to conditions.",
        "Anyshire County Council\nHome to School Transport – Conditions of Contract\n\nSchedule 3: CCTV in contract"
        " vehicles\n\n3.1 Every vehicle with nine or more passenger seats must have working CCTV.\n\n3.2 The operator is"
        " the data controller for recordings made in its vehicles.\n\n3.3 Recordings must be kept for 28 days.",
        "Our scheme\n\nThe Surveillance Camera Code of Practice sets out twelve guiding principles. Organisations can show"
        " that they follow the Code through certification.\n\nWho is it for?\nAny organisation operating surveillance in a"
        " public space.\n\nApply\nContact our applications team on 01632 960 000.",
        "Feature\n\nSafer evenings in market towns\n\nAssessors visit each centre at night, looking at lighting, taxi"
        " ranks, CCTV coverage and door staff. CCTV operators and door supervisors are often first to deal with trouble.",
    ):
        assert not inspect_text(text).signals["cctv_info"], text[:40]


def test_welsh_voices_of_other_bodies(inspect_text: Callable[..., PageAnalysis]) -> None:
    rail = (
        "Rheilffordd Unman\nHysbysiad preifatrwydd – Teledu cylch cyfyng\n\nRydyn ni'n defnyddio camerâu teledu cylch"
        " cyfyng yn ein gorsafoedd ac ar ein trenau er mwyn diogelu teithwyr a staff.\n\nCedwir recordiadau am 30 diwrnod."
    )
    assert not inspect_text(rail).signals["cctv_info"]
    commissioner = (
        "Camerâu yn ôl yn y trefi\n\nMae camerâu teledu cylch cyfyng yn cael eu gosod mewn naw tref.\n\nMae Comisiynydd yr"
        " Heddlu a Throsedd wedi penderfynu gwario £900,000 ar 60 o gamerâu newydd, a fydd yn cael eu monitro o ystafell"
        " reoli ym mhencadlys yr heddlu."
    )
    assert not inspect_text(commissioner).signals["cctv_info"]

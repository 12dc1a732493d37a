"""Patterns real-text round 25 showed (measured once, frozen at 00fe05c: 0.89 / 0.85 / 0.85 / 0.88). The passages are
written for this test (invented councils, bodies, people and places), read as `inspect` reads them (no council context).

- other bodies speaking of their own cameras: a rail operator or a shopping centre using them, a university's team
  certified, a police and crime commissioner funding or approving, cameras owned by the force, a Northern Irish
  council supporting the PSNI;
- a monitoring company selling to councils, trade press quoting an unnamed manager, a blog urging every council;
- a planning report's own fields (an application's reference, "Proposal: erection of …", "Recommendation: grant
  permission");
- a single point of contact for traders or for claims handlers is not the cameras' SPOC;
- "has never held certification" and "we do not hold a certificate" deny it;
- an FOI answer put on the question's own line ("…? Yes. [The council] has a service level agreement with [the force]")
  or as labelled figures after "[the council] holds the following information" is the council's own word, and an
  agreement it states is its agreement; one it says it does not hold is not.
"""

from __future__ import annotations

import pytest

from analysis.page import PageAnalysis, analyse
from analysis.text import extract


def _inspect(text: str) -> PageAnalysis:
    return analyse(extract(text.encode("utf-8"), "file:///tmp/passage.txt", "text/plain"), None)


@pytest.mark.parametrize(
    "text",
    [
        "CCTV on our trains\n\nNorthvale Rail uses CCTV at its staffed stations and on every train to keep passengers and"
        " staff safe. Recordings are kept for 30 days, and you can ask for images of yourself with a subject access"
        " request.",
        "Safety at Eastgate\n\nThe Eastgate Shopping Centre has 96 cameras watched from our security office while the"
        " centre is open. Footage asked for by officers is handed over under a protocol agreed with the police.",
        "Campus security\n\nThe University of Westmoor's Security team has been certified against the Surveillance Camera"
        " Code after an audit of its control room and its 700 cameras.",
        "Decision record 2026/14\n\nThe Police and Crime Commissioner for Westshire has approved a grant of £80,000 to"
        " Northby District Council towards monitoring its town centre CCTV.",
        "Town cameras\n\nThe cameras in the market towns are owned by the force and watched at police headquarters,"
        " with viewing screens at local stations.",
        "City centre cameras\n\nLoughmore District Council runs 60 cameras in the city centre from its own control room,"
        " to help prevent crime and to support the PSNI. Recordings are kept for 31 days.",
    ],
)
def test_another_bodys_own_cameras(text: str) -> None:
    pa = _inspect(text)
    assert not any(pa.signals.values()), (pa.decoy, pa.signals)


@pytest.mark.parametrize(
    "text",
    [
        "Monitoring for public bodies\n\nOur monitoring centre watches more than 6,000 cameras for councils, housing"
        " providers and retailers. Councils can hand over evening or overnight monitoring of their town centre cameras"
        " and keep ownership of the system.",
        "Certification ends\n\nCamera managers have reacted with dismay to the closure of the certification scheme. One"
        " council CCTV manager, who did not want to be named, said the audit had helped the service win its budget.",
        "Do you know who looks after your cameras?\n\nWe are asking every council to appoint a single point of contact"
        " for surveillance cameras who knows every system. If your council has not published its SPOC yet, do it now.",
        "Application WSX/25/00412 - Unit 4, Mill Lane\n\nProposal: erection of a 12m mast with antennas and two CCTV"
        " cameras.\n\nRecommendation: grant permission subject to conditions.",
    ],
)
def test_a_sellers_a_reporters_a_bloggers_and_a_planners_words(text: str) -> None:
    pa = _inspect(text)
    assert not pa.signals["cctv_info"] and not pa.signals["spoc"], (pa.decoy, pa.signals)


def test_a_spoc_for_traders_or_claims_handlers_is_not_the_cameras_spoc() -> None:
    pa = _inspect(
        "Town centre radio link\n\nNorthby Council's control room watches 90 cameras in the town centre. Shops wanting"
        " to join the radio link should call the Town Centre Manager, who is the single point of contact for traders:"
        " 01632 000 441.\n\nInsurers should send requests to our Footage Team, which is the single point of contact for"
        " all claims handlers: footage@northby.example.gov.uk."
    )
    assert pa.signals["cctv_info"] and not pa.signals["spoc"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The scheme closed before the application was sent, and the council has never held certification.",
        "We have not been through the third-party certification scheme and we do not hold a certificate.",
    ],
)
def test_a_denied_certificate(sentence: str) -> None:
    pa = _inspect(
        "How our cameras meet the Code\n\nNorthby Council's 80 public space cameras are run in line with the"
        f" Surveillance Camera Code. {sentence}"
    )
    assert pa.signals["cctv_info"] and not pa.signals["certification"]


def test_an_foi_answer_on_the_questions_line_states_the_agreement() -> None:
    pa = _inspect(
        "Freedom of information request 3312 - CCTV\n\n1. Does the council have an agreement with the police about its"
        " CCTV? Yes. Northby City Council has a service level agreement with Devon and Cornwall Police covering the"
        " town centre cameras, signed in May 2024.\n2. How many cameras are covered? 64."
    )
    assert pa.decoy and pa.signals["cctv_info"] and pa.signals["sla"]


def test_an_foi_answer_that_holds_no_agreement() -> None:
    pa = _inspect(
        "Freedom of information request 3313 - CCTV\n\nRequest: Do you have an information sharing agreement with the"
        " police for your CCTV?\nResponse: Northby City Council runs 64 cameras in the town centre. The Council does not"
        " hold a written information sharing agreement with Devon and Cornwall Police."
    )
    assert pa.signals["cctv_info"] and not pa.signals["sla"]


def test_an_foi_answer_as_labelled_figures() -> None:
    pa = _inspect(
        "Freedom of Information request 9021 - CCTV\n\nThank you for your request. Westshire County Council holds the"
        " following information.\n\n1. Number of public space cameras operated by the council: 88 (Eastby 40,"
        " Northby 48).\n2. Retention period: 31 days."
    )
    assert pa.decoy and pa.signals["cctv_info"]

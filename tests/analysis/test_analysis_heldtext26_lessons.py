"""Patterns real-text round 26 showed (who is speaking; first look 0.79 / 0.77 / 0.87 / 0.74). The passages are written
for this test (invented councils, bodies, people and places), read as `inspect` reads them (no council context).

- a council's FOI answer speaks below its "Response" (or after the request retold): its cameras, counts and hours, and
  the SPOC, certificate or agreement it states there are its own; the questions put between the answers, and a force
  answering its own request, are not;
- other voices: a force's "our force" and "[X] Police is working with councils", a commissioner's signed decision notice,
  a shopping centre with its own room, a BID naming itself, a body calling itself the data controller, a town council's
  own minutes, a manufacturer's release, a paper's byline and attributions;
- a SPOC for insurers' requests or for local authority control rooms is not the cameras' SPOC.
"""

from __future__ import annotations

import pytest

from analysis.page import PageAnalysis, analyse
from analysis.text import extract


def _inspect(text: str) -> PageAnalysis:
    return analyse(extract(text.encode("utf-8"), "file:///tmp/passage.txt", "text/plain"), None)


def test_an_foi_answer_below_its_response_heading() -> None:
    pa = _inspect(
        "Freedom of Information request 4410 - CCTV\n\nRequest\n1. How many public space cameras does the council operate?"
        "\n2. Has the council designated a single point of contact for surveillance cameras?\n\nResponse\n1. The council's"
        " control room in Eastby monitors 140 public space cameras.\n2. Yes. Northby Council's Community Safety Manager is"
        " the designated single point of contact for all surveillance camera systems: spoc@northby.example.gov.uk."
    )
    assert pa.decoy and pa.signals["cctv_info"] and pa.signals["spoc"]


def test_a_question_between_the_answers_is_the_askers() -> None:
    pa = _inspect(
        "Northby Council - FOI response: CCTV\n\nQuestion 1: How many cameras does the council operate?\nAnswer: The public"
        " space system has 120 cameras.\n\nQuestion 2: Does the council intend to appoint a SPOC?\nAnswer: A review of"
        " camera governance is under way."
    )
    assert pa.signals["cctv_info"] and not pa.signals["spoc"]


def test_a_force_answering_its_own_request() -> None:
    pa = _inspect(
        "Freedom of Information request 881 - protocol with Northby Council\nRequest: Is there a protocol between Westshire"
        " Police and Northby Council for footage from the council's cameras?\nResponse: Westshire Police can confirm that"
        " it holds a protocol agreed with Northby Council covering recordings from the council's public space cameras."
    )
    assert not pa.signals["cctv_info"]


@pytest.mark.parametrize(
    "text",
    [
        "Working with council CCTV\n\nWestshire Police works with the control rooms of four councils. Our force CCTV"
        " liaison officer is the single point of contact for local authority control rooms.",
        "CCTV partnership\n\nWestshire Police is working with councils across the county to bring public space CCTV into"
        " three hubs. Under the partnership the force will own and maintain the cameras.",
        "Decision Notice 2025/04\n\nI approve a capital grant of £30,000 to Northby Council towards 12 new cameras in the"
        " town centre.\n\nSigned: Police and Crime Commissioner for Westshire",
        "Safety at Riverside\n\nThe Riverside shopping centre in Northby has its own security control room, staffed by"
        " licensed officers. Our 120 cameras cover the malls and car parks.",
        "Safer streets\n\nNorthby First, the business improvement district for the town centre, funds a crime reduction"
        " manager who links members to the council's CCTV operators.",
        "Eastby Town Council - Finance Committee\nMinutes of 4 March 2025\n\nItem 6: CCTV - the Clerk reported that the"
        " district council's monitoring agreement for the town's four cameras ends in March.",
        "Press release - for immediate release\n\nOptica UK is pleased to announce that its cameras have been selected for"
        " Northby Council's town centre upgrade, said Optica's UK Sales Director.",
        "Camera plans questioned\n\nby our news desk\n\nNorthby Council's control room will move next year. Opposition"
        " councillor Sam Price questioned the cost.",
    ],
)
def test_other_voices(text: str) -> None:
    pa = _inspect(text)
    assert not pa.signals["cctv_info"] and not pa.signals["spoc"], (pa.decoy, pa.signals)


def test_a_spoc_for_insurers_requests_is_not_the_cameras() -> None:
    pa = _inspect(
        "Request footage - insurers\n\nYou can ask Northby Council for footage from our cameras in the town centre. Our"
        " Footage Team is the single point of contact for all requests from insurers and solicitors."
    )
    assert pa.signals["cctv_info"] and not pa.signals["spoc"]


def test_a_spoc_for_members_of_the_public_is_still_the_cameras() -> None:
    """Guard for the audience rule: the public and partners, then the cameras, is the cameras' SPOC (real council pages
    name their SPOC "for all CCTV issues" and for everyone who asks)."""
    pa = _inspect(
        "CCTV\n\nNorthby Council runs 40 cameras in the town centre. The CCTV Manager is the council's single point of"
        " contact for members of the public, partner agencies and the police on all surveillance camera matters:"
        " cctv@northby.example.gov.uk."
    )
    assert pa.signals["spoc"]


def test_a_councils_initials_open_its_own_notice() -> None:
    """Guard: real privacy notices call the council by its initials ("[X]CBC is the data controller …"); neither the
    data-controller rule nor the press's capitals lede reads that as somebody else."""
    pa = _inspect(
        "CCTV privacy notice\n\nNPTCBC is the data controller for images recorded by the public space cameras in Neath"
        " and Port Talbot. Recordings are kept for 31 days."
    )
    assert pa.decoy is None and pa.signals["cctv_info"]

"""Reading lessons of real-text round 90 (written blind at session 47 in a snapshot of 572b569, measured once there and at
freeze48 = 03e87ec, then opened). The passages are written for this test (invented councils, forces and people), not taken
from the round; `inspect` reads a loose text, so no council is behind it.

- A resolution naming the post without "as": "the Deputy Chief Executive be designated the council's Senior Responsible
  Officer for surveillance camera systems".
- A neighbour's certificate that "belongs to [the neighbour] and does not extend to [the council]" is not the council's.
- A force that "publishes the self-assessments it has completed" speaks of its own cameras.
"""

from __future__ import annotations

from analysis.page import PageAnalysis, analyse
from analysis.text import extract


def _loose(body: str) -> PageAnalysis:
    return analyse(extract(body.encode(), "file:///tmp/item.txt", "text/plain"))


def test_a_resolution_designating_the_post_without_as() -> None:
    body = (
        "Issue - meetings\n\nSurveillance cameras: governance update\n\nMeeting: 4/02/2025 - Cabinet (Item 12)\n\nMinutes:\n"
        "The Head of Legal Services said the council runs nine camera systems, from the town centre scheme to cameras on "
        "refuse vehicles.\n\nRESOLVED that:\n1) the revised Surveillance Camera Policy be approved;\n2) the Director of "
        "Place be designated the council's Senior Responsible Officer for surveillance camera systems, with authority to "
        "approve new cameras; and\n3) a register of all systems be kept by Legal Services.\n"
    )
    assert _loose(body).signals["spoc"]


def test_an_unnamed_officer_to_be_designated_is_none() -> None:
    # guard: a resolution that somebody be found (passes before and after)
    body = (
        "Cabinet minutes\n\nSurveillance cameras\n\nRESOLVED that an officer be designated as the council's single point of "
        "contact for surveillance cameras within six months.\n"
    )
    assert not _loose(body).signals["spoc"]


def test_a_neighbours_certificate_that_does_not_extend_to_the_council() -> None:
    body = (
        "CCTV in Ashby Vale\n\nAshby Vale District Council owns 30 cameras in its four towns.\n\nWho monitors them\nSince 2023 "
        "the cameras have been monitored on our behalf by Westby Borough Council from its control room. Westby's control "
        "room holds its own certification against the Surveillance Camera Code of Practice; that certificate belongs to "
        "Westby and does not extend to Ashby Vale as system owner.\n\nContact\ncctv@ashbyvale.example.gov.uk\n"
    )
    pa = _loose(body)
    assert pa.signals["cctv_info"]
    assert not pa.signals["certification"]


def test_a_force_publishing_its_own_self_assessments() -> None:
    body = (
        "Surveillance camera self-assessment\n\nWestmarch Police publishes the self-assessments it has completed against "
        "the twelve guiding principles of the Surveillance Camera Code of Practice.\n\nDocuments\n- Self-assessment tool: "
        "body-worn video, 2025\n- Self-assessment tool: ANPR, 2025\n\nWhy we publish these\nPublishing our self-assessments "
        "shows how we use each type of camera and where we fall short.\n"
    )
    pa = _loose(body)
    assert not pa.signals["cctv_info"]
    assert not pa.signals["certification"]


def test_a_post_appointed_sro_in_a_cabinet_decision_stays_unsignalled() -> None:
    # guard: round 35's writer labelled this form the council's information only (passes before and after)
    body = (
        "Decision: Cabinet, 5 November 2024. Item 7: surveillance camera policy. The Cabinet considered the first corporate "
        "surveillance camera policy, covering the town centre cameras and the body-worn devices of enforcement officers. "
        "RESOLVED: (a) that the policy be approved; (b) that the Head of Legal Services be appointed Senior Responsible "
        "Officer for surveillance cameras; (c) that the policy be reviewed every two years.\n"
    )
    pa = _loose(body)
    assert pa.signals["cctv_info"]
    assert not pa.signals["spoc"]

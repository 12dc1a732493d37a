"""Patterns webs 148-149 and real-text round 33 (held back at session 26's freeze, opened this session) showed. The
passages are written for this test (an invented council, Anytown, with the fixtures' context, and invented bodies), not
taken from the sets.

- a district's statement of licensing policy, advising late-night venues on CCTV, is a licence condition, not the
  council's cameras;
- a service acronym heading a council page ("CIL spending") is no newspaper's capitalised lede;
- one fact: "The district council now keeps a camera trained on the [cleared] site";
- a university's own patrol and its cameras, a shopping centre's security team, and a landlord that says "we are not a
  public authority" are other bodies;
- a framework agreement's explainer for "police forces and local authority CCTV owners" is guidance;
- "told this magazine" marks the trade press;
- a Cabinet approving a budget "to prepare for and obtain" certification is progress towards it;
- a council's room monitoring a housing association's cameras beside "the council's own cameras" stays the council's.

Each fails on fe87e76 but three: the guard for the council's CCTV centre sharing footage "between the centre and [the
force]" (which a first version of the shopping centre rule set aside: web 149's Sunderland), and two that fe87e76 already
reads right in these words though not in round 33's (the trade press's "told this magazine"; a landlord's cameras
monitored beside the council's own), kept as guards for the rules written from that wording.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from analysis.page import PageAnalysis


def test_a_statement_of_licensing_policy_is_a_licence_condition(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Anytown statement of licensing policy 2026 to 2031\nCrime and disorder\nThose applying for late-night premises"
        " should think about CCTV at the doors and the bar. Where a condition is imposed, recordings should be kept for"
        " 31 days and given to the police when they ask.",
        path="/media/2026-02/anytown-statement-of-licensing-policy-2026-2031.pdf",
    )
    assert pa.decoy is not None and not pa.signals["cctv_info"]


def test_a_service_acronym_heading_a_council_table_is_no_press_lede(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "CIL spending",
        "<p>Schemes paid for from Anytown's share of the Community Infrastructure Levy.</p><table><tr><th>Scheme</th>"
        "<th>What it paid for</th><th>Amount</th></tr><tr><td>Anytown and Bridgeford town centre CCTV</td><td>22"
        " high-definition cameras replacing the 2004 system</td><td>141,000 pounds</td></tr><tr><td>Play area</td><td>New swings"
        "</td><td>38,000 pounds</td></tr></table>",
        path="/planning/cil/cil-spending",
    )
    assert pa.decoy is None and pa.signals["cctv_info"]


def test_a_camera_kept_on_a_cleared_site_is_one_fact(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Mill Lane yard: after the clean-up",
        "<p>The old yard behind Mill Lane was used to store scrap for years. That has stopped and the land has been"
        " cleared.</p><p>The district council now keeps a camera trained on the yard. Anyone seen dumping there will be"
        " prosecuted.</p>",
        path="/content.php?id=4410",
    )
    assert pa.signals["cctv_info"]


@pytest.mark.parametrize(
    "text",
    [
        "Security on campus\nThe University of Anyfield's Campus Patrol runs about 450 cameras across its three sites from"
        " one security room. Our code of practice follows the Code's principles and recordings are kept for 28 days.",
        "CCTV code of practice: who does what\nAnyfield University's Director of Estates is responsible for the University's"
        " cameras and names a Security Manager to run them. Images are kept for 30 days.",
        "Safety at Riverside Walk\nOur security team patrols the centre every day and watches 80 cameras from the control"
        " room by the car park. Shoppers can ask any officer for help.",
        "Greenway Homes: our camera policy in brief\nWe put cameras on some of our blocks where residents report crime."
        " Although we are not a public authority, we follow the Surveillance Camera Code. Recordings are kept for 21"
        " days. Email cameras@example.org.uk to ask for footage of yourself.",
    ],
)
def test_other_bodies_speaking_of_their_own_cameras(analyse_text: Callable[..., PageAnalysis], text: str) -> None:
    pa = analyse_text(text, path="/security/cctv.txt")
    assert pa.decoy is not None and not pa.signals["cctv_info"]


def test_the_councils_centre_sharing_with_the_force_stays_its_own(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Working with the police",
        "<p>Officers cannot move the cameras, but they can ask our operators to follow an incident.</p><p>Recordings pass"
        " between the centre and Anyshire Police under an information sharing agreement between the council and the"
        " force.</p><p>Back to CCTV in Anytown</p>",
        path="/article/3310/working-with-the-police",
    )
    assert pa.decoy is None and pa.signals["sla"]


def test_a_framework_agreements_explainer_is_guidance(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Framework CCTV service level agreement: notes for users\nThis framework is for police forces and local authority CCTV"
        " owners who are writing or renewing a local agreement. It does not need to be signed. It sets out the topics to"
        " cover: live monitoring, requests for recordings, evidence handling, training and costs.",
        path="/docs/model-agreement-notes.txt",
    )
    assert not pa.signals["cctv_info"] and not pa.signals["sla"]


def test_told_this_magazine_marks_the_trade_press(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Camera certificates: what happens now\nThe national certification scheme has closed and holders have been asked"
        " to take the mark off their pages. Among the last councils with certificates were several in the north that had"
        " renewed shortly before applications stopped. Several councils told this magazine they would go on checking themselves"
        " against the Code, and some control rooms said they would rely on BS 7958 instead.",
        path="/news/camera-certificates-what-now.txt",
    )
    assert not pa.signals["cctv_info"] and not pa.signals["certification"]


def test_a_budget_to_obtain_certification_is_progress(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Recommendations\nThat Cabinet:\n1. Notes the review of Anytown Council's public space CCTV;\n2. Approves a budget"
        " of £12,500 from reserves to prepare for and obtain third-party certification of the CCTV service against the"
        " Surveillance Camera Code of Practice, starting with desktop certification next year.",
        path="/documents/cabinet-cctv-review.txt",
    )
    assert pa.signals["certification"]


def test_monitoring_a_landlords_cameras_beside_its_own_stays_the_councils(
    analyse_text: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_text(
        "Cameras on housing association estates\nAnytown Council's control room also monitors 40 cameras on estates owned"
        " by Brookside Homes, a housing association. An information sharing agreement between the council and Brookside"
        " Homes covers who may view that footage. The council's own"
        " cameras in the town centre are covered by the council's CCTV code of practice, and their recordings are kept"
        " for 31 days.",
        path="/community-safety/cctv/housing-estates.txt",
    )
    assert pa.decoy is None and pa.signals["cctv_info"]

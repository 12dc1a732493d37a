"""Patterns webs 145-147 (first looks this session) showed. The pages are written for this test (an invented council,
Anytown, with the fixtures' context, and invented neighbours), not taken from the sets.

- a coach park's page ("Coach parking in [town]") is a council place, not parking enforcement, and a link to it is a
  place worth opening;
- one facts: "Recordings made by the borough council's cameras are kept for 31 days" on a seafront page; "A camera on
  the pavilion wall looks over the courts" on a tennis courts page;
- the council's own evaluation report ("This report evaluates the … camera system") is no researcher's study;
- a signed information sharing agreement appended to a code of practice, headed "Appendix E: Information sharing
  agreement" with its parties on the line below, is an agreement;
- a partnership page where each partner speaks in its own words, the council among them, keeps the council's SPOC row;
- a neighbour's certificate "for its own" system, or one that "covers the borough council's system, not ours", is not the
  council's;
- "we applied for step 1 certification … no certificate was issued" is no certificate;
- "does not own or watch any town centre cameras" and a neighbours' shared service that "does not cover [our] villages"
  are denials;
- "The council's CCTV system covers …" keeps the council's CCTV page its own beside a town council's cameras.

Each fails on 4df731d but the appended agreement, which 4df731d read as one in this page's markup (not in the set's PDF,
whose lines reached it one block each: checked on the set itself).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from analysis.links import score_link
from analysis.page import PageAnalysis
from analysis.text import Link

SITE = "https://www.anytown.gov.uk"


def test_a_coach_park_page_is_a_place_not_enforcement(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Coach parking in Anytown",
        "<p>Coaches can set down by the abbey and park in the bays on Mill Lane free of charge.</p>"
        "<p>CCTV recordings made at the coach park are overwritten after 30 days.</p>",
        path="/parking/coach-parking-in-anytown",
    )
    assert pa.decoy is None and pa.signals["cctv_info"]
    assert score_link(Link(SITE + "/parking/coach-parking-in-anytown", "Coach parking in Anytown", "")) > 0.6


@pytest.mark.parametrize(
    ("title", "body", "path"),
    [
        (
            "Anytown seafront",
            "<h2>Beach huts</h2><p>Huts can be hired by the week.</p><h2>Safety</h2><p>Lifeguards patrol in August.</p>"
            "<p>Recordings made by the borough council's cameras are kept for 31 days.</p>",
            "/leisure/seafront",
        ),
        (
            "Tennis courts at Mill Park",
            "<p>Three courts, open until dusk. Book online for the gate code.</p><p>A camera on the clubhouse wall watches"
            " over the courts and the car park.</p>",
            "/leisure/tennis/mill-park",
        ),
    ],
)
def test_one_fact_on_a_leisure_page(
    analyse_html: Callable[..., PageAnalysis], title: str, body: str, path: str
) -> None:
    assert analyse_html(title, body, path=path).signals["cctv_info"]


def test_the_councils_own_evaluation_report_is_its_own(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Anytown CCTV: evaluation report 2024/25\n1. Introduction\nThis report evaluates the Anytown public space camera"
        " system for the year to March 2025.\n2. Incidents\nOperators dealt with 2,100 incidents.\n3. Standards\nThe system"
        " was awarded full (step 2) certification against the Surveillance Camera Code of Practice in 2019.",
        path="/documents/cctv-evaluation-2024-25.pdf",
    )
    assert pa.decoy is None and pa.signals["certification"]


def test_a_signed_agreement_appended_to_a_code_is_an_agreement(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Anytown Borough Council CCTV code of practice",
        "<h2>1. Purpose</h2><p>The council's public space cameras help prevent crime.</p><h2>2. Retention</h2><p>Recordings"
        " are kept for 31 days.</p><h2>Appendix F: Information sharing agreement</h2><p>Information sharing agreement"
        " between Anytown Borough Council and Devon and Cornwall Police for the release of recorded images.</p><p>Signed for"
        " and on behalf of Anytown Borough Council: Head of Community Safety, 2 May 2024</p><p>Signed for and on behalf of"
        " Devon and Cornwall Police: Superintendent, 9 May 2024</p>",
        path="/documents/cctv-code-of-practice",
    )
    agreement = next(f for f in pa.findings if f.type == "sla")
    assert agreement.data["signed"]


def test_each_partner_in_its_own_words_keeps_the_councils_spoc(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Town centre safety partnership",
        "<p>The partnership brings together the council, the police, the BID and the town's pubs. Each partner explains its"
        " part below in its own words.</p><p>The BID pays for the camera at the market cross, which the council's control"
        " room watches for us.</p><p>Safety manager, Anytown BID</p><table><tr><th>Partner</th><th>Role</th><th>Contact"
        "</th></tr><tr><td>Anytown Borough Council</td><td>Single point of contact for surveillance camera systems (CCTV"
        " Manager)</td><td>spoc@anytown.example.gov.uk</td></tr></table>",
        path="/community-safety/town-centre-partnership",
    )
    assert pa.decoy is None and pa.signals["spoc"]


@pytest.mark.parametrize(
    "claim",
    [
        "Westmere District Council holds full certification for its own public space CCTV system against the Code.",
        "Westmere's own CCTV system completed step 2 certification in 2019; that certificate covers the district"
        " council's system, not Anytown's cameras.",
        "In March 2023 we applied for step 1 certification under the Commissioner's third party certification scheme. Our"
        " application was still waiting when the scheme closed, so no certificate was issued.",
    ],
)
def test_certificates_that_are_not_the_councils(analyse_html: Callable[..., PageAnalysis], claim: str) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>The council's CCTV system covers Anytown town centre and is watched from Westmere District Council's control"
        f" room.</p><p>Recordings are kept for 31 days.</p><p>{claim}</p>",
    )
    assert not any(f.type == "certification" for f in pa.findings)


@pytest.mark.parametrize(
    "body",
    [
        "<p>Town centre CCTV belongs to the district councils and the police watch most of it. The county council does"
        " not own or watch any town centre cameras: ask your district council about them.</p>",
        "<p>The shared CCTV service run by Westmere District Council covers Westmere and its market towns. It does not"
        " cover Anytown's villages.</p><p>Several parish councils have cameras of their own.</p>",
    ],
)
def test_denials_of_the_councils_cameras(analyse_html: Callable[..., PageAnalysis], body: str) -> None:
    assert not analyse_html("Community safety", body, path="/community-safety").signals["cctv_info"]


def test_the_councils_system_covers_keeps_its_page_beside_a_town_councils_cameras(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Town centre CCTV",
        "<p>The council's CCTV system covers Anytown town centre and the multi-storey car park, recording day and night.</p>"
        "<p>The cameras help prevent and detect crime. Recordings are kept for 31 days.</p><h2>Oldbury</h2><p>Oldbury Town"
        " Council owns and pays for the cameras in Oldbury. We contribute to the cost of watching them.</p>",
    )
    assert pa.decoy is None and pa.signals["cctv_info"]


def test_a_scheme_with_a_town_council_monitored_from_our_centre_stays_ours(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    # web 144's lesson (its first look came after the others'): the council speaking as the monitor and naming its SPOC
    pa = analyse_html(
        "Town centre CCTV in Oldbury",
        "<p>The Oldbury town centre scheme is run by a partnership of Anytown Borough Council, Oldbury Town Council and the"
        " police.</p><p>The cameras are monitored around the clock from our control centre in Oldbury. The town council"
        " owns and maintains the cameras; the borough council runs the recording equipment.</p><p>The Head of Housing is"
        " the council's single point of contact for surveillance camera systems: 01632 960 777.</p>",
    )
    assert pa.decoy is None and pa.signals["spoc"]

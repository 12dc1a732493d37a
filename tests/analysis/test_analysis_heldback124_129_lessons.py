"""Patterns webs 124-125 (held back at 00fe05c, opened this session) and 126-129 (first looks) showed. The passages are
written for this test (the fixture council is Anytown Borough Council, its force Devon & Cornwall; other places and
bodies are invented).

- 5.1: a magazine issue's contents, a grant list's row for a town council, a county's "provided by district councils",
  another council as a paragraph's subject, another body's possessive before "town centre cameras" are not the council's
  information; redeployable units moved round its park, "Seven CCTV cameras installed on [street]", depot areas "covered
  by cameras that record around the clock", a retention schedule's CCTV row are; a council page that names a shopping
  centre's own cameras, or a commissioner's grant, further down stays the council's;
- 5.2: a monitoring partner's certified room is how the council's cameras are run (code_compliance), not its certificate;
- 5.3: "For [the council] this is the [post]" after each partner's SPOC; a SPOC for an agreement is not the cameras';
- 5.5: an agreement by exchange of letters signed for both; a drafted agreement answered on a question-and-answer page;
- a WordPress "You searched for" page is search results; an A to Z entry labelled "CCTV" is followed whatever its
  address says; a compass word makes another council.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from analysis.context import is_same_council, names_council
from analysis.links import assess_link, decoy_link
from analysis.page import PageAnalysis
from analysis.text import Link


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Anytown Life magazine",
            "<p>Our residents' magazine comes out twice a year. The spring issue covers the new market cameras, the"
            " swimming pool reopening and garden waste.</p>",
        ),
        (
            "Community grants awarded",
            "<table><tr><td>Eastby Town Council</td><td>Replacement town centre cameras</td><td>£5,000</td></tr>"
            "<tr><td>Northby Scouts</td><td>New tents</td><td>£800</td></tr></table>",
        ),
        (
            "Community safety board",
            "<p>The board reviewed public space CCTV. Town centre cameras in the county are provided by district and city"
            " councils, several of which share control rooms.</p>",
        ),
        (
            "CCTV in the district's towns",
            "<p>Westvale District Council runs a control room in Eastby watching 300 cameras in six towns.</p>",
        ),
        (
            "Eastby town centre",
            "<p>Markets and events in Eastby. Westshire Constabulary's town centre cameras in Eastby feed the regional CCTV"
            " hub, which Westvale District Council runs.</p>",
        ),
    ],
)
def test_not_the_councils_cameras(analyse_html: Callable[..., PageAnalysis], title: str, body: str) -> None:
    assert not analyse_html(title, body, path="/community/page").signals["cctv_info"]


@pytest.mark.parametrize(
    ("title", "body", "criterion"),
    [
        (
            "Victoria Park",
            "<p>The park has a bandstand and a play area.</p><p>Two redeployable camera units are moved around the park to"
            " deter vandalism.</p>",
            "other_systems",
        ),
        (
            "Anytown and Eastby partnership",
            "<table><tr><td>Community safety</td><td>Joint team for both districts</td><td>Seven CCTV cameras installed"
            " on Market Street, March 2024</td></tr></table>",
            "cameras",
        ),
        (
            "Records retention schedule",
            "<table><tr><td>Facilities</td><td>CCTV recordings</td><td>30 days</td><td>Overwritten</td></tr></table>",
            "retention",
        ),
    ],
)
def test_one_fact_of_the_councils_own(
    analyse_html: Callable[..., PageAnalysis], title: str, body: str, criterion: str
) -> None:
    pa = analyse_html(title, body, path="/about/page")
    assert pa.signals["cctv_info"] and pa.criteria[criterion]


def test_depot_areas_covered_by_cameras(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "The council depot",
        "<p>Deliveries are accepted on weekdays.</p><p>The depot yard, salt barn and vehicle workshop are covered by"
        " cameras that record around the clock.</p>",
        path="/about/depot",
    )
    assert pa.signals["cctv_info"]


def test_a_council_page_naming_others_further_down_stays_its_own(analyse_html: Callable[..., PageAnalysis]) -> None:
    cctv = analyse_html(
        "CCTV",
        "<p>We run 40 cameras in Anytown town centre to prevent crime. Our control room is staffed every evening.</p>"
        "<p>Recordings are kept for 31 days.</p><p>Our single point of contact for surveillance cameras is the Town"
        " Centre Manager: cctv@anytown.example.gov.uk.</p><p>Riverside shopping centre has its own cameras; ask its"
        " management for footage.</p>",
    )
    team = analyse_html(
        "Community safety team",
        "<p>The council's CCTV control room watches cameras across the borough. To contact it, email"
        " control.room@anytown.example.gov.uk.</p><p>In 2023 the Police and Crime Commissioner for Devon and Cornwall"
        " awarded the council a grant towards new cameras.</p>",
        path="/community/team",
    )
    assert cctv.decoy is None and cctv.signals["cctv_info"] and cctv.signals["spoc"]
    assert team.decoy is None and team.signals["cctv_info"]


def test_a_monitoring_partners_certified_room(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>Our town centre cameras are monitored on our behalf by Safer Westvale, the neighbouring council's service.</p>"
        "<p>Safer Westvale's control centre holds full certification against the Surveillance Camera Code of Practice.</p>",
    )
    assert pa.signals["cctv_info"] and not pa.signals["certification"] and pa.criteria["code_compliance"]


def test_for_us_this_is_the_post(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>Our cameras are watched from the control room we share with three councils. Each council in the shared room"
        " names its own single point of contact for surveillance cameras. For Anytown this is the Environmental Health"
        " Manager: email eh@anytown.example.gov.uk.</p>",
    )
    assert pa.signals["spoc"] and pa.spoc and pa.spoc.get("role") == "Environmental Health Manager"


def test_a_spoc_for_an_agreement_is_not_the_cameras(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "CCTV information sharing agreement\nSchedule 2 - Single points of contact for this agreement: the CCTV"
        " Control Room Manager, control.room@anytown.example.gov.uk."
    )
    assert not pa.signals["spoc"]


def test_an_agreement_by_exchange_of_letters(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Agreement by exchange of letters - release of CCTV recordings to Devon and Cornwall Police\n"
        "Letter from Anytown Borough Council, 2 May 2024. Dear Superintendent, I write to set out the terms on which the"
        " council's CCTV control room provides recordings to Devon and Cornwall Police.\n1. Requests are made by a named"
        " officer.\nYours sincerely, Head of Communities, for and on behalf of Anytown Borough Council (signed)\n"
        "Letter of acceptance from Devon and Cornwall Police, 20 May 2024. The force accepts the terms.\n"
        "Signed: Superintendent, for and on behalf of Devon and Cornwall Police",
        path="/media/cctv-agreement-exchange-of-letters.txt",
    )
    assert pa.decoy is None and pa.sla and any(a["signed"] and a["kind"] != "mention" for a in pa.sla)


def test_a_drafted_agreement_answered_in_a_review(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV annual review 2024-25",
        "<h3>1. How many cameras are there?</h3><p>There are 88 public space cameras in the town centre.</p>"
        "<h3>2. Is the scheme certified?</h3><p>No. We completed the self-assessment tool in January.</p>"
        "<h3>3. Is there a current agreement with Devon and Cornwall Police?</h3><p>A revised information sharing"
        " agreement with Devon and Cornwall Police has been drafted and is awaiting signature.</p>",
    )
    # a draft spoken of: a mention for 5.5 (partial), not the text's signal (real-text rounds 36, 39 and 41 label a
    # drafted agreement no agreement)
    assert any(m["kind"] == "mention" and m.get("planned") for m in pa.sla) and not pa.signals["sla"]
    assert any(f.type == "sla_mention" for f in pa.findings)


def test_wordpress_search_results(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "You searched for CCTV",
        "<p>Search results for: <strong>CCTV</strong></p><ol><li><a href='/cctv-upgrade/'>CCTV upgrade finished</a>"
        "<p>Work on the borough's CCTV network is complete: 40 cameras have been upgraded.</p></li></ol>",
        path="/?s=CCTV",
    )
    assert pa.decoy is not None and not pa.signals["cctv_info"]


def test_an_a_to_z_entry_labelled_cctv_is_followed() -> None:
    entry = assess_link(
        Link(
            "https://www.anytown.gov.uk/council/town-and-parish-councils/working-with-town-and-parish-councils",
            "CCTV",
            "A to Z",
        )
    )
    other = assess_link(
        Link(
            "https://www.anytown.gov.uk/council/town-and-parish-councils/working-with-town-and-parish-councils",
            "Parish grants",
            "",
        )
    )
    assert not decoy_link(entry) and decoy_link(other)


def test_a_compass_word_makes_another_council() -> None:
    assert is_same_council("West Suffolk Council", "Suffolk") is False
    assert is_same_council("Suffolk County Council", "West Suffolk") is False
    assert is_same_council("Suffolk County Council", "Suffolk") is True
    assert not names_council("West Suffolk Council runs the cameras", "Suffolk")
    assert names_council("Cameras in Suffolk's market towns", "Suffolk")

"""Patterns the twenty-fifth and twenty-sixth held-back webs showed (measured once, frozen at the start of
session 12; learnt from after), and real-text rounds 15 and 16 beside them.

Public realm cameras named in a list with others ("the council's public realm, traffic and car park CCTV"), the
borough's camera network on a page titled for neighbourhoods, a county's pointer to the town councils for footage,
a code of practice named for the council's CCTV brand or for CCTV and a service beside it, a CCTV outcome summary,
a certification claim that only a mark's alt text makes, a look-alike named in one clause of a sentence, the
plain wordings of retention, disclosure, subject access, operator and where the cameras are; and, from real
text, a town council's named CCTV service, a weight-limit enforcement camera, an FOI asker's own inquiry, central
government's publication furniture and a transport body's cameras. The passages are written for this test
(invented places and people).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from analysis.page import PageAnalysis


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_public_realm_cameras_named_in_a_list(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Traffic management",
        "<p>Our urban traffic control centre keeps the signals on the ring road working.</p>"
        "<p>The network management team runs the council's public realm, traffic and car park CCTV cameras from the "
        "same room.</p>",
        path="/roads/traffic-management",
    )
    assert pa.signals["cctv_info"] is True
    assert "operator" in _crit(pa)


def test_the_boroughs_camera_network_on_a_neighbourhoods_page(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Safer neighbourhoods",
        "<p>We fine fly-tippers and work with the neighbourhood policing teams in every ward.</p>"
        "<p>The borough's camera network now has more than 450 fixed cameras on 22 sites.</p>",
        path="/safer-anytown/safer-neighbourhoods",
    )
    assert pa.decoy is None, "a neighbourhood is not a neighbour's camera"
    assert pa.signals["cctv_info"] is True and "cameras" in _crit(pa)


def test_footage_requests_sent_to_the_town_councils(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Town centre cameras",
        "<p>The cameras in Northam, Southam and Westcombe belong to the town councils, which pay for them and decide "
        "how they are run.</p><p>For questions about a camera, or to ask for a copy of footage, contact the town "
        "council for that place.</p>",
        path="/community-safety/town-centre-cameras",
    )
    assert pa.signals["cctv_info"] is False


def test_a_code_named_for_the_councils_cctv_brand(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "TownWatch code of practice\n1. Responsibility\nThe TownWatch service manager answers for all the council's "
        "surveillance camera systems and keeps their register.\n4. Recorded material\nRecorded pictures are kept for "
        "28 days and then deleted unless a clip is needed for an investigation.\n",
        path="/docs/townwatch-code-of-practice.txt",
    )
    assert pa.signals["cctv_info"] is True
    assert {"policy", "retention"} <= _crit(pa)
    # a code for something else that mentions a camera is no CCTV code
    other = analyse_text(
        "Street trading code of practice\nTraders must keep their pitch clean and show their licence.\n",
        path="/docs/street-trading-code-of-practice.txt",
    )
    assert "policy" not in _crit(other)


def test_a_code_for_cctv_and_a_service_beside_it(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV and careline service: code of practice",
        "<h2>How we work</h2><p>Anytown Borough Council is the data controller for the cameras it runs in public "
        "places.</p><h2>Keeping recordings</h2><p>Recordings are held for 31 days and then recorded over.</p>",
        path="/downloads/cctv-and-careline-code-of-practice",
    )
    assert {"policy", "operator", "retention"} <= _crit(pa)
    page = analyse_html(
        "CCTV",
        "<p>Our cameras watch the town centre and the bus station day and night.</p>"
        "<p>Our CCTV and careline code of practice sets out how the service handles recordings. Each year we publish "
        "an outcome summary.</p>",
    )
    assert {"policy", "annual_review"} <= _crit(page)


def test_a_cctv_outcome_summary(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "CCTV outcome summary 2025 to 2026\nThe year in numbers\nOperators logged 3,870 incidents of crime and "
        "anti-social behaviour during the year, most of them spotted before anyone called.\n",
        path="/downloads/cctv-outcome-summary-2025-26.txt",
    )
    assert pa.signals["cctv_info"] is True
    assert {"annual_review", "statistics"} <= _crit(pa)


def test_certification_in_a_marks_alt_text_is_regard_to_the_code(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>Our cameras cover the town centre and are watched from our control room.</p>"
        '<p><img src="/images/mark.png" alt="Surveillance camera code compliant: step 2 certificate of compliance, '
        'May 2022"></p>',
    )
    assert pa.signals["certification"] is True
    assert "code_compliance" in _crit(pa)


def test_a_look_alike_named_in_one_clause_leaves_the_rest(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "TownWatch",
        "<p>TownWatch operators keep watch over more than 300 public space cameras in the town centre.</p>"
        "<p>The cameras help prevent and detect crime and make people feel safer; the team also works with the "
        "police, the bus company, traffic control and taxi licensing.</p>",
        path="/cctv/townwatch",
    )
    assert "purpose" in _crit(pa)
    assert "retention" not in _crit(pa), "keeping watch over 300 cameras keeps no recordings"


def test_plain_wordings_of_the_criteria(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV",
        "<h2>Our cameras</h2><p>Anytown has a mix of fixed and movable CCTV cameras. Most sit in town centres, along "
        "shopping parades and next to stations.</p><p>They record day and night but are not watched live.</p>"
        "<h2>Footage</h2><p>If something happened to you, you may be able to get a copy of what the cameras "
        "recorded.</p><p>The system keeps pictures for 30 days and then records over them.</p>"
        "<p>We pass footage of crimes to Anyshire Police. After a collision, ask your insurer or solicitor to request "
        "the footage from the CCTV mailbox.</p><h2>Who runs them</h2><p>The cameras are watched by operators at the "
        "Combined Authority's control centre, which runs them for us.</p>",
    )
    assert {"cameras", "other_systems", "subject_access", "retention", "disclosure", "operator"} <= _crit(pa)


def test_a_weight_limit_enforcement_camera(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Privacy notice: weight restriction enforcement ANPR camera",
        "<h2>Statement of compliance with the Surveillance Camera Code of Practice</h2>"
        "<p>A number plate camera now watches the Mill Lane bridge for the council.</p>"
        "<p>A 7.5 tonne weight limit applies on the bridge, and vehicles over the limit are sent a penalty.</p>",
        path="/data-protection/privacy-notice-weight-restriction-enforcement-anpr-camera",
    )
    assert pa.signals["cctv_info"] is False


@pytest.mark.parametrize(
    ("text", "path"),
    [
        # a town council's own named service, whose "our control room" is its own
        (
            "Seaport Town Councils CCTV Service: a small in-house team of trained operators watches the town centre "
            "cameras from our control room.\nThe town centre cameras are there to deter crime and catch offenders.\n"
            "Recordings are kept for 31 days.\n",
            "/documents/cctv.txt",
        ),
        # an FOI asker's own inquiry, and the council's answer that it knows nothing of the camera
        (
            "Surveillance camera\nRequested on 3 March 2014 | FOI 1187 | Information provided\n"
            "A camera appeared on the lamp post by my gate last month, so I am inquiring if the borough put it there "
            "or paid for this surveillance camera.\n"
            "Anytown Borough Council has no knowledge of who fixed that camera to the lamp post.\n",
            "/freedom-of-information-requests/1187.txt",
        ),
        # central government's publication furniture
        (
            "Research and analysis\n\nThe use of surveillance cameras by police forces: an assessment of compliance "
            "with the Surveillance Camera Code of Practice\n\nUpdated 2 March 2024\n\nApplies to England and Wales\n\n"
            "Every one of the 43 police forces in the survey was asked how it governs its CCTV, body-worn video and "
            "drones.\n",
            "/government/publications/police-survey.txt",
        ),
        # a transport body's cameras in its own FOI answer
        (
            "CCTV cameras\nYou asked how many CCTV cameras are run in the borough.\nWe answered\nAbout 9,000 CCTV "
            "cameras are operated by Transport for London on stations, of which 410 are in the borough. We are "
            "unable to give the locations of our CCTV.\n",
            "/foi/request-detail.txt",
        ),
    ],
    ids=["town-council-service", "foi-asker", "central-furniture", "transport-body"],
)
def test_real_text_look_alikes_of_rounds_15_16(analyse_text: Callable[..., PageAnalysis], text: str, path: str) -> None:
    assert analyse_text(text, path=path).signals["cctv_info"] is False


def test_a_volunteers_role_beside_the_operators_is_no_information(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Volunteer as a CCTV observer",
        "<p>Could you spare three hours a week? Volunteer observers sit with our operators on weekend evenings and "
        "help spot people who may need help. Training and a DBS check are provided.</p>",
        path="/community/safer-anytown/volunteer-as-a-cctv-observer",
    )
    assert pa.signals["cctv_info"] is False
    assert pa.decoy is not None

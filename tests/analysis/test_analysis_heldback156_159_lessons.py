"""Patterns webs 156-159 (written blind this session, opened as first looks) showed. The passages are written for this
test (an invented council, Anytown, with the fixtures' context, and invented places), not taken from the sets.

- one fact each: "a council camera on [the green] now watches over the windmill" (web 156's Fylde), "The works also added
  two CCTV units near the station" on a regeneration page (web 156's Worthing), "Two CCTV cameras on 8 metre poles cover
  the recreation ground" on a council park's page (web 157's Chorley);
- a governance page naming the surveillance camera SPOC "for overt CCTV in every council service" beside the RIPA
  officers is no covert-surveillance decoy, and "every council service" is the council's own estate, not advice to every
  council (web 158's Hillingdon);
- "Performance is published in Hawk Eye reports." is a council's own series, not a feature's byline; a contacts table's
  header row ("Role Who Contact") is no signature naming the SPOC (web 159's Huntingdonshire);
- "Questions? Call the [team] on …" and "For anything else, contact the [team] on …" on CCTV pages are contact points
  (web 157's Epping Forest and Stockport);
- a county's archive of answered requests (/archives/information_request/) is an FOI log (web 159's Devon).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis


def test_one_fact_sentences_on_council_pages(analyse_html: Callable[..., PageAnalysis]) -> None:
    for title, main, path in (
        (
            "The old mill",
            "<p>The mill on Anytown Green dates from 1810 and belongs to the council.</p><p>After vandalism, a council"
            " camera on the green now watches over the mill.</p>",
            "/resident/heritage/the-old-mill",
        ),
        (
            "Station Approach",
            "<p>Anytown Borough Council has widened the pavements from the station to the high street.</p><p>The works"
            " also added two CCTV units near the station.</p>",
            "/regeneration/projects/station-approach",
        ),
        (
            "Jubilee Recreation Ground",
            "<p>Facilities:</p><ul><li>play area</li><li>skate park</li><li>Three CCTV cameras on tall poles cover the"
            " recreation ground</li></ul>",
            "/leisure/parks/jubilee-recreation-ground",
        ),
    ):
        pa = analyse_html(title, main, path=path)
        assert pa.decoy is None and pa.signals["cctv_info"], title


def test_a_governance_pages_overt_camera_spoc_beside_ripa_officers(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Surveillance: RIPA and overt cameras",
        "<p>Covert surveillance needs authorisation under the Regulation of Investigatory Powers Act 2000 and a"
        " magistrate's approval. Overt cameras are governed separately.</p><table><tr><th>Role</th><th>Held by</th>"
        "<th>Contact</th></tr><tr><td>Senior Responsible Officer (RIPA)</td><td>Head of Legal</td>"
        "<td>ripa@anytown.example.gov.uk</td></tr><tr><td>Surveillance camera single point of contact (overt CCTV in every"
        " council service)</td><td>Head of Property</td><td>cctvspoc@anytown.example.gov.uk</td></tr></table>",
        path="/council-and-democracy/governance/surveillance-and-ripa",
    )
    assert pa.decoy is None and pa.signals["spoc"]
    spoc = next(f for f in pa.findings if f.type == "spoc")
    assert spoc.data["email"] == "cctvspoc@anytown.example.gov.uk" and spoc.data["contact_route"]


def test_a_councils_own_report_series_and_a_table_header_are_not_press_or_a_name(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Town centre CCTV",
        "<p>We run 120 cameras in Anytown and Bridgeford from our control room, 24 hours a day, to prevent crime."
        " Recordings are kept for 31 days. You can ask for footage of yourself with a subject access request.</p>"
        "<p>Performance is published in Night Owl reports.</p><table><tr><th>Role</th><th>Who</th><th>Contact</th></tr>"
        "<tr><td>Single point of contact for surveillance cameras</td><td>CCTV Manager</td>"
        "<td>cctv@anytown.example.gov.uk</td></tr></table>",
    )
    assert pa.decoy is None and pa.signals["spoc"]
    spoc = next(f for f in pa.findings if f.type == "spoc")
    assert spoc.data["name"] is None and spoc.data["contact_route"]


def test_question_and_anything_else_lines_are_contact_points(analyse_html: Callable[..., PageAnalysis]) -> None:
    for main in (
        "<p>Our cameras record around the clock. Footage is kept for 31 days.</p><p>Questions? Call the Safer Streets"
        " Team on 01632 960 123.</p>",
        "<p>You can ask for images of yourself with a subject access request.</p><p>For anything else, contact the"
        " Assurance team on 01632 960 456.</p>",
    ):
        pa = analyse_html("Getting a copy of CCTV images", main, path="/cctv/getting-a-copy-of-images")
        assert any(f.type == "cctv_contact" for f in pa.findings), main[:40]


def test_a_countys_archive_of_answered_requests_is_an_foi_log(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV contacts",
        "<p>Request: who is responsible for CCTV?</p><p>Response: town centre schemes are run by the district councils."
        " Cameras at county offices protect the buildings.</p>",
        path="/accesstoinformation/archives/information_request/cctv-contacts",
    )
    assert pa.decoy is not None


# ---- webs 154-155 (held back at b5f3ed2, opened after the freeze) ----------------------------------------------------


def test_the_force_telling_the_council_is_no_magazines_interview(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Video surveillance (CCTV)",
        "<p>Twenty cameras cover Anytown town centre. Devon and Cornwall Police watch them for us under a monitoring"
        " agreement; the council owns them and is the data controller.</p><p>Devon and Cornwall Police have told us"
        " they will stop monitoring next year.</p><h2>Contact</h2><p>The Public Protection Manager is the council's"
        " single point of contact for video surveillance. Email vss@anytown.example.gov.uk.</p>",
        path="/residents/community-safety/video-surveillance",
    )
    assert pa.decoy is None and pa.signals["spoc"]


def test_an_action_plan_row_marked_done_with_the_certificate_issued(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "CCTV annual review 2025/26\n\nActions from the plan\nApply for step 1 (desktop) certification against the"
        " Surveillance Camera Code of Practice - Complete: certificate issued May 2023\nReview signs in Bridgeford - In"
        " progress",
        path="/downloads/file/77/cctv-annual-review-2025-26",
    )
    assert pa.signals["certification"] and pa.certification and pa.certification["level"] == "step1"
    assert pa.certification["awarded"] == "2023-05"


def test_the_forces_own_control_room_open_day_is_not_the_councils(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Police CCTV control room open day",
        "<p>Devon and Cornwall Police are inviting residents to tour their CCTV control room at Anytown Police Station."
        " Book a place with the force.</p>",
        path="/community/police-cctv-open-day",
    )
    assert not pa.signals["cctv_info"]


def test_the_room_the_cameras_are_watched_from_is_named_by_a_link() -> None:
    from analysis.links import names_the_operators_room
    from analysis.text import Link

    link = Link(
        url="https://www.anytown.gov.uk/anytown-public-safety-centre", text="About the Public Safety Centre", context=""
    )
    for page in (
        "Our cameras are watched from the Anytown Public Safety Centre, which the council runs.",
        "CCTV is monitored in Anytown through the Anytown Public Safety Centre.",
    ):
        assert names_the_operators_room(link, page), page
    assert not names_the_operators_room(link, "The Anytown Public Safety Centre sells alarm monitoring to businesses.")


def test_a_page_that_speaks_of_the_councils_own_cameras() -> None:
    from analysis.links import speaks_of_own_cameras

    text = "Our records officer reports each year on requests, breaches and the governance of our camera systems."
    assert speaks_of_own_cameras(text, None)
    assert not speaks_of_own_cameras(text, "FOI response")
    assert not speaks_of_own_cameras("Our records officer reports each year on requests and breaches.", None)

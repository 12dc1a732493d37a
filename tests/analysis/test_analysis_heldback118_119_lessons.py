"""Patterns webs 118-119 (session 21's held-back pair, measured once frozen, then opened) and real-text round 23 showed.
The passages are written for this test (invented places and people).

- a responsibility given over every camera system, or a lead officer "for every surveillance camera system", is the
  single point of contact though the words are never used; an agency told where to write ("should email the council's
  single point of contact") is not guidance about the role; another body's own single point of contact (a parish
  council's, a university's) is not the council's;
- an agreement with the service police (the Royal Military Police at a garrison) is not with the council's own force;
- a timeline's present tense ("auditors award the service full step 2 certification"), a list's certificate "held from
  2019 until the scheme closed" under a lead-in naming the Code, "certificate of full compliance" as step 2;
- a council venue whose cameras "watch the courtyard and the car park … and record day and night";
- an FOI request's question whether the council has an agreement, and "none has been drafted", are no agreement.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.assess import assess
from analysis.page import PageAnalysis


def test_responsibility_given_for_oversight_of_every_camera_system(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV and monitoring",
        "<h2>Who is responsible</h2><p>The Safer Streets Manager has been given responsibility by the council for oversight"
        " of every surveillance camera system we operate, from the bus station to the depots. Write to"
        " camera.oversight@anytown.example.gov.uk.</p>",
    )
    assert pa.signals["spoc"] and pa.spoc and pa.spoc.get("email") == "camera.oversight@anytown.example.gov.uk"


def test_lead_officer_for_every_surveillance_camera_system(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Anytown Borough Council CCTV code of practice\n"
        "4. Roles\n"
        "The Neighbourhoods CCTV Manager is the council's lead officer for every surveillance camera system it operates"
        " and keeps the register of them. Contact: cameras@anytown.example.gov.uk\n",
        path="/documents/cctv-code.txt",
    )
    assert pa.signals["spoc"]


def test_responsibility_for_one_project_is_not(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Town centre renewal",
        "<p>The Regeneration Manager has been given responsibility for the renewal of the market square, including its"
        " lighting and benches. Contact regen@anytown.example.gov.uk.</p>",
        path="/regeneration/market-square",
    )
    assert not pa.signals["spoc"]


def test_agencies_told_to_email_the_single_point_of_contact(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Requests from partner agencies\n"
        "The police ask for recordings through the evidence portal. Other agencies should email the council's"
        " surveillance camera single point of contact at camspoc@anytown.example.gov.uk with the date and place.\n",
        path="/cctv/partner-requests.txt",
    )
    assert pa.signals["spoc"]


def test_guidance_that_a_spoc_should_keep_records_is_not(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Good practice\nThe single point of contact should keep a list of every camera system and review it each year.\n",
        path="/guidance/good-practice.txt",
    )
    assert not pa.signals["spoc"]


def test_a_parish_councils_and_a_universitys_single_point_of_contact(
    analyse_text: Callable[..., PageAnalysis],
) -> None:
    parish = analyse_text(
        "Camera enquiries\nThe Clerk is the parish council's single point of contact for every question about the"
        " village cameras. Write to clerk@northby-pc.example.org.uk.\n",
        path="/cctv.txt",
    )
    campus = analyse_text(
        "Campus CCTV\nThe University's Head of Security is the single point of contact for the CCTV system on every"
        " campus. Write to security@uni.example.ac.uk.\n",
        path="/cctv.txt",
    )
    assert not parish.signals["spoc"] and not campus.signals["spoc"]


_GARRISON = (
    "Garrison CCTV information sharing agreement\n"
    "Between Anytown Borough Council and the {force}\n"
    "1. Purpose\n"
    "The council's cameras at the garrison gates are viewed by the {force} when an incident needs it.\n"
    "2. Signatures\n"
    "Signed for Anytown Borough Council: J. P., Head of Community Services. 4 March 2024\n"
    "Signed for the {force}: Major L. M. 11 March 2024\n"
)


def test_an_agreement_with_the_service_police_is_not_with_the_councils_force(
    analyse_text: Callable[..., PageAnalysis],
) -> None:
    rmp = analyse_text(_GARRISON.format(force="Royal Military Police"), path="/media/garrison-isa.txt")
    own = analyse_text(_GARRISON.format(force="Devon and Cornwall Police"), path="/media/garrison-isa.txt")
    assert rmp.signals["sla"] and own.signals["sla"]
    assert assess([rmp], "ok")["5.5"]["status"] == "partial"
    assert assess([own], "ok")["5.5"]["status"] == "met"


def test_a_timelines_present_tense_award(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "What we do",
        "<h2>Our history</h2><ul><li>1996: the control room opens with 30 cameras.</li><li>2021: independent auditors award"
        " the service full step 2 certification against the Surveillance Camera Code of Practice.</li></ul>",
        path="/cctv/what-we-do",
    )
    assert pa.signals["certification"] and pa.certification and pa.certification["level"] == "step2"


def test_a_certificate_held_until_the_scheme_closed_in_a_list(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "What we publish\n"
        "In line with the Surveillance Camera Code, Anytown Borough Council publishes the following:\n"
        "• our CCTV code of practice\n"
        "• a map of the 64 public space cameras\n"
        "• the yearly review of the system\n"
        "• our certificate of full compliance with the Code, held from 2020 until the national scheme closed in 2025\n",
        path="/cctv/what-we-publish.txt",
    )
    assert pa.signals["certification"] and pa.certification
    assert pa.certification["level"] == "step2" and pa.certification["awarded"] == "2020"


def test_a_bullet_held_until_the_scheme_closed(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Anytown public space CCTV - the year in figures\n"
        "• 88 cameras watched from the council's control room\n"
        "• certificate of compliance with the Surveillance Camera Code held from 2018 until the scheme closed in 2025\n",
        path="/cctv/year-in-figures.txt",
    )
    assert pa.signals["certification"]


def test_a_council_venues_cameras_watch_and_record(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "The Old Gaol museum",
        "<p>Open Wednesday to Sunday, free entry.</p><h2>Teledu cylch cyfyng</h2><p>Cameras watch the yard and the car"
        " park at the Old Gaol and record day and night.</p>",
        path="/leisure/old-gaol-museum",
    )
    assert pa.signals["cctv_info"] and (pa.criteria or {}).get("cameras")


def test_a_neighbours_cameras_watching_and_recording_are_not(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Home security",
        "<p>If your neighbour's cameras watch your garden and record day and night, talk to them first.</p>",
        path="/environment/home-security",
    )
    assert not pa.signals["cctv_info"]


def test_an_foi_question_about_an_agreement_is_not_one(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Request FOI-2231\n"
        "Question 2: Does the council have an information sharing agreement with the police covering its cameras?\n"
        "Response: No written agreement is currently in place. Devon and Cornwall Police ask the control room for recordings"
        " case by case on the force's request form. The council is discussing a formal agreement with the force but none"
        " has been drafted yet.\n",
        path="/foi/2231.txt",
    )
    assert not pa.signals["sla"]

"""Patterns the nineteenth and twentieth held-back webs and real-text round 12 showed (measured once, frozen,
in session 11; learnt from after).

Councils that never write "CCTV": a "Cameras" heading over "our cameras" on a community safety page, "cameras
cover Hinckley town centre" naming one town of a two-town council; denials worded as real pages word them
("does not run a town centre CCTV system", "is not provided by the county council", cameras "have been owned
and run by" the police, the police deciding how recordings are used); a CCTV contact under "Questions about
our cameras". From round 12: the asker's letter and the public's annotations on a request site are not the
council's answer, its reply letter is; a force operating its own cameras is the police's page. The passages
are written for this test (invented places and people).
"""

from __future__ import annotations

from collections.abc import Callable

from read_excerpt import read

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis


def _crits(pa: PageAnalysis) -> set[str]:
    return {k for k, v in pa.criteria.items() if v}


def test_a_cameras_heading_over_our_cameras(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Community safety",
        "<p>We work with the police to keep the borough safe.</p><h2>Cameras</h2><p>If you think our cameras have "
        "filmed you, you can ask us for a copy of the footage by making a subject access request.</p>",
        path="/community-safety",
    )
    assert pa.signals["cctv_info"] is True
    assert "subject_access" in _crits(pa)
    # a doorbell advice heading over somebody else's cameras stays advice
    home = analyse_html(
        "Community safety",
        "<h2>Cameras at home</h2><p>If your doorbell camera films your neighbour's garden, you must follow data "
        "protection law.</p>",
        path="/community-safety",
    )
    assert home.signals["cctv_info"] is False


def test_one_town_of_a_two_town_council_names_it(analyse_html: Callable[..., PageAnalysis]) -> None:
    ctx = AuthorityContext("Eastford and Millbury Borough Council", "https://www.anytown.gov.uk/", None, "England")
    body = (
        "<p>Our town centre team works with traders to keep the centre busy.</p>"
        "<p>Thirty-two high definition cameras cover Eastford town centre.</p>"
    )
    pa = analyse_html("Eastford town centre", body, path="/business/town-centre", context=ctx)
    assert pa.signals["cctv_info"] is True
    assert "cameras" in _crits(pa)
    # a single-place council is not named by a word of another's name
    other = AuthorityContext("Westford Borough Council", "https://www.anytown.gov.uk/", None, "England")
    assert (
        analyse_html("Eastford town centre", body, path="/business/town-centre", context=other).signals["cctv_info"]
        is False
    )


def test_denials_as_real_pages_word_them(analyse_html: Callable[..., PageAnalysis]) -> None:
    for body in (
        "<p>Anytown Borough Council does not run a town centre CCTV system. Some parish councils have put up "
        "their own cameras; ask the parish clerk about them.</p>",
        "<p>Public space CCTV in the county's towns is not provided by the county council. It belongs to the "
        "district councils, and some have passed their cameras to the police.</p>",
        "<p>Since 2024 the public space cameras in Anytown have been owned and run by Anyshire Police. Questions "
        "about them should go to the police.</p>",
        "<p>The town centre cameras are operated and monitored by Anyshire Police, which decides how recordings "
        "are used.</p>",
        "<p>The town centre cameras are monitored by Anyshire Police. Requests for footage from them should go to "
        "Anyshire Police.</p>",
    ):
        pa = analyse_html("Community safety", body, path="/community-safety")
        assert pa.signals["cctv_info"] is False, body
    # the police watching the council's own cameras leaves them the council's
    own = analyse_html(
        "Community safety",
        "<p>Our 24 town centre CCTV cameras are monitored by Anyshire Police from their control room.</p>",
        path="/community-safety",
    )
    assert own.signals["cctv_info"] is True


def test_a_cctv_contact_under_questions_about_our_cameras(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>We control 45 public space cameras across the district.</p><h2>Questions about our cameras</h2>"
        "<p>Contact the community protection team on 01632 960 118 or email protection@anytown.example.gov.uk.</p>",
    )
    assert any(f.type == "cctv_contact" for f in pa.findings)


def test_a_request_sites_letter_and_annotations_are_not_the_councils_answer() -> None:
    head = (
        "Camera incident\n\nKim Lowe made this Freedom of Information request to Anyshire Borough Council\n\n"
        "Anyshire Borough Council did not have the information requested.\n\n"
    )
    letter = read(
        head + "Dear Anyshire Borough Council,\nThe council runs 40 CCTV cameras in the town centre. Please confirm "
        "whether they recorded a fight in the park in June.\n\nYours faithfully,\n\nKim Lowe"
    )
    assert letter.signals["cctv_info"] is False
    annotated = read(
        head + "Dear Anyshire Borough Council,\nPlease tell me whether a fight in the park in June was recorded."
        "\n\nYours faithfully,\n\nKim Lowe\n\nSam Reed left an annotation ()\n\nI worked there for years: the "
        "council runs 40 CCTV cameras and the control room is always busy."
    )
    assert annotated.signals["cctv_info"] is False
    answered = read(
        "Repairs to CCTV\n\nKim Lowe made this Freedom of Information request to Anyshire Borough Council\n\n"
        "Dear Anyshire Borough Council,\nWho repairs your CCTV cameras?\n\nYours faithfully,\n\nKim Lowe\n\n"
        "Dear Ms Lowe\n\nThank you for your request. Repairs to the authority's CCTV cameras are carried out under a "
        "contract with a security firm, and any faults are passed to the Council Control Room.\n\nKind regards"
    )
    assert answered.signals["cctv_info"] is True


def test_a_force_operating_its_own_cameras_is_the_polices_page() -> None:
    pa = read(
        "CCTV\n\nAnyshire Police operate closed circuit television (CCTV) systems in a number of ways across the "
        "Anyshire Police area, including fixed cameras and cameras in vehicles.\nThe camera systems are run in line "
        "with the Information Commissioner's guidance. They are used for public safety and the prevention of crime "
        "and disorder."
    )
    assert pa.signals["cctv_info"] is False
    # a council saying the police operate its cameras on its behalf is its own
    own = read(
        "CCTV\n\nAnyshire Police operate our town centre CCTV cameras on the council's behalf from the police "
        "control room, 24 hours a day."
    )
    assert own.signals["cctv_info"] is True

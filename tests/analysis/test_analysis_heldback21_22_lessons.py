"""Patterns the twenty-first and twenty-second held-back webs and real-text round 13 showed (measured once,
frozen, late in session 11; learnt from after).

A town council that pays towards the cameras, a pointer to a partnership's own website, districts named
"borough and district councils", a charity introduced as running its own library cameras; security cameras
at "Shire Hall and our other office buildings" in a privacy notice; a certificate of agreement whose
heading runs into the code's title line; a mailto link's own words under "Contact"; the postal address under
"Where to send forms"; a search result titled for community safety CCTV and traffic enforcement at once. From
round 13: "call us on" is a council's phrase too, and more of the press's furniture. The passages are written
for this test (invented places and people).
"""

from __future__ import annotations

from collections.abc import Callable

from read_excerpt import read

from analysis.context import AuthorityContext
from analysis.links import Link, assess_link, decoy_result
from analysis.page import PageAnalysis, analyse
from analysis.text import extract
from fixtures.heldback.kit import pdf_bytes


def test_someone_elses_cameras_as_district_and_county_pages_word_them(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    for body in (
        "<p>We work with the police and the town councils on safety plans. Northam Town Council pays towards the "
        "town centre cameras and decides with the police where they point.</p>",
        "<p>Safer Anyshire is the partnership of Anytown Borough Council, the police and others. Find out about "
        "CCTV, neighbourhood watch and hate crime on the Safer Anyshire website.</p>",
        "<p>Town centre CCTV in the county is provided by the borough and district councils, working with the "
        "police. Contact your local council about a camera in your town.</p>",
        "<p>Anytown Libraries, an independent charity, operates CCTV cameras and body worn cameras in some "
        "libraries. Its own privacy notice explains how it uses the recordings.</p>",
    ):
        assert analyse_html("Community safety", body, path="/community-safety").signals["cctv_info"] is False, body
    own = analyse_html(
        "Community safety",
        "<p>Our town centre CCTV cameras are watched from our control room. Find out more about CCTV on our "
        "cameras page.</p>",
        path="/community-safety",
    )
    assert own.signals["cctv_info"] is True
    # the district's own CCTV page, where a town council pays a share, stays the district's (held-back web 8's
    # North Devon)
    shared = analyse_html(
        "CCTV in Anytown and Westcombe",
        "<p>We provide CCTV to deter and detect crime in our two largest towns.</p><p>Anytown Borough Council owns "
        "the cameras and the recordings, and our own staff watch them at busy times.</p><p>We keep recordings for 31 "
        "days.</p><p>Westcombe Town Council pays towards the running costs of the Westcombe cameras.</p>",
        path="/community/cctv-anytown-and-westcombe",
    )
    assert shared.signals["cctv_info"] is True
    assert shared.criteria["retention"] and shared.criteria["operator"]


def test_security_cameras_at_the_councils_office_buildings_in_its_privacy_notice(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "How long do we keep your personal data?",
        "<p>We keep information only as long as our retention schedule says.</p><p>Recordings from the security "
        "cameras at Shire Hall and our other office buildings are deleted after 30 days.</p>",
        path="/data-protection/privacy-notices/general-privacy-statement/how-long-do-we-keep-your-data",
    )
    assert pa.signals["cctv_info"] is True
    assert pa.criteria["retention"] is True


def test_a_certificate_of_agreement_run_into_the_title_line(ctx: AuthorityContext) -> None:
    """A PDF's title, its heading and its first paragraph reach the reader as one line."""
    pdf = pdf_bytes(
        "Anytown community safety CCTV system: code of practice",
        [
            "# Certificate of agreement",
            "This code and its procedural manual are approved for the Anytown community safety CCTV system and will "
            "be followed by everybody who manages or operates it.",
            "Signed: Director of Communities, for Anytown Borough Council, 2 September 2024.",
            "Signed: Chief Superintendent, for Devon and Cornwall Police, 12 September 2024.",
            "# 1.1 Objectives of the system",
            "To reduce crime and the fear of crime.",
        ],
        "Anytown Borough Council",
    )
    doc = extract(pdf, "https://www.anytown.gov.uk/downloads/file/310/cctv_code_of_practice", "application/pdf")
    assert analyse(doc, ctx).signals["sla"] is True


def test_contact_routes_under_contact_and_where_to_send_forms(analyse_html: Callable[..., PageAnalysis]) -> None:
    mailto = analyse_html(
        "CCTV",
        "<p>Our public space CCTV operators are on duty day and night.</p><h2>Contact</h2>"
        '<p><a href="mailto:cctvenquiries@anytown.example.gov.uk">Email the CCTV enquiries team</a></p>',
    )
    assert any(f.type == "cctv_contact" for f in mailto.findings)
    postal = analyse_html(
        "CCTV",
        "<p>We run 120 CCTV cameras in the town centre.</p><h2>Where to send forms</h2>"
        "<p>CCTV Commissioning Officer, Anytown CCTV, Mill Lane, Anytown AN4 0LE.</p>",
    )
    assert any(f.type == "cctv_contact" for f in postal.findings)


def test_a_result_titled_for_public_space_cctv_and_enforcement_is_opened() -> None:
    both = assess_link(
        Link(
            "https://www.anytown.gov.uk/parking-permits/cctv-traffic-enforcement-cameras",
            "CCTV for community safety and traffic enforcement",
            "",
        )
    )
    assert decoy_result(both, "CCTV for community safety and traffic enforcement") is False
    parking = assess_link(
        Link("https://www.anytown.gov.uk/parking-permits/enforcement", "Parking enforcement and cameras", "")
    )
    assert decoy_result(parking, "Parking enforcement and cameras") is True


def test_call_us_on_is_a_councils_phrase_too() -> None:
    pa = read(
        "CCTV requests\n\nWe use CCTV, among other things, against crime in Anytown. The council's CCTV control room "
        "monitors cameras around the town, 24 hours a day.\n\nTo complain about the system, call us on 01632 960 300."
    )
    assert pa.signals["cctv_info"] is True
    # an installer's "call us today" is still a seller's page
    seller = read(
        "CCTV installation in Anytown\n\nThe council's new CCTV control room went live this month. Our engineers "
        "fitted the cameras. Call us today for a free site survey."
    )
    assert seller.signals["cctv_info"] is False


def test_more_of_the_press_furniture() -> None:
    for text in (
        "Eyes on the city\n\nBy The Courier  |  Posted: March 3, 2013\n\nThe council's 60 CCTV cameras are watched "
        "around the clock from its control room, and operators spot trouble before it starts.",
        # (a weaker mark, counted with another: the party's spokesperson and the desk's "sparking fears")
        "Failures in council CCTV\n\nLib Dem community safety spokesperson Cllr Jo Lamb said the council's CCTV "
        "cameras in the high street had still not been fixed, sparking fears for traders. The council's control "
        "room cannot see the market.",
    ):
        assert read(text).signals["cctv_info"] is False, text

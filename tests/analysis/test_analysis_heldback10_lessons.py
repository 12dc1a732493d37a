"""Patterns the tenth held-back web showed (measured once, frozen, in session 8; learnt from after).

The passages are written for this test (the fixtures' invented Anytown, and other invented names); each
rule has a passage beside it that must still be read as before.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis
from analysis.text import extract

# --- a contact panel in an <aside> inside the page's content (Gloucester)


def test_a_contact_aside_inside_the_cctv_page_names_the_spoc(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV",
        '<aside class="side-panel"><h2>Who to contact</h2><p>The Safer Streets Manager is the council\'s single '
        "point of contact for surveillance cameras.</p><p>Phone 01234 000 555</p></aside>"
        "<p>The council owns and runs 60 cameras in the town centre, watched from the council's control room.</p>"
        "<p>Recordings are kept for 31 days.</p>",
    )
    assert pa.signals["spoc"] is True
    assert pa.spoc and pa.spoc.get("phone")


def test_the_page_keeps_a_contact_aside_and_drops_a_related_links_aside(html_page: Callable[..., bytes]) -> None:
    # the fixture page already ends its content with a "Related pages" aside of links
    body = html_page(
        "CCTV",
        '<aside class="side-panel"><h2>Who to contact</h2><p>Email cctv@anytown.example.gov.uk</p></aside>'
        "<p>The council owns and runs 60 cameras in the town centre.</p>",
    )
    text = extract(body, "https://www.anytown.gov.uk/cctv", "text/html; charset=utf-8").text or ""
    assert "Who to contact" in text and "cctv@anytown.example.gov.uk" in text
    assert "Related pages" not in text and "Parking enforcement cameras" not in text


# --- the council's cameras watched from a control room, never called CCTV (Preston)


def test_our_cameras_monitored_by_a_control_room_is_the_councils_information(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Keeping the town centre safe",
        "<p>Street pastors and taxi marshals help on Friday and Saturday nights.</p>"
        "<p>Our cameras are monitored on our behalf by a neighbouring borough council's control room.</p>",
        path="/town-centre/keeping-safe",
    )
    assert pa.signals["cctv_info"] is True


def test_cameras_without_a_control_room_are_not_cctv_information(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Keeping the town centre safe",
        "<p>Street pastors and taxi marshals help on Friday and Saturday nights.</p>"
        "<p>Our cameras on the bridge show the river level to anglers.</p>",
        path="/town-centre/keeping-safe",
    )
    assert pa.signals["cctv_info"] is False


# --- a city council that is a parish (Lichfield)


def test_cameras_run_by_a_parish_level_city_council_are_not_the_district_councils(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "City centre cameras",
        "<p>The cameras in the city centre are owned and run by Anyford City Council, the parish-level council for "
        "the city, not by this council. Questions about them go to the city council's clerk.</p>",
        path="/community/city-centre-cameras",
    )
    assert pa.decoy is not None
    assert pa.signals["cctv_info"] is False


# --- a partnership's "Library" of plans and agreements (Newham)


def test_a_partnerships_library_is_a_place_evidence_lives_but_the_public_libraries_are_not() -> None:
    from analysis.links import assess_link
    from analysis.text import Link

    library = assess_link(Link("https://www.anytown.gov.uk/safer-anytown/library", "Library", ""))
    menu = assess_link(Link("https://www.anytown.gov.uk/safer-anytown/whos-who", "Who's who", ""))
    public = assess_link(Link("https://www.anytown.gov.uk/libraries", "Libraries", ""))
    services = assess_link(Link("https://www.anytown.gov.uk/leisure/library-services", "Library services", ""))
    assert library.score > menu.score
    assert public.score < 0.2 and services.score < 0.3

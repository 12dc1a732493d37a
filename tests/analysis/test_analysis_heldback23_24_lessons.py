"""Patterns the twenty-third and twenty-fourth held-back webs showed (measured once, frozen, at the end of
session 11; learnt from after), and one the whole simulated web showed again.

Public space cameras stated on the council's own community safety page without its name ("Cameras in the
centres of [three of its towns] are monitored by [the force]", "More than 200 cameras look over public spaces
… across the city"); the town councils' own camera schemes and the district's grants towards them; a SPOC
named in one line whose team's number is in the page's contact panel; and an installer's article carried in
the council's news ("supplied by …", "…, says the company"). The passages are written for this test (invented
places and people).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis


def test_public_space_cameras_stated_on_the_councils_own_page(analyse_html: Callable[..., PageAnalysis]) -> None:
    for body in (
        "<p>We work with the police and the town councils through the community safety partnership.</p>"
        "<p>Cameras in the centres of Northam, Southam and Westcombe are monitored by Anyshire Police.</p>",
        "<p>The council, the police and local businesses work together on the town's safety plan.</p>"
        "<p>More than 150 cameras look over public spaces, shopping streets and car parks across the town.</p>",
    ):
        pa = analyse_html("Community safety", body, path="/community-safety")
        assert pa.signals["cctv_info"] is True, body
        # pasted text with no council behind it could be anybody's cameras
        assert (
            analyse_html("Community safety", body, path="/community-safety", context=None).signals["cctv_info"] is False
        ), body


def test_town_councils_schemes_and_the_districts_grants(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Community safety grants",
        "<p>Town and parish councils can apply for up to £4,000 towards projects such as lighting or town centre "
        "cameras. Northam and Southam town councils have used past grants to extend their camera schemes, which "
        "volunteers run.</p>",
        path="/community-safety/community-safety-grants",
    )
    assert pa.signals["cctv_info"] is False
    theirs = analyse_html(
        "Community safety grants",
        "<p>Northam and Southam town councils have used past grants to add town centre cameras to their camera "
        "schemes, which volunteers run.</p>",
        path="/community-safety/community-safety-grants",
    )
    assert theirs.signals["cctv_info"] is False


def test_a_spoc_whose_teams_number_is_in_the_contact_panel(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV privacy notice",
        "<p>Our CCTV cameras in the town centres are watched from the shared monitoring centre.</p><h2>Contact</h2>"
        "<p>The CCTV and Careline Manager is the single point of contact for surveillance cameras at the council."
        '</p><div class="contact-panel"><h2>Contact us</h2><p><strong>CCTV and Careline</strong></p>'
        "<p>Telephone 01632 960 604</p></div>",
        path="/privacy-notices/cctv",
    )
    (spoc,) = [f for f in pa.findings if f.type == "spoc"]
    assert spoc.data["contact_route"] is True and spoc.data["phone"] == "01632 960 604"


def test_an_installers_article_in_the_councils_news_claims_nothing(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Partner news: Brightline Systems completes town centre upgrade",
        "<p>The following article was supplied by Brightline Systems, who installed the new town centre cameras.</p>"
        "<p>Brightline Systems is delighted that Anytown Borough Council has been awarded full certification against "
        "the Surveillance Camera Code of Practice, says the company.</p>",
        path="/news/partner-news-brightline-systems-completes-town-centre-upgrade",
    )
    assert pa.signals["certification"] is False
    assert not [f for f in pa.findings if f.type == "certification"]


def test_a_parking_camera_car_is_parking_enforcement(analyse_html: Callable[..., PageAnalysis]) -> None:
    """Real-text round 14 (its one lesson taken): a council newsroom's page on its camera car names no PCN."""
    pa = analyse_html(
        "Camera car still on patrol",
        "<p>Our camera car has not been taken off the road. It spends most of its time checking for dangerous "
        "parking outside schools and at bus stops, and new rules on 'no loading' bays will not change that.</p>",
        path="/news/camera-car-still-on-patrol",
    )
    assert pa.signals["cctv_info"] is False
    # the CCTV page that also mentions the car keeps its own cameras
    own = analyse_html(
        "CCTV",
        "<p>Our CCTV control room watches 80 town centre cameras around the clock.</p><p>The parking team's camera "
        "car is run separately.</p>",
    )
    assert own.signals["cctv_info"] is True

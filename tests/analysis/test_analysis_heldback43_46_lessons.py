"""Patterns the forty-third, forty-fifth and forty-sixth held-back webs showed (first looked at with the detectors
frozen at a162ece; web 44 was measured and kept unlooked). The passages are written for this test (invented
places, companies and people), modelled on the shapes those webs' writers found on real council sites.

- a council's own company running its cameras "for the council": a contractor, not another body's system;
- one-fact statements: recordings from the cameras at a named building in a general privacy notice; a market
  place "covered by cameras 24 hours a day" in a traders' questions; new cameras that "now cover" the market
  places of named towns;
- look-alikes: a county's note on agreements with the police written for the districts and town councils, a
  guide for parish councils on setting up a camera scheme, a county pointing to the districts that run the
  cameras, a link to national guidance on agreements;
- a control centre's telephone line, given under the service's page, is the cameras' contact.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_a_company_running_the_councils_cameras_for_it_is_a_contractor(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    page = analyse_html(
        "Town centre camera service",
        "<p>Our cameras help to keep the high streets safe in the evenings.</p>"
        "<p>Anytown Property Services Ltd runs and maintains the cameras for the council, and its control room watches"
        " Westby market 24 hours a day.</p><p>Recordings are kept for 28 days and then overwritten.</p>",
        path="/community-safety/town-centre-camera-service",
    )
    assert page.decoy is None and page.signals["cctv_info"] is True
    assert {"operator", "retention"} <= _crit(page)
    housing = analyse_html(
        "Cameras on our estates",
        "<p>Westfield Homes operates cameras in the entrances of its tower blocks to protect tenants.</p>"
        "<p>Westfield Homes is the data controller for these recordings; ask the association for a copy.</p>",
        path="/housing/estate-cameras",
    )
    assert housing.signals["cctv_info"] is False


def test_one_fact_statements_in_a_privacy_notice_a_market_faq_and_a_town_centre_page(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    notice = analyse_html(
        "Privacy",
        "<p>How we collect and use personal information.</p><h2>Cameras at our buildings</h2>"
        "<p>Recordings from the cameras at the Guildhall, the museum and the depot are kept for 21 days and then"
        " deleted.</p>",
        path="/privacy",
    )
    assert notice.signals["cctv_info"] is True and "retention" in _crit(notice)
    market = analyse_html(
        "Market stallholders: common questions",
        "<h2>What time can I set up?</h2><p>From 6am on market days.</p>"
        "<h2>Is the square safe after dark?</h2><p>Westby market square is covered by cameras 24 hours a day.</p>",
        path="/business/markets/stallholder-questions",
    )
    assert market.signals["cctv_info"] is True and "cameras" in _crit(market)
    towns = analyse_html(
        "Safer high streets",
        "<p>We work with the police and traders to keep our towns welcoming.</p>"
        "<p>New dome cameras with a stronger zoom now cover the market places in Westby, Northam and Eastford.</p>",
        path="/community/safer-high-streets",
    )
    assert towns.signals["cctv_info"] is True
    lane = analyse_html(
        "Bus lanes",
        "<p>Bus lane Westby Road is covered by cameras 24 hours a day and drivers who use it get a penalty charge"
        " notice.</p>",
        path="/parking/bus-lanes",
    )
    assert lane.signals["cctv_info"] is False


def test_a_countys_guidance_on_agreements_and_a_guide_for_parish_schemes_are_not_its_own(
    analyse_html: Callable[..., PageAnalysis], analyse_text: Callable[..., PageAnalysis]
) -> None:
    note = analyse_html(
        "Guidance: sharing camera recordings with the police",
        "<p>This note, written for the borough and parish councils in the county, lists what a written agreement with"
        " the police about CCTV footage should cover: who may ask, how fast, and how each copy is logged.</p>"
        "<p>It is guidance only. Each scheme makes its own agreement with the constabulary.</p>",
        path="/community-safety/camera-sharing-guidance",
    )
    assert note.decoy is not None and note.signals["cctv_info"] is False and note.signals["sla"] is False
    guide = analyse_text(
        "Guide for town councils: running a camera scheme\n"
        "A town council that puts up cameras is the data controller and must follow the Surveillance Camera Code of"
        " Practice.\nBefore asking the police to use your footage, agree a short information sharing agreement with"
        " Anyshire Police.\n",
        path="/files/town-camera-schemes-guide.pdf",
    )
    assert guide.decoy is not None and guide.signals["sla"] is False and not guide.sla


def test_a_county_that_points_to_the_districts_cameras_publishes_none_of_its_own(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pointer = analyse_html(
        "Community safety partnership",
        "<p>The county's district councils run the town centre cameras in their areas; contact your district council"
        " about them.</p><p>The partnership funds youth work and domestic abuse support.</p>",
        path="/community/community-safety-partnership",
    )
    assert pointer.signals["cctv_info"] is False
    matter = analyse_html(
        "Street cameras",
        "<p>The county council does not own or run town centre CCTV. Public space cameras are a matter for the borough"
        " and district councils, so please get in touch with them.</p>",
        path="/community-safety/street-cameras",
    )
    assert matter.signals["cctv_info"] is False


def test_a_link_to_national_guidance_on_agreements_is_no_agreement_and_a_control_centre_line_is_a_contact(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    page = analyse_html(
        "Public space CCTV",
        "<p>Our 60 street cameras are monitored from the control centre at the Civic Offices.</p>"
        '<ul><li><a href="/community-safety/agreements-guidance">National guidance on agreements with the police</a>'
        "</li></ul><p>Control centre: 01632 000 418.</p>",
        path="/community-safety/public-space-cctv",
    )
    assert page.signals["cctv_info"] is True
    assert page.signals["sla"] is False and not any(f.type == "sla_mention" for f in page.findings)
    assert [f.quote for f in page.findings if f.type == "cctv_contact"] == ["Control centre: 01632 000 418."]


def test_an_foi_answer_titled_by_the_acts_name_is_an_answer_not_information(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    """Held-back web 29's Thanet files its answers as "FOI: [subject]" pages holding one "Answer:" line: read once the
    search probe reached it, its count of cameras was taken for the council's own information (5.1 met on a partial)."""
    answer = analyse_html(
        "FOI: public space cameras",
        "<p>Answer: the council ran 212 cameras in March 2023, up from 150 in 2020.</p>",
        path="/foi/public-space-cameras-2023",
    )
    assert answer.decoy is not None and answer.signals["cctv_info"] is False
    assert any(f.type == "foi_response" for f in answer.findings)

"""Patterns webs 87-90 and real-text round 15 showed (written blind in session 18, measured once at f98361f, then
looked into), and what the whole-web run after webs 81-84's lessons showed. The passages are written for this test
(invented places, forces, companies and people).

- a transfer to the police ("have been the responsibility of [the force]"; "The council no longer runs a CCTV
  service"), what "used to be" so, the district and borough councils' own cameras on a county page, a region's
  guidance in a list of partner documents, a petition, listed building consent: not the council's CCTV information;
- "Getting in touch" over a manager's mailbox, "If you have a question about the shared service, call …", "Questions
  about a request: [service], PO Box …, telephone …": contacts for the cameras;
- a neighbour's control room "holds full certification" in the council's news: not the council's certificate;
- a "Cookies and privacy notices" section is where service privacy notices are filed, no dead end;
- round 15: "does not have a formal written agreement"; a certificate "held until the national scheme closed"; a
  central case study on a council that "completed both steps"; reported speech of a certification body; an MP's page;
  the Information Commissioner's decision notice; centre management, an airport, an ambulance service, a Welsh
  university and a parochial church council's cameras; Welsh taxi guidance; a disclosure log's counted answer; "the
  borough council's 52 street cameras".
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.links import assess_link
from analysis.page import PageAnalysis
from analysis.text import Link


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_cameras_handed_to_the_police_and_what_used_to_be(analyse_html: Callable[..., PageAnalysis]) -> None:
    handed = analyse_html(
        "CCTV in Anytown",
        "<p>Since 1 April 2024 the public space cameras in Anytown have been the responsibility of Devon & Cornwall"
        " Police, who watch them from their control room in Exeter.</p><p>The council no longer runs a CCTV service."
        " Questions about cameras or recordings should go to Devon & Cornwall Police on 101.</p>",
    )
    assert handed.signals["cctv_info"] is False
    careline = analyse_html(
        "Careline",
        "<p>Alarm calls used to be answered by the staff in the council's CCTV control room. A specialist provider now"
        " answers them around the clock.</p>",
        path="/adult-social-care/careline",
    )
    assert careline.signals["cctv_info"] is False


def test_others_cameras_guidance_petitions_and_consents(analyse_html: Callable[..., PageAnalysis]) -> None:
    county = analyse_html(
        "Community safety partnerships",
        "<p>District and borough councils work with Devon & Cornwall Police on their town centre cameras.</p>",
        path="/roads-and-travel/community-safety-partnerships",
    )
    assert county.signals["cctv_info"] is False
    listed = analyse_html(
        "Anytown community safety partnership",
        "<p>The partnership brings together the council, the police and the fire service.</p>"
        "<p>Partner documents: Devon guidance on public space camera agreements (PDF)</p>",
        path="/community/community-safety-partnership",
    )
    assert listed.signals["cctv_info"] is False
    petition = analyse_html(
        "Petitions",
        "<p>Closed petition: bring back live monitoring of the town's CCTV. The petition asked the council to staff the"
        " control room at night. It did not reach the threshold for a debate at full Council.</p>",
        path="/council-and-democracy/petitions",
    )
    assert petition.signals["cctv_info"] is False
    consent = analyse_html(
        "Listed building consent: St Peter's Church",
        "<p>Listed building consent granted for four CCTV cameras on the tower, subject to the condition that the"
        " cables follow the mortar joints.</p>",
        path="/planning/decisions/25-0142-lbc-st-peters-cameras",
    )
    assert consent.signals["cctv_info"] is False


def test_a_councils_answer_to_a_petition_is_still_its_own(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Petition: 'A camera for Mill Park' (214 signatures). Council response: fixed cameras are added to Anytown"
        " Borough Council's network only where police figures show a lasting problem. We will put one of our two"
        " redeployable cameras in the park for ten weeks from 4 May.\n"
    )
    assert pa.signals["cctv_info"] is True


def test_contact_lines_worded_otherwise(analyse_html: Callable[..., PageAnalysis]) -> None:
    getting = analyse_html(
        "CCTV and our control room",
        "<p>Our control room at the Guildhall is staffed around the clock and watches 80 cameras.</p>"
        "<h2>Getting in touch</h2><p>Control room manager: cctvroom@anytown.example.gov.uk</p>",
    )
    assert getting.spoc is not None and getting.spoc["email"] == "cctvroom@anytown.example.gov.uk"
    question = analyse_html(
        "CCTV",
        "<p>The 60 cameras in the town are owned by the council and watched from a neighbouring council's control"
        " room under a shared service agreement.</p><p>If you have a question about the shared service, call J. Rees,"
        " Head of Neighbourhoods, on 01632 960 557.</p>",
    )
    assert question.spoc is not None and question.spoc["phone"] == "01632 960 557"
    request = analyse_html(
        "CCTV: asking for images of you",
        "<p>If one of our cameras recorded you, apply to Town Watch, which handles every request for images. Footage is"
        " kept for 31 days.</p><p>Questions about a request: Town Watch, PO Box 99, Anytown AN1 1AA, telephone"
        " 01632 960 661.</p>",
    )
    assert request.spoc is not None and request.spoc["phone"] == "01632 960 661"


def test_a_neighbours_certified_room_in_the_councils_news(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Change to Camberton camera monitoring",
        "<p>Northby Borough Council will move monitoring of its Camberton cameras from our control room to Eastby"
        " Borough Council in May. Eastby's control room holds full certification against the Surveillance Camera Code"
        " of Practice, Northby's portfolio holder said.</p>",
        path="/news/camberton-monitoring-change",
    )
    assert pa.decoy == "news item"
    assert pa.certification is None


def test_a_cookies_and_privacy_section_is_no_dead_end() -> None:
    under = assess_link(
        Link(
            url="https://www.anytown.gov.uk/cookies-and-privacy-notices/service-privacy-notices",
            text="Service privacy notices",
            context="",
        ),
        None,
    )
    cookies = assess_link(Link(url="https://www.anytown.gov.uk/cookies", text="Cookies", context=""), None)
    assert under.score >= 0.45 > cookies.score


def test_round_15_agreements_and_certificates(analyse_text: Callable[..., PageAnalysis]) -> None:
    none = analyse_text(
        "Sharing footage with the police. Anytown Borough Council does not have a formal written agreement with the"
        " police about its cameras. Officers complete our disclosure form and the Community Safety Manager decides.\n"
    )
    assert none.signals["sla"] is False
    bullets = analyse_text(
        "Annual report 2024/25 at a glance - Anytown Borough Council. 96 cameras across Anytown and Westby. Full"
        " certification against the Surveillance Camera Code of Practice held until the national scheme closed in"
        " November 2025.\n"
    )
    assert bullets.signals["certification"] is True
    case_study = analyse_text(
        "Case study: Anytown completes certification. Anytown Borough Council has become one of the latest councils to"
        " complete both steps of the Surveillance Camera Commissioner's third party certification scheme for its town"
        " centre cameras. This case study sets out how the council prepared.\n"
    )
    assert case_study.signals["certification"] is True and case_study.signals["cctv_info"] is False
    trade = analyse_text(
        "Borough gains camera code certificate. Anytown Borough Council has been awarded certification against the"
        " Surveillance Camera Code of Practice after an audit of its control room, the certification body said this"
        " week.\n"
    )
    assert trade.signals["certification"] is False and trade.signals["cctv_info"] is False


def test_round_15_other_voices(analyse_text: Callable[..., PageAnalysis]) -> None:
    for text in (
        "New cameras for Anytown. I am delighted that my campaign has secured £40,000 for six new cameras, which the"
        " council will install and watch from its control room. - Jo Smith MP\n",
        "Decision notice - public authority: Anytown Borough Council. The complainant asked for the locations of the"
        " council's public space cameras. The Commissioner's decision is that the exemption is engaged.\n",
        "Privacy notice - Harbour Mall. Centre management operates cameras throughout the malls and the car park."
        " Footage is kept for 30 days.\n",
        "Cameras at the airport. Anytown Airport operates cameras in the terminal and car parks. Recordings are kept"
        " for 31 days.\n",
        "Vehicle cameras. West Country Ambulance Service fits cameras to its emergency vehicles. Recordings overwrite"
        " after 72 hours.\n",
        "Cod ymarfer camerâu'r Brifysgol. Mae Prifysgol Aberteifi yn berchen ar y system camerâu ar ei champws. Y"
        " Brifysgol yw'r rheolydd data.\n",
        "St Anne's Church, Westby. The Parochial Church Council has installed two cameras covering the porch. Images"
        " are kept for 14 days.\n",
        "Canllawiau ar gamerâu mewn tacsis. Dylai awdurdod trwyddedu ystyried a yw camerâu mewn cerbydau hurio preifat"
        " yn gymesur.\n",
    ):
        assert analyse_text(text).signals["cctv_info"] is False, text[:40]


def test_round_15_the_councils_own_words(analyse_text: Callable[..., PageAnalysis]) -> None:
    foi = analyse_text(
        "FOI 2025-0211 - public space cameras (Anytown Borough Council). Request: 1. How many public space cameras does"
        " the council run? 2. When are they watched? Response: 1. 38 cameras in Anytown, Westby and Eastby. 2. Live"
        " on Friday and Saturday nights; recorded at other times.\n"
    )
    assert foi.signals["cctv_info"] is True
    magazine = analyse_text(
        "Eyes on the high street. Every weekend night a small team in the monitoring suite at the Town Hall keeps watch"
        " over the shopping streets through the borough council's 48 street cameras.\n"
    )
    assert magazine.signals["cctv_info"] is True


def test_pages_the_few_results_rule_reached(analyse_html: Callable[..., PageAnalysis]) -> None:
    """Pages no run had read before the few-results rule: a planning application by its reference, another council's
    cameras in the council's news-and-events, a charity's cameras with its own notice; and one-fact pages of the
    council's own parks."""
    application = analyse_html(
        "B/25/0193: camera column, Sheep Market",
        "<p>Full application for a 5 metre column carrying two cameras. Decision: approved.</p>",
        path="/planning-and-building-control/b-25-0193",
    )
    assert application.signals["cctv_info"] is False
    town = analyse_html(
        "New cameras for Westby",
        "<p>Westby Town Council has switched on six new cameras in the Market Square. The cameras are owned and run by"
        " the town council.</p>",
        path="/news-and-events/2025/westby-town-council-cameras",
    )
    assert town.signals["cctv_info"] is False
    libraries = analyse_html(
        "Anyshire Libraries and your information",
        "<p>Anyshire Libraries is an independent charity. Its own notice explains the CCTV used in some branches; ask the"
        " library, not the county council, about those recordings.</p>",
        path="/libraries/anyshire-libraries-privacy",
    )
    assert libraries.signals["cctv_info"] is False
    park = analyse_html(
        "Mill Lane Recreation Ground",
        "<p>A playing field with a pavilion for hire.</p><p>A camera on the pavilion covers the play area and the path"
        " to the car park and records day and night.</p>",
        path="/parks/mill-lane-recreation-ground",
    )
    assert park.signals["cctv_info"] is True
    country_park = analyse_html(
        "Riverside Country Park",
        "<p>Pay on foot at the barrier. Recordings from the cameras in the country park car park are kept for 28 days.</p>",
        path="/leisure/parks/riverside-country-park",
    )
    assert country_park.signals["cctv_info"] is True and "retention" in _crit(country_park)


def test_more_pages_the_few_results_rule_reached(analyse_html: Callable[..., PageAnalysis]) -> None:
    advert = analyse_html(
        "Community safety officer",
        "<p>You will arrange deployments of our redeployable CCTV cameras with the police and keep the log.</p>",
        path="/jobs/community-safety-officer",
    )
    assert advert.decoy == "job advert"
    anpr = analyse_html(
        "Car park number plate cameras",
        "<p>Automatic number plate recognition cameras record when you enter and leave our pay on exit car parks.</p>",
        path="/services/parking/car-park-cameras",
    )
    assert anpr.decoy == "parking or traffic enforcement"
    leisure = analyse_html(
        "Westby leisure centre",
        "<p>Cameras operate in the reception, gym and car park for the safety of members and staff.</p>",
        path="/leisure/westby-leisure-centre",
    )
    assert leisure.signals["cctv_info"] is False


def test_cameras_that_now_cover_a_park(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Westby Park",
        "<p>Gardens, a splash pad and a café.</p><p>Four cameras now cover the park's main paths and the play area, and"
        " the parks team can view them at any time.</p>",
        path="/leisure/parks/westby-park",
    )
    assert pa.signals["cctv_info"] is True and "cameras" in _crit(pa)

"""Reading lessons of held-back webs 314-319 (written blind at session 46 in snapshots of 08bda71, measured once at session
47's first code, 572b569, then opened). The pages are written for this test (invented councils, towns, forces and people),
not taken from the sets; each is read with its council as the context, as the audit reads it.

- A council "is the data controller for the cameras at its own buildings" in its own CCTV privacy notice: its own words, not
  a leisure operator's (web 316's Lancashire).
- "Where we record images on our own premises, recordings are kept for 30 days" in a general privacy notice (web 316's
  Powys); "[two] car parks each have a fixed council camera" on a car park's page (web 314's Bexley).
- A CCTV page counting the town's public space cameras is the council's, a shopping centre's own cameras beside them (web
  316's Redditch).
- "For anything else about public space surveillance, call the Security Manager" is a contact for the cameras (web 317's
  Stockton); "Send your question with this form" gives the SPOC a route (web 319's Merton); "For questions about CCTV, call
  the council's leisure client team" on a leisure centre's page is a mention with a complaints route (web 314's East
  Hampshire).
- "We are agreeing a local service level agreement with [the force]" beside the national framework hosted for reference is
  an agreement spoken of (web 316's St Albans); a traders' scheme's "own agreement" with the force is not the council's (web
  316's Erewash); a multi-agency protocol that "says nothing about surveillance cameras" is no camera information (web 316's
  Rutland); a county saying town centre CCTV "is a district and borough council service" runs none (web 318's Suffolk).
- A business improvement district's page on the council's site saying "The council owns sixteen cameras in [the] town
  centre" keeps that fact the council's (web 319's Epsom and Ewell).
- The council's own page selling its control room's monitoring, "Our control room holds full step 2 certification", is its
  claim for the room (web 319's Fenland).
"""

from __future__ import annotations

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis, analyse
from analysis.text import extract

CTX = AuthorityContext("Westby District Council", "http://www.westby.gov.uk/", "Westmarch", "England")


def _page(path: str, title: str, body: str) -> PageAnalysis:
    html = (
        f"<html><head><title>{title} | Westby District Council</title></head><body>"
        '<header><a href="/">Westby District Council</a></header>'
        f"<main><h1>{title}</h1>{body}</main><footer>Westby District Council</footer></body></html>"
    )
    return analyse(extract(html.encode(), f"http://www.westby.gov.uk{path}", "text/html"), CTX)


def _findings(pa: PageAnalysis, kind: str) -> list:
    return [f for f in pa.findings if f.type == kind]


def test_the_councils_own_cctv_privacy_notice_names_it_controller() -> None:
    pa = _page(
        "/council/privacy-notices/cctv",
        "Closed circuit television (CCTV)",
        "<p>This notice covers the cameras the council runs at its offices, depots and leisure centres.</p>"
        "<h2>Who we are</h2><p>Westby District Council is the data controller for the cameras at its own buildings and sites.</p>"
        "<h2>How long we keep it</h2><p>Recordings are kept for up to 30 days and then overwritten.</p>"
        "<h2>Contact</h2><p>Our single point of contact for surveillance camera systems is the Information Governance "
        "Manager: cameras@westby.example.gov.uk.</p>",
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"] and pa.signals["spoc"]
    assert pa.criteria["retention"]


def test_images_recorded_on_its_premises_are_the_councils_cameras() -> None:
    pa = _page(
        "/privacy",
        "Privacy notice",
        "<p>The council collects personal data to deliver its services.</p>"
        "<p>Where we record images on our own premises, recordings are kept for 28 days and then overwritten.</p>",
    )
    assert pa.signals["cctv_info"]
    assert pa.criteria["retention"]


def test_a_car_parks_fixed_council_camera_is_a_mention() -> None:
    pa = _page(
        "/parking/car-parks/station-road",
        "Station Road car parks",
        "<p>Two car parks beside the station.</p><h2>Keeping your vehicle safe</h2>"
        "<p>Lock your vehicle and take valuables with you.</p>"
        "<p>Mill Lane and Quay Street car parks each have a fixed council camera.</p>",
    )
    assert pa.signals["cctv_info"]


def test_a_penalty_camera_is_no_mention() -> None:
    pa = _page(
        "/parking/penalties",
        "Parking penalties",
        "<p>Each bus gate has a council camera that enforces the restriction; penalty charge notices are posted.</p>",
    )
    assert not _findings(pa, "cctv_info")


def test_the_towns_cameras_counted_beside_a_shopping_centres_own() -> None:
    pa = _page(
        "/community-safety/cctv",
        "CCTV",
        "<p>Westby has 48 public space cameras, 16 of them in the town centre. The Riverside Shopping Centre runs its own "
        "cameras.</p><p>We use the cameras to prevent crime and to support the police. Recordings are stored for 31 days.</p>",
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"]


def test_anything_else_about_public_space_surveillance_is_a_contact() -> None:
    pa = _page(
        "/security-centre",
        "Westby Security Centre",
        "<p>The Security Centre is the control room that watches the public space cameras around the clock.</p>"
        "<p>For anything else about public space surveillance, call the Security and Surveillance Manager on 01632 960 411.</p>",
    )
    assert pa.spoc and pa.spoc.get("phone")
    assert pa.criteria["complaints"]


def test_a_spoc_whose_route_is_the_page_form() -> None:
    pa = _page(
        "/council/information-governance/camera-questions",
        "Questions about council cameras",
        "<p>The Information Governance Manager is the council's single point of contact for surveillance cameras, whichever "
        "service runs them. Send your question with this form and we will reply within ten working days.</p>"
        '<form method="post" action="/camera-questions/send"><label for="q">Your question</label>'
        '<textarea id="q" name="q"></textarea><button>Send</button></form>',
    )
    spoc = _findings(pa, "spoc")
    assert spoc and spoc[0].data["contact_route"]


def test_the_councils_team_for_camera_questions_is_a_mention() -> None:
    pa = _page(
        "/leisure/centres/riverside",
        "Riverside Leisure Centre",
        "<p>Swimming, gym and courts, run for the council by a leisure operator.</p><h2>Contact</h2>"
        "<p>Bookings: call the centre on 01632 960 500.</p>"
        "<p>For questions about CCTV, call the council's leisure client team on 01632 960 512.</p>",
    )
    assert pa.signals["cctv_info"]
    assert pa.criteria["complaints"]
    assert _findings(pa, "cctv_info")


def test_an_agreement_being_agreed_beside_the_framework_hosted_for_reference() -> None:
    pa = _page(
        "/community-safety/cctv/working-with-the-police",
        "Working with Westmarch Police",
        "<p>We are agreeing a local service level agreement with Westmarch Police, based on the national framework "
        "agreement. Until it is finished, police requests follow our code of practice.</p>"
        "<p>The national framework is published for reference. It is a model, not our agreement: "
        '<a href="/media/11/framework-sla.pdf">Framework service level agreement for public space surveillance (PDF)</a>.</p>',
    )
    mentions = _findings(pa, "sla_mention")
    assert mentions and mentions[0].data["planned"]
    assert not pa.signals["sla"]


def test_a_traders_schemes_own_agreement_is_not_the_councils() -> None:
    pa = _page(
        "/business/town-business-crime-scheme",
        "Westby business crime scheme",
        "<p>Shops and pubs in Westby can join the business crime scheme run by local traders. Members sign the scheme's own "
        "agreement with Westmarch Police before they may share images of offenders.</p>",
    )
    assert not _findings(pa, "sla_mention") and not pa.signals["sla"]


def test_a_protocol_that_says_nothing_about_cameras_is_no_camera_information() -> None:
    pa = _page(
        "/community-safety/information-sharing-protocol",
        "Westmarch information sharing protocol",
        "<p>The partners in Westby, Eastford and Northmoor share case information about vulnerable people and offenders "
        "under one protocol. It covers safeguarding and community safety case work; it says nothing about surveillance "
        "cameras or recorded images.</p>"
        '<p><a href="/media/41/westmarch-information-sharing-protocol-2023.pdf">Westmarch multi-agency information sharing '
        "protocol 2023 (PDF)</a></p>",
    )
    assert not pa.signals["cctv_info"]


def test_a_county_sending_readers_to_the_districts_runs_no_cameras() -> None:
    pa = _page(
        "/community-safety",
        "Community safety",
        "<p>Town centre CCTV is a district and borough council service. Ask the district councils about cameras in their "
        "towns.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_the_councils_cameras_named_on_its_bid_page() -> None:
    pa = _page(
        "/business/westby-bid",
        "Go Westby business improvement district",
        "<p>Go Westby is run by the town's businesses and funded by a levy on business rates.</p>"
        "<p>It pays for Street Pastors and seasonal events. The council owns twelve cameras in Westby town centre.</p>",
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"]


def test_a_bid_page_naming_no_council_cameras_stays_the_bids() -> None:
    pa = _page(
        "/business/westby-bid",
        "Go Westby business improvement district",
        "<p>Go Westby is run by the town's businesses and funded by a levy on business rates. The BID pays for Street "
        "Pastors, the BID's radio scheme and the BID's own cameras on Market Street.</p>",
    )
    assert pa.decoy is not None


def test_the_councils_sales_page_for_its_certified_control_room() -> None:
    pa = _page(
        "/business/cctv-monitoring-for-businesses",
        "CCTV monitoring for businesses",
        "<p>Our control room can watch cameras and alarms for shops and housing providers at competitive rates.</p>"
        "<p>Our control room holds full step 2 certification against the Surveillance Camera Code of Practice, awarded in "
        "May 2022.</p><p>Ask for a quote by email.</p>",
    )
    assert pa.decoy
    cert = _findings(pa, "certification")
    assert cert and cert[0].data["strength"] == "weak"


def test_the_link_through_a_consent_wall() -> None:
    from analysis.links_url import past_the_wall
    from analysis.text import Link

    url = "http://www.westby.gov.uk/community-safety/cctv"
    text = (
        "Before you continue\nWe use cookies to make this part of the site work.\nContinue with essential cookies only"
    )
    through = Link(f"{url}?cookies=essential", "Continue with essential cookies only", "")
    other = Link("http://www.westby.gov.uk/cookies", "Read our cookie policy", "")
    assert past_the_wall(url, text, [other, through]) == f"{url}?cookies=essential"
    # an ordinary page with a cookie banner's link elsewhere is no wall; nor is a long page
    assert past_the_wall(url, text, [other]) is None
    assert past_the_wall(url, text + " The council runs 40 cameras." * 40, [through]) is None


def test_an_agenda_items_agreement_paper() -> None:
    from analysis.links import agreement_paper_of_item
    from analysis.text import Link

    paper = Link(
        "http://democracy.westby.gov.uk/documents/s41/Appendix_B.pdf", "Appendix B - Live-View agreement (signed)", ""
    )
    minutes = Link("http://democracy.westby.gov.uk/documents/s42/Minutes.pdf", "Printed minutes", "")
    assert agreement_paper_of_item(paper, "Agenda item - Police Live-View access")
    assert not agreement_paper_of_item(minutes, "Agenda item - Police Live-View access")
    assert not agreement_paper_of_item(paper, "Agenda item - Budget monitoring")

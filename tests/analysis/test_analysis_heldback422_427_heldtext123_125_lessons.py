"""Reading lessons of held-back webs 422-427 and real-text rounds 123-125, opened at session 61 after their frozen runs
(written blind at sessions 59-60 and measured at freeze66 = 91b8225, freeze67 = f8a9879 and this session's first code,
freeze68 = b69de49). Every page and passage is written for this test (invented councils, towns, people and figures); web
pages are read with their council as the context, passages as `inspect` reads a text file.

Webs:
- a town council named only to send the reader to it ("has its own separate system; ask the town council about it") leaves
  the council's own CCTV page the council's (web 422's Pendle);
- the SPOC designated on the council's page selling its room's monitoring to landlords (web 422's Knowsley), and on its news
  and media page for journalists (web 423's Rochdale), is the council's;
- a "data controller agreement" with the force, published as an unsigned draft, and arrangements that "will be set out in an
  agreement" are a planned agreement (web 425's Arun);
- a parking annual report's car park security section is the council's own cameras, not enforcement, and a short list of
  results for "CCTV" giving a service's annual report has it opened (web 424's East Hertfordshire);
- "Plans and performance" is where service plans are filed (web 425's Salford).

Rounds 123-125:
- a place's cameras with how long their recordings are kept, on the council's page about the place (a library, toilets, a
  crematorium, a market hall), and a safer parking page's own car park cameras;
- "taxi marshals" sharing a radio with the council's operators are no taxi licensing; "A Council spokesperson" in the
  council's own news, with "the cameras and operators are the Council's", is its own news; a force that "uses the cameras"
  counted by the council is no owner; an action plan's row "Owner: [force]" is no police document;
- a tracker row "Application for step 2 full certification submitted to SSAIB"; a protocol "governing police requests"
  re-signed by both councils and the force's commander; the Welsh "Cytundeb Partneriaeth" signed by the council and the force;
- no agreement where a cabinet authorises officers "to negotiate an agreement" and "no agreement has yet been reached", nor
  where a memorandum is "agreed in principle" and "expected to be signed"; a commissioner's news of a van bought with "the
  Commissioner's Safer Streets funding" and staffed by the force is the commissioner's.
"""

from __future__ import annotations

from analysis.assess import verdicts
from analysis.context import AuthorityContext
from analysis.search_results import guesses_among_few
from analysis.sections import section_families
from analysis.text import Link
from read_excerpt import read, read_page

CTX = AuthorityContext("Westby Borough Council", "http://www.westby.gov.uk/", "Westmarch", "England")


# ---------------------------------------------------------------- webs 422-427


def test_a_town_council_named_only_to_send_the_reader_there_leaves_the_page_the_councils() -> None:
    pa = read_page(
        "/info/2001/data_protection/17/cctv",
        "CCTV",
        "<p>Pictures from the town centre cameras are recorded and watched at the Marches CCTV hub in Eastby.</p>"
        "<p>Oldbridge Town Council has its own separate system; ask the town council about it.</p>"
        "<p>The Information Commissioner's website explains your rights over camera images.</p>",
        CTX,
    )
    assert not pa.decoy, pa.decoy
    assert pa.signals["cctv_info"]
    assert verdicts([pa], "ok")["5.1"]["status"] == "partial"


def test_the_spoc_named_on_the_page_selling_the_rooms_monitoring_meets_5_3() -> None:
    pa = read_page(
        "/community-safety/cctv/monitoring-for-landlords",
        "CCTV monitoring for landlords",
        "<p>Landlords and businesses can link their cameras to the council's control room under a monitoring contract."
        " Two estates owned by Marchway Homes are watched this way; Marchway stays responsible for its own cameras.</p>"
        "<p>Every system the council owns or watches is overseen by the Safer Westby Manager, who is the council's"
        " designated single point of contact for surveillance cameras.</p><h2>Contact</h2>"
        "<p>Email cameras.spoc@westby.example.gov.uk</p><p>Charges depend on the number of cameras and the hours.</p>",
        CTX,
    )
    assert pa.decoy, "a page selling monitoring stays a decoy"
    assert verdicts([pa], "ok")["5.3"]["status"] == "met", pa.findings


def test_the_spoc_named_on_the_news_and_media_page_for_journalists_meets_5_3() -> None:
    pa = read_page(
        "/council/news-and-media/footage-for-broadcasters",
        "Filming and footage: information for journalists",
        "<p>Programme makers sometimes ask for recordings from our public space cameras.</p><p>We never release footage"
        " for entertainment and we blur anyone who could be identified.</p><p>Each request is decided by the council's"
        " single point of contact for surveillance camera systems, the Head of Legal Services, who can be reached at"
        " camera.spoc@westby.example.gov.uk or on 01632 960 418.</p>",
        CTX,
    )
    assert pa.decoy == "news item", pa.decoy
    assert verdicts([pa], "ok")["5.3"]["status"] == "met", pa.findings


def test_an_unsigned_data_controller_agreement_and_arrangements_to_be_set_out_are_planned() -> None:
    page = read_page(
        "/community-safety/town-cctv",
        "Town CCTV",
        "<p>Since 1 April the council has been the data controller for the 18 town cameras in Westby and Oldbridge;"
        " Westmarch Police still watch the pictures in their control room.</p><p>The arrangements between the council"
        " and Westmarch Police will be set out in an agreement. The draft is published for information.</p>",
        CTX,
    )
    mention = next(f for f in page.findings if f.type == "sla_mention")
    assert mention.data["planned"] and mention.data["force"] == "Westmarch", mention.data
    assert not page.signals["sla"]
    assert verdicts([page], "ok")["5.5"]["status"] == "partial"


def test_a_parking_reports_car_park_security_section_is_the_councils_cameras() -> None:
    pa = read_page(
        "/parking/parking-annual-report-2024-25",
        "Parking annual report 2024/25",
        "<p>Every year we report on how we run parking in Westby and Oldbridge.</p><h2>1. Penalty charge notices</h2>"
        "<p>Notices issued on street 14,220</p><h2>2. Appeals</h2><p>Drivers can appeal to the independent"
        " adjudicator.</p><h2>3. Car park security</h2><p>Cameras at our car parks are watched from the Marches CCTV hub,"
        " a room we share with two neighbouring councils.</p>",
        CTX,
    )
    assert not pa.decoy, pa.decoy
    assert verdicts([pa], "ok")["5.1"]["status"] == "partial"


def test_a_bus_lane_report_stays_an_enforcement_page() -> None:
    pa = read_page(
        "/parking/bus-lane-annual-report",
        "Bus lane enforcement annual report",
        "<p>Cameras at our car parks are watched for safety, and the bus lane cameras on Station Road issued 3,100"
        " penalty charge notices.</p>",
        CTX,
    )
    assert pa.decoy == "parking or traffic enforcement"


def test_a_short_list_for_cctv_giving_a_services_annual_report_has_it_opened() -> None:
    results = [
        Link("http://www.westby.gov.uk/parking/parking-annual-report-2024-25", "Parking annual report 2024/25", ""),
        Link("http://www.westby.gov.uk/news/oldbridge-stays-in-cctv-scheme", "Oldbridge stays in CCTV scheme", ""),
    ]
    opened = [link.url for link in guesses_among_few(results, CTX)]
    assert opened == ["http://www.westby.gov.uk/parking/parking-annual-report-2024-25"]


def test_plans_and_performance_is_where_service_plans_are_filed() -> None:
    assert "service_plan" in section_families(
        "http://www.westby.gov.uk/your-council/performance", "Plans and performance"
    )


# ---------------------------------------------------------------- rounds 123-125


def test_a_places_cameras_with_their_recordings_kept_are_the_councils_information() -> None:
    for text in (
        "Open Library: using the library without staff\n\nMembers can use Oldbridge library from 8am to 8pm.\n\nSafety\n"
        "Cameras record every public area while no staff are on duty. The recordings are held by Westby Borough Council"
        " for 30 days and are looked at only after an incident.",
        "Public toilets\n\nOpen daily 8am to 6pm at the bus station and Mill Lane.\n\nCameras\nAfter repeated damage"
        " the council has fitted cameras outside the Mill Lane block, facing the doors only. Recordings are kept for"
        " 31 days.",
        "Westby Market Hall\n\nOpening times: Monday to Saturday, 9am to 5pm.\n\nSecurity\nThe council put up 18"
        " cameras across the hall and the service yard in 2024. Footage is kept for 28 days and is released only to the"
        " police.",
    ):
        assert read(text).signals["cctv_info"], text


def test_a_places_cameras_with_no_keeping_period_say_nothing() -> None:
    pa = read(
        "Allotment rules\n\nPlot holders may fit a camera to their own shed if it points only at their plot. Tell the"
        " site secretary before you do."
    )
    assert not pa.signals["cctv_info"]


def test_a_safer_parking_pages_own_car_park_cameras_are_the_councils_information() -> None:
    pa = read(
        "Safer parking in Westby\n\nSafer parking award\nNine of our car parks hold the Safer Parking award.\n\nCameras\n"
        "Our multi-storey car parks have cameras on every floor and at the pay machines, recorded at all times. Images"
        " are kept for 30 days and passed to the police when a crime is reported."
    )
    assert pa.decoy is None, pa.decoy
    assert pa.signals["cctv_info"]


def test_taxi_marshals_on_the_operators_radio_are_no_taxi_licensing() -> None:
    pa = read(
        "Communities Scrutiny Committee\n\nCity Centre Evening Economy - Partnership Update\n\nThe licensing manager presented the report with officers of"
        " Westmarch Police and the BID.\n\nThe Council's CCTV service, which monitors 210 city centre"
        " cameras from the Guildhall control room, helped police with 1,400 incidents at night, and operators now share a"
        " radio channel with taxi marshals and street pastors.\n\nMembers asked for the number of vulnerable people helped"
        " home.\n\nRESOLVED: That the report be noted."
    )
    assert pa.signals["cctv_info"], pa.findings


def test_the_councils_own_news_with_its_spokesperson_and_its_cameras_is_its_own() -> None:
    pa = read(
        "News from Westby Borough Council\n\nShop radio scheme linked to Council CCTV\n\nTraders in Westby are invited"
        " to join the town's shop radio scheme, which links them to Westby Borough Council's CCTV operators.\n\nThe"
        " Council's control room watches 48 cameras in the town centre day and night.\n\nThe radio scheme itself is"
        " run by Westby BID, which pays the licence; the cameras and operators are the Council's.\n\nA Council"
        ' spokesperson said: "Operators who can hear the shops are far quicker to find a shoplifter."'
    )
    assert pa.decoy == "news item", pa.decoy
    assert pa.signals["cctv_info"]


def test_a_newspapers_council_spokesperson_is_still_a_press_report() -> None:
    pa = read(
        "Town cameras to be switched off at night\n\nCameras in Westby will no longer be watched overnight, the"
        " Westby Gazette has learned. A council spokesperson said the change would save £40,000 a year."
    )
    assert pa.decoy in ("press report", "third-party report or guidance"), pa.decoy


def test_a_force_that_uses_the_cameras_the_council_counts_is_no_owner() -> None:
    pa = read(
        "Westmarch Community Safety Partnership - Westby Annual Report 2024/25\n\nSection 4: CCTV\n\nWestby Borough"
        " Council runs 140 public space cameras from its Guildhall control room. Cumbria Constabulary uses the cameras every"
        " day; operators spotted 1,904 incidents this year.\n\nIn September the room kept its full certificate of"
        " compliance against the Surveillance Camera Code after its annual surveillance audit."
    )
    assert pa.decoy is None, pa.decoy
    assert pa.signals["cctv_info"] and pa.signals["certification"]


def test_an_action_plans_row_owner_is_no_police_document_and_its_application_is_progress() -> None:
    pa = read(
        "Westby Community Safety Partnership\nAction Plan 2025/26 - Quarter 1 update\n\n1.1 Keep the Council's town"
        " centre CCTV (40 cameras) and review the sites each year\nOwner: WBC Community Safety | RAG: Green\n\n1.2 Gain"
        " independent certification of the CCTV system against the Surveillance Camera Code\nOwner: WBC Community"
        " Safety | RAG: Green | Application for step 2 full certification submitted to SSAIB on 3 May.\n\n1.3 Joint"
        " night patrols\nOwner: Westmarch Police | RAG: Amber"
    )
    assert pa.decoy is None, pa.decoy
    assert pa.signals["cctv_info"] and pa.signals["certification"]


def test_a_protocol_governing_police_requests_re_signed_by_both_is_an_agreement() -> None:
    pa = read(
        "Westby and Eastby Joint CCTV Committee - Minutes\n\n4. Annual report\n\nThe CCTV Manager presented the annual"
        " report for the shared control room, which watches 160 cameras for both Councils. He reported that the protocol"
        " governing police requests for live viewing and footage had been re-signed in April by both chief executives"
        " and by the Westmarch Police district commander.\n\nRESOLVED: That the report be noted."
    )
    assert pa.signals["sla"], pa.findings


def test_the_welsh_partnership_agreement_signed_with_the_force_is_an_agreement() -> None:
    pa = read(
        "Partneriaeth Teledu Cylch Cyfyng Sir Westby\n\nMae Cyngor Sir Westby yn berchen ar 40 camera yn y trefi.\n\n"
        "Cytundeb y Bartneriaeth\nLlofnodwyd Cytundeb Partneriaeth gan y Cyngor, Heddlu Dyfed-Powys a'r cynghorau tref"
        " yn 2024. Mae'n nodi sut mae'r heddlu'n cael gweld lluniau byw a recordiedig."
    )
    assert pa.signals["sla"], pa.findings


def test_officers_authorised_to_negotiate_an_agreement_have_none() -> None:
    pa = read(
        "Cabinet report - future of public space CCTV\n\nRecommendations\nThat Cabinet authorises the Head of"
        " Communities to negotiate an agreement with Westmarch Police for joining the county CCTV partnership.\n\n"
        "Background\nThe Council owns 26 public space cameras, watched from a control room at a police station. No"
        " agreement has yet been reached on the funding formula."
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["sla"], pa.findings


def test_a_memorandum_agreed_in_principle_and_expected_to_be_signed_is_none() -> None:
    pa = read(
        "News\n\nCouncil and police draw up camera arrangements\n\nWestby Borough Council and Westmarch Police have"
        " agreed in principle a memorandum of understanding for the Council's 30 town cameras. Lawyers on both sides are"
        " finishing the wording, and the memorandum is expected to be signed in the spring."
    )
    assert not pa.signals["sla"], pa.findings


def test_a_commissioners_news_of_a_van_its_funding_bought_is_the_commissioners() -> None:
    pa = read(
        "News\n\nCamera van heads to the seafront\n\nA camera van bought with the Commissioner's Safer Streets funding"
        " is moving to the seafront after helping officers in Westby. The van is staffed by Westmarch Police officers and"
        ' the pictures are watched live from the force control room.\n\nThe Commissioner said: "This is what residents'
        ' asked for."'
    )
    assert not pa.signals["cctv_info"] and not pa.signals["sla"], pa.signals


def test_a_councillors_blog_signed_with_party_and_ward_is_the_members_page() -> None:
    pa = read(
        "Cameras nobody checked\n\nAn internal audit report to next week's Governance Committee says the council has"
        " never completed a data protection impact assessment for its 90 town cameras, and that no one reviews who"
        " downloads footage.\n\nI will be asking the Portfolio Holder what has changed since March.\n\n"
        "Cllr Jo Penrose, Independent, Castle ward"
    )
    assert pa.decoy == "an elected member's own page", pa.decoy
    assert not pa.signals["cctv_info"]


def test_a_welsh_town_councils_policy_for_cameras_it_owns_is_the_town_councils() -> None:
    pa = read(
        "Polisi Teledu Cylch Cyfyng\n\nCyflwyniad\nDim ond ar dir sy'n eiddo i Gyngor Tref Aberwest y bydd camerâu'n"
        " cael eu gosod.\n\nCyfrifoldebau\nClerc y Cyngor Tref yw rheolwr y system a'r pwynt cyswllt ar gyfer pob cais"
        " am luniau: clerc@example.org.uk.\n\nCaiff lluniau eu cadw am 14 diwrnod."
    )
    assert pa.decoy == "parish or town council", pa.decoy
    assert not pa.signals["cctv_info"]

"""Reading lessons of held-back webs 356-361 and real-text rounds 101-102 (webs and round 102 written blind late in session 50
by helpers in snapshots of 3b32dbf, round 101 at session 50's start; all measured once at freeze53 = a981170, then opened).
The pages and passages are written for this test (invented councils, towns, bodies and people); web pages are read with
their council as the context, passages as ``cctv-audit inspect`` reads a text file.

Webs:
- A neighbouring council's CCTV privacy notice hosted by shared services, titled with a name that has a lower-case joining
  word ("[Forest] of [Dean] District Council: CCTV privacy notice", web 356's Cotswold).
- One fact on a council gallery's page: signs tell visitors "the council records CCTV inside the gallery" (web 356's
  Hyndburn).
- A county's own-sites statement opening "We do not run town centre CCTV. We do use cameras at our own sites" (web 356's
  Gloucestershire).
- The council's room that "also watches" a neighbouring council's cameras (webs 357's Wrexham and 359's Torfaen).
- A development's conditions filed under planning, "A CCTV scheme must be approved" (web 358's East Hertfordshire).
- "[The force] publish their CCTV strategy" on a page the council titles for the force (web 358's Elmbridge).
- "Version 3.0 FINAL, agreed February 2024" over a document control table of drafts, in a file named "...-draft-v3-final"
  (web 359's East Suffolk).
- A "Before you contact us" guide whose CCTV footage row gives a mailbox, beside a penalty charge notice row (web 360's
  Chichester).
- A table of services other organisations provide: "[Town] town centre cameras | [Town] Town Council" (web 360's
  Tewkesbury).
- A county's community directory records of the districts' control rooms and a library charity (web 360's Suffolk).
- Street cameras that "belong to the CCTV shared service of [two other councils]" (web 361's South Cambridgeshire).
- A search for "single point of contact" listing one page, the library room hire terms (web 357's Buckinghamshire).

Rounds:
- A Welsh landlord by its Welsh name, a BID by its name as subject, a privately owned shopping centre: other bodies' cameras.
- A plans panel's condition, a volunteers' camera dataset, trade press under the Chatham House
  rule, the Commissioner's office answering about councils, a force's disclosure log: not the council's information. (A
  payments-over-£500 extract, labelled negative by round 102, is left: round 16 labels such rows the council's own.)
- FOI answers in the council's own words (English and Welsh), the request put as "- Please state …" bullets, an application
  for certification, the council's own SPOC; answers about licence holders' or home cameras are not about the council's.
- A news headline about operators, an SRO listed among other roles, an A to Z entry's certification period, a contractor's
  service level agreement, a register of data sharing agreements, a protocol "signed on [date] by" the force.
"""

from __future__ import annotations

from analysis.context import AuthorityContext
from analysis.decoys import Decoy, classify
from analysis.page import PageAnalysis, analyse
from analysis.search_results import TERM_FEW_RESULTS, short_list_leads, term_results_to_open
from analysis.text import Link, extract

CTX = AuthorityContext("Westby District Council", "http://www.westby.gov.uk/", "Westmarch", "England")
COUNTY = AuthorityContext("Westmarch County Council", "http://www.westmarch.gov.uk/", "Westmarch", "England")


def _page(path: str, title: str, body: str, ctx: AuthorityContext = CTX) -> PageAnalysis:
    host = ctx.website.rstrip("/")
    html = (
        f"<html><head><title>{title} | {ctx.name}</title></head><body><main><h1>{title}</h1>{body}</main></body></html>"
    )
    return analyse(extract(html.encode(), f"{host}{path}", "text/html"), ctx)


def _read(text: str) -> PageAnalysis:
    return analyse(extract(text.encode(), "file:///tmp/passage.txt", "text/plain"))


# ---- webs -------------------------------------------------------------------------------------------------------------


def test_a_neighbours_notice_titled_with_a_joining_word_is_the_neighbours() -> None:
    pa = _page(
        "/shared-services/partner-notices/vale-of-marden-cctv",
        "Vale of Marden District Council: CCTV privacy notice",
        "<p>This notice is the partner council's, kept here by the joint team.</p>"
        "<p>Vale of Marden District Council controls its cameras in Hilbury and Oakmoor and at its depot.</p>"
        "<p>Recordings are kept for 28 days and passed to the police to help detect crime.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_signs_at_a_council_gallery_say_the_council_records_cctv() -> None:
    pa = _page(
        "/leisure/ashcombe-museum",
        "Ashcombe Museum",
        "<p>The museum keeps the town's collection of clocks. Admission is free.</p>"
        "<p>Signs by the doors let visitors know that the council records CCTV inside the museum and in its garden.</p>"
        "<p>The cafe opens at weekends.</p>",
    )
    assert pa.signals["cctv_info"]
    assert pa.criteria.get("signage")


def test_a_town_councils_cameras_told_the_same_way_stay_the_town_councils() -> None:
    pa = _page(
        "/leisure/ashcombe-museum",
        "Ashcombe Museum",
        "<p>The museum keeps the town's collection of clocks. Admission is free.</p>"
        "<p>Notices at the doors say that the town council records CCTV in the square outside.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_own_sites_after_saying_it_runs_no_town_centre_cctv() -> None:
    pa = _page(
        "/data-protection/cameras-at-county-sites",
        "Cameras at county council sites",
        "<p>We do not run town centre CCTV. We do use cameras at our own buildings and on county roads, as set out here.</p>"
        "<h2>Why</h2><p>To keep staff and visitors safe and to prevent and detect crime.</p>"
        "<h2>How long we keep recordings</h2><p>Recordings from our buildings are kept for 30 days.</p>"
        "<h2>Your rights</h2><p>You can ask for recordings of yourself by making a subject access request.</p>",
        COUNTY,
    )
    assert pa.signals["cctv_info"]
    assert pa.criteria.get("retention") and pa.criteria.get("subject_access") and pa.criteria.get("purpose")


def test_the_councils_room_that_also_watches_a_neighbours_cameras() -> None:
    pa = _page(
        "/community-safety/cctv",
        "CCTV",
        "<p>There are 64 cameras across the district to reduce crime and the fear of crime.</p>"
        "<p>The cameras are watched from the control room at Brindle House, which also watches Eastmoor Borough Council's "
        "cameras under an agreement between the councils.</p>"
        "<p>Recordings are overwritten after 31 days.</p>"
        "<p>You can ask for footage of yourself by making a subject access request to the control room.</p>"
        "<h2>Contact</h2><p>To contact the control room, email controlroom@westby.example.gov.uk.</p>",
    )
    assert pa.criteria.get("retention") and pa.criteria.get("subject_access")
    assert pa.spoc is not None and pa.spoc["email"] == "controlroom@westby.example.gov.uk"


def test_a_developments_conditions_filed_under_planning() -> None:
    pa = _page(
        "/planning-and-building-control/mill-lane-conditions",
        "Mill Lane: conditions",
        "<p>A CCTV scheme must be approved before the shops open.</p>",
    )
    assert pa.decoy is not None and not pa.signals["cctv_info"]


def test_the_force_publishing_its_own_strategy() -> None:
    pa = _page(
        "/community-safety/westmarch-police-cctv",
        "Westmarch Police and CCTV",
        "<p>Westmarch Police publish their CCTV strategy on the force website.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_a_final_version_signed_by_both_over_a_table_of_drafts() -> None:
    text = (
        "Information sharing agreement: public space CCTV\n"
        "Westby District Council and Westmarch Police. Version 2.0 FINAL, agreed March 2024.\n"
        "Document control: v0.1 draft, January 2024. v0.2 draft, February 2024. v2.0 final, signed March 2024.\n"
        "1. Purpose\nTo set out how recordings from the council's cameras are shared with the police.\n"
        "Signatures\n"
        "Signed on behalf of Westby District Council: P. Arden, Head of Communities. Date: 4 March 2024.\n"
        "Signed on behalf of Westmarch Police: Superintendent R. Hale. Date: 11 March 2024.\n"
    )
    pa = analyse(
        extract(text.encode(), "http://www.westby.gov.uk/media/cctv-isa-westmarch-police-draft-v2-final.txt"), CTX
    )
    docs = [d for d in pa.sla if d["kind"] == "document"]
    assert docs and docs[0]["signed"] and not docs[0]["draft"]


def test_a_contact_guides_cctv_row_beside_a_penalty_notice_row() -> None:
    rows = (
        "<p>We can help you faster if you have these details to hand.</p>"
        "<table><tr><th>What it is about</th><th>Have this ready</th><th>Where to send it</th></tr>"
        "<tr><td>Council tax</td><td>Your account number</td><td>Phone 01632 960100</td></tr>"
        "<tr><td>A penalty charge notice</td><td>The PCN number and vehicle registration</td><td>Parking services online</td></tr>"
        "<tr><td>CCTV footage from our car parks or streets</td><td>The place, the date and the time</td>"
        "<td>safety@westby.example.gov.uk</td></tr></table>"
    )
    # (filed under "contact us", or titled so elsewhere)
    for path, title in (
        ("/contact-us/what-to-have-ready", "Before you contact us"),
        ("/residents/what-to-have-ready", "Contact us: what to have ready"),
    ):
        pa = _page(path, title, rows)
        assert pa.decoy is None
        assert pa.spoc is not None and pa.spoc["email"] == "safety@westby.example.gov.uk"


def test_a_table_of_services_other_organisations_provide() -> None:
    pa = _page(
        "/contact-us/is-it-us",
        "Is it us? Services other organisations provide",
        "<table><tr><th>Service</th><th>Who provides it</th><th>How to contact them</th></tr>"
        "<tr><td>Roads and street lights</td><td>Westmarch County Council</td><td>Report online</td></tr>"
        "<tr><td>Westby town centre cameras</td><td>Westby Town Council</td><td>The town clerk, Market House</td></tr>"
        "<tr><td>Allotments in Westby town</td><td>Westby Town Council</td><td>The town clerk</td></tr></table>",
    )
    assert not pa.signals["cctv_info"]


def test_a_community_directory_record_of_another_organisation() -> None:
    record = (
        "<p>Organisation Eastmoor Borough Council</p>"
        "<p>About Monitors more than 300 cameras in four towns from the civic centre.</p>"
        "<p>Telephone 01632 960411</p><p>This record was provided by the organisation. Last checked May 2025.</p>"
    )
    pa = _page(
        "/community-directory/record/2231/eastmoor-cctv-control-room", "Eastmoor CCTV control room", record, COUNTY
    )
    assert pa.decoy is not None and not pa.signals["cctv_info"]


def test_a_community_directory_record_of_the_council_itself_stays_its_own() -> None:
    record = (
        "<p>Organisation Westmarch County Council</p>"
        "<p>About Our cameras at county libraries and recycling centres record day and night; recordings are kept for 30 "
        "days.</p><p>This record was provided by the organisation.</p>"
    )
    pa = _page("/community-directory/record/2240/county-cameras", "County council cameras", record, COUNTY)
    assert pa.decoy is None and pa.signals["cctv_info"]


def test_street_cameras_belonging_to_other_councils_shared_service() -> None:
    pa = _page(
        "/community-safety/questions",
        "Community safety questions",
        "<h2>Who runs the cameras in Eastmoor and Hilbury?</h2>"
        "<p>The street cameras in Eastmoor and in Hilbury's market towns belong to the CCTV shared service of Eastmoor "
        "Borough Council and Hilbury District Council. Ask them about footage or cameras.</p>",
    )
    assert not pa.signals["cctv_info"]


def _result(url: str, text: str) -> Link:
    return Link(url=url, text=text, context=text)


def test_a_missing_deliverables_own_words_listing_few_pages_opens_them() -> None:
    results = [_result("http://www.westby.gov.uk/libraries/room-hire/terms", "Room hire terms and conditions")]
    opened = term_results_to_open(results, CTX, "single point of contact", ["5.3", "5.5"])
    assert [link.url for link in opened] == ["http://www.westby.gov.uk/libraries/room-hire/terms"]


def test_the_words_of_a_deliverable_already_found_or_a_long_list_open_nothing() -> None:
    results = [_result("http://www.westby.gov.uk/libraries/room-hire/terms", "Room hire terms and conditions")]
    assert term_results_to_open(results, CTX, "single point of contact", ["5.5"]) == []
    assert term_results_to_open(results, CTX, "CCTV", ["5.1", "5.3"]) == []
    many = [_result(f"http://www.westby.gov.uk/page-{i}", f"Page {i}") for i in range(TERM_FEW_RESULTS + 1)]
    assert term_results_to_open(many, CTX, "single point of contact", ["5.3"]) == []
    news = [_result("http://www.westby.gov.uk/news/2024/new-cameras", "New cameras switched on")]
    assert term_results_to_open(news, CTX, "sharing agreement", ["5.5"]) == []


# ---- rounds -----------------------------------------------------------------------------------------------------------


def test_a_welsh_landlord_by_its_welsh_name() -> None:
    pa = _read(
        "Cameras on our estates\n\n"
        "Tai Morfa has cameras at 9 of its blocks of flats in Rhosfa and Penrhyn. Most record communal entrances and bin "
        "stores.\n\nOur Neighbourhood Lead approves every request for footage: neighbourhoods@example.org.uk.\n\n"
        "The county council's town centre cameras are run separately by the council."
    )
    assert not pa.signals["cctv_info"]


def test_a_plans_panels_condition_on_a_takeaway() -> None:
    pa = _read(
        "Issue - meetings\n\nApplication 25/01234/FU - 7 Station Road, Westby\n\n"
        "Meeting: 3/03/2025 - South Plans Panel (Item 4)\n\nMinutes:\n"
        "The Panel considered an application to open a takeaway until midnight. The police had asked for cameras over the "
        "shop front.\n\nRESOLVED that the application be approved with an extra condition requiring a CCTV scheme to be "
        "submitted to and approved by the Local Planning Authority, with recordings kept for 31 days."
    )
    assert not pa.signals["cctv_info"]


def test_a_bid_introducing_its_crime_reduction_manager() -> None:
    pa = _read(
        "Meet our Business Crime Manager\n"
        "\n"
        "Westby BID has appointed Sam Okafor as its first Business Crime Manager. Sam runs the BID's shop radio scheme and the image-sharing system used by members.\n"
        "\n"
        "Her role includes:\n"
        "• managing the radios used by shops and pubs\n"
        "• working alongside the city's CCTV operators and the neighbourhood police team\n"
        "\n"
        "Contact: sam.okafor@example.co.uk | 01632 960222\n"
        "\n"
        "The BID owns no public space cameras; the city centre CCTV system is run by the council."
    )
    assert not pa.signals["cctv_info"]


def test_a_privately_owned_shopping_centres_cameras() -> None:
    pa = _read(
        "CCTV at The Foundry Centre\n\n"
        "The Foundry Centre is a privately owned shopping centre. We operate 54 cameras in the malls and the car park.\n\n"
        "Our security team watches the cameras from the control room. Foundry Centre Management Ltd is the data "
        "controller. The council's town centre cameras outside the centre are a separate system.\n\n"
        "Ask for footage by writing to security@example.co.uk. We keep recordings for 28 days."
    )
    assert not pa.signals["cctv_info"]


def test_a_news_headline_about_the_councils_operators() -> None:
    text = (
        "Two of Westby District Council's CCTV operators have been commended by Westmarch Police after helping officers make "
        "four arrests.\n\nThe control room monitors 48 cameras and is staffed around the clock."
    )
    verdict = classify("file:///tmp/passage.txt", "Control room operators praised by police", [], text, 0.0)
    assert verdict.scores[Decoy.JOB_ADVERT] < 5
    assert (
        classify("file:///tmp/passage.txt", "CCTV control room operators (part time)", [], text, 0.0).scores[
            Decoy.JOB_ADVERT
        ]
        >= 5
    )


def test_a_welsh_foi_answer_about_the_cameras_at_council_offices() -> None:
    pa = _read(
        "Cais Rhyddid Gwybodaeth\n\nGofynnoch:\n1. Pwy sy'n gyfrifol am gamerâu'r Cyngor?\n\nAteb:\n"
        "1. Cwblhawyd yr offeryn hunanasesu ar gyfer y camerâu yn swyddfeydd y Cyngor ym mis Mai 2024. Rheolwr Eiddo'r "
        "Cyngor sy'n gyfrifol am gamerâu'r adeiladau."
    )
    assert pa.signals["cctv_info"]


def test_an_foi_answer_naming_the_force_only_in_the_question() -> None:
    pa = _read(
        "Freedom of Information - Response\n\nSubject: CCTV and the police\n\n"
        "1. Does the Council have a written agreement with Westmarch Police about the use of Council CCTV?\n"
        "Yes. An Information Sharing Agreement covering the Council's public space cameras was signed in May 2021 by the "
        "Council's Director of Place and the Constabulary's Chief Superintendent. It remains in force.\n\n"
        "2. How many requests for footage did the police make in 2024?\n412."
    )
    assert pa.signals["sla"]


def test_an_a_to_z_entry_giving_the_certificates_period() -> None:
    pa = _read(
        "A to Z of services: CCTV\n"
        "\n"
        "Service: Community Safety - CCTV\n"
        "Responsible team: CCTV and Lifeline\n"
        "\n"
        "Westby District Council runs 40 public space cameras in the town centre and at the bus station. They are watched from the civic offices.\n"
        "\n"
        "Accreditation\n"
        "Surveillance Camera Code Compliant: full certification, 2023 to 2028 (issued by the Security Systems and Alarms Inspection Board).\n"
        "\n"
        "Contact the team\n"
        "cctv@example.gov.uk"
    )
    assert pa.signals["certification"]


def test_an_sro_listed_among_other_roles() -> None:
    pa = _read(
        "Issue - meetings\n\nAnnual report of the Senior Information Risk Owner\n\nMinutes:\n"
        "The Director of Governance explained that she holds three roles: Senior Information Risk Owner, Senior Responsible "
        "Officer for RIPA, and Senior Responsible Officer for the Council's surveillance camera systems. In the last she "
        "oversees 28 camera systems at 12 sites.\n\n"
        "She confirmed that residents' questions about any camera come to her through the camera mailbox, "
        "sro@example.gov.uk."
    )
    assert pa.signals["spoc"]


def test_an_sro_for_ripa_alone_is_no_spoc() -> None:
    pa = _read(
        "Issue - meetings\n\nMinutes:\nThe Director of Governance, Senior Information Risk Owner and Senior Responsible "
        "Officer for RIPA, reported that no covert surveillance had been authorised. The council's cameras were not "
        "discussed. Contact: governance@example.gov.uk."
    )
    assert not pa.signals["spoc"]


def test_the_monitoring_contracts_own_service_level_agreement() -> None:
    pa = _read(
        "How our CCTV is monitored\n\n"
        "Westby District Council's 30 public space cameras are monitored by Hollin Monitoring Ltd from its centre in "
        "Eastmoor.\n\nThe service level agreement\n"
        "Our contract with Hollin includes a service level agreement setting out:\n"
        "• monitoring hours\n• a one-hour target for reporting faults\n\n"
        "Westmarch Police request footage directly from the monitoring centre."
    )
    assert not pa.signals["sla"]


def test_a_request_put_as_bullets_and_answered_below_each() -> None:
    pa = _read(
        "Request:\n"
        "- Please state whether the council's CCTV system holds third-party Surveillance Camera Code certification.\n"
        "The council held full certification for its public space CCTV system from 2021, and it was renewed in 2024.\n"
        "- Please provide the number of cameras in the system.\n"
        "The system has 52 public space cameras in Westby and Ashcombe.\n\n"
        "Disclosure log reference FOI-2211"
    )
    assert pa.signals["cctv_info"] and pa.signals["certification"]


def test_an_foi_answer_offering_the_published_self_assessment() -> None:
    pa = _read(
        "Freedom of Information Response\n\n"
        "You asked how the council shows that its CCTV follows the Surveillance Camera Code of Practice.\n\n"
        "Our response:\nThe council completes the Commissioner's self-assessment tool for its public space CCTV system "
        "every year and publishes the completed assessment on its website with the CCTV annual report.\n\n"
        "This published self-assessment is the council's assurance of compliance with the Code."
    )
    assert pa.signals["cctv_info"] and pa.signals["certification"]


def test_a_forces_disclosure_log_on_its_agreement_with_a_council() -> None:
    pa = _read(
        "Disclosure Details\n\nCouncil CCTV agreements - 204/25\n\nYou asked:\n"
        "1. Does Westmarch Police have a formal agreement with Westby District Council about access to the council's CCTV?\n"
        "2. When was it signed?\n\nIn response:\n"
        "Following receipt of your request, searches were conducted within Westmarch Police.\n\n"
        "1. Yes. Westmarch Police and Westby District Council are parties to an information sharing agreement covering the "
        "council's public space CCTV.\n2. The agreement was signed by both parties in January 2024 and remains in force.\n\n"
        "Westmarch Police does not hold information about the number of cameras the council operates."
    )
    assert pa.signals["sla"] and not pa.signals["cctv_info"]


def test_an_answer_about_licence_holders_cameras() -> None:
    pa = _read(
        "FOI release\nPremises licence CCTV conditions\n\nRequest\n"
        "How many premises licences include a condition requiring CCTV?\n\nResponse\n"
        "612 of the district's 1,140 premises licences include a CCTV condition, requiring recordings to be kept for 31 days.\n\n"
        "The cameras belong to the licence holders, who are responsible for complying with data protection law."
    )
    assert not pa.signals["cctv_info"]


def test_trade_press_naming_no_council() -> None:
    pa = _read(
        "Councils weigh up life after the camera code scheme\n\n"
        "Public space CCTV managers gave mixed views on the end of the certification scheme at a regional meeting.\n\n"
        "Some said they would keep doing the self-assessment each year; others expected more BS 7958 inspections.\n\n"
        "No local authority was named in the discussion, which was held under the Chatham House rule."
    )
    assert not pa.signals["cctv_info"]


def test_a_welsh_town_council_as_its_cameras_data_controller() -> None:
    pa = _read(
        "Ymateb i Gais Rhyddid Gwybodaeth - Camerâu Parc\n\n"
        "1. Pwy sy'n gallu gweld y recordiadau?\nClerc y Cyngor Tref a dau gynghorydd.\n\n"
        "Cyngor Tref Aberwen yw rheolydd data'r camerâu hyn."
    )
    assert not pa.signals["cctv_info"]


def test_an_answer_that_the_council_holds_an_agreement_and_one_that_it_has_none() -> None:
    held = _read(
        "FOI release\nCCTV agreement with the police\n\nRequest\n"
        "Please provide any agreement between the council and the police about CCTV.\n\nResponse\n"
        "The council holds a service level agreement with Westmarch Police, signed by both parties in June 2023. A copy is "
        "attached."
    )
    assert held.signals["cctv_info"] and held.signals["sla"]
    none = _read(
        "FOI release\nCCTV agreement with the police\n\nRequest\n"
        "Please provide any agreement between the council and the police about CCTV.\n\nResponse\n"
        "The council has no formal agreement with Westmarch Police about CCTV."
    )
    assert not none.signals["sla"]


def test_the_commissioners_office_answering_about_councils() -> None:
    pa = _read(
        "FOI release\n\nLocal authority single points of contact\n\n"
        "You asked which councils in the county have told this office who their surveillance camera single point of contact "
        "is.\n\nThe office does not keep a complete register. We hold the following:\n\n"
        "• Westby District Council: the Community Safety Manager is the council's single point of contact for surveillance "
        "cameras, contactable at safety@example.gov.uk."
    )
    assert pa.signals["spoc"] and not pa.signals["cctv_info"]


def test_a_welsh_answer_counting_the_systems_cameras() -> None:
    pa = _read(
        "Cais Rhyddid Gwybodaeth - Teledu Cylch Cyfyng\n"
        "\n"
        "Cyfeirnod: FOI-WB-2024-101\n"
        "Dyddiad ymateb: 2 Hydref 2024\n"
        "\n"
        "Cais\n"
        "A yw system teledu cylch cyfyng y Cyngor wedi'i hardystio?\n"
        "\n"
        "Ymateb\n"
        "Ydy. Dyfarnwyd ardystiad llawn (cam 2) i system teledu cylch cyfyng y Cyngor ym mis Mawrth 2023.\n"
        "\n"
        "Mae'r system yn cynnwys 41 o gamerâu yng nghanol y dref, ac mae'r ystafell reoli ar agor ddydd a nos."
    )
    assert pa.signals["cctv_info"] and pa.signals["certification"]


def test_a_volunteers_camera_dataset() -> None:
    pa = _read(
        "Open camera map\n\nThis repository holds a volunteer-maintained list of surveillance cameras and the body that "
        "controls each one, so that people can send subject access requests to the right controller.\n\n"
        "Coverage: 2,040 cameras, of which 960 are marked as run by a local council."
    )
    assert not pa.signals["cctv_info"]


def test_an_answer_about_home_cameras() -> None:
    pa = _read(
        "Freedom of Information Request\n"
        "\n"
        "Complaints about domestic CCTV\n"
        "\n"
        "Received: 2 June 2025\n"
        "\n"
        "1. How many complaints has the council received about residents' home or doorbell cameras in the last two years?\n"
        "2. What can the council do about them?\n"
        "\n"
        "Response\n"
        "\n"
        "1. 2023/24: 18; 2024/25: 25. Most were made to the anti-social behaviour team.\n"
        "2. Home cameras are the responsibility of their owners. The council may act where a camera is used to harass a neighbour.\n"
        "\n"
        "Date responded: 20 June 2025"
    )
    assert not pa.signals["cctv_info"]


def test_an_internal_review_naming_the_councils_spoc() -> None:
    pa = _read(
        "FOI Request - Internal review of 2025-0400 CCTV cameras\n\n"
        "You asked us to review our answer, which withheld exact camera positions.\n\nResponse 2-11-2025\n"
        "The panel upheld the decision but released street-level locations for the 36 public space cameras.\n\n"
        "The council's designated single point of contact for surveillance cameras, the Community Safety Manager, keeps the "
        "camera register and can be reached at cameras@example.gov.uk."
    )
    assert pa.signals["cctv_info"] and pa.signals["spoc"]


def test_a_register_of_data_sharing_agreements_with_none_for_the_police() -> None:
    pa = _read(
        "Data sharing agreements register - community safety\n\n"
        "CCTV images - town centre radio scheme\nParties: Westby District Council and the business improvement district\n"
        "Status: signed, in force\n\n"
        "Police requests for footage from the council's 90 public space cameras are not covered by a separate agreement on "
        "this register; they are handled case by case under the council's CCTV code of practice."
    )
    assert not pa.signals["sla"]


def test_a_protocol_signed_on_a_date_by_the_force() -> None:
    pa = _read(
        "Freedom of Information - Request for Information\n\nYou asked:\n1. Can the police view the council's CCTV live?\n\n"
        "Response:\n1. Yes. Westmarch Police can view live images from the council's 60 public space cameras.\n"
        "2. Access is governed by a protocol signed on 3 March 2024 by Westmarch Police's Chief Superintendent and the "
        "council's Director of Place. The protocol is in force."
    )
    assert pa.signals["sla"]


def test_an_answer_that_the_council_applied_for_certification() -> None:
    pa = _read(
        "FOI Request - CCTV compliance\n\n"
        "1. Please confirm whether the council has applied for third-party certification against the Surveillance Camera "
        "Code of Practice.\n\nResponse 3-05-2024\n\n"
        "1. Yes. The council submitted its application for full certification of the town centre system to a certification "
        "body in April 2024, with the completed self-assessment tool."
    )
    assert pa.signals["cctv_info"] and pa.signals["certification"]


def test_the_councils_own_record_named_with_an_apostrophe_the_register_lacks() -> None:
    ctx = AuthorityContext(
        "Borough Council of Kings Ashby and West Marden", "http://www.west-marden.gov.uk/", "Westmarch"
    )
    pa = _page(
        "/directory_record/118/cctv_control_room",
        "CCTV control room",
        "<p>Run by Borough Council of King's Ashby and West Marden</p>"
        "<p>What it does Monitors the council's public space cameras day and night.</p>"
        "<p>Accreditation Full (step 2) certification against the Surveillance Camera Code of Practice, awarded May 2019</p>",
        ctx,
    )
    assert pa.decoy is None and pa.signals["cctv_info"] and pa.signals["certification"]


def test_a_short_list_for_cctv_gives_its_other_own_pages_as_leads() -> None:
    # (held-back web 267's Gloucester: "City centre safety", third of three results for "CCTV", held the control room's
    # contact and the protocol with the force)
    results = [
        _result("http://www.westby.gov.uk/cctv-policy.pdf", "CCTV policy"),
        _result("http://www.westby.gov.uk/news/2023/cameras", "New cameras for the market"),
        _result("http://www.westby.gov.uk/business/city-centre-safety", "City centre safety"),
    ]
    assert [link.url for link in short_list_leads(results, CTX)] == [
        "http://www.westby.gov.uk/cctv-policy.pdf",
        "http://www.westby.gov.uk/business/city-centre-safety",
    ]
    longer = results + [_result(f"http://www.westby.gov.uk/page-{i}", f"Page {i}") for i in range(2)]
    assert short_list_leads(longer, CTX) == []

"""Reading lessons of held-back webs 398-403 and real-text rounds 115-116 (webs and round 116 written blind at session 57 by
helpers in snapshots of 07c0d65, round 115 at session 56; all measured once at freeze60 = cae9d73, then opened; round 117
stays held back). The pages and passages are written for this test (invented councils, towns, bodies and people); web pages
are read with their council as the context, passages as ``cctv-audit inspect`` reads a text file.

Webs:
- A heading that names a post ("Hub duty supervisor") or the room the page says its cameras are watched from, over a bare line,
  is the CCTV contact (web 401's Blackburn with Darwen and Sunderland).
- "the borough council owns and runs the monitoring and recording equipment", in lower case, beside a town council owning
  the cameras (web 403's North Warwickshire).
- Denials: CCTV "moved to [the force]" and "transferred … to the police" (web 403's Slough); "no longer has fixed CCTV cameras"
  (web 403's Malvern Hills); "run by your district or borough council, not by the county" (web 402's Suffolk).
- A sentence of the CCTV page that points to where a missing deliverable or more of the system is set out
  (analysis.links_pointer; webs 398's Wychavon and 399's Exeter); an event safety advisory group is no events listing (web
  398's Peterborough).

Rounds:
- Course and workshop adverts for operators and SPOCs, a publication on training operators, a certification body's account of
  its former scheme, the LGA's response, a trade paper on what a law means for councils (rounds 115-116).
- Other bodies' own cameras: a national agency, a shopping centre's management company, a stadium's operator, a Scottish
  council under the Scottish national strategy (rounds 115-116).
- The council's own: a staff guide that says "before you get a quote"; a page counting the council's cameras by its name beside
  a BID's funding; an FOI answer's agreement "covering monitoring"; an application for certification taken up by the next
  sentence; money approved "to obtain third-party certification" (rounds 115-116).
- A partnership newsletter's "Partner spotlight" on a council's SPOC carries the SPOC, not the council's information (round
  116).
"""

from __future__ import annotations

from analysis.context import AuthorityContext
from analysis.links import assess_link, decoy_result
from analysis.links_pointer import points_to
from analysis.page import PageAnalysis
from analysis.search_results import SEARCH_RESULT_PRIOR
from analysis.text import Link
from read_excerpt import read, read_page

CTX = AuthorityContext("Westby District Council", "http://www.westby.gov.uk/", "Westmarch", "England")
COUNTY = AuthorityContext("Westmarch County Council", "http://www.westmarch.gov.uk/", "Westmarch", "England")


def _page(path: str, title: str, body: str, ctx: AuthorityContext = CTX) -> PageAnalysis:
    return read_page(path, title, body, ctx)


def _contact(pa: PageAnalysis) -> bool:
    return pa.spoc is not None or any(f.type == "cctv_contact" for f in pa.findings)


# ---- webs: contact points ---------------------------------------------------------------------------------------------------


def test_a_posts_heading_over_a_bare_line_is_the_cctv_contact() -> None:
    pa = _page(
        "/community-safety/cctv",
        "CCTV and the Carrow Valley Hub",
        "<p>Westby District Council runs the Carrow Valley CCTV Hub at the Old Corn Exchange.</p>"
        "<p>The hub's operators watch about 180 public space cameras around the clock for four councils.</p>"
        "<p>Recordings are kept for up to 28 days unless they are needed as evidence.</p>"
        "<h2>Hub duty supervisor</h2><p>01632 960 119 (not for emergencies)</p>",
    )
    assert pa.signals["cctv_info"]
    assert _contact(pa), pa.findings


def test_the_named_rooms_heading_over_its_line_is_the_cctv_contact() -> None:
    pa = _page(
        "/article/4410/cctv",
        "CCTV and the Westby Response Centre",
        "<p>Westby's public space cameras are watched from the Westby Response Centre, which the council runs from the"
        " fire station at Holm Lane.</p><p>Operators are on duty around the clock and pass what they see to the police.</p>"
        "<p>The cameras are there to deter crime and disorder.</p>"
        "<h2>Westby Response Centre</h2><p>Telephone 01632 960 720 (24 hours)</p>",
    )
    assert _contact(pa), pa.findings


def test_a_data_protection_officers_heading_over_a_line_is_no_cctv_contact() -> None:
    pa = _page(
        "/community-safety/cctv",
        "Public space CCTV",
        "<p>The council runs 40 cameras in Westby town centre, watched from our control room.</p>"
        "<h2>Data protection manager</h2><p>01632 960 300</p>",
    )
    assert not any(f.type == "cctv_contact" for f in pa.findings), pa.findings


# ---- webs: whose cameras ---------------------------------------------------------------------------------------------------


def test_the_borough_council_in_lower_case_running_the_monitoring_keeps_the_page_its_own() -> None:
    pa = _page(
        "/community-safety/cctv",
        "CCTV - closed circuit television",
        "<p>There are several public space CCTV schemes in the district; the largest covers Carrow town centre.</p>"
        "<p>The Carrow scheme is monitored around the clock from a control centre in Carrow by licensed staff.</p>"
        "<p>The town council owns the cameras and cables; the district council owns and runs the monitoring and"
        " recording equipment, and the town council pays towards the monitoring staff.</p>",
    )
    assert pa.signals["cctv_info"]
    assert pa.decoy is None


def test_cctv_moved_and_transferred_to_the_police_is_not_the_councils() -> None:
    pa = _page(
        "/crime-and-safety/cctv",
        "CCTV in Westby",
        "<p>Public space CCTV in Westby moved to Westmarch Police on 1 April 2024.</p>"
        "<p>The council transferred the cameras, the recorders and responsibility for the system to the police, and the"
        " cameras are now watched from the police's own suite.</p>"
        "<p>For footage or questions about a camera, contact Westmarch Police.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_a_faqs_line_on_cameras_transferred_keeps_the_councils_contact() -> None:
    pa = _page(
        "/communities/community-safety/cctv",
        "Public space CCTV",
        "<p>Answers to common questions.</p><h2>Where are the cameras?</h2><p>Westby and Carrow town centres</p>"
        "<h2>Why do we have them?</h2><p>To deter and detect crime and anti-social behaviour</p>"
        "<h2>Who watches them?</h2><p>Westmarch Police, from the county's shared hub</p>"
        "<p>Cameras transferred to Westmarch Police under the county CCTV partnership</p>"
        "<h2>How long are recordings kept?</h2><p>31 days unless needed by an investigation</p>"
        "<h2>Who can I ask?</h2><p>Communities team: communities@westby.example.gov.uk</p>",
    )
    assert pa.signals["cctv_info"]
    assert _contact(pa), pa.findings


def test_monitoring_moved_to_the_police_room_stays_the_councils_system() -> None:
    pa = _page(
        "/crime-and-safety/cctv",
        "CCTV in Westby",
        "<p>Monitoring of the town centre cameras moved to the Westmarch Police control room in 2019.</p>"
        "<p>The council still owns the 36 cameras and keeps the recordings for 31 days.</p>",
    )
    assert pa.signals["cctv_info"]


def test_no_longer_having_fixed_cameras_is_a_denial() -> None:
    pa = _page(
        "/community/community-safety",
        "Community safety",
        "<p>Community safety in the district is led by the Westmarch Community Safety Partnership.</p>"
        "<p>The council no longer has fixed CCTV cameras in Westby: the old town centre cameras were switched off when"
        " they reached the end of their life. To report a crime, contact Westmarch Police.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_a_county_sending_readers_to_their_district_council() -> None:
    pa = _page(
        "/council/westmarch-matters/issue-12",
        "Westmarch Matters - issue 12",
        "<h2>Who runs the cameras in your town?</h2>"
        "<p>Town centre CCTV is run by your district or borough council, not by the county. Contact them about a camera"
        " or about footage.</p>",
        COUNTY,
    )
    assert not pa.signals["cctv_info"]


def test_a_district_saying_it_runs_the_cameras_not_the_county_is_its_own() -> None:
    pa = _page(
        "/community-safety/cctv",
        "Town centre CCTV",
        "<p>Town centre CCTV in Westby is run by the district council, not by the county council.</p>"
        "<p>Our control room watches 52 cameras and recordings are kept for 31 days.</p>",
    )
    assert pa.signals["cctv_info"]


def test_a_role_with_a_write_to_address_is_the_cctv_contact() -> None:
    pa = _page(
        "/environment/fly-tipping/surveillance-cameras",
        "Surveillance cameras at fly-tipping hotspots",
        "<p>We use redeployable cameras to catch people who fly-tip at places where rubbish is dumped again and again.</p>"
        "<h2>Who is responsible</h2><p>Westby District Council is the data controller for the cameras. The Environmental"
        " Services Manager is the system owner and system manager. Write to: Environmental Services Manager, Westby"
        " Depot, Mill Road, Carrow.</p>",
    )
    assert _contact(pa), pa.findings


def test_counted_camera_headlines_in_a_newsroom_are_news() -> None:
    for title, line in (
        (
            "Twelve new cameras live in Westby and Carrow",
            "They are watched day and night by Westby Monitoring Ltd, which also watches the district's other cameras.",
        ),
        ("Have your say on six more cameras", "We asked residents about camera sites in three streets."),
    ):
        pa = _page("/article/5120/" + title.replace(" ", "-"), title, f"<p>Published 3 March 2023</p><p>{line}</p>")
        assert pa.decoy is not None, title


def test_a_business_improvement_district_by_its_full_name_runs_its_own_scheme() -> None:
    pa = _page(
        "/business/shopsafe",
        "ShopSafe and the town centre",
        "<p>The Westby Business Improvement District runs ShopSafe for its members: a retail radio link, street wardens and"
        " town centre cameras managed by the Town Centre Partnership.</p>",
    )
    assert not pa.signals["cctv_info"]


# ---- webs: where the page points ---------------------------------------------------------------------------------------------


def test_a_sentence_naming_the_missing_agreement_points_to_its_link() -> None:
    link = Link(
        "http://www.westby.gov.uk/harbour/plans-and-policies",
        "harbour plans and policies",
        "Live pictures are shared with the police under our memorandum of understanding with Westmarch Police; the signed"
        " memorandum is with the harbour plans and policies because it also covers the harbour's cameras.",
    )
    assert points_to(link, ["5.5"])
    assert not points_to(link, ["5.2"])


def test_a_sentence_saying_where_the_room_is_set_out_points_to_its_link() -> None:
    link = Link(
        "http://www.westby.gov.uk/emergencies/major-incident-plan",
        "Major Incident Plan",
        "How the control room supports the emergency services is set out in our Major Incident Plan .",
    )
    assert points_to(link, ["5.3"])


def test_a_list_of_links_points_nowhere() -> None:
    link = Link("http://www.westby.gov.uk/privacy", "CCTV privacy notice", "CCTV privacy notice")
    assert not points_to(link, ["5.2", "5.3", "5.5"])
    other = Link(
        "http://www.westby.gov.uk/parking",
        "parking pages",
        "Parking charges for the town centre car parks are on our parking pages.",
    )
    assert not points_to(other, ["5.2", "5.3", "5.5"])


def test_an_event_safety_advisory_group_is_no_events_listing() -> None:
    sag = Link("http://www.westby.gov.uk/emergencies/event-safety-advisory-group", "Event Safety Advisory Group", "")
    assert not decoy_result(assess_link(sag, None, prior=SEARCH_RESULT_PRIOR), sag.text)
    listing = Link("http://www.westby.gov.uk/events", "Events and what's on", "")
    assert assess_link(listing, None).own_negative < 0


# ---- rounds: other voices --------------------------------------------------------------------------------------------------


def test_a_colleges_course_for_cctv_operators_is_no_disclosure() -> None:
    pa = read(
        "Course: Level 2 Award for CCTV Operators (Public Space Surveillance)\n\n"
        "Westby College Adult Learning\nVenue: Market Street campus\nDuration: 3 days, 9am to 4pm\nFee: £260\n\n"
        "Who is it for?\nAnyone who wants to work as a CCTV operator in a control room, shopping centre or hospital. You"
        " need this qualification before you can apply for an SIA licence.\n\n"
        "What you will learn\n• the role of a CCTV operator and the law\n• using cameras and recorders\n• producing"
        " evidence\n\nBook online or call 01632 960 612."
    )
    assert not pa.signals["cctv_info"]


def test_a_trainers_course_with_its_practice_room_is_no_disclosure() -> None:
    pa = read(
        "SIA CCTV Operator Training – 2-Day Course\n\nNext dates: every month, Tuesday and Wednesday\nPrice: £219 including"
        " exams\n\nWhat the course covers\n• Working in the private security industry\n• Practical operation of CCTV"
        " equipment in our training control room\n\nThe course suits people aiming for control room roles with councils,"
        " hospitals and transport operators. Learners must be 18 or over.\n\nBook online."
    )
    assert not pa.signals["cctv_info"]


def test_a_workshop_for_would_be_spocs_is_no_spoc() -> None:
    pa = read(
        "Workshop: Being Your Council's Surveillance Camera SPOC\n\nOne-day course for local authority officers\nOnline"
        " or in person\n£160 + VAT per delegate\n\nWho should attend?\nOfficers appointed, or about to be appointed, as"
        " their council's Single Point of Contact for surveillance cameras.\n\nThe day covers\n• the Surveillance Camera"
        " Code of Practice\n• a register of every camera system\n• agreements with the police\n\nBook through our website."
    )
    assert not any(pa.signals.values()), pa.signals


def test_a_publication_on_training_operators_is_guidance() -> None:
    pa = read(
        "Training Operators Well (summary)\n\nThis publication gives police forces and local authorities a way of planning"
        " training for operators who watch town centres.\n\n1. List the tasks operators carry out.\n2. Set the standard"
        " for each.\n3. Assess each operator in the control room, not only in a classroom."
    )
    assert not pa.signals["cctv_info"]


def test_a_certification_bodys_account_of_its_former_scheme() -> None:
    pa = read(
        "Certification against the Surveillance Camera Code – how it worked\n\nThis page describes the former third-party"
        " certification scheme and is kept for reference.\n\nOrganisations were encouraged to complete the self-assessment"
        " tool first.\n\nStep 2: on-site audit\nThe auditor visited the control room and sampled records. A successful audit"
        " led to a certificate valid for five years."
    )
    assert not pa.signals["cctv_info"]
    assert not pa.signals["certification"]


def test_the_lgas_response_on_councils_in_general() -> None:
    pa = read(
        "Protect duty – LGA response\n\n1. Councils already work with the police and venue operators to keep public"
        " places safe.\n\n2. Many councils operate public space CCTV that matters to police investigations, but it is"
        " not a statutory service and budgets are tight."
    )
    assert not pa.signals["cctv_info"]


def test_a_trade_paper_on_what_a_law_means_for_councils() -> None:
    pa = read(
        "What the new premises law means for councils\n\nCouncils look after many buildings in its scope: libraries,"
        " leisure centres and town halls.\n\nMany councils already own public space CCTV, yet venue cameras and street"
        " cameras are often run apart.\n\nCouncils should map their venues and check that their cameras work."
    )
    assert not pa.signals["cctv_info"]


def test_a_national_agencys_own_cameras() -> None:
    pa = read(
        "Cameras at flood screens\n\nThe Environment Agency has installed 9 cameras at debris screens on rivers in the"
        " county, including sites in Westby and Carrow.\n\nThe cameras send still images to the agency's incident room so"
        " that crews can be sent where a screen is blocked."
    )
    assert not pa.signals["cctv_info"]


def test_a_shopping_centres_procedure_under_its_management_company() -> None:
    pa = read(
        "Centre Security Procedure – CCTV\n\nThe centre's security control room monitors 150 cameras covering malls and"
        " car parks. The centre management company is the data controller.\n\nRetention\nFootage is kept for 30 days."
        "\n\nShoppers who want footage of themselves should use the centre's contact form."
    )
    assert not pa.signals["cctv_info"]


def test_a_stadium_operators_own_policy() -> None:
    pa = read(
        "CCTV Policy – stadium operations\n\nThe stadium management company uses CCTV to keep supporters, staff and"
        " concert-goers safe.\n\n1. Cameras cover the turnstiles, concourses and car parks.\n2. Recordings are kept for"
        " thirty days."
    )
    assert not pa.signals["cctv_info"]


def test_a_scottish_councils_self_assessment() -> None:
    pa = read(
        "CCTV Self-Assessment – Angus Council\n\nAngus Council has assessed its public space CCTV in Arbroath and Forfar"
        " against the guiding principles of the surveillance camera code, which we use as good practice alongside the"
        " Scottish national strategy.\n\nPrinciples fully met: 10\nPartly met: 2"
    )
    assert not pa.signals["cctv_info"]


def test_a_newsletters_partner_spotlight_carries_the_spoc_alone() -> None:
    pa = read(
        "Partner spotlight: one contact for every camera\n\nWhen a state visit to Westby was announced at short notice,"
        " Westby District Council knew within a day which cameras on the route were whose, because it had named a single"
        ' point of contact for all its surveillance cameras.\n\n"Before we had a SPOC, every team bought its own," said'
        " the council's CCTV Manager and SPOC.\n\nThe council's SPOC can be contacted at cctv.spoc@example.gov.uk."
    )
    assert pa.signals["spoc"]
    assert not pa.signals["cctv_info"]


# ---- rounds: the council's own ---------------------------------------------------------------------------------------------


def test_a_staff_guide_before_you_get_a_quote_is_the_councils_own() -> None:
    pa = read(
        "Thinking of adding a camera? Guidance for council managers\n\nCouncil buildings and depots already have about 120"
        " cameras, each covered by the council's Surveillance Camera Policy.\n\nStep 1 – talk to the SPOC\nThe Corporate"
        " Compliance Manager is the council's Single Point of Contact for surveillance cameras. Email"
        " cameras.spoc@example.gov.uk before you get a quote."
    )
    assert pa.signals["cctv_info"]
    assert pa.signals["spoc"]


def test_a_council_counting_its_cameras_by_name_beside_the_bids_funding() -> None:
    pa = read(
        "Town Centre CCTV\n\nWestby District Council runs 58 public space cameras across Westby town centre and the"
        " council's car parks, recorded around the clock at the Civic Centre control room.\n\nWorking with the BID\nUnder a"
        " funding agreement between the council and the Business Improvement District, the BID pays for extra monitoring"
        " hours on Saturdays.\n\nContact\ncctv@example.gov.uk"
    )
    assert pa.signals["cctv_info"]


def test_an_foi_answers_agreement_covering_the_monitoring() -> None:
    pa = read(
        "Freedom of Information Request – CCTV control room\n\nRequest\n1. Does the council have an agreement with the"
        " police?\n\nResponse\n1. Yes. The council and Westmarch Police signed a service level agreement in May 2024"
        " covering monitoring at weekends and police requests for footage."
    )
    assert pa.signals["sla"]


def test_an_application_taken_up_by_the_next_sentence() -> None:
    pa = read(
        "Document Control – CCTV Operating Procedures\n\nOwner: Community Safety Manager\nVersion: 4.2\n\nWhy this version"
        " matters\nThe procedures were revised ahead of the council's application for third-party certification against"
        " the Surveillance Camera Code of Practice. That application was lodged with the certification body on 3 February"
        " 2025, with the self-assessment and this manual."
    )
    assert pa.signals["certification"]


def test_money_approved_to_obtain_certification() -> None:
    pa = read(
        "Decision: CCTV control centre\n\nCabinet considered bringing CCTV monitoring back in-house.\n\nRESOLVED that"
        " Cabinet:\n1. approves the council's own CCTV control centre for its 60 cameras;\n2. approves £8,200 from the"
        " Community Safety reserve to obtain third-party certification of the centre against the Surveillance Camera Code"
        " of Practice."
    )
    assert pa.signals["certification"]


def test_a_councils_cctv_page_naming_its_operators_award_stays_its_own() -> None:
    pa = read(
        "Public space CCTV\n\nThe council's control room watches 64 cameras in Westby and Carrow, day and night. Every"
        " operator holds an SIA licence and the Level 2 Award for CCTV operators.\n\nRecordings are kept for 31 days."
    )
    assert pa.signals["cctv_info"]


def test_welsh_minutes_saying_the_council_owns_the_cameras() -> None:
    pa = read(
        "Eitem 5 – Partneriaeth Teledu Cylch Cyfyng\n\nCofnodion:\nCyflwynodd y Pennaeth Gwarchod y Cyhoedd adroddiad ar y"
        " bartneriaeth sy'n darparu teledu cylch cyfyng yn y dref.\n\nEglurwyd bod y Cyngor yn berchen ar y camerâu, a bod"
        " Cyngor y Dref yn cyfrannu at y costau monitro.\n\nPENDERFYNWYD nodi'r adroddiad."
    )
    assert pa.signals["cctv_info"]


def test_the_councils_point_of_contact_with_a_resilience_forum_is_no_spoc() -> None:
    pa = read(
        "Eitem: Gwasanaeth Cynllunio at Argyfwng – adroddiad blynyddol\n\nCofnodion:\nNodwyd mai Rheolwr y Gwasanaeth"
        " Cynllunio at Argyfwng yw pwynt cyswllt unigol y pedwar cyngor gyda Fforwm Cydnerthedd Lleol y rhanbarth.\n\n"
        "Yn ystod y llifogydd, roedd yr ystafell reoli teledu cylch cyfyng wedi defnyddio camerâu'r Cyngor i wylio ffyrdd"
        " oedd ar gau.\n\nPENDERFYNWYD nodi'r adroddiad."
    )
    assert not pa.signals["spoc"]

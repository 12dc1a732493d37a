"""Reading lessons of held-back webs 374-379 and real-text rounds 107-108 (webs and round 108 written blind at session 53 by
helpers in snapshots of 9891f86, round 107 at session 52; all measured once at freeze56 = 72a212d, then opened). The pages
and passages are written for this test (invented councils, towns, bodies and people); web pages are read with their council as
the context, passages as ``cctv-audit inspect`` reads a text file.

Webs:
- A page on a site two councils share about the neighbour's cameras, going on by the neighbour's place name (web 379's Mid
  Suffolk); a signpost to a partnership that "publishes its own information" (web 379's Three Rivers).
- Care homes' cameras, "the home … is responsible for the recordings, not the county council" (web 375's Oxfordshire).
- The regulator named for its advice on the council's page about its own day centres (web 375's Wandsworth).
- A room's certificate "awarded to [the neighbour] in 2021" (web 375's Worcester).
- A description list: "Third-party certification" over "Step 1 (desktop review) completed" (web 376's Merthyr Tydfil).
- A bare "Tel:" closing a CCTV page (web 377's Stafford); a complaints route about the system to the records team (web 377's
  Hull).
- One fact on a service or project page: a hostel's CCTV and its recordings, a harbour office watching a pontoon on its
  cameras, a project's list of new cameras (webs 374-377).

Rounds:
- Members' questions: "asked the Executive Member … whether the council had a written agreement", answered "there was
  currently no formal agreement" (round 108).
- A Welsh policy's agreement still being prepared and drafted (round 107); a deployment protocol naming the force only as a
  referrer (round 107).
- Budgets approved "to meet the … fees/cost of third party certification"; an action plan's "Application and self-assessment
  submitted to [a certification body]" (rounds 107-108).
- A Scottish council's own policy under Scotland's strategy; a force's news release quoting its officer in single quotes
  (rounds 107-108).
"""

from __future__ import annotations

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis
from read_excerpt import read, read_page

CTX = AuthorityContext("Westby District Council", "http://www.westby.gov.uk/", "Westmarch", "England")
COUNTY = AuthorityContext("Westshire County Council", "http://www.westshire.gov.uk/", "Westmarch", "England")
WELSH = AuthorityContext("Cwm Tawel County Borough Council", "http://www.cwmtawel.gov.uk/", "South Wales", "Wales")


def _page(path: str, title: str, body: str, ctx: AuthorityContext = CTX) -> PageAnalysis:
    return read_page(path, title, body, ctx)


# ---- webs ------------------------------------------------------------------------------------------------------------------


def test_a_neighbours_cameras_described_on_a_shared_site_going_on_by_its_place_name() -> None:
    pa = _page(
        "/community/safety/cctv-in-eastmoor",
        "CCTV in Eastmoor (Eastmoor District Council)",
        "<p>This page describes Eastmoor District Council's cameras. Eastmoor has 14 cameras in Kelby and 6 in Hawton, "
        "watched from Northdale Council's control room.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_the_councils_own_cameras_named_after_a_neighbours_stay_its_own() -> None:
    # guard: the neighbour named first, the council's own cameras next in its own voice
    pa = _page(
        "/community/safety/cctv",
        "CCTV",
        "<p>This page is not about Eastmoor District Council's cameras. Our 22 cameras cover Westby town centre and are "
        "watched from our control room at the Civic Centre.</p>",
    )
    assert pa.signals["cctv_info"]


def test_a_signpost_to_a_partnership_that_publishes_its_own_information() -> None:
    pa = _page(
        "/community-safety/westshire-cctv-partnership",
        "Town centre cameras in Westshire",
        "<p>A number of Westshire councils belong to the Westshire CCTV Partnership; it publishes its own information.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_care_homes_deciding_on_their_own_cameras_not_the_county() -> None:
    pa = _page(
        "/social-care/care-homes/cameras-in-care-homes",
        "Cameras in care homes",
        "<p>Independent providers run the care homes in Westshire. Some of them use CCTV in hallways and at the front door; "
        "each home makes that choice and is responsible for the recordings, not the county council.</p>"
        "<p>If you want to put a camera in a relative's room, speak to the home first.</p>",
        COUNTY,
    )
    assert not pa.signals["cctv_info"]


def test_the_regulators_advice_named_on_the_councils_own_day_centre_page() -> None:
    pa = _page(
        "/adult-social-care/day-centres/cameras",
        "Cameras in our day centres and extra care schemes",
        "<p>We have CCTV at the doors, car parks and lounges of our two day centres and in the shared corridors of the three "
        "extra care schemes we manage. No camera is placed in a toilet, a bathroom, a treatment room or anyone's flat.</p>"
        "<p>Recordings from these buildings are kept for 14 days and then overwritten.</p>"
        "<h2>A camera in your own flat</h2><p>A flat in one of our extra care schemes is your home. If your family want a "
        "camera inside it, that is your choice, but tell the scheme manager and think about the privacy of the carers who "
        "visit. We do not see or keep that footage.</p>"
        "<p>Worried about someone's care? Talk to the centre manager first. The Care Quality Commission publishes advice for "
        "families thinking about a hidden camera.</p>"
        "<p>The Head of Community Safety is the council's single point of contact for all of the council's surveillance "
        "camera systems, these buildings' cameras among them. Email cameras.spoc@westby.example.gov.uk.</p>",
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"] and pa.signals["spoc"]


def test_a_care_homes_own_notice_naming_the_regulator_stays_another_bodys() -> None:
    # guard: a home's own page, the regulator named as its inspector
    pa = read(
        "CCTV at Meadowbank House\n"
        "Meadowbank House is a care home registered with the Care Quality Commission. We use CCTV in corridors and at the "
        "entrance; there are no cameras in bedrooms. Recordings are kept for 30 days.\n"
    )
    assert not pa.signals["cctv_info"]


def test_a_rooms_certificate_awarded_to_the_neighbour_by_its_bare_name() -> None:
    pa = _page(
        "/community-safety/cctv",
        "CCTV",
        "<p>Westby District Council runs 40 public space cameras in the town centre to prevent and detect crime.</p>"
        "<p>They are watched around the clock from a control room at Hawton, run for us by Eastmoor District Council under a "
        "service level agreement. The Hawton control room holds full certification against the Surveillance Camera Code of "
        "Practice, awarded to Eastmoor in 2020.</p>",
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["certification"]


def test_a_certificate_awarded_to_the_council_by_its_bare_name_is_its_own() -> None:
    # guard: the council's own place name as the holder
    pa = _page(
        "/community-safety/cctv",
        "CCTV",
        "<p>Westby District Council runs 40 public space cameras in the town centre to prevent and detect crime.</p>"
        "<p>Our control room holds full certification against the Surveillance Camera Code of Practice, awarded to Westby in "
        "2020.</p>",
    )
    assert pa.signals["certification"]


def test_a_description_lists_certification_step_completed() -> None:
    pa = _page(
        "/en/resident/community-safety/town-cameras",
        "Town cameras (CCTV)",
        "<p>Our 30 cameras cover the centres of Cwm Tawel and Pontyrhyd. Council operators watch them from the control room "
        "at the Civic Centre.</p>"
        "<h2>Standards</h2><dl><dt>Third-party certification</dt><dd>Step 2 (full audit) completed</dd>"
        "<dt>Operator licensing</dt><dd>Every operator holds an SIA licence</dd></dl>",
        WELSH,
    )
    assert pa.signals["certification"]
    assert pa.certification and pa.certification["level"] == "step2"


def test_a_description_list_planning_certification_is_no_claim() -> None:
    # guard: the value is an intention, not a completed step
    pa = _page(
        "/en/resident/community-safety/town-cameras",
        "Town cameras (CCTV)",
        "<p>Our 30 cameras cover the centres of Cwm Tawel and Pontyrhyd.</p>"
        "<dl><dt>Third-party certification</dt><dd>Step 1 application planned for next year</dd></dl>",
        WELSH,
    )
    assert not pa.signals["certification"]


def test_a_bare_telephone_line_closing_a_cctv_page() -> None:
    pa = _page(
        "/cctv",
        "CCTV in Westby",
        "<p>The council uses CCTV in public places across the district, in line with the Surveillance Camera Code of "
        "Practice.</p>"
        "<p>Cameras are watched from the council's control room, whose staff work with the police.</p>"
        "<p>To ask for footage, fill in our CCTV request form.</p>"
        "<p>Our staff also work with shops in the town through the business crime partnership.</p>"
        "<p>Read the CCTV code of practice.</p>"
        "<p>Tel: 01632 960 418</p>",
    )
    assert pa.spoc is not None and pa.spoc["phone"] == "01632 960 418"


def test_a_complaints_route_about_the_system_to_the_records_team() -> None:
    pa = _page(
        "/crime-and-safety/cctv",
        "CCTV in Westby",
        "<p>Westby District Council is the data controller for the CCTV system. Our control room monitors cameras around "
        "the town every day of the year.</p>"
        "<p>Street camera recordings are kept for 31 days.</p>"
        "<p>To complain about how the system is run, contact the Information Governance Team on 01632 960 772 or at "
        "infogov@westby.example.gov.uk.</p>",
    )
    assert pa.spoc is not None and pa.spoc["email"] == "infogov@westby.example.gov.uk"


def test_a_subject_access_route_to_the_records_team_stays_no_contact_point() -> None:
    # guard: footage of yourself through the records team is the subject access route
    pa = _page(
        "/privacy/cctv",
        "CCTV privacy notice",
        "<p>Westby District Council is the controller for recordings made by its town centre cameras, kept for 31 days.</p>"
        "<p>To ask for a copy of your own information, contact the Information Governance Team at "
        "infogov@westby.example.gov.uk.</p>",
    )
    assert pa.signals["cctv_info"]
    assert pa.spoc is None


def test_one_fact_on_the_councils_hostel_page() -> None:
    pa = _page(
        "/housing/our-hostel",
        "Our hostel in Kelby",
        "<p>The council runs a ten-room hostel in Kelby for people who are homeless.</p>"
        "<p>The hostel has CCTV, and recordings are deleted after 21 days. Visitors sign in at the office.</p>",
    )
    assert pa.signals["cctv_info"]
    assert pa.criteria.get("retention")


def test_one_fact_on_the_councils_harbour_page() -> None:
    pa = _page(
        "/kelby-harbour/visitor-moorings",
        "Visitor moorings",
        "<p>Visitors may moor at the north pontoon for up to four hours.</p>"
        "<p>The harbour office watches the north pontoon and the slipway on its cameras day and night.</p>",
    )
    assert pa.signals["cctv_info"]
    assert pa.criteria.get("cameras")


def test_one_fact_in_a_projects_list_of_what_it_delivered() -> None:
    pa = _page(
        "/regeneration/kelby-market-square",
        "Kelby market square improvements",
        "<p>Paid for by the high streets fund.</p><h2>What the scheme includes</h2>"
        "<ul><li>New paving and benches</li><li>Sixteen new high-definition cameras covering Kelby market square and Hill "
        "Park</li><li>Tree planting</li></ul>",
    )
    assert pa.signals["cctv_info"]
    assert pa.criteria.get("cameras")


def test_cameras_another_body_put_up_stay_theirs() -> None:
    # guard: the force as the subject of the same words
    pa = _page(
        "/regeneration/kelby-market-square",
        "Kelby market square improvements",
        "<p>Westmarch Police have installed two CCTV cameras on a new column in Mill Lane.</p>",
    )
    assert not pa.signals["cctv_info"]


# ---- rounds ----------------------------------------------------------------------------------------------------------------


def test_members_question_answered_that_there_is_no_formal_agreement() -> None:
    pa = read(
        "Questions from Members\n"
        "Councillor Ann Pryce asked the Cabinet Member for Communities whether the council had a written agreement with "
        "Westmarch Police about the use of its cameras in Kelby and Hawton.\n"
        "The Cabinet Member replied that there was currently no formal agreement or protocol with the force. Police "
        "requests for footage were made on the national request form and considered one at a time by the CCTV team.\n"
    )
    assert not pa.signals["sla"]


def test_a_welsh_policys_agreement_still_being_prepared() -> None:
    pa = read(
        "Polisi Teledu Cylch Cyfyng\n"
        "Adran 5: Datgelu i'r heddlu\n"
        "5.1 Mae Heddlu De Cymru yn gofyn am luniau o gamerâu'r Cyngor yn aml.\n"
        "5.2 Mae'r Cyngor a Heddlu De Cymru yn paratoi Cytundeb Rhannu Gwybodaeth ar gyfer y camerâu. Mae'r cytundeb yn dal "
        "i gael ei ddrafftio ac nid yw wedi'i lofnodi eto.\n"
        "5.3 Cedwir lluniau am 31 diwrnod.\n"
    )
    assert not pa.signals["sla"]
    assert any(m.get("planned") for m in pa.sla)


def test_a_deployment_protocol_naming_the_force_only_as_a_referrer() -> None:
    pa = read(
        "Mobile CCTV – Deployment Protocol\n"
        "1. Requests\n"
        "Ward councillors, Westmarch Police, housing officers and residents may ask for a mobile camera. Every request goes "
        "to the council's CCTV Single Point of Contact.\n"
        "2. Deployment\n"
        "Cameras go up for up to twelve weeks with signs in place. Recordings are kept for 28 days.\n"
    )
    assert not pa.signals["sla"]


def test_a_protocol_between_the_council_and_the_force_stays_an_agreement() -> None:
    # guard: the force as a party in the protocol's own title
    pa = read(
        "CCTV Protocol between Westby District Council and Westmarch Police\n"
        "This protocol sets out how officers ask for and receive recordings from the council's public space cameras.\n"
        "Signed for Westmarch Police: Chief Inspector R. Hale, 3 March 2024\n"
        "Signed for Westby District Council: Head of Community Safety, 3 March 2024\n"
    )
    assert pa.signals["sla"]


def test_budgets_approved_to_meet_the_fees_of_third_party_certification() -> None:
    for text in (
        "Cabinet resolved to approve revenue funding of £5,900 to meet the audit and certification fees needed for the "
        "Council's public space CCTV system to gain third-party certification against the Surveillance Camera Code.\n",
        "The Executive on 4 October approved a one-off revenue allocation of £3,700 from reserves to meet the cost of third "
        "party certification of the council's public space CCTV system against the Surveillance Camera Code of Practice.\n",
    ):
        assert read("CCTV – investment and compliance\n" + text).signals["certification"], text


def test_a_budget_to_meet_the_cost_of_new_cameras_is_no_certification_step() -> None:
    # guard: the fees of something else
    pa = read(
        "CCTV – investment\nCabinet approved capital funding of £120,000 to meet the cost of replacing 30 cameras, which "
        "comply with the Surveillance Camera Code of Practice.\n"
    )
    assert not pa.signals["certification"]


def test_an_action_plans_application_and_self_assessment_submitted() -> None:
    pa = read(
        "CCTV Action Plan (extract)\n"
        "Ref | Action | Lead | Status\n"
        "B2 | Apply for step 1 (desktop) certification against the Surveillance Camera Code | CCTV Manager | Application and "
        "self-assessment submitted to NSI on 2 May 2023; review awaited\n"
        "Westby District Council's cameras cover the town centre and two shopping parades.\n"
    )
    assert pa.signals["certification"]


def test_a_scottish_councils_own_policy() -> None:
    pa = read(
        "Surveillance Camera Policy\n"
        "4. Governance\n"
        "4.1 Moray Council operates CCTV at offices, depots and harbours across the area.\n"
        "4.2 The Information Governance Officer is the council's single point of contact for all council camera systems.\n"
        "4.3 This policy follows data protection law and the National Strategy for Public Space CCTV in Scotland.\n"
    )
    assert pa.decoy is not None
    assert not pa.signals["cctv_info"] and not pa.signals["spoc"]


def test_a_forces_news_release_quoting_its_officer_in_single_quotes() -> None:
    # guard (a news item at both freeze56 and now: round 108's release reads as the council's own at freeze56 only by its
    # other words)
    pa = read(
        "Westmarch Police news\n"
        "Agreement signed on town cameras\n"
        "Westmarch Police and Westby District Council have signed an information sharing agreement on footage from the "
        "council's public space cameras in Kelby and Hawton.\n"
        "The agreement was signed at Kelby police station on Tuesday by Inspector Dev Patel and the council's Director of "
        "Communities.\n"
        "Inspector Patel said: 'Camera footage is often where an investigation starts, and this makes every request "
        "work the same way.'\n"
        "Anyone with information about crime can call 101.\n"
    )
    assert not pa.signals["cctv_info"]


def test_a_trusts_policy_for_sites_it_owns_or_occupies() -> None:
    pa = read(
        "Trust-wide Policy – CCTV\n"
        "Policy number: SEC-14\nApproving committee: Executive Team\nAuthor: Head of Security\n"
        "Summary\n"
        "This policy covers CCTV on all sites owned or occupied by Riverside Community Health NHS Trust, including clinics "
        "and car parks. Recordings are kept for 30 days.\n"
    )
    assert not pa.signals["cctv_info"]


def test_a_welsh_housing_associations_own_estate_cameras() -> None:
    pa = read(
        "Camerâu ar ein stadau\n"
        "Mae Tai Glan Afon wedi gosod camerâu mewn mannau cymunedol ar rai o'n stadau i helpu i atal troseddau.\n"
        "Rydym wedi llofnodi Cytundeb Rhannu Gwybodaeth â Heddlu Dyfed-Powys. Cedwir lluniau am 28 diwrnod.\n"
    )
    assert not pa.signals["cctv_info"] and not pa.signals["sla"]


def test_an_operator_induction_checklist_is_the_councils_own_paper_not_an_advert() -> None:
    pa = read(
        "CCTV Operator Induction Checklist – Westby District Council\n"
        "Operator name: ________   Start date: ________\n"
        "Item | Date completed | Initials\n"
        "Read the CCTV Code of Practice | |\n"
        "Briefing with the Surveillance Camera SPOC | |\n"
        "Guidance\n"
        "The last briefing is given by the council's Surveillance Camera Single Point of Contact, the Community Safety "
        "Manager, who keeps the register of all council camera systems. Queries: cameras@westby.example.gov.uk.\n"
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"] and pa.signals["spoc"]


def test_the_district_monitoring_cameras_on_behalf_of_the_town_councils() -> None:
    pa = read(
        "Schedule 3 – Town council service level agreements\n"
        "Westby District Council monitors public space cameras in four towns on behalf of the town councils that pay for "
        "them, each under a service level agreement between the District Council and the town council.\n"
        "Town council | Cameras | Contribution\n"
        "Kelby Town Council | 18 | £16,200\n"
        "Hawton Town Council | 9 | £8,100\n"
        "Footage is released only by the District Council as data controller, and recordings are kept for 31 days.\n"
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"] and not pa.signals["sla"]


def test_a_town_councils_own_cameras_stay_the_town_councils() -> None:
    # guard: the town council speaking of its own cameras
    pa = read(
        "Kelby Town Council – CCTV\n"
        "Kelby Town Council owns and runs 12 cameras in the market place. Recordings are kept for 28 days.\n"
    )
    assert not pa.signals["cctv_info"]


def test_a_housing_scrutiny_panels_members_asking_about_estate_cameras() -> None:
    pa = read(
        "Housing Scrutiny Panel – minutes\n"
        "Item 4: CCTV on housing estates\n"
        "The Head of Housing Management introduced the report on the 260 cameras covering council estates and communal "
        "entrances, now run under the same borough-wide code as the street cameras. The council's surveillance camera Single "
        "Point of Contact, the Community Safety Manager, approves every new estate camera.\n"
        "Panel members asked how tenants could raise concerns about a camera. The officer said tenants could write to the "
        "SPOC at estatecameras@westby.example.gov.uk.\n"
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"] and pa.signals["spoc"]


def test_a_police_and_crime_panels_members_asking_the_commissioner_stay_the_panels() -> None:
    # guard: the policing bodies' own minute
    pa = read(
        "Police and Crime Panel – minutes\n"
        "Item 5: CCTV partnership\n"
        "The Commissioner reported on the proposed force-wide CCTV partnership. Panel members asked whether councils would "
        "keep control of their cameras once the force ran the monitoring.\n"
    )
    assert not pa.signals["cctv_info"]


def test_a_signed_deployment_protocol_between_the_council_and_the_force_is_an_agreement() -> None:
    # guard (round 37): the same words with the force as a party and both signatures
    pa = read(
        "Mobile cameras\n"
        "Westby District Council owns nine mobile cameras that can be put up where fly-tipping or vehicle crime is reported.\n"
        "Deployments are agreed under a deployment protocol between Westby District Council and Westmarch Police, signed by "
        "both in May 2024. It covers how sites are chosen and how recordings are passed to officers.\n"
    )
    assert pa.signals["sla"]


def test_the_forces_new_cameras_in_a_news_item_stay_the_forces() -> None:
    # guard (round 5): a count of new cameras is no criterion of the council's own
    pa = read(
        "Police install new cameras on the seafront\n"
        "Westmarch Police have installed five new cameras on the seafront near the pier, paid for from a Home Office fund.\n"
        "The cameras belong to the police and are monitored from the force's own control room. The council's cabinet "
        'member for community safety welcomed the investment, saying it would "help people feel safer at night".\n'
    )
    assert not pa.signals["cctv_info"]


def test_providers_own_cameras_under_the_regulators_guidance_stay_theirs() -> None:
    # guard (round 29): the regulator named as the guidance providers must follow
    pa = read(
        "CCTV in care settings – guidance for providers\n"
        "Some care homes we commission have asked about putting in cameras. Providers are responsible for any cameras on "
        "their own premises and must follow the Care Quality Commission's guidance and data protection law.\n"
        "The county council does not approve or monitor providers' camera systems.\n"
    )
    assert not pa.signals["cctv_info"]


def test_cameras_covering_streets_put_up_by_a_parish_council_stay_the_parish_councils() -> None:
    # guard (web 288's Tandridge): where a camera covers is a criterion of the council's own text, never what makes it own
    pa = _page(
        "/your-council/crime-and-safety/kelby-town-centre-cameras",
        "Kelby town centre cameras",
        "<p>Cameras covering Station Road East, Station Road West and Hill Park were installed by Kelby Parish Council "
        "with the Love "
        "Kelby BID and Hawton Parish Council. Westmarch Police can view and retrieve the images. Questions go to Kelby "
        "Parish Council.</p>",
    )
    assert not pa.signals["cctv_info"]

"""Reading lessons of real-text rounds 118 and 119 (written blind at session 58, measured once at freeze61 and again at
freeze62 = 78a7a85, then opened at session 59). Every passage is written for this test: invented councils, towns, people,
figures and mailboxes, in the shape of the rounds' misses, read as `cctv-audit inspect` reads a text file (no council as the
context).

The council's own, read as such:
- a trade paper's news in brief on one council's full certificate takes the council up again as "The [county] council": still
  one council, whose certificate the paper claims;
- a council's control room selling its watch to businesses ("Get a quote") and taking schools' alarms is the council's own
  centre, the council's cameras its first work; a customer's account manager is no SPOC;
- a cabinet's decision "to spend £X … on the fees for third party certification"; minutes' shorthand "SCC cert retained
  following [the body's] surveillance visit";
- a Welsh privacy notice for body cameras, "a'i ddileu ar ôl 31 diwrnod" (deleted after 31 days);
- the council's news that it "will own, maintain and insure the new cameras".

Not the council's own, or not what it seems:
- an FOI answer whose protocol "expired … and has not been renewed, so there is no current agreement";
- a CCTV partnership with the force attending its board "as an advisory member" is no arrangement with the police;
- a job board's listing ("Posting date", "Job type"); a parish council named with "&" over its cameras;
- a leisure operator or trust that runs councils' centres "on behalf of" them and says "We are the data controller";
- a commissioner's release of a fund towns "may apply for up to £…"; central guidance's "Who is it for? Councils …";
- a network's blog closing "any council that can't name its SPOC …" (its SPOC claim kept, no information of a council's);
- a Welsh force page "Mae Heddlu [X] yn berchen ar tua 160 o gamerâu"; a housing ombudsman's determination; an alarm receiving
  centre's "Every customer receives a service level agreement".
"""

from __future__ import annotations

from read_excerpt import read


def test_a_trade_papers_news_of_one_councils_certificate_names_one_council() -> None:
    pa = read(
        "Briefly\n\nFernley earns full Code certification\n\nFernley Borough Council's public space CCTV has been awarded"
        " full certification under the Surveillance Camera Commissioner's third-party scheme after a two-day audit.\n\nThe"
        " Kentish council, whose room at the Civic Offices watches 84 cameras, held step 1 the year before. Its CCTV manager"
        " told us the auditors spent most of a day on the logs."
    )
    assert pa.decoy and pa.decoy.startswith("third-party"), pa.decoy
    assert pa.signals["certification"], pa.findings
    assert not pa.signals["cctv_info"]


def test_the_councils_room_selling_its_watch_is_its_own_and_has_no_spoc() -> None:
    pa = read(
        "Camera monitoring for local firms\n\nOur Monitoring Hub in Dunmere already watches the council's 180 public space"
        " cameras across the borough. We can watch yours as well.\n\nWhat you get\n- live monitoring at agreed hours\n- a"
        " signed agreement setting out hours and how we reach your keyholder\n- recordings kept for 31 days\n\nGet a quote\n"
        "Each customer has an account manager as their single point of contact for the contract. Email"
        " hub@dunmere.example.gov.uk."
    )
    assert pa.signals["cctv_info"], (pa.decoy, pa.findings)
    assert not pa.signals["spoc"], pa.findings


def test_the_councils_centre_taking_school_alarms_is_no_alarm_company() -> None:
    pa = read(
        "Dunmere Monitoring Centre\n\nAlarms and keyholding\nThe centre takes intruder and fire alarm signals from council"
        " buildings and 25 schools, which buy the service each year. It is approved as an alarm receiving centre to BS EN"
        " 50518.\n\nStreet cameras\nThe same centre monitors the borough's 190 street cameras in four town centres and"
        " the cameras on nine housing estates. Operators pass incidents to the police and to our enforcement officers."
    )
    assert pa.decoy is None, pa.decoy
    assert pa.signals["cctv_info"]


def test_a_decision_to_spend_on_the_certification_fees() -> None:
    pa = read(
        "Decision details\n\nTown centre cameras 2025-27\n\nDecision: Cabinet agreed to replace 12 analogue cameras in"
        " Dunmere with HD units.\n\nCabinet also agreed to spend £4,900 from the CCTV reserve on the fees for third party"
        " certification of the council's public space CCTV system against the Surveillance Camera Code of Practice."
    )
    assert pa.signals["certification"], pa.findings


def test_minutes_shorthand_for_the_code_certificate_kept() -> None:
    pa = read(
        "5. CCTV UPDATE\n\nThe CCTV Mgr reported:\n- 96 cameras live, 4 faults\n- SCC cert retained following SSAIB"
        " surveillance visit on 12 Oct; no non-conformities\n- 240 police requests in the quarter\n\nRESOLVED that the update"
        " be noted."
    )
    assert pa.signals["certification"], pa.findings


def test_scc_as_a_county_council_is_no_certificate() -> None:
    pa = read(
        "CCTV maintenance contract\n\nThe council's 60 town centre cameras are maintained under a framework let by SCC."
        " SCC certified the framework's prices in March. Recordings are kept for 31 days."
    )
    assert not pa.signals["certification"], pa.findings


def test_a_welsh_body_camera_notice_is_the_councils_information() -> None:
    pa = read(
        "Hysbysiad Preifatrwydd - Camerâu Corff\n\nMae rhai o swyddogion Cyngor Sir Dyfnant yn gwisgo camera bach.\n\n"
        "Pryd maen nhw'n recordio?\nDim ond pan fydd y swyddog yn pwyso'r botwm.\n\nBeth sy'n digwydd i'r recordiad?\n"
        "Caiff ei gadw ar system ddiogel a'i ddileu ar ôl 31 diwrnod, oni bai bod ei angen fel tystiolaeth."
    )
    assert pa.signals["cctv_info"], pa.findings


def test_the_councils_news_that_it_will_own_the_new_cameras() -> None:
    pa = read(
        "News\n\nSix new cameras for Dunmere\n\nPublished: 2 June 2025\n\nDunmere Borough Council will put up six new"
        " cameras in the market square after a grant from the commissioner's safer streets fund.\n\nThe council will own,"
        ' maintain and insure the new cameras and meet their running costs.\n\nCouncillor Sam Reed said: "Traders asked'
        ' us for better coverage."'
    )
    assert pa.signals["cctv_info"], (pa.decoy, pa.findings)


def test_a_protocol_that_expired_and_was_not_renewed_is_no_agreement() -> None:
    pa = read(
        "FOI 2025/311 - CCTV and the police\n\nRequest\nPlease send any agreement between the council and the police about"
        " the council's CCTV.\n\nResponse\nThe council runs 44 public space cameras in Dunmere.\n\nA protocol on police"
        " access to the control room was agreed with Westmarch Police in 2016. It expired in April 2021 and has not been"
        " renewed, so there is no current agreement to send."
    )
    assert not pa.signals["sla"], pa.findings


def test_a_partnership_the_force_advises_is_no_police_arrangement() -> None:
    pa = read(
        "Agenda item\n\nCCTV Partnership - annual report\n\nMinutes:\n\nMembers received the report on the Dunmere CCTV"
        " Partnership, made up of the County Council and two town councils, with Westmarch Police attending the Partnership"
        " Board as an advisory member.\n\nThe 40 cameras are watched from a neighbouring council's room under an agreement"
        " between that council and the Partnership.\n\nRESOLVED that the report be noted."
    )
    assert not pa.signals["sla"], pa.findings


def test_a_partnership_with_the_force_is_still_an_arrangement() -> None:
    pa = read(
        "Town centre CCTV\n\nThe council's 30 cameras in Dunmere are run by the Dunmere CCTV Partnership with Westmarch"
        " Police, and watched from the police station. Recordings are kept for 31 days."
    )
    assert pa.signals["sla"], pa.findings


def test_a_job_boards_listing_is_an_advert() -> None:
    pa = read(
        "CCTV and Control Centre Operative L3\n\nPosting date: 4 April 2025\nClosing date: 2 May 2025\nCompany: Dunmere"
        " City Council\nJob type: Permanent\nSalary: £27,100\n\nSummary\nJoin the team in the control centre watching the"
        " city's public space cameras.\n\n- work to the room's BS 7958 procedures and the Surveillance Camera Code"
    )
    assert pa.decoy == "job advert", pa.decoy
    assert not pa.signals["cctv_info"]


def test_a_parish_named_with_an_ampersand_over_its_cameras() -> None:
    pa = read(
        "CCTV policy\n\nHolme & Easton Parish Council - cameras at the recreation ground and the car park.\n\n1. Purpose:"
        " to deter damage.\n2. Recordings are overwritten after 21 days.\n3. The Clerk is the single point of contact for"
        " the system; requests go to clerk@example.org.uk."
    )
    assert not pa.signals["cctv_info"] and not pa.signals["spoc"], (pa.decoy, pa.findings)


def test_a_leisure_operator_for_councils_speaks_for_its_own_cameras() -> None:
    pa = read(
        "CCTV statement\n\nBrightwater Leisure runs 17 pools and gyms on behalf of several councils. Most have cameras.\n\n"
        "We are the data controller for our CCTV and follow data protection law.\n\nPurposes\n- preventing theft in"
        " changing areas\n- keeping staff and customers safe\n\nRecordings are kept for 30 days."
    )
    assert not pa.signals["cctv_info"], (pa.decoy, pa.findings)
    notice = read(
        "CCTV privacy notice\n\nWho we are\nDale Active is a charitable trust that runs five leisure centres on behalf of the"
        " local council.\n\nOur cameras\nWe are the data controller for the CCTV at our centres. Cameras cover entrances and"
        " car parks.\n\nRetention\n30 days."
    )
    assert not notice.signals["cctv_info"], (notice.decoy, notice.findings)


def test_a_council_running_cameras_for_a_town_council_still_speaks_for_itself() -> None:
    pa = read(
        "CCTV\n\nDunmere Borough Council runs the cameras in the market square on behalf of the town council. We are the data"
        " controller for the CCTV and keep images for 31 days. Our control room is staffed around the clock."
    )
    assert pa.decoy is None and pa.signals["cctv_info"], (pa.decoy, pa.findings)


def test_a_commissioners_fund_release_is_the_commissioners() -> None:
    pa = read(
        "Commissioner opens new CCTV fund for market towns\n\nMarket towns across Westmarch can bid for money to improve"
        " their cameras under a scheme from the Office of the Police and Crime Commissioner.\n\n£90,000 is available this"
        " year. Councils and community groups may apply for up to £8,000 each towards cameras and links to a monitoring"
        " hub.\n\nSuccessful applicants will sign a grant agreement with the office, and their systems must follow the"
        " Surveillance Camera Code."
    )
    assert not pa.signals["cctv_info"], (pa.decoy, pa.findings)


def test_central_guidance_that_says_who_it_is_for() -> None:
    framework = read(
        "Model agreement for CCTV and the police\n\nWho is it for? Councils that own public space CCTV and the forces that"
        " use it.\n\nWhat is it? An outline only. Each council and force is expected to write its own agreement from the"
        " headings below.\n\n1. Purpose  2. Governance  3. Information sharing  4. Review"
    )
    assert not framework.signals["cctv_info"], (framework.decoy, framework.findings)
    spoc_guide = read(
        "Guidance\n\nSurveillance cameras: naming a single point of contact\n\nWho this is for\nLocal authorities, and any"
        " other organisation that runs cameras.\n\nWhy it matters\nCouncils run cameras in housing, parks and depots as"
        " well as town centres. A SPOC gives one officer sight of them all.\n\nFirst published June 2017. Last updated"
        " March 2020."
    )
    assert not spoc_guide.signals["cctv_info"] and not spoc_guide.signals["spoc"], spoc_guide.findings


def test_a_networks_blog_on_one_councils_spoc_claims_only_the_spoc() -> None:
    pa = read(
        "Members' blog - 3 June 2024\n\nOne name for every camera\n\nDunmere District Council named one SPOC covering every"
        " surveillance camera system it owns. The council's Head of Public Protection now holds the role, and every service"
        " registers its cameras with the SPOC.\n\nOur view: any council that cannot name its SPOC should ask itself why."
    )
    assert pa.signals["spoc"], pa.findings
    assert not pa.signals["cctv_info"], pa.decoy


def test_a_welsh_force_page_on_its_own_cameras() -> None:
    pa = read(
        "Ein camerâu teledu cylch cyfyng\n\nMae Heddlu Bro Dyfnant yn berchen ar tua 120 o gamerâu mewn 18 o drefi.\n\nCaiff"
        " y lluniau eu monitro gan staff yr heddlu ym mhencadlys yr heddlu.\n\nRydym wedi cwblhau hunanasesiad yn erbyn y"
        " Cod Ymarfer Camerâu Gwyliadwriaeth."
    )
    assert not pa.signals["cctv_info"] and not pa.signals["certification"], (pa.decoy, pa.findings)


def test_a_housing_ombudsman_determination() -> None:
    pa = read(
        "Determination\n\nThe complaint\nThe resident complained about how the landlord handled his request to keep two"
        " cameras he had put up outside his flat.\n\nFindings\nThe landlord could ask for the cameras to be moved, but took"
        " three months to reply.\n\nOrder\nThe landlord is to pay the resident £200 and review its policy on tenants' CCTV."
    )
    assert not pa.signals["cctv_info"], (pa.decoy, pa.findings)


def test_an_alarm_centres_explainer_for_its_customers() -> None:
    pa = read(
        "Remote CCTV monitoring explained\n\nYour cameras are linked to our Alarm Receiving Centre, where operators check"
        " every alarm.\n\nStandards\nOur ARC is approved to BS EN 50518 and BS 8418.\n\nEvery customer receives a service"
        " level agreement setting out response times."
    )
    assert not pa.signals["cctv_info"] and not pa.signals["sla"], (pa.decoy, pa.findings)


def test_a_welsh_fire_service_notice_is_the_services_not_a_councils() -> None:
    # (guard: the verb-first Welsh retention reads the service's deletion too; whose cameras they are decides)
    pa = read(
        "Camerâu ar ein cerbydau\n\nMae Gwasanaeth Tân ac Achub Bro Dyfnant wedi gosod camerâu ar ei injans i gofnodi"
        " ymosodiadau ar griwiau. Dim ond swyddogion awdurdodedig sy'n gweld y lluniau, a chânt eu dileu ar ôl 31 diwrnod."
    )
    assert not pa.signals["cctv_info"], (pa.decoy, pa.findings)


def test_a_local_council_that_will_own_the_cameras_is_not_the_council() -> None:
    # (guard: "will own" is the principal council's own word only when it is "the council")
    pa = read(
        "Community grants: village CCTV\n\nDunmere District Council's community grants can pay up to £4,000 towards"
        " cameras that town and parish councils buy for their own areas.\n\nThe parish or town council will own the"
        " cameras and be responsible for running them lawfully, with signs and a policy."
    )
    assert not pa.signals["cctv_info"], (pa.decoy, pa.findings)

"""Reading lessons of held-back webs 380-385 and real-text rounds 109-110 (webs and round 110 written blind at session 54 by
helpers in snapshots of e97880c, round 109 at session 53; all measured once at freeze57 = e758c76, then opened). The pages
and passages are written for this test (invented councils, towns, bodies and people); web pages are read with their council as
the context, documents as the audit reads a fetched text, passages as ``cctv-audit inspect`` reads a text file.

Webs:
- A neighbour's "own town centre system, watched from the same centre, holds full certification" (web 380's Hart).
- A shared site's theatre page: "[Neighbour] Borough Council keeps the recordings" (web 380's Lewes).
- A strategy's "completed step 1 (desktop) certification … and is working towards step 2" (web 381's Mansfield).
- A policy titled by the cameras' initials, "VSS and Surveillance Camera Policy", designating the SPOC (web 381's Harrow).
- A monitoring agreement drafted as a legal instrument, its parties in capitals (web 381's Horsham).
- A community safety partnership page counting what the district's cameras led to (web 381's South Holland).
- A code page: "Recorded material is released to [the force] under a protocol agreed between the council and the force" (web
  382's Wychavon).
- A planning page titled "Planning: cameras on …" (web 382's Gloucester); the police commissioner's camera scheme in a
  county's news (web 382's Powys).
- The text description of an agreement's signature page (web 384's Dacorum); an engagement platform's "Who's listening"
  panel (web 385's Hastings).

Rounds:
- The Commissioner's self-assessment offered as the council's published assurance (rounds 109-110); a named council only
  completing and publishing it stays no certification (rounds 11, 16, 24).
- Other bodies' own cameras: a university's, a housing association's, a village hall's, a volunteers' group's; in Welsh, a
  school's governors, a leisure trust, a commission, the police (rounds 109-110).
- A consultancy's and an installer's pitch (round 109); a Welsh broadcaster's attributions, a Welsh news site's report of a
  county's recertification (round 110).
"""

from __future__ import annotations

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis, analyse
from analysis.text import extract
from read_excerpt import read, read_page

CTX = AuthorityContext("Westby District Council", "http://www.westby.gov.uk/", "Westmarch", "England")
BOROUGH = AuthorityContext("Northam Borough Council", "http://www.northam.gov.uk/", "Westmarch", "England")


def _page(path: str, title: str, body: str, ctx: AuthorityContext = CTX) -> PageAnalysis:
    return read_page(path, title, body, ctx)


def _document(path: str, text: str, ctx: AuthorityContext = CTX) -> PageAnalysis:
    """A fetched document's text, read with its council as the context."""
    return analyse(extract(text.encode("utf-8"), f"{ctx.website.rstrip('/')}{path}", "text/plain"), ctx)


# ---- webs ------------------------------------------------------------------------------------------------------------------


def test_a_neighbours_own_system_certified_in_the_shared_centre_is_not_the_councils() -> None:
    pa = _page(
        "/community-safety/cctv",
        "CCTV cameras",
        "<p>Our CCTV system has 36 cameras covering Westby, Kelby and Hawton.</p>"
        "<p>Pictures go to the Safer Eastmoor Control Centre, which watches them around the clock under an agreement between"
        " Westby and Eastmoor Borough Council.</p><p>Eastmoor Borough Council's own town centre system, watched from the"
        " same centre, holds full certification against the Surveillance Camera Code of Practice.</p>",
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["certification"], pa.certification


def test_the_councils_own_system_certified_in_the_same_words_stays_its_own() -> None:
    # guard: the same claim in the council's own voice
    pa = _page(
        "/community-safety/cctv",
        "CCTV cameras",
        "<p>Our CCTV system has 36 cameras covering Westby, Kelby and Hawton, watched from our control room.</p>"
        "<p>Our own town centre system, watched from the same room, holds full certification against the Surveillance"
        " Camera Code of Practice.</p>",
    )
    assert pa.signals["certification"]


def test_a_neighbour_keeping_the_recordings_of_its_venues_on_a_shared_site() -> None:
    pa = _page(
        "/arts-and-culture/eastmoor-theatres-access",
        "Eastmoor theatres: access and your visit",
        "<p>The Royal Hall has a hearing loop; headsets are available from the box office.</p>"
        "<p>For your safety, CCTV covers the foyers and stage doors of both Eastmoor venues. Eastmoor Borough Council keeps"
        " the recordings.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_the_council_keeping_the_recordings_of_its_own_venue() -> None:
    # guard: the audited council named as the keeper
    pa = _page(
        "/arts-and-culture/westby-playhouse-access",
        "Westby Playhouse: access and your visit",
        "<p>For your safety, CCTV covers the foyer and stage door of the Playhouse. Westby District Council keeps the"
        " recordings.</p>",
    )
    assert pa.signals["cctv_info"]


def test_step_one_held_and_step_two_worked_towards_is_step_one() -> None:
    pa = _document(
        "/downloads/file/90/cctv_strategy_2024-2027",
        "Strategy for public space CCTV 2024 to 2027\n3. Where we are now\nAbout 120 cameras are watched in the council's"
        " control room at the Civic Centre.\nThe service completed step 1 (desktop) certification against the Surveillance"
        " Camera Code of Practice in March 2021 and is working towards step 2.",
    )
    assert pa.certification is not None and pa.certification["level"] == "step1", pa.certification


def test_working_towards_step_one_alone_is_no_certificate() -> None:
    # guard: nothing held, only worked towards
    pa = _document(
        "/downloads/file/90/cctv_strategy_2024-2027",
        "Strategy for public space CCTV 2024 to 2027\n3. Where we are now\nAbout 120 cameras are watched in the council's"
        " control room at the Civic Centre.\nThe service is working towards step 1 certification against the Surveillance"
        " Camera Code of Practice.",
    )
    assert pa.certification is None


def test_a_policy_titled_by_the_cameras_initials_is_the_councils_own() -> None:
    pa = _document(
        "/media/3301/vss-and-surveillance-camera-policy.pdf",
        "VSS and Surveillance Camera Policy\nWestby District Council. Version 2.0, approved January 2025.\n"
        "1. Scope\nThis policy covers every video surveillance system (VSS) the council owns or operates: public space"
        " cameras, cameras at council buildings and body worn video.\n3. Roles\nThe Community Protection Manager is"
        " designated as the council's single point of contact (SPOC) for surveillance camera systems. Contact the SPOC at"
        " vss@westby.example.gov.uk.\n6. Retention\nRecordings are overwritten after 30 days.",
    )
    assert pa.decoy is None, pa.decoy
    assert pa.signals["spoc"] and pa.spoc and pa.spoc["email"] == "vss@westby.example.gov.uk", pa.spoc


LEGAL_INSTRUMENT = (
    "Agreement for the monitoring of the Westby town centre CCTV system\nTHIS AGREEMENT is dated 3 March 2024.\n"
    "PARTIES: (1) WESTBY DISTRICT COUNCIL of the Civic Centre, Westby (the Council); and (2) THE CHIEF CONSTABLE OF"
    " WESTMARCH POLICE (the Force).\nBackground\n(A) The Council owns the public space cameras in Westby town centre.\n"
    "(B) The Force has agreed to watch those cameras from its control room on the terms below.\n2. Monitoring\nThe Force"
    " will monitor the System every night of the year.\n"
)
SIGNED = (
    "Signed for and on behalf of Westby District Council by P. Aldous, Director of Place, on 20 February 2024.\n"
    "Signed for and on behalf of the Chief Constable of Westmarch Police by R. Mabey, Chief Superintendent, on 3 March"
    " 2024.\n"
)


def test_a_monitoring_agreement_with_its_parties_in_capitals_is_the_signed_agreement() -> None:
    pa = _document("/assets/pdf/town-centre-cctv-monitoring-agreement.pdf", LEGAL_INSTRUMENT + SIGNED)
    assert pa.sla and pa.sla[0]["signed"] and "Westmarch" in (pa.sla[0]["force"] or ""), pa.sla


def test_parties_in_capitals_are_read_as_names_and_nothing_else_changes() -> None:
    from analysis.sla_parties import uncap_parties

    text = (
        "(1) WESTBY DISTRICT COUNCIL (the Council); and (2) THE CHIEF CONSTABLE OF WESTMARCH POLICE. NOTE: CCTV only."
    )
    out = uncap_parties(text)
    assert (
        out
        == "(1) Westby District Council (the Council); and (2) The Chief Constable of Westmarch Police. NOTE: CCTV only."
    )
    assert len(out) == len(text)


def test_what_the_districts_cameras_led_to_on_the_partnerships_page() -> None:
    pa = _page(
        "/community/community-safety-partnership",
        "Westby Community Safety Partnership",
        "<p>The partnership brings together the district council, the police, health services and housing providers.</p>"
        "<p>Last year, operators watching the district's cameras logged 112 incidents, which led to 23 arrests.</p>",
    )
    assert pa.signals["cctv_info"] and pa.criteria["statistics"]


def test_recorded_material_released_under_a_protocol_with_the_force() -> None:
    pa = _page(
        "/code-of-practice",
        "Code of Practice",
        "<p>A code of practice sets strict rules for running the system.</p><p>Recorded material is released to Westmarch"
        " Police under a protocol agreed between the council and the force.</p>",
    )
    assert pa.signals["sla"] and "Westmarch" in (pa.sla[0]["force"] or ""), pa.sla


def test_a_planning_page_titled_for_its_cameras_is_a_planning_decision() -> None:
    pa = _page(
        "/planning-and-building-control/minster-green-cameras",
        "Planning: cameras on Minster Green",
        "<p>Application by the Minster Chapter for 14 cameras on poles around the new green. Decision: approved.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_the_police_commissioners_camera_scheme_in_the_councils_news() -> None:
    pa = _page(
        "/article/5120/police-cameras-switched-on-in-kelby",
        "Police cameras switched on in Kelby",
        "<p>The Police and Crime Commissioner's camera scheme has reached Kelby, part of a force-wide project covering"
        " nine towns. The cameras are monitored by police staff around the clock.</p>",
    )
    assert not pa.signals["cctv_info"]


def test_the_text_description_of_an_agreements_signature_page() -> None:
    pa = _page(
        "/community-safety/cctv/data-sharing-agreement-with-westmarch-police/signature-page-text-description",
        "Signature page: text description",
        "<p>The image shows the last page of the data sharing agreement, with two signature blocks.</p>"
        "<p>First block: signed for Westby District Council by the Director of Communities on 2 May 2023.</p>"
        "<p>Second block: signed for Westmarch Police by the Superintendent for the Western Area on 9 May 2023.</p>",
    )
    assert pa.sla and pa.sla[0]["signed"] and "Westmarch" in (pa.sla[0]["force"] or ""), pa.sla


def test_an_engagement_platforms_whos_listening_panel_is_a_contact_point() -> None:
    pa = _page(
        "/underpass-cctv",
        "Underpass CCTV",
        "<p>This consultation has closed. The cameras were put up in 2025.</p><p>We proposed 12 fixed cameras covering both"
        " ends of the underpass in Westby.</p><h2>Who's listening</h2><p>Dana Orley, CCTV and Community Safety Manager</p>"
        "<p>safer@westby.example.gov.uk</p><p>01632 960 418</p>",
    )
    assert pa.spoc and pa.spoc["email"] == "safer@westby.example.gov.uk", pa.spoc


# ---- rounds ----------------------------------------------------------------------------------------------------------------


def test_a_self_assessment_offered_as_the_councils_published_assurance() -> None:
    pa = read(
        "How our cameras comply\n\nEvery year Westby District Council completes the Surveillance Camera Commissioner's"
        " self-assessment tool for its public space CCTV in Westby and Kelby. The self-assessment is our published assurance"
        " that the system meets the twelve guiding principles of the Surveillance Camera Code of Practice.\n\n"
        "Latest self-assessment: completed 3 March 2025 by the CCTV Officer.\n"
    )
    assert pa.signals["cctv_info"] and pa.signals["certification"]


def test_a_council_by_its_name_only_completing_and_publishing_the_tool_is_no_certification() -> None:
    # guard: rounds 11, 16 and 24 label a named council that completes the tool and publishes the result as no certification
    pa = read(
        "Surveillance camera self-assessment\nEach year Westby District Council completes the Code's self-assessment tool"
        " for its public space CCTV system in Westby and Kelby, and publishes the result on this page.\n"
    )
    assert pa.signals["cctv_info"] and not pa.signals["certification"]


def test_a_university_naming_its_spoc_for_all_its_cameras() -> None:
    pa = read(
        "CCTV on campus\n\nThe Campus Safety team runs CCTV across the campus to protect students, staff and visitors.\n\n"
        "The University's Head of Campus Safety is the single point of contact for all University CCTV systems, including"
        " cameras in halls of residence.\n\nEmail: campussafety@example.ac.uk\n"
    )
    assert not pa.signals["cctv_info"] and not pa.signals["spoc"]


def test_cameras_on_a_universitys_property() -> None:
    pa = read(
        "Campus cameras - who to contact\n\nAll cameras on University of Kelby property, including halls and libraries, are"
        " managed centrally by Campus Security.\n\nThe Security Manager is the single point of contact for requests to move"
        " a camera.\n"
    )
    assert not pa.signals["cctv_info"] and not pa.signals["spoc"]


def test_a_landlords_cameras_set_apart_from_the_councils() -> None:
    pa = read(
        "Cameras on our estates\n\nBrookfield Living has cameras at 17 of its blocks, mostly at entrances and bin stores. The"
        " cameras are ours and are managed separately from any council cameras nearby.\n\nOur Estate Safety Lead is the single"
        " point of contact for all Brookfield Living cameras.\n"
    )
    assert not pa.signals["cctv_info"] and not pa.signals["spoc"]


def test_a_village_halls_cameras_belonging_to_its_trustees() -> None:
    pa = read(
        "CCTV at the hall - notice to hirers\n\nCameras cover the entrance and car park of Hawton Village Hall. The hall is run"
        " by a charity and the cameras belong to the trustees.\n\nRecordings are deleted after 14 days.\n"
    )
    assert not pa.signals["cctv_info"]


def test_a_volunteers_group_running_its_own_cameras() -> None:
    pa = read(
        "Volunteers' cameras help catch a thief\n\nKelby Watch, the volunteer group that runs 24 cameras in the harbour town,"
        " has helped police identify a man who stole from a shop on the quay. Their footage was passed to the police.\n"
    )
    assert not pa.signals["cctv_info"]


def test_welsh_other_bodies_as_controllers_and_owners() -> None:
    school = read(
        "Polisi Teledu Cylch Cyfyng\n\nMae gan yr ysgol 8 camera o amgylch y fynedfa a'r iard.\n\nY corff llywodraethu yw'r"
        " rheolydd data. Cedwir recordiadau am 14 diwrnod.\n"
    )
    trust = read(
        "Hysbysiad Preifatrwydd: Teledu cylch cyfyng\n\nMae'r Ymddiriedolaeth yn defnyddio camerâu yn ei chanolfannau"
        " hamdden.\n\nYr Ymddiriedolaeth, ac nid y Cyngor Sir, yw'r rheolydd data ar gyfer y camerâu hyn. Cadw: 30 diwrnod.\n"
    )
    police = read(
        "Camerâu yn ôl ar strydoedd y dref\n\nMae camerâu newydd wedi dechrau gweithio yn y dref. Yr heddlu sy'n berchen ar y"
        " camerâu newydd, ac maen nhw'n cael eu monitro o bencadlys y llu.\n"
    )
    assert not school.signals["cctv_info"]
    assert not trust.signals["cctv_info"]
    assert not police.signals["cctv_info"]


def test_a_consultancys_pitch_and_an_installers_certificate() -> None:
    blog = read(
        "What a CCTV sign should say\n\n1. Who is responsible for the cameras.\n2. Why they are there.\n3. How to get in"
        " touch.\n\nWe help organisations review their signs as part of our compliance audits. Call us to book a site"
        " visit.\n"
    )
    installer = read(
        "Your CCTV certificate of compliance\n\nWhen we finish an installation we give you a certificate. It covers the"
        " equipment and how it was installed. How long you keep footage remains your responsibility as the system owner.\n"
    )
    assert not blog.signals["cctv_info"]
    assert not installer.signals["cctv_info"]


def test_a_welsh_broadcasters_report_of_stalled_talks() -> None:
    pa = read(
        "Dim cytundeb eto ar dalu am gamerâu\n\nMae trafodaethau rhwng Cyngor Bwrdeistref Sirol Aberwen a'r heddlu ynglŷn â"
        " thalu am fonitro camerâu cylch cyfyng y dref wedi dod i stop, yn ôl cynghorwyr lleol.\n\nMae'r Cyngor wedi gofyn i'r"
        " heddlu gyfrannu at gost gweithredwyr yr ystafell reoli, sy'n gwylio 40 camera.\n\nDywedodd llefarydd ar"
        " ran yr heddlu eu bod yn parhau i weithio gyda'r Cyngor.\n"
    )
    assert not pa.signals["cctv_info"]


def test_a_welsh_news_sites_report_of_recertification_still_says_what_it_claims() -> None:
    pa = read(
        "Camerâu'r sir yn cadw'u tystysgrif\n\nMae system teledu cylch cyfyng Cyngor Sir Aberwen wedi cael ei hailardystio"
        " yn erbyn y Cod Ymarfer Camerâu Gwyliadwriaeth, bum mlynedd ar ôl iddi gael yr ardystiad llawn am y tro cyntaf.\n\n"
        "Dywedodd un o gynghorwyr y dref ei fod yn newyddion da.\n"
    )
    assert not pa.signals["cctv_info"]
    assert pa.signals["certification"]


def test_a_welsh_page_on_the_councils_system_by_its_name() -> None:
    pa = read(
        "Ble mae'r camerâu?\n\nMae prif system TCC Cyngor Aberwen yn cynnwys 44 o gamerâu, a 30 ohonynt yng nghanol y dref."
        "\n\n- Y Cei: dau gamera ar y promenâd\n- Llanfair: un camera ar y Stryd Fawr\n"
    )
    assert pa.signals["cctv_info"]


def test_a_welsh_codes_certificate_of_agreement_signed_for_the_force() -> None:
    pa = read(
        "Cod Ymarfer TCC Mannau Cyhoeddus\nTystysgrif Cytundeb\n\nMae cynnwys y Cod hwn wedi'i gymeradwyo gan y llofnodwyr"
        " isod. Drwy lofnodi, mae Cyngor Aberwen a Heddlu De Cymru yn cytuno i weithredu'r cynllun yn unol â'r Cod.\n\n"
        "Llofnodwyd ar ran Cyngor Aberwen\nEnw: M. Prys   Swydd: Cyfarwyddwr Lle   Dyddiad: 4 Mawrth 2024\n\n"
        "Llofnodwyd ar ran Heddlu De Cymru\nEnw: D. Huws   Swydd: Prif Uwch-arolygydd   Dyddiad: 11 Mawrth 2024\n"
    )
    assert pa.signals["sla"] and pa.sla and pa.sla[0]["signed"], pa.sla


def test_a_welsh_answer_counting_the_councils_fixed_cameras() -> None:
    pa = read(
        "Cais Rhyddid Gwybodaeth - Cyfeirnod RhG 2210\nYmateb: 2 Mai 2024\n\nCwestiwn 1: Faint o gamerâu TCC sydd gan y Cyngor?\n"
        "Ateb: 96 o gamerâu sefydlog ar 21 safle, a 9 o gamerâu corff.\n"
    )
    assert pa.signals["cctv_info"]


def test_the_dpo_as_the_contact_for_a_notices_questions_is_no_camera_spoc() -> None:
    pa = read(
        "CCTV privacy notice\n\nWho we are\nWestby District Council runs cameras in the town centre and at its offices.\n\n"
        "How long we keep it\nRecordings are overwritten after 31 days.\n\nContact\nOur Data Protection Officer is the single"
        " point of contact for questions about this notice or about your data protection rights: dpo@westby.example.gov.uk.\n"
    )
    assert pa.signals["cctv_info"] and not pa.signals["spoc"]


def test_a_welsh_request_with_only_its_acknowledgement() -> None:
    pa = read(
        "Camerâu TCC ym mharc y dref\n\nAnnwyl Gyngor Aberwen,\n\nAr ôl gweld camerâu newydd yn y parc, hoffwn gael y canlynol"
        " o dan Ddeddf Rhyddid Gwybodaeth 2000:\n1) yr asesiad o'r effaith ar ddiogelu data;\n2) nifer y camerâu.\n\nYn gywir,"
        "\nSiân Lewis\n\nAnnwyl Siân Lewis,\nDiolch am eich cais, a gofnodwyd o dan y cyfeirnod RhG 0411. Gall y Cyngor gymryd"
        " hyd at 20 diwrnod gwaith i ymateb.\n"
    )
    assert not pa.signals["cctv_info"]


def test_a_welsh_bus_lane_enforcement_page() -> None:
    pa = read(
        "Camerâu lonydd bysiau\n\nMae'r Cyngor yn defnyddio camerâu sefydlog i orfodi'r rheolau ar lonydd bysiau yng nghanol y"
        " dref.\n\nBydd Swyddog Gorfodi Sifil yn gwylio'r fideo cyn anfon Hysbysiad Tâl Cosb at geidwad cofrestredig y"
        " cerbyd. Y tâl yw £70.\n"
    )
    assert not pa.signals["cctv_info"]


def test_a_forces_welsh_news_of_an_agreement_signed_with_a_county_borough() -> None:
    pa = read(
        "Newyddion\nHeddlu Gwent a Chyngor Aberwen yn llofnodi cytundeb TCC\n\nMae Heddlu Gwent a Chyngor Bwrdeistref Sirol"
        " Aberwen wedi llofnodi Cytundeb Lefel Gwasanaeth newydd ar gyfer defnyddio camerâu teledu cylch cyfyng y Cyngor.\n\n"
        "\"Mae'r cytundeb hwn yn rhoi sylfaen gadarn i'r bartneriaeth,\" meddai'r Prif Uwch-arolygydd.\n\nI roi gwybod am"
        " drosedd, ffoniwch 101.\n"
    )
    assert not pa.signals["cctv_info"]
    assert pa.signals["sla"]


def test_a_welsh_case_study_of_a_councils_spoc_says_what_it_claims() -> None:
    pa = read(
        "Astudiaeth achos: un pwynt cyswllt i holl gamerâu'r cyngor\n\nPan adolygodd Cyngor Bwrdeistref Sirol Aberwen ei"
        " gamerâu yn 2023, roedd gan y Cyngor dros ugain o systemau.\n\nYmateb y Cyngor oedd dynodi ei Reolwr Diogelwch"
        " Cymunedol yn Bwynt Cyswllt Unigol ar gyfer camerâu gwyliadwriaeth. Mae'r swyddog yn ateb cwestiynau'r cyhoedd drwy"
        " un cyfeiriad e-bost, camerau@aberwen.example.gov.uk.\n\nMae'r hyb yn annog cynghorau eraill i ystyried yr un model.\n"
    )
    assert not pa.signals["cctv_info"]
    assert pa.signals["spoc"]


def test_a_rail_operator_investing_in_its_stations_cameras() -> None:
    pa = read(
        "Station safety\n\nTransport for Wales is investing in new CCTV at stations across the valleys lines, and every"
        " rebuilt station now has cameras that give clear pictures. Images from station cameras are managed by our security team and shared with"
        " British Transport Police when they investigate a crime.\n"
    )
    assert not pa.signals["cctv_info"]


def test_welsh_body_cameras_of_civil_enforcement_officers_stay_the_councils() -> None:
    # guard: the officers' own body cameras are no bus-lane enforcement page
    pa = read(
        "Hysbysiad Preifatrwydd - Camerâu Corff\n\nMae Cyngor Bwrdeistref Sirol Aberwen yn rhoi camerâu corff i'w swyddogion"
        " gorfodi sifil ac i wardeiniaid cymdogaeth. Mae'r camerâu'n recordio lluniau a sain.\n\nAm ba hyd y cedwir"
        " recordiadau\nCaiff recordiadau eu dileu ar ôl 31 diwrnod.\n"
    )
    assert pa.signals["cctv_info"]


def test_the_councils_own_spokesperson_in_its_welsh_news() -> None:
    # guard: "a spokesperson for the council said" is the council's own news voice
    pa = read(
        "Newyddion\n\nTrafodaethau'n parhau ar gamerâu'r dref\n\nMae Cyngor Bwrdeistref Sirol Aberwen a Heddlu Gogledd Cymru"
        " yn dal i drafod cytundeb newydd ar gyfer rhannu lluniau o 60 o gamerâu'r Cyngor.\n\nDywedodd llefarydd ar ran y"
        " Cyngor: \"Mae'r camerâu'n dal i weithio bob awr o'r dydd a'r nos.\"\n"
    )
    assert pa.signals["cctv_info"]


def test_a_magazines_explainer_of_the_national_framework() -> None:
    pa = read(
        "A framework, not an agreement\n\nThe national framework service level agreement for public space surveillance is often"
        " mistaken for an agreement in its own right. It lists what a local agreement between a council and its force should"
        " cover: purpose, governance, information sharing, evidence handling and money.\n\nControl room managers will find"
        " new sections on cloud storage in the revised version.\n"
    )
    assert not pa.signals["cctv_info"] and not pa.signals["sla"]


def test_the_councils_agreement_adapted_from_the_framework_stays_its_own() -> None:
    # guard: the council's own word of its agreement, built on the framework
    pa = read(
        "CCTV and the police\n\nOur information sharing agreement with Westmarch Police follows the national framework, adapted"
        " locally, and was signed by the council and the force in May 2023. It covers how our control room releases"
        " recordings of the town centre cameras.\n"
    )
    assert pa.signals["cctv_info"] and pa.signals["sla"]


def test_a_certification_bodys_notice_to_its_clients() -> None:
    pa = read(
        "Surveillance camera certification: information for clients\n\nOur certification service against the Surveillance Camera Code of"
        " Practice has closed to new applications. Organisations that already hold a step 2 certificate with us will keep"
        " their audits.\n\nClients often ask whether our BS 7958 approval can be used instead. It cannot.\n"
    )
    assert not pa.signals["cctv_info"]

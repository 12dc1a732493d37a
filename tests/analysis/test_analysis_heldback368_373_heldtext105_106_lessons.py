"""Reading lessons of held-back webs 368-373 and real-text rounds 105-106 (webs and round 106 written blind at session 52 by
helpers in snapshots of 39c0f18, round 105 at session 51; all measured once at freeze55 = 9891f86, then opened). The pages
and passages are written for this test (invented councils, towns, bodies and people); web pages are read with their council as
the context, passages as ``cctv-audit inspect`` reads a text file.

Webs:
- An agreement "setting out what the council and [the force] each do", still being drawn up (web 369's Cheltenham).
- A subject access request "on our online form" as the only route (web 369's Bassetlaw).
- A partnership scorecard row giving cameras to the neighbouring council (web 371's Rother).
- Cameras monitored by "a control centre that holds … certification, run for us by [a neighbour]" (web 371's Rushmoor).
- A managers' group's benchmark: "[Neighbour] holds full step 2 certification" (web 371's Camden).
- A business plan row renewing the agreement, "awaiting the force's signature" (web 371's Rushmoor).
- A register of sharing agreements whose columns carry each party's dated signature (web 371's North Devon).
- An archived page naming a former joint manager as SPOC (web 372's Havant).
- A hub's code naming the hub manager, "employed by [a neighbour]", as SPOC; "apply to us: [mailbox]" (web 372's Hyndburn).
- A neighbour's protocol with the force, by its full name or its bare name (web 372's Rhondda Cynon Taf and Waverley).
- "Questions about CCTV at our buildings: [the information governance mailbox]" (web 373's North Hertfordshire).

Rounds:
- FOI answers set out as a question and answer table (round 105).
- An improvement plan's red row to appoint a SPOC; a tracker's row "application lodged with [a certification body]"; a
  capital programme's approved line for certification (round 105).
- Other bodies' own camera policies: a leisure trust, a village hall, a campus key-value box, a force in Welsh (round 105).
- Questions and answers: a draft MoU "Has it been signed? No."; a cabinet member's answer citing the signed release
  protocol; a written answer naming the police signatory only by rank; a council's virtual assistant; a budget approved to obtain certification; a university's own SPOC
  for its campus cameras (round 106).
"""

from __future__ import annotations

from pathlib import Path

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis
from read_excerpt import read, read_page

CTX = AuthorityContext("Westby District Council", "http://www.westby.gov.uk/", "Westmarch", "England")
HAMPSHIRE = AuthorityContext("Westby Borough Council", "http://www.westby.gov.uk/", "Hampshire", "England")


def _page(path: str, title: str, body: str, ctx: AuthorityContext = CTX) -> PageAnalysis:
    return read_page(path, title, body, ctx)


_read = read


CCTV_FACTS = (
    "<p>The council owns 61 public space cameras in Westby town centre and along the riverside path.</p>"
    "<p>Westmarch Police watch them from the force control room to deter and detect crime.</p>"
)

# ---- webs ------------------------------------------------------------------------------------------------------------------


def test_an_agreement_setting_out_what_each_party_does_still_being_drawn_up() -> None:
    pa = _page(
        "/community-safety/public-space-cctv",
        "Public space CCTV",
        CCTV_FACTS
        + "<p>A monitoring agreement setting out what the council and Westmarch Police each do is still being "
        "drawn up; officers took a draft to the executive last spring.</p>",
    )
    assert pa.criteria.get("police_agreement")
    assert not pa.signals["sla"]
    assert any(m.get("planned") for m in pa.sla)


def test_a_subject_access_request_on_the_online_form_is_no_contact_point() -> None:
    pa = _page(
        "/data-protection/privacy-notices/cctv",
        "CCTV privacy notice",
        "<p>Westby District Council is the controller for recordings made by its public space cameras.</p>"
        "<p>Recordings are kept for 28 days and then overwritten.</p>"
        "<p>You can ask for recordings of yourself through a subject access request on our online form.</p>",
    )
    assert pa.signals["cctv_info"]
    assert pa.spoc is None


def test_a_scorecard_row_giving_the_cameras_to_the_neighbouring_council() -> None:
    pa = _page(
        "/community-safety/partnership-scorecard",
        "Safer Westby and Ashcombe Partnership scorecard",
        "<p>The partnership's quarterly measures.</p><table><tr><th>Measure</th><th>Body</th><th>Q1</th><th>Q2</th></tr>"
        "<tr><td>Incidents picked up by Ashcombe public space CCTV</td><td>Ashcombe Borough Council</td><td>388</td>"
        "<td>412</td></tr><tr><td>Anti-social behaviour reports</td><td>Westmarch Police</td><td>540</td><td>502</td></tr>"
        "</table>",
    )
    assert not pa.signals["cctv_info"]


def test_a_certified_control_centre_run_for_us_by_a_neighbour() -> None:
    pa = _page(
        "/council/annual-report",
        "Annual report",
        "<p>Since 2022 our cameras have been monitored by a control centre that holds the Commissioner's full "
        "certification, run for us by Ashcombe Borough Council.</p>",
    )
    assert not pa.signals["certification"]


def test_a_neighbour_by_its_bare_name_holding_step_2() -> None:
    pa = _page(
        "/media/regional-cctv-benchmark.pdf",
        "Regional CCTV benchmark",
        "<p>A summary shared by the regional CCTV managers' group; each borough's figures are its own.</p>"
        "<p>Borough | Cameras | Incidents</p><p>Ashcombe | 188 | 4,210</p><p>Northby | 96 | 2,075</p>"
        "<p>Ashcombe holds full step 2 certification against the Surveillance Camera Code (2021).</p>",
    )
    assert not pa.signals["certification"]


def test_the_council_by_its_own_bare_name_holding_step_2_is_still_its_claim() -> None:
    pa = _page(
        "/community-safety/cctv",
        "CCTV",
        CCTV_FACTS + "<p>Westby holds full step 2 certification against the Surveillance Camera Code (2021).</p>",
    )
    assert pa.signals["certification"]


def test_the_councils_own_service_by_its_brand_name_holding_step_2() -> None:
    pa = _page(
        "/community-safety/westbywatch",
        "Westbywatch",
        CCTV_FACTS
        + "<p>Westbywatch was awarded full step 2 certification against the Surveillance Camera Code of Practice in "
        "June 2021.</p>",
    )
    assert pa.signals["certification"]


def test_a_which_council_does_what_row_whose_cameras_a_neighbours_room_watches() -> None:
    pa = _page(
        "/council-and-democracy/which-council-does-what",
        "Which council does what",
        "<table><tr><th>Service</th><th>Who provides it</th><th>Notes</th></tr>"
        "<tr><td>Town centre CCTV</td><td>District council</td><td>Cameras in five towns are watched from Ashcombe Borough "
        "Council's control room</td></tr></table>",
    )
    assert pa.signals["cctv_info"]


def test_a_business_plan_row_awaiting_the_forces_signature() -> None:
    # (a real force's name: the register's force for the council, as on the site the lesson came from)
    pa = _page(
        "/council/performance/business-plan-quarterly-monitoring",
        "Council business plan: quarterly monitoring",
        "<p>Quarter 2, 2025/26. Exported from the monitoring workbook.</p><div class='sheet'><p class='sheet-tab'>Sheet: Q2 "
        "actions</p><table class='xls'><thead><tr><th class='corner'></th><th class='col'>A</th><th class='col'>B</th>"
        "<th class='col'>C</th><th class='col'>D</th></tr><tr><th class='row'>1</th><th scope='col'>Action</th>"
        "<th scope='col'>Lead</th><th scope='col'>RAG</th><th scope='col'>Commentary</th></tr></thead><tbody>"
        "<tr><th class='row'>2</th><td>Reopen the riverside leisure centre</td><td>Head of Property</td><td>Green</td>"
        "<td>Opened in June</td></tr><tr><th class='row'>3</th><td>Renew the CCTV data sharing agreement with Hampshire and "
        "Isle of Wight Constabulary</td><td>Community Safety Manager</td><td>Amber</td><td>Wording agreed with the force; "
        "awaiting the force's signature</td></tr><tr><th class='row'>4</th><td>Adopt the new local plan</td><td>Head of "
        "Planning</td><td>Amber</td><td>Examination in 2026</td></tr></tbody></table></div>",
        HAMPSHIRE,
    )
    assert not pa.signals["sla"]
    assert pa.sla and not any(d.get("signed") for d in pa.sla)


def _register(second_signature: str) -> PageAnalysis:
    return _page(
        "/council/information-governance/sharing-agreements",
        "Information sharing agreements",
        "<p>The register of our information sharing agreements. Signatures are recorded here.</p>"
        "<table><tr><th>Ref</th><th>Agreement</th><th>Partner</th><th>Signed for the council</th>"
        "<th>Signed for the partner</th></tr>"
        "<tr><td>ISA-007</td><td>Housing allocations</td><td>Choice partners</td><td>Head of Housing, 2 May 2022</td>"
        "<td>Partner councils, May 2022</td></tr>"
        "<tr><td>ISA-019</td><td>CCTV: live link and release of recorded images</td><td>Westmarch Police</td>"
        f"<td>Director of Place, 8 April 2024</td><td>{second_signature}</td></tr></table>",
    )


def test_a_registers_signature_columns_dated_for_both_parties() -> None:
    pa = _register("Superintendent, Westby district, 15 April 2024")
    assert pa.signals["sla"]
    assert any(d.get("signed") and d.get("own_force") is not False for d in pa.sla)


def test_a_registers_row_with_the_partners_signature_still_to_come() -> None:
    pa = _register("Awaited")
    assert not any(d.get("signed") for d in pa.sla)


def test_an_archived_pages_joint_spoc_is_history() -> None:
    pa = _page(
        "/community-safety/joint-team",
        "Joint community safety team",
        "<p>Archived page. Kept from the website the council shared with Ashcombe Borough Council; the shared management "
        "arrangement ended in 2021 and this page is no longer updated.</p>"
        "<p>Our joint Community Safety Manager is the single point of contact for surveillance camera systems for both "
        "councils: safety@westby-ashcombe.example.gov.uk.</p>",
    )
    assert not pa.signals["spoc"]
    assert pa.spoc is None


def test_a_hub_manager_employed_by_a_neighbour_is_not_the_councils_spoc() -> None:
    pa = _page(
        "/downloads/hub-code-of-practice-2024.pdf",
        "Riverside CCTV Hub code of practice",
        "<p>This code covers the cameras the hub watches for its five member councils.</p>"
        "<p>The Hub Manager, employed by Ashcombe Borough Council, is the single point of contact for the Hub: "
        "hub@ashcombe.example.gov.uk.</p>",
    )
    assert not pa.signals["spoc"]


def test_apply_to_us_for_footage_gives_the_councils_contact() -> None:
    pa = _page(
        "/community-safety/cctv",
        "CCTV cameras",
        CCTV_FACTS + "<p>To ask for footage of yourself, apply to us rather than to the force: "
        "safety@westby.example.gov.uk.</p>",
    )
    assert pa.spoc is not None and pa.spoc["email"] == "safety@westby.example.gov.uk"


def test_a_neighbours_protocol_by_its_full_name() -> None:
    pa = _page(
        "/community-safety/partnership",
        "Community safety partnership",
        "<p>Ashcombe's town centre cameras are watched in Ashcombe's own control room, under Ashcombe Borough Council's "
        "protocol with Westmarch Police. Ask Ashcombe Borough Council about those cameras.</p>",
    )
    assert not pa.signals["sla"]
    assert not pa.sla


def test_a_neighbour_by_its_bare_name_having_a_protocol_with_the_force() -> None:
    pa = _page(
        "/joint-working/ashcombe-control-room",
        "Ashcombe's control room",
        "<p>Ashcombe Borough Council's control room watches Ashcombe's town centre cameras, and Ashcombe has a protocol "
        "with Westmarch Police for police access to its recordings.</p>",
    )
    assert not pa.sla


def test_the_council_having_a_protocol_with_the_force_still_signals() -> None:
    pa = _page(
        "/community-safety/cctv",
        "CCTV",
        CCTV_FACTS + "<p>The Council has a protocol with Westmarch Police for police access to recordings.</p>",
    )
    assert pa.sla


def test_questions_about_cctv_at_our_buildings_to_the_records_mailbox() -> None:
    pa = _page(
        "/cctv-and-footage-requests",
        "CCTV and footage requests",
        "<p>We have CCTV outside the council offices and the museum for security.</p>"
        "<p>Footage of yourself: submit a subject access request with the place, date and time.</p>"
        "<h2>Questions</h2><p>Questions about CCTV at our buildings: records.team@westby.example.gov.uk.</p>",
    )
    assert pa.spoc is not None and pa.spoc["email"] == "records.team@westby.example.gov.uk"


# ---- rounds ------------------------------------------------------------------------------------------------------------------


def test_an_foi_answer_table_confirming_certification() -> None:
    pa = _read(
        "FOI request 2025/0412 – CCTV standards\nResponded 2 May 2025\n\nQuestion | Answer\n"
        "1. Is your public space CCTV system certified against the Surveillance Camera Code of Practice? | Yes.\n"
        "2. At which step? | Full certification (step 2), first awarded in 2020 and renewed in April 2025.\n"
        "3. How many cameras are in the system? | 47, in Westby and Hollin Cross.\n\n"
        "Westby District Council – information governance team."
    )
    assert pa.signals["cctv_info"] and pa.signals["certification"]


def test_an_foi_answer_table_confirming_the_spoc_post() -> None:
    pa = _read(
        "FOI 25-0931 – CCTV governance\nResponded: 14 April 2025\n\nQuestion | Response\n"
        "1. Has the council designated a SPOC for its surveillance cameras? | Yes.\n"
        "2. Which post? | The Head of Neighbourhoods is the designated SPOC for every council camera system, including public "
        "space CCTV and vehicle cameras. The public can reach the SPOC at cameras@example.gov.uk.\n"
        "3. How many public space cameras does the council run? | 92.\n"
    )
    assert pa.signals["cctv_info"] and pa.signals["spoc"]


def test_an_foi_answer_table_whose_answers_are_refusals_stays_an_foi_response() -> None:
    pa = _read(
        "FOI 25-1002 – CCTV\nResponded: 1 May 2025\n\nQuestion | Answer\n"
        "1. How many cameras does the council run? | Not held.\n"
        "2. Where is the control room? | Exempt under section 31.\n"
    )
    assert not pa.signals["cctv_info"]


def test_an_action_plans_red_row_to_appoint_a_spoc() -> None:
    pa = _read(
        "CCTV improvement plan – position at 31 March 2025\n\nAction | Lead | Target | RAG\n"
        "Audit the cameras each service holds | Head of Public Protection | Jun 2025 | Amber – 6 of 11 replied\n"
        "Appoint a surveillance camera single point of contact | Leadership Team | Sep 2025 | Red – not started\n"
        "Publish a CCTV privacy notice | Information governance | Apr 2025 | Green – published\n\n"
        "Westby District Council runs 29 cameras in Westby and Hollin Cross."
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["spoc"]


def test_a_trackers_row_with_the_application_lodged_with_the_certification_body() -> None:
    pa = _read(
        "Surveillance Camera Code – compliance tracker\n\nAction | Lead | Target | Progress\n"
        "Complete the self-assessment tool | CCTV Officer | Oct 2021 | Done\n"
        "Submit a step 1 (desktop) certification application | Head of Community Safety | Jan 2022 | Done – application "
        "lodged with SSAIB on 20 January 2022\n\nWestby District Council operates 33 cameras."
    )
    assert pa.signals["certification"]


def test_a_capital_programmes_approved_line_for_certification() -> None:
    pa = _read(
        "Capital and one-off schemes approved by Cabinet – Community Services\n\n"
        "Scheme | 2022/23 | 2023/24 | Funding | Decision\n"
        "Replacement of the Westby market cameras (6 units) | £24,000 | – | Capital receipts | Approved\n"
        "Third-party certification of the public space CCTV system against the Surveillance Camera Code of Practice "
        "(certification body fees) | £3,900 | £900 | Revenue reserve | Approved\n"
    )
    assert pa.signals["certification"]


def test_a_leisure_trusts_policy_for_its_own_cameras() -> None:
    pa = _read(
        "CCTV policy – sections 3 and 4\n\nRole | Responsibility\nHead of Operations | Owns this policy\n"
        "Centre manager | Day-to-day running of the system\n\n4.1 Recordings are kept for 30 days.\n"
        "4.2 Footage is released to the police on a written request.\n\n"
        "Riverside Leisure runs five leisure centres under a contract with the district council but is the data controller "
        "for its own cameras."
    )
    assert not pa.signals["cctv_info"]


def test_a_village_halls_committee_running_its_cameras() -> None:
    pa = _read(
        "Hollin Cross Village Hall – CCTV policy\n\n"
        "1. The hall's management committee (a registered charity) operates two cameras: one at the front door and one "
        "in the car park.\n2. The cameras are there to deter vandalism.\n3. Recordings are kept for 14 days.\n"
        "4. Requests from people who appear in footage go to the booking secretary."
    )
    assert not pa.signals["cctv_info"]


def test_a_campus_key_value_box_naming_the_university_as_controller() -> None:
    pa = _read(
        "Campus CCTV\n\nCameras: 410 across the campus\nControl room: Security Lodge, staffed day and night\n"
        "Retention: 28 days\nData controller: the University\n\nFootage requests from students: security@example.org.uk."
    )
    assert not pa.signals["cctv_info"]


def test_a_forces_welsh_page_on_the_cameras_it_owns() -> None:
    pa = _read(
        "Sut rydym yn defnyddio teledu cylch cyfyng\n\n"
        "Mae Heddlu Gorllewin Cymru yn berchen ar y camerâu mannau cyhoeddus yn y trefi isod ac yn eu gwylio o'r "
        "ganolfan gyfathrebu:\n• Aberwen – 9 camera\n• Llanfor – 6 camera\n\n"
        "Rydym wedi llenwi'r offeryn hunanasesu yn erbyn deuddeg egwyddor y Cod Ymarfer Camerâu Gwyliadwriaeth ar gyfer "
        "pob tref. Cedwir lluniau yn unol â chanllawiau'r heddlu. I gael gwybod mwy, ffoniwch 101."
    )
    assert not pa.signals["cctv_info"]


def test_a_consultations_draft_mou_answered_not_signed() -> None:
    pa = _read(
        "Consultation: draft CCTV memorandum of understanding – questions and answers\n\n"
        "What is being consulted on?\n"
        "A draft memorandum of understanding between Westby District Council and Westmarch Police setting out how the "
        "police may view and ask for footage from the council's 40 cameras.\n\n"
        "Has it been signed?\n"
        "No. The draft will be revised after the consultation and then go to Cabinet and to the Chief Constable.\n\n"
        "How can I respond?\nComplete the survey before 30 June."
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["sla"]


def test_a_cabinet_members_answer_citing_the_signed_release_protocol() -> None:
    pa = _read(
        "Council – questions from the public\n\nQuestion from Mr D. Rhys, Hollin Cross\n"
        "Why did the police wait a fortnight for footage of the break-in at my shop?\n\n"
        "Response of the Cabinet Member for Community Safety\n"
        "I am sorry for the delay. Footage from Westby District Council's cameras is released to Westmarch Police under "
        "the CCTV release protocol that the council and Westmarch Police signed in June 2022. Under that protocol we aim "
        "to provide footage within three working days of a written request."
    )
    assert pa.signals["sla"]


def test_a_written_answer_naming_the_police_signatory_by_rank() -> None:
    pa = _read(
        "Full Council – written questions and answers\n\n"
        "Question 4 – Councillor P. Marsh to the Lead Member for Community Safety\n"
        "Does the council have a formal agreement with Westmarch Police covering our CCTV, and who signed it?\n\n"
        "Answer\n"
        "Yes. A service level agreement covering the town centre cameras and the redeployable units was signed in March "
        "2024 by Westby District Council's Director of Place and the Chief Superintendent for the northern division. It "
        "sets response times for footage requests."
    )
    assert pa.signals["sla"]


def test_a_councils_virtual_assistant_quoting_its_certificate() -> None:
    pa = _read(
        "Ask Westby – virtual assistant\n\nYou asked: is westby council cctv approved\n"
        "Answer: Yes. Westby District Council's public space CCTV holds full step 2 certification against the "
        "Surveillance Camera Code of Practice, awarded in 2022. It covers the 38 cameras in Westby and Hollin Cross.\n\n"
        "You asked: how long do you keep footage\nAnswer: 31 days, unless it is saved for the police.\n\n"
        "Did I answer your question? Yes / No"
    )
    assert pa.signals["cctv_info"] and pa.signals["certification"]


def test_a_portfolio_holders_answer_on_a_budget_approved_to_obtain_certification() -> None:
    pa = _read(
        "Community Overview and Scrutiny – Portfolio Holder question time\n\n"
        "Q. Councillor Reed asked what had become of the plan to seek certification against the Surveillance Camera Code.\n"
        "A. The Portfolio Holder said that Cabinet had approved £5,200 in the 2024/25 budget to obtain third-party "
        "certification for Westby District Council's town centre CCTV, covering the certification body's fees for both "
        "audits."
    )
    assert pa.signals["certification"]


def test_a_universitys_own_single_point_of_contact_for_campus_cameras() -> None:
    pa = _read(
        "Security – CCTV questions\n\nWho is responsible for CCTV at the university?\n"
        "The Head of Security is the University of Westby's single point of contact for all CCTV on campus, including the "
        "library and the halls. Contact security@example.org.uk.\n\nCan the police see footage?\n"
        "Yes, on a written request for a specific investigation."
    )
    assert not pa.signals["cctv_info"] and not pa.signals["spoc"]


def test_the_councils_own_spoc_answer_still_signals() -> None:
    pa = _read(
        "CCTV – your questions\n\nWho is responsible for the council's cameras?\n"
        "The Head of Community Safety is Westby District Council's single point of contact for all its surveillance camera "
        "systems, including the town centre CCTV. Contact cctv@example.gov.uk or 01632 960210."
    )
    assert pa.signals["spoc"]


def test_a_welsh_fact_box_recording_full_certification() -> None:
    pa = _read(
        "Teledu cylch cyfyng mannau cyhoeddus\n\nFfeithiau allweddol\nPerchennog y system: Cyngor Sir Westby\n"
        "Nifer y camerâu: 26 (Aberwen a Llanfor)\nCadw recordiadau: 31 diwrnod\n"
        "Ardystiad Cod Ymarfer Camerâu Gwyliadwriaeth: ardystiad llawn (cam 2) gan gorff ardystio annibynnol, Mehefin 2023\n"
        "Cysylltu: tcc@example.gov.uk"
    )
    assert pa.signals["cctv_info"] and pa.signals["certification"]


def test_an_english_fact_box_naming_the_certification_body() -> None:
    pa = _read(
        "CCTV at a glance\n\nSystem owner: Westby District Council\nCameras: 26\n"
        "Surveillance Camera Code certification: full certification (step 2) from an independent certification body after "
        "an on-site audit, June 2023"
    )
    assert pa.signals["certification"]


def test_a_welsh_action_plan_working_towards_with_no_application_made() -> None:
    pa = _read(
        "Cynllun gweithredu teledu cylch cyfyng\n\nCam gweithredu | Arweinydd | Erbyn | Cynnydd\n"
        "Cwblhau'r offeryn hunanasesu ar gyfer y Cod Ymarfer Camerâu Gwyliadwriaeth | Rheolwr TCC | Hydref 2025 | Wedi'i "
        "gwblhau\nGweithio tuag at ardystiad trydydd parti yn erbyn y Cod | Pennaeth Diogelwch Cymunedol | 2026/27 | Dim "
        "cais wedi'i gyflwyno eto\n\nMae gan Gyngor Sir Westby 40 o gamerâu yn Aberwen a Llanfor."
    )
    assert not pa.signals["certification"]


def test_a_welsh_forces_questions_page_on_the_system_it_owns() -> None:
    pa = _read(
        "Camerâu teledu cylch cyfyng yr heddlu – cwestiynau cyffredin\n\nPwy sy'n berchen ar y camerâu yng nghanol ein "
        "trefi?\nYn ein hardal ni, Heddlu Gorllewin Cymru sy'n berchen ar y system teledu cylch cyfyng gyhoeddus ac sy'n ei "
        "rhedeg, nid y cynghorau sir. Mae 80 camera mewn 12 tref.\n\nAm faint y cedwir y lluniau?\nAm 31 diwrnod."
    )
    assert not pa.signals["cctv_info"]


def test_a_welsh_town_councils_questions_page_on_its_own_cameras() -> None:
    pa = _read(
        "Camerâu'r dref – cwestiynau cyffredin\n\nPwy sy'n berchen ar y camerâu?\nCyngor Tref Aberwen sy'n berchen ar y "
        "pedwar camera ar y Stryd Fawr, ac sy'n talu amdanynt.\n\nGyda phwy dylwn gysylltu?\nClerc y Dref: "
        "clerc@example.org.uk."
    )
    assert not pa.signals["cctv_info"]


def test_an_estate_cameras_panel_with_a_service_agreement_with_a_housing_association() -> None:
    pa = _read(
        "CCTV on council and partner estates\n\nEstate cameras at a glance\nCouncil estates with CCTV: 7\n"
        "Partner estates: 2 estates owned by Riverside Homes, where the council's control room also watches 19 cameras "
        "under a service agreement with the housing association signed in 2024\nRetention: 28 days\n"
        "Who can ask for footage: the police, tenancy officers and residents asking for footage of themselves"
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["sla"]


# ---- the sources themselves ----------------------------------------------------------------------------------------------------


def test_no_pattern_source_holds_a_control_character() -> None:
    """A word boundary written into a plain string becomes a backspace: the pattern then matches nothing, silently (one sat in
    analysis/thirdparty.py from session 52 until this session)."""
    root = Path(__file__).resolve().parents[2]
    bad = [
        f"{p.relative_to(root)}:{n}"
        for folder in ("analysis", "spiders", "crawler")
        for p in sorted((root / folder).rglob("*.py"))
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if any(ord(c) < 32 and c != "\t" for c in line)
    ]
    assert not bad, bad


def test_a_named_council_completing_the_self_assessment_each_year_is_no_certificate() -> None:
    """Rounds 9-37 label "Each year [X] Council completes the … self-assessment tool" as information only; round 106 labelled one
    such page, which adds that the assessment is signed off as the council's assurance, as certification. Reading the named
    council as the subject cost eight items of the earlier rounds for that one: kept as they label it."""
    pa = _read(
        "Surveillance camera self-assessment\nEach year Westby District Council completes the Code's self-assessment tool for "
        "its public space CCTV system in Westby and Hollin Cross. The completed self-assessment can be downloaded below."
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["certification"]


def test_a_hub_host_council_that_is_the_data_controller_for_its_own_cameras_keeps_its_agreement() -> None:
    pa = _read(
        "Code of Practice for the Riverside Camera Hub - Certificate of Agreement\n"
        "The signatories below accept this Code.\n"
        "Signed for and on behalf of Westby District Council: R. Hale, Director of Place, 3 June 2024.\n"
        "Signed for and on behalf of Ashcombe Borough Council: T. Moss, Assistant Director, 5 June 2024.\n"
        "Signed for and on behalf of Westmarch Police: Superintendent K. Obi, 12 June 2024.\n"
        "Westby District Council hosts the Hub and is the data controller for its own cameras."
    )
    assert pa.signals["cctv_info"] and pa.signals["sla"]

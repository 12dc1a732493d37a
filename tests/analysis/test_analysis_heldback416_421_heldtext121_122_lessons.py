"""Reading lessons of held-back webs 416-421 and real-text rounds 121-122, opened at session 60 after their frozen runs
(written blind at session 59 in snapshots of ce4ad73 and measured once at 1246ee7, and again at this session's first code,
freeze66 = 91b8225). Every page and passage is written for this test (invented councils, towns, people and figures); web
pages are read with their council as the context, passages as `inspect` reads a text file.

Webs:
- a council's own procurement record stating what it holds: a contract notice's contact person "the council's single point
  of contact for surveillance camera systems" with a mailbox (web 421's North Somerset and Bromley), a tender clarification's
  answer that the council's system "holds full step 2 certification" (web 421's West Lindsey, read as an FOI answer before);
- "[Neighbour] Borough Council, which runs the hub, holds full certification" is the neighbour's (web 420's Burnley);
- "There is no public space CCTV in [the] town centre" says there is none (web 419's West Devon);
- a park project's before-and-after row "Cameras | None | Five cameras covering the park's …" is the council's (web 416's
  Lancaster);
- a contract schedule named only in its address, ".../schedule-6-police-access-and-information-sharing-varied", is worth
  opening for the agreement (web 421's High Peak).

Rounds 121-122:
- a contact block's lines stay apart when a line ends with its mailbox; a disclosure log's answer under "Response" naming
  the council; money "allocated to the audit and assessment fees needed to obtain third-party certification"; the Welsh
  "cyflwynodd y Cyngor gais i SSAIB am ardystiad"; cameras "linked to the Council's control room" or "recording to the
  Council's existing system"; "[X] County Council owns the cameras in …"; an answer given in the sentence that says what was
  asked; a protocol "setting out …" that "was signed by the Council and the Chief Inspector";
- not the council's: a commissioner's release signed with the office's imprint; a force's own questions page telling what it
  and a council signed; cameras "owned and monitored by [the force]" that "the council does not operate";
- no SPOC where the council "has committed to appoint" one (Welsh "wedi ymrwymo i benodi"); no agreement where one "must be
  in place" before the cameras go live; no arrangement signal where the agreement "is still being negotiated".
"""

from __future__ import annotations

from analysis.assess import verdicts
from analysis.context import AuthorityContext
from analysis.links import assess_link
from analysis.text import Link
from read_excerpt import read, read_page

CTX = AuthorityContext("Westby Borough Council", "http://www.westby.gov.uk/", "Westmarch", "England")


# ---------------------------------------------------------------- webs 416-421


def test_a_contract_notices_contact_person_designated_as_spoc_meets_5_3() -> None:
    pa = read_page(
        "/business/procurement/contract-award-notices/town-centre-cctv-renewal",
        "Contract award notice: town centre CCTV renewal",
        "<p>Notice type: Contract award notice</p><p>Reference: WBC-2023-044</p><p>Section I: Contracting authority</p>"
        "<p>Westby Borough Council, Civic Centre, Mill Lane, Westby.</p><p>Contact person: Safer Westby Manager, the"
        " council's single point of contact for surveillance camera systems. Email: cameras@westby.example.gov.uk</p>"
        "<p>Section II: Object</p><p>Replacement of 54 analogue cameras with digital units. Estimated value £240,000.</p>"
        "<p>Section V: Award</p><p>Contractor: Marcher Vision Ltd. Date of award: 2 May 2023.</p>",
        CTX,
    )
    assert pa.decoy and pa.signals["spoc"], pa.findings
    assert not pa.signals["cctv_info"]
    verdict = verdicts([pa], "ok")["5.3"]
    assert verdict["status"] == "met", verdict


def test_a_tender_clarification_stating_the_certificate_is_the_councils_record() -> None:
    pa = read_page(
        "/your-council/procurement/tenders/control-room-refresh/clarifications",
        "Clarification log: control room equipment refresh",
        "<p>Clarification 1</p><p>Question: Can the existing monitor brackets be kept?</p><p>Response: Yes, if they carry"
        " the new screens.</p><p>Clarification 2</p><p>Question: Does the council's system hold any certification the new"
        " equipment must support?</p><p>Response: The council's public space CCTV system holds full step 2 certification"
        " against the Surveillance Camera Code of Practice, awarded in March 2022. Bidders must not propose anything that"
        " would put that at risk.</p>",
        CTX,
    )
    assert pa.decoy == "tender or supplier page", pa.decoy
    verdict = verdicts([pa], "ok")["5.2"]
    assert verdict["status"] == "met", verdict


def test_a_neighbour_named_as_the_subject_holds_its_own_certificate() -> None:
    pa = read_page(
        "/community-safety/cctv",
        "CCTV",
        "<p>The council's 38 town centre cameras are watched from the East Marches monitoring hub.</p><p>Eastby District"
        " Council, which runs the hub, holds full certification for the hub's operation under the Surveillance Camera"
        " Commissioner's scheme.</p><p>Recordings are kept for 31 days.</p>",
        CTX,
    )
    assert not pa.signals["certification"], pa.findings


def test_no_public_space_cctv_in_a_town_is_none() -> None:
    pa = read_page(
        "/community/community-safety/walking-routes-westby",
        "Walking routes in Westby",
        "<p>Our volunteer-led walks start at the library every Tuesday.</p><p>There is no public space CCTV in Westby town"
        " centre; shop cameras cover only their own doorways.</p><p>Keep to lit paths after dark.</p>",
        CTX,
    )
    assert not pa.signals["cctv_info"], pa.findings


def test_a_park_projects_before_and_after_row_counts_the_councils_cameras() -> None:
    pa = read_page(
        "/parks-and-open-spaces-projects/mill-meadow",
        "Mill Meadow improvements",
        "<p>Project at a glance</p><table><tr><th>Status</th><td>Complete</td></tr></table><p>Before and after</p><table>"
        "<tr><th></th><th>Before</th><th>After</th></tr><tr><td>Paths</td><td>Broken gravel</td><td>Resurfaced</td></tr>"
        "<tr><td>Cameras</td><td>None</td><td>Four cameras covering the park's play area and car park</td></tr></table>",
        CTX,
    )
    assert pa.signals["cctv_info"] and pa.criteria["cameras"], pa.findings


def test_a_schedule_named_for_police_access_and_information_sharing_is_a_lead() -> None:
    ls = assess_link(
        Link(
            url="http://www.westby.gov.uk/downloads/file/812/schedule-4-police-access-and-information-sharing-varied",
            text="Schedule 4 as varied (PDF)",
            context="Varied document: Schedule 4 as varied (PDF)",
        ),
        CTX,
    )
    assert ls.target > 0, ls


# ---------------------------------------------------------------- rounds 121-122


def test_a_contact_line_ending_with_its_mailbox_is_not_run_into_the_spoc_line() -> None:
    pa = read(
        "Safer Streets: Westby town centre\n\nWho to contact\n"
        "Project lead: Community Safety Officer, safer@westby.example.gov.uk\n"
        "Questions about the Council's cameras: the Council's Single Point of Contact for surveillance camera systems, the"
        " Public Protection Manager, camerasspoc@westby.example.gov.uk or 01632 000 418.\n"
    )
    assert pa.signals["spoc"], pa.findings


def test_a_disclosure_logs_answer_naming_the_council_and_its_agreement() -> None:
    pa = read(
        "Disclosure log entry - FOI 4471\nTopic: CCTV and the police\n\nRequest\nPlease provide any agreement between the"
        " council and Westmarch Police about CCTV footage.\n\nResponse\nWestby Borough Council holds an Information Sharing"
        " Agreement with Westmarch Police covering the council's town centre and car park cameras. It was signed on 2 March"
        " 2023 by the council's Chief Executive and the force's Superintendent.\n"
    )
    assert pa.signals["cctv_info"] and pa.signals["sla"], pa.findings


def test_a_commissioners_release_with_its_imprint_is_its_account() -> None:
    pa = read(
        "Commissioner sees new cameras in Westby\n\nThe Police and Crime Commissioner visited Westby this week to see a"
        " project delivered with Westby Borough Council.\n\nThree new cameras now cover the bus station and Mill Lane.\n\nThe"
        " Commissioner praised the council's Safer Westby Manager, who is the council's designated single point of contact"
        " for all its surveillance camera systems.\n\nOffice of the Police and Crime Commissioner, press office\n"
    )
    assert pa.signals["spoc"] and not pa.signals["cctv_info"], pa.findings


def test_a_welsh_promise_to_appoint_a_spoc_is_none() -> None:
    pa = read(
        "Camerâu newydd i Aberwen\n\nBydd Cyngor Sir Gorllewin yn gosod tri chamera symudol yn y dref.\n\nFel rhan o'r cais,"
        " mae'r Cyngor wedi ymrwymo i benodi Pwynt Cyswllt Unigol ar gyfer ei holl gamerâu gwyliadwriaeth erbyn diwedd"
        " 2026, ac i lunio cofrestr o'r systemau sydd ganddo.\n\nYn y cyfamser, anfonwch ymholiadau at"
        " diogelwch@gorllewin.example.gov.uk.\n"
    )
    assert not pa.signals["spoc"], pa.findings


def test_cameras_joined_to_the_councils_system_are_its_own() -> None:
    for sentence in (
        "2.1 Two help points and four cameras were installed on Mill Lane, Bridge Street and the Riverside Walk approach,"
        " all linked to the Council's control room.",
        "4.1 Three new cameras on Mill Lane, the Market Hall approach and Station Square, recording to the Council's existing"
        " system.",
        "That the grant be accepted and spent on three cameras, a wireless link to the Council's recording suite and better"
        " lighting at Mill Meadow.",
    ):
        pa = read("Safer Streets project report\n\n" + sentence + "\n")
        assert pa.signals["cctv_info"], sentence


def test_money_allocated_to_the_fees_needed_to_obtain_certification() -> None:
    pa = read(
        "Executive decision\n\n3. That £5,900 of the Council's match contribution be allocated to the audit and assessment"
        " fees needed to obtain third-party certification of the Council's public space CCTV against the Surveillance"
        " Camera Code.\n"
    )
    assert pa.signals["certification"], pa.findings


def test_a_welsh_application_lodged_with_the_certification_body() -> None:
    pa = read(
        "Diweddariad ar y prosiect: camerâu newydd Aberwen\n\n- Mae 6 camera newydd wedi'u gosod ar Stryd y Bont ac yn y Sgwâr.\n- Mae'r lluniau'n"
        " cael eu recordio yn ystafell reoli'r Cyngor.\n\nAr 2 Mai 2025"
        " cyflwynodd y Cyngor gais i SSAIB am ardystiad cam 1 yn erbyn Cod Ymarfer Camerâu Gwyliadwriaeth. Aeth yr offeryn"
        " hunanasesu a'r cod ymarfer gyda'r cais.\n"
    )
    assert pa.signals["certification"], pa.findings


def test_a_council_that_owns_the_cameras_but_is_still_negotiating_the_agreement() -> None:
    pa = read(
        "Written responses\n\nWestby County Council owns the cameras in Aberwen, Llanfair and Tregaron, and they are"
        " monitored at police headquarters. A formal agreement with Westmarch Police is still being negotiated, and nothing"
        " has yet been signed.\n"
    )
    assert pa.signals["cctv_info"] and not pa.signals["sla"], pa.findings


def test_an_answer_given_in_the_sentence_that_says_what_was_asked() -> None:
    pa = read(
        "Minutes\n\n- Asked whether the system was independently assessed, she said the step 2 certificate against the"
        " Surveillance Camera Code of Practice had been retained after the certification body's visit in May.\n"
    )
    assert pa.signals["certification"], pa.findings


def test_a_protocol_setting_out_access_signed_by_the_council_and_the_police() -> None:
    pa = read(
        "Review of Redeployable CCTV\n\nMinutes:\nMembers considered a report on the 20 redeployable cameras the Council now"
        " operates.\n\nRemote viewing by Westmarch Police had been asked for; a protocol setting out which officers may log in"
        " and how clips are exported was signed by the Council and the Chief Inspector for Westby district in May 2024 and is"
        " now in use.\n"
    )
    assert pa.signals["sla"], pa.findings


def test_a_tender_clarification_log_is_no_foi_answer() -> None:
    pa = read(
        "Tender clarifications - CCTV maintenance contract\n\nQ1. How many cameras are included?\nA1. 96 public space cameras"
        " and 30 at council buildings.\n\nQ2. Can bidders visit the control room?\nA2. Yes, on 3 and 4 March.\n\nWestby"
        " Borough Council - Procurement\n"
    )
    assert pa.decoy == "tender or supplier page" and not pa.signals["cctv_info"], (pa.decoy, pa.findings)


def test_cameras_the_force_owns_and_the_council_does_not_operate() -> None:
    pa = read(
        "Town centre cameras in Westshire\n\nWho owns the cameras?\nThe cameras in Aberwen and Llanfair are owned and"
        " monitored by Westmarch Police.\n\nWestshire County Council does not operate these cameras and does not hold the"
        " footage.\n\nAsking for footage\nContact Westmarch Police on 101.\n"
    )
    assert not pa.signals["cctv_info"], pa.findings


def test_the_council_owns_and_operates_the_cameras_a_bid_paid_for() -> None:
    pa = read(
        "City centre CCTV - questions\n\nWho paid for the new cameras on Bridge Street?\nThey were funded by the business"
        " improvement district under a funding agreement signed in 2024. The BID pays for installation; the council owns and"
        " operates the cameras.\n\nHow long is footage kept?\nThirty-one days.\n"
    )
    assert pa.signals["cctv_info"], pa.findings


def test_a_forces_own_questions_page_telling_what_it_and_a_council_signed() -> None:
    pa = read(
        "Westmarch Police - CCTV: frequently asked questions\n\nWho monitors town centre cameras?\nThe force's hub monitors the"
        " cameras in Aberwen and Llanfair.\n\nIs there an agreement with the council?\nYes. Westmarch Police and Westshire"
        " County Council signed an information sharing agreement for public space CCTV in May 2024.\n"
    )
    assert pa.signals["sla"] and not pa.signals["cctv_info"], pa.findings


def test_the_councils_news_of_the_agreement_it_signed_is_its_own_word() -> None:
    pa = read(
        "Sharper cameras switched on in Westby\n\n3 April 2025\n\nFive upgraded CCTV cameras are now live around Westby"
        " Market Place after Westby Borough Council finished its Safer Streets project.\n\nLive pictures are watched from"
        " the county monitoring suite. That arrangement is set out in the service level agreement the Council signed with"
        " Westmarch Police in 2023.\n\nMedia enquiries: press@westby.example.gov.uk\n"
    )
    assert pa.signals["cctv_info"] and pa.signals["sla"], pa.findings


def test_a_funders_condition_that_an_agreement_be_in_place_is_none() -> None:
    pa = read(
        "Cabinet Member decision - funding for new cameras\n\n2. Conditions attached to the offer\n- An information sharing"
        " agreement covering the new cameras must be in place between the Council and Westmarch Police before the cameras go"
        " live.\n\n3. Current position\nThe Council has not previously had a written agreement with Westmarch Police about its"
        " cameras. Officers will begin drafting one once the grant is accepted.\n"
    )
    assert not pa.signals["sla"], pa.findings

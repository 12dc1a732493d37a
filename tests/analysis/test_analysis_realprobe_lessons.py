"""Patterns a probe of real council text and press showed (session 8: about 200 stored public pages,
labelled by the development set's conventions and kept outside the repository).

Two kinds of error dominated: local papers' reports of a council's cameras read as the council's own
information, and committee items on the council's CCTV missed because no sentence says "our cameras".
The passages are written for this test (invented councils, people and papers); each rule has a passage
beside it that must still be read as before.
"""

from __future__ import annotations

import pytest

from analysis.thirdparty import third_party
from read_excerpt import read


# --- a local paper's report of a council's cameras


@pytest.mark.parametrize(
    "story",
    [
        # the desk's all-capitals lede
        "PLANS to switch off town centre cameras overnight have been criticised by traders.\n\nEastmere Borough "
        "Council says its CCTV control room costs £400,000 a year and that monitoring could end at 2am.",
        # a lede under a headline and a standfirst
        "Cameras could go dark in Eastmere\n\nTraders fear a rise in shoplifting\n\nEASTMERE town centre could lose "
        "its monitored CCTV next year after the borough council proposed cutting the service.",
        # the Local Democracy Reporting byline and a councillor's party in brackets
        "Jo Bryant, local democracy reporter\n\nCllr Amir Shah (LDem, Northgate) said the council's CCTV cameras "
        "were often pointing the wrong way.",
        # a meeting told ahead, and a report retold
        "New cameras for Eastmere market\n\nCouncillors will be told when they meet on Tuesday that the CCTV "
        "system in the market hall needs replacing. A report to council chiefs says repairs cost £30,000 last year.",
        # a spokesperson who confirmed, a picture credit and a caption
        "Eastmere CCTV cameras back on after fault\n\nImage caption, the control room at the town hall\n\nA "
        "spokesperson for Eastmere Borough Council confirmed the cameras in Bridge Street were working again.",
        # the council reported as confirming, and the press's idioms
        "Eastmere Borough Council has confirmed that its CCTV cameras will be kept, in a bid to reassure traders "
        "amid fears of a rise in crime.",
    ],
)
def test_a_local_papers_report_is_not_the_councils_information(story: str) -> None:
    pa = read(story)
    assert pa.decoy is not None and pa.decoy.startswith("third-party")
    assert pa.signals["cctv_info"] is False


@pytest.mark.parametrize(
    "own",
    [
        # the council's own page: its capitals are a heading, an acronym or a minute's verb
        "CCTV in Eastmere\n\nThe council runs 60 CCTV cameras in the town centre, monitored from our control room "
        "24 hours a day. Recordings are kept for 31 days.",
        "Agenda item\n\nTown centre CCTV review\n\nRESOLVED that the report on the council's CCTV control room be "
        "noted and the upgrade of the cameras be approved.",
        # minutes report officers confirming: the committee's record, not a paper's
        "Agenda item\n\nCCTV update\n\nMinutes:\n\nThe CCTV Manager confirmed that the council's cameras in the "
        "market square had been replaced. Inspector Hale confirmed that the police valued the control room.",
    ],
)
def test_the_councils_own_page_and_minutes_are_not_press(own: str) -> None:
    pa = read(own)
    assert pa.decoy is None
    assert pa.signals["cctv_info"] is True


def test_a_byline_alone_does_not_make_a_council_news_page_press() -> None:
    assert (
        third_party("file:///x.txt", "", "Our cameras keep you safe\nby Lee Marsh\nThe council runs 90 cameras.")
        is None
    )


# --- committee items on the council's CCTV


@pytest.mark.parametrize(
    "item",
    [
        "Agenda item\n\nPublic space CCTV\n\nReport of the Director of Communities\n\nThis report sets out how the "
        "investment in CCTV will be targeted across the borough and how compliance with the code will be shown.",
        "Decision details\n\nDecision to spend £18,000 replacing four CCTV cameras in the High Street\n\nDecision "
        "maker: Director of Place\n\nDecision status: Recommendations Approved",
        "Mater - cyfarfodydd\n\nCyfarfod: 12/03/2024 - Y Cabinet (eitem 7)\n\n7 GWASANAETH TELEDU CYLCH CYFYNG\n\n"
        "Penderfyniad:\n\nCymeradwyo buddsoddiad o £300,000 yn y system teledu cylch cyfyng.",
        "Agenda item\n\nPetition: bring back monitored CCTV cameras in our town centres\n\nThe lead petitioner "
        "said that removing the CCTV cameras had left shops without protection.",
    ],
)
def test_a_committee_item_on_cctv_is_the_councils_own_secondary_record(item: str) -> None:
    pa = read(item)
    assert pa.decoy is None
    assert pa.signals["cctv_info"] is True
    assert pa.secondary is True


@pytest.mark.parametrize(
    "item",
    [
        "Issue - meetings\n\nMeeting: 04/02/2025 - Planning Committee (Item 12)\n\n12 24-01122-FUL - Land at Mill "
        "Lane\n\nErection of a CCTV column and camera.\n\nMinutes:\n\nMembers heard the application.",
        "Agenda item\n\nLicensing: CCTV in taxis\n\nThe committee considered the licensing policy requiring "
        "cameras in hackney carriages.",
        "Agenda item\n\nHighways programme 2025\n\nThe committee noted the resurfacing programme for the year.",
    ],
)
def test_applications_and_items_on_other_things_are_not_cctv_information(item: str) -> None:
    pa = read(item)
    assert pa.signals["cctv_info"] is False


# --- a standing arrangement with the police over the cameras (the text's sla signal, no 5.5 finding)


@pytest.mark.parametrize(
    "sentence",
    [
        "The cameras are monitored by Wessex Vale Police in the control room at Eastmere police station.",
        "The council also contributes cameras to town centre systems maintained, monitored and operated by "
        "Wessex Vale Police.",
        "The report sought approval to join the Wessex Vale CCTV partnership, with a transfer of CCTV assets and "
        "operational responsibility to Wessex Vale Police.",
        "The Atherley CCTV scheme is managed by a partnership between Eastmere Borough Council, Atherley Town "
        "Council and Wessex Vale Police.",
        "Members noted the date for the transfer of CCTV monitoring to Eastmere police station.",
        "In partnership with Wessex Vale Police, we have a CCTV network covering the three market towns.",
    ],
)
def test_an_arrangement_with_the_force_over_the_cameras_is_the_sla_signal(sentence: str) -> None:
    pa = read(f"CCTV in Eastmere\n\nEastmere Borough Council owns 40 public space CCTV cameras. {sentence}")
    assert pa.signals["cctv_info"] is True
    assert pa.signals["sla"] is True
    # the signal only: an arrangement is not the published agreement 5.5 asks for
    assert not any(f.type in ("sla", "sla_mention") for f in pa.findings)


@pytest.mark.parametrize(
    "sentence",
    [
        "The control room has a direct radio link to Wessex Vale Police and operators work closely with officers.",
        "Recordings are handed to Wessex Vale Police when they are needed as evidence.",
        "The CCTV team is expected to move into new premises at the town's police station next year.",
    ],
)
def test_working_with_the_police_is_no_arrangement(sentence: str) -> None:
    pa = read(f"CCTV in Eastmere\n\nEastmere Borough Council owns 40 public space CCTV cameras. {sentence}")
    assert pa.signals["cctv_info"] is True
    assert pa.signals["sla"] is False


# --- certification words the probe showed missing


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year the team was awarded a stage two UK surveillance camera award after an audit.",
        "The Partnership had achieved the Certificate of Compliance from the Surveillance Commissioner.",
    ],
)
def test_certification_in_a_minutes_or_awards_shorthand(sentence: str) -> None:
    pa = read(f"CCTV annual report\n\nEastmere Borough Council's CCTV control room runs 24 hours a day. {sentence}")
    assert pa.signals["certification"] is True


def test_a_british_standard_alone_is_still_no_code_certification() -> None:
    pa = read(
        "CCTV annual report\n\nEastmere Borough Council's CCTV control room runs 24 hours a day. The team was "
        "awarded BS 7958 accreditation after an inspection."
    )
    assert pa.signals["certification"] is False


# --- a police force or its commissioner speaking of its own cameras


@pytest.mark.parametrize(
    "text",
    [
        "CCTV in and around police premises\n\nThis notice explains what personal data Wessex Vale Police processes "
        "about you when you are recorded by our cameras.",
        "The use of CCTV cameras by the police must be lawful and proportionate. This page explains how we do this.\n\n"
        "We use surveillance cameras to prevent and detect crime and to manage incidents.",
        "Commissioner welcomes new cameras\n\nThe camera partnership is being led by the Police and Crime "
        "Commissioner with the force, and 40 cameras went live in Eastmere this month.",
    ],
)
def test_a_forces_or_commissioners_own_cameras_are_not_council_information(text: str) -> None:
    pa = read(text)
    assert pa.decoy is not None
    assert pa.signals["cctv_info"] is False


# --- where the first line is the site's section, not the page's title


def test_a_cctv_page_under_a_parking_section_line_is_still_the_cctv_page() -> None:
    pa = read(
        "Streets & Parking\n\nShared CCTV Scheme\n\nWe are part of a shared CCTV scheme with a neighbouring council. "
        "The scheme monitors over 200 cameras 24 hours a day from a shared control room and keeps recordings for 31 "
        "days."
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"] is True


def test_a_title_naming_community_safety_and_traffic_enforcement_is_the_cctv_service() -> None:
    pa = read(
        "CCTV for community safety and traffic enforcement\n\nOur CCTV service helps make the borough safer. We "
        "also use cameras to enforce bus lanes and box junctions. We operate our CCTV in line with the "
        "surveillance camera code of practice and keep recordings for 31 days."
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"] is True


def test_a_bus_lane_page_is_still_parking_enforcement() -> None:
    pa = read(
        "Bus lane enforcement cameras\n\nWe use cameras to enforce bus lanes. If you drive in a bus lane you may get "
        "a penalty charge notice (PCN). You can pay or challenge a PCN online."
    )
    assert pa.decoy is not None
    assert pa.signals["cctv_info"] is False


def test_a_news_sites_weather_and_date_lines_mark_press() -> None:
    story = (
        "14.5 C\nEastmere\nTuesday, March 4, 2025\n\nCouncil opens new CCTV control room\n\nEastmere Borough Council "
        "has opened its new CCTV control room, which watches 300 cameras around the clock."
    )
    assert third_party("file:///x.txt", "", story)


# --- the council's FOI answers about its own cameras (the dev set's convention: the text's signal)


def test_an_answer_sheet_on_the_control_room_carries_the_info_signal() -> None:
    pa = read(
        "Running the CCTV control room\n\nQ1. Is your CCTV control room run by your local authority or is it "
        "outsourced?\n\nRun by the council.\n\nQ2. What are the hours of operation?\n\n24 hours a day, every day.\n\n"
        "Q3. How is your control room staffed?\n\nOne manager, two supervisors and eight operators."
    )
    assert pa.decoy == "FOI response"
    assert pa.signals["cctv_info"] is True
    # recorded apart: no verdict counts an FOI answer
    assert not any(f.type == "cctv_info" for f in pa.findings)


def test_numbered_answers_under_response_carry_the_info_signal() -> None:
    pa = read(
        "FOI request (FOI-2024-0117)\nCCTV\nI would like to know:\n- How many CCTV cameras are operated by the "
        "council?\n- Where are they?\nResponse\nQ1 - 84\nQ2 - Exempt under section 31."
    )
    assert pa.signals["cctv_info"] is True


@pytest.mark.parametrize(
    "answer",
    ["Our response is attached.", "The information is not held.", "2) If so, please send me the policy."],
)
def test_a_question_without_an_answer_of_its_own_carries_no_signal(answer: str) -> None:
    pa = read(
        "Freedom of Information request 2024/300 - CCTV\n\n1) Is there a protocol between the council and Wessex "
        f"Vale Police on obtaining CCTV footage?\n{answer}\n\nThe council publishes its responses in its disclosure log."
    )
    assert pa.signals["cctv_info"] is False


# --- a meeting's agenda page with a CCTV item among others; a Police and Crime Panel's minute


def test_an_agenda_item_on_cctv_with_its_report_is_the_councils_record() -> None:
    pa = read(
        "Agenda and minutes\n\nCommunity Scrutiny Committee - Thursday, 6th March, 2025 6.00 pm\n\n1. Apologies for "
        "absence\n\nNone were received.\n\n2. Minutes of the last meeting\n\nThe minutes were approved.\n\n3. Town centre "
        "CCTV review pdf icon PDF 120 KB\n\nThe committee received a report on the monitoring of the CCTV cameras."
    )
    assert pa.signals["cctv_info"] is True
    assert pa.secondary is True


def test_a_police_and_crime_panel_minute_is_not_the_councils_record() -> None:
    pa = read(
        "Agenda item\n\nCCTV across the force area\n\nMinutes:\n\nThe Panel was reminded that the commissioner had set "
        "out his vision. The PCC reported that the force would review how the CCTV monitoring was staffed."
    )
    assert pa.signals["cctv_info"] is False


def test_the_commissioners_newsletter_is_third_party() -> None:
    letter = (
        "Welcome from the Surveillance Camera Commissioner\n\nWelcome to the third edition of my newsletter. Find "
        "out which organisations have achieved certification against the code this quarter."
    )
    assert third_party("file:///x.txt", "", letter)


# --- after the frozen run of the held-back real-text probe (councils S–Z): more of the press's marks


@pytest.mark.parametrize(
    "story",
    [
        "Camera operators facing cuts in Eastmere\n\nCCTV camera\nCCTV camera\nHave your say\n\nPLANS are on the table "
        "to cut the council's CCTV operators. The Gazette understands the control room could close next year.",
        "A TOTAL of £90,000 is to be spent on Eastmere's CCTV network as part of a deal to keep it monitored.",
        "New CCTV control room for Eastmere\n\nWatch more of our videos on our channel\n\nThe council's new control "
        "room will watch 300 cameras.",
        "CCTV control room to grow\n- Published\nEastmere Borough Council's CCTV control room is expanding, the local "
        "authority has announced.",
    ],
)
def test_more_press_marks(story: str) -> None:
    pa = read(story)
    assert pa.decoy is not None and pa.decoy.startswith("third-party")
    assert pa.signals["cctv_info"] is False


def test_a_council_consultation_titled_have_your_say_stays_its_own() -> None:
    pa = read(
        "Have your say on our CCTV policy\n\nThe council runs 60 CCTV cameras in the town centre, monitored from our "
        "control room. Recordings are kept for 31 days. Tell us what you think of the draft policy by 30 June."
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"] is True


def test_a_numbered_agenda_item_on_cctv_monitoring_is_the_councils_record() -> None:
    pa = read(
        "Agenda Item No. 4\n\nMembers were told of the proposal to share CCTV monitoring with a neighbouring "
        "council. The Managing Director of the Eastmere Borough Council chairs the programme board, and the strategic "
        "management of CCTV stays with the council."
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"] is True
    assert pa.secondary is True


def test_a_welsh_cctv_page_naming_its_monitoring_room_and_aims_is_the_councils() -> None:
    pa = read(
        "TCC (Teledu Cylch Cyfyng)\n\nDim ond staff yr ystafell fonitro yn Hendre sy'n gweld lluniau'r teledu cylch "
        "cyfyng.\n\nAmcanion y cynllun:\n\n- Atal a datgelu troseddu yng nghanol y dref\n- Gwneud i bobl deimlo'n fwy diogel"
    )
    assert pa.signals["cctv_info"] is True


# --- after the third round (62 fresh real excerpts, scored before anything was learnt from them)


@pytest.mark.parametrize(
    "sentence",
    [
        "Although the council could buy the cameras, it has struck a deal with Wessex Vale Police for its staff to "
        "maintain them.",
        "The town's CCTV could be handed into the care of Wessex Vale Police under new proposals.",
        "Wessex Vale Police have paid a flat fee of £10,000 a year for copies of recordings from the cameras.",
        "Our cameras are monitored free of charge by Wessex Vale Police from the force control room.",
    ],
)
def test_deals_handovers_and_payments_with_the_force_are_arrangements(sentence: str) -> None:
    pa = read(f"CCTV in Eastmere\n\nEastmere Borough Council owns 40 public space CCTV cameras. {sentence}")
    assert pa.signals["sla"] is True


def test_footage_handed_to_the_force_is_no_arrangement() -> None:
    pa = read(
        "CCTV in Eastmere\n\nEastmere Borough Council owns 40 public space CCTV cameras. Footage handed to Wessex "
        "Vale Police is logged with the paperwork that goes with it."
    )
    assert pa.signals["sla"] is False


@pytest.mark.parametrize(
    "story",
    [
        "BBC Home\nExplore the BBC\nBBC News\nLast Updated: Wednesday, 4 February, 2004, 18:37 GMT\nCCTV team take over "
        "controls\nEastmere Council is to take over monitoring the CCTV cameras of two other towns.",
        "CCTV revamp approved in Eastmere\n\nAuthor: Sam Reed, LDRS\n\nAgeing CCTV cameras are to be replaced after "
        "the council agreed to spend £500,000.",
        "Eastmere's CCTV not ready for a major incident\n\nThe research into the borough's CCTV system will be debated "
        "by Eastmere Council's cabinet members this week.",
    ],
)
def test_a_broadcasters_and_papers_furniture(story: str) -> None:
    pa = read(story)
    assert pa.decoy is not None and pa.decoy.startswith("third-party")


# --- a SPOC named as a role in the council's own policy's responsibilities


def test_a_spoc_role_in_the_councils_policy_responsibilities_is_the_spoc_signal() -> None:
    pa = read(
        "Surveillance Camera Policy\n\nEastmere County Council uses CCTV in public spaces and at its buildings, and "
        "manages it in line with the Surveillance Camera Code of Practice.\n\nResponsibilities\n\nSingle Point of "
        "Contact (SPOC) – overall responsibility for the council's surveillance cameras\n\nData Protection Officer – "
        "advises the council on data protection."
    )
    assert pa.signals["spoc"] is True
    # no contact route: the 5.3 finding stays weak (partial), as before
    assert any(f.type == "spoc" and f.data.get("strength") == "weak" for f in pa.findings)


def test_advice_to_make_someone_a_single_point_of_contact_is_no_spoc() -> None:
    pa = read(
        "Five steps to camera compliance\n\nList every camera and why it is there. Make one person responsible for "
        "questions about your cameras - a single point of contact makes life easier."
    )
    assert pa.signals["spoc"] is False

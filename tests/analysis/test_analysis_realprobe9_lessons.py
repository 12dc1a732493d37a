"""Patterns session 9's real-text probe showed (two fresh rounds of stored public pages, labelled by the
development set's conventions and kept outside the repository; the first measured before any lesson).

Local papers' reports still read as councils' information when they carry none of the marks read before;
minutes copied away from a committee system were not known as minutes; FOI answers were missed when the
officer answers in the first person or under the restated questions; a job description's duties list and
a university's own code of practice read as a council's. The passages are written for this test (invented
councils, people and papers); each rule has a passage beside it that must still be read as before.
"""

from __future__ import annotations

import pytest

from read_excerpt import read


_CAMERAS = (
    "The council runs 64 cameras in the town centre, watched from its control room around the clock. "
    "Recordings are kept for 31 days and are passed to the police when they ask for them."
)


@pytest.mark.parametrize(
    "story",
    [
        # a lede whose capitals run over the council's whole name
        "Cameras to be reviewed\n\nNews Top News\n\nWESTMERE COUNTY COUNCIL could look again at its CCTV after "
        "a report found half its cameras broken. " + _CAMERAS,
        # the party in full in brackets, and councillors briefed ahead
        "Councillors will be briefed on the camera plans next month. Cllr Dana Reeve (Labour) wants to know "
        "where the new cameras will go. " + _CAMERAS,
        # "THE Borough" opening the lede, and the desk's "controversial decision"
        "THE Borough Council's cabinet has been told to think again about its controversial decision to stop "
        "watching the cameras live. " + _CAMERAS,
        # a feature's byline
        "Westmere District Council has been trying out a camera van in its market towns. How well has it "
        "worked? Sam Porter investigates.\n\n" + _CAMERAS,
        # the council quoted as a source
        "Westmere Council is replacing its town centre cameras. “The new cameras go up this month,” a statement "
        "from the local authority explained. " + _CAMERAS,
        # a meeting's report quoted, under the paper's "Last updated" line and its idiom
        "Camera upgrade gets the green light\n\nLast updated\n\nA report to the cabinet meeting states that seven "
        "old cable links will be swapped for radio. " + _CAMERAS,
        # a broadcaster's caption and copyright line
        "Review of cameras in the offing\n\nImage copyright Westmere News\nImage caption The cost would be shared\n\n"
        + _CAMERAS,
    ],
)
def test_a_local_papers_report_is_not_the_councils_information(story: str) -> None:
    assert read(story).signals["cctv_info"] is False


@pytest.mark.parametrize(
    "own",
    [
        # the council's own page: capitals in a heading are not a lede
        "Town centre CCTV\n\n" + _CAMERAS,
        # the council's own news release quoting its cabinet member
        "New cameras for the market square\n\nWestmere Borough Council has put up four new cameras in the market "
        "square. Councillor Jo Reid, cabinet member for community safety, said: “The cameras help keep the "
        "square safe.” " + _CAMERAS,
    ],
)
def test_the_councils_own_page_and_release_are_not_press(own: str) -> None:
    assert read(own).signals["cctv_info"] is True


# --- minutes by their own frame, wherever they are copied


def test_minutes_copied_away_from_the_committee_system_are_the_councils_record() -> None:
    minutes = (
        "CCTV REVIEW GROUP 12 MAY 2015 COMMITTEE ROOM 2 Present: Cllr A Lamb, Cllr B Osei, P Grant (Community "
        "Safety Manager) 1. APOLOGIES FOR ABSENCE None. 2. DECLARATIONS OF INTEREST None. 3. The group went "
        "through the options for the control room and asked for costs of moving monitoring to the depot."
    )
    assert read(minutes).signals["cctv_info"] is True


def test_a_minute_whose_numbered_title_names_cctv_is_the_councils_record() -> None:
    minutes = (
        "Minutes of a meeting of the Cabinet\n\nPresent: Councillors Hale, Moss and Patel\n\n"
        "Ca.12 Apologies for absence\n\nApologies were received from Councillor Ince.\n\n"
        "Ca.13 Declarations of interest\n\nNone.\n\n"
        "Ca.14 CCTV in Oldbridge and Fenton\n\nCabinet considered the head of service's report on replacing "
        "the CCTV cameras in the two market towns and agreed the spending."
    )
    assert read(minutes).signals["cctv_info"] is True


def test_minutes_on_other_things_are_not_cctv_information() -> None:
    minutes = (
        "Minutes of a meeting of the Cabinet\n\nPresent: Councillors Hale, Moss and Patel\n\n"
        "Ca.12 Apologies for absence\n\nApologies were received from Councillor Ince.\n\n"
        "Ca.14 Garden waste charges\n\nCabinet agreed the new charges for garden waste collections."
    )
    assert read(minutes).signals["cctv_info"] is False


# --- FOI answers in the officer's words


def test_an_officer_answering_in_the_first_person_is_the_councils_information() -> None:
    answer = (
        "Dear Mr Grant,\nYour request under the Freedom of Information Act 2000\nYou asked how many cameras the "
        "council operates.\nTaking your questions in order:\n1. I can confirm that there are 96 CCTV cameras in "
        "public places, monitored from the council's control room."
    )
    assert read(answer).signals["cctv_info"] is True


def test_answers_under_the_restated_questions_are_the_councils_information() -> None:
    answer = (
        "Information request 5512\n\nRequest\n\nPlease tell me:\n1. How many CCTV cameras the borough has\n2. How "
        "many were out of action last year\n\nResponse\n\n1. How many CCTV cameras the borough has.\n52\n2. How "
        "many were out of action last year.\n• January - 4\n• June - 2"
    )
    assert read(answer).signals["cctv_info"] is True


def test_a_refusal_in_the_first_person_is_not() -> None:
    answer = (
        "Dear Mr Grant,\nYour request under the Freedom of Information Act 2000\nYou asked how many cameras the "
        "council operates.\nI can confirm that the council does not hold this information: the cameras in "
        "the town belong to the police."
    )
    assert read(answer).signals["cctv_info"] is False


# --- a job description's duties, a university's own code


def test_a_job_descriptions_duties_are_not_the_councils_information() -> None:
    duties = (
        "Key responsibilities 1. To operate the CCTV cameras in line with the Westmere Council CCTV code of "
        "practice.\n2. To deal with requests for footage from the police and insurers.\n3. To keep the control "
        "room log up to date.\n4. To liaise with the police by radio."
    )
    assert read(duties).signals["cctv_info"] is False


def test_a_universitys_own_code_of_practice_is_not_a_councils() -> None:
    code = (
        "Code of Practice: Closed Circuit Television System\n\n1.1 Introduction\n\nThe University of Anyfield is "
        "an academic institution on the edge of the city. CCTV systems are operated by several departments within "
        "the university, and the Security Manager is the data controller. Recordings are kept for 28 days."
    )
    assert read(code).signals["cctv_info"] is False


# --- round 5: other bodies' policies, the asker's words, minutes' own labels


def test_a_college_owning_its_cameras_is_not_a_council() -> None:
    policy = (
        "CCTV Policy for\n\nOldbridge Sports College\n\n1. Introduction\n\nThis policy governs the CCTV system at the "
        "Academy. Cameras around the site are monitored from a control room by authorised staff. The cameras are run "
        "by the Academy and watched by its site team."
    )
    assert read(policy).signals["cctv_info"] is False


def test_a_trusts_own_camera_policy_is_not_a_council() -> None:
    policy = (
        "Trust CCTV Camera Policy\n\nCameras cover the hospital entrances and car parks and are run in line "
        "with the Surveillance Camera Code of Practice. Recordings are kept for 31 days."
    )
    assert read(policy).signals["cctv_info"] is False


def test_the_askers_your_council_is_not_an_answer() -> None:
    request = (
        "FOI request 1010 - street cameras\n\nI would like to know:\n1. How many CCTV cameras your council has operated "
        "in each of the last five years.\n2. When your council installed its first CCTV camera.\n\nAnswer given 3 May "
        "2019\n\nThis information is not held."
    )
    assert read(request).signals["cctv_info"] is False


def test_a_release_naming_its_executive_member_twice_is_not_a_committee_paper() -> None:
    from analysis.committee import is_committee_paper

    release = (
        "New litter patrols\n\nThe Executive Member for the environment welcomed the patrols. The Executive Member "
        "said the cameras the officers wear will help keep them safe."
    )
    assert is_committee_paper("", release) is False
    assert is_committee_paper("", release + " Members are asked to note the report.") is True


def test_a_committee_item_on_officers_body_cameras_is_not_the_cctv_system() -> None:
    item = (
        "Issue - meetings\n\nBody cameras for street wardens\n\nMeeting: 04/03/2024 - Environment Scrutiny Committee "
        "(Item 12)\n\n12 Body cameras for street wardens pdf icon PDF 96 KB\n\nMembers agreed that the wardens should "
        "wear cameras from April."
    )
    assert read(item).signals["cctv_info"] is False


def test_minutes_known_by_their_systems_labels_with_a_report_on_cctv() -> None:
    minutes = (
        "Safer Streets Panel - minutes\n\nAttendance Details\n\nCllr Jo Lamb(LD), Cllr Sam Ode\n\nThese minutes are "
        "subject to approval at the panel's next meeting\n\nMembers received a report on the review of the town "
        "centre CCTV from the Head of Safer Communities."
    )
    pa = read(minutes)
    assert pa.signals["cctv_info"] is True
    assert pa.decoy is None  # "(LD)" run into a name in an attendance list is no press mark


def test_a_decision_whose_title_names_cctv_monitoring_is_the_councils_record() -> None:
    decision = (
        "Issue - meetings\n\nCCTV monitoring\n\nMeeting: 14/12/2024 - Cabinet (Item 11)\n\n1. That a new monitoring "
        "service contractor be appointed for five years, and that officers finalise the tender documentation."
    )
    assert read(decision).signals["cctv_info"] is True


# --- round 6: more of the press's marks


@pytest.mark.parametrize(
    "story",
    [
        # the council quoted in the third person under a broadcaster's "Published"
        "New camera hub for Eastmere\n- Published\nA new CCTV control centre has opened in Eastmere, the city council "
        "has confirmed.\nThe council said the centre would run day and night. " + _CAMERAS,
        # a reporter's own visit
        "Eastmere's watchers\nBelow the town hall is the council's CCTV room. I give my name to a receptionist and I "
        "also sign a form before going in. " + _CAMERAS,
        # a news site's menu, a photo credit line and a headline idiom
        "Friday, 27 November 2015\n\nSubscriptions | Jobs | Property | Family Notices\n\nAxe to fall on Eastmere's "
        "cameras\n\nKim Lowe photo\nKim Lowe\n\n" + _CAMERAS,
        # the paper's scoop, "Published at:"
        "Published at:\n\nWestmere Council is planning to close its CCTV control room, Island Post can reveal. "
        + _CAMERAS,
        # a picture caption scraped twice, and what the police say
        "Cameras help keep revellers safe\n\nPolice say the new camera suite is helping them.\nSgt Kim Lowe and Jo "
        "Bell in the control roomSgt Kim Lowe and Jo Bell in the control room\n" + _CAMERAS,
    ],
)
def test_more_of_the_press_is_not_the_councils_information(story: str) -> None:
    assert read(story).signals["cctv_info"] is False


def test_a_council_page_whose_heading_repeats_its_title_is_not_a_caption() -> None:
    page = "CCTV and community safety contacts\n\nCCTV and community safety contacts\n\n" + _CAMERAS
    assert read(page).signals["cctv_info"] is True


def test_an_administration_named_by_its_party_is_a_political_voice() -> None:
    blog = (
        "Cameras in Eastmere\n\nYesterday I visited the council's CCTV control centre. Three years ago the "
        "Labour-led administration stopped daytime monitoring of the council's cameras. " + _CAMERAS
    )
    assert read(blog).signals["cctv_info"] is False


def test_a_certification_body_selling_its_approval_is_not_a_council() -> None:
    from analysis.thirdparty import press_or_supplier

    page = (
        "Camera system audits\n\nThinking of gaining SSAIB certification for your camera system? Fill in the enquiry "
        "form and our applications team will call you back."
    )
    assert press_or_supplier(page) is True


# --- round 7: a council's own pages read as somebody else's


def test_a_cctv_page_naming_the_council_that_runs_it_is_not_guidance() -> None:
    page = (
        "Eastmere has had town centre CCTV since 1996, watched from a control room based in Eastmere Borough "
        "Council's offices.\nEastmere Borough Council manages the system under its own code, which follows the "
        "Surveillance Camera Code of Practice summarised below.\n"
        "Principle 1: a camera system needs a clear purpose that is written down.\n"
        "Principle 2: think about how the cameras affect people's privacy.\n"
        "System operators should consider a data protection impact assessment before you install cameras, and "
        "organisations should publish information about their systems. You should also display signs and keep "
        "recordings no longer than you need them."
    )
    pa = read(page)
    assert pa.decoy is None
    assert pa.signals["cctv_info"] is True


def test_school_children_in_a_first_line_are_not_a_schools_page() -> None:
    from analysis.decoys import classify

    verdict = classify(
        "file:///tmp/excerpt.txt",
        "A new CCTV programme has been approved by Westmere Council to help keep school children safe",
        [],
        "A new CCTV programme has been approved by Westmere Council to help keep school children safe.",
        0.0,
    )
    assert verdict.reason != "school policy"
    school = classify(
        "file:///tmp/excerpt.txt",
        "CCTV policy - Oldbridge Primary School",
        [],
        "The school uses CCTV to keep pupils safe. The headteacher is responsible for the system.",
        0.0,
    )
    assert school.reason == "school policy"

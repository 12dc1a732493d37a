"""Lessons from reading ~120 real excerpts the detectors had never seen (session 5's probe).

Each rule is general and each passage is written for this test: an FOI request that asks whether an
agreement with the police exists is not one; a CCTV code issued by a team whose name joins parking
and CCTV is not a parking page. Near misses that must still fire sit beside each negative.
"""

from __future__ import annotations

from read_excerpt import read


def test_a_request_asking_about_a_police_protocol_is_not_an_agreement() -> None:
    pa = read(
        "Sharing CCTV with the police (ref 2231/24)\n\n"
        "1) Does Northby Borough Council have a written protocol with Westshire Police on handing over CCTV "
        "footage?\n\n"
        "2) If so, please provide a copy of it and say when it was last reviewed?\n\n"
        "Our reply is attached."
    )
    assert not pa.signals["sla"]
    assert not pa.sla


def test_an_faq_that_answers_its_questions_keeps_its_agreement() -> None:
    pa = read(
        "CCTV: frequently asked questions\n\n"
        "Who watches the cameras?\n\nTrained operators in the council's control room, every night of the week.\n\n"
        "Do you give footage to the police?\n\nYes. Footage is released to Westshire Police under the information "
        "sharing agreement we signed with them in 2023.\n\n"
        "How long are recordings kept?\n\nThirty days, then they are overwritten."
    )
    assert pa.signals["cctv_info"] and pa.signals["sla"]


def test_a_question_about_an_agreement_is_not_a_mention_of_one() -> None:
    pa = read(
        "CCTV review\n\nThe council's 60 cameras are monitored from the town hall control room. Members asked: "
        "is there an information sharing agreement between the council and Westshire Police for CCTV images?"
    )
    assert pa.signals["cctv_info"]
    assert not pa.signals["sla"]


def test_a_team_that_runs_parking_and_cctv_does_not_make_its_cctv_code_a_parking_page() -> None:
    pa = read(
        "CCTV Code of Practice 2024 - Parking, Harbour & CCTV Services - Northby City Council\n\n"
        "1. Purpose\nThis code governs the council's public space CCTV system of 210 cameras, monitored from the "
        "city control room 24 hours a day. Recorded images are kept for 31 days and are released to the police "
        "only on a signed request."
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"]


def test_parking_enforcement_by_camera_is_still_a_parking_page() -> None:
    pa = read(
        "Parking and CCTV enforcement\n\nWe use CCTV cameras to enforce parking restrictions outside schools and in "
        "bus lanes. If a camera records a contravention we post a penalty charge notice (PCN) to the registered "
        "keeper within 14 days. You can pay or challenge the PCN online."
    )
    assert pa.decoy is not None
    assert not pa.signals["cctv_info"]


def test_a_parish_councils_own_cameras_are_its_own_even_when_only_its_text_says_so() -> None:
    """No title names the parish council: its text does, with the grounds its cameras watch."""
    pa = read(
        "Cameras at the recreation ground\n\n"
        "After damage to the play area, recordings from the recreation ground cameras are checked by an "
        "authorised person and passed to the police when an offence is found. The system is there to help the "
        "Parish Council and the police keep the recreation ground and the village hall safe for everyone."
    )
    assert pa.decoy == "parish or town council"
    assert not pa.signals["cctv_info"]


def test_a_parish_council_choosing_a_system_for_the_village_is_not_the_principal_councils() -> None:
    pa = read(
        "Village CCTV consultation\n\n"
        "The Parish Council are looking at a camera system for the village, watched around the clock by a "
        "security firm in the county town. Neither residents nor the Parish Council would see the images; they "
        "would go to the police only after an incident."
    )
    assert pa.decoy == "parish or town council"


def test_a_district_council_monitoring_a_town_councils_cameras_keeps_them_as_its_information() -> None:
    pa = read(
        "CCTV in Eastbrook\n\n"
        "The town council paid for two cameras on the recreation ground and the town council has asked us to add "
        "a third by the village hall. Our CCTV control room monitors all of them with the district's other 80 "
        "cameras, and recordings are kept for 31 days."
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"]


def test_a_schools_cctv_policy_is_the_schools_even_when_its_title_does_not_say_school() -> None:
    pa = read(
        "CCTV Policy\nApproved by: Resources Committee\n\n"
        "1 Purpose\nThis policy explains how Millbrook Junior School uses its CCTV cameras to protect the building, "
        "our staff, pupils and visitors. Images are kept for 14 days.\n\n2 Roles\nThe governors review this "
        "policy every two years."
    )
    assert pa.decoy == "school policy"
    assert not pa.signals["cctv_info"]


def test_guidance_on_cctv_in_schools_is_not_a_councils_information() -> None:
    pa = read(
        "CCTV in schools\n\nMany schools now run cameras. Governors and head teachers should make sure signs are "
        "displayed and footage is kept no longer than needed."
    )
    assert pa.decoy == "school policy"


def test_a_council_camera_outside_a_named_school_is_still_the_councils() -> None:
    pa = read(
        "Public space CCTV\n\nThe council runs 74 public space cameras across the district, including two outside "
        "Hillside Primary School added after complaints about speeding. The control room is staffed every "
        "evening and recordings are kept for 31 days."
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"]


def test_a_published_tender_notice_for_cctv_maintenance_is_a_tender() -> None:
    pa = read(
        "Scope\nReference NB-4471\nDescription\nThe council seeks one contractor to maintain its CCTV cameras, the "
        "control room equipment and the radio link, with a four-hour call-out.\nTotal value (estimated)\n"
        "- £640,000 excluding VAT\nContract dates (estimated)\n- 1 April 2026 to 31 March 2029\n"
        "CPV classifications\n- 92222000 - Closed circuit television services\nTender submission deadline\n"
        "9 February 2026, noon"
    )
    assert pa.decoy == "tender or supplier page"
    assert not pa.signals["cctv_info"]


def test_the_regulators_own_account_of_its_scheme_is_guidance_not_a_council_page() -> None:
    pa = read(
        "Three years of my certification scheme\n\n"
        "I launched the scheme so that organisations operating surveillance cameras could show they meet the 12 "
        "principles of the code. Since then my certification mark has been awarded to 70 organisations, and I "
        "recently reviewed the process with the certification bodies."
    )
    # guidance, or (since session 26 reads "my certification mark" as the Commissioner's own voice) a third party's account:
    # either way not a council's page
    assert pa.decoy in ("guidance to camera operators", "third-party report or guidance")
    assert not pa.signals["cctv_info"] and not pa.signals["certification"]


def test_a_tool_handed_to_every_operator_is_guidance() -> None:
    pa = read(
        "Self-assessment tool\n\n"
        "How well does your organisation meet the principles of the surveillance camera code? This tool will help "
        "you find out if you are compliant. We encourage you to publish the completed tool on your website, and "
        "relevant authorities in England and Wales must have regard to the code when they run cameras."
    )
    assert pa.decoy == "guidance to camera operators"
    assert not pa.signals["cctv_info"]


def test_a_council_citing_the_commissioners_tool_about_its_own_cameras_is_its_information() -> None:
    pa = read(
        "CCTV and the surveillance camera code\n\n"
        "The Surveillance Camera Commissioner has developed a self-assessment tool to help organisations find out "
        "if they are compliant. We completed it for our town centre CCTV system in 2024 and publish it below. "
        "Our cameras are monitored from the council's control room and recordings are kept for 31 days."
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"]


def test_a_framework_written_for_every_council_and_force_is_guidance() -> None:
    pa = read(
        "Framework for CCTV agreements\n\nThis framework is for local authority CCTV owners and police forces to use "
        "when they write their own agreements. Any organisation running public space cameras can use this "
        "framework; it lists what a good agreement covers, from the legal basis for sharing to training."
    )
    assert pa.decoy == "guidance to camera operators"
    assert not pa.signals["cctv_info"] and not pa.signals["sla"]


def test_a_council_page_on_its_own_agreement_that_mentions_the_framework_is_its_own() -> None:
    pa = read(
        "Our agreement with the police\n\nOur CCTV control room releases footage to Westshire Police under an "
        "information sharing agreement signed in 2024. We based it on the national framework, which any "
        "organisation running public space cameras can use."
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"] and pa.signals["sla"]

"""Patterns the fifth held-back text set showed the detectors missing (measured frozen first).

Other bodies' cameras under their own names (a premises licence's CCTV condition, a company, a
leisure trust, a bus operator, a university's officer) are not the council's information. The
passages are written for this test; each negative has a positive beside it.
"""

from __future__ import annotations

import pytest

from read_excerpt import read


@pytest.mark.parametrize(
    "text",
    [
        "Schedule of conditions agreed with the applicant\n\nPrevention of crime and disorder\n"
        "(a) The CCTV system shall be kept in good order and record whenever the premises are open, keeping "
        "footage for 28 days.\n(b) A camera shall cover the till and the front door.",
        "Conditions drawn from the operating schedule\n\n- The holder will keep CCTV running throughout licensable "
        "activities.\n- Footage will be stored for a month and handed to the police on request.\n"
        "Premises: The Anchor, Quay Street. Licensing authority: Pembrokeshire County Council.",
    ],
)
def test_a_premises_licence_cctv_condition_is_not_council_information(text) -> None:
    pa = read(text)
    assert pa.decoy == "planning or premises licence condition"
    assert not pa.signals["cctv_info"]


@pytest.mark.parametrize(
    "text",
    [
        "Privacy notice for visitors\n\nRiverside Leisure uses CCTV at its gyms and pools in Wrexham to deter "
        "theft and keep customers safe. Footage is deleted after 21 days unless the police ask us to keep it.",
        "CCTV privacy notice\n\nThis notice explains how Northgate Retail Park Limited uses cameras at the park. "
        "We operate cameras across the car parks and service yards. Footage is kept for 30 days.",
        "Cameras on our vehicles\n\nStagecoach buses in Fife are fitted with cameras inside the saloon. We keep "
        "the recordings for 10 days and share them with the police when a crime is reported.",
        "Surveillance policy\n\nCardiff University's Registrar is responsible for this policy. The Head of "
        "Security acts as scheme manager and keeps a register of every camera on campus.",
    ],
)
def test_a_named_company_trust_operator_or_university_runs_its_own_cameras(text) -> None:
    pa = read(text)
    assert pa.decoy == "another body's cameras"
    assert not pa.signals["cctv_info"]


def test_the_councils_own_cctv_page_is_still_its_information() -> None:
    pa = read(
        "CCTV in Wrexham\n\nWrexham County Borough Council operates 80 cameras in the town centre. The CCTV "
        "system is monitored from our control room and footage is kept for 31 days."
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"]


@pytest.mark.parametrize(
    "text",
    [
        "The year in review\n\nOur survey found that many local authorities have a named camera lead, yet fewer "
        "publish reviews. Police forces and local authorities were asked about footage sharing. The Commissioner "
        "continued to urge councils to complete the self-assessment, which stays open for anyone who wants to use it.",
        "Why every authority should name a camera lead\n\nEach local authority needs one officer with oversight of "
        "all its cameras, in car parks, depots and housing. Every scheme manager must keep records showing "
        "compliance. This guidance explains the role of the lead.",
        "Model agreement for public space cameras (2nd edition)\n\nThis updated framework, agreed with policing and "
        "council bodies, is for police forces and local authorities wanting to record how they share camera "
        "footage. It can be adapted to local circumstances.",
        "End of the certification scheme\n\nThe Commissioner's certification scheme stopped taking applications "
        "and closed to new applicants last year. Certificate holders are asked to remove the logo. The "
        "self-assessment tool stays online for anyone who wants to test their cameras against the code.",
    ],
)
def test_central_guidance_and_the_regulators_reports_are_not_council_information(text) -> None:
    pa = read(text)
    assert pa.decoy == "guidance to camera operators"
    assert not pa.signals["cctv_info"]


@pytest.mark.parametrize(
    "text",
    [
        "Body worn video privacy notice\n\nSome of our parking, waste and street scene officers wear body worn "
        "cameras, which record pictures and sound. Officers tell people when they switch them on.\n\n"
        "Mendip District Council is the data controller. We keep the recordings for 60 days unless they are "
        "needed as evidence.",
        "Consultation: body cameras for wardens\n\nWe are considering introducing body cameras for our "
        "environmental wardens, who would record only when a situation becomes hostile.\n\nA draft data "
        "protection impact assessment has been written. Tell us what you think before 30 June.",
    ],
)
def test_a_councils_own_body_worn_video_notice_or_consultation_is_its_information(text) -> None:
    pa = read(text)
    assert pa.decoy is None
    assert pa.signals["cctv_info"], text


def test_a_police_forces_body_worn_video_page_is_not_council_information() -> None:
    pa = read(
        "Body worn video\n\nAll Gwent Police neighbourhood officers wear body worn video cameras. Recordings are "
        "kept for 31 days unless needed as evidence. Gwent Police is the data controller."
    )
    assert pa.decoy == "another body's cameras"
    assert not pa.signals["cctv_info"]


def test_a_councils_own_housing_cctv_page_is_its_information() -> None:
    pa = read(
        "Cameras on our estates\n\nThe council has installed CCTV in the stairwells and car parks of our blocks on "
        "the Brookside estate. It helps us act on tenants' reports of anti-social behaviour.\n\nTenants can ask "
        "the housing office for footage; recordings are kept for 30 days under the terms of your tenancy."
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"]


def test_a_housing_association_naming_itself_still_is_another_body() -> None:
    pa = read(
        "CCTV in our blocks\n\nRiverside Homes has CCTV in the entrances of our blocks. Tenants can ask for "
        "footage. The council has installed cameras on the nearby high street, but these are ours."
    )
    assert pa.decoy == "another body's cameras"


@pytest.mark.parametrize(
    "text",
    [
        "Requesting footage\n\nRecordings are kept for 28 days and then recorded over, so contact us quickly.\n\n"
        "If a crime has happened, report it to the police, who will ask us for the recording directly.\n\n"
        "To see footage of yourself, make a subject access request and send a photograph so we can find you "
        "on the camera.",
        "Releasing recorded images\n\nOnly the system manager may approve a request to view a recording. "
        "Requests are logged with the reason and the decision.\n\nImages are released only to prevent or detect "
        "crime or for legal proceedings, and third parties who receive a copy must keep the same conditions.\n\n"
        "Each camera recording stays the property of the council.",
    ],
)
def test_a_cctv_sections_footage_sub_page_is_the_councils_information(text) -> None:
    pa = read(text)
    assert pa.decoy is None
    assert pa.signals["cctv_info"], text


@pytest.mark.parametrize(
    "text",
    [
        # "gamerâu gan Gyngor …": the council's cameras, with the mutated word for cameras
        "Camerâu yng nghanol y dref\n\nMae 40 o gamerâu gan Gyngor Sir Ceredigion yn Aberystwyth ac Aberteifi, "
        "ac maen nhw'n cael eu gwylio bob nos.",
        # a Welsh retention sentence: "ar ôl 30 diwrnod caiff y recordiad ei ddileu"
        "Camerâu'r dref\n\nNid oes sain yn cael ei recordio gan y camerâu. Ar ôl 30 diwrnod caiff pob recordiad "
        "ei ddileu, oni bai bod yr heddlu wedi gofyn amdano.",
        # a Welsh "asking for footage of yourself" sub-page that never names CCTV
        "Gofyn am luniau ohonoch eich hun\n\nGallwch ofyn am gopi o'r lluniau ohonoch chi sydd wedi'u recordio "
        "ar ein camerâu yn y dref.\n\nRhowch y dyddiad, yr amser a'r lleoliad i ni, a disgrifiad o'r dillad "
        "oeddech chi'n eu gwisgo, er mwyn i ni ddod o hyd i'r lluniau.\n\nBydd y lluniau'n cael eu dileu ar ôl mis, felly "
        "anfonwch eich cais am y recordiad cyn gynted â phosibl.",
    ],
)
def test_a_welsh_councils_own_camera_pages_are_its_information(text) -> None:
    pa = read(text)
    assert pa.decoy is None
    assert pa.signals["cctv_info"], text


def test_a_code_of_practice_certificate_of_agreement_is_the_councils_information() -> None:
    pa = read(
        "Signatories\n\nBy signing, each party accepts this code: Bedford Borough Council as owner and operator "
        "of the town CCTV system, and Bedfordshire Police as a user of its recordings.\n\n"
        "For the council: Head of Community Safety. For the police: District Commander."
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"]


def test_welsh_our_cameras_contracted_after_a_vowel_is_the_councils_camera() -> None:
    pa = read(
        "Gweithio gyda'r heddlu\n\nMae'r heddlu'n gallu gofyn am recordiadau o'n camerâu pan fydd trosedd wedi "
        "digwydd. Rydym yn cofnodi pob cais."
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"]


def test_a_police_and_crime_commissioners_camera_fund_is_not_council_information() -> None:
    pa = read(
        "Safer villages camera grants\n\nThe Police and Crime Commissioner for Dorset has launched a £90,000 fund "
        "for community CCTV. Town councils and residents' groups can apply for up to £5,000 towards new cameras. "
        "Applications close at the end of September."
    )
    assert pa.decoy == "another body's cameras"
    assert not pa.signals["cctv_info"]


def test_a_council_page_thanking_the_commissioner_for_funding_stays_its_own() -> None:
    pa = read(
        "New town centre cameras\n\nThe council has installed six new CCTV cameras in Weymouth, paid for with "
        "money the Police and Crime Commissioner has made available. They are monitored from our control room."
    )
    assert pa.decoy is None
    assert pa.signals["cctv_info"]


def test_an_foi_request_restated_in_the_answer_is_not_the_councils_own_words() -> None:
    pa = read(
        "Freedom of Information request 2024/118 - CCTV recordings\n\nThe requester asked Kent Police:\n"
        "- whether the force and Dover District Council have an agreement for obtaining CCTV recordings;\n"
        "- for any guidance given to officers.\n\nKent Police response: information is held and released "
        "with redactions in the attached letter."
    )
    assert pa.decoy == "FOI response"
    assert not pa.signals["cctv_info"]


def test_an_foi_answer_stating_the_councils_cameras_keeps_its_signal() -> None:
    pa = read(
        "Freedom of Information request 2024/204\n\nYou asked about CCTV.\n\nResponse: The council operates 52 "
        "CCTV cameras in public spaces, monitored by four operators."
    )
    assert pa.decoy == "FOI response"
    assert pa.signals["cctv_info"]


def test_an_installers_sales_page_is_a_supplier_page() -> None:
    pa = read(
        "Commercial CCTV systems\n\nWe supply, install and maintain CCTV for shops, pubs and offices across "
        "Yorkshire, and every system starts with a site survey. "
        "Recent customers include hotels, garages and a hospital trust."
    )
    assert pa.decoy == "tender or supplier page"
    assert not pa.signals["cctv_info"]

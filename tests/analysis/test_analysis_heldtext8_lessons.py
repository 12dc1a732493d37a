"""Patterns the eighth held-back text set showed the detectors missing (measured frozen first).

The passages are written for this test, with other councils' and bodies' names and invented facts;
each rule has a passage beside it that must still be read as before.
"""

from __future__ import annotations

import pytest

from analysis.page import PageAnalysis, analyse
from analysis.text import extract


def read(text: str, url: str = "file:///tmp/excerpt.txt") -> PageAnalysis:
    return analyse(extract(text.encode("utf-8"), url, "text/plain"))


# --- another body's voice: a housing provider or police force signing its page, a Police and Crime Panel


@pytest.mark.parametrize(
    "text",
    [
        # a housing provider's policy titled with its own name
        "Moorside Valley Homes - CCTV Policy\n\n2.1 We use cameras in the entrance halls of our blocks to deter "
        "vandalism, and we follow the Surveillance Camera Code of Practice.\n2.2 Our Data Protection Officer is "
        "the single point of contact for these systems.",
        # a retirement housing page signed with the provider's name
        "How long we keep camera recordings\n\nThe recorder at each court overwrites pictures after 21 days unless "
        "an incident has been reported. Court managers log every deletion.\n\nHomes for Quieter Living Trust",
        # a consultation in which the writer says what it is
        "Have your say on our CCTV policy\n\nWe want tenants' views on the way we use CCTV in shared hallways. "
        "Housing associations like us are not covered by RIPA, but we follow the Surveillance Camera Code.",
        # a police force's page of agreements, signed with the force's name
        "Our information sharing agreements\n\nWe share information with partners to prevent crime. The list "
        "below includes our agreements with district councils about public space CCTV.\n\nWessex Vale Constabulary",
        # a Police and Crime Panel's item on councils' cameras
        "Police and Crime Panel - Item 4: Town centre CCTV\n\nMembers asked the Commissioner whether public space "
        "CCTV reduced crime. The Commissioner said the cameras belonged to the borough councils and the force "
        "would not fund a county scheme.",
    ],
)
def test_another_bodys_own_page_is_not_the_councils_cctv_information(text) -> None:
    pa = read(text)
    assert pa.decoy is not None
    assert not pa.signals["cctv_info"]
    assert not pa.signals["spoc"]


def test_a_councils_own_housing_page_about_its_cameras_is_still_its_information() -> None:
    text = (
        "CCTV in our tower blocks\n\nThe council has installed CCTV in the entrance halls and lifts of its four "
        "tower blocks in Eastfield. Recordings are kept for 28 days and are watched from the council's control "
        "room.\n\nHousing Services, Eastfield Borough Council"
    )
    pa = read(text)
    assert pa.decoy is None
    assert pa.signals["cctv_info"]


# --- a local paper's report of a town council's cameras ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "New cameras for the quay\n\nPortlow Town Council is to spend about £18,000 on three more CCTV cameras "
        "after vandalism on the harbour wall. The clerk said the recorder could take twelve cameras.",
        "Camera funding restored\n\nHeywick Town Council has voted to keep paying for the town's cameras for "
        "another year while it looks for other funding.",
    ],
)
def test_a_town_council_named_acting_on_cameras_is_not_the_principal_councils(text) -> None:
    pa = read(text)
    assert pa.decoy is not None
    assert not pa.signals["cctv_info"]


def test_a_district_page_on_cameras_it_monitors_for_a_town_council_is_still_its_own() -> None:
    text = (
        "CCTV in Portlow\n\nPortlow Town Council has paid for three CCTV cameras on the quay. Our CCTV control "
        "room monitors them with the rest of the district's cameras, and footage is kept for 31 days."
    )
    assert read(text).signals["cctv_info"]


# --- the press's frame, councils in general, central guidance and bulletins --------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an opinion column
        "Comment: cameras are no substitute for patrols\n\nCouncils keep spending on CCTV. The evidence that it "
        "cuts crime is weak, and a control room cannot stop a fight.",
        # a headline naming who said it
        "Control rooms closing to save money, campaigners warn\n\nCash-strapped councils are cutting CCTV "
        "monitoring hours, a report says. Town centre cameras in two counties are no longer watched at night.",
        # a trade paper's report of one council's certificate, with its desk byline
        "Eastmere certified for town centre CCTV\n\nEastmere District Council's public space CCTV has been "
        "certified against the Surveillance Camera Code by an independent body.\n\nReport by our security "
        "correspondent.",
        # a local paper inviting readers to write in
        "Cameras switched off in Holt Street\n\nThe borough has turned off four CCTV cameras in Holt Street to "
        "save money. What do you think? Email the newsdesk.",
        # Welsh press: according to a report, a spokesperson said
        "Ystafell reoli newydd?\n\nMae tri chyngor yn ystyried rhannu ystafell reoli ar gyfer eu camerâu teledu "
        "cylch cyfyng, yn ôl adroddiad. Meddai llefarydd nad oes penderfyniad eto.",
        # a careers profile of the job across councils
        "Introduction\nMany councils use CCTV cameras to watch their car parks and town centres, and operators in "
        "control rooms look out for trouble.\nWork environment\nOperators sit at banks of screens and work "
        "shifts.",
    ],
)
def test_the_press_and_profiles_of_councils_in_general_are_not_council_information(text) -> None:
    pa = read(text)
    assert pa.decoy is not None
    assert not pa.signals["cctv_info"]
    assert not pa.signals["certification"]


@pytest.mark.parametrize(
    "text",
    [
        "Guidance: naming a lead for surveillance cameras\n\nWritten mainly for councils, this guidance explains "
        "why one officer should oversee every camera scheme an authority runs and keep a register of them.",
        "Technical bulletin: revised monitoring standard\n\nTo all approved companies providing CCTV monitoring: "
        "the revised standard applies to every new application from 1 March.",
    ],
)
def test_central_guidance_and_a_bulletin_to_approved_firms_are_third_party(text) -> None:
    pa = read(text)
    assert pa.decoy is not None
    assert not pa.signals["cctv_info"]
    assert not pa.signals["spoc"]


def test_a_councils_own_cctv_page_is_not_taken_for_press() -> None:
    text = (
        "CCTV in the town centre\n\nThe council runs 42 CCTV cameras in the town centre, watched from our control "
        "room every night. Footage is kept for 31 days."
    )
    pa = read(text)
    assert pa.decoy is None
    assert pa.signals["cctv_info"]


# --- a Welsh camera car enforcing parking -----------------------------------------------------------------


def test_a_welsh_camera_car_enforcing_parking_is_parking() -> None:
    text = (
        "Car camera i orfodi rheolau parcio\n\nMae Cyngor Sir Ddinbych wedi dechrau defnyddio car camera y tu "
        "allan i ysgolion. Bydd y ceidwad yn cael dirwy drwy'r post."
    )
    pa = read(text)
    assert pa.decoy is not None
    assert not pa.signals["cctv_info"]


# --- own cameras named without "CCTV" -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a service page: the council's cameras by possession
        "Riverside moorings\n\nVisitor moorings are free for 48 hours. The pontoon and the slipway are covered by "
        "the council's cameras.",
        # a privacy notice: the council as controller of the cameras it owns
        "Cameras and your personal information\n\nThis notice explains how Eastmere Borough Council uses the "
        "cameras it owns. The Council is the controller for all the cameras it owns and uses them to deter crime "
        "and to catch fly-tipping.",
        # a code's purpose: the council's system with words between
        "1.1 Purpose\nThis code governs the operation of Eastmere City Council's shared public space CCTV systems "
        "across the city and binds its staff and contractors.\n\n1.2 Ownership\nThe system is owned by the council.",
        # Welsh: the council has cameras; cameras of a named council
        "Hysbysiad preifatrwydd: camerâu'r cyngor\n\nMae gan Gyngor Sir Fôn gamerâu mewn llyfrgelloedd a "
        "chanolfannau ailgylchu. Mae arwyddion ym mhob safle.",
        "Gofyn am weld lluniau ohonoch chi'ch hun\n\nOs yw un o gamerâu Cyngor Sir Fynwy wedi eich recordio, "
        "cewch ofyn am gopi o'r lluniau.\n\nRydym yn cadw'r lluniau am 30 diwrnod cyn eu dileu o'r system.",
        # a CCTV page where the council speaks of itself beside CCTV
        "CCTV: releasing recordings\n\nThe council is committed to respecting privacy, and the CCTV cameras record "
        "only public places. Every request for footage goes to the data controller.",
    ],
)
def test_a_council_naming_its_own_cameras_is_its_information(text) -> None:
    pa = read(text)
    assert pa.decoy is None
    assert pa.signals["cctv_info"]


@pytest.mark.parametrize(
    "text",
    [
        "Riverside moorings\n\nVisitor moorings are free for 48 hours. The pontoon is covered by the town "
        "council's cameras.",
        # a traded service that says what it leaves out
        "Schools caretaking package (service level agreement)\n\nTwice-yearly servicing of alarms and door "
        "entry systems. This package does not cover the council's own cameras.",
        "Where the money goes\n\nCouncils argue that CCTV prevents crime, but the evidence is mixed and many "
        "councils now share control rooms to save money.",
    ],
)
def test_a_local_councils_cameras_or_councils_in_general_are_not(text) -> None:
    assert not read(text).signals["cctv_info"]


# --- an FOI archive of answers ---------------------------------------------------------------------------


def test_an_foi_archive_answer_is_recorded_apart() -> None:
    text = (
        "Cameras in villages\n\nQuestion: how many CCTV cameras does the council run outside the towns?\n\n"
        "Answer sent to the requester: none; all 30 cameras are in the three towns."
    )
    pa = read(text, "https://www.example.gov.uk/foi/previous-answers/cameras-in-villages")
    assert pa.decoy == "FOI response"


def test_a_cctv_page_beside_the_foi_section_is_not_an_foi_answer() -> None:
    text = "CCTV\n\nThe council runs 30 CCTV cameras in the three towns. Footage is kept for 31 days."
    pa = read(text, "https://www.example.gov.uk/community-safety/cctv")
    assert pa.decoy is None
    assert pa.signals["cctv_info"]


# --- SPOC in a role table, a Welsh roles list, a key-personnel appendix -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Camera policy - Part 3: Roles\n\n| Role | Held by | What they do |\n|---|---|---|\n| Single point of "
        "contact | Data Protection Team | Keeps the register of every council camera and answers questions about "
        "them |\n| System manager | Site manager | Runs one system day to day |",
        "Polisi Camerâu Cyngor Sir Ddinbych - Rolau\n\nPwynt Cyswllt Unigol: y Tîm Diogelu Data, sy'n cadw'r "
        "gofrestr camerâu.\nGweithredwyr: rheolwr pob safle.",
        "Annex C - Who is who\n\n1. Owner\nEastmere Borough Council. The Head of Community Services acts for the "
        "Council as the single point of reference for the system. This includes keeping the cameras in working "
        "order and agreeing any change to this Code.",
    ],
)
def test_a_spoc_in_a_role_table_or_roles_list_is_designated(text) -> None:
    pa = read(text)
    assert pa.signals["spoc"]
    assert pa.spoc and pa.spoc.get("role")


def test_a_single_point_of_contact_for_another_system_is_not_the_camera_spoc() -> None:
    text = (
        "Payroll changes\n\nThe Head of Finance acts for the Council as the single point of contact for the new "
        "payroll system. Staff should send questions about payslips to the finance inbox."
    )
    assert not read(text).signals["spoc"]


def test_the_places_the_councils_cameras_cover_are_where_its_cameras_are() -> None:
    text = (
        "Riverside moorings\n\nVisitor moorings are free for 48 hours. The pontoon and the slipway are covered by "
        "the council's cameras."
    )
    pa = read(text)
    assert pa.signals["cctv_info"]
    assert pa.criteria.get("cameras")

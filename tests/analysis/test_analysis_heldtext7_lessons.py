"""Patterns the seventh held-back text set showed the detectors missing (measured frozen first).

The passages are written for this test, with other councils' names and invented facts; each rule
has a passage beside it that must still be read as before.
"""

from __future__ import annotations

import pytest

from read_excerpt import read


# --- Welsh: the council named as the subject of a sentence about its cameras --------------------------


@pytest.mark.parametrize(
    "text",
    [
        # council news: the council is thinking of adding cameras and asks residents first
        "Holi trigolion Aberteifi am gamerâu\n\nMae Cyngor Sir Ceredigion yn bwriadu gosod pedwar camera teledu "
        "cylch cyfyng newydd ar y cei, ac mae am glywed barn pobl leol cyn penderfynu.\n\nBydd swyddogion ar gael "
        "yn y neuadd ddydd Iau.",
        # an agreement page: the council and the force have signed one for CCTV pictures
        "Rhannu lluniau gyda'r heddlu\n\nMae Cyngor Bwrdeistref Sirol Rhondda Cynon Taf a Heddlu De Cymru wedi "
        "cytuno ar drefn ar gyfer rhannu delweddau teledu cylch cyfyng, gan gofnodi pob cais.",
        # FAQ: the paragraph's subject is the control room and its operators, not the cameras
        "Cwestiynau am deledu cylch cyfyng (TCC)\n\nPwy sy'n gwylio?\nPedwar o weithredwyr sy'n gweithio i Gyngor "
        "Sir Fynwy, mewn ystafell reoli yn y Fenni sydd ar agor bob nos.\n\nA oes sain?\nNac oes.",
    ],
)
def test_a_welsh_council_speaking_of_its_cameras_is_its_information(text) -> None:
    assert read(text).signals["cctv_info"]


def test_a_welsh_sentence_about_the_council_without_cameras_is_not_cctv_information() -> None:
    text = (
        "Casgliadau gwastraff\n\nMae Cyngor Sir Ceredigion yn casglu biniau bob pythefnos, ac mae'r amserlen "
        "newydd ar gael yn y llyfrgell."
    )
    assert not read(text).signals["cctv_info"]


# --- FOI answers: the disclosure log's frame and the question put -------------------------------------


def test_a_disclosure_log_entry_headed_by_its_number_is_an_foi_answer() -> None:
    text = (
        "Response to request 5520193\nResponse date: 3 March 2026\n\nRequest: how many public space cameras you "
        "have and how many broke down last year.\n\nResponse (Harlow Council):\n1. 31 cameras.\n2. Four were out "
        "of action for more than a week."
    )
    pa = read(text)
    assert pa.decoy == "FOI response"
    assert not pa.signals["cctv_info"]


def test_a_numbered_question_naming_the_councils_cameras_is_the_askers_words() -> None:
    text = (
        "FOI response - Torfaen County Borough Council - reference 2026-0412\n\nQ1. Does the "
        "council provide the police with a live feed from its town centre cameras?\nA. Yes.\n\nQ2. How many requests for footage did "
        "you receive?\nA. 640."
    )
    assert not read(text).signals["cctv_info"]


def test_an_foi_answer_in_the_councils_own_words_still_states_its_facts() -> None:
    text = (
        "FOI response - reference 2026-0413\n\nQ1. How many cameras are there?\nA. The council operates 58 CCTV "
        "cameras in the town centre and its car parks."
    )
    assert read(text).signals["cctv_info"]


# --- sub-pages titled by the footage they are about ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Asking for a copy of footage of yourself\n\nYou may ask for recordings that show you. Please give us:\n"
        "- the date and a window of up to an hour;\n- where you were;\n- what you were wearing.\n\nThere is no fee "
        "and we answer within a month. Footage is wiped after 28 days, so ask soon.",
        "Footage and the police\n\nMost of the recordings we hand over go to Kent Police. Folkestone officers can "
        "also see live pictures in the control room during an incident.\n\nWe never give footage to the press or "
        "put it on social media.",
    ],
)
def test_a_sub_page_titled_by_its_footage_is_cctv_information(text) -> None:
    assert read(text).signals["cctv_info"]


def test_a_footage_title_over_text_about_something_else_is_not() -> None:
    text = (
        "Footage of council meetings\n\nFull council meetings are webcast and kept online for six months. "
        "Agendas and minutes are published a week before each meeting."
    )
    assert not read(text).signals["cctv_info"]


# --- a police agreement whose force is named earlier in the paragraph ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "CCTV privacy notice - Gateshead Council\n\nWho we share recordings with\nWe give footage to Northumbria "
        "Police when they investigate a crime. The council and the force have signed a data sharing agreement "
        "that covers these requests.",
        "Footage and the police\n\nMost recordings we release go to Avon and Somerset Police. Bath and North East "
        "Somerset Council shares footage with the police under an information sharing agreement that says who "
        "may ask and how copies are kept.",
    ],
)
def test_an_agreement_with_the_force_named_earlier_is_a_police_agreement(text) -> None:
    assert read(text).signals["sla"]


def test_a_task_force_is_not_the_police() -> None:
    text = (
        "CCTV privacy notice\n\nWe share footage with the Fly-tipping Task Force. The council and the task force "
        "have a data sharing agreement."
    )
    assert not read(text).signals["sla"]


# --- an annual report's verbless certification line ---------------------------------------------------


def test_an_annual_reports_certification_line_without_a_verb_is_a_claim() -> None:
    text = (
        "Public Space CCTV Annual Review 2025/26 - Wyre Forest District Council\n\n- 48 cameras, watched day and "
        "night.\n- Full certification under the Surveillance Camera Commissioner's scheme confirmed at the "
        "annual surveillance audit in May."
    )
    assert read(text).signals["certification"]


def test_a_certificate_to_be_renewed_is_not_yet_a_claim() -> None:
    text = (
        "Public Space CCTV Annual Review 2025/26\n\n- 48 cameras in the district.\n- We will apply for "
        "certification, to be renewed at the next audit."
    )
    assert not read(text).signals["certification"]


# --- somebody else's account: a sector blog to councils, the press's present tense -------------------


@pytest.mark.parametrize(
    "text",
    [
        "How many cameras do you really run?\n\nChief executives often think only of the town centre. But your "
        "authority may also have cameras in depots, on refuse lorries and on wardens. Do you know where they all "
        "are, and does each comply with the Surveillance Camera Code?",
        "Council CCTV: round-up\n\nBolton Council plans to remove 30 of its 190 cameras. The council says the "
        "cameras chosen cover quiet streets or overlap with others, and the control room rarely uses them.",
    ],
)
def test_a_sector_blog_or_a_press_round_up_is_not_council_information(text) -> None:
    pa = read(text)
    assert not pa.signals["cctv_info"]
    assert pa.decoy is not None


def test_a_councils_own_news_about_its_cameras_is_not_taken_for_the_press() -> None:
    text = (
        "Our CCTV cameras\n\nThe council operates 72 cameras in the town centre, watched from our control room. "
        "Footage is kept for 31 days."
    )
    pa = read(text)
    assert pa.signals["cctv_info"]
    assert pa.decoy is None


# --- a councillor's quote in the council's own news ----------------------------------------------------


def test_residents_told_us_in_a_councillors_quote_is_the_councils_own_news() -> None:
    """ "Residents told us" inside a councillor's quote is the council's "us": the item is the council's
    news (a news item, still no information by the project's rule), not a reporter's account."""
    text = (
        "New cameras switched on at Lakeside Park\n\nSix new cameras have been switched on at Lakeside Park after "
        "complaints about damage to the pavilion.\n\nThe cameras are linked to the council's control room and "
        'are watched at weekends.\n\nCouncillor Ruth Okafor said: "Residents told us they felt unsafe after '
        'dark. These cameras are part of our answer."'
    )
    assert read(text).decoy == "news item"


def test_a_councils_news_about_police_cameras_is_not_its_cctv() -> None:
    text = (
        "News release\n\nPolice launch new speed cameras on the ring road\n\nThe force has switched on four "
        "average speed cameras on the ring road. Drivers caught speeding will hear from the police."
    )
    assert not read(text).signals["cctv_info"]


def test_a_reporter_told_us_is_still_the_press() -> None:
    text = (
        "Town to lose a third of its cameras\n\nBarnsley Council is to switch off 40 of its 120 CCTV cameras. "
        "A senior officer told us the cameras chosen were rarely used by the control room."
    )
    assert not read(text).signals["cctv_info"]


# --- more sub-page titles, camera names and verbs that carry the same lessons ------------------------------


def test_a_sub_page_on_whom_recordings_are_shared_with_is_cctv_information_and_its_agreement() -> None:
    text = (
        "Who we share recordings with\n\nWe give recordings to Durham Constabulary when they are needed to "
        "investigate a crime, under a data sharing agreement with the constabulary that says what may be "
        "shared and how long copies are kept.\n\nWe may also share recordings with our insurers and with "
        "courts."
    )
    pa = read(text)
    assert pa.signals["cctv_info"] and pa.signals["sla"]


def test_a_minute_on_the_councils_rapid_deployment_cameras_is_its_information() -> None:
    text = (
        "Environment Scrutiny Panel - minute 17\n\nMembers considered the results of the trial of rapid "
        "deployment cameras at fly-tipping hotspots. Torridge District Council therefore used three cameras "
        "with signs, sending pictures to secure storage.\n\nRESOLVED that the trial continue for a further year."
    )
    assert read(text).signals["cctv_info"]


def test_sharing_a_photo_is_not_a_footage_sub_page() -> None:
    text = (
        "Sharing photos of your event\n\nYou can send us photographs of your community event for the "
        "newsletter. Please make sure everyone pictured has agreed.\n\nWe print a selection each month."
    )
    assert not read(text).signals["cctv_info"]

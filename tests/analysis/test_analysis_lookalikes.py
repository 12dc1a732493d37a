"""Look-alikes learnt from real wording (docs/wording.md §13), each beside a near miss that must still fire.

An FOI request and its answer, guidance to whoever runs cameras, the certification scheme's own notices,
the trade press and reported speech, Welsh advice on doorbell cameras, and an alarm receiving centre all
speak a council's CCTV words. The passages are written for this file; each negative tests a pattern, and
each near miss is the council's own page in similar words (a CCTV FAQ in the second person, a page that
names the ICO, a certificate cited after the scheme closed, a Welsh council's own page).
"""

from __future__ import annotations

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis, analyse
from analysis.text import extract

CTX = AuthorityContext("Anytown Borough Council", "https://www.anytown.gov.uk/", "Devon & Cornwall", "England")


def read(text: str, url: str = "file:///tmp/excerpt.txt") -> PageAnalysis:
    return analyse(extract(text.encode("utf-8"), url, "text/plain"))


def on(pa: PageAnalysis) -> set[str]:
    return {k for k, v in pa.signals.items() if v}


# --- FOI requests and answers -------------------------------------------------------------------


def test_an_foi_letter_with_its_receipt_is_an_foi_answer_not_information() -> None:
    pa = read(
        "Public space cameras and their cost\n\n"
        "Dear Millbrook District Council,\n\n"
        "I would like to request the following: how many CCTV cameras the council runs, and what the "
        "system cost to maintain last year.\n\n"
        "Yours faithfully,\nR. Osei\n\n"
        "Thank you for your request. We will reply within 20 working days."
    )
    assert "cctv_info" not in on(pa)
    assert any(f.type == "foi_response" for f in pa.findings)


def test_a_request_and_response_in_a_disclosure_log_is_an_foi_answer() -> None:
    pa = analyse(
        extract(
            b"<html><head><title>FOI answer: cameras in car parks</title></head><body><h1>FOI answer: cameras "
            b"in car parks</h1><p>Request: which of the council's car parks have CCTV, and how long is footage "
            b"kept?</p><p>Response: eleven car parks have cameras; recordings are overwritten after 30 days. "
            b"Camera positions are withheld under section 31 as disclosure would be likely to prejudice the "
            b"prevention of crime.</p></body></html>",
            "https://www.anytown.gov.uk/your-council/disclosure-log/car-park-cameras",
            "text/html",
        ),
        CTX,
    )
    assert "cctv_info" not in on(pa)
    assert pa.decoy is not None


def test_a_cctv_pages_note_on_foi_timescales_stays_the_councils_information() -> None:
    # the near miss: the Act, its timescale and an exemption named on the council's own CCTV page
    pa = read(
        "CCTV in Anytown\n\n"
        "The council operates 48 public space CCTV cameras in the town centre, monitored from our control room.\n\n"
        "Questions about the system can be asked under the Freedom of Information Act; we respond within 20 "
        "working days. Exact camera positions may be withheld under section 31."
    )
    assert pa.decoy is None
    assert "cctv_info" in on(pa)


# --- guidance to whoever runs cameras -----------------------------------------------------------


def test_advice_to_organisations_that_run_cameras_is_not_a_councils_information() -> None:
    pa = read(
        "Surveillance systems: guidance for organisations\n\n"
        "If you operate CCTV in a public place you should carry out a data protection impact assessment first "
        "and document your lawful basis. You must put up signs that say who runs the system and how to contact "
        "them, and you should keep recordings no longer than your purpose needs."
    )
    assert "cctv_info" not in on(pa)


def test_a_councils_cctv_faq_in_the_second_person_naming_the_ico_still_fires() -> None:
    pa = read(
        "CCTV: your questions answered\n\n"
        "Our cameras cover the high street, the bus station and three car parks, and the control room is staffed "
        "every night.\n\n"
        "You can ask for footage of yourself within 31 days; after that our system overwrites it. If you are "
        "unhappy with how we handled your request you can complain to the Information Commissioner's Office."
    )
    assert pa.decoy is None
    assert "cctv_info" in on(pa)


# --- the certification scheme's own notices -----------------------------------------------------


def test_the_schemes_closure_notice_is_neither_a_certificate_nor_information() -> None:
    pa = read(
        "The camera code certification scheme has closed\n\n"
        "The Surveillance Camera Commissioner's third party certification scheme ended in November 2025. All "
        "certificates issued under the scheme are no longer valid, and organisations that hold one should take "
        "the certification mark off their websites and signs."
    )
    assert on(pa) == set()


def test_figures_across_councils_claim_no_certificate_or_agreement() -> None:
    pa = read(
        "Annual review: councils\n\n"
        "Of the 290 councils in England that replied, 44 held full certification against the Surveillance "
        "Camera Code. I am disappointed that fewer than a third of councils have a signed agreement with their "
        "police force covering the release of footage."
    )
    assert "certification" not in on(pa)
    assert "sla" not in on(pa)


def test_a_council_citing_its_certificate_after_the_scheme_closed_still_fires() -> None:
    pa = read(
        "CCTV standards\n\n"
        "Our CCTV scheme was awarded full certification against the Surveillance Camera Code of Practice in "
        "2021. The Commissioner's scheme closed in 2025, so we no longer display the mark, but the control "
        "room still follows the twelve principles of the Code."
    )
    assert {"cctv_info", "certification"} <= on(pa)


# --- trade press and reported speech ------------------------------------------------------------


def test_a_trade_press_round_up_of_unnamed_councils_is_not_information() -> None:
    pa = read(
        "Control rooms: the quarter in review\n\n"
        "By our surveillance correspondent\n\n"
        "A unitary authority in the South West has moved its CCTV control room into the police station, where "
        "the council's cameras are now monitored. "
        "Elsewhere, a Yorkshire borough is replacing its analogue cameras, and control room managers we spoke to "
        "expect monitoring costs to rise."
    )
    assert "cctv_info" not in on(pa)


def test_a_report_of_what_the_commissioner_said_is_not_information() -> None:
    pa = read(
        "Market towns to get their cameras back\n\n"
        "Town centre CCTV switched off five years ago is coming back. The police and crime commissioner said 60 "
        "cameras in nine towns would be monitored from the force control room by the spring."
    )
    assert "cctv_info" not in on(pa)


# --- Welsh advice on home cameras, and a Welsh council's own page -------------------------------


def test_welsh_advice_on_doorbell_cameras_is_home_cctv() -> None:
    pa = read(
        "Camerâu ar gloch y drws\n\n"
        "Os ydych chi'n gosod camera teledu cylch cyfyng ar eich cartref, dylech osgoi recordio gardd eich "
        "cymydog. Os yw'r camera yn gweld y tu hwnt i ffin eich eiddo, mae cyfraith diogelu data yn berthnasol."
    )
    assert pa.decoy == "home CCTV advice"
    assert "cctv_info" not in on(pa)


def test_a_welsh_councils_own_cctv_page_still_fires() -> None:
    pa = read(
        "Teledu cylch cyfyng\n\n"
        "Mae'r Cyngor yn gweithredu 70 o gamerâu teledu cylch cyfyng yng nghanol y dref. Mae'r ystafell reoli "
        "ar agor bob nos, a chedwir y recordiadau am 31 diwrnod."
    )
    assert pa.decoy is None
    assert "cctv_info" in on(pa)


# --- monitoring companies -----------------------------------------------------------------------


def test_an_alarm_receiving_centre_is_not_a_councils_information() -> None:
    pa = read(
        "Who we are\n\n"
        "Northgate Watch Ltd runs an alarm receiving centre approved to BS EN 50518. Our control room monitors "
        "CCTV, intruder alarms and fire alarms for over 1,200 business customers, with keyholding and mobile patrols."
    )
    assert "cctv_info" not in on(pa)


def test_a_council_control_room_with_an_nsi_approval_and_paying_clients_still_fires() -> None:
    pa = read(
        "Anytown CCTV control room\n\n"
        "The council's control room monitors 120 public space CCTV cameras around the clock and holds NSI Gold "
        "approval to BS 7958. We also watch the cameras of two housing providers and a shopping centre, which "
        "pay for the service."
    )
    assert pa.decoy is None
    assert "cctv_info" in on(pa)


# --- near misses for the new cues: the council's own words that look like them -----------------


def test_minutes_reporting_a_commissioner_in_indirect_speech_stay_the_councils_record() -> None:
    pa = read(
        "Community Safety Scrutiny Panel: minutes\n\n"
        "The CCTV Manager reported that the council's control room had handled 1,840 incidents in the year. "
        "The police and crime commissioner's representative said that funding for four replacement cameras "
        "would be confirmed in the spring."
    )
    assert pa.decoy is None
    assert "cctv_info" in on(pa)


def test_a_council_counted_among_certified_councils_keeps_its_certificate() -> None:
    pa = read(
        "CCTV accreditation\n\n"
        "We are one of 61 councils in England and Wales to have been awarded full certification against the "
        "Surveillance Camera Code of Practice, and our control room is audited every year."
    )
    assert {"cctv_info", "certification"} <= on(pa)


def test_a_council_page_telling_organisations_how_to_ask_for_footage_keeps_its_disclosure_rule() -> None:
    pa = read(
        "Requesting CCTV footage\n\n"
        "Our public space CCTV cameras record 24 hours a day and footage is kept for 31 days.\n\n"
        "Organisations such as insurers and solicitors must apply in writing; footage is disclosed to third "
        "parties only where the law allows and the request names a date, time and place."
    )
    assert "cctv_info" in on(pa)
    assert pa.criteria.get("disclosure")

"""Patterns real-text round 24 showed (measured once before these lessons: 0.94 / 0.85 / 0.86 / 1.00). The passages are
written for this test (invented councils, people and places).

- the Code named the other way round, "the Code of Practice for surveillance cameras", is the scheme a certificate is
  against;
- an intention in a later clause of its own ("…, and that officers had intended to apply for step two") leaves the
  award claimed before it, at its own level;
- a force's area commands each having a CCTV single point of contact are the police's; a single point of contact for
  all subject access requests, or for residents during works, is not the cameras' SPOC;
- "has designated its [post] as single point of contact" without an article names the holder;
- an FOI answer that names the council's own cameras first ("Response: [X] County Council's public space cameras …") is
  in the council's own words; a logged request still "awaiting response" says nothing of the council's.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis


def test_certified_against_the_code_named_the_other_way_round(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Report to Cabinet\nPublic space CCTV: position statement\n"
        "1. The council's 72 cameras in Northby and Eastby are watched from the council's control room.\n"
        "2. The system was independently certified in 2021 as meeting the Code of Practice for surveillance cameras.\n",
        path="/democracy/cabinet/cctv-position.txt",
    )
    assert pa.signals["certification"] and pa.certification and pa.certification["awarded"] == "2021"


def test_an_intention_in_a_later_clause_keeps_the_award(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "CCTV service update\nThe officer reported that the Council had gained step one (desktop) certification against"
        " the Surveillance Camera Code of Practice in March, and that officers had intended to apply for the step two"
        " audit before the scheme closed.\n",
        path="/minutes/cctv-update.txt",
    )
    assert pa.signals["certification"] and pa.certification and pa.certification["level"] == "step1"


def test_an_intention_alone_is_still_no_award(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "CCTV service update\nOfficers intend to apply for step one certification against the Surveillance Camera Code"
        " of Practice, and the self-assessment is under way.\n",
        path="/minutes/cctv-update.txt",
    )
    assert not pa.signals["certification"]


def test_the_polices_area_command_spocs(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Working with CCTV partners\nThe force works with the council control rooms across the county. Each area command"
        " has a CCTV single point of contact, usually a police staff investigator, who answers control room managers'"
        " questions about evidence.\n",
        path="/partners/cctv.txt",
    )
    assert not pa.signals["spoc"]


def test_spoc_for_access_requests_or_for_residents_is_not_the_cameras(
    analyse_text: Callable[..., PageAnalysis],
) -> None:
    sar = analyse_text(
        "CCTV privacy notice\nAnytown Borough Council runs CCTV in the town centre. The Information Team acts as the single"
        " point of contact for all subject access requests made to the council, so send CCTV requests to"
        " info@anytown.example.gov.uk.\n",
        path="/privacy/cctv.txt",
    )
    works = analyse_text(
        "Estate camera replacement\nThe Housing Officer for each estate will act as the single point of contact for"
        " residents with questions about the installation works.\n",
        path="/housing/estate-cameras.txt",
    )
    assert not sar.signals["spoc"] and not works.signals["spoc"]


def test_designated_its_officer_as_spoc_without_an_article(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Our cameras\nAnytown Borough Council has designated its Safety and Security Manager as single point of contact"
        " for every camera system the council runs.\n",
        path="/cctv/our-cameras.txt",
    )
    assert pa.signals["spoc"] and pa.spoc and pa.spoc["role"] == "Safety and Security Manager"


def test_an_foi_answer_naming_the_councils_own_cameras(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Freedom of Information Response\nRequest: Please tell me how many staff monitor your CCTV and what hours the cameras"
        " are watched.\nResponse: Anyshire County Council's public space cameras in Northby, Eastby and Westby are recorded"
        " 24 hours a day. They are monitored live by two operators between 7pm and 3am on Friday and Saturday; at other"
        " times they record only. The Council employs four part-time operators.\n",
        path="/foi/disclosure-log/2291.txt",
    )
    assert pa.signals["cctv_info"] and pa.decoy


def test_an_foi_request_still_awaiting_its_response(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Freedom of Information request FOI-2025-2291\nSubject: CCTV spending and cameras\nReceived: 2 October 2025\n"
        "Request: I would like to know how much Anyshire County Council has spent on CCTV cameras and monitoring in each of"
        " the last three years, how many fixed and redeployable cameras it operates, and whether it has an agreement with"
        " Devon and Cornwall Police about the cameras.\nStatus: awaiting response\n",
        path="/foi/disclosure-log/2291.txt",
    )
    assert not pa.signals["cctv_info"] and not pa.signals["sla"]

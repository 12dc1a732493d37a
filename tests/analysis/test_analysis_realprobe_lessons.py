"""Patterns a probe of real council text and press showed (session 8: about 200 stored public pages,
labelled by the development set's conventions and kept outside the repository).

Two kinds of error dominated: local papers' reports of a council's cameras read as the council's own
information, and committee items on the council's CCTV missed because no sentence says "our cameras".
The passages are written for this test (invented councils, people and papers); each rule has a passage
beside it that must still be read as before.
"""

from __future__ import annotations

import pytest

from analysis.page import PageAnalysis, analyse
from analysis.text import extract
from analysis.thirdparty import third_party


def read(text: str) -> PageAnalysis:
    return analyse(extract(text.encode("utf-8"), "file:///tmp/excerpt.txt", "text/plain"))


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

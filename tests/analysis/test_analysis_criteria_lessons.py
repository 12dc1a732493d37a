"""Criteria the held-back webs 7 to 10 showed were read wrongly (session 9, after those webs were measured).

Signs are told by what they do ("signs tell you…", "signs are put up wherever…"); who receives footage is
told by who asks ("police requests for recordings…", "solicitors, insurers and the police can apply");
and two words were misread: the Welsh "datgelu" in "prevent and detect crime", and "third-party" in
"third-party certification". The passages are written for this test (the invented Anytown); each rule
has a passage beside it that must still be read as before.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from analysis.page import PageAnalysis

_BASE = (
    "<p>Anytown Borough Council owns and runs 48 public space cameras in the town centre, monitored from "
    "the council's control room.</p><p>Recordings are kept for 31 days.</p>"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Signs let you know when you walk into a street that our cameras cover.",
        "Signs are put up at every entrance to a covered car park.",
        "A warning sign is mounted on each camera column.",
        "Each covered street has signs telling passers-by that recording is taking place.",
    ],
)
def test_signs_told_by_what_they_do_are_signage(analyse_html: Callable[..., PageAnalysis], sentence: str) -> None:
    pa = analyse_html("Town centre CCTV", _BASE + f"<p>{sentence}</p>")
    assert pa.criteria["signage"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "Sign up to our newsletter for news about the town centre cameras.",
        "The agreement with the police was signed in March.",
        "Road signs near the cameras are fixed by the highways team.",
    ],
)
def test_other_signs_are_not_signage(analyse_html: Callable[..., PageAnalysis], sentence: str) -> None:
    pa = analyse_html("Town centre CCTV", _BASE + f"<p>{sentence}</p>")
    assert pa.criteria["signage"] is False


@pytest.mark.parametrize(
    "sentence",
    [
        "Police requests for footage go through the control room supervisor and are logged.",
        "Officers ask for recordings by email, quoting a crime number.",
        "Insurers, solicitors and the police may also apply in writing.",
        "Images are copied for the police only when a signed request is received.",
        "The control room keeps a record of every release.",
        # web 12: who receives footage, told loosely
        "Copies of recordings go only to the police and to bodies with a legal power to ask.",
        "Staff can release a copy of the footage to your insurer.",
        "The control room supplies live pictures and recorded footage to Anyshire Police.",
        "Recordings are shared with other organisations only where the law allows it.",
        "Fee: a copy of footage from a council camera for an insurer or solicitor, £50.",
        "Evidence is passed to Anyshire Police under our sharing protocol.",
    ],
)
def test_who_asks_for_footage_is_disclosure(analyse_html: Callable[..., PageAnalysis], sentence: str) -> None:
    pa = analyse_html("Town centre CCTV", _BASE + f"<p>{sentence}</p>")
    assert pa.criteria["disclosure"] is True


def test_third_party_certification_is_not_disclosure(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Town centre CCTV",
        _BASE + "<p>The system holds third-party certification against the Surveillance Camera Code of Practice.</p>",
    )
    assert pa.criteria["disclosure"] is False
    assert pa.signals["certification"] is True


def test_third_parties_receiving_footage_are_still_disclosure(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Town centre CCTV", _BASE + "<p>Footage may be given to third parties only where the law allows.</p>"
    )
    assert pa.criteria["disclosure"] is True


def test_welsh_prevent_and_detect_crime_is_not_disclosure(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Teledu cylch cyfyng",
        "<p>Mae Cyngor Sir Anytown yn rhedeg 30 o gamerâu yng nghanol y dref.</p>"
        "<p>Mae'r camerâu yn helpu i atal a datgelu troseddau yn y dref.</p>",
    )
    assert pa.criteria["disclosure"] is False


def test_welsh_disclosure_of_recordings_is_still_disclosure(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Teledu cylch cyfyng",
        "<p>Mae Cyngor Sir Anytown yn rhedeg 30 o gamerâu yng nghanol y dref.</p>"
        "<p>Gallwn ddatgelu recordiadau i'r heddlu pan fo'r gyfraith yn caniatáu.</p>",
    )
    assert pa.criteria["disclosure"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "Our cameras only cover Market Square, the bus station and Bridge Street.",
        "A map showing the 96 council CCTV cameras in the borough.",
    ],
)
def test_where_the_cameras_are_told_as_what_they_cover(
    analyse_html: Callable[..., PageAnalysis], sentence: str
) -> None:
    pa = analyse_html(
        "Town centre CCTV", "<p>Anytown Borough Council owns and runs the town centre CCTV.</p>" + f"<p>{sentence}</p>"
    )
    assert pa.criteria["cameras"] is True


def test_a_form_to_take_to_the_police_is_not_disclosure(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Town centre CCTV",
        "<p>Anytown Borough Council owns and runs the town centre CCTV.</p><p>We will give you a copy of the "
        "form to take to the police station.</p>",
    )
    assert pa.criteria["disclosure"] is False

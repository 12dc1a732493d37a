"""Patterns webs 111-113 and real-text round 21 showed (the session's third wave, written blind, each measured once
before its lessons). The passages are written for this test (invented places and people).

- a council's own long guide saying "Victims told us that they want to be believed" is no reporter's "told us";
- "Data sharing agreements - [council]" is a listing page, not one agreement, whatever its title's site name;
- a services directory row "Town centre CCTV in [city] - run by [city] City Council, not the county council" is another
  council's;
- "Signs in the foyer tell visitors that the building's cameras are recording" on a council venue's page;
- an MP's page and a Member of the Senedd's news about a council's cameras are theirs, not the council's.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis, analyse
from analysis.text import extract


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_a_councils_guide_quoting_what_victims_told_it(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Community safety services: a guide",
        "<h2>Victim support</h2><p>Victims told us that they want to be kept informed. Every service here will explain what"
        " happens next.</p><h2>CCTV</h2><p>The council runs about 600 cameras watched from its own control room. Recordings"
        " are wiped after 30 days unless kept for an investigation.</p>",
        path="/crime/community-safety-services",
    )
    assert pa.decoy is None and {"cameras", "retention"} <= _crit(pa)


def test_a_register_of_data_sharing_agreements_titled_with_the_site_name(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Data sharing agreements - Anytown Borough Council",
        "<p>Our CCTV pages say how recordings are shared.</p><table><tr><th>Agreement</th><th>Partner</th></tr><tr><td>"
        "Information sharing agreement: anti-social behaviour case management</td><td>Devon and Cornwall Police</td></tr>"
        "</table>",
        path="/council/data-protection/data-sharing",
    )
    assert not pa.signals["sla"]


def test_a_directory_row_giving_the_cameras_to_another_council(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Services: community safety",
        "<ul><li>Town centre CCTV in Eastford - run by Eastford City Council, not the county council."
        " <a href='/x'>Eastford City Council CCTV</a></li><li><a href='/y'>Report anti-social behaviour</a></li></ul>",
        path="/services",
    )
    assert not pa.signals["cctv_info"]


def test_signs_telling_visitors_the_cameras_are_recording(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Millbrook Centre: room hire",
        "<p>Three rooms for up to 80 people. Book two weeks ahead.</p><p>Hirers must keep fire exits clear. Signs in the"
        " foyer tell visitors that the building's cameras are recording.</p>",
        path="/community-centres/millbrook-room-hire",
    )
    assert pa.signals["cctv_info"] and "signage" in _crit(pa)


def test_an_elected_members_own_page() -> None:
    for text in (
        "From my e-newsletter\nCCTV in Eastford\nI met the Chief Constable and the council's chief executive about the town"
        " centre cameras. There is still no signed service level agreement between the police and the council. I have"
        " urged both to agree one before the summer.",
        "Newyddion gan eich Aelod o'r Senedd\nLlongyfarchiadau i dîm teledu cylch cyfyng Cyngor Sir Ddinbych! Bûm yn"
        " ymweld â'r ystafell reoli yn y Rhyl. Byddaf yn codi pwysigrwydd ariannu camerâu yn y Senedd.",
    ):
        pa = analyse(extract(text.encode("utf-8"), "file:///tmp/item.txt", "text/plain"), None)
        assert not pa.signals["cctv_info"], text[:30]

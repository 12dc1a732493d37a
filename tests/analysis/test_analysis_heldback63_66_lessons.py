"""Patterns webs 63-66 showed (written blind in session 16, measured once at ed18d2b, then looked into). The passages
are written for this test (invented places, forces and people).

- a Cabinet report filed among the council's downloads, headed by its meeting and item: a committee paper;
- "For town centre cameras in [town], contact [Town] Town Council": the town's cameras;
- the council's own CCTV page saying that not every camera belongs to it, naming others': still its own page;
- council cameras carrying a sign with the control room's number: signage and a contact point;
- the information governance manager answering for the CCTV policy, with its mailbox under "Contact us": a contact for
  the cameras, the responsible officer and a yearly review;
- a Welsh-first home page's English twin, by its /en address.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.links_url import english_home
from analysis.page import PageAnalysis
from analysis.text import Link


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_a_cabinet_report_among_the_downloads_is_a_committee_paper(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Cabinet 14 May 2025, item 7: town centre CCTV monitoring\n\n"
        "1. Purpose of report\nTo agree how the cameras in Anytown are watched from next April.\n\n"
        "3. Background\nRecordings are shared with Devon & Cornwall Police under the data sharing agreement.\n\n"
        "5. Recommendation\nThat Cabinet approves a three-year monitoring contract.\n",
        path="/downloads/file/812/cabinet-14-may-2025-item-7-town-centre-cctv",
    )
    assert pa.secondary is True


def test_town_centre_cameras_of_a_named_town_council(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Community safety",
        "<p>The district's community safety partnership brings the council, Devon &amp; Cornwall Police and the fire"
        " service together. For town centre cameras in Westby, contact Westby Town Council.</p>",
        path="/community/community-safety",
    )
    assert pa.signals["cctv_info"] is False


def test_the_councils_cctv_page_that_sets_others_cameras_apart(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Closed circuit television (CCTV)",
        "<p>Our cameras help keep Anytown's streets and estates safe.</p>"
        "<p>We use them to watch public spaces and to spot crime as it happens.</p>"
        "<p>Not every camera you see belongs to us. The railway company runs the cameras at the station, and shops,"
        " housing associations and the police have their own.</p>"
        "<p>Council cameras carry a yellow sign with the control room's direct number, 01632 960 455.</p>",
        path="/community-safety/cctv",
    )
    assert pa.decoy is None and pa.signals["cctv_info"] is True
    assert {"purpose", "signage"} <= _crit(pa)
    assert pa.spoc is not None and pa.spoc["phone"] == "01632 960 455"


def test_the_records_manager_answering_for_the_cctv_policy(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV policy and code of practice",
        "<p>This policy covers every camera and recording device the council uses.</p>"
        "<p>It follows the Surveillance Camera Code of Practice.</p>"
        "<p>The Information Governance Manager is responsible for this policy and reviews it every year.</p>"
        "<h2>Contact us</h2><p>Information Governance</p><p>Email infogov@anytown.example.gov.uk</p>",
        path="/your-council/data-protection/cctv-policy",
    )
    assert pa.spoc is not None and pa.spoc["email"] == "infogov@anytown.example.gov.uk"
    assert {"responsible_officer", "annual_review"} <= _crit(pa)
    # a privacy page sending subject access requests to the same team gives no contact for the cameras
    sar = analyse_html(
        "CCTV",
        "<p>The council runs cameras in the town centre to prevent crime. Recordings are kept for 31 days.</p>"
        "<h2>Contact us</h2><p>Information Governance</p><p>Email infogov@anytown.example.gov.uk</p>",
        path="/your-council/data-protection/cctv",
    )
    assert sar.spoc is None


def test_the_english_twin_of_a_welsh_home_page() -> None:
    links = [
        Link(url="http://www.cyngor.gov.wales/", text="Hafan", context=""),
        Link(url="http://www.cyngor.gov.wales/en", text="Anytown County Council", context=""),
    ]
    assert english_home("cy", "http://www.cyngor.gov.wales/", links) == "http://www.cyngor.gov.wales/en"
    assert english_home("en", "http://www.cyngor.gov.wales/", links) is None
    labelled = [Link(url="http://www.cyngor.gov.wales/?lang=en", text="English", context="")]
    assert english_home("cy", "http://www.cyngor.gov.wales/", labelled) == "http://www.cyngor.gov.wales/?lang=en"
    elsewhere = [Link(url="http://www.other.gov.wales/en", text="English", context="")]
    assert english_home("cy", "http://www.cyngor.gov.wales/", elsewhere) is None

"""Patterns webs 71-72 showed (written blind in session 17, measured once, frozen, at c6f35d6, then looked into in
session 18). The passages are written for this test (invented places, services, people and numbers).

- "Questions about the service" over a head of service's telephone on a CCTV page: a contact for the cameras;
- a footage mailbox named for the council's camera service ("Towerwatch is the council's … CCTV service", then
  "towerwatch.help@…"): a contact for the cameras, and its name offers nothing for questions;
- an agenda item on the committee host telling members of the agreement: the papers, not the council publishing its
  agreement, so no `police_agreement` criterion from it;
- "the borough's fixed and deployable cameras", "The six cameras along the quay … record around the clock": the
  council's cameras on its own page;
- live traffic pictures refreshed every few minutes and not recorded: a highways page, not CCTV information;
- a CMIS host ("cmispublic.<council>") is the council's committee papers host.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.assess import verdicts
from analysis.page import PageAnalysis
from crawler.engine.netsafety import SiteBounds


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_questions_about_the_service_over_a_head_of_services_telephone(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Town centre CCTV monitoring",
        "<p>The public space cameras in Anytown are owned by Anytown Borough Council and watched from a shared control"
        " room in the county town.</p><p>There are 54 cameras in the town centre and on the two retail parks.</p>"
        "<h2>Questions about the service</h2><p>Ring the Head of Community Services on 01632 960 118.</p>",
    )
    assert pa.spoc is not None and pa.spoc["phone"] == "01632 960 118"
    assert "complaints" in _crit(pa)


def test_a_footage_mailbox_named_for_the_camera_service(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Towerwatch",
        "<p>Towerwatch is the council's public space CCTV service, run from a control room at the depot.</p>"
        "<p>Its operators watch about 300 cameras in the town centres and on the larger estates.</p>"
        "<h2>Getting hold of recordings</h2><p>You may ask only for recordings of yourself; give us the date, the time"
        " and what you were wearing and we will treat it as a subject access request.</p>"
        "<p>Email towerwatch.enquiries@anytown.example.gov.uk</p>",
        path="/community-safety/towerwatch",
    )
    assert pa.spoc is not None and pa.spoc["email"] == "towerwatch.enquiries@anytown.example.gov.uk"
    # the mailbox is for footage requests: its name offers nothing for questions or complaints
    assert "complaints" not in _crit(pa)
    assert "subject_access" in _crit(pa)


def test_a_mailbox_of_some_other_name_is_still_not_a_cameras_contact(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Towerwatch",
        "<p>Towerwatch is the council's public space CCTV service, run from a control room at the depot.</p>"
        "<p>Email parks.enquiries@anytown.example.gov.uk</p>",
        path="/community-safety/towerwatch",
    )
    assert pa.spoc is None


def test_an_agenda_item_telling_members_of_the_agreement_is_the_papers(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    page = analyse_html(
        "CCTV service annual update",
        "<p>The public space cameras in Anytown are monitored 24 hours a day from the council's control room, which"
        " recorded 2,140 incidents last year.</p><p>The purpose of the cameras is to prevent and detect crime.</p>"
        "<p>Footage is kept for 31 days.</p><p>You can ask for footage of yourself by making a subject access"
        " request.</p><p>Signs are displayed wherever cameras are in use.</p>",
    )
    agenda = analyse_html(
        "Item 7: Community safety partnership - annual update",
        "<p>Members are asked to note the attached update.</p><h2>Documents</h2>"
        "<ul><li><a href='/documents/s8812/appendix-2.pdf'>Appendix 2: service level agreement with Devon & Cornwall"
        " Police</a></li></ul>",
        path="/mgAi.aspx?ID=41122",
    )
    assert agenda.secondary is True
    v = verdicts([page, agenda], "ok")
    assert v["5.5"]["status"] != "not_met"
    assert v["5.1"]["criteria"]["police_agreement"] is False


def test_the_boroughs_fixed_and_deployable_cameras(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Safer neighbourhoods",
        "<p>Our safer neighbourhoods fund pays for street lighting and youth clubs.</p><p>Images from the borough's"
        " fixed and deployable cameras go to a control room in Northgate.</p>",
        path="/community/safer-neighbourhoods",
    )
    assert pa.signals["cctv_info"] is True
    assert "operator" in _crit(pa)


def test_a_count_of_cameras_that_record_around_the_clock_on_a_town_page(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Westby town centre",
        "<p>The Westby farmers' market is held on the first Saturday of every month.</p><p>The six cameras along the"
        " quay and the market square record around the clock but nobody watches them live.</p>",
        path="/town-centres/westby",
    )
    assert pa.signals["cctv_info"] is True
    assert "cameras" in _crit(pa)
    enforcement = analyse_html(
        "Westby town centre",
        "<p>The six speed cameras along the bypass record around the clock.</p>",
        path="/town-centres/westby",
    )
    assert enforcement.signals["cctv_info"] is False


def test_live_traffic_pictures_are_not_cctv_information(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Live traffic cameras",
        "<p>Before you travel, look at the roads: pictures from our cameras at the main junctions in Anytown and"
        " Westby are updated every three minutes. The pictures are not recorded.</p>",
        path="/roads/live-traffic-cameras",
    )
    assert pa.decoy == "live traffic images"
    assert pa.signals["cctv_info"] is False


def test_a_cmis_host_is_the_councils_committee_host() -> None:
    bounds = SiteBounds.from_url("http://go.oldtown.gov.uk/")
    assert bounds.committee_host("http://cmispublic.oldtown.gov.uk/cmis5/Meetings.aspx")
    assert bounds.allows("http://cmispublic.oldtown.gov.uk/cmis5/Document.ashx?czJKcaeAi5tUFL1D=x", document=True)
    assert not bounds.allows("http://cmispublic.newtown.gov.uk/cmis5/Meetings.aspx"), "another council's"

"""Patterns webs 180-183 and real-text round 44 showed (first looks after session 32's freeze cf3a298). The passages are
written for this test (an invented council, Anytown, and invented bodies and places), not taken from the sets.

- The monitoring partner's mark, its alt text naming the partner council's control room, beside "The cameras are watched
  from [the partner] Council's control room", is the partner's certificate (web 182's North Kesteven); so is a report
  "Prepared by [the partner] Borough Council's CCTV manager" for its partner councils (web 182's South Holland).
- A development's "discharge of conditions" page, "Condition 41 requires a scheme of CCTV …", is a planning decision
  (web 180's South Cambridgeshire).
- A town council sharing the borough's place name is not the borough: "[Town] Town Council's five town cameras are
  watched by police staff" (web 183's Tewkesbury).
- "run by the district and borough councils, not by the County Council" on the county's page says the cameras are not its
  own (web 183's Nottinghamshire).
- "holds a service level agreement covering its public space CCTV, made with [the force]" is an agreement; so is a
  procedure "drawn up by [the council] with [the force] and agreed by both organisations" (round 44).
- A town council's own CCTV service page, opening "[Town] Town Council runs its own CCTV control room", is the town
  council's (round 44).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis, analyse
from analysis.text import extract


def _inspect(text: str, ctx: AuthorityContext | None = None) -> PageAnalysis:
    return analyse(extract(text.encode("utf-8"), "file:///tmp/item.txt", "text/plain"), ctx)


def test_the_monitoring_partners_mark_and_report_are_not_the_councils_certificate(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    page = (
        "<p>Our cameras in Anytown and Eastby help prevent crime and find missing people.</p><p>The cameras are watched"
        " from the City of Westford Council's control room, under an agreement between our two councils.</p>"
        "<figure><img src='/img/room.jpg' alt='City of Westford Council CCTV control room: Surveillance Camera Code of"
        " Practice certified, step 2'><figcaption>The room that watches our cameras</figcaption></figure>"
        "<p>Recordings are kept for 31 days.</p>"
    )
    pa = analyse_html("CCTV in Anytown", page, path="/community-safety/cctv")
    assert pa.signals["cctv_info"] and not pa.signals["certification"] and pa.criteria["code_compliance"]
    ours = page.replace("City of Westford Council CCTV control room", "Anytown CCTV")
    assert analyse_html("CCTV in Anytown", ours, path="/community-safety/cctv").signals["certification"]


def test_a_partners_report_on_its_room_is_not_the_councils_certificate(ctx: AuthorityContext) -> None:
    report = (
        "Westford Borough Council CCTV Control Room: report to partner councils 2025/26\nPrepared by Westford Borough"
        " Council's CCTV manager for Anytown and Northby councils.\nStandards\nThe Westford control room kept its step 2"
        " certification against the Surveillance Camera Code of Practice after its surveillance audit in May 2024."
    )
    assert not _inspect(report, ctx).signals["certification"]


def test_a_discharge_of_conditions_page_is_a_planning_decision(analyse_html: Callable[..., PageAnalysis]) -> None:
    page = (
        "<p>Condition 18 requires a scheme of CCTV and lighting for the new square to be approved before it opens. The"
        " scheme is the developer's.</p>"
    )
    pa = analyse_html(
        "Riverside phase 3: discharge of conditions", page, path="/planning-and-building-control/riverside-phase-3"
    )
    assert pa.decoy == "planning or premises licence condition" and not pa.signals["cctv_info"]


def test_a_town_council_sharing_the_place_name_is_not_the_borough(analyse_html: Callable[..., PageAnalysis]) -> None:
    page = (
        "<p>The partnership brings together the council, the constabulary and the Police and Crime Commissioner."
        " Anytown Town Council's seven town cameras are watched by police staff.</p>"
    )
    pa = analyse_html("Anytown Community Safety Partnership", page, path="/community/csp")
    assert not pa.signals["cctv_info"]


def test_cameras_run_by_others_not_by_the_county_are_not_its_own() -> None:
    county = AuthorityContext("Anyshire County Council", "https://www.anyshire.gov.uk/", "Devon & Cornwall", "England")
    html = (
        "<!DOCTYPE html><html lang='en'><head><title>CCTV in Anyshire | Anyshire County Council</title></head><body><main>"
        "<h1>CCTV in Anyshire</h1><p>Town centre cameras in the county are run by the district and borough councils, not"
        " by the County Council. Eastby, Westby and Northby share a control room at Eastby; Southby's cameras in Upton and"
        " Downton are watched under the same arrangement. Contact your district council about their cameras.</p></main>"
        "</body></html>"
    )
    doc = extract(
        html.encode(), "https://www.anyshire.gov.uk/community-safety/cctv-in-anyshire", "text/html; charset=utf-8"
    )
    assert not analyse(doc, county).signals["cctv_info"]


def test_an_agreement_made_with_the_force_and_a_procedure_agreed_by_both() -> None:
    made_with = (
        "Freedom of Information response – FOI/2025/0777\n\nRequest: Please provide any agreement between the council and"
        " Anyshire Police covering its CCTV.\n\nResponse:\nAnytown City Council holds a service level agreement covering"
        " its public space CCTV, made with Anyshire Police. It was signed for both in March 2025 and a copy is attached."
    )
    assert _inspect(made_with).signals["sla"]
    procedure = (
        "Procedure for releasing CCTV recordings\n\nThis procedure was drawn up by Anytown Council with Anyshire Police and"
        " has been agreed by both organisations. It covers recordings from the council's cameras in the town centre.\n\n"
        "Officers must give an incident number. Every release is logged by the CCTV supervisor."
    )
    assert _inspect(procedure).signals["sla"]


def test_a_town_councils_own_cctv_service_page_is_the_town_councils() -> None:
    page = (
        "Our CCTV service\n\nAnytown Town Council runs its own CCTV control room, staffed by a manager and licensed"
        " operators. We monitor 40 cameras in the town.\n\nWorking with the police\nOur operators follow a protocol"
        " agreed between the Town Council and the force.\n\nRequesting footage\nContact the CCTV Manager: cctv@example.org.uk"
    )
    assert not _inspect(page).signals["cctv_info"]

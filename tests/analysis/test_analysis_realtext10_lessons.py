"""Look-alikes and wordings real-text round 10 showed (benchmarks/heldtext10.jsonl, written blind in session 16,
measured once at ed18d2b, then learnt from). The passages are written for this test (invented places, bodies and
people).

- a Scottish council's FOI answer: Scottish first, whatever kind of page it is;
- a Welsh job description ("Disgrifiad swydd", "Prif ddyletswyddau");
- a district's page on the county's traffic cameras, which it "does not have access to";
- a police force recording in its own custody suites; a force publishing the agreements it holds with partners;
- a housing provider's policy titled with its name in brackets; an NHS trust's policy in lower case;
- a leisure operator's cameras in the centres it manages; a BID's rangers, radio network and police agreement;
- a Welsh paper's reporter; a law firm's briefing selling its review; the Welsh Government's note to every council;
- the council's control room and "our cameras"; a control room that also watches town councils' cameras besides the
  district's own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from analysis.page import PageAnalysis

_NOT_OWN = {
    "scottish_foi": (
        "FOI response 2025-0412: public space cameras\n"
        "Request: how many cameras does the council run in the town centre, and who watches them?\n"
        "Response: Glenmuir Council runs 41 public space cameras in Kirkbrae. Police Scotland staff watch them from"
        " the divisional office. This answer is given under the Freedom of Information (Scotland) Act 2002.\n"
    ),
    "welsh_job": (
        "Disgrifiad swydd: Gweithredwr Ystafell Reoli\n"
        "Adran: Gwasanaethau Cymunedol, Cyngor Bro Teifi\n"
        "Prif ddyletswyddau: gwylio'r camerâu o'r ystafell reoli, cadw cofnod o ddigwyddiadau a siarad â'r heddlu ar y"
        " radio. Gwaith shifft. Rhaid bod â thrwydded yr SIA.\n"
    ),
    "county_traffic_cameras": (
        "Cameras at road junctions\n"
        "The cameras on the bypass and at the Market Street junction watch the traffic for the county council's"
        " highways team. The district council does not have access to them and cannot give out footage. Please ask"
        " the county council.\n"
    ),
    "police_custody": (
        "Cameras in custody\n"
        "Westshire Police records video and sound in every custody suite, cells included. Recordings are kept for at"
        " least three months and solicitors can ask the force's disclosure team for them.\n"
    ),
    "police_agreement_library": (
        "Agreements with our partners\n"
        "Westshire Police publishes the information sharing agreements it holds with partners. They include: Northam"
        " District Council - town centre CCTV; Westby Borough Council - town centre CCTV.\n"
    ),
    "housing_policy_in_brackets": (
        "Camera Policy (Greenvale Homes)\n"
        "3.1 We follow the Surveillance Camera Code of Practice for the cameras in our communal areas.\n"
        "3.2 Our Head of Governance is the single point of contact for every camera system we install.\n"
    ),
    "nhs_policy_lower_case": (
        "Trust camera policy - part 4\n"
        "The Trust's security office at Westby General holds certification against the Surveillance Camera Code of"
        " Practice and shares recordings with Westshire Police under a data sharing agreement.\n"
    ),
    "leisure_operator": (
        "Cameras at our centres\n"
        "Active Valley uses cameras in the foyers, gyms and car parks of the leisure centres it manages. There are no"
        " cameras in changing rooms. Recordings are kept for 21 days.\n"
    ),
    "bid_rangers": (
        "A safer town centre\n"
        "Westby BID's street rangers patrol every afternoon with body cameras. The BID has an information sharing"
        " agreement with Westshire Police so that member shops can see images of known shoplifters.\n"
    ),
    "welsh_press": (
        "Pryder am gamerâu'r dref\n"
        "Mae siopwyr yn Aberfach yn poeni y bydd camerâu'r dref yn cael eu diffodd. Dywedodd un masnachwr wrth ein"
        " gohebydd fod y camerâu wedi helpu'r heddlu sawl gwaith.\n"
    ),
    "law_firm_briefing": (
        "Briefing: public space cameras and the law\n"
        "Councils must have regard to the Surveillance Camera Code. Councils should check that each system has a"
        " stated purpose and a written agreement with the police. Our local government team can review your"
        " policies.\n"
    ),
    "welsh_government_note": (
        "Nodyn i awdurdodau lleol: camerâu\n"
        "Dylai pob cyngor yng Nghymru enwi swyddog cyfrifol am ei gamerâu a chytuno ar gytundeb gyda'r heddlu lleol.\n"
    ),
}


@pytest.mark.parametrize("name", sorted(_NOT_OWN))
def test_round_10_look_alikes_are_not_the_councils(name: str, analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(_NOT_OWN[name], path=f"/documents/{name}.txt")
    assert pa.signals["cctv_info"] is False, name
    assert pa.signals["spoc"] is False and pa.signals["sla"] is False and pa.signals["certification"] is False, name


def test_the_councils_control_room_and_our_cameras(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Working with the police\n"
        "Operators in Anytown Borough Council's control room listen to the police radio and ring the police control"
        " room when they see an incident on our cameras. Footage the police need is saved for them to collect.\n",
        path="/documents/working-with-the-police.txt",
    )
    assert pa.signals["cctv_info"] is True


def test_a_control_room_that_also_watches_town_councils_cameras(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Monitoring for town councils\n"
        "The district council's control room also watches cameras owned by Northam and Westby town councils under an"
        " agreement with each. The towns pay a yearly fee and keep their cameras; our operators apply the same code"
        " to them as to the district's own 58 cameras.\n",
        path="/documents/monitoring-for-town-councils.txt",
    )
    assert pa.signals["cctv_info"] is True
    # a page only about the town councils' cameras stays theirs
    theirs = analyse_text(
        "Town cameras\nThe cameras in Northam are owned by Northam Town Council, which decides how they are used.\n",
        path="/documents/town-cameras.txt",
    )
    assert theirs.signals["cctv_info"] is False


def test_an_agreement_titled_with_its_police_party_in_brackets_stays_the_councils(
    analyse_text: Callable[..., PageAnalysis],
) -> None:
    """The provider-in-brackets rule reads a policy's title, never an agreement's: the agreement names its other party
    so (held-back webs 11, 20, 34 and 39 went wrong while it did)."""
    for title in (
        "Information sharing agreement: CCTV (Westshire Constabulary)",
        "Data sharing agreement: public space CCTV (Anytown Borough Council and Westshire Police)",
    ):
        pa = analyse_text(
            f"{title}\nParties: Anytown Borough Council and the Chief Constable of Westshire Police.\n"
            "Scope: the release of recordings from the borough's town centre cameras to police investigators.\n"
            "Signed on behalf of Anytown Borough Council: Head of Community Safety, 9 June 2025.\n"
            "Signed on behalf of Westshire Police: District Commander, 16 June 2025.\n",
            path="/media/isa-westshire-cctv",
        )
        assert pa.decoy is None and pa.signals["sla"] is True, title

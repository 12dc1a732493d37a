"""Patterns webs 77-80 and real-text round 13 showed (written blind in session 17, measured once at 9bfb50f, then looked
into). The passages are written for this test (invented places, forces, companies and people).

- an agreement the council signs beside a town council and the force: the council's agreement, not the town's page;
- "Enquiries" over "Questions about the [town] scheme: [post], [phone]": a contact for the cameras;
- an agreement mentioned as "approved by Cabinet": the committee papers are searched for it;
- guidance about agreements ("national notes on … service level agreements", "…: a guide"), councils "thinking about"
  one: no agreement;
- "We do not own or view them": somebody else's cameras;
- "the cameras in the district's towns are run by the District Council's …", "the district's public-facing cameras are
  monitored by [the force], not by the council": the council's cameras;
- a Commissioner's word at a launch about a "former control room": no certificate;
- round 13: operators, landlords, charities and retail partnerships speaking of their own cameras; a force's agreements
  "with partner organisations"; "does not have a written agreement"; certificates told in a council's list.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis
from analysis.searchplan import SearchPlan

S = "https://www.anytown.gov.uk"


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_an_agreement_the_council_signs_beside_a_town_council(analyse_text: Callable[..., PageAnalysis]) -> None:
    pa = analyse_text(
        "Westby Town Centre CCTV Partnership Agreement 2024-2027 Parties: Anytown Borough Council, Westby Town Council"
        " and Devon & Cornwall Police.\n\n1. Roles\nThe Town Council owns and maintains the cameras; the Borough Council"
        " operates the monitoring equipment; the police request evidence under this agreement.\n\nSignatures\nSigned on"
        " behalf of Anytown Borough Council: Director of Housing, 12 November 2024. Signed on behalf of Westby Town"
        " Council: Town Clerk, 14 November 2024. Signed on behalf of Devon & Cornwall Police: Chief Inspector, 19"
        " November 2024.\n",
        path="/documents/s188/Appendix-A-CCTV-Partnership-Agreement.txt",
    )
    assert pa.decoy is None
    assert pa.signals["sla"] is True and pa.sla and pa.sla[0]["signed"] is True


def test_an_enquiries_heading_over_a_post_and_its_number(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV - closed circuit television",
        "<p>There are several public space camera schemes in the borough to deter and detect crime.</p>"
        "<h2>Enquiries</h2><p>Questions about the Westby scheme: Director of Housing, 01632 960 341.</p>",
        path="/info/20196/community_safety/1144/cctv",
    )
    assert pa.spoc is not None and pa.spoc["phone"] == "01632 960 341"


def test_an_agreement_approved_by_cabinet_sends_the_search_to_the_committee_papers() -> None:
    def plan_for(quote: str) -> SearchPlan:
        plan = SearchPlan()
        plan.search_form(S + "/search?q=CCTV")
        plan.searched("CCTV")
        plan.answered("CCTV", 4)
        plan.update(
            {
                "5.1": {"status": "met"},
                "5.2": {"status": "met"},
                "5.3": {"status": "met"},
                "5.5": {"status": "partial", "documents": [], "evidence": [{"url": S + "/cctv", "quote": quote}]},
            }
        )
        return plan

    approved = plan_for(
        "Our arrangements with Devon & Cornwall Police for sharing footage are set out in an information sharing"
        " agreement approved by Cabinet."
    )
    assert "5.5" not in approved.partial
    spoken = plan_for("Footage is shared with Devon & Cornwall Police under an information sharing agreement.")
    assert "5.5" in spoken.partial, "a plain mention still gets its search words only"


def test_guidance_about_agreements_is_none(analyse_html: Callable[..., PageAnalysis]) -> None:
    notes = analyse_html(
        "Town centre CCTV",
        "<p>Anytown town centre cameras are monitored on our behalf by Westby Borough Council's control centre.</p>"
        "<p>Councils thinking about an agreement with the police can read the national notes on surveillance camera"
        " service level agreements.</p>",
        path="/residents/community-safety/town-centre-cctv",
    )
    assert notes.signals["sla"] is False and not notes.sla
    guide = analyse_html(
        "Partnership guidance",
        "<p>The county community safety partnership shares guidance with the districts.</p>"
        '<ul><li><a href="/files/local-cctv-agreements-guide.pdf">Local CCTV agreements with the police: a guide'
        " (PDF)</a></li></ul>",
        path="/community-safety/partnership-guidance",
    )
    assert guide.signals["sla"] is False and not guide.sla


def test_whose_cameras(analyse_html: Callable[..., PageAnalysis]) -> None:
    theirs = analyse_html(
        "Trunk road cameras",
        "<p>The cameras along the A38 are run by Westby City Council's traffic control centre together with National"
        " Highways. We do not own or view them; please contact the city council about them.</p>",
        path="/travel-and-roads/a38-cameras",
    )
    assert theirs.signals["cctv_info"] is False
    service = analyse_html(
        "Community safety",
        "<p>The council works with the police and the community safety partnership to keep the district safe.</p>"
        "<p>The cameras in the district's towns are run by the District Council's community safety service.</p>",
        path="/community-safety",
    )
    assert service.signals["cctv_info"] is True and "operator" in _crit(service)
    watched = analyse_html(
        "Public CCTV",
        "<p>The district's public-facing cameras are monitored by Devon &amp; Cornwall Police, not by the council.</p>",
        path="/crime-and-community-safety/public-cctv",
    )
    assert watched.signals["cctv_info"] is True and "operator" in _crit(watched)
    county = analyse_html(
        "Community safety",
        "<p>CCTV in our towns is run by the borough and district councils in the county, not by the county council.</p>",
        path="/community-safety",
    )
    assert county.signals["cctv_info"] is False


def test_a_commissioners_word_about_a_former_room_is_no_certificate(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Shared CCTV partnership goes live",
        "<p>Speaking at the launch, the Police and Crime Commissioner said the council's former control room had held"
        " full certification under the Surveillance Camera Code.</p>",
        path="/news/shared-cctv-partnership-goes-live",
    )
    assert pa.signals["certification"] is False


def test_round_13_others_cameras_and_agreements(analyse_text: Callable[..., PageAnalysis]) -> None:
    for text in (
        "Cameras at our leisure centres\n\nWe operate cameras at the receptions and car parks of the centres we manage on"
        " behalf of local councils. We are the data controller for these recordings, which are kept for 30 days.\n",
        "Privacy notice - cameras at Riverside Shopping Centre\n\nThe centre's owners operate cameras throughout the malls"
        " and car parks to protect shoppers. Recordings are held for 28 days.\n",
        "Why we have cameras - Westfield Community Centre\n\nThe trustees have put up cameras at the front door. Recordings"
        " are kept for 14 days. The cameras are owned and run by the charity.\n",
        "Anytown Business Crime Partnership - members' guide\n\nMembers may submit images of offenders taken from their"
        " own in-store cameras. The police can see the exclusion list under the partnership's information sharing"
        " agreement with the force.\n",
        "Information sharing agreements - Westshire Police publication scheme\n\nThe force publishes the agreements it"
        " holds with partner organisations. Current agreements relating to public space cameras:\n- Anytown Borough"
        " Council - town centre camera monitoring (2023)\n",
    ):
        pa = analyse_text(text)
        assert pa.signals["cctv_info"] is False and pa.signals["sla"] is False, text[:40]
    none_yet = analyse_text(
        "Is there an agreement between the council and the police about the cameras?\n\nNot at present. Anytown Borough"
        " Council does not have a written agreement with Devon & Cornwall Police about its 52 public space cameras."
        " We will publish any formal agreement on this page if one is made.\n"
    )
    assert none_yet.signals["cctv_info"] is True and none_yet.signals["sla"] is False


def test_round_13_certificates_in_a_councils_own_words(analyse_text: Callable[..., PageAnalysis]) -> None:
    for line in (
        "- the step two certificate awarded by SSAIB in 2022 (the scheme closed in November 2025)",
        "- The town centre system held the Surveillance Camera Commissioner's certificate of compliance from 2018 until"
        " the scheme ended in November 2025.",
        "- The public space camera service has kept its Surveillance Camera Code of Practice certification after its"
        " annual surveillance audit.",
    ):
        pa = analyse_text(
            "Openness about our cameras\n\nTo meet the Surveillance Camera Code of Practice, Anytown Borough Council"
            f" publishes the following about its 120 public space cameras:\n{line}\n"
        )
        assert pa.signals["certification"] is True, line[:40]


def test_a_town_councils_own_page_naming_its_arrangement_with_the_council_stays_the_towns(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Westby Town Council CCTV",
        "<p>Westby Town Council owns and maintains the cameras in the Market Place and the park. They are monitored"
        " under an arrangement between Westby Town Council and Anytown Borough Council.</p>"
        "<p>Recordings are kept for 31 days. Ask the Town Clerk about them.</p>",
        path="/community/westby-town-council-cctv",
    )
    assert pa.decoy is not None and pa.signals["cctv_info"] is False

"""Patterns webs 97-100 showed (written blind in session 19, measured once at 44ec594, then looked into). The passages
are written for this test (invented places and people).

- one-fact pages: a taxi ranks page "within view of our town centre CCTV cameras" (no taxi's camera), a council event
  where "CCTV is used", recordings "made at the Council Offices", "from the scheme cameras", "from the council's
  temporary camera tower"; "Twelve cameras cover the park" counts the cameras;
- a brand-named camera page ("Forest Watch") is the service's own page; a closing "[town] cameras are not ours" keeps
  the council's own privacy notice its own; a partnership's briefing for its districts is guidance; the county's
  force is not the county; another council's shared service that the council "is not part of" is not its own;
- a partnership agreement between councils with a schedule for the police; "Schedule 3 covers the release of
  recordings to [the force]" is a mention; "Schedule 3: release of recordings" is a document worth reading;
- "Awards and accreditations" is where 5.2 is looked for.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.context import AuthorityContext, is_same_council, names_council
from analysis.links import EVIDENCE_PAGE_PRIOR, assess_link
from analysis.page import PageAnalysis
from analysis.search_results import guesses_among_few
from analysis.sections import section_families
from analysis.text import Link
from crawler.engine.settings import CCTV_AUDIT_LINK_THRESHOLD


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_one_fact_places_and_events(analyse_html: Callable[..., PageAnalysis]) -> None:
    ranks = analyse_html(
        "Taxi ranks",
        "<p>Hackney carriages may wait at these ranks. Private hire vehicles must be booked.</p><p>Both ranks are within"
        " view of our town centre CCTV cameras.</p>",
        path="/licensing/taxis/taxi-ranks",
    )
    assert ranks.decoy is None and ranks.signals["cctv_info"] and "cameras" in _crit(ranks)
    cases = [
        ("Summer fun day", "Our free fun day returns to the park. CCTV is used at the event.", "/events/fun-day"),
        (
            "Visiting the Council Offices",
            "Any camera recordings made at the Council Offices are kept for 30 days.",
            "/x",
        ),
        ("Our independent living schemes", "Recordings from the scheme cameras are kept for 30 days.", "/housing/x"),
        (
            "Family fun day",
            "Recordings from the council's temporary camera tower on the event field are deleted after 14 days.",
            "/whats-on/fun-day",
        ),
    ]
    for title, fact, path in cases:
        pa = analyse_html(title, f"<p>Opening times and how to get there.</p><p>{fact}</p>", path=path)
        assert pa.signals["cctv_info"], title
    park = analyse_html(
        "Promenade Park", "<p>Twelve cameras cover the park's car parks and play areas.</p>", path="/parks/p"
    )
    assert "cameras" in _crit(park)


def test_brand_pages_closing_denials_and_others_schemes(analyse_html: Callable[..., PageAnalysis]) -> None:
    brand = analyse_html(
        "Anytown Eye",
        "<p>Anytown Eye helps us tackle fly-tipping in places that fixed cameras cannot reach.</p><p>The scheme has four"
        " mobile CCTV cameras bought with a grant.</p><p>The borough council owns the cameras and is the data controller"
        " for what they record.</p><p>Recordings stay on each unit for 14 days and are then overwritten.</p><p>Portable"
        " signs go up wherever a unit is placed, so nobody is filmed without warning.</p>",
        path="/anytown-eye",
    )
    assert {"retention", "signage", "operator"} <= _crit(brand)
    notice = analyse_html(
        "CCTV privacy notice",
        "<p>Anytown Borough Council is the data controller for the images recorded by its cameras.</p><p>Images are kept"
        " for up to 28 days.</p><p>Anytown town centre cameras are not ours: they are run by Anytown Business Improvement"
        " District.</p>",
        path="/privacy-notices/cctv",
    )
    assert notice.decoy is None and notice.signals["cctv_info"]
    shared = analyse_html(
        "Neighbouring councils' CCTV",
        "<p>Westby City Council and Eastby District Council run a shared CCTV service; Anytown is not part of it.</p>",
        path="/community/shared-cctv-service",
    )
    assert not shared.signals["cctv_info"]


def test_a_partnership_briefing_and_the_countys_force(analyse_text: Callable[..., PageAnalysis]) -> None:
    briefing = analyse_text(
        "Northshire Community Safety Partnership - briefing on public space CCTV\n\nThis briefing is published by the"
        " Northshire Community Safety Partnership for its member districts. Districts that run public space cameras should"
        " publish their own code of practice.",
    )
    assert not briefing.signals["cctv_info"]
    county = AuthorityContext("Kentshire County Council", "https://www.kentshire.gov.uk/", "Kent", "England")
    assert not names_council("The partnership brings together councils, Kentshire Police and others.", "Kentshire")
    assert names_council("Kentshire County Council runs cameras at its offices.", county.short_name)
    # (the town in a police station's name is still the place: held-back web 72's Reading)
    assert names_council("Cameras are watched from the gallery at Readingford police station.", "Readingford")
    assert is_same_council("Cambridge City Council", "South Cambridgeshire") is False


def test_a_schedule_for_the_police_and_its_mention(
    analyse_text: Callable[..., PageAnalysis], ctx: AuthorityContext
) -> None:
    agreement = analyse_text(
        "CCTV Monitoring Partnership Agreement\nBetween Anytown Borough Council and Westby City Council.\n1. Services\n"
        "Westby City Council will monitor the Anytown town centre cameras.\nSchedule 3: Information sharing with Devon &"
        " Cornwall Police\nThe police may view live pictures and request recordings; each request is logged.\nSigned for"
        " Anytown Borough Council: A. Reyes, 4 October 2024.\nSigned for Westby City Council: B. Lund, 4 October 2024.\n"
        "Signed for Devon & Cornwall Police: Inspector C. Marsh, 11 October 2024.\n",
        path="/media/3321/cctv-monitoring-partnership-agreement.pdf",
    )
    (doc,) = agreement.sla
    assert doc["signed"] and doc["force"]
    page = analyse_text(
        "CCTV\n\nThe monitoring is run under a partnership shared service agreement; Schedule 3 covers the release of"
        " recordings to Devon & Cornwall Police.",
        path="/community-safety/cctv.txt",
    )
    assert page.signals["sla"]
    link = Link(
        url="https://www.anytown.gov.uk/downloads/file/29/schedule-3",
        text="Schedule 3: release of recordings (PDF)",
        context="",
    )
    # (above the crawl's bar for a link worth opening, which a document linked beside a mention must reach)
    assert assess_link(link, ctx, prior=EVIDENCE_PAGE_PRIOR).score >= CCTV_AUDIT_LINK_THRESHOLD


def test_awards_pages_and_taxi_ranks_among_few_results() -> None:
    assert "awards" in section_families(
        "https://www.anytown.gov.uk/council/awards-and-accreditations", "Awards and accreditations"
    )
    base = "https://www.anytown.gov.uk"
    few = [
        Link(url=base + "/licensing/taxis/taxi-ranks", text="Taxi ranks", context=""),
        Link(url=base + "/licensing/taxis/cctv-in-licensed-vehicles", text="CCTV in licensed vehicles", context=""),
    ]
    assert [link.url for link in guesses_among_few(few, None)][:1] == [base + "/licensing/taxis/taxi-ranks"]

"""Patterns webs 162-165 (written blind this session, first looks) showed. The passages are written for this test (an
invented council, Anytown, with the fixtures' context, and invented bodies and places), not taken from the sets.

- A page that opens by saying the cameras are not the council's ("are not run by the district council. They belong to
  …"; "stopped paying for town centre camera monitoring … now belong to other organisations") goes on about those
  cameras: the contacts and rows after it are not the council's own (web 162's East Cambridgeshire, West Berkshire).
- A group's minutes headed "[name] Partnership - minutes, March 2024" are a meeting's papers (web 162).
- "Use this form to send the single point of contact a question": the page is the contact route (web 162's Gedling).
- An article under /news-and-events/ is news; "Decision 2021/1377: CCTV column" under planning is a planning decision
  (web 162's Gedling).
- "the Met" names London's force (web 162's Ealing).
- One facts: "Cameras in the two multi-storey car parks record around the clock", "Recordings from library CCTV are kept
  for 30 days", "signs at every entrance show where camera recording is in use", "We move twenty covert cameras between
  fly-tipping hotspots", "A camera watches the main gates and the car park" (webs 163-165); a library's code of conduct
  is a page worth opening from a sitemap (web 163's Warwickshire), though the libraries section is not.
- "The [neighbour's] control room that watches our cameras holds full certification": the room's, not the council's
  (web 164's Babergh).
- A search with seven results is still a few to open (web 164's West Oxfordshire).
- A signed agreement whose own term ended ("runs from 1 April 2016 to 31 March 2019") is not in force: 5.5 partial (web
  165's South Oxfordshire).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.assess import assess
from analysis.committee import is_committee_paper
from analysis.context import AuthorityContext
from analysis.links import assess_link
from analysis.page import PageAnalysis, analyse
from analysis.search_results import guesses_among_few
from analysis.sla import term_end_year
from analysis.text import Link, extract


def _inspect(text: str) -> PageAnalysis:
    return analyse(extract(text.encode("utf-8"), "file:///tmp/item.txt", "text/plain"))


def test_a_page_opening_with_a_denial_speaks_of_others_cameras(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV in Millbrook",
        "<p>The public space cameras in Millbrook and Eastby are not run by the borough council. They belong to Millbrook"
        " Town Council and Eastby Parish Council, and volunteers watch them from a room at the police station.</p><p>For"
        " questions about the cameras, or to ask for footage, contact the clerk of the council that owns them:</p><p>the"
        " Clerk to Millbrook Town Council: clerk@millbrook.example.org.uk, 01632 960 118</p>",
        path="/community/cctv-millbrook",
    )
    assert not pa.signals["cctv_info"] and pa.spoc is None
    gave_up = analyse_html(
        "Cameras in our towns",
        "<p>Anytown Borough Council stopped paying for town centre camera monitoring in 2016. The cameras you may see in"
        " our towns now belong to other organisations.</p><table><tr><th>Place</th><th>Who runs the cameras</th></tr>"
        "<tr><td>Anytown centre</td><td>Anytown BID, watched from the shopping centre's control room</td></tr></table>",
        path="/community/cameras-in-our-towns",
    )
    assert not gave_up.signals["cctv_info"]


def test_a_groups_minutes_by_their_head_are_a_meetings_papers() -> None:
    text = "Millbrook Community CCTV Partnership - minutes, March 2024 Present: Millbrook Town Council (chair)."
    assert is_committee_paper("https://www.anytown.gov.uk/files/minutes.pdf", text)


def test_the_page_that_is_the_spocs_form_is_its_route(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Contact the surveillance camera single point of contact",
        "<p>The Community Safety Manager is Anytown Borough Council's single point of contact for every surveillance"
        " camera system the council operates. Use this form to send the single point of contact a question about the"
        " council's cameras.</p><form><label>Your question</label><textarea></textarea></form>",
        path="/contact-us/forms/surveillance-cameras-spoc",
    )
    spoc = [f for f in pa.findings if f.type == "spoc"]
    assert spoc and spoc[0].data.get("contact_route")


def test_news_and_events_articles_and_planning_decisions_are_look_alikes(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    news = analyse_html(
        "New CCTV camera on Mill Lane",
        "<p>A pole with cameras has gone up at the junction with Brook Road after complaints of anti-social behaviour.</p>",
        path="/news-and-events/2020/mill-lane-cctv",
    )
    assert news.decoy is not None and not news.signals["cctv_info"]
    decision = analyse_html(
        "Decision 2021/1377: CCTV column, Market Square car park",
        "<p>Permission granted for a 12 metre column carrying a CCTV camera in the car park.</p>",
        path="/planning-and-building-control/decision-2021-1377",
    )
    assert decision.decoy is not None and not decision.signals["cctv_info"]


def test_the_met_by_its_short_name_is_londons_force(analyse_html: Callable[..., PageAnalysis]) -> None:
    london = AuthorityContext(
        "London Borough of Anytown", "https://www.anytown.gov.uk/", "Metropolitan Police", "England"
    )
    pa = analyse_html(
        "CCTV",
        "<p>Our control room watches 400 cameras across the borough.</p><p>Officers collect footage under the information"
        " sharing agreement between the council and the Met's North Area command unit.</p>",
        context=london,
    )
    assert any(d.get("force") == "Metropolitan Police Service" for d in pa.sla)
    office = analyse_html(
        "CCTV",
        "<p>Our control room watches 400 cameras across the borough.</p><p>Weather warnings from the Met Office are shared"
        " under an agreement with the highways team.</p>",
        context=london,
    )
    assert not any(d.get("force") for d in office.sla)


def test_one_facts_on_car_park_library_leisure_fly_tipping_and_cemetery_pages(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    for title, sentence in (
        ("Council car parks", "Cameras in the two multi-storey car parks record around the clock."),
        ("Library code of conduct", "Recordings from library CCTV are kept for 30 days and then deleted."),
        ("Membership terms", "Security: signs at every entrance show where camera recording is in use."),
        ("Fly-tipping", "We move twenty covert cameras between fly-tipping hotspots around the district."),
        ("Millbrook Cemetery", "A camera watches the main gates and the car park."),
    ):
        pa = analyse_html(title, f"<p>Opening hours and rules are below.</p><p>{sentence}</p>", path="/places/page")
        assert pa.signals["cctv_info"], sentence
    speed = analyse_html(
        "Millbrook bypass", "<p>Speed cameras on the bypass record around the clock.</p>", path="/roads"
    )
    assert not speed.signals["cctv_info"]


def test_a_librarys_code_of_conduct_is_worth_opening_but_the_libraries_are_not() -> None:
    rules = assess_link(Link("https://www.anytown.gov.uk/libraries/using-the-library/library-code-of-conduct", "", ""))
    libraries = assess_link(Link("https://www.anytown.gov.uk/libraries", "Libraries", ""))
    housing = assess_link(Link("https://www.anytown.gov.uk/housing", "Housing", ""))
    assert rules.score > housing.score > libraries.score


def test_a_neighbours_certified_room_is_not_the_councils_certificate(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>Anytown Borough Council owns 20 cameras in the town centre.</p><p>Eastby Council watches our cameras from its"
        " control room under an agreement between the two councils. The Eastby control room that watches our cameras holds"
        " full certification against the Surveillance Camera Code of Practice.</p>",
    )
    assert not pa.signals["certification"] and pa.certification is None


def test_seven_results_are_still_a_few() -> None:
    base = "https://www.anytown.gov.uk"
    titles = [
        "Fly-tipping",
        "Community safety",
        "Town and parish councils",
        "Parks",
        "Markets",
        "Libraries",
        "Car parks",
    ]
    results = [Link(url=f"{base}/{t.lower().replace(' ', '-')}", text=t, context="") for t in titles]
    assert guesses_among_few(results, None)[0].text == "Fly-tipping"


def test_a_signed_agreement_whose_term_ended_is_not_in_force(analyse_html: Callable[..., PageAnalysis]) -> None:
    assert term_end_year("This agreement runs from 1 April 2016 to 31 March 2019 and ends on that date.") == 2019
    assert term_end_year("It runs from 2016 to 2019 and will continue from year to year unless ended.") is None
    assert term_end_year("The agreement was signed in March 2016.") is None
    pa = analyse_html(
        "Service Level Agreement for Public Space CCTV",
        "<p>Parties: Anytown Borough Council and Devon and Cornwall Police.</p><p>This agreement covers the release of"
        " recordings from the council's public space CCTV to the police.</p><p>This agreement runs from 1 April 2016 to 31"
        " March 2019 and ends on that date unless renewed in writing.</p><p>Signed for Anytown Borough Council: J Smith,"
        " Chief Executive, 21 March 2016</p><p>Signed for Devon and Cornwall Police: A Jones, Chief Superintendent, 21"
        " March 2016</p>",
        path="/media/cctv-sla-2016-2019",
    )
    docs = [d for d in pa.sla if d.get("kind") == "document"]
    assert docs and docs[0]["signed"] and docs[0]["term_ends"] == 2019
    # read in 2026 the term is over (5.5 partial, the document marked expired); read while it ran, it was in force
    pa.fetched_at = "2026-12-04T12:00:00Z"
    later = assess([pa], "ok")["5.5"]
    assert later["status"] == "partial" and later["documents"][0]["expired"] is True
    pa.fetched_at = "2018-06-01T09:00:00Z"
    assert assess([pa], "ok")["5.5"]["status"] == "met"


# --- real-text round 38 (first look, after the freeze)


def test_guidance_retold_and_a_spoc_to_be_appointed_designate_nobody() -> None:
    pa = _inspect(
        "Scrutiny committee - 8 October 2025\n\nItem 7: council camera systems\n\nMembers heard that the council runs 40"
        " public space cameras and others at its leisure centres and car parks. The Head of Environment said the"
        " Commissioner's guidance suggested that councils appoint a single point of contact for all their systems.\n\n"
        "RECOMMENDED to Cabinet that (a) a single point of contact for surveillance camera systems be appointed within six"
        " months."
    )
    assert "spoc" not in {k for k, v in pa.signals.items() if v}


def test_a_welsh_answer_that_the_named_council_never_applied_is_no_progress() -> None:
    from analysis.certification_progress import detect_progress
    from analysis.segments import blocks_of

    text = (
        "Ein hymateb\n2. Nid yw Cyngor Sir Anytown wedi gwneud cais am ardystiad trydydd parti. Mae'r Cyngor yn cwblhau"
        " offeryn hunanasesu'r Comisiynydd bob blwyddyn, ac mae'r hunanasesiad diweddaraf ar gael ar gais."
    )
    assert detect_progress(blocks_of(text, [])) is None
    assert detect_progress(blocks_of(text.replace("Nid yw Cyngor Sir Anytown wedi gwneud cais", "Dyma'r cais"), []))


def test_a_room_certified_to_that_standard_is_bs_7958_not_the_code() -> None:
    pa = _inspect(
        "How we use CCTV\n\nThe town centre cameras are monitored from our control room, which operates to British Standard"
        " BS 7958, which sets how control rooms are managed and run, and is certified to that standard by an independent"
        " inspectorate. We also have regard to the Surveillance Camera Code of Practice."
    )
    assert not pa.signals["certification"]

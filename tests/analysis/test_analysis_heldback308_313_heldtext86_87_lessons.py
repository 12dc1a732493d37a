"""Reading lessons of held-back webs 308-313 and real-text rounds 86-87 (written blind at session 46 in snapshots of
db09fff, measured once at freeze47 = eb71d54, then opened). The passages are written for this test (an invented council,
Anytown, and invented forces, places and people), not taken from the sets.

- Town centre cameras "run by [the force] from its own monitoring room" are not the council's (web 309).
- The highway authority's traffic monitoring cameras, showing live traffic to its control room and recording nothing,
  are no disclosure (web 310).
- A signing table's row for the force, flattened with its name, rank and "Signed [date]", executes the agreement
  (web 313).
- An agreement still being negotiated or drafted, in the words councils and forces use ("were negotiating … terms had not
  yet been settled", "are now drafting an agreement", "would not be signed until", "authorised to sign it once", "have
  begun talks about a memorandum"), is no signal (rounds 86-87).
- A county saying it runs no town cameras, "operated by [the force]", has no arrangement with the force (round 87).
- "The role sits with our Community Safety Lead" names the SPOC's post; a "Get in touch" heading keeps its routes in the
  designation's window (round 86).
- An FOI answer "1. Yes. [The council] and [the force] have a CCTV Service Level Agreement, signed by both parties …"
  states the council's agreement (round 87).
- A search scoped to services that offers "Search the whole website for CCTV" is widened (web 312).
- Cameras "watched … from [a neighbour] City Council's CCTV control centre" stay the council's (web 310).
"""

from __future__ import annotations

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis, analyse
from analysis.search_results import widen_link
from analysis.text import Link, extract

SITE = "https://www.anytown.gov.uk"


def _page(ctx: AuthorityContext, title: str, main: str, path: str) -> PageAnalysis:
    html = (
        f"<html><head><title>{title} | {ctx.name}</title></head><body><main><h1>{title}</h1>{main}</main></body></html>"
    )
    return analyse(extract(html.encode(), SITE + path, "text/html"), ctx)


def _loose(body: str) -> PageAnalysis:
    return analyse(extract(body.encode(), "file:///tmp/item.txt", "text/plain"))


def test_cameras_run_by_the_force_from_its_own_room_are_not_the_councils(ctx: AuthorityContext) -> None:
    main = (
        "<p>Town centre CCTV in Anytown, Westford and Eastbury is run by Devon and Cornwall Police from its own monitoring "
        "room. For anything about those cameras or their recordings, contact Devon and Cornwall Police.</p>"
    )
    pa = _page(ctx, "Town centre CCTV", main, "/community-safety/town-centre-cctv")
    assert not pa.signals["cctv_info"]


def test_traffic_monitoring_cameras_that_record_nothing_are_no_disclosure(ctx: AuthorityContext) -> None:
    body = (
        "Traffic monitoring cameras: operating note\n"
        "Cameras at junctions show live traffic to the highways control room. They do not record.\n"
    )
    pa = analyse(extract(body.encode(), SITE + "/media/1840/traffic-monitoring-cameras-note.txt", "text/plain"), ctx)
    assert pa.decoy == "live traffic images"
    assert not pa.signals["cctv_info"]


def test_a_county_page_describing_its_traffic_cameras_stays_its_information() -> None:
    # guard: passes before and after (by its title alone a traffic camera page is no look-alike; real-text round 27)
    body = (
        "Traffic monitoring cameras\n"
        "Anytown County Council has 36 traffic monitoring cameras on the county's busiest junctions and approach roads.\n"
        "What are they for?\nOur traffic management team uses them to watch traffic flow, adjust signal timings and "
        "manage diversions during roadworks.\n"
        "Do they record?\nNo. The cameras are live view only and pictures are not stored.\n"
    )
    assert _loose(body).signals["cctv_info"]


def test_a_flattened_signing_row_executes_the_agreement(ctx: AuthorityContext) -> None:
    main = (
        "<p>Agreement for the monitoring of Anytown public space cameras and the sharing of recorded images</p>"
        "<p>Parties: Anytown Borough Council and the Chief Constable of Devon and Cornwall Police.</p>"
        "<p>1. The police will monitor the council's public space cameras from the force control room.</p>"
        "<p>2. The council remains data controller for the recordings.</p>"
        "<h2>Signed on behalf of the parties</h2>"
        "<table><tr><th>For</th><th>Name</th><th>Position</th><th>Signature</th><th>Date</th></tr>"
        "<tr><td>Anytown Borough Council</td><td>J. Marsh</td><td>Director of Communities</td><td>Signed</td>"
        "<td>3 April 2024</td></tr>"
        "<tr><td>Devon and Cornwall Police</td><td>P. Tregear</td><td>Chief Superintendent</td><td>Signed</td>"
        "<td>10 April 2024</td></tr></table>"
    )
    pa = _page(ctx, "Appendix B: monitoring agreement", main, "/policy/appendix-b-monitoring-agreement/")
    assert pa.signals["sla"]
    assert any(s.get("kind") == "document" and s.get("signed") for s in pa.sla)


def test_agreements_still_being_negotiated_are_no_signal() -> None:
    texts = [
        "Council CCTV cameras\n\nMinutes:\nMembers heard that 30 of the council's cameras at its car parks recorded "
        "locally. Officers were negotiating an agreement with Westmarch Police on how the force would receive footage, but "
        "terms had not yet been settled.\n",
        "News\n\nTown cameras move a step closer\n\nAnytown Council has approved £60,000 for new equipment to link its "
        "cameras to the police. Officers are now drafting an agreement with Westmarch Police that will set out who monitors "
        "the cameras and how footage is shared.\n",
        "Agenda item\n\nCCTV - information sharing with Westmarch Police\n\nMinutes:\nA draft information sharing agreement "
        "between the council and Westmarch Police, covering its 40 cameras, had been sent to the force's legal team. It would "
        "not be signed until the police had agreed the retention clauses.\n\nRESOLVED that the Director be authorised to "
        "sign it once the force has agreed the final wording.\n",
    ]
    for body in texts:
        pa = _loose(body)
        assert pa.signals["cctv_info"], body[:40]
        assert not pa.signals["sla"], body[:40]


def test_talks_about_a_future_memorandum_are_no_agreement() -> None:
    body = (
        "News\n\nPolice and council to discuss future of CCTV partnership\n\n"
        "Westmarch Police and Anytown County Borough Council have begun talks about a memorandum of understanding for the "
        "council's public space CCTV, which covers 20 town centres. At present officers request footage case by case.\n"
    )
    assert not _loose(body).signals["sla"]


def test_a_county_running_no_town_cameras_has_no_arrangement_with_the_force() -> None:
    body = (
        "CCTV at council buildings - privacy notice\n\n"
        "Anytown County Council does not run town centre CCTV; public space cameras in the county's towns are operated by "
        "Westmarch Police and some town councils.\n\n"
        "The council does operate cameras at:\n- County Hall and the area offices\n- highways depots and salt stores\n"
        "- household waste recycling centres\n\n"
        "Why\nTo protect staff and visitors, secure buildings and help investigate incidents.\n\n"
        "How long we keep images\nUp to 30 days.\n\n"
        "Sharing\nWith the police when they ask for images to investigate a crime, and with our insurers.\n"
    )
    pa = _loose(body)
    assert pa.signals["cctv_info"]
    assert not pa.signals["sla"]


def test_the_role_sits_with_names_the_spoc_and_its_routes() -> None:
    body = (
        "Community safety > CCTV\n\nWho looks after our cameras?\n\n"
        "Anytown Borough Council has named one officer as the single point of contact (SPOC) covering every surveillance "
        "camera system it owns, from the town centre cameras to those at our depots. The role sits with our Community "
        "Safety Lead, Sam Okoro.\n\n"
        "The SPOC keeps the register of council cameras and checks each new proposal against the Code.\n\n"
        "Get in touch\nEmail: cameras.spoc@anytown.gov.uk\nPhone: 01632 960 118\n"
    )
    pa = _loose(body)
    assert pa.signals["spoc"]
    assert (pa.spoc or {}).get("role") == "Community Safety Lead"
    assert (pa.spoc or {}).get("email") == "cameras.spoc@anytown.gov.uk"


def test_an_foi_answer_naming_both_parties_and_a_cctv_sla_states_it() -> None:
    body = (
        "FOI request (FOI-4410) - CCTV and the police\n\nRequested: 2 February 2025\nResponded: 20 February 2025\n\n"
        "Request\n1. Does the council have a written agreement with the police about its CCTV?\n"
        "2. If so, please provide a copy.\n\n"
        "Response\n1. Yes. Anytown Borough Council and Westmarch Police have a CCTV Service Level Agreement, signed by both "
        "parties in May 2023.\n2. A copy is attached.\n"
    )
    pa = _loose(body)
    assert pa.signals["sla"]
    assert pa.signals["cctv_info"]


def test_a_scoped_search_offering_the_whole_site_is_widened() -> None:
    links = [
        Link(SITE + "/licensing/vehicle-cctv", "Taxi licence: vehicle CCTV", ""),
        Link(SITE + "/search?q=CCTV&scope=site", "Search the whole website for CCTV", ""),
    ]
    assert widen_link(links, "/search", SITE + "/search?q=CCTV") == SITE + "/search?q=CCTV&scope=site"
    # guard: a next page or another search is no widening
    assert (
        widen_link([Link(SITE + "/search?q=CCTV&page=2", "Next page", "")], "/search", SITE + "/search?q=CCTV") is None
    )


def test_cameras_watched_from_a_neighbours_room_stay_the_councils(ctx: AuthorityContext) -> None:
    main = (
        "<p>About 80 cameras cover Anytown, Westford and the parks by the river. They are watched 24 hours a day from "
        "Eastmere City Council's CCTV control centre.</p>"
        "<p>We use them to tackle anti-social behaviour and crime and to help people feel safe.</p>"
        "<p>Email the community safety team at community.safety@anytown.gov.uk.</p>"
    )
    pa = _page(ctx, "CCTV", main, "/community-safety/cctv")
    assert pa.criteria.get("cameras")
    assert any(f.type == "cctv_contact" for f in pa.findings)
    # guard: a neighbour's own cameras are still the neighbour's
    other = "<p>Eastmere City Council's cameras cover the retail park next to Anytown.</p>"
    assert not _page(ctx, "Retail park", other, "/business/retail-park").signals["cctv_info"]

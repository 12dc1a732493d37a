"""Patterns webs 284-289 and real-text rounds 78-79 showed (written blind at session 43 in snapshots of its code, measured
once at session 44's start, 2f35185, then opened). The passages are written for this test (an invented council, Anytown,
an invented county, Anyshire, and invented neighbours, posts and places), not taken from the sets.

- A site search that answers with an RSS or Atom feed: its items are the results (analysis.feed).
- One-fact pages: "[N] council cameras on poles cover the estate's streets", "Cameras owned by the borough council cover
  the car park", a data protection page asking for "copies of CCTV images of yourself" to be sent to the council.
- Whose cameras: "belongs to the district and borough councils" on a county's page; "[the force], which owns them"; a
  memorandum between the commissioner and "the district councils" hosted on a county's site is not the county's.
- Agreements: the council's own agreement with the force about cameras the force owns; a sharing protocol that puts
  recorded images "outside the scope of this protocol"; a contractor's service level agreement "that requires …".
- The SPOC: a "nominated point of contact for every one of these systems"; Welsh "wedi penodi'r [post] yn Bwynt Cyswllt
  Unigol"; a decision "with the [team] acting as the single point of contact".
- A mailbox "for anything else about events or street trading" is no camera contact.
- FOI answers: the answer under the "Response" heading below the "Request" one; an answer naming the council's SPOC; an
  answer read as the signed agreement itself.
- Welsh certification kept: "yn cadw ei dystysgrif".
- A district council running its own system and monitoring parish councils' cameras is no parish page.
"""

from __future__ import annotations

import pytest

from analysis.context import AuthorityContext
from analysis.feed import extract_feed
from analysis.links import assess_link
from analysis.page import PageAnalysis, analyse
from analysis.text import Link, extract, sniff_kind

SITE = "https://www.anytown.gov.uk"
COUNTY = "https://www.anyshire.gov.uk"


@pytest.fixture
def county() -> AuthorityContext:
    return AuthorityContext("Anyshire County Council", COUNTY + "/", "Devon & Cornwall", "England")


def _page(ctx: AuthorityContext | None, title: str, main: str, path: str, site: str = SITE) -> PageAnalysis:
    name = ctx.name if ctx else "Anytown Borough Council"
    html = f"<html><head><title>{title} | {name}</title></head><body><main><h1>{title}</h1>{main}</main></body></html>"
    return analyse(extract(html.encode(), site + path, "text/html"), ctx)


def _doc(ctx: AuthorityContext | None, text: str, path: str, site: str = SITE) -> PageAnalysis:
    return analyse(extract(text.encode(), site + path, "text/plain"), ctx)


RSS = (
    b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Search results for cameras</title>'
    b"<link>https://www.anytown.gov.uk/</link><item><title>Riverside car park</title>"
    b"<link>https://www.anytown.gov.uk/parking/riverside</link><description>Open all day</description></item>"
    b"<item><title>Camera upgrade finished</title><link>/news/camera-upgrade</link></item></channel></rss>"
)
ATOM = (
    b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Results</title><entry><title>CCTV</title>'
    b'<link rel="alternate" href="https://www.anytown.gov.uk/community-safety/cctv"/><summary>Our cameras</summary></entry>'
    b"</feed>"
)


def test_a_search_answered_as_a_feed_lists_its_items_as_links() -> None:
    assert sniff_kind(RSS, SITE + "/search?q=cameras", "application/rss+xml; charset=utf-8") == "feed"
    assert sniff_kind(ATOM, SITE + "/search?q=cctv", "application/xml") == "feed"
    # (an HTML page is never taken for a feed)
    assert sniff_kind(b"<!doctype html><html><body>rss</body></html>", SITE + "/", "text/html") == "html"
    doc = extract(RSS, SITE + "/search?q=cameras", "application/rss+xml")
    assert [(link.url, link.text) for link in doc.links] == [
        (SITE + "/parking/riverside", "Riverside car park"),
        (SITE + "/news/camera-upgrade", "Camera upgrade finished"),
    ]
    assert doc.title == "Search results for cameras" and doc.error is None
    atom = extract(ATOM, SITE + "/search?q=cctv", "application/atom+xml")
    assert [link.url for link in atom.links] == [SITE + "/community-safety/cctv"]
    # a broken feed is read as far as it goes, never raised
    broken = extract_feed(RSS[:-40], SITE + "/search?q=cameras")
    assert broken.links and broken.links[0].text == "Riverside car park"


def test_one_fact_pages_without_the_word_cctv(ctx: AuthorityContext) -> None:
    estate = "<p>Caretakers call every Tuesday.</p><p>Eleven council cameras on columns cover the estate's paths and parking bays.</p>"
    assert _page(ctx, "Millbrook estate", estate, "/housing/estates/millbrook").signals["cctv_info"]
    owned = "<p>Pay at the machine or by phone.</p><p>Cameras owned by the borough council cover the car park.</p>"
    assert _page(ctx, "Quay Street car park", owned, "/parking/quay-street").signals["cctv_info"]
    sar = (
        "<p>You can ask for a copy of the personal information we hold about you.</p><p>If you want copies of CCTV images"
        " of yourself, tell us the place and time you were filmed and send a recent photograph.</p>"
    )
    pa = _page(ctx, "Ask for your information", sar, "/about/data-protection/your-information")
    assert pa.signals["cctv_info"] and pa.criteria["subject_access"]
    # (another body's images asked of that body are not the council's)
    other = sar.replace("tell us the place", "ask the police, giving the place")
    assert not _page(ctx, "Ask for your information", other, "/about/data-protection/your-information").signals[
        "cctv_info"
    ]


def test_cameras_that_are_other_bodies(county: AuthorityContext, ctx: AuthorityContext) -> None:
    belongs = (
        "<p>Town centre CCTV in Anyshire belongs to the district and borough councils. Please contact them.</p>"
        "<table><tr><th>Area</th><th>Who runs the cameras</th></tr><tr><td>Northby</td><td>Northby District Council</td>"
        "</tr></table>"
    )
    assert not _page(county, "Community safety", belongs, "/community/safety", COUNTY).signals["cctv_info"]
    police = (
        "<p>Public space cameras in Anytown and Northby were put back by the police, which owns them and watches them"
        " from its own station. The council does not run a public space CCTV system.</p>"
    )
    assert not _page(ctx, "Community safety", police, "/community-safety").signals["cctv_info"]
    memo = (
        "Memorandum of understanding on public space CCTV\n"
        "This memorandum is between the Police and Crime Commissioner for Anyshire and the six district councils that own"
        " public space CCTV.\nSigned for the Commissioner and for each district council.\n"
    )
    pa = _doc(county, memo, "/downloads/file/411/cctv-memorandum", COUNTY)
    assert not pa.signals["sla"] and not pa.signals["cctv_info"]
    # (with the force as a party the same holds; with the county among the parties too, it is the county's)
    force = memo.replace("the Police and Crime Commissioner for Anyshire", "Devon and Cornwall Police").replace(
        "for the Commissioner", "for the police"
    )
    assert not _doc(county, force, "/downloads/file/411/cctv-memorandum", COUNTY).signals["sla"]
    with_county = force.replace(
        "and the six district councils", ", Anyshire County Council and the six district councils"
    )
    assert _doc(county, with_county, "/downloads/file/411/cctv-memorandum", COUNTY).signals["sla"]


def test_agreements_owned_excluded_and_contracted(ctx: AuthorityContext) -> None:
    own = (
        "Anytown CCTV Partnership: agreement between Anytown Borough Council and Devon and Cornwall Police\n"
        "1. The council pays towards the running of the monitoring hub.\n"
        "2. Devon and Cornwall Police owns the new cameras and decides on the release of recordings.\n"
        "Signed for Anytown Borough Council: R. Ellis, Director of Communities, 3 March 2025\n"
        "Signed for Devon and Cornwall Police: Chief Superintendent P. Ward, 10 March 2025\n"
    )
    pa = _doc(ctx, own, "/media/cctv/partnership-agreement.txt")
    assert pa.decoy is None and pa.signals["sla"]
    assert any(f.type == "sla" and f.data.get("signed") for f in pa.findings)
    excluded = (
        "Anyshire community safety information sharing protocol\n"
        "Partners share anonymised crime figures and case details for anti-social behaviour meetings.\n"
        "Recorded CCTV images are outside the scope of this protocol.\n"
        "Signed for Anytown Borough Council by the Chief Executive, 4 April 2023.\n"
        "Signed for Devon and Cornwall Police by the Chief Constable, 19 April 2023.\n"
    )
    assert not _doc(ctx, excluded, "/documents/csp-protocol.txt").signals["sla"]
    contracted = (
        "CCTV annual update\nThe council's 31 cameras in Anytown are watched by a security company from its own room.\n"
        "The company works to a service level agreement that requires faults to be reported within four hours and evidence"
        " asked for by Devon and Cornwall Police to be copied within two working days.\n"
    )
    assert not _doc(None, contracted, "/documents/cctv-update.txt").signals["sla"]


def test_spoc_named_other_ways(ctx: AuthorityContext) -> None:
    nominated = (
        "<p>The council runs several kinds of surveillance camera: the town centre network, cameras at its depots and body"
        " worn cameras.</p><p>The council's nominated point of contact for every one of these systems is the post of"
        " Security Services Manager.</p><p>Write to cameras@anytown.gov.uk.</p>"
    )
    assert _page(ctx, "Who is responsible for our cameras", nominated, "/community-safety/cctv/responsible").signals[
        "spoc"
    ]
    welsh = (
        "Camerâu gwyliadwriaeth\n"
        "Mae Cyngor Bwrdeistref Anytown yn defnyddio camerâu teledu cylch cyfyng yn ei swyddfeydd a'i feysydd parcio.\n"
        "Mae'r Cyngor wedi penodi'r Rheolwr Diogelwch Cymunedol yn Bwynt Cyswllt Unigol ar gyfer ei holl systemau camerâu.\n"
    )
    pa = _doc(None, welsh, "/cy/camerau.txt")
    assert pa.signals["spoc"] and pa.spoc and pa.spoc.get("role") == "Rheolwr Diogelwch Cymunedol"
    decision = (
        "Cabinet, item 12: Surveillance camera policy\n"
        "RESOLVED that the Director of Resources be confirmed as the Council's Senior Responsible Officer for surveillance"
        " cameras, with the Neighbourhoods Team acting as the single point of contact for all camera enquiries.\n"
    )
    found = _doc(None, decision, "/minutes/cabinet-item-12.txt")
    assert found.spoc and found.spoc.get("role") == "Neighbourhoods Team"


def test_a_mailbox_for_other_topics_is_no_camera_contact(ctx: AuthorityContext) -> None:
    other = (
        "<p>We look after the markets and events in our town centres.</p><p>The High Street's cameras are watched from the"
        " control room we share with Northby. For anything else about markets or events, email towncentre@anytown.gov.uk.</p>"
    )
    pa = _page(ctx, "Town centres", other, "/business/town-centres")
    assert not any(f.type == "cctv_contact" for f in pa.findings) and not pa.criteria["complaints"]
    ours = other.replace("about markets or events", "about the cameras")
    assert any(f.type == "cctv_contact" for f in _page(ctx, "Town centres", ours, "/business/town-centres").findings)


def test_foi_answers_below_their_request(ctx: AuthorityContext) -> None:
    spoc = (
        "Response to request for information\nReference: FOI-25-0412\n\nRequest\nPlease tell me whether the council has a"
        " single point of contact for its surveillance cameras.\n\nResponse\nThe council holds this information. The Data"
        " Protection Officer has been designated as the council's single point of contact for every surveillance camera"
        " system it runs. Questions can be sent to spoc@anytown.gov.uk.\n"
    )
    pa = _doc(None, spoc, "/foi/disclosure-log/foi-25-0412.txt")
    assert pa.signals["cctv_info"] and pa.signals["spoc"]
    sla = (
        "FOI response - CCTV agreement with the police\nRequest\nDoes the council have an agreement with the police for its"
        " cameras?\nResponse\nYes. Anytown Borough Council and Devon and Cornwall Police have a service level agreement"
        " covering the public space CCTV system. It was signed by both parties in May 2024. A copy is attached.\n"
    )
    assert _doc(None, sla, "/foi/foi-24-077.txt").signals["sla"]
    refused = sla.replace(
        "Yes. Anytown Borough Council and Devon and Cornwall Police have", "No. The council does not have"
    )
    assert not _doc(None, refused, "/foi/foi-24-077.txt").signals["sla"]


def test_welsh_certificate_kept_and_a_district_over_parish_cameras() -> None:
    kept = (
        "Adolygiad blynyddol TCC\nMae system teledu cylch cyfyng y Cyngor yn cynnwys 60 o gamerâu.\n"
        "Cadarnhawyd bod y Cyngor yn cadw ei dystysgrif cydymffurfio (cam 2) â Chod Ymarfer Camerâu Gwyliadwriaeth.\n"
    )
    assert _doc(None, kept, "/cy/adolygiad.txt").signals["certification"]
    district = (
        "CCTV in Anytown District\nAnytown District Council runs a public space CCTV system in the town centre and monitors"
        " more cameras on behalf of Eastby Parish Council and Westby Parish Council.\nEach parish council owns its cameras"
        " and pays the district council for monitoring.\nThere are 40 district council cameras on the system. Footage is kept"
        " for 31 days.\n"
    )
    pa = _doc(None, district, "/cctv.txt")
    assert pa.decoy is None and pa.signals["cctv_info"]


def test_community_protection_is_a_section_worth_opening() -> None:
    team = assess_link(Link(SITE + "/services/community-protection", "Community protection", ""))
    assert team.section >= 1.9 and team.score > assess_link(Link(SITE + "/services/hospital", "The hospital", "")).score


def test_a_forces_news_release_of_a_councils_agreement_is_not_the_councils_information() -> None:
    release = (
        "Force and council sign camera agreement\n"
        "Devon and Cornwall Police and Anytown Borough Council have signed a memorandum of understanding on the council's"
        " public space CCTV in Anytown.\nIt sets out how the control room passes information to officers and how recordings"
        " are handed over as evidence.\nInspector Hale said: \"Operators often see trouble first. This makes everyone's part"
        ' clear."\n'
    )
    pa = _doc(None, release, "/news/camera-agreement.txt")
    assert pa.signals["sla"] and not pa.signals["cctv_info"] and pa.decoy
    # (the council named short in the headline and in full below is one council, the release's subject)
    headline = release.replace("Force and council sign", "Force and Anytown council sign")
    assert _doc(None, headline, "/news/camera-agreement.txt").signals["sla"]
    # (the council's own news quoting its cabinet member is the council's)
    own = release.replace("Inspector Hale said", "Councillor Hale, cabinet member for communities, said")
    assert _doc(None, own, "/news/camera-agreement.txt").signals["cctv_info"]


def test_an_empty_breadcrumb_element_is_passed_over_for_the_trail() -> None:
    html = (
        "<html><head><title>Item 6 | Anytown Borough Council</title></head><body><nav class='breadcrumb'></nav>"
        "<main><ol class='breadcrumbs'><li><a href='/'>Home</a></li><li><a href='/committees'>Committee structure</a></li>"
        "<li>Joint CCTV Executive</li></ol><h1>Item 6</h1><p>Minutes of the meeting.</p></main></body></html>"
    )
    assert extract(html.encode(), SITE + "/mgAi.aspx?ID=6", "text/html").trail[-2:] == [
        "Committee structure",
        "Joint CCTV Executive",
    ]


def test_a_hostile_feed_expands_no_entities() -> None:
    """A billion-laughs feed answered for a search is read without expanding its entities: nothing grows, nothing raises."""
    levels = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">{levels}]><rss><channel><title>&l9;</title>'
        "<item><title>&l9;</title><link>https://www.anytown.gov.uk/x</link></item></channel></rss>"
    ).encode()
    doc = extract(bomb, SITE + "/search?q=cctv", "application/rss+xml")
    assert len(doc.text) < 1_000 and len(doc.title) < 1_000

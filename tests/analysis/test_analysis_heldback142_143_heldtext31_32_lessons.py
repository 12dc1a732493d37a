"""Patterns the frozen held-back webs 142-143 and real-text round 31 showed when they were opened, and round 32 at its
first look. The passages are written for this test (an invented council, Anytown, with the fixtures' context, and
invented neighbours and bodies), not taken from the sets.

Discovery:
- a CCTV page filed under a section whose address runs its words together (/roads-parking-travel/cctv/) is a strong
  link, not a parking enforcement page;
- a household waste recycling centre is a place whose site rules name its cameras: a browsing hint, not the bins.
Reading the council's own pages:
- "Our cameras are watched from the partnership control room" keeps the council's CCTV page its own though it ends on a
  town council considering cameras of its own;
- "Recordings from the building's CCTV are kept for 30 days" on a room hire page, and "the cameras the council
  installed in the town centre" on a council property's page, are one fact each;
- cameras that "have belonged to [the force]" since a date, and a page whose only cameras are the town councils' own,
  are not the council's;
- "Messages sent with this form go to [the SPOC]" gives the SPOC a route; "Questions about [the service's brand]: call …"
  on the service's page is its contact point.
Who is speaking (real-text round 31):
- a named council recording its tower blocks as landlord is the council; a named housing group keeping its own
  recordings is not; a host council's page inviting organisations "interested in joining" is its own; "the police told
  us" in a council's figures is no reporter; the Commissioner's blog ("my mark", "my annual report"), trade press on the
  scheme's certificate holders, a commissioner's decision or agreement, a police and crime panel's minute, a
  university, a trust, a BID's manager and a shopping centre's management speak of their own cameras; Welsh taxi
  conditions are taxi licensing.
- (real-text round 32) a BID's members' radio link, a Welsh college, an NHS trust, a shopping centre's management company,
  a Welsh commissioner's announcement, the Commissioner writing to certificate holders, a certification body "selected to
  audit", and trade press "speaking to [its title]" speak of cameras not the council's; a Cabinet approving an application
  for certification is progress towards it; a Commissioner's report box names a "London Borough of [X]" as its subject.

Each fails on 4df731d but ten guards that 4df731d already read so in these words: in the speaking test the tower blocks,
the housing group's recordings, the Commissioner's blog and his letters to certificate holders, the trade press on the
scheme, the panel's minute, the NHS trust, the shopping centre's company and the Welsh commissioner; and the parish
councils' own cameras.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from analysis.links import score_link
from analysis.page import PageAnalysis, analyse
from analysis.text import Link, extract

SITE = "https://www.anytown.gov.uk"


def test_a_cctv_page_under_a_run_together_section_address_is_a_strong_link() -> None:
    cctv = score_link(Link(SITE + "/roads-parking-travel/cctv/", "", ""))
    fines = score_link(Link(SITE + "/parking-fines/pay-a-fine", "", ""))
    assert cctv >= 0.8 > 0.2 > fines


def test_a_recycling_centre_is_a_browsing_hint_under_the_waste_section() -> None:
    centre = score_link(
        Link(SITE + "/environment/bins-waste/recycling-centres", "Household waste recycling centres", "")
    )
    bins = score_link(Link(SITE + "/environment/bins-waste/missed-bin", "Report a missed bin", ""))
    neutral = score_link(Link(SITE + "/health/adult-social-care", "Adult social care", ""))
    assert centre > neutral > bins


def test_our_cameras_watched_from_a_partnership_room_stay_ours_beside_a_town_councils_plans(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>Anytown is one of three councils in the Vale CCTV Partnership. Our cameras are watched from the partnership"
        " control room in Westbridge, staffed day and night.</p><p>The cameras are there to prevent and detect crime.</p>"
        "<p>Recordings are kept for 31 days and then deleted.</p><p>Oldham Magna Town Council is thinking about cameras"
        " of its own; those would be the town council's.</p>",
    )
    assert pa.decoy is None and pa.signals["cctv_info"]


@pytest.mark.parametrize(
    ("title", "body", "path"),
    [
        (
            "Hiring the Guildhall rooms",
            "<p>Bookings are confirmed once the deposit is paid.</p><p>Recordings from the building's CCTV are kept for 30"
            " days and then overwritten.</p><p>Please leave the rooms tidy.</p>",
            "/venues/guildhall/hire-terms",
        ),
        (
            "Market Square units",
            "<p>The council bought the Market Square units in 2019. Shops are available to let.</p><p>The 12 cameras the"
            " council installed in the square record day and night.</p>",
            "/business/property/market-square",
        ),
    ],
)
def test_one_fact_on_an_ordinary_council_page(
    analyse_html: Callable[..., PageAnalysis], title: str, body: str, path: str
) -> None:
    assert analyse_html(title, body, path=path).signals["cctv_info"]


@pytest.mark.parametrize(
    "body",
    [
        "<p>Since April 2023 the town centre cameras in Anytown have belonged to Devon and Cornwall Police, who watch them"
        " from the police station. Questions about them should go to the police.</p>",
        "<p>Report nuisance behaviour to the police on 101; our community safety officers work with the police and with"
        " the parish councils, several of which run village cameras of their own.</p>",
    ],
)
def test_cameras_of_the_police_or_of_town_councils_are_not_the_councils(
    analyse_html: Callable[..., PageAnalysis], body: str
) -> None:
    pa = analyse_html("Community safety", body, path="/community/community-safety")
    assert not pa.signals["cctv_info"]


def test_a_spoc_reached_through_the_pages_own_form_has_a_route(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Contact the CCTV team",
        "<p>Messages sent with this form go to the Community Protection Manager, who is the council's single point of"
        " contact for surveillance cameras.</p><form action='/forms/cctv' method='post'><label for='m'>Your message"
        "</label><textarea id='m' name='m'></textarea><button>Send</button></form>",
        path="/cctv/contact",
    )
    spoc = next(f for f in pa.findings if f.type == "spoc")
    assert spoc.data["contact_route"]


def test_questions_about_the_services_brand_on_its_page_are_its_contact_point(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Anytown Watch",
        "<p>Anytown Watch is the council's CCTV service, monitoring 200 cameras from the Civic Centre around the clock.</p>"
        "<p>The cameras are there to prevent and detect crime. CCTV recordings are kept for 31 days.</p>"
        "<p>Last year the CCTV operators helped the police with 3,000 incidents.</p>"
        "<p>Questions about Anytown Watch: call 01632 960 555.</p>",
        path="/anytown-watch",
    )
    contact = next(f for f in pa.findings if f.type == "cctv_contact")
    assert contact.data["phone"] == "01632 960 555"


@pytest.mark.parametrize(
    ("text", "signals"),
    [
        (
            "Cameras in our blocks of flats\nWestmere Council records video in the lobbies and lifts of its six tower"
            " blocks to tackle vandalism. Recordings overwrite after 28 days and only the estates team may view them.",
            {"cctv_info"},
        ),
        (
            "Looking after footage\nGreenvale Housing Group keeps recordings from the cameras in its communal hallways for"
            " 30 days, after which they are overwritten.",
            set(),
        ),
        (
            "Monitoring for partners\nWestmere Borough Council's control room watches 600 cameras, its own and those of"
            " partner councils who buy the service. Organisations interested in joining should contact the CCTV manager.",
            {"cctv_info"},
        ),
        (
            "CCTV: last year\nCameras: 150\nIncidents logged: 4,200\nArrests the police told us cameras helped with: 310\n"
            "Our control room in Westmere is staffed by licensed operators around the clock.",
            {"cctv_info"},
        ),
        (
            "Why certification matters\nAt my workshops this autumn I asked council managers whether they could show their"
            " communities that cameras meet the Code. Certification earns the right to display my mark, and I will report"
            " on progress in my annual report.",
            set(),
        ),
        (
            "Scheme closes\nOrganisations certified under the Commissioner's scheme have been told to stop using the mark."
            " Letters to certificate holders went out last week.",
            set(),
        ),
        (
            "CCTV grants\nThe Police and Crime Commissioner for Westshire approves grants of £120,000 to district councils"
            " to replace public space CCTV cameras, each on condition that the cameras stay in use for five years.",
            set(),
        ),
        (
            "Item 7 - CCTV partnership\nThe Commissioner updated the Panel on a force-wide CCTV monitoring proposal. A Panel"
            " member asked who would pay the running costs.",
            set(),
        ),
        (
            "Campus cameras\nThe University of Westmere operates around 600 cameras across its campus. The Head of Security"
            " is the single point of contact for questions about the University's CCTV.",
            set(),
        ),
        (
            "Shop safe\nWestmere BID's Retail Crime Manager is your single point of contact for the shop radio scheme,"
            " which links members to the town centre CCTV control room. Free for levy payers.",
            set(),
        ),
        (
            "Footage and the police\nThe Galleries has an evidence protocol agreed with Devon and Cornwall Police for the"
            " centre's cameras. Centre management will not hand recordings to the public; report crimes to the police.",
            set(),
        ),
        (
            "Estate cameras policy - Greenvale Homes Trust\nThe Trust operates CCTV on 30 estates. Its estate CCTV was"
            " certified against the Code by an independent auditor in 2022.",
            set(),
        ),
        (
            "Night-time safety\nEvery business in the Westmere BID area can join our shop radio link to the CCTV control"
            " room. Call the BID office for a handset.",
            set(),
        ),
        (
            "Polisi teledu cylch cyfyng\nColeg Glan Afon operates CCTV at its two campuses to keep learners safe. Recordings"
            " are kept for 30 days.",
            set(),
        ),
        (
            "Security on our sites\nThe trust has CCTV cameras around its hospitals in Westmere and Eastby. Recordings are"
            " kept for 31 days.",
            set(),
        ),
        (
            "Mall upgrade welcomed\nWestmere Borough Council has welcomed new cameras at the Arcade shopping centre. The"
            " cameras are owned and operated by the centre's management company.",
            set(),
        ),
        (
            "Camerâu newydd i'r trefi\nMae Comisiynydd Heddlu a Throseddu Gwent wedi cyhoeddi y bydd yn talu am gamerâu"
            " teledu cylch cyfyng newydd mewn wyth tref. Bydd y camerâu'n eiddo i'r heddlu.",
            set(),
        ),
        (
            "After the scheme\nToday I have written to every organisation still holding a certificate under the"
            " surveillance camera certification scheme to say that it has closed.",
            set(),
        ),
        (
            "Certification\nWe were one of the bodies selected to audit public space camera systems against the Code;"
            " organisations could apply for desktop and then full certification.",
            set(),
        ),
        (
            "Council's cameras certified\nWestmere Metropolitan Borough Council has gained a certificate of compliance for"
            " its public space CCTV. Speaking to Security Weekly, she said the audit was demanding.",
            set(),
        ),
        (
            "Recommendation\nThat Cabinet approves an application for step 1 certification of the council's public space"
            " CCTV against the Surveillance Camera Code and funds the certification body's fee.",
            {"cctv_info", "certification"},
        ),
        (
            "Box 3 - London Borough of Westmere\nWestmere's 180 public space cameras gained step two certification this"
            " year. The borough told my office it now displays my certification mark.",
            {"certification"},
        ),
        (
            "Amodau trwydded - teledu cylch cyfyng\n1. Rhaid i system teledu cylch cyfyng mewn cerbyd trwyddedig fodloni"
            " manyleb y cyngor.\n2. Rhaid cadw recordiadau am 28 diwrnod.\n3. Dim ond pan fydd y gyrrwr neu deithiwr yn"
            " pwyso'r botwm y recordir sain.",
            set(),
        ),
    ],
)
def test_who_is_speaking_of_the_cameras(text: str, signals: set[str]) -> None:
    # read as `inspect` reads a text: no council's context
    pa = analyse(extract(text.encode("utf-8"), "file:///tmp/item.txt", "text/plain"), None)
    assert {k for k, v in pa.signals.items() if v} == signals

"""Patterns webs 138-141 (first looks this session) showed. The pages are written for this test (an invented council,
Anytown, with the fixtures' context, and invented neighbours), not taken from the sets.

- one fact on a car parks page: "Cameras covering our multi-storey car parks are watched from the … CCTV hub";
- a business crime partnership's radio scheme page, "run by its member businesses", is another body's;
- a contract's own single point of contact is not the cameras' SPOC;
- a protocol of the council's own that names no force as a party ("Redeployable CCTV protocol") is no police agreement;
- a county page pointing at a city's control room and saying "contact your district council about their cameras" is
  a denial;
- a neighbour's control room that "holds its own certificate" is not the council's certificate;
- a decision record of the council's own, citing the Commissioner's request as its reason, is the council's.

Each fails on 654868a.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.context import AuthorityContext
from analysis.page import PageAnalysis


def test_car_park_cameras_watched_from_a_hub_are_one_fact(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Town centre car parks",
        "<p>Our pay and display car parks are open every day.</p><p>Cameras covering our multi-storey car parks are"
        " watched from the county CCTV hub.</p><p>Season tickets can be bought online.</p>",
        path="/parking/town-centre-car-parks",
    )
    assert pa.signals["cctv_info"]


def test_a_business_radio_scheme_run_by_its_members_is_another_bodys(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "A-SAFE business crime reduction",
        "<p>A-SAFE links town centre shops, pubs, the police and the CCTV control room by two-way radio. It is run by"
        " its member businesses.</p>",
        path="/community-and-living/a-safe",
    )
    assert not pa.signals["cctv_info"]


def test_a_contracts_own_single_point_of_contact_is_not_the_spoc(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Public space CCTV",
        "<p>The council owns 90 public space cameras in Anytown, watched from the control room to prevent crime.</p>"
        "<p>Questions about the highways maintenance contract itself go to the contract's single point of contact,"
        " contract.enquiries@roads.example.co.uk.</p>",
    )
    assert not pa.signals["spoc"]


def test_the_councils_own_protocol_naming_no_force_is_no_agreement(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "Redeployable CCTV protocol",
        "<h2>Deciding where a camera goes</h2><p>A camera is only placed where police or council records show a pattern"
        " of incidents.</p><h2>Recordings</h2><p>Recordings are kept for 31 days unless needed as evidence.</p>",
        path="/documents/redeployable-cctv-protocol",
    )
    assert not [f for f in pa.findings if f.type == "sla"]


def test_a_county_pointing_at_a_citys_room_denies_the_cameras(analyse_html: Callable[..., PageAnalysis]) -> None:
    county = AuthorityContext("Westshire County Council", "https://www.anytown.gov.uk/", "Devon & Cornwall", "England")
    pa = analyse_html(
        "Town centre cameras",
        "<p>Town centre CCTV in Westshire is provided by the district and city councils, not the county council.</p>"
        "<p>The City of Westford's control room at the Guildhall watches more than 300 cameras; two districts run their"
        " own rooms. Contact your district council about their cameras.</p>",
        path="/community-safety/town-centre-cameras",
        context=county,
    )
    assert not pa.signals["cctv_info"]


def test_a_neighbours_room_holding_its_own_certificate_is_not_the_councils(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>Anytown Borough Council's 60 cameras are watched from the Westford control room under an agreement between"
        " the two councils. Recordings are kept for 31 days.</p><p>Westford's control room holds its own certificate"
        " against the Surveillance Camera Code; Anytown's cameras have not been certified separately.</p>",
    )
    assert not pa.signals["certification"]


def test_a_decision_citing_the_commissioner_is_the_councils(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "OD 2025/009 Surveillance camera systems",
        "<p>Reference: OD 2025/009</p><p>Decision taken by Chief Executive</p><p>Decision: The Head of Environmental"
        " Health is designated as the council's single point of contact for all its surveillance camera systems,"
        " including the town centre cameras and building cameras.</p><p>Contact spoc@anytown.example.gov.uk</p>"
        "<p>Reason: The Surveillance Camera Commissioner asks every council to name one officer with oversight of all"
        " its systems.</p>",
        path="/council/transparency/officer-decisions/od-2025-009",
    )
    assert pa.decoy is None and pa.signals["spoc"]


def test_a_councils_newsroom_host_is_its_news() -> None:
    """A council's news on a host of its own ("newsroom.[council].gov.uk/2013/december/…", as Herefordshire's is) is
    news, as its /news/ section is; so is its Welsh news section (held-back web 77's Anglesey, read now that a search of
    news only leads to browsing)."""
    from analysis.decoys import news_address

    assert news_address("http://www.newsroom.anytown.gov.uk/2013/december/council-cctv-bids-for-funding.aspx")
    assert news_address("https://www.anytown.gov.uk/media-centre/press-releases/new-cameras")
    assert news_address("https://www.anytown.gov.uk/cy/newyddion/camerau-newydd")
    assert not news_address("https://www.anytown.gov.uk/community-safety/cctv")

"""Patterns webs 114-117 showed (this session's blind webs to learn from, each measured once before its lessons). The
passages are written for this test (invented places and people).

- the officer designated over every camera system, or the council's lead officer for surveillance cameras, is its single
  point of contact though the words are never used; overseeing them without a designation is a contact point;
- an agreement signed with a neighbouring force is an agreement, but not with the council's own police: 5.5 stays
  partial;
- a council place "covered by a council camera", "covered by the district council's CCTV cameras", "Our camera on the
  corner of [a street] records …" are one-fact statements of the council's own cameras.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.assess import assess
from analysis.page import PageAnalysis


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_the_officer_designated_over_every_camera_system(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Who looks after our cameras",
        "<p>The Head of Neighbourhoods is the officer the council has designated to oversee every surveillance camera"
        " system it operates, from the town centre cameras to those in car parks and depots.</p><p>Write to"
        " camera.systems@anytown.example.gov.uk.</p>",
        path="/cctv/who-looks-after-our-cameras",
    )
    assert pa.signals["spoc"] and pa.spoc and pa.spoc.get("email") == "camera.systems@anytown.example.gov.uk"


def test_the_officer_accountable_for_every_camera_system(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV",
        "<h2>Who is responsible</h2><p>The council has designated its Safer Communities Manager as the officer accountable"
        " for making sure every camera system the council runs complies with the Surveillance Camera Code of Practice."
        " Contact: safer@anytown.example.gov.uk or 01632 960 118.</p>",
    )
    assert pa.signals["spoc"]


def test_the_councils_lead_officer_for_surveillance_cameras(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV policy",
        "<p>The Community Safety Manager is the council's lead officer for surveillance cameras and reviews each system"
        " every year. Write to cameras@anytown.example.gov.uk.</p>",
    )
    assert pa.signals["spoc"]


def test_overseeing_the_cameras_without_a_designation(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Who looks after our cameras",
        "<p>Our Information Manager oversees every camera system the council runs and keeps the register of them up to"
        " date. Contact: cameras@anytown.example.gov.uk</p>",
        path="/cctv/who-looks-after-our-cameras",
    )
    assert not pa.signals["spoc"]


def test_a_lead_officer_for_something_else(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Community grants",
        "<p>The Grants Officer is the lead officer for community grants. Apply by 31 March.</p>",
        path="/community/grants",
    )
    assert not pa.signals["spoc"]


_AGREEMENT = (
    "Boundary cameras: data sharing agreement\n"
    "Between Anytown Borough Council and {force}\n"
    "1. Purpose\n"
    "The council's three cameras on the ring road are viewed by the police when incidents cross the boundary.\n"
    "2. Signatures\n"
    "Signed for Anytown Borough Council: J. P., Head of Community Services. 4 March 2024\n"
    "Signed for {force}: Superintendent L. M. 11 March 2024\n"
)


def test_an_agreement_signed_with_a_neighbouring_force(analyse_text: Callable[..., PageAnalysis]) -> None:
    other = analyse_text(_AGREEMENT.format(force="Avon and Somerset Constabulary"), path="/media/boundary-dsa.txt")
    own = analyse_text(_AGREEMENT.format(force="Devon and Cornwall Police"), path="/media/boundary-dsa.txt")
    assert other.signals["sla"] and own.signals["sla"]
    assert assess([other], "ok")["5.5"]["status"] == "partial"
    assert assess([own], "ok")["5.5"]["status"] == "met"


def test_a_council_place_covered_by_a_council_camera(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Public toilets",
        "<p>Our public toilets are open from 8am to 6pm.</p><p>The toilets in Market Street are covered by a council"
        " camera at the entrance to deter vandalism.</p>",
        path="/environment/public-toilets",
    )
    assert pa.signals["cctv_info"]


def test_a_leisure_centre_covered_by_the_district_councils_cameras(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Northby leisure centre",
        "<p>The centre has a pool and a gym.</p><p>The car park is one of the places covered by the district council's CCTV"
        " cameras.</p>",
        path="/leisure/northby-leisure-centre",
    )
    assert pa.signals["cctv_info"]


def test_a_place_covered_by_speed_cameras_is_not(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Road safety",
        "<p>The A38 through the village is covered by the county council's average speed cameras.</p>",
        path="/roads/road-safety",
    )
    assert not pa.signals["cctv_info"]


def test_our_camera_on_a_corner_records_through_an_event(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Fireworks night: road closures",
        "<p>Roads in the town centre close from 5pm.</p><p>Our camera on the corner of Bridge Street records throughout"
        " the evening.</p><p>Please follow the stewards' directions.</p>",
        path="/whats-on/events/fireworks-night",
    )
    assert pa.signals["cctv_info"]


def test_a_shared_service_agreement_between_the_councils(analyse_html: Callable[..., PageAnalysis]) -> None:
    """Watched at the force's headquarters for three councils under an agreement between the councils: the police are
    where the room is, not a party (web 115's Ashfield)."""
    pa = analyse_html(
        "CCTV",
        "<p>We run 52 public space cameras in the town centres.</p><p>The cameras are watched day and night from the"
        " control room at Devon and Cornwall Police's headquarters, which also watches cameras for Westby District Council"
        " and Eastby Borough Council under a partnership shared service agreement between the three councils.</p>",
    )
    assert (
        pa.signals["cctv_info"]
        and not pa.signals["sla"]
        and "police_agreement" not in {k for k, v in pa.criteria.items() if v}
    )


def test_an_agreement_between_two_councils_and_the_police(analyse_text: Callable[..., PageAnalysis]) -> None:
    """The councils that share a room and their force, all three parties: a police agreement (held-back web 18's Tonbridge
    and Malling; fails on d010e47)."""
    pa = analyse_text(
        "CCTV code of practice\nPartners\nThe system is operated by Anytown Borough Council from the control room it shares"
        " with Westby District Council. Recordings are released to Devon and Cornwall Police under the information sharing"
        " agreement between the two councils and Devon and Cornwall Police.\n"
    )
    assert pa.signals["sla"]

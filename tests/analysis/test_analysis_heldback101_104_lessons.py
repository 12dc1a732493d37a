"""Patterns webs 101-104 showed (written blind in session 20, each measured once before its lessons). The passages are
written for this test (invented places and people).

- a data sharing agreement with the force about other records ("collision records … The agreement does not cover
  camera footage") is no police agreement about the cameras;
- cameras watched from a neighbour's control room "under a service level agreement between the two councils" is the
  operator, not an agreement with the police.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.page import PageAnalysis


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_an_agreement_with_the_force_about_other_records(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Road casualty data sharing agreement",
        "<p>We receive collision reports from Devon and Cornwall Police under a data sharing agreement signed by both"
        " organisations in 2022, to plan road safety work. The agreement does not cover camera footage.</p>",
        path="/council/data-protection/data-sharing/road-casualty",
    )
    assert not pa.signals["sla"] and not pa.sla


def test_an_agreement_between_councils_is_not_a_police_agreement(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Cabinet decision: camera monitoring",
        "<p>Cabinet agreed that Eastford District Council's control room should watch the borough's cameras under a"
        " service level agreement between the two councils, at a cost of about £30,000 a year.</p>",
        path="/council/decisions/camera-monitoring",
    )
    assert "police_agreement" not in _crit(pa) and "operator" in _crit(pa)


def test_asking_the_data_protection_officer_for_footage_that_shows_you(
    analyse_html: Callable[..., PageAnalysis],
) -> None:
    pa = analyse_html(
        "CCTV privacy notice",
        "<p>This notice covers recordings made by the cameras at our offices and depots.</p><p>Recordings are overwritten"
        " after 28 days.</p><h2>Your rights</h2><p>You can ask for a copy of footage that shows you by contacting our data"
        " protection officer.</p>",
        path="/council/data-protection/privacy-notices/cctv",
    )
    assert "subject_access" in _crit(pa)


def test_council_cctv_cameras_counted_on_a_town_centre_page(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Eastford town centre",
        "<p>More than 150 shops line the High Street.</p><p>Two hours in our car parks costs one pound.</p>"
        "<p>Twenty-seven council CCTV cameras cover the streets and car parks of the town centre.</p>",
        path="/town-centres/eastford",
    )
    assert pa.signals["cctv_info"] and "cameras" in _crit(pa)


def test_cameras_at_a_number_of_locations(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>Our public space CCTV helps keep people safe.</p><h2>Our cameras</h2><p>We have cameras at 64 locations"
        " across the borough, most linked to our control room.</p>",
        path="/community-safety/cctv",
    )
    assert "cameras" in _crit(pa)


def test_cameras_covering_a_council_place_in_one_line(analyse_html: Callable[..., PageAnalysis]) -> None:
    car_park = analyse_html(
        "Riverside multi-storey car park",
        "<table><tr><th>Address</th><td>Mill Street</td></tr><tr><th>Spaces</th><td>410</td></tr>"
        "<tr><th>Security</th><td>18 cameras cover every level, the lifts and the pay machines</td></tr></table>",
        path="/parking/car-parks/riverside",
    )
    assert car_park.signals["cctv_info"] and "cameras" in _crit(car_park)
    market = analyse_html(
        "Eastford Market",
        "<p>The market is open four days a week with 40 stalls.</p><p>The market hall and its doors are covered by the"
        " town centre's CCTV cameras, which are watched around the clock.</p>",
        path="/business/markets/eastford-market",
    )
    assert market.signals["cctv_info"]


def test_where_questions_about_the_shared_service_go(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV shared service",
        "<p>Our 64 town centre cameras are watched from a shared control room.</p><p>Questions about the shared service"
        " can go to the Head of Neighbourhoods at neighbourhoods@anytown.example.gov.uk or on 01632 000 512.</p>",
        path="/community-safety/cctv",
    )
    contacts = [f for f in pa.findings if f.deliverable == "5.3"]
    assert contacts and "01632 000 512" in contacts[0].quote


def test_a_place_covered_by_a_contractors_cameras(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Recycling centre rules",
        "<p>Please follow the instructions of site staff.</p><p>Sites are covered by cameras run by our contractor."
        " Abusive behaviour towards staff will be reported.</p>",
        path="/waste/recycling-centres/rules",
    )
    assert not pa.signals["cctv_info"]

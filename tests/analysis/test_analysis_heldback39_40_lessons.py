"""Patterns the thirty-ninth and fortieth held-back webs showed (first looked at with the detectors frozen at 67a44b1;
learnt from after).

A camera network covering the town centre run by a company for the council; the council's cameras at a building's
entrances; every camera the council operates; signs put up where the cameras are in use; agencies that can ask
for recordings; a council that has run its own closed circuit television service; a centre the council runs; a
public safety cameras privacy notice; an information line to the operators (not a complaints route); reassuring
people as a purpose; a search result for a multi-storey car park. The passages are written for this test (invented
places and people).
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.context import AuthorityContext
from analysis.links import SEARCH_RESULT_PRIOR, assess_link, decoy_result
from analysis.page import PageAnalysis
from analysis.text import Link


def _crit(pa: PageAnalysis) -> set[str]:
    return {k for k, v in (pa.criteria or {}).items() if v}


def test_one_fact_councils_of_webs_39_and_40(analyse_html: Callable[..., PageAnalysis]) -> None:
    network = analyse_html(
        "Town centre safety",
        "<p>The town centre is one of the safest after dark, thanks to street pastors and the Pubwatch scheme.</p>"
        "<p>The camera network covering the town centre is operated by a parking company on behalf of the council.</p>",
        path="/community-safety/town-centre-safety",
    )
    assert network.signals["cctv_info"] is True and _crit(network) == {"operator"}
    premises = analyse_html(
        "Visiting County Hall",
        "<p>County Hall is open to visitors on weekdays. Sign in at reception.</p>"
        "<p>Our cameras at the entrances and in the car parks are there to keep people on our sites safe and to protect "
        "our buildings from damage and crime.</p>",
        path="/council/county-hall/visiting-county-hall",
    )
    assert premises.signals["cctv_info"] is True and _crit(premises) == {"purpose"}
    signs = analyse_html(
        "Council buildings and security",
        "<p>Our offices are open Monday to Friday.</p>"
        "<p>Signs are displayed at every camera we operate, telling you that recording is taking place.</p>",
        path="/your-council/council-buildings-and-security",
    )
    assert signs.signals["cctv_info"] is True and _crit(signs) == {"signage"}
    street = analyse_html(
        "Keeping Anytown safe",
        "<p>Neighbourhood wardens patrol every ward.</p><p>Our street cameras are watched from the council's control "
        "centre at the bus station.</p>",
        path="/community-safety/keeping-anytown-safe",
    )
    assert street.signals["cctv_info"] is True and _crit(street) == {"operator"}


def test_an_enforcement_camera_we_operate_is_not_cctv(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Bus lanes",
        "<p>Signs are displayed at every camera we operate for bus lane enforcement.</p>",
        path="/roads/bus-lanes",
    )
    assert pa.signals["cctv_info"] is False


def test_plain_wordings_of_webs_39_and_40(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Public space cameras",
        "<p>Since 1996 the council has run its own closed circuit television service.</p>"
        "<p>Most are pan, tilt and zoom cameras; all of them are overt and signs are put up where they are in use.</p>"
        "<p>Anyshire Police and other agencies with investigating powers can ask for recordings at any hour.</p>"
        "<p>The cameras are there to reassure people using our town centres.</p>",
    )
    assert {"operator", "signage", "disclosure", "purpose"} <= _crit(pa)
    centre = analyse_html(
        "Public safety cameras",
        "<p>Cameras in our streets are watched around the clock from the Anytown Public Safety Centre, which the council runs.</p>",
    )
    assert "operator" in _crit(centre)


def test_a_public_safety_cameras_privacy_notice_is_one(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "Public safety cameras: privacy notice",
        "<p>This notice explains how the council uses images recorded by its public safety cameras.</p>",
        path="/privacy-notice/public-safety-cameras",
    )
    assert "dpia" in _crit(pa)


def test_an_information_line_to_the_operators_is_no_complaints_route(analyse_html: Callable[..., PageAnalysis]) -> None:
    pa = analyse_html(
        "CCTV",
        "<p>The council runs more than 70 cameras covering public open spaces in Anytown and Northam.</p>"
        "<h2>Contact us</h2><p>To pass information to the operators, ring the control room on 01632 960 170.</p>",
    )
    assert pa.spoc and pa.spoc["phone"] == "01632 960 170"
    assert "complaints" not in _crit(pa)


def test_a_car_park_listed_by_the_search_is_opened_and_a_fine_is_not(ctx: AuthorityContext) -> None:
    car_park = Link(
        url="https://www.anytown.gov.uk/en/parking-and-car-parks/northam-multi-storey",
        text="Northam multi-storey car park",
        context="",
    )
    ls = assess_link(car_park, ctx, prior=SEARCH_RESULT_PRIOR)
    # over the bar a planned search's results are opened at (halfway between CCTV_AUDIT_LINK_THRESHOLD 0.45 and
    # CCTV_AUDIT_STRONG_LINK 0.8): a council's car parks section is not parking enforcement
    assert not decoy_result(ls, car_park.text) and ls.score >= (0.45 + 0.8) / 2
    fine = Link(url="https://www.anytown.gov.uk/parking/pay-a-parking-fine", text="Pay a parking fine", context="")
    assert decoy_result(assess_link(fine, ctx, prior=SEARCH_RESULT_PRIOR), fine.text)
